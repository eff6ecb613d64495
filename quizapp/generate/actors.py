"""Find actors: people, organisations, countries and groups that act or are acted on in a sentence.

An entity counts when the parse makes it the subject, the passive subject, the agent ("by X"), the
object, the recipient ("to X") of a verb, or the owner of the subject ("Marsh's team"). The entity
must be the whole name: "Moore" inside "Operation Harbour Moore" is not a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quizapp.generate.facts import ACTOR, Fact, Gap, overlaps
from quizapp.generate.names import NOT_PERSON, ORG_HEADS, REGNAL, TITLES, NameIndex, is_country
from quizapp.generate.spans import HEAD_KINDS, balanced, extend_name, head_before
from quizapp.generate.units import SentenceUnit
from quizapp.numberwords import number_in_words, ordinal_in_words

LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country",
    "NORP": "group",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "event",
    "LAW": "law",
    "WORK_OF_ART": "work",
    "PRODUCT": "product",
}
# Events with a number in the name ("the Five-Year War", "the Second Revolt") read as counts or dates: not asked.
NUMBERED = frozenset({*map(ordinal_in_words, range(1, 6)), *map(number_in_words, range(1, 11)), "hundred"})
# Kinds of thing whose own name stands before them ("the Kessbyplus programme", "the LYRA camera").
NAMED_KINDS = frozenset(
    {
        "programme",
        "program",
        "camera",
        "instrument",
        "spectrometer",
        "rocket",
        "launcher",
        "vaccine",
        "mission",
        "probe",
        "lander",
        "orbiter",
        "telescope",
        "satellite",
        "phone",
        "handset",
        "brand",
        "operation",
        "project",
        "initiative",
        "campaign",
        "software",
        "engine",
        "aircraft",
        "ringtone",
    }
)
# Prepositions of place: a place after them is where something happened, rarely worth a question.
LOCATIVE = frozenset({"in", "at", "near", "across", "throughout", "inside", "within", "around", "into", "on"})
VERB_POS = ("VERB", "AUX")
# Verbs of going somewhere: their object or "to" phrase is a place, not an actor ("left France").
MOTION = frozenset(
    {
        "leave",
        "visit",
        "enter",
        "reach",
        "move",
        "return",
        "go",
        "come",
        "flee",
        "travel",
        "arrive",
        "migrate",
        "emigrate",
        "immigrate",
        "relocate",
        "head",
        "cross",
        "tour",
    }
)
# Last words that make a name a building or a place, whatever the NER says ("Kessby Castle").
PLACE_HEADS = frozenset(
    {
        "castle",
        "palace",
        "bridge",
        "tower",
        "stadium",
        "arena",
        "hall",
        "gate",
        "church",
        "cathedral",
        "temple",
        "shrine",
        "station",
        "airport",
        "park",
        "square",
        "street",
        "harbour",
        "port",
        "fortress",
        "fort",
        "house",
    }
)


# Lower-case particles inside surnames: "Erik ten Hag", "Marco van Basten", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "ten", "ter", "de", "da", "di", "du", "dos", "bin", "ibn"})


def person_name(ent: Span) -> Span | None:
    """Return the full span of a person's name (a first name NER missed added back), or None if not a person."""
    doc = ent.doc
    start = ent.start
    while start > ent.sent.start:
        left = doc[start - 1]
        if left.pos_ != "PROPN" or left.lower_ in TITLES or left.ent_type_ not in ("", "PERSON") or left.is_punct:
            break
        if left.head.i < ent.start or left.head.i >= ent.end:
            break
        start -= 1
    end = ent.end
    while end + 1 < ent.sent.end and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text[:1].isupper():
        end += 2  # "Erik" + "ten Hag": the NER stopped at the particle of a Dutch, German or Arabic name
    span = _trim(doc[start:end])
    if span is None or any(t.lower_ in NOT_PERSON for t in span) or not span.text[:1].isupper():
        return None
    if all(t.lower_ in TITLES or t.is_punct for t in span):
        return None  # "Mayor" alone is a title, not a name
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in REGNAL:
        return doc[span.start - 1 : span.end]
    return span


def person_text(span: Span) -> str:
    """Return a person's name as text, with a regnal title written capitalised ("King Harald")."""
    words = span.text.split(" ", 1)
    return (
        (words[0].capitalize() + (" " + words[1] if len(words) > 1 else "")) if span[0].lower_ in REGNAL else span.text
    )


def find_actors(unit: SentenceUnit, names: NameIndex, taken: list[tuple[int, int]]) -> list[Fact]:
    """Return the actor facts of a sentence unit, each the whole name of an entity in a clear role."""
    found: list[Fact] = []
    claimed = list(taken)
    for ent in unit.sent.ents:
        kind = LABEL_KINDS.get(ent.label_)
        if kind == "organisation" and len(ent) == 1 and names.candidates(ent.text):
            kind = "person"  # "Strand was named coach": a surname NER took for a body
        if kind == "person" and ent[-1].lower_ in ORG_HEADS:
            kind = "organisation"  # "Coastline Trains"
        if kind == "person" and ent[-1].lower_ in PLACE_HEADS:
            kind = "place"  # "Kessby Castle was surrendered": no "who"
        if kind == "person" and opens_a_name(ent):
            continue  # "a territory named Anna's Land": a place's name, not the person
        span = person_name(ent) if kind == "person" else _trim(ent)
        grown = head_before(span) if span is not None and kind != "person" else None
        if grown is not None:
            span, kind = grown  # "the Treaty of" + "Varna": a law, not a place
        elif span is not None and kind == "work" and HEAD_KINDS.get(span[0].lower_) == "law":
            kind = "law"  # "Treaty of Friendship, Commerce" the NER calls a work: a law, carried on below
        if span is not None and kind in ("organisation", "law"):
            span = extend_name(span)  # "the Constitution of the Empire" + "of Japan": one name
        if span is not None:
            span = balanced(span)
        if kind is None or span is None or overlaps(span.start_char, span.end_char, claimed):
            continue
        if not span.text[:1].isupper() or (kind == "organisation" and not _organisation_name(span)):
            continue
        if not _whole_name(span, kind) or _alias(span) or _modifier(span):
            continue
        kind = _refine_kind(kind, span)
        if kind is None or (kind == "event" and _numbered(span)):
            continue
        role = actor_role(span) or _mention_role(span, kind)
        written = person_text(span) if kind == "person" else span.text
        answer, shown, accepts = written, written, tuple[str, ...]()
        if kind == "person":
            full = names.resolve(written, (unit.paragraph.line, span.start_char))
            if full is None and len(written.split()) == 1 and names.candidates(written):
                continue  # a short name that could be two people, with nothing before it to tell which
            answer = full or written
            shown = answer  # "Under {{Anna Berg}}" for "Under Berg": a bare surname is half a name to a student
            accepts = names.accepts(answer, written)
        gap = Gap(span.start_char, span.end_char, shown)
        claimed.append((span.start_char, span.end_char))
        found.append(
            Fact(
                ACTOR,
                kind,
                answer,
                (gap,),
                unit,
                span.start,
                span.end,
                accept=accepts,
                detail={"role": role, "verb": span.root.head.i if role != "possessor" else None},
            )
        )
    return found


def opens_a_name(span: Span) -> bool:
    """Say whether a person's name opens the name of a place or thing ("Rupert's Land", "Hudson's Bay"): it is
    no person there, and is written as it is."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s") and doc[span.end + 1].text[:1].isupper()


def role_root(span: Span) -> Token:
    """Return the word whose role the name plays: the name's head, or the noun it names ("the astronomer X")."""
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ == "":
        return root.head  # "the astronomer Margaret Lyle", "the Minister of ..., Ana Ruiz,"
    return root


def actor_role(span: Span) -> str | None:
    """Name the role the parse gives an entity in its clause, or None when it plays none we ask about."""
    root = role_root(span)
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in VERB_POS:
        return "subject"
    if root.dep_ == "nsubjpass" and head.pos_ in VERB_POS:
        return "passive_subject"
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return "agent"
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        return "object" if head.lemma_ not in MOTION else None
    if root.dep_ == "dative" and head.pos_ == "VERB":
        return "recipient"
    if (
        root.dep_ == "pobj"
        and head.lower_ == "to"
        and head.dep_ in ("prep", "dative")
        and head.head.pos_ == "VERB"
        and head.head.lemma_ not in MOTION | {"accord"}
    ):
        return "recipient"
    if root.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in VERB_POS:
        return "possessor"
    return None


def _numbered(span: Span) -> bool:
    """Say whether a name holds a number word or an ordinal."""
    return any(t.lower_ in NUMBERED or t.lower_.split("-")[0] in NUMBERED for t in span)


def _modifier(span: Span) -> bool:
    """Say whether a name only describes a common noun ("{Harrier} jets", "{Maritime} law"); a body's name
    before the kind of thing it names ("its own {Kessbyplus} programme", "the {LYRA} camera") is the
    thing's own name, and stays."""
    root = span.root
    if (
        len(span) == 1
        and root.dep_ in ("amod", "compound", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.i >= span.end
    ):
        return not (
            root.ent_type_ in ("ORG", "PRODUCT") and root.head.lemma_ in NAMED_KINDS and root.head.i == span.end
        )
    text, doc = span.doc.text, span.doc
    joined_after = (
        span.end + 1 < len(doc)
        and text[span.end_char : span.end_char + 1] in "-–"
        and doc[span.end + 1].text[:1].isupper()
    )
    joined_before = (
        span.start > 1
        and text[span.start_char - 1 : span.start_char] in "-–"
        and doc[span.start - 2].text[:1].isupper()
    )
    if joined_after or joined_before:
        return True  # "the Norvia-Tarsk war": one word of a compound name
    return all(t.pos_ == "ADJ" for t in span)


def _mention_role(span: Span, kind: str) -> str:
    """Name the role of an entity no wh-question can target: a locative place, a possessor, or a mention."""
    root = role_root(span)
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and kind in ("place", "country"):
        return "locative"
    if root.dep_ == "poss":
        return "possessor"
    if root.dep_ == "conj":
        return "conjunct"
    return "mention"


def _organisation_name(span: Span) -> bool:
    """Say whether a name reads as an organisation's: one word ("UNESCO", "NATO") or an organisation's last word."""
    words = [t for t in span if not t.is_punct]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lower_ in ORG_HEADS:
        return True  # "the French broadcaster Radio Nord": the noun before says what it is
    if (
        len(words) == 1
        or words[-1].lower_ in ORG_HEADS
        or (len(words) > 2 and any(t.lower_ in ("of", "for") for t in words) and words[0].lower_ in ORG_HEADS)
    ):
        return True
    # Otherwise the NER's word is taken, unless the name only has or is something, as a thing does
    # ("the Lyle Refractor has a lens"); a body acts or is acted on.
    root = span.root
    return not (root.dep_ == "nsubj" and root.head.lemma_ in ("be", "have"))


def _alias(span: Span) -> bool:
    """Say whether the span is a bracketed short form of the name just before it ("... Organization (PLO)")."""
    doc = span.doc
    return (
        span.start >= 2
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.start - 2].pos_ == "PROPN"
    )


def _trim(span: Span) -> Span | None:
    """Drop a leading "the", a trailing possessive "'s" and a trailing phrase of common words from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    capitals = [t.i for t in doc[start:end] if t.text[:1].isupper()]
    if capitals and doc[end - 1].text.islower():
        # "the Tarsk Prize in Rowing for the work": the NER ran on into a phrase of common words after the name
        tail = next((t.i for t in doc[capitals[-1] + 1 : end] if t.pos_ == "ADP"), None)
        if tail is not None:
            end = tail
    return doc[start:end] if end > start else None


def _whole_name(span: Span, kind: str) -> bool:
    """Say whether the span is the whole name of its noun phrase, not one word of a longer name."""
    root = span.root
    for token in root.subtree:
        if token.i >= span.start or token.i > root.i:
            break
        hyphened = token.i + 1 < len(span.doc) and span.doc[token.i + 1].text in ("-", "–")
        if (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.lower_ not in TITLES
            and not hyphened
            and token.ent_type_ not in ("NORP", "GPE")
        ):  # "the French broadcaster Radio Nord" is fine
            return False
    if kind != "person" and _name_continues(span):
        return False
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in ('"', "“") and doc[span.end + 1].text[:1].isupper():
        return False  # "Anton "Tarzan" Berg": a nickname in quotes, and the name goes on after it
    return not name_began_before(span)


def name_began_before(span: Span) -> bool:
    """Say whether the span ends a longer name begun to its left ("State of {Norvia}", "Board of Trade and
    {Tourism}"); "the Coastal Front and {the Mountain Front}" are two names."""
    doc = span.doc
    link = doc[span.start - 1] if span.start >= 2 else None
    if link is None or link.lower_ not in ("of", "and", "for"):
        return False
    before = doc[span.start - 2]
    if link.lower_ == "of" and before.lower_ in TITLES and span.root.ent_type_ != "GPE":
        return True  # "Minister of {Foreign Affairs}": the rest of a title, not a body of its own
    if not (before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN") and before.lower_ not in TITLES):
        return False
    if link.lower_ == "and":  # only inside a name's "of" phrase, and when the span is no full name itself
        return span[-1].lower_ not in ORG_HEADS and _inside_of_phrase(doc, link.i)
    return True


def _inside_of_phrase(doc: Doc, i: int) -> bool:
    """Say whether the capitalised words left of position i follow a name's "of" ("Board of Foreign Trade")."""
    j = i - 1
    while j > 0 and doc[j].text[:1].isupper():
        j -= 1
    return doc[j].lower_ in ("of", "for") and j > 0 and doc[j - 1].text[:1].isupper()


def _name_continues(span: Span) -> bool:
    """Say whether capitalised words after "of"/"for" carry the name on ("Committee for the Restoration of Docks")."""
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 3]]
    if not after or after[0].lower_ not in ("of", "for", "on"):
        return False
    rest = [t for t in after[1:] if t.lower_ != "the"]
    return (
        bool(rest) and rest[0].pos_ == "PROPN" and rest[0].ent_type_ not in ("GPE",) and rest[0].lower_ not in TITLES
    )  # "the Labour Party of Prime Minister X" ends at "Party"


def _refine_kind(kind: str, span: Span) -> str | None:
    """Tell countries from other places, events from places, and plural groups from adjectives; None when
    not an actor."""
    if is_country(span.text):
        return "country"
    if kind in ("country", "place") and any(
        HEAD_KINDS.get(w.casefold()) == "event" for w in (span[0].text, span[-1].text)
    ):
        return "event"  # "the Battle of Kessby", "the Tarsk Rebellion": what happened, not where
    if kind == "country":
        return "place"
    if kind == "group":
        return "group" if span.root.tag_ in ("NNPS", "NNS") else None
    return kind
