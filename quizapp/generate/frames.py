"""The time frame of an undated sentence: the year the sentence before it opened with.

A paragraph often dates a deed in a sentence that opens with the year and tells what followed
without a date: "On 9 March 2015, Tarsk asked Norvia for building material. The Harbour Union
condemned Tarsk's efforts." Asked alone, the second sentence has no time ("which efforts?"); reviews
failed such prompts in every round. Its prompt is led by that year ("Norvia–Tarsk relations, 2015:
..."), a heading that places the story in time without claiming the sentence's own date.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quizapp.generate.spans import sentence_ents
from quizapp.generate.units import SentenceUnit

YEAR = re.compile(r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2})(s?)(?![\d,])")  # "1967", "the 1990s"; not "2,000"
EARLIER = frozenset({"previously", "earlier", "formerly", "before"})
OPENING_TOKENS = 2  # "In 2015,", "On 9 March 2015,": a date this near the start sets the time of what follows


def time_frame(unit: SentenceUnit) -> str:
    """Return the year that frames an undated past-tense sentence, from the sentence right before it, or ""."""
    sent = unit.sent
    if _dated(sent) or any(_dated(c) for c in unit.context) or not _past(sent):
        return ""
    first = unit.context[0] if unit.context else sent
    before = _sentence_before(first)
    if before is None:
        return ""
    dated = [e for e in sentence_ents(before) if e.label_ == "DATE" and YEAR.search(e.text) and not _bracketed(e)]
    if not dated or not _sets_the_time(dated[0]):
        return ""  # a year in passing ("60 percent were Tarskians by 1969") dates its own sentence only
    year, decade = YEAR.findall(dated[0].text)[-1]
    return f"{year}{decade}"


def _sentence_before(sent: Span) -> Span | None:
    """Return the sentence right before this one in its paragraph, or None for the first.

    Only the next sentence shares an opening year: round 20's review called "2010" on a sentence three
    after "In 2010, ..." unsupported, since the story may have moved on.
    """
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def _sets_the_time(ent: Span) -> bool:
    """Say whether a point in time opens its sentence ("In 2015, ...", "On 9 March 2015, ..."), so the
    sentences after it share it.

    A date at the end of a paragraph's first sentence dates that sentence's deed ("... gave it to a
    child on 27 February 1950"), not the story after it ("Holm developed a different vaccine"); a
    period ("From 1967 to 1969, 60 percent of teachers were ...") tells a state of affairs, and round 20's
    review called its years on the sentences after it "a made-up time label".
    """
    opener = ent.doc[ent.sent.start]
    return opener.lower_ in ("in", "on") and ent.start - ent.sent.start <= OPENING_TOKENS


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
