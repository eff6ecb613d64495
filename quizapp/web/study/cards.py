"""How a question looks while studying: its front, its answer, and its choices in a stable shuffled order."""

from __future__ import annotations

import random
from dataclasses import dataclass

from markupsafe import Markup, escape

from quizapp.answers import Verdict, check_answer, check_choice
from quizapp.bank.model import CLOZE_GAP
from quizapp.models import Question
from quizapp.scheduling import Rating

AUTO_CHECKED = {"short", "choice"}
INSTRUCTIONS = {"short": "Type the answer", "choice": "Pick one", "cloze": "Fill the gap",
                "flashcard": "Recall the answer"}
SUGGESTED = {Verdict.CORRECT: Rating.Good, Verdict.CLOSE: Rating.Hard, Verdict.WRONG: Rating.Again}


@dataclass(frozen=True)
class StudyCard:
    """A question as the study page shows it."""

    question: Question
    instruction: str
    front: str
    cloze_front: Markup | None
    back: Markup
    choices: list[str]

    @property
    def auto_checked(self) -> bool:
        """Tell whether the app checks the answer (typed or picked) rather than the student."""
        return self.question.type in AUTO_CHECKED


def study_card(question: Question, shuffle_key: str) -> StudyCard:
    """Build the study view of a question; choices are shuffled the same way for the same key."""
    choices = list(question.choices)
    random.Random(shuffle_key).shuffle(choices)
    if question.type == "cloze":
        return StudyCard(question, INSTRUCTIONS["cloze"], question.prompt, _cloze(question.text, blank=True),
                         _cloze(question.text, blank=False), choices)
    return StudyCard(question, INSTRUCTIONS.get(question.type, ""), question.prompt, None,
                     Markup("{}").format(question.answer), choices)


def expected_answers(question: Question) -> tuple[list[str], list[str]]:
    """Return the answer texts to highlight in the source, and the accepted forms to try if none occurs."""
    if question.type == "cloze":
        return [gap.group("answer").strip() for gap in CLOZE_GAP.finditer(question.text)], []
    return [question.answer], list(question.accept)


def verdict_for(question: Question, given: str | None) -> Verdict | None:
    """Check a typed or picked answer; None for cards the student grades alone (cloze, flashcard)."""
    if question.type == "short":
        return check_answer(given or "", question.answer, question.accept)
    if question.type == "choice":
        return check_choice(given or "", question.answer)
    return None


def suggested_rating(verdict: Verdict | None) -> Rating:
    """Return the grade to offer first: wrong → Again, close → Hard, correct (or self-graded) → Good."""
    return SUGGESTED[verdict] if verdict else Rating.Good


def _cloze(text: str, blank: bool) -> Markup:
    """Return the cloze text with each gap blanked (showing its hint) or filled in and marked."""
    parts, last = [], 0
    for gap in CLOZE_GAP.finditer(text):
        parts.append(escape(text[last:gap.start()]))
        if blank:
            parts.append(Markup('<span class="cloze-gap">[{}]</span>').format(gap.group("hint") or "…"))
        else:
            parts.append(Markup('<mark class="cloze-answer">{}</mark>').format(gap.group("answer").strip()))
        last = gap.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)
