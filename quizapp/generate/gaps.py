"""Write a fact's quote with its gaps marked: the gap narrowed to what a student recalls, every other
occurrence of the answer hidden too, and short names written in full."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact, Gap, overlaps
from quizapp.generate.names import ORG_HEADS, TITLES
from quizapp.generate.quantities import APPROX_WORDS
from quizapp.generate.slips import BODY_HEADS
from quizapp.generate.trimming import ELLIPSIS, is_cut
from quizapp.generate.units import OPENERS
from quizapp.vocabulary import MONTHS

QUALIFIER = re.compile(rf"^(?:{APPROX_WORDS}) ")  # "at least 15 kronor": the amount is the fact, "at least" its frame
BRACKET_AFTER = re.compile(r" \([^()]+\)$")  # "Tarsk Front (Berg Faction)"
ACRONYM_AFTER = re.compile(r" \([A-Z][A-Za-z.&]{1,9}\)$")  # "Norvian Space Agency (NSA)"
COUNTED_AFTER = re.compile(r" (?:seats|spectators)$")  # "{{2,679}} seats": what is counted is no part of the count
IN_A_LONGER_DATE = re.compile(rf"\b(?:{'|'.join(MONTHS)})(?: \d{{1,2}},)? $")  # "14 October " before a year
HOME_TAIL = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")  # "Anna Berg of Tarsk"


def core_gap(fact: Fact) -> Fact:
    """Return the fact with its gap narrowed to what a student recalls: "at least {{15 kronor}}", "{{2,679}} seats",
    "{{Anna Berg}} of Tarsk", "{{Tarsk Front}} (Berg Faction)", "{{Norvian Space Agency}} (NSA)";
    the qualifier, the home place and the bracket stay in view as the card's frame, but an acronym is
    left out of the card, since it spells the answer (see left_out_acronym).

    A cloze has no accept list, so a gap holding "at least" or "of Tarsk" fails the student who
    types the fact itself.
    """
    if len(fact.gaps) != 1:
        return fact
    gap = fact.gaps[0]
    if fact.kind == ACTOR and (bracket := BRACKET_AFTER.search(gap.shown)):
        core = Gap(gap.start, gap.start + bracket.start(), gap.shown[: bracket.start()])
    elif fact.kind == NUMBER and (frame := QUALIFIER.match(gap.shown)):
        core = Gap(gap.start + frame.end(), gap.end, gap.shown[frame.end() :])
    elif fact.kind == NUMBER and (counted := COUNTED_AFTER.search(gap.shown)):
        core = Gap(gap.start, gap.start + counted.start(), gap.shown[: counted.start()])
    elif fact.kind == ACTOR and (tail := HOME_TAIL.search(gap.shown)) and _a_name_from(fact, gap.shown[: tail.start()]):
        core = Gap(gap.start, gap.start + tail.start(), gap.shown[: tail.start()])
    else:
        return fact
    answer = fact.answer if fact.answer != gap.shown else core.shown
    return dataclasses.replace(fact, gaps=(core,), answer=answer)


def left_out_acronym(fact: Fact, core: Fact) -> list[tuple[int, int, str]]:
    """Return the bracketed acronym that core_gap left out of the gap, as a stretch to show as nothing:
    "the {{Norvian Space Agency}} launched" (its "(NSA)" would spell out the answer)."""
    if core is fact or core.gaps[0].end == fact.gaps[0].end:
        return []
    left_out = fact.unit.text[core.gaps[0].end : fact.gaps[0].end]
    return [(core.gaps[0].end, fact.gaps[0].end, "")] if ACRONYM_AFTER.fullmatch(left_out) else []


def _a_name_from(fact: Fact, head: str) -> bool:
    """Say whether the words before an "of" tail are a person's name on their own: a person, or two or more
    name words with no title, body or venture word ("Anna Berg" of Tarsk, not "Bank" of Tarsk, "Duke" of
    Kessby, "Liberating Expedition" of Norvia)."""
    if fact.subkind == "person":
        return True
    parts = head.split()
    return (
        len(parts) >= 2
        and all(p[:1].isupper() for p in parts)  # "Constitution of the Empire" of Japan is one name
        and not any(p.casefold() in ORG_HEADS | BODY_HEADS | VENTURES or p.casefold() in TITLES for p in parts)
    )


# Last words of a venture's name, which its "of" place belongs to ("the Liberating Expedition of Peru").
VENTURES = frozenset({"expedition", "mission", "campaign", "crusade", "company", "corps", "brigade", "legion"})


def quote_with_gaps(
    fact: Fact,
    name_swaps: list[tuple[int, int, str]],
    gap: Callable[[str], str | None],
    whole_span: bool = False,
    lead: str = "",
) -> str:
    """Write the fact's quote with each gap marked by `gap(shown)` (kept as text if None) and names made full.

    Every other occurrence of the answer in the quote is marked too, so no gap can be filled by
    reading the rest of the card.
    """
    unit = fact.unit
    text = unit.text
    start, end = unit.start_char, fact.end_char
    if whole_span:
        first, last = fact.gaps[0], fact.gaps[-1]
        marks = [(first.start, last.end, fact.answer)]
    elif gap(fact.answer) is None and fact.kind == ACTOR:
        marks = [(g.start, g.end, fact.answer) for g in fact.gaps]  # the explanation names people in full
    else:
        marks = [(g.start, g.end, g.shown) for g in fact.gaps]
    needles = sorted({text[g.start : g.end] for g in fact.gaps} | {fact.answer}, key=len, reverse=True)
    for needle in needles:
        for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text[start:end]):
            s, e = start + match.start(), start + match.end()
            if fact.kind == DATE and IN_A_LONGER_DATE.search(text[:s]):
                continue  # "opened on 14 October ____": half a date, and another event's; left shown, so not asked
            if not overlaps(s, e, [(a, b) for a, b, _ in marks]):
                marks.append((s, e, fact.answer if needle == fact.answer else needle))
    for s, e, full in name_swaps:  # a short name standing for the answer is hidden too
        if not (start <= s and e <= end and full == fact.answer):
            continue
        inside = [m for m in marks if s <= m[0] and m[1] <= e]
        if inside:  # "the {{Tarsk Society for Kessby}} of Tarsk": the mended name's slip goes with its gap
            marks = [(s, e, m[2]) if m in inside else m for m in marks]
        elif not overlaps(s, e, [(a, b) for a, b, _ in marks]):
            marks.append((s, e, full))
    gaps = {(s, e) for s, e, _ in marks}
    for s, e, full in name_swaps:
        if start <= s and e <= end and not overlaps(s, e, list(gaps)):
            marks.append((s, e, full))
    pieces, cursor = [], start
    for s, e, shown in sorted(marks):
        pieces.append(text[cursor:s])
        marked = gap(shown) if (s, e) in gaps else None
        pieces.append(marked if marked is not None else shown)
        cursor = e
    pieces.append(text[cursor:end])
    written = "".join(pieces).strip()
    if gap("") is not None and not unit.context and (opener := OPENERS.match(written)):
        rest = written[opener.end() :].lstrip(" ,")
        written = rest[:1].upper() + rest[1:]  # "However, Norvia ..." alone: the "However" answers nothing shown
    shown_lead = lead or unit.lead
    return (f"{shown_lead}: " if shown_lead else "") + written + (ELLIPSIS if is_cut(fact) else "")
