"""Measure recall: the share of hand-labelled facts that the generator asks about.

Labels live in YAML files (`article`, then `facts` of `kind`, `answer` and `sentence`); a label is
recalled when a generated fact of the same kind has the same answer (or accepts it) and comes from the
labelled sentence. Run `python -m quizapp.generate.evaluation` to print recall per article and kind.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from quizapp.generate.facts import KINDS, Fact


@dataclass(frozen=True)
class Label:
    """One hand-labelled fact."""

    article: str
    kind: str
    answer: str
    sentence: str


def fold(text: str) -> str:
    """Fold case, dashes and spacing so labels match however they were typed."""
    text = unicodedata.normalize("NFKC", text).replace("–", "-").replace("—", "-").replace("’", "'")
    return " ".join(text.split()).casefold()


def load_labels(folder: Path) -> list[Label]:
    """Read every label file of a folder, in name order."""
    labels = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        labels += [Label(data["article"], str(f["kind"]), str(f["answer"]), str(f["sentence"])) for f in data["facts"]]
    return labels


def is_recalled(label: Label, facts: list[Fact]) -> bool:
    """Say whether a generated fact matches the label: kind, answer (or an accepted form) and sentence."""
    sentence = fold(label.sentence)
    for fact in facts:
        answers = {fold(fact.answer), *(fold(a) for a in fact.accept)}
        if fact.kind == label.kind and fold(label.answer) in answers and (
                sentence in fold(fact.sentence) or fold(fact.sentence) in sentence):
            return True
    return False


def recall_table(labels: list[Label], facts_by_article: dict[str, list[Fact]]) -> dict[tuple[str, str], tuple[int, int]]:
    """Return (recalled, labelled) per (article, kind), with "all" rows and columns."""
    found, total = Counter(), Counter()
    for label in labels:
        hit = is_recalled(label, facts_by_article.get(label.article, []))
        for key in ((label.article, label.kind), (label.article, "all"), ("all", label.kind), ("all", "all")):
            total[key] += 1
            found[key] += hit
    return {key: (found[key], total[key]) for key in total}


def missed(labels: list[Label], facts_by_article: dict[str, list[Fact]]) -> list[Label]:
    """Return the labels no generated fact matches."""
    return [lb for lb in labels if not is_recalled(lb, facts_by_article.get(lb.article, []))]


def main(argv: list[str] | None = None) -> None:
    """Generate from the labelled articles and print recall per article and kind, then the misses."""
    from quizapp.config import project_root
    from quizapp.generate.nlp import load_pipeline
    from quizapp.generate.pipeline import generate_decks

    args = argv if argv is not None else sys.argv[1:]
    root = project_root()
    labels = load_labels(Path(args[0]) if args else root / "tests" / "data" / "labels")
    facts: dict[str, list[Fact]] = {}
    for folder in sorted({(root / lb.article).parent for lb in labels}):
        for deck in generate_decks(load_pipeline(), folder, root):
            facts[deck.article_path] = deck.facts
    table = recall_table(labels, facts)
    articles = sorted({a for a, _ in table if a != "all"}) + ["all"]
    print(f"{'article':40} " + " ".join(f"{k:>12}" for k in (*KINDS, "all")))
    for article in articles:
        cells = [table.get((article, k)) for k in (*KINDS, "all")]
        print(f"{article:40} " + " ".join(f"{c[0]:>3}/{c[1]:<3} {c[0] / c[1]:4.0%}" if c else f"{'-':>12}"
                                          for c in cells))
    for label in missed(labels, facts):
        print(f"missed {label.kind}: {label.answer!r} in {label.article}: {label.sentence[:70]}")


if __name__ == "__main__":
    main()
