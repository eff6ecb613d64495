"""How a question looks while studying: its front, its answer, and its choices in a stable shuffled order."""

from __future__ import annotations

import random
from dataclasses import dataclass

from markupsafe import Markup, escape

from quizapp.answers import Assessment, Verdict, assess, check_choice, normalise
from quizapp.answers.diff import Piece, answer_diff
from quizapp.bank.model import CLOZE_GAP, expected_answer, gap_texts
from quizapp.models import Question
from quizapp.scheduling import Rating
from quizapp.web.study.source import Passage, article_acronyms, source_passage

AUTO_CHECKED = {"short", "choice"}
INSTRUCTIONS = {
    "short": "Type the answer",
    "choice": "Pick one",
    "cloze": "Fill the gap",
    "flashcard": "Recall the answer",
}
SUGGESTED = {
    Verdict.CORRECT: Rating.Good,
    Verdict.CLOSE: Rating.Hard,
    Verdict.INCOMPLETE: Rating.Hard,
    Verdict.WRONG: Rating.Again,
}


@dataclass(frozen=True)
class StudyCard:
    """A question as the study page shows it."""

    question: Question
    instruction: str
    front: str
    cloze_front: Markup | None
    back: Markup
    choices: list[str]
    answer_text: str  # the answer alone, as the title and a screen reader give it (a cloze's gap texts)


def study_card(question: Question, shuffle_key: str) -> StudyCard:
    """Build the study view of a question; choices are shuffled the same way for the same key."""
    choices = list(question.choices)
    random.Random(shuffle_key).shuffle(choices)
    answer_text = expected_answer(question.type, question.text, question.answer)
    if question.type == "cloze":
        return StudyCard(
            question,
            INSTRUCTIONS["cloze"],
            question.prompt,
            _cloze(question.text, blank=True),
            _cloze(question.text, blank=False),
            choices,
            answer_text,
        )
    return StudyCard(
        question,
        INSTRUCTIONS.get(question.type, ""),
        question.prompt,
        None,
        Markup("{}").format(question.answer),
        choices,
        answer_text,
    )


@dataclass(frozen=True)
class AnswerView:
    """What the answer page shows below the card, each text once: the back, the explanation, the source."""

    show_back: bool
    explanation: str
    passage: Passage | None


def answer_view(question: Question) -> AnswerView:
    """Decide what the answer page shows, leaving out a text the source paragraph already holds.

    A cloze's sentence is usually the quoted sentence of its paragraph, and an explanation often repeats
    it: the paragraph then shows it once, with the quote marked and the answer in bold.
    """
    passage = source_passage(question, expected_answers(question))
    paragraph = normalise(passage.text) if passage else ""
    back = normalise(CLOZE_GAP.sub(lambda gap: gap.group("answer"), question.text)) if question.type == "cloze" else ""
    show_back = question.type != "cloze" or not back or back not in paragraph
    explanation = normalise(question.explanation)
    repeated = explanation and (explanation in paragraph or (question.type == "cloze" and explanation == back))
    return AnswerView(show_back, "" if repeated else question.explanation, passage)


def expected_answers(question: Question) -> tuple[list[str], list[str]]:
    """Return the answer texts to highlight in the source, and the accepted forms to try if none occurs."""
    if question.type == "cloze":
        return gap_texts(question.text), []
    return [question.answer], list(question.accept)


def verdict_for(question: Question, given: str | None) -> Assessment | None:
    """Check a typed or picked answer; None for cards the student grades alone (cloze, flashcard)."""
    if question.type == "short":
        return assess(given or "", question.answer, question.accept, article_acronyms(question))
    if question.type == "choice":
        return Assessment(check_choice(given or "", question.answer), closest=question.answer)
    return None


def typed_diff(
    question: Question, given: str | None, verdict: Assessment | None
) -> tuple[list[Piece], list[Piece]] | None:
    """Return where a close typed answer differs from the form it was nearly, None for any other answer."""
    if question.type != "short" or verdict is None or verdict.verdict is not Verdict.CLOSE or not given:
        return None
    return answer_diff(given, verdict.closest or question.answer)


def suggested_rating(verdict: Assessment | None) -> Rating | None:
    """Return the grade to offer first: wrong → Again, close or incomplete → Hard, correct → Good, self-graded none."""
    return SUGGESTED[verdict.verdict] if verdict else None


def _cloze(text: str, blank: bool) -> Markup:
    """Return the cloze text with each gap blanked (showing its hint) or filled in and marked."""
    parts, last = [], 0
    for gap in CLOZE_GAP.finditer(text):
        parts.append(escape(text[last : gap.start()]))
        if blank:
            # Read aloud as "blank" (and its hint), not as the brackets and ellipsis drawn on screen.
            hint = gap.group("hint")
            parts.append(
                Markup(
                    '<span class="cloze-gap"><span aria-hidden="true">[{}]</span>'
                    '<span class="visually-hidden">blank{}</span></span>'
                ).format(hint or "…", f" ({hint})" if hint else "")
            )
        else:
            parts.append(Markup('<mark class="cloze-answer">{}</mark>').format(gap.group("answer").strip()))
        last = gap.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)
