"""Read one question YAML file into a Deck, recording every problem with its line and column."""

from __future__ import annotations

from pathlib import Path

from quizapp.articles import ArticleLibrary
from quizapp.bank.fields import FieldReader, kind_of
from quizapp.bank.model import CLOZE_GAP, QUESTION_ID, Deck, Question, QuestionType
from quizapp.bank.problems import did_you_mean
from quizapp.bank.sources import check_source
from quizapp.bank.yamlnodes import Located, Pos, YamlSyntaxError, load_located

DECK_KEYS = ("deck", "description", "tags", "questions")
QUESTION_KEYS = ("id", "type", "prompt", "text", "answer", "accept", "choices", "explanation",
                 "hint", "fact", "tags", "source")
TYPES = tuple(t.value for t in QuestionType)
# Keys that make sense for one type only; anywhere else they are a mistake worth naming.
ONLY_FOR = {"choices": (QuestionType.CHOICE,), "accept": (QuestionType.SHORT,),
            "text": (QuestionType.CLOZE,)}
NEEDS = {QuestionType.SHORT: ("prompt", "answer"), QuestionType.CHOICE: ("prompt", "answer", "choices"),
         QuestionType.CLOZE: ("text",), QuestionType.FLASHCARD: ("prompt", "answer")}


def read_deck_file(path: Path, display: str, key: str, library: ArticleLibrary) -> tuple[Deck | None, FieldReader]:
    """Parse and check one deck file; the Deck is None when the file is unusable as a whole."""
    reader = FieldReader(display)
    deck = _read_deck(path, display, key, library, reader)
    return deck, reader


def _read_deck(path: Path, display: str, key: str, library: ArticleLibrary, reader: FieldReader) -> Deck | None:
    """Read the file's text and YAML, then the deck's fields; problems go to `reader`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return reader.fail(1, 1, f"file is not UTF-8 text ({error.reason} at byte {error.start})")
    except OSError as error:
        return reader.fail(1, 1, f"cannot read file: {error.strerror}")
    try:
        root = load_located(text)
    except YamlSyntaxError as error:
        return reader.fail(error.pos.line, error.pos.column, error.message)
    except RecursionError:
        return reader.fail(1, 1, "YAML is nested too deeply (or refers to itself)")
    if root is None:
        return reader.fail(1, 1, "file is empty; expected a mapping with 'deck' and 'questions'")
    if not isinstance(root.value, dict):
        return reader.fail(root.pos.line, root.pos.column,
                              f"expected a mapping with 'deck' and 'questions' at the top, found {kind_of(root.value)}")
    reader.check_keys(root, DECK_KEYS, "the deck")
    title = reader.text(root, "deck", "the deck", required=True) or ""
    description = reader.text(root, "description", "the deck") or ""
    deck_tags = tuple(t for t, _ in reader.text_list(root, "tags") or [])
    deck = Deck(key=key, title=title, path=display, description=description, tags=deck_tags)
    questions = root.value.get("questions")
    if questions is None:
        reader.error(root.pos, "the deck is missing required key 'questions'")
    elif not isinstance(questions.value, list):
        reader.error(questions.pos, f"'questions' must be a list, not {kind_of(questions.value)}")
    elif not questions.value:
        reader.error(questions.pos, "'questions' is empty; a deck needs at least one question")
    else:
        for item in questions.value:
            question = _read_question(reader, item, library)
            if question is not None:
                deck.questions.append(question)
    return deck


def _read_question(reader: FieldReader, item: Located, library: ArticleLibrary) -> Question | None:
    """Check one entry of `questions`; return it when its own fields are sound."""
    if not isinstance(item.value, dict):
        reader.error(item.pos, f"each question must be a mapping, not {kind_of(item.value)}")
        return None
    before = len(reader.problems)
    qid = reader.text(item, "id", "question", required=True)
    where = f"question '{qid}'" if qid else "question"
    reader.check_keys(item, QUESTION_KEYS, where)
    if qid is not None:
        reader.ids.append((qid, item.value["id"].pos))
    if qid is not None and not QUESTION_ID.match(qid):
        reader.error(item.value["id"].pos, f"id '{qid}' may hold only letters, digits, '-', '_' and '.' "
                     "(at most 120, starting with a letter or digit)")
    qtype = _read_type(reader, item, where)
    fields = {name: reader.text(item, name, where) for name in ("prompt", "text", "answer", "explanation",
                                                                 "hint", "fact")}
    accept = reader.text_list(item, "accept")
    choices = reader.text_list(item, "choices", min_items=2)
    tags = reader.text_list(item, "tags")
    source_node = reader.mapping(item, "source", where)
    source = check_source(reader, source_node, library) if source_node is not None else None
    if qtype is not None:
        _check_type_rules(reader, item, qtype, where, fields, choices)
    if len(reader.problems) > before or qid is None or qtype is None:
        return None
    return Question(
        id=qid, type=qtype, prompt=fields["prompt"] or "", text=fields["text"] or "",
        answer=fields["answer"] or "", accept=tuple(a for a, _ in accept or []),
        choices=tuple(c for c, _ in choices or []), explanation=fields["explanation"] or "",
        hint=fields["hint"] or "", fact=fields["fact"] or "", tags=tuple(t for t, _ in tags or []),
        source=source, line=item.pos.line,
    )


def _read_type(reader: FieldReader, item: Located, where: str) -> QuestionType | None:
    """Read the `type` field, naming the known types when it is wrong."""
    value = reader.text(item, "type", where, required=True)
    if value is None:
        return None
    if value not in TYPES:
        reader.error(item.value["type"].pos, f"unknown question type '{value}'{did_you_mean(value, TYPES)}; "
                     f"expected one of: {', '.join(TYPES)}")
        return None
    return QuestionType(value)


def _check_type_rules(reader: FieldReader, item: Located, qtype: QuestionType, where: str,
                      fields: dict[str, str | None], choices: list[tuple[str, Pos]] | None) -> None:
    """Check the fields a question type needs and the ones it must not have."""
    for name in NEEDS[qtype]:
        if name not in item.value:
            reader.error(item.pos, f"{where} of type '{qtype}' is missing required key '{name}'")
    for name, types in ONLY_FOR.items():
        if name in item.value and qtype not in types:
            reader.error(item.key_pos[name], f"'{name}' is only for questions of type "
                         f"{' or '.join(repr(str(t)) for t in types)}, not '{qtype}'")
    if qtype is QuestionType.CLOZE:
        if "answer" in item.value:
            reader.error(item.key_pos["answer"], "a cloze question takes its answers from the {{gaps}} in "
                         "'text'; remove 'answer'")
        text = fields["text"]
        if text is not None and not CLOZE_GAP.search(text):
            reader.error(item.value["text"].pos, "cloze 'text' has no gap; mark the answer as {{answer}}")
    if qtype is QuestionType.CHOICE and choices is not None and fields["answer"] is not None:
        _check_choices(reader, item, fields["answer"], choices)


def _check_choices(reader: FieldReader, item: Located, answer: str, choices: list[tuple[str, Pos]]) -> None:
    """A choice question lists its answer exactly once and no option twice."""
    seen: dict[str, Pos] = {}
    folded_answer = " ".join(answer.split()).casefold()
    for choice, pos in choices:
        folded = " ".join(choice.split()).casefold()
        if folded in seen and folded == folded_answer:
            reader.error(pos, f"the answer '{answer}' is listed twice in 'choices' (first on line {seen[folded].line})")
        elif folded in seen:
            reader.error(pos, f"choice '{choice}' repeats the choice on line {seen[folded].line}")
        else:
            seen[folded] = pos
    hits = [c for c, _ in choices if c == answer]
    if not hits:
        reader.error(item.value["choices"].pos, f"'choices' must contain the answer '{answer}' exactly as written")
