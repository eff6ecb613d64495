"""Tell what kind of actor a name is: the NER's label as a kind, then refined by the name's own words."""

from __future__ import annotations

from spacy.tokens import Span

from quizapp.generate.names import ORG_HEADS, is_country
from quizapp.generate.spans import HEAD_KINDS
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


def is_numbered(span: Span) -> bool:
    """Say whether a name holds a number word or an ordinal."""
    return any(t.lower_ in NUMBERED or t.lower_.split("-")[0] in NUMBERED for t in span)


def reads_as_organisation(span: Span) -> bool:
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


def refine_kind(kind: str, span: Span) -> str | None:
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
