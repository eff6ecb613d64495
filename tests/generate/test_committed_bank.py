"""The committed bank questions/generated/ is what the generator makes from seeds/ today, and validates."""

from __future__ import annotations

from quizapp.bank import load_bank
from quizapp.generate.writer import deck_filenames, render_deck

from .conftest import ROOT

GENERATED = ROOT / "questions" / "generated"


def test_committed_decks_match_a_fresh_generation(seed_decks):
    for deck, name in zip(seed_decks, deck_filenames(seed_decks), strict=True):
        path = GENERATED / name
        assert path.read_text(encoding="utf-8") == render_deck(deck), (
            f"{path} is out of date: run `quizapp generate seeds --out questions/generated`"
        )


def test_one_deck_per_seed_and_all_valid(seed_decks):
    assert len(list(GENERATED.glob("*.yaml"))) == len(seed_decks) == 3
    result = load_bank([GENERATED], ROOT)
    assert result.problems == [] and result.question_count > 200  # 248 since the vetoes of issue 8
