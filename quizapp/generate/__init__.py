"""Question generation: articles -> facts (dates, numbers, actors) -> questions -> YAML decks.

`generate(articles_dir, out_dir, root)` is the whole job; the CLI command `quizapp generate` calls it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.generate.nlp import DEFAULT_MODELS, PipelineMissing, load_pipeline

if TYPE_CHECKING:  # the pipeline imports spaCy's parsed types: loaded only when generating
    from quizapp.generate.pipeline import GeneratedDeck


def generate(
    articles_dir: Path,
    out_dir: Path,
    root: Path,
    models: tuple[str, ...] = DEFAULT_MODELS,
    min_score: float | None = None,
) -> tuple[list[GeneratedDeck], list[Path]]:
    """Generate one deck per article of articles_dir into out_dir; return (decks, written paths)."""
    nlp = load_pipeline(tuple(models))  # first: it explains a missing spaCy, the imports below would not
    from quizapp.generate.pipeline import generate_decks
    from quizapp.generate.scoring import DEFAULT_MIN_SCORE
    from quizapp.generate.writer import write_decks

    decks = generate_decks(nlp, Path(articles_dir), Path(root), DEFAULT_MIN_SCORE if min_score is None else min_score)
    return decks, write_decks(decks, Path(out_dir))


__all__ = ["DEFAULT_MODELS", "PipelineMissing", "generate", "load_pipeline"]
