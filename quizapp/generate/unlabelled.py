"""Names the NER misses: a run of proper nouns in a clear role ("a consortium led by Astrium").

spaCy's small English model leaves many product, company and mission names without an entity label.
A run of proper nouns (and the numbers that end product names, "the Kessby 2110") that acts as
subject, object, agent or recipient of a verb is still a name worth a cloze. Its kind is unknown, so
it gets no wh-question ("which organisation?" may be wrong) and no options.
"""

from __future__ import annotations

from spacy.tokens import Span

from quizapp.generate.actorkinds import PLACE_HEADS
from quizapp.generate.facts import ACTOR, Fact, Gap, overlaps
from quizapp.generate.names import ORG_HEADS, TITLES, NameIndex
from quizapp.generate.roles import actor_role
from quizapp.generate.units import SentenceUnit
from quizapp.vocabulary import MONTHS

NAME = "name"  # the sub-kind of an actor whose kind the parse cannot tell
ROLES = frozenset({"subject", "passive_subject", "object", "agent", "recipient"})
CALENDAR = frozenset(
    {*(m.lower() for m in MONTHS), "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def find_unlabelled_names(unit: SentenceUnit, names: NameIndex, taken: list[tuple[int, int]]) -> list[Fact]:
    """Return actor facts for proper-noun runs that no entity covers and that play a clear role."""
    sent = unit.sent
    labelled = {t.i for ent in sent.doc.ents for t in ent}
    found = []
    for span in _runs(sent, labelled):
        if overlaps(span.start_char, span.end_char, taken) or any(t.lower_ in CALENDAR for t in span):
            continue
        if not _stands_alone(span) or any(t.lower_ in TITLES for t in span):
            continue  # part of a longer name ("Stephen Elop", "Treaty of ..."), or a title
        role = actor_role(span)
        if role not in ROLES and not _verbs_phrase(span):
            continue
        role = role or "mention"
        if names.candidates(span.text):  # "Stempel became chairman": the NER missed a surname named before
            person = _known_person(unit, names, span, role)
            if person is not None:
                found.append(person)
            continue
        if span.start == sent.start and len(span) == 1:
            continue  # a capital that only opens the sentence
        found.append(
            Fact(
                ACTOR,
                NAME,
                span.text,
                (Gap(span.start_char, span.end_char, span.text),),
                unit,
                span.start,
                span.end,
                detail={"role": role, "verb": span.root.head.i},
            )
        )
    return found


def _verbs_phrase(span: Span) -> bool:
    """Say whether a run of two or more proper nouns is the object of a verb's own phrase ("returned through
    Kessby Global"), not of a phrase inside a name or title ("Minister for Public Roads"). One capitalised
    word after a preposition is often no name at all."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) >= 2
        and root.dep_ == "pobj"
        and root.head.head.pos_ in ("VERB", "AUX")
        and (before is None or before.tag_ != "POS")
    )


def _known_person(unit: SentenceUnit, names: NameIndex, span: Span, role: str) -> Fact | None:
    """Return a person fact for a short name the article gave in full before, or None if it could be two people."""
    full = names.resolve(span.text, (unit.paragraph.line, span.start_char))
    if full is None or full.split()[-1].casefold() in PLACE_HEADS | ORG_HEADS:
        return None  # "Edo" for the "Edo Castle" the NER took for a person
    shown = full  # the gap holds the whole name, as for any person (see actors.find_actors)
    return Fact(
        ACTOR,
        "person",
        full,
        (Gap(span.start_char, span.end_char, shown),),
        unit,
        span.start,
        span.end,
        accept=names.accepts(full, span.text),
        detail={"role": role, "verb": span.root.head.i},
    )


def _runs(sent: Span, labelled: set[int]) -> list[Span]:
    """Return the sentence's runs of unlabelled proper nouns, each with the numbers that end it."""
    runs, start = [], None
    for token in sent:
        inside = token.i not in labelled and (token.pos_ == "PROPN" or (start is not None and token.like_num))
        if inside and start is None and token.pos_ == "PROPN":
            start = token.i
        elif not inside and start is not None:
            runs.append(sent.doc[start : token.i])
            start = None
    if start is not None:
        runs.append(sent.doc[start : sent.end])
    return [r for r in runs if r.text[:1].isupper() and len(r) <= 5]


def _stands_alone(span: Span) -> bool:
    """Say whether no capitalised word, "of" + name, hyphen, dash or slash joins the run to more of a name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    if before is not None and (before.text[:1].isupper() or before.text in ("-", "–", "/")):
        return False
    if after is not None and (
        after.text in ("-", "–", "/")
        or (after.lower_ in ("of", "for") and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper())
    ):
        return False
    return not any(ch in span.text for ch in "–/")
