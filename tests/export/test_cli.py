"""`quizapp export anki` and `quizapp import anki`: one line of output on success, a clear message and
exit status 1 on bad input, never a traceback."""

from __future__ import annotations

import zipfile

import pytest

from tests.export.anki_helpers import EDGE_CASES

KUWAIT = "Kuwait–Palestine relations (sample)"


@pytest.mark.parametrize(
    "args, notes, decks",
    [
        (["--deck", KUWAIT, "--format", "csv"], 4, 1),
        (["--deck", "kuwait", "--deck", "qatar"], 6, 2),
        (["--all"], 6, 2),
    ],
)
def test_export_writes_the_chosen_decks_and_says_so(runner, tmp_path, args, notes, decks):
    for suffix in ("csv", "apkg"):
        out = tmp_path / f"export.{suffix}"
        result = runner.invoke(args=["export", "anki", *args, "--out", str(out)])
        assert result.exit_code == 0, result.output
        fmt = "csv" if "--format" in args else suffix
        assert result.output == (
            f"exported {notes} notes from {decks} deck{'s' if decks > 1 else ''} to {out} ({fmt})\n"
        )
        if fmt == "apkg":
            assert zipfile.ZipFile(out).namelist() == ["collection.anki2", "media"]
        else:
            assert out.read_text(encoding="utf-8").startswith("#separator:tab\n")


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "name a deck with --deck"),
        (["--deck", "kuwait", "--all"], "not both"),
        (["--deck", "nowhere"], "no deck with key or title 'nowhere'"),
        (["--deck", "kuwait", "--format", "zip"], "unknown format 'zip'"),
    ],
)
def test_export_refuses_bad_input_with_a_message_and_status_1(runner, tmp_path, args, message):
    result = runner.invoke(args=["export", "anki", *args, "--out", str(tmp_path / "out.csv")])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists()


def test_export_needs_an_out_file_of_a_known_kind(runner, tmp_path):
    missing = runner.invoke(args=["export", "anki", "--all"])
    unknown = runner.invoke(args=["export", "anki", "--all", "--out", str(tmp_path / "deck.zip")])
    assert (missing.exit_code, unknown.exit_code) == (1, 1)
    assert "--out FILE" in missing.output and "--format csv" in unknown.output


def test_import_writes_a_deck_that_validates(runner, tmp_path):
    exported = tmp_path / "kuwait.csv"
    runner.invoke(args=["export", "anki", "--deck", "kuwait", "--out", str(exported)])
    out = tmp_path / "questions" / "teacher" / "round.yaml"
    result = runner.invoke(args=["import", "anki", str(exported), "--deck", "Round trip", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"imported 4 questions from {exported} into {out} (deck 'Round trip')\n"
    assert out.read_text(encoding="utf-8").splitlines()[1] == "deck: Round trip"
    # Checked against the whole bank, the round trip's ids are those of the deck it came from.
    clash = runner.invoke(args=["validate", str(out)])
    assert clash.exit_code == 1 and clash.output.count("duplicate id 'sample-kuwait-") == 4
    runner.app.config["QUESTIONS_DIR"] = out.parent  # a bank of its own: then it validates clean
    check = runner.invoke(args=["validate", str(out)])
    assert check.exit_code == 0, check.output
    again = runner.invoke(args=["import", "anki", str(exported), "--deck", "Round trip", "--out", str(out)])
    assert again.exit_code == 1 and "already exists; add --force" in again.output
    forced = runner.invoke(args=["import", "anki", str(exported), "--deck", "Round trip", "--out", str(out), "--force"])
    assert forced.exit_code == 0


@pytest.mark.parametrize(
    "file, args, message",
    [
        (EDGE_CASES / "unmappable.txt", ["--deck", "Broken"], "unmappable.txt:6: note type 'Image Occlusion'"),
        (EDGE_CASES / "headerless.txt", [], "name the new deck with --deck NAME"),
        (EDGE_CASES / "missing.csv", ["--deck", "Gone"], "no such file"),
    ],
)
def test_import_refuses_bad_input_with_a_message_and_status_1(runner, tmp_path, file, args, message):
    out = tmp_path / "questions" / "out.yaml"
    result = runner.invoke(args=["import", "anki", str(file), *args, "--out", str(out)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert not out.parent.exists()
