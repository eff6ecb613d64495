"""Writing decks: valid YAML for `quizapp validate`, byte-identical on re-run, ids stable under edits."""

from __future__ import annotations

import shutil

import yaml

from quizapp.bank import load_bank
from quizapp.generate.pipeline import generate_decks
from quizapp.generate.writer import MARKER, render_deck, write_decks

from .conftest import OWN_ARTICLES, ROOT


def test_written_decks_validate(tmp_path, all_decks):
    written = write_decks(all_decks, tmp_path / "out")
    assert len(written) == len(all_decks)
    result = load_bank([tmp_path / "out"], ROOT)
    assert result.problems == []
    assert result.question_count == sum(len(d.questions) for d in all_decks)


def test_same_input_gives_byte_identical_output(nlp, own_decks):
    again = generate_decks(nlp, OWN_ARTICLES, ROOT)
    assert [render_deck(d) for d in again] == [render_deck(d) for d in own_decks]


def test_files_are_readable_yaml_with_a_marker_and_no_aliases(own_decks):
    text = render_deck(own_decks[0])
    assert text.startswith(MARKER)
    assert "&id" not in text and "*id" not in text
    data = yaml.safe_load(text)
    first = data["questions"][0]
    assert list(first)[:2] == ["id", "type"] and "source" in first and "fact" in first


def test_sibling_questions_share_a_fact_and_differ_in_type(own_decks):
    by_fact: dict[str, list[str]] = {}
    for q in own_decks[0].questions:
        by_fact.setdefault(q["fact"], []).append(q["type"])
    assert all(len(types) == len(set(types)) for types in by_fact.values())
    assert any(len(types) == 3 for types in by_fact.values())


def test_ids_survive_edits_to_other_paragraphs(nlp, tmp_path, own_decks):
    folder = tmp_path / "articles"
    shutil.copytree(OWN_ARTICLES, folder)
    railway = folder / "railway.txt"
    text = railway.read_text(encoding="utf-8")
    edited = text.replace("Steam trains ran on the line until 1962.", "Steam trains ran on the line until 1963.")
    edited = edited.replace("==Construction==", "==Construction==\nA new opening paragraph was added here.\n")
    railway.write_text(edited, encoding="utf-8")
    before = {q["id"] for d in own_decks if d.article_path.endswith("railway.txt") for q in d.questions}
    after = {
        q["id"]
        for d in generate_decks(nlp, folder, tmp_path)
        if d.title == "Northern Coast Railway"
        for q in d.questions
    }
    changed = before - after
    assert changed and all("1962" in i or "diesel" in i or "ministry" in i for i in changed)


def test_regenerating_removes_stale_generated_files_but_keeps_hand_written_ones(tmp_path, own_decks):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.yaml").write_text(f"{MARKER} from gone.txt.\ndeck: Old\nquestions: []\n", encoding="utf-8")
    (out / "mine.yaml").write_text("deck: Mine\nquestions: []\n", encoding="utf-8")
    write_decks(own_decks, out)
    assert not (out / "old.yaml").exists() and (out / "mine.yaml").exists()
