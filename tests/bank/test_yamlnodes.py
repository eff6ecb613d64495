"""Reading YAML with positions: safe tags only, aliases shared not copied, merge keys, raw scalar text."""

from __future__ import annotations

import pytest

from quizapp.bank.yamlnodes import Located, Pos, YamlSyntaxError, load_located


def test_values_remember_their_line_and_column():
    root = load_located("# comment\ndeck: Kuwait\nquestions:\n  - id: q1\n    answer: '2013'\n")
    question = root.value["questions"].value[0]
    assert root.key_pos["questions"] == Pos(3, 1)
    assert question.pos == Pos(4, 5)
    assert question.value["answer"].pos == Pos(5, 13)
    assert question.value["answer"].value == "2013"


def test_scalars_keep_the_text_as_written():
    root = load_located("a: 0123\nb: 1_000\nc: 2.50\nd: 2024-03-06\n")
    assert [root.value[k].raw for k in "abcd"] == ["0123", "1_000", "2.50", "2024-03-06"]
    assert root.value["a"].value == 83  # YAML 1.1 reads a leading 0 as octal; `raw` keeps what was meant


def test_an_alias_shares_the_anchored_value_instead_of_copying_it():
    levels = ["a: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 15)]
    root = load_located("\n".join(levels) + "\n")  # 10**15 strings if expanded
    top = root.value["l14"].value
    assert top[0] is top[9]


def test_an_alias_inside_its_own_anchor_is_refused():
    with pytest.raises(YamlSyntaxError, match="contains it"):
        load_located("a: &self {b: *self}\n")


def test_merge_keys_merge_and_own_keys_win():
    root = load_located("base: &base {type: short, tags: [x]}\nq:\n  <<: *base\n  type: choice\n")
    question = root.value["q"]
    assert {k: v.value for k, v in question.value.items() if k == "type"} == {"type": "choice"}
    assert [t.value for t in question.value["tags"].value] == ["x"]
    assert question.key_pos["type"] == Pos(4, 3)


def test_a_merge_of_text_is_refused():
    with pytest.raises(YamlSyntaxError, match="merge key"):
        load_located("a: &t text\nb:\n  <<: *t\n")


@pytest.mark.parametrize(
    "text, tag",
    [
        ("a: !!python/name:os.system x\n", "!!python/name:os.system"),
        ("a: !!binary aGVsbG8=\n", "!!binary"),
        ("a: !!set {x, y}\n", "!!set"),
        ("a: !custom [1]\n", "!custom"),
        ("!!python/object/apply:os.system [ls]\n", "!!python/object/apply:os.system"),
    ],
)
def test_tags_beyond_plain_values_are_refused(text, tag):
    with pytest.raises(YamlSyntaxError) as caught:
        load_located(text)
    assert caught.value.message.startswith(f"YAML tag '{tag}' is not allowed")


def test_standard_tags_are_read():
    root = load_located("a: !!str 2013\nb: !!int '7'\n")
    assert (root.value["a"].value, root.value["b"].value) == ("2013", 7)


def test_a_value_that_does_not_fit_its_tag_is_a_problem_not_a_crash():
    with pytest.raises(YamlSyntaxError, match="cannot be read as !!bool"):
        load_located("a: !!bool maybe\n")


def test_keys_must_be_plain_words():
    with pytest.raises(YamlSyntaxError, match="key must be a plain word"):
        load_located("? [a, b]\n: c\n")


def test_deep_block_nesting_is_refused_not_a_crash():
    text = "".join(" " * depth + "-\n" for depth in range(800))
    with pytest.raises(YamlSyntaxError, match="nested too deeply"):
        load_located(text)


def test_empty_text_is_none_and_a_document_is_located():
    assert load_located("") is None
    assert load_located("# nothing\n") is None
    assert isinstance(load_located("a: 1\n"), Located)
