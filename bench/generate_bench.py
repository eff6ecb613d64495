"""Benchmark: question generation time against spaCy's own parse time on the same articles.

Run: .venv/bin/python bench/generate_bench.py [ARTICLES_DIR ...] [--repeat N]
Prints the median time to parse every paragraph with spaCy (nlp.pipe), the median time of the whole
generator (which parses the same paragraphs once, then extracts facts and builds questions), and
their ratio. The aim is a ratio under 2: the generator adds less than the parse itself on top of parsing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.articles import article_files, load_article  # noqa: E402
from quizapp.generate.nlp import load_pipeline  # noqa: E402
from quizapp.generate.pipeline import generate_decks  # noqa: E402


def timed(action) -> float:
    """Return how long one call takes, in seconds."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    """Time parsing and generation on the given article folders and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    nlp = load_pipeline()
    texts = [
        p.text for folder in args.folders for path in article_files(folder) for p in load_article(path).paragraphs()
    ]
    words = sum(len(t.split()) for t in texts)

    def parse() -> None:
        list(nlp.pipe(texts))

    def generate() -> None:
        for folder in args.folders:
            generate_decks(nlp, folder, ROOT)

    parse()
    generate()  # warm-up: caches, lazy imports
    parse_times, generate_times = [], []
    for _ in range(args.repeat):  # interleaved, so machine noise hits both alike
        parse_times.append(timed(parse))
        generate_times.append(timed(generate))
    parse_s, generate_s = statistics.median(parse_times), statistics.median(generate_times)
    print(f"articles: {', '.join(str(f) for f in args.folders)} ({len(texts)} paragraphs, {words} words)")
    print(f"spaCy parse (nlp.pipe), median of {args.repeat}: {parse_s * 1000:.1f} ms")
    print(f"quizapp generate (parse + facts + questions), median of {args.repeat}: {generate_s * 1000:.1f} ms")
    print(f"ratio generate / parse: {generate_s / parse_s:.2f}  (aim: under 2)")


if __name__ == "__main__":
    main()
