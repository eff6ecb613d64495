"""Make the sibling questions of one fact: a cloze card, a wh-question and a multiple-choice variant.

Every question cites the fact's sentence (with the context its pronoun needs), explains the fact in
full, and is dropped when its prompt would give the answer away.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from quizapp.generate.anaphors import bare_definites
from quizapp.generate.distractors import Pool, distractors_for, order_choices
from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact, Gap, overlaps
from quizapp.generate.frames import time_frame
from quizapp.generate.ids import fact_id
from quizapp.generate.names import ORG_HEADS, TITLES
from quizapp.generate.quantities import APPROX_WORDS
from quizapp.generate.shares import rests_shown
from quizapp.generate.similarity import acronym, contains_word, key_words, leaks, same_stem, spelled_out
from quizapp.generate.slips import BODY_HEADS
from quizapp.generate.trimming import ELLIPSIS, is_cut
from quizapp.generate.units import OPENERS, RELATIONS, article_topic
from quizapp.generate.wh import wh_question
from quizapp.vocabulary import MONTHS

BLANK = "____"
QUALIFIED_DECADE = re.compile(r"\b(?:early|mid|late)[- ]?(?:\d{4}s|\d0s)", re.IGNORECASE)  # "the early 1990s"
QUALIFIER = re.compile(rf"^(?:{APPROX_WORDS}) ")  # "at least 15 kronor": the amount is the fact, "at least" its frame
BRACKET_AFTER = re.compile(r" \([^()]+\)$")  # "Tarsk Front (Berg Faction)"
ACRONYM_AFTER = re.compile(r" \([A-Z][A-Za-z.&]{1,9}\)$")  # "Norvian Space Agency (NSA)"
COUNTED_AFTER = re.compile(r" (?:seats|spectators)$")  # "{{2,679}} seats": what is counted is no part of the count
IN_A_LONGER_DATE = re.compile(rf"\b(?:{'|'.join(MONTHS)})(?: \d{{1,2}},)? $")  # "14 October " before a year
HOME_TAIL = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")  # "Anna Berg of Tarsk"


def questions_for(fact: Fact, pool: Pool, swaps: dict[str, Any], source: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the fact's questions (cloze, short, choice) as YAML-ready mappings, best first."""
    fid = fact_id(fact)
    if fact.kind == ACTOR and _named_inside_another_name(fact):
        return []  # blanking "Tarsk" in "the Council for Tarsk ... in ____" shows where the answer goes
    common = {
        "explanation": _with_swaps(fact, swaps["chars"], lambda g: None),
        "fact": fid,
        "source": source,
        "tags": [fact.kind],
    }
    display = _display_lead(fact)
    if display is None:
        return []
    frame = time_frame(fact.unit) if fact.kind != DATE else ""  # a date question's frame would hint its answer
    lead = _framed(display or (_plain_lead(fact) if frame else ""), frame)
    core = core_gap(fact)
    cloze = _with_swaps(core, swaps["chars"] + _bracket_after(fact, core), lambda g: "{{" + g + "}}", lead=lead)
    blanked = _with_swaps(fact, swaps["chars"], lambda g: BLANK, whole_span=True, lead=lead)
    questions: list[dict[str, Any]] = []
    # "____ of workers" begs "hundreds", and nobody recalls "the second half of the 20th century" word for
    # word: such answers are asked only against options (a ladder, other centuries).
    vague = fact.subkind in ("vague", "period") or QUALIFIED_DECADE.search(fact.answer) is not None
    listed = fact.subkind == "list"  # a gap of several names is no unit: asked only as "Which two ...?"
    gaps = re.findall(r"\{\{(.*?)\}\}", cloze)
    bracketed = any("(" in g for g in gaps)  # "{{Kessby Line (Tarsk)}}": a name and a note on it, no unit
    rest_shown = rests_shown(fact, fact.unit.quote)  # "70 percent ... but 30 percent continued": only its clause
    if (
        not vague
        and not rest_shown
        and not listed
        and len(gaps) <= 2  # a name said twice is hidden twice, on one card (Anki's c1 for both)
        and not bracketed
        and not _gives_away(core, re.sub(r"\{\{.*?\}\}", " ", cloze))
    ):
        questions.append({"id": f"{fid}-cloze", "type": "cloze", "text": cloze, **common})
    wh = None if vague else wh_question(fact, swaps["tokens"])
    if wh is not None and (_gives_away(fact, wh) or _second_which(wh) or rests_shown(fact, wh)):
        wh = None
    if wh is not None and lead:
        wh = f"{lead}: {wh}"
    elif wh is not None and bare_definites(fact.unit.sent, range(fact.token_start, fact.token_end)):
        wh = None  # "Who climbed the scaffolding in 1960?" with nothing to say whose scaffolding
    if wh is not None:
        short: dict[str, Any] = {"id": f"{fid}-short", "type": "short", "prompt": wh, "answer": fact.answer}
        accept = [*fact.accept, *_acronym_accept(fact)]
        if core.answer != fact.answer and core.answer not in accept:
            accept.append(core.answer)  # "Anna Berg" is right for "Anna Berg of Tarsk"
        if accept:
            short["accept"] = accept
        questions.append({**short, **common})
    if wh is None and rest_shown:
        return questions
    prompt = wh if wh is not None else blanked
    if listed or _gives_away(fact, prompt.replace(BLANK, " ")) or prompt.count(BLANK) > 1:
        return questions  # two blanks and one answer per option: no option fits either blank
    if fact.kind == DATE and len(fact.values) > 1 and " and " in fact.answer:
        return questions  # "1948 and 1967": options of two shifted years look alike and miss the story's third
    distractors = distractors_for(fact, pool, f"{fid}-choice")
    if distractors is not None:
        choices = order_choices(fact, distractors)
        questions.append(
            {
                "id": f"{fid}-choice",
                "type": "choice",
                "prompt": prompt,
                "answer": fact.answer,
                "choices": choices,
                **common,
            }
        )
    return questions


def _second_which(wh: str) -> bool:
    """Say whether a which-question holds a relative "which" with no comma before it: "Which organisation
    supported X which harmed Y?" reads as if X harmed Y (", which made it possible" refers to the deed)."""
    return wh.casefold().count("which ") > 1 and re.search(r"[^,] which\b", wh) is not None


def core_gap(fact: Fact) -> Fact:
    """Return the fact with its gap narrowed to what a student recalls: "at least {{15 kronor}}", "{{2,679}} seats",
    "{{Anna Berg}} of Tarsk", "{{Tarsk Front}} (Berg Faction)", "{{Norvian Space Agency}} (NSA)";
    the qualifier, the home place and the bracket stay in view as the card's frame, but an acronym is
    left out of the card, since it spells the answer (see _bracket_after).

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


def _bracket_after(fact: Fact, core: Fact) -> list[tuple[int, int, str]]:
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


def _named_inside_another_name(fact: Fact) -> bool:
    """Say whether the answer also stands, in the quote, as part of a longer name ("Port of {Tarsk}", "Paul
    {Kessby}" beside "the islets of Kessby")."""
    text, start, end = fact.unit.text, fact.unit.start_char, fact.end_char
    for match in re.finditer(rf"(?<!\w){re.escape(fact.gaps[0].shown)}(?!\w)", text[start:end]):
        at = start + match.start()
        if any(g.start == at for g in fact.gaps):
            continue
        before = text[max(start, at - 30) : at]
        after = text[at + len(match.group()) : at + len(match.group()) + 2]
        if re.search(r"[A-Z]\w* (?:of|for) (?:the )?$", before) or re.match(r" [A-Z]", after):
            return True
        token = fact.unit.doc.char_span(at, at + len(match.group()), alignment_mode="expand")
        previous = fact.unit.doc[token.start - 1] if token is not None and token.start > 0 else None
        if (
            previous is not None
            and previous.pos_ == "PROPN"
            and previous.text[:1].isupper()
            and previous.lower_ not in TITLES
        ):
            return True  # "the student Paul ____ ... the islets of ____": the gap would hide half a person's name
    return False


def _acronym_accept(fact: Fact) -> list[str]:
    """Accept an organisation's acronym when the article itself uses it ("PLO"), and the name an acronym
    answer stands for when the article spells it out ("European Space Agency" for "ESA")."""
    article_text = " ".join(p.text for p in fact.unit.article.paragraphs())
    if fact.kind == ACTOR and re.fullmatch(r"[A-Z]{2,6}", fact.answer):
        spelled = re.search(rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*){{2,8}})\({fact.answer}\)", article_text)
        name = spelled.group(1).strip() if spelled else ""
        return [name] if name and acronym(name) == fact.answer else []
    short = acronym(fact.answer)
    if fact.subkind != "organisation" or len(short) < 2:
        return []
    return [short] if contains_word(short, article_text, fold=False) else []


def _gives_away(fact: Fact, text: str) -> bool:
    """Say whether a prompt shows the answer, or a form of it ("French" for "France", the year of a date)."""
    if contains_word(fact.answer, text, left=",."):
        return True
    if fact.kind == ACTOR and text.replace(".", "") != text and _gives_away(fact, text.replace(".", "")):
        return True  # "the P.L.O." gives "PLO" away
    if fact.kind == ACTOR:
        short = acronym(fact.answer)
        text = _without_other_names(fact, text)
        return (
            leaks(fact.answer, text, person=fact.subkind == "person")
            or bool(short and contains_word(short, text, fold=False))
            or spelled_out(fact.answer.replace(".", ""), text)
        )
    if fact.kind == DATE:
        return any(contains_word(str(int(v)), text) for v in fact.values)
    return any(contains_word(g.shown, text, fold=False, left=",.") for g in fact.gaps)


NAMED_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


def _without_other_names(fact: Fact, text: str) -> str:
    """Return the text without the sister names its quote shows, which end like the answer but name someone
    or something else: "Anna Holm" does not give "Erik Holm" away, nor "the Tarsk Cable Mill" "the Tarsk
    Rubber Mill". A surname inside a place's name ("Kessby Point" for "Anna Kessby"), a person inside a
    thing's ("the Anna Berg Arena") and an event a place was built for still do."""
    unit = fact.unit
    person = fact.subkind == "person"
    answer = fact.answer.casefold().split()
    for ent in unit.doc.ents:
        if not unit.start_char <= ent.start_char < unit.sent.end_char:
            continue
        words = ent.text.casefold().removeprefix("the ").split()
        if person:
            other = ent.label_ == "PERSON" and len(words) >= 2 and words[-1] == answer[-1] and words[0] != answer[0]
        else:
            other = (  # a sister name: the same kind of thing, another one ("Rubber Mill", "Cable Mill")
                ent.label_ in NAMED_LABELS
                and len(words) >= 2
                and words[-1] == answer[-1]
                and not set(words) <= set(answer)
                and not set(answer) <= set(words)
            )
        if other:
            text = re.sub(rf"(?<!\w){re.escape(ent.text)}(?!\w)", " ", text)
    return text


def _with_swaps(
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


def _plain_lead(fact: Fact) -> str:
    """Return the lead a framed prompt opens with when it needs none for its words: the unit's, or a relations title."""
    article = fact.unit.article
    return fact.unit.lead or (article.title if RELATIONS.search(article.title) else "")


def _framed(lead: str, frame: str) -> str:
    """Return the lead with the story's time after it ("Norvia–Tarsk relations, 2023"), or either alone."""
    return ", ".join(part for part in (lead, frame) if part)


def _display_lead(fact: Fact) -> str | None:
    """Return the lead a prompt opens with to say what it is about, "", or None when the card needs the
    article's subject as its lead but that lead would show the answer ("Kessby Opera House: In 1999 the
    ____ invited ..." for the Kessby Opera House Trust): such a card is not made.

    In an article about one thing, every prompt that does not name it is led by it ("Sydney Opera
    House: The Concert Hall ..."): reviews failed "the project", "the virus", "the team" and "it" when
    nothing named what they belong to, and passed every prompt with such a lead. A relations article's
    title leads a sentence with a bare "the X", or a quote that does not name both sides, its context
    sentences quoted or not (round 25 failed "the two countries" and "the country" after a context that
    named one side). A unit with a lead of its own keeps it.
    """
    unit = fact.unit
    if unit.lead:
        return ""
    article = unit.article
    topic = article_topic(article)
    if topic:
        words = key_words(topic)
        shown = key_words(_without_answer(fact))  # "the ____ took over the building": the gap names nothing
        named = all(any(same_stem(w, s) for s in shown) for w in words)
        if not named and _gives_away(fact, topic):
            return None  # without the lead, "the building" is nobody's; with it, the name is shown
        lead = "" if named else topic
    elif RELATIONS.search(article.title) and (
        bare_definites(unit.sent, range(fact.token_start, fact.token_end))
        or not _names_a_side(unit.quote, article.title)
    ):
        lead = article.title  # "Crown prince ____ condemned Norvia": the crown prince of which country?
    else:
        lead = ""
    return "" if lead and _gives_away(fact, lead) else lead


def _without_answer(fact: Fact) -> str:
    """Return the quote as the card shows it: with the answer, in every form its gaps take, left out."""
    quote = fact.unit.quote
    for hidden in sorted({fact.answer, *(g.shown for g in fact.gaps)}, key=len, reverse=True):
        quote = quote.replace(hidden, " ")
    return quote


def _names_a_side(quote: str, title: str) -> bool:
    """Say whether the quote names both sides of a relations title ("Norvia–Tarsk relations"), in any form."""
    sides = [key_words(side) for side in re.split(r"[–-]", title.rsplit(" ", 1)[0])]
    quoted = key_words(quote)
    return all(any(same_stem(w, q) for w in side for q in quoted) for side in sides if side)
