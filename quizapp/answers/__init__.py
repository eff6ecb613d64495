"""Typed-answer checking, free of Flask: read both sides, compare numbers exactly and names as a reader would.

Numbers must match exactly ("400 thousand" = "400,000" = "400k"; "2012" is not "2013"; "fewer than 80" is
not "more than 80"). Names may carry a small typo or another romanisation (close), may spell out an
acronym the article defines (correct), or may be only part of the name: the surname alone is incomplete,
a given name alone is wrong. Typos are measured with rapidfuzz's Damerau–Levenshtein distance.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

from quizapp.answers.names import acronyms_in, same_name_spelled_otherwise, spells_out
from quizapp.answers.reading import Reading, read_answer, readings
from quizapp.answers.text import fold, spellings, tokens

# Words that say what kind of thing a name is ("Dawa Party"); leaving them out leaves the name incomplete.
KIND_WORDS = {
    "party",
    "movement",
    "organization",
    "organisation",
    "front",
    "council",
    "assembly",
    "city",
    "agency",
    "authority",
    "force",
    "forces",
    "army",
    "brigades",
    "committee",
    "union",
    "league",
}

__all__ = ["Assessment", "Verdict", "acronyms_in", "assess", "check_answer", "check_choice", "normalise", "read_answer"]


class Verdict(enum.StrEnum):
    """How a typed answer compares with the expected one, best first."""

    CORRECT = "correct"
    CLOSE = "close"
    INCOMPLETE = "incomplete"
    WRONG = "wrong"


class Reason(enum.StrEnum):
    """Why an answer is close or incomplete, for the message the student reads."""

    NONE = ""
    SPELLING = "spelling"  # a typo
    ROMANISATION = "romanisation"  # another accepted way to write an Arabic name
    DATE_ORDER = "date-order"  # a numeric date read month first
    PART = "part"  # the surname (or last word) alone


@dataclass(frozen=True)
class Assessment:
    """A verdict, why it was given, and the expected form it was measured against (for the diff)."""

    verdict: Verdict
    reason: Reason = Reason.NONE
    closest: str = ""


def normalise(text: str) -> str:
    """Return the text folded for comparison: lower case, no diacritics, no punctuation, single spaces."""
    return " ".join(tokens(spellings(text)[0]))


def check_answer(
    given: str, answer: str, accepted: Iterable[str] = (), acronyms: Mapping[str, str] | None = None
) -> Verdict:
    """Return the best verdict of the typed answer against the answer and every accepted form."""
    return assess(given, answer, accepted, acronyms).verdict


def assess(
    given: str, answer: str, accepted: Iterable[str] = (), acronyms: Mapping[str, str] | None = None
) -> Assessment:
    """Assess the typed answer against the answer, its accepted forms and the acronyms its article defines."""
    forms = [form for form in [answer, *accepted] if form.strip()]
    acronyms = {key: value for key, value in (acronyms or {}).items()}
    given_readings = readings(given)
    if not (given_readings[0].numbers or given_readings[0].words):
        return Assessment(Verdict.WRONG, closest=answer)
    results = []
    for form in forms + _acronym_forms(forms, acronyms):
        expected = read_answer(form)
        result = _compare(given_readings[0], expected, acronyms)
        for other in given_readings[1:]:  # the month-first reading of a date: close at best
            if result.verdict is not Verdict.CORRECT and _compare(other, expected, acronyms).verdict is Verdict.CORRECT:
                result = Assessment(Verdict.CLOSE, Reason.DATE_ORDER)
        results.append(Assessment(result.verdict, result.reason, form if form in forms else answer))
    order = list(Verdict)
    return min(results, key=lambda r: order.index(r.verdict), default=Assessment(Verdict.WRONG, closest=answer))


def check_choice(given: str, answer: str) -> Verdict:
    """Return the verdict of a multiple-choice pick: exactly the answer, or wrong."""
    return Verdict.CORRECT if given == answer else Verdict.WRONG


def _acronym_forms(forms: list[str], acronyms: Mapping[str, str]) -> list[str]:
    """Return the other side of each defined acronym among the forms: the expansion for "PLO", and back."""
    extra = []
    for form in forms:
        key = " ".join(tokens(fold(form).replace(".", "")))
        for acronym, expansion in acronyms.items():
            if key == acronym:
                extra.append(expansion)
            elif key == normalise(expansion):
                extra.append(acronym.upper())
    return extra


def _compare(given: Reading, expected: Reading, acronyms: Mapping[str, str]) -> Assessment:
    if given.numbers != expected.numbers:
        return Assessment(Verdict.WRONG)  # a wrong digit is wrong, however close the rest
    if given.direction and expected.direction and given.direction != expected.direction:
        return Assessment(Verdict.WRONG)  # "fewer than 80" is not "more than 80"
    if given.currencies and expected.currencies and given.currencies != expected.currencies:
        return Assessment(Verdict.WRONG)
    if expected.numbers and (not expected.words or not given.words or given.words == expected.words):
        return Assessment(Verdict.CORRECT)  # the number is the answer; "2 million" for "US$2 million" is right
    return _compare_words(given.words, expected.words, acronyms)


def _compare_words(given: tuple[str, ...], expected: tuple[str, ...], acronyms: Mapping[str, str]) -> Assessment:
    if sorted(given) == sorted(expected):
        return Assessment(Verdict.CORRECT)  # "Abbas Mahmoud" names the same person as "Mahmoud Abbas"
    if (
        len(expected) == 1
        and expected[0] in acronyms
        and spells_out(given, expected[0], tuple(normalise(acronyms[expected[0]]).split()))
    ):
        return Assessment(Verdict.CORRECT)
    joined, target = " ".join(given), " ".join(expected)
    # A typo rarely hits the first letter, and short names one letter apart differ ("Iran", "Iraq").
    if joined[:1] == target[:1] and DamerauLevenshtein.distance(joined, target) <= _typo_allowance(target):
        return Assessment(Verdict.CLOSE, Reason.SPELLING)
    if same_name_spelled_otherwise(given, expected):
        return Assessment(Verdict.CLOSE, Reason.ROMANISATION)
    if given and len(given) < len(expected) and all(_matches_a_word(word, expected) for word in given):
        # Part of a name: the surname alone is incomplete; a given name alone names someone else.
        # "Dawa" for "Dawa Party" leaves out only a word that says what kind of thing it is.
        missing = [word for word in expected if not _matches_a_word(word, given)]
        if _matches_a_word(expected[-1], given) or all(word in KIND_WORDS for word in missing):
            return Assessment(Verdict.INCOMPLETE, Reason.PART)
    return Assessment(Verdict.WRONG)


def _matches_a_word(word: str, words: tuple[str, ...]) -> bool:
    return any(
        word == other
        or same_name_spelled_otherwise((word,), (other,))
        or (word[:1] == other[:1] and DamerauLevenshtein.distance(word, other) <= _typo_allowance(other))
        for other in words
    )


def _typo_allowance(target: str) -> int:
    """Return how many edits still count as a typo: none for short words, more for long names."""
    length = len(target.replace(" ", ""))
    return 0 if length < 5 else 1 if length < 9 else 2 if length < 16 else 3
