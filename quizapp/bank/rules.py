"""The rules of each question type: which fields it needs, which it must not have, and its own checks."""

from __future__ import annotations

from quizapp.bank.fields import FieldReader
from quizapp.bank.model import CLOZE_GAP, QuestionType
from quizapp.bank.yamlnodes import Located, Pos

# Keys that make sense for one type only; anywhere else they are a mistake worth naming.
ONLY_FOR = {
    "choices": (QuestionType.CHOICE,),
    "accept": (QuestionType.SHORT,),
    "text": (QuestionType.CLOZE,),
    "answer": (QuestionType.SHORT, QuestionType.CHOICE, QuestionType.FLASHCARD),
}
NEEDS = {
    QuestionType.SHORT: ("prompt", "answer"),
    QuestionType.CHOICE: ("prompt", "answer", "choices"),
    QuestionType.CLOZE: ("text",),
    QuestionType.FLASHCARD: ("prompt", "answer"),
}


def check_type_rules(
    reader: FieldReader,
    item: Located,
    qtype: QuestionType,
    where: str,
    fields: dict[str, str | None],
    choices: list[tuple[str, Pos]] | None,
) -> None:
    """Check the fields a question type needs and the ones it must not have."""
    for name in NEEDS[qtype]:
        reader.require(item, name, where, f"{where} of type '{qtype}' is missing required key '{name}'")
    for name, types in ONLY_FOR.items():
        if name in item.value and qtype not in types:
            reader.error((item.key_pos or {})[name], _misplaced(name, qtype, types))
    if qtype is QuestionType.CLOZE and fields["text"] is not None:
        check_cloze_text(reader, item.value["text"].pos, fields["text"])
    if qtype is QuestionType.CHOICE and choices is not None and fields["answer"] is not None:
        check_choices(reader, item, fields["answer"], choices)


def _misplaced(name: str, qtype: QuestionType, types: tuple[QuestionType, ...]) -> str:
    if name == "answer" and qtype is QuestionType.CLOZE:
        return "a cloze question takes its answers from the {{gaps}} in 'text'; remove 'answer'"
    return f"'{name}' is only for questions of type {' or '.join(repr(str(t)) for t in types)}, not '{qtype}'"


def check_cloze_text(reader: FieldReader, pos: Pos, text: str) -> None:
    """A cloze text has at least one gap, and no brace left over from a mistyped one."""
    leftover = CLOZE_GAP.sub(lambda m: " " * len(m.group()), text)  # same length: offsets stay valid
    unclosed = leftover.replace("{{}}", "    ").find("{{")  # an empty gap is a mistake of its own, below
    if unclosed >= 0:
        column = _column_in_file(reader, pos, text, unclosed)
        reader.error(
            Pos(pos.line, column),
            f"the cloze gap opened at column {column} is not closed; end it with '}}}}', as in {{{{answer}}}}",
        )
    elif not CLOZE_GAP.search(text):
        reader.error(pos, "cloze 'text' has no gap; mark each answer as {{answer}} or {{answer::hint}}")
    elif "{{" in leftover or "}}" in leftover:
        reader.error(
            pos,
            "cloze 'text' has a '{{' or '}}' that is not part of a gap; write gaps as "
            "{{answer}} or {{answer::hint}}, each with some answer text",
        )


def _column_in_file(reader: FieldReader, pos: Pos, text: str, offset: int) -> int:
    """Return the file column of the `{{` at `offset` in the value: the same `{{` counted along its line."""
    nth = text.count("{{", 0, offset)
    line = reader.lines[pos.line - 1] if 0 < pos.line <= len(reader.lines) else ""
    at = pos.column - 2
    for _ in range(nth + 1):
        at = line.find("{{", at + 1)
        if at < 0:  # the value runs over several lines: its own start is the best place to name
            return pos.column
    return at + 1


def check_choices(reader: FieldReader, item: Located, answer: str, choices: list[tuple[str, Pos]]) -> None:
    """A choice question lists its answer exactly once and no option twice."""
    seen: dict[str, int] = {}
    folded_answer = _fold(answer)
    for number, (choice, pos) in enumerate(choices, start=1):
        folded = _fold(choice)
        if folded in seen and folded == folded_answer:
            reader.error(pos, f"the answer '{answer}' is listed twice in 'choices' (items {seen[folded]} and {number})")
        elif folded in seen:
            reader.error(pos, f"choice '{choice}' repeats item {seen[folded]} of 'choices'")
        else:
            seen[folded] = number
    if answer not in (c for c, _ in choices):
        near = [c for c, _ in choices if _fold(c) == folded_answer]
        hint = f"; '{near[0]}' differs only in capitals or spacing" if near else ""
        reader.error(
            item.value["choices"].pos, f"'choices' must contain the answer '{answer}' exactly as written{hint}"
        )


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()
