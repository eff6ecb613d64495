"""The text a new question file starts from: one question of each type, citing a sentence of an article."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from quizapp.bank.fixes import yaml_scalar

_LAST_WORD = re.compile(r"(\w[\w'’-]*)(\W*)$")
TEMPLATE = """\
# A new deck: edit the questions, press Check, then Publish.
deck: {title}
questions:
  # short: the student types the answer.
  - id: my-question-short
    type: short
    prompt: {prompt}
    answer: {answer}
{source}
  # choice: the answer must be one of the choices, written the same.
  - id: my-question-choice
    type: choice
    prompt: {prompt}
    answer: {answer}
    choices: [{answer}, {wrong}]
{source}
  # cloze: the words between {{{{ and }}}} are hidden from the student.
  - id: my-question-cloze
    type: cloze
    text: {cloze}
{source}
  # flashcard: the student thinks of the answer, turns the card and grades themself.
  - id: my-question-flashcard
    type: flashcard
    prompt: {front}
    answer: {back}
{source}"""
SOURCE = """\
    source:
      article: {article}
      section: {section}
      paragraph: {paragraph}
      quote: {quote}
"""


@dataclass(frozen=True)
class Sentence:
    """A sentence picked on an article page, to start the questions from."""

    article: str
    section: str
    paragraph: int
    quote: str


SAMPLE = Sentence(
    "seeds/000_239a2713105e4f37.txt",
    "Apology and restoration of ties",
    2,
    "In 2013, the Embassy of Palestine in Kuwait was reopened.",
)


def new_deck_text(sentence: Sentence | None = None) -> str:
    """Return a valid deck with a short, a choice, a cloze and a flashcard question, each citing the sentence."""
    picked = sentence or SAMPLE
    source = SOURCE.format(
        article=yaml_scalar(picked.article),
        section=yaml_scalar(picked.section),
        paragraph=picked.paragraph,
        quote=_quoted(picked.quote),
    )
    if sentence is None:
        words = {
            "prompt": "In what year was the Embassy of Palestine in Kuwait reopened?",
            "answer": '"2013"',
            "wrong": '"2004", "1991", "2009"',
            "front": "What happened in Kuwait in 2013?",
            "back": "The Embassy of Palestine reopened.",
        }
    else:
        words = {
            "prompt": "Write the question here?",
            "answer": "the answer",
            "wrong": "a wrong option, another wrong option",
            "front": "Front of the card",
            "back": "Back of the card",
        }
    cloze = (
        '"In {{2013}}, the Embassy of Palestine in Kuwait was reopened."'
        if sentence is None
        else _quoted(_gap_last_word(picked.quote))
    )
    return TEMPLATE.format(title="My questions", source=source, cloze=cloze, **words)


def _gap_last_word(quote: str) -> str:
    """Hide the sentence's last word, as a start the teacher moves to the words worth recalling."""
    return _LAST_WORD.sub(r"{{\1}}\2", " ".join(quote.split()), count=1)


def _quoted(text: str) -> str:
    """Double-quote a sentence for YAML (a JSON string is a valid double-quoted YAML scalar)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)
