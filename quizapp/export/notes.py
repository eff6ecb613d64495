"""Turn quizapp decks into Anki notes: the HTML fields, deck name, tags and GUID of every question.

Both writers (CSV and .apkg) start from these notes, so a question reads the same in either.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from quizapp.articles import ArticleLibrary
from quizapp.bank.model import Deck, Question, QuestionType
from quizapp.export import html_fields
from quizapp.export.guids import note_guid

DECK_ROOT = "quizapp"
ArticleTitles = Callable[[str], "str | None"]

_SPACES = re.compile(r"\s+")
_TAG_DROPPED = re.compile(r'[\x00-\x1f\x7f"]')  # control characters and '"' are not allowed in Anki tags


@dataclass(frozen=True)
class AnkiNote:
    """One question as an Anki note; `question`, `answer`, `explanation`, `source` and `hint` are HTML."""

    guid: str
    deck: str
    cloze: bool
    question: str
    answer: str
    explanation: str
    source: str
    hint: str
    tags: tuple[str, ...]

    @property
    def front(self) -> str:
        """Return the Front (Basic) or Text (Cloze) field of the stock note types, hint included."""
        return self.question + html_fields.hint_details(self.hint)

    @property
    def back(self) -> str:
        """Return the Back (Basic) or Back Extra (Cloze) field: answer, explanation, source."""
        return self.answer + html_fields.explanation_block(self.explanation) + self.source


def anki_deck_name(title: str) -> str:
    """Name the Anki deck of a quizapp deck: quizapp::<title>, spacing tidied as Anki would."""
    parts = [_SPACES.sub(" ", part).strip() for part in title.split("::")]
    return "::".join([DECK_ROOT, *(p for p in parts if p)])


@functools.lru_cache(maxsize=4096)
def anki_tag(tag: str) -> str:
    """Make a tag Anki keeps as it is: no spaces (they separate tags), no control characters or quotes."""
    tag = _TAG_DROPPED.sub("", unicodedata.normalize("NFC", tag))
    parts = [_SPACES.sub("_", part.strip()) for part in tag.split("::")]
    return "::".join(p for p in parts if p)


def note_tags(deck: Deck, question: Question) -> tuple[str, ...]:
    """Return the deck's and the question's tags as Anki tags, without repeats (Anki ignores case)."""
    return _anki_tags((*deck.tags, *question.tags))


@functools.lru_cache(maxsize=4096)
def _anki_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        cleaned = anki_tag(tag)
        if cleaned:
            seen.setdefault(cleaned.casefold(), cleaned)
    return tuple(seen.values())


def note_for(deck: Deck, question: Question, article_title: ArticleTitles) -> AnkiNote:
    """Build the Anki note of one question."""
    source = question.source
    return AnkiNote(
        guid=note_guid(question.id),
        deck=anki_deck_name(deck.title),
        cloze=question.type is QuestionType.CLOZE,
        question=html_fields.question_html(question),
        answer=html_fields.answer_html(question),
        explanation=html_fields.html_text(question.explanation),
        source=html_fields.source_html(source, article_title(source.article) if source else None),
        hint=html_fields.html_text(question.hint),
        tags=note_tags(deck, question),
    )


def notes_for_decks(decks: Iterable[Deck], article_title: ArticleTitles) -> list[AnkiNote]:
    """Build the notes of every question of `decks`, in deck and file order."""
    return [note_for(deck, question, article_title) for deck in decks for question in deck.questions]


def library_titles(library: ArticleLibrary) -> ArticleTitles:
    """Look article titles up in an ArticleLibrary (None for a missing article)."""

    def title(path: str) -> str | None:
        article = library.get(path)
        return article.title if article is not None else None

    return title
