"""The question bank: YAML deck files, their schema, loading and validation with file:line errors."""

from quizapp.bank.loader import BankLoad, find_question_files, load_bank
from quizapp.bank.model import CLOZE_GAP, Deck, Question, QuestionType, Source
from quizapp.bank.problems import BankError, Problem

__all__ = [
    "CLOZE_GAP",
    "BankError",
    "BankLoad",
    "Deck",
    "Problem",
    "Question",
    "QuestionType",
    "Source",
    "find_question_files",
    "load_bank",
]
