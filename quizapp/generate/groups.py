"""Find actors that are not one name: named groups ("Norvian soldiers", "Tarsk's envoy to the Coastal Union").

A named group (kind "collective") is a noun phrase headed by a word for people or bodies and marked
by a name (a nationality, a country, an organisation or a person). It is asked by cloze and typed
answer. A list of names of one kind ("Norvia and Tarsk") is no sensible gap: it is asked only by a
typed-answer question that says how many to name ("Which two countries ...?").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span, Token

from quizapp.generate.facts import ACTOR, Fact, Gap, overlaps
from quizapp.generate.roles import actor_role
from quizapp.generate.spans import sentence_ents
from quizapp.generate.units import SentenceUnit
from quizapp.generate.wholenames import name_began_before

PEOPLE_NOUNS = frozenset(
    {
        "government",
        "regime",
        "authorities",
        "authority",
        "forces",
        "army",
        "troops",
        "soldiers",
        "militias",
        "militants",
        "police",
        "resistance",
        "workers",
        "members",
        "officials",
        "politicians",
        "leaders",
        "leadership",
        "countries",
        "states",
        "nations",
        "team",
        "office",
        "embassy",
        "consulate",
        "envoy",
        "ambassador",
        "counterpart",
        "delegation",
        "families",
        "group",
        "movement",
        "youth",
        "students",
        "refugees",
        "diplomats",
        "ministers",
        "representatives",
        "citizens",
        "settlers",
        "fighters",
        "rebels",
        "activists",
        "companies",
        "banks",
        "investors",
        "scientists",
        "researchers",
        "players",
        "fans",
    }
)
# Head nouns whose "to/in/of" phrase belongs to the group's name ("envoy to the Coastal Union").
TAILED = frozenset(
    {
        "envoy",
        "ambassador",
        "office",
        "embassy",
        "consulate",
        "delegation",
        "group",
        "families",
        "representatives",
        "counterpart",
    }
)
NAME_LABELS = ("NORP", "GPE", "ORG", "PERSON", "LOC")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "attr")


def _named(tokens: Iterable[Token]) -> bool:
    """Say whether a name marks the phrase: a token of a named entity (or a capitalised adjective)."""
    return any(t.ent_type_ in NAME_LABELS or (t.pos_ == "ADJ" and t.text[:1].isupper()) for t in tokens)


def _bare(span: Span) -> Span:
    """Drop a leading article or "its/their" from a phrase."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in ("the", "a", "an", "its", "their", "his", "her", "both"):
        start += 1
    return span.doc[start : span.end]


def _group_span(root: Token) -> Span | None:
    """Return the named group a head noun makes, with its "to/in/of" tail when the noun takes one."""
    if root.pos_ != "NOUN" or root.lower_ not in PEOPLE_NOUNS or root.dep_ not in ARGUMENT_DEPS:
        return None
    left = [t for t in root.lefts if t.dep_ in ("amod", "compound", "poss", "det", "nummod", "case")]
    if any(t.dep_ == "nummod" or t.like_num for t in left):
        return None  # "two other officials": the number is the fact
    start = min([t.left_edge.i for t in left] + [root.i])
    end = root.i + 1
    tail = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in ("to", "in", "of")), None)
    if root.lower_ in TAILED and tail is not None and _named(tail.subtree):
        end = tail.right_edge.i + 1
    span = _bare(root.doc[start:end])
    # A name before the noun ("Norvian soldiers", "Tarsk's envoy ...") or in its "of" phrase ("families of
    # Norvian sailors") marks the group; one only in an "in"/"to" phrase is a place ("an office in Tarsk").
    marks = [t for t in span if t.i < root.i or (tail is not None and tail.lower_ == "of" and t.i > tail.i)]
    if not _named(marks) or span[0].is_punct:
        return None
    if any(t.is_punct and t.text not in ("'s", "’s", "-") for t in span) or len(span) > 9:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return None  # "a group of former players led by X": a description, not a name
    return span


def name_lists(sent: Span) -> list[tuple[Span, str, int]]:
    """Return runs of names of one kind written as a list ("A, B and C"): (span, NER label, members)."""
    lists: list[list[Span]] = []
    run: list[Span] = []
    for ent in [e for e in sentence_ents(sent) if e.label_ in NAME_LABELS]:
        if run:
            between = sent.doc.text[run[-1].end_char : ent.start_char]
            if between not in (", ", " and ", ", and ") or ent.label_ != run[-1].label_:
                if len(run) > 1 and _ends_with_and(run):
                    lists.append(run)
                run = []
        run.append(ent)
    if len(run) > 1 and _ends_with_and(run):
        lists.append(run)
    return [(_bare(sent.doc[r[0].start : r[-1].end]), r[0].label_, len(r)) for r in lists]


def _ends_with_and(run: list[Span]) -> bool:
    """Say whether the last two names of a run are joined by "and"."""
    return run[-1].doc.text[run[-2].end_char : run[-1].start_char].endswith("and ")


def _inside(where: tuple[int, int], names: list[tuple[int, int]]) -> bool:
    """Say whether a stretch lies within one name ("Health and Welfare" in "the Board of Health and Welfare")."""
    return any(start <= where[0] and where[1] <= end and (start, end) != where for start, end in names)


def find_groups(unit: SentenceUnit, taken: list[tuple[int, int]], actors: list[Fact]) -> list[Fact]:
    """Return the named-group and list-of-names facts of a sentence unit that no other fact already is."""
    known = {(f.span.start_char, f.span.end_char) for f in actors}
    names = [(f.gaps[0].start, f.gaps[0].end) for f in actors]
    found: list[Fact] = []
    seen: set[tuple[int, int]] = set()
    candidates: list[tuple[str, Span | None, dict[str, Any]]] = [
        ("collective", _group_span(token), {}) for token in unit.sent
    ]
    candidates += [
        ("list", span, {"label": label, "members": members}) for span, label, members in name_lists(unit.sent)
    ]
    for kind, span, notes in candidates:
        if span is None:
            continue
        where = (span.start_char, span.end_char)
        if where in known or where in seen or overlaps(*where, taken) or _inside(where, names):
            continue
        if name_began_before(span):
            continue  # "Minister of {Trade and Tourism}": the rest of a title
        seen.add(where)
        gap = Gap(span.start_char, span.end_char, span.text)
        role = (actor_role(span) or "group") if kind == "list" else "group"
        found.append(
            Fact(
                ACTOR, kind, span.text, (gap,), unit, span.start, span.end, detail={"role": role, "verb": None, **notes}
            )
        )
    return found
