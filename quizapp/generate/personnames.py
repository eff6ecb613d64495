"""Read a person's name from an entity: its full span, its text, and where it opens the name of something else."""

from __future__ import annotations

from spacy.tokens import Span

from quizapp.generate.names import NOT_PERSON, REGNAL, TITLES
from quizapp.generate.wholenames import trim_entity

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
    span = trim_entity(doc[start:end])
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


def opens_a_name(span: Span) -> bool:
    """Say whether a person's name opens the name of a place or thing ("Rupert's Land", "Hudson's Bay"): it is
    no person there, and is written as it is."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s") and doc[span.end + 1].text[:1].isupper()
