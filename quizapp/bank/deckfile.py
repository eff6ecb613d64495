"""Read one question YAML file into a Deck, recording every problem with its line and column."""

from __future__ import annotations

from pathlib import Path

from quizapp.articles import ArticleLibrary
from quizapp.bank.fields import FieldReader, kind_of
from quizapp.bank.model import QUESTION_ID, Deck, Question, QuestionType
from quizapp.bank.problems import did_you_mean
from quizapp.bank.rules import check_type_rules
from quizapp.bank.sources import check_source
from quizapp.bank.yamlnodes import Located, YamlSyntaxError, load_located

DECK_KEYS = ("deck", "description", "tags", "questions")
QUESTION_KEYS = (
    "id",
    "type",
    "prompt",
    "text",
    "answer",
    "accept",
    "choices",
    "explanation",
    "hint",
    "fact",
    "tags",
    "source",
)
TYPES = tuple(t.value for t in QuestionType)
_TOP = "expected a mapping with 'deck' and 'questions' at the top"


def read_deck_file(path: Path, display: str, key: str, library: ArticleLibrary) -> tuple[Deck | None, FieldReader]:
    """Parse and check one deck file; the Deck is None when the file is unusable as a whole."""
    reader = FieldReader(display)
    deck = _read_deck(path, key, library, reader)
    return deck, reader


def _read_deck(path: Path, key: str, library: ArticleLibrary, reader: FieldReader) -> Deck | None:
    """Read the file's text and YAML, then the deck's fields; problems go to `reader`."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = error.object.rfind(b"\n", 0, error.start) + 1
        reader.fail(
            error.object.count(b"\n", 0, error.start) + 1,
            error.start - line_start + 1,
            f"file is not UTF-8 text (byte {error.object[error.start]:#04x}); save it as UTF-8 in your editor",
        )
        return None
    except OSError as error:
        reader.fail(1, 1, f"cannot read file: {error.strerror}")
        return None
    return _read_text(text, key, library, reader)


def read_deck_text(text: str, display: str, key: str, library: ArticleLibrary) -> tuple[Deck | None, FieldReader]:
    """Parse and check a deck given as text (a draft in the browser), as if it were the file `display`."""
    reader = FieldReader(display)
    return _read_text(text, key, library, reader), reader


def _read_text(text: str, key: str, library: ArticleLibrary, reader: FieldReader) -> Deck | None:
    """Read the YAML, then the deck's fields; problems go to `reader`."""
    reader.lines = text.splitlines()
    try:
        root = load_located(text.removeprefix("\ufeff"))
    except YamlSyntaxError as error:
        reader.fail(error.pos.line, error.pos.column, error.message)
        return None
    if root is None:
        reader.fail(1, 1, f"file is empty; {_TOP}")
        return None
    if not isinstance(root.value, dict):
        reader.fail(root.pos.line, root.pos.column, f"{_TOP}, found {kind_of(root.value)}")
        return None
    reader.check_keys(root, DECK_KEYS, "the deck file")
    title = reader.text(root, "deck", "the deck file", required=True) or ""
    description = reader.text(root, "description", "the deck file") or ""
    deck_tags = tuple(t for t, _ in reader.text_list(root, "tags") or [])
    deck = Deck(key=key, title=title, path=reader.path, description=description, tags=deck_tags)
    questions = root.value.get("questions")
    if questions is None:
        reader.require(root, "questions", "the deck file")
    elif not isinstance(questions.value, list):
        reader.error(
            questions.pos,
            f"'questions' must be a list of questions (each starting with '- id:'), not {kind_of(questions.value)}",
        )
    elif not questions.value:
        reader.error(questions.pos, "'questions' is empty; a deck needs at least one question")
    else:
        for number, item in enumerate(questions.value, start=1):
            question = _read_question(reader, item, number, library)
            if question is not None:
                deck.questions.append(question)
    return deck


def _read_question(reader: FieldReader, item: Located, number: int, library: ArticleLibrary) -> Question | None:
    """Check one entry of `questions`; return it when its own fields are sound."""
    if not isinstance(item.value, dict):
        reader.error(
            item.pos, f"question {number} must be a mapping of keys (id:, type:, ...), not {kind_of(item.value)}"
        )
        return None
    before = len(reader.problems)
    qid = reader.text(item, "id", f"question {number}", required=True)
    where = f"question '{qid}'" if qid else f"question {number}"
    reader.check_keys(item, QUESTION_KEYS, where)
    if qid is not None:
        reader.ids.append((qid, item.value["id"].pos))
        if not QUESTION_ID.match(qid):
            reader.error(
                item.value["id"].pos,
                f"id '{qid}' may hold only letters, digits, '-', '_' and '.' "
                "(at most 120, starting with a letter or digit)",
            )
    qtype = _read_type(reader, item, where)
    fields = {
        name: reader.text(item, name, where) for name in ("prompt", "text", "answer", "explanation", "hint", "fact")
    }
    accept = reader.text_list(item, "accept")
    choices = reader.text_list(item, "choices", min_items=2)
    tags = reader.text_list(item, "tags")
    source_node = reader.mapping(item, "source", where)
    source = check_source(reader, source_node, library) if source_node is not None else None
    if qtype is not None:
        check_type_rules(reader, item, qtype, where, fields, choices)
    if len(reader.problems) > before or qid is None or qtype is None:
        return None
    return Question(
        id=qid,
        type=qtype,
        prompt=fields["prompt"] or "",
        text=fields["text"] or "",
        answer=fields["answer"] or "",
        accept=tuple(a for a, _ in accept or []),
        choices=tuple(c for c, _ in choices or []),
        explanation=fields["explanation"] or "",
        hint=fields["hint"] or "",
        fact=fields["fact"] or "",
        tags=tuple(t for t, _ in tags or []),
        source=source,
        line=item.pos.line,
    )


def _read_type(reader: FieldReader, item: Located, where: str) -> QuestionType | None:
    """Read the `type` field, naming the known types when it is wrong."""
    value = reader.text(item, "type", where, required=True)
    if value is None:
        return None
    if value not in TYPES:
        reader.error(
            item.value["type"].pos,
            f"unknown question type '{value}'{did_you_mean(value, TYPES)}; expected one of: {', '.join(TYPES)}",
        )
        return None
    return QuestionType(value)
