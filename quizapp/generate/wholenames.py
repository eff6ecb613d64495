"""Tell whether an entity span is a name in its own right: trimmed to the name, the whole of it, no alias or modifier."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quizapp.generate.names import ORG_HEADS, TITLES

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


def trim_entity(span: Span) -> Span | None:
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


def whole_name(span: Span, kind: str) -> bool:
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


def is_alias(span: Span) -> bool:
    """Say whether the span is a bracketed short form of the name just before it ("... Organization (PLO)")."""
    doc = span.doc
    return (
        span.start >= 2
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.start - 2].pos_ == "PROPN"
    )


def is_modifier(span: Span) -> bool:
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
