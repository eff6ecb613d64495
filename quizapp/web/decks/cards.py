"""How one question stands for the student: its card state in words, and its prompt as shown in lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quizapp.bank.model import CLOZE_GAP
from quizapp.models import CardState, CardStateKind, Question


@dataclass(frozen=True)
class CardStatus:
    """A short label for a card's state, a CSS modifier, and when it is due (None when new)."""

    label: str
    css: str
    due: dt.datetime | None = None


def card_status(card: CardState | None, now: dt.datetime) -> CardStatus:
    """Describe the user's state for one question: new, learning, relearning or learned."""
    if card is None:
        return CardStatus("New", "new")
    if card.state == CardStateKind.REVIEW:
        return CardStatus("Learned", "learned", card.due)
    label = "Relearning" if card.state == CardStateKind.RELEARNING else "Learning"
    return CardStatus(label, "learning", card.due)


def due_in_words(due: dt.datetime, now: dt.datetime) -> str:
    """Say when a card is due relative to now: "due now", "due in 10 min", "due in 3 days"."""
    seconds = (due - now).total_seconds()
    if seconds <= 0:
        return "due now"
    for size, unit in ((86400 * 365, "year"), (86400 * 30, "month"), (86400, "day"), (3600, "hour")):
        if seconds >= size * 0.95:  # 23 h 30 min reads better as "1 day" than as "24 hours"
            count = round(seconds / size)
            return f"due in {count} {unit}{'' if count == 1 else 's'}"
    return f"due in {max(round(seconds / 60), 1)} min"


def display_prompt(question: Question) -> str:
    """Return the text a list shows for a question: the prompt, or the cloze text with its gaps blanked."""
    if question.type == "cloze":
        return CLOZE_GAP.sub(lambda gap: f"[{gap.group('hint') or '…'}]", question.text)
    return question.prompt
