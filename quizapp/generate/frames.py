"""The time frame of an undated sentence: the year its paragraph last named before it.

A paragraph often dates its story once, in a sentence that opens with the year, and tells the rest
without a date: "In 2023, Norvia called for an end to the Harbour War. ... Crown prince Anders
condemned Tarsk." Asked alone, the later sentence has no time ("which crown prince?"); reviews failed
such prompts in every round. Its prompt is led by that year ("Norvia–Tarsk relations, 2023: ..."),
a heading that places the story in time without claiming the sentence's own date.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quizapp.generate.spans import sentence_ents
from quizapp.generate.units import SentenceUnit

YEAR = re.compile(r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2})(s?)(?![\d,])")  # "1967", "the 1990s"; not "2,000"
RANGE = re.compile(r"\b(?:[Ff]rom|[Bb]etween) (\d{4}) (?:to|and|until) (\d{4})$")
EARLIER = frozenset({"previously", "earlier", "formerly", "before"})
OPENING_TOKENS = 3  # "In 2015,", "On 9 March 2015,": a date this near the start sets the time of what follows


def time_frame(unit: SentenceUnit) -> str:
    """Return the year (or years) that frame an undated past-tense sentence, from its paragraph before it, or ""."""
    sent = unit.sent
    if _dated(sent) or any(_dated(c) for c in unit.context) or not _past(sent):
        return ""
    earlier = [e for e in unit.doc.ents if e.end <= sent.start and e.label_ == "DATE" and not _bracketed(e)]
    dated = [e for e in earlier if YEAR.search(e.text)]
    if not dated or not _sets_the_time(dated[-1]):
        return ""  # a year in passing ("60 percent were Palestinians by 1969") dates its own sentence only
    ent = dated[-1]
    if span := RANGE.search(ent.sent.text[: ent.end_char - ent.sent.start_char]):
        return f"{span.group(1)}–{span.group(2)}"  # "From 1967 to 1969": the NER often keeps only the end
    year, decade = YEAR.findall(ent.text)[-1]
    return f"{year}{decade}"


def _sets_the_time(ent: Span) -> bool:
    """Say whether a date opens its sentence ("In 2015, ..."), so the sentences after it share it.

    A date at the end of a paragraph's first sentence dates that sentence's deed ("... gave it to a
    child on 27 February 1950"), not the story after it ("Holm developed a different vaccine").
    """
    return ent.start - ent.sent.start <= OPENING_TOKENS


def _dated(span: Span) -> bool:
    """Say whether a span names a year of its own (or a date the NER found), so needs no frame."""
    return YEAR.search(span.text) is not None or any(e.label_ == "DATE" for e in sentence_ents(span))


def _past(sent: Span) -> bool:
    """Say whether the sentence tells a past event of the story's time ("condemned", "was expelled"): not a
    standing fact, and not a deed before that time ("Previously, X had refused")."""
    if any(t.lower_ in EARLIER for t in sent) or any(t.lower_ == "had" and t.head.tag_ == "VBN" for t in sent):
        return False
    return any(t.tag_ == "VBD" for t in sent)


def _bracketed(ent: Span) -> bool:
    """Say whether a date stands in brackets ("(born 1929)"): a note on a name, not the story's time."""
    before = ent.doc[ent.sent.start : ent.start].text
    return before.count("(") > before.count(")")
