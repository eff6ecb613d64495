"""Vetoes on dates and numbers: a figure the sentence lets one work out, a vague or framing date, a
year a war or games names by itself, half of a pair of days, one date of a run of them.

The registry and the table of every veto are in `vetoes`.
"""

from __future__ import annotations

import re
from itertools import combinations

from spacy.tokens import Span, Token

from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact
from quizapp.generate.shares import rest_in_own_clause, rests_shown
from quizapp.generate.spans import sentence_ents
from quizapp.generate.times_and_deeds import LATER
from quizapp.numberwords import number_from_words

EVENT_HEADS = frozenset(
    {"War", "Olympics", "Games", "Revolution", "Uprising", "Crisis"}
)  # not "Cup": one is won each year


YEAR = r"\b(?:1\d|20)\d{2}\b"


def _dates_of(sent: Span) -> list[Span]:
    """Return the sentence's date entities."""
    return [e for e in sentence_ents(sent) if e.label_ == "DATE"]


def in_a_run_of_dates(fact: Fact) -> bool:
    """Say whether the answer is one of three or more dates written as a list ("A, B and C")."""
    dates = _dates_of(fact.unit.sent)
    runs: list[list[Span]] = []
    run: list[Span] = []
    for ent in dates:
        between = ent.doc.text[run[-1].end_char : ent.start_char] if run else ""
        if run and between not in (", ", " and ", ", and "):
            runs.append(run)
            run = []
        run.append(ent)
    runs.append(run)
    gap = fact.gaps[0].start
    return any(len(r) >= 3 and r[0].start_char <= gap < r[-1].end_char for r in runs)


def computable(fact: Fact) -> bool:
    """Say whether the sentence lets the answer be worked out: a share whose rest to 100 it states, or a
    time span between two dates it gives ("asleep for 31 months ... from June 2011 to 20 January 2014")."""
    sentence = fact.sentence
    if rests_shown(fact, sentence):
        return rest_in_own_clause(fact)  # else asked about its own clause alone (`questions`), which hides the rest
    if fact.kind == NUMBER and fact.values and _sum_of_others(fact):
        return True  # "four gravity assists: three from Earth and one from Mars"
    if fact.kind == NUMBER and re.match(r"\s*(?:later|earlier)\b", fact.unit.text[fact.gaps[-1].end :]):
        return True  # "____ later": a span counted from something else, not a fact of its own
    answer_years = re.findall(YEAR, fact.answer)
    shown_years = {y for y in re.findall(YEAR, fact.unit.quote) if y not in answer_years}  # what the card shows
    if fact.kind == NUMBER and re.search(r"\b(?:years?|months?|weeks?|days?)\b", fact.answer):
        return len(shown_years) >= 2
    if fact.kind == DATE:
        at = fact.gaps[0].start - fact.unit.sent.start_char
        if any(m.end() <= at for m in LATER.finditer(sentence)):
            return True  # "The following year, on ____": counted from a year shown, or from one not shown
        if re.search(rf"{YEAR} or {YEAR}", sentence):
            return True  # "in 1961 or 1962": the article itself is unsure
    return fact.kind == DATE and bool(shown_years) and _after_a_span(sentence)


def _sum_of_others(fact: Fact) -> bool:
    """Say whether the answer is the sum of two or three other small numbers of its sentence."""
    answer = fact.values[0]
    others = []
    for token in fact.unit.sent:
        if token.like_num and not fact.token_start <= token.i < fact.token_end:
            read = number_from_words([token.lower_]) if token.is_alpha else None
            value = (
                read[0]
                if read
                else (float(token.text.replace(",", "")) if token.text.replace(",", "").isdigit() else None)
            )
            if value is not None and value < 1000:
                others.append(float(value))
    return any(sum(c) == answer for n in (2, 3) for c in combinations(others, n))


def _after_a_span(sentence: str) -> bool:
    """Say whether a sentence counts a span between two times ("for 31 months, and on ...")."""
    return (
        re.search(r"\bfor (?:about |some |nearly |almost )?(?:\w+|\d+) (?:years?|months?|weeks?|days?)\b", sentence)
        is not None
    )


def vague_date(fact: Fact) -> bool:
    """Say whether a date is ambiguous or only frames the sentence: "the 1900s" (a decade or a century?),
    "as of 2022" (when a count held, not an event), "Until 2003," or "By 2016" opening the sentence, with a
    comma or without ("By 2016 the comet was heading away": round 21, "a loose framing year")."""
    if fact.kind != DATE:
        return False
    if re.search(r"\b(?:1\d|20)00s\b", fact.answer):
        return True
    before = fact.unit.text[max(0, fact.gaps[0].start - 7) : fact.gaps[0].start].casefold()
    if before.endswith("as of "):
        return True
    # "Until 2003, they were divided into three groups": the year bounds a state, no event happened then.
    opening = fact.unit.text[fact.unit.sent.start_char : fact.gaps[-1].end + 1]
    return re.fullmatch(r"(?:Until|Till|By) (?:the (?:end|middle) of )?(?:\w+ ){0,2}\d{4}[, ]", opening) is not None


def dated_by_its_war(fact: Fact) -> bool:
    """Say whether a year dates a war the sentence names: "in the Crimean War in 1854", "In 1870,
    during the Franco-Prussian War": the war's name says the year by itself.

    The year and the war must stand with no verb between them (the parse's attachments of such phrases
    are too often wrong to go by), so a year of something else told beside a war ("In 1880, X apologised
    for siding with Y in the Crimean War") is kept: the war does not date the apology.
    """
    if fact.kind != DATE or fact.subkind not in ("year", "decade"):
        return False  # "during the Harbour War in the early 1990s" dates itself as well
    doc = fact.unit.doc
    wars = named_wars(fact.unit.sent)
    for war in wars:
        start = min(c.i for c in war.subtree if c.i <= war.i)
        between = doc[min(war.i + 1, fact.token_end) : max(start, fact.token_start)]
        if not any(t.pos_ in ("VERB", "AUX") for t in between):
            return True
    return False


def named_wars(sent: Span) -> list[Token]:
    """Return the heads of the wars a sentence names, by their words, not their entity label: the small
    model calls such a war an ORG."""
    return [
        t
        for t in sent
        if t.text == "War" and t.pos_ == "PROPN" and any(c.dep_ == "compound" and not c.like_num for c in t.lefts)
    ]


def half_a_date(fact: Fact) -> bool:
    """Say whether a full date is the second day of two ("on 10 and 11 March 2013", "10–11 March")."""
    if fact.kind != DATE or fact.subkind != "full_date":
        return False
    before = fact.unit.text[max(0, fact.gaps[0].start - 12) : fact.gaps[0].start]
    return re.search(r"\b\d{1,2}(?: and | or |\s?[–-]\s?)$", before) is not None


def event_by_its_year(fact: Fact) -> bool:
    """Say whether a war or games stands beside its year ("in the ____ in 1973", "built for the 1928 ____"):
    the year names the event to anyone who knows history (the mirror of "dated by its war")."""
    if fact.kind != ACTOR or fact.answer.split()[-1] not in EVENT_HEADS:
        return False
    text, gap = fact.unit.text, fact.gaps[0]
    before, after = text[max(0, gap.start - 5) : gap.start], text[gap.end : gap.end + 8]
    return re.fullmatch(r"\d{4} ", before) is not None or re.match(r" (?:in|of) \d{4}\b", after) is not None


def decade_shown(fact: Fact) -> bool:
    """Say whether a decade's answer is given by a year inside it that the quote shows ("in the ____, after
    Confederation in 1867" for the 1860s): round 27 failed it as given away."""
    decade = re.search(r"\b(\d{3})0s\b", fact.answer)
    if fact.kind != DATE or decade is None:
        return False
    gap = fact.gaps[0]
    shown = fact.unit.quote.replace(fact.unit.text[gap.start : gap.end], " ")
    return any(year.startswith(decade.group(1)) for year in re.findall(YEAR, shown))


# Verbs that state a figure rather than tell a deed ("trade was worth £1.8 billion in 2023").
STATING = frozenset({"be", "total", "stand", "amount", "exceed", "number", "account", "go"})  # not "reach" a final


def figures_year(fact: Fact) -> bool:
    """Say whether a year only dates a figure the sentence states ("was worth about £1.8 billion in 2023", "In
    1986, 200 out of 276 seats went to refugees"): rounds 22 and 28 failed such years as trivia, the figure
    being the fact. A deed with a count ("In 1991 Tarsk fired 39 rockets") keeps its year."""
    if fact.kind != DATE or fact.subkind != "year":
        return False
    verb = fact.span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.casefold() not in STATING:
        return False
    return any(
        t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") and not fact.token_start <= t.i < fact.token_end
        for t in verb.subtree
    )
