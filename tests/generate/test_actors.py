"""Actors: people, organisations, countries and groups in a clear role; full names for short ones."""

from __future__ import annotations

from quizapp.generate.facts import ACTOR
from quizapp.generate.targets import actor_target


def actors(read) -> list[tuple[str, str, str]]:
    """Return (sub-kind, answer, role) of the actor facts of a read article."""
    return [(f.subkind, f.answer, f.detail["role"]) for f in read.facts if f.kind == ACTOR]


def test_roles_subject_object_recipient_agent(parse):
    read = parse(
        "In 2004, Mahmoud Abbas made a formal apology to Kuwait. Kuwait accused Israel of violating the law. "
        "Rafiq Qiblawi was assassinated by the Iraqis."
    )
    assert actors(read) == [
        ("person", "Mahmoud Abbas", "subject"),
        ("country", "Kuwait", "recipient"),
        ("country", "Kuwait", "subject"),
        ("country", "Israel", "object"),
        ("person", "Rafiq Qiblawi", "passive_subject"),
        ("group", "Iraqis", "agent"),
    ]


def test_a_word_of_a_longer_name_is_not_an_actor(parse):
    read = parse("Yitzhak Rabin had supervised Operation Bramble Bush, a failed plan.")
    assert [a for _, a, _ in actors(read)] == ["Yitzhak Rabin", "Operation Bramble Bush"]  # never "Bush" alone


def test_places_left_or_visited_are_asked_by_cloze_but_get_no_wh_question(parse):
    read = parse("Many refugees left Kuwait in 1990. The emir of Tarsk visited Egypt in 2012.")
    assert [a for a in actors(read) if a[1] in ("Kuwait", "Egypt")] == [
        ("country", "Kuwait", "mention"),
        ("country", "Egypt", "mention"),
    ]
    places = [f for f in read.facts if f.kind == ACTOR and f.answer in ("Kuwait", "Egypt")]
    assert [actor_target(f) for f in places] == [None, None]  # no "Whom did ... leave?"


def test_a_short_name_is_answered_with_the_full_name(parse):
    read = parse("Yitzhak Rabin led the talks. Rabin was assassinated on November 4, 1995.")
    rabin = [f for f in read.facts if f.kind == ACTOR][-1]
    assert rabin.answer == "Yitzhak Rabin" and "Rabin" in rabin.accept


def test_shared_surnames_ask_for_and_accept_only_the_full_name(parse):
    read = parse(
        "Saddam Hussein was revered by many. In 1991, Hussein's army fired 39 missiles at Israel.\n\n"
        "Yitzhak Rabin sent a message through King Hussein of Jordan."
    )
    owner = next(f for f in read.facts if f.kind == ACTOR and f.detail["role"] == "possessor")
    assert owner.answer == "Saddam Hussein"
    assert owner.gaps[0].shown == "Saddam Hussein"  # the cloze writes the full name in the gap
    assert owner.accept == ()


def test_a_short_name_two_people_could_bear_is_not_guessed(parse):
    read = parse("Ingrid Berg, the daughter of Anton Berg, rowed in the bow seat. Berg later coached the team.")
    assert all(f.answer != "Anton Berg" or "coached" not in f.sentence for f in read.facts)
    assert not [f for f in read.facts if f.kind == ACTOR and "coached" in f.sentence]


def test_organisations_need_an_organisation_name(parse):
    read = parse("The Lyle Refractor has a lens of 0.6 metres. The Coastal Railway Company spent $3.5 million.")
    assert [a for _, a, _ in actors(read)] == ["Coastal Railway Company"]


def test_a_surname_particle_stays_inside_the_name(parse):
    read = parse("Under Erik ten Hag, Ajax knocked out Real Madrid in 2019.")
    names = [a for _, a, _ in actors(read)]
    assert "Erik ten Hag" in names and "Erik" not in names, names


def test_a_surname_the_ner_misses_is_the_person_named_before(parse):
    read = parse(
        "Ajax was founded on 18 March 1900 in a cafe in Amsterdam by Floris Stempel, Carel Reeser and Han Dade. "
        "Stempel became the club's first chairman."
    )
    chairman = [f for f in read.facts if f.kind == ACTOR and "chairman" in f.sentence]
    assert [(f.subkind, f.answer, f.gaps[0].shown) for f in chairman] == [
        ("person", "Floris Stempel", "Floris Stempel")
    ]
    assert "Stempel" in chairman[0].accept


def test_a_bodys_name_before_the_kind_of_thing_it_names_is_asked(parse):
    read = parse("In 2014 the LYRA camera showed two lobes. In 1985 Tarsk Rotary launched its own Kessby programme.")
    found = [a for _, a, _ in actors(read)]
    assert "LYRA" in found, found  # the camera's own name
    assert "Tarsk Rotary" in found, found


def test_a_battle_or_rebellion_is_an_event_not_a_place_where_something_happened(parse):
    from quizapp.generate.scoring import keep

    read = parse("In 1877 Anton Berg died at the Battle of Kessby, and the Tarsk Rebellion ended in 1878.")
    kinds = {f.answer: f.subkind for f in read.facts if f.kind == ACTOR}
    assert kinds.get("Battle of Kessby") == "event", kinds
    assert all(keep(f) for f in read.facts if f.answer == "Battle of Kessby")


def test_a_persons_name_that_opens_a_places_name_is_no_person(nlp):
    from quizapp.generate.personnames import opens_a_name

    doc = nlp("The charter named the territory Rupert's Land, and Rupert's army held it.")
    land, army = [doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Rupert"]
    assert opens_a_name(land)  # "Rupert's Land" is a place's name: no "{{Prince Rupert}}'s Land"
    assert not opens_a_name(army)


def test_a_phrase_of_common_words_the_ner_ran_on_into_is_no_part_of_the_name(parse):
    read = parse("In 1954 Anna Holm and Lars Lind shared the Berg Prize in Chemistry or Medicine for the work.")
    assert "Berg Prize in Chemistry or Medicine" in [f.answer for f in read.facts if f.kind == ACTOR], read.facts


def test_a_treaty_the_ner_calls_an_event_is_carried_on_over_its_listed_tail(parse):
    read = parse(
        "Norvia recognised the independence of the United Provinces of Tarsk in the Treaty of Friendship, "
        "Commerce and Navigation, signed in Kessby on 2 February 1825."
    )
    treaties = [f.answer for f in read.facts if f.kind == "actor" and "Treaty" in f.answer]
    assert treaties == ["Treaty of Friendship, Commerce and Navigation"], treaties
