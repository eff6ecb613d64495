"""The quality rules, checked on every question generated from the seeds and the test articles.

These checks are written apart from the generator's own: each reads only the questions as a student
or teacher sees them, so a rule broken anywhere in the pipeline shows up here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from quizapp.articles import ArticleLibrary, load_article
from quizapp.bank.model import CLOZE_GAP

from .conftest import ROOT

ORDINAL_OR_NAME = re.compile(
    r"^(?:first|second|third|fourth|fifth|last|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)$",
    re.IGNORECASE,
)


def shown_text(question: dict) -> str:
    """Return what the student sees before answering, gaps blanked."""
    if question["type"] == "cloze":
        return CLOZE_GAP.sub("[...]", question["text"])
    return question["prompt"]


def answers_of(question: dict) -> list[str]:
    """Return the answer(s) a question expects."""
    if question["type"] == "cloze":
        return [m.group("answer") for m in CLOZE_GAP.finditer(question["text"])]
    return [question["answer"]]


def occurs(needle: str, text: str) -> bool:
    """Say whether a word or phrase stands in a text as a whole word."""
    return re.search(rf"(?<![\w.,]){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


def questions(decks):
    """Yield (deck, question) for every generated question."""
    for deck in decks:
        for question in deck.questions:
            yield deck, question


def test_every_seed_and_test_article_gets_questions_of_all_three_types(all_decks):
    for deck in all_decks:
        types = Counter(q["type"] for q in deck.questions)
        assert types["cloze"] and types["short"] and types["choice"], deck.article_path


def test_the_answer_never_appears_in_the_prompt(all_decks):
    broken = [(q["id"], a) for _, q in questions(all_decks) for a in answers_of(q) if occurs(a, shown_text(q))]
    assert broken == []


def test_cloze_gaps_hide_every_occurrence_of_the_answer(all_decks):
    broken = []
    for _, q in questions(all_decks):
        if q["type"] != "cloze":
            continue
        outside = CLOZE_GAP.sub(" ", q["text"])
        broken += [(q["id"], a) for a in answers_of(q) if occurs(a, outside)]
    assert broken == []


def test_pronoun_sentences_come_with_the_sentence_naming_the_referent(all_decks):
    opening = re.compile(r"^(?:It|He|She|They|Its|His|Her|Their|This|These)\b")
    broken = []
    for _, q in questions(all_decks):
        quote = q["source"]["quote"]
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", quote)
        if opening.match(sentences[0]):
            broken.append(q["id"])  # the quote must start with a sentence that names its own subject
        if opening.match(sentences[-1]) and q["type"] == "short":
            broken.append(q["id"])  # a typed question never rests on an unnamed "it"
    assert broken == []


def test_ordinals_and_numbers_in_names_are_never_number_answers(all_decks):
    broken = []
    for _, q in questions(all_decks):
        if "number" not in q["tags"]:
            continue
        for answer in answers_of(q):
            hyphenated = re.search(rf"\b{re.escape(answer)}-\w", q["source"]["quote"], re.IGNORECASE)
            if hyphenated or answer.casefold() in ("first", "second", "third", "one"):
                broken.append((q["id"], answer))
    assert broken == []
    numbers = {a.casefold() for _, q in questions(all_decks) if "number" in q["tags"] for a in answers_of(q)}
    assert not {a for a in numbers if ORDINAL_OR_NAME.match(a) and a in ("first", "second", "last", "one")}


def test_people_sharing_a_name_word_are_asked_and_accepted_by_full_name(seed_decks):
    iraq = next(d for d in seed_decks if d.article_path.endswith("001_c7738bc255cba366.txt"))
    answers = {a for q in iraq.questions for a in answers_of(q)}
    assert "Hussein" not in answers and "Saddam" not in answers and "Maliki" not in answers
    shared = {"Saddam Hussein", "King Hussein", "Nouri al-Maliki", "Riyad Al-Maliki"}
    for q in iraq.questions:
        if q.get("answer") in shared:
            assert not q.get("accept"), q["id"]  # the surname alone could be the other person


def test_a_year_of_several_events_is_asked_only_with_its_event_named(all_decks):
    broken = []
    for deck in all_decks:
        year_facts = defaultdict(set)
        for q in deck.questions:
            for year in re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", q["source"]["quote"]):
                year_facts[year].add(q["fact"])
        for q in deck.questions:
            prompt = shown_text(q)
            for year in re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", prompt):
                if len(year_facts[year]) > 1:
                    rest = re.sub(
                        r"\b(?:in|on|what|which|who|whom|year|the|a|an)\b|\d+|[^\w\s]", " ", prompt, flags=re.IGNORECASE
                    )
                    if len(rest.split()) < 2:  # the event (a verb and what it acts on) must be there, not just the year
                        broken.append(q["id"])
    assert broken == []


def test_nothing_comes_from_infobox_lines_or_see_also_lists(all_decks):
    library = ArticleLibrary(ROOT)
    broken = []
    for deck in all_decks:
        article = library.get(deck.article_path)
        listed = [i for s in article.sections for i in s.items]
        for q in deck.questions:
            source = q["source"]
            if (
                source["section"].casefold() == "see also"
                or any(line in source["quote"] for line in article.infobox)
                or any(source["quote"].startswith(item) for item in listed)
            ):
                broken.append(q["id"])
            assert article.locate(source["quote"]), q["id"]
    assert broken == []


def test_no_two_questions_share_a_prompt(all_decks):
    shown = Counter(
        " ".join(shown_text(q).split()).casefold() for _, q in questions(all_decks) if q["type"] != "choice"
    )
    assert [p for p, n in shown.items() if n > 1] == []
    choices = Counter(
        " ".join(q["prompt"].split()).casefold() for _, q in questions(all_decks) if q["type"] == "choice"
    )
    assert [p for p, n in choices.items() if n > 1] == []


def test_choices_offer_the_answer_once_among_three_distractors(all_decks):
    for _, q in questions(all_decks):
        if q["type"] != "choice":
            continue
        folded = [c.casefold() for c in q["choices"]]
        assert len(q["choices"]) == 4 and len(set(folded)) == 4, q["id"]
        assert q["choices"].count(q["answer"]) == 1, q["id"]


def test_distractors_are_never_variants_of_the_answer(all_decks):
    def words(name: str) -> set[str]:
        return {w.casefold().removeprefix("al-") for w in re.findall(r"[\w'-]+", name) if len(w) > 3}

    broken = []
    for _, q in questions(all_decks):
        if q["type"] != "choice" or "actor" not in q["tags"]:
            continue
        for choice in q["choices"]:
            if choice != q["answer"] and (
                words(choice) & words(q["answer"])
                or re.sub(r"\W", "", choice).casefold() == re.sub(r"\W", "", q["answer"]).casefold()
            ):
                broken.append((q["id"], choice))
    assert broken == []


def test_distractors_have_the_answers_form(all_decks):
    shape = re.compile(r"\d")
    for _, q in questions(all_decks):
        if q["type"] != "choice" or "actor" in q["tags"] or not shape.search(q["answer"]):
            continue  # names, and vague amounts asked on their ladder ("hundreds", "tens of thousands")
        pattern = shape.sub("9", q["answer"])
        for choice in q["choices"]:
            # Same words around the digits: "US$2 million" / "US$7 million", "July 1, 2012" / "June 1, 2012".
            assert re.sub(r"[A-Za-z]+", "w", shape.sub("9", choice)).replace("9", "") == re.sub(
                r"[A-Za-z]+", "w", pattern
            ).replace("9", ""), (q["id"], choice)


def test_no_question_cites_a_year_later_than_the_corpus_knows(all_decks):
    latest = max(int(y) for _, q in questions(all_decks) for y in re.findall(r"\b20[0-9]{2}\b", q["source"]["quote"]))
    for _, q in questions(all_decks):
        for choice in q.get("choices", []):
            assert all(int(y) <= latest for y in re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", choice)), q["id"]


def test_explanations_state_the_fact_from_the_source(all_decks):
    for _, q in questions(all_decks):
        assert q["explanation"], q["id"]
        for answer in answers_of(q):
            assert answer.split()[-1].casefold() in q["explanation"].casefold(), q["id"]


def test_generator_code_names_nothing_from_the_seeds():
    seeds = [load_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    names = {w for a in seeds for w in re.findall(r"\b[A-Z][a-z]{3,}\b", " ".join(p.text for p in a.paragraphs()))}
    ignore = {
        "State",
        "Prime",
        "Minister",
        "Foreign",
        "Affairs",
        "Republic",
        "United",
        "States",
        "Nations",
        "Front",
        "Organization",
        "Party",
        "Committee",
        "Council",
        "Agency",
        "Bank",
        "Faction",
        "Force",
        "Authority",
        "Israel",
        "Iraq",
        "Kuwait",
        "Qatar",
        "Palestine",
        "Jordan",
        "Egypt",
        "Syria",
        "Iran",
        "Turkey",
        "Oman",
        "Brazil",
        "Sweden",
        "Cyprus",
        "Zealand",
        "King",
        "Crown",
        "Emir",
        "General",
        "Movement",
        "Network",
        "Army",
        "Operation",
        "Second",
        "First",
        "Star",
        "Cross",
        "Crescent",
        "President",
        "Former",
        "Also",
        "However",
        "During",
        "After",
        "According",
        "Accusing",
        "Previously",
        "Overall",
        "Until",
        "Relations",
        "Though",
        "Some",
        "Nonetheless",
        "Although",
        "Palestinians",
        "Protests",
        "Arrangements",
        "There",
        "This",
        "They",
        "Many",
        "Their",
        "That",
        "With",
        "Since",
        "From",
        "When",
        "Lebanon",
        "Sinai",
        "Gulf",
        "Israeli",
        "January",
        "February",
        "March",
        "July",
        "October",
        "November",
        "December",
    }
    # Generic words (titles, months, country names in the general country list) may appear; names may not.
    source = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "quizapp" / "generate").glob("*.py"))
    assert sorted(n for n in names - ignore if re.search(rf"\b{n}\b", source)) == []
