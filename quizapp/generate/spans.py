"""Mend the entity spans spaCy's small pipeline cuts short, so an answer is a whole name.

The NER often stops a long name at its first "of", "for" or "and" ("the Norvian Board of Health" +
"and Family Welfare", "the Tarsk Council" + "for the Restoration of Docks") and leaves a bracketed
part off ("People's Union (Harbour Branch)"). A name is carried on over capitalised words linked by
those words, never over a title ("of Chairman X") or a second full organisation name ("the Coastal
Union and Mountain Union").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from quizapp.generate.names import ORG_HEADS, TITLES

LINKS = frozenset({"of", "for", "and"})
# Heads whose "of" phrase belongs to the name ("the Guild of Tarsk", "the Board of Kessby").
OF_HEADS = frozenset(
    {
        "ministry",
        "university",
        "bank",
        "council",
        "department",
        "office",
        "board",
        "organization",
        "organisation",
        "federation",
        "league",
        "union",
        "republic",
        "kingdom",
        "committee",
        "commission",
        "institute",
        "school",
        "college",
        "museum",
        "society",
        "association",
        "party",
        "front",
        "movement",
        "army",
        "state",
        "states",
        "city",
        "port",
        "church",
        "house",
        "court",
        "order",
    }
)
# "The Treaty of X", "the Battle of X": a capitalised head before "of" that the NER left off, and the kind it makes.
HEAD_KINDS = {
    **dict.fromkeys(
        (
            "treaty",
            "convention",
            "accord",
            "pact",
            "agreement",
            "act",
            "charter",
            "declaration",
            "protocol",
            "constitution",
            "edict",
        ),
        "law",
    ),
    **dict.fromkeys(("battle", "siege", "war", "revolt", "rebellion", "uprising", "massacre", "siege"), "event"),
    **dict.fromkeys(("republic", "kingdom", "empire", "bank", "university", "port", "duchy"), "organisation"),
}


def _capitalised(token: Token) -> bool:
    """Say whether a word can carry a name on: capitalised, not a title, not the start of a new clause."""
    return token.text[:1].isupper() and token.lower_ not in TITLES and token.pos_ in ("PROPN", "NOUN", "ADJ")


def _run(doc: Doc, start: int, limit: int) -> int:
    """Return the end of the capitalised words from `start` (after an optional "the"), or `start` if none."""
    i = start + 1 if start < limit and doc[start].lower_ == "the" else start
    end = i
    while end < limit and _capitalised(doc[end]):
        end += 1
    return end if end > i else start


def head_before(span: Span) -> tuple[Span, str] | None:
    """Return the span grown leftwards over a capitalised "Treaty of"/"Battle of" head, with its kind; else None."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return None
    head = doc[span.start - 2]
    kind = HEAD_KINDS.get(head.lower_)
    if kind is None or not head.text[:1].isupper():
        return None
    return doc[head.i : span.end], kind


def _listed_tail(doc: Doc, span: Span, limit: int) -> int:
    """Return where an "X of Y" name ends when Y goes on as a list of capitalised words ("the Treaty of
    Friendship, Commerce and Navigation"), else the span's own end."""
    end = span.end
    if not any(t.lower_ == "of" for t in span) or end + 3 >= limit or doc[end].text != ",":
        return end
    i = end
    while i + 2 < limit and doc[i].text == "," and _capitalised(doc[i + 1]) and not _capitalised(doc[i + 2]):
        i += 2
    if i + 1 < limit and doc[i].lower_ == "and" and _capitalised(doc[i + 1]):
        after = doc[i + 2] if i + 2 < limit else None
        return i + 2 if after is None or not _capitalised(after) else end
    return end


def extend_name(span: Span) -> Span:
    """Return an organisation's or body's span carried on over its "of/for/and" tail and bracketed faction."""
    doc, limit = span.doc, span.sent.end
    end = _listed_tail(doc, span, limit)
    while end + 1 < limit and doc[end].lower_ in LINKS:
        tail_end = _run(doc, end + 1, limit)
        if tail_end == end + 1 or tail_end == end:
            break
        tail = doc[end + 1 : tail_end]
        if doc[end].lower_ == "and" and (
            tail[-1].lower_ in ORG_HEADS or not any(t.lower_ in ("of", "for") for t in doc[span.start : end])
        ):
            break  # a second name of its own; only "... of Health and Family Welfare" goes on
        if (
            doc[end].lower_ == "of"
            and len(tail) == 1
            and tail[0].ent_type_ == "GPE"
            and any(t.lower_ == tail[0].lower_ for t in doc[span.start : end])
        ):
            break  # "Tarsk Council for the Docks of Tarsk": the place the name already says
        if (
            doc[end].lower_ == "of"
            and all(t.ent_type_ == "GPE" for t in tail)
            and doc[end - 1].lower_ in ORG_HEADS
            and doc[end - 1].lower_ not in OF_HEADS
        ):
            break  # "Kessby Laboratories of Tarsk": where the body is, not part of its name
        if tail_end < limit and doc[tail_end].ent_iob_ == "I":
            break  # "List of the United Nations Educational, Scientific and ...": the tail would cut a name
        end = tail_end
    if end + 2 < limit and doc[end].text == "(":
        close = next((t.i for t in doc[end + 1 : min(limit, end + 8)] if t.text == ")"), None)
        inside = doc[end + 1 : close] if close else None
        acronym = inside is not None and len(inside) == 1 and inside[0].text.isupper()  # "... Organization (PLO)"
        if (
            close
            and inside is not None
            and (len(inside) > 1 or acronym)
            and all(_capitalised(t) or t.is_punct for t in inside)
        ):
            end = close + 1
    return doc[span.start : end] if end != span.end else span


def balanced(span: Span) -> Span:
    """Return the span cut before a bracket it opens and does not close ("World Health Organization (WHO")."""
    depth_at = None
    for token in span:
        if token.text == "(" and depth_at is None:
            depth_at = token.i
        elif token.text == ")":
            depth_at = None
    if depth_at is None or depth_at == span.start:
        return span
    end = depth_at
    while end > span.start + 1 and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[span.start : end]


@lru_cache(maxsize=64)  # the vetoes ask for every fact of a sentence, and a span's .ents walks the paragraph's
def sentence_ents(sent: Span) -> tuple[Span, ...]:
    """Return the named entities of a sentence, read once per sentence."""
    return tuple(sent.ents)
