"""Time the Anki export of 10,000 synthetic questions in both formats, and the real Anki import of each file.

Run: .venv/bin/python bench/export_bench.py [--questions N] [--decks N] [--repeat N]
Targets (issue 5): each export under one second. The Anki import needs the `anki` package
(installed with `.[test]`); without it that part is skipped.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.articles import ArticleLibrary
from quizapp.bank import Deck, Question, QuestionType, Source
from quizapp.export import export_decks, library_titles

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "seeds/002_a18f7fef74fb85f7.txt"
QUOTE = "In December 2018, Israel permitted a €13 million payment from Qatar to Gazan workers"


def synthetic_question(n: int) -> Question:
    """Make question n: the four types in turn, with Arabic, €, quotes, '<', '&', tabs and line breaks."""
    source = Source(ARTICLE, "History", 7, QUOTE)
    common = {
        "id": f"bench-{n:05d}",
        "explanation": f"Explanation {n}: “quoted” & <kept>\nsecond line\tTab.",
        "tags": ("bench", f"group {n % 10}"),
        "source": source,
    }
    kind = n % 4
    if kind == 0:
        return Question(
            type=QuestionType.SHORT,
            prompt=f"Question {n}: what does فلسطين mean?",
            answer="Palestine",
            accept=("Filastin",),
            **common,
        )
    if kind == 1:
        return Question(
            type=QuestionType.CHOICE,
            prompt=f"Question {n}: how much in €?",
            answer="€13 million",
            choices=("€13 million", "€1 million", "<none>", "US$30 million"),
            **common,
        )
    if kind == 2:
        return Question(
            type=QuestionType.CLOZE,
            text=f"In {{{{December 2018::when}}}}, a {{{{€13 million}}}} payment (#{n}) & more.",
            **common,
        )
    return Question(type=QuestionType.FLASHCARD, prompt=f'Flashcard {n} "front"', answer=f"Back {n}", **common)


def synthetic_bank(questions: int, decks: int) -> list[Deck]:
    """Spread `questions` synthetic questions over `decks` decks."""
    bank = [Deck(key=f"bench/deck-{d}", title=f"Bench deck {d}", path=f"bench/deck-{d}.yaml") for d in range(decks)]
    for n in range(questions):
        bank[n % decks].questions.append(synthetic_question(n))
    return bank


def best_of(repeat: int, action) -> float:
    """Run `action` `repeat` times and return the fastest run in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    """Export the synthetic bank in both formats, then import each file into a fresh Anki collection."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--decks", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    bank = synthetic_bank(options.questions, options.decks)
    titles = library_titles(ArticleLibrary(ROOT))
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as folder:
        files = {fmt: Path(folder) / f"bench.{fmt}" for fmt in ("csv", "apkg")}
        for fmt, path in files.items():
            seconds = best_of(options.repeat, lambda fmt=fmt, path=path: export_decks(bank, fmt, path, titles))
            print(
                f"export {fmt:4}  {options.questions} questions  {seconds:6.3f} s  "
                f"({path.stat().st_size / 1e6:.1f} MB)  target < 1 s: {'ok' if seconds < 1 else 'MISSED'}"
            )
        import_into_anki(files, options.questions, Path(folder))


def import_into_anki(files: dict[str, Path], expected: int, folder: Path) -> None:
    """Time the real Anki importer on each file, each into a fresh collection, and check the note count."""
    try:
        from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest
    except ImportError:
        print("anki import  skipped (the 'anki' package is not installed; pip install '.[test]')")
        return
    for fmt, path in files.items():
        collection = Collection(str(folder / f"{fmt}.anki2"))
        started = time.perf_counter()
        if fmt == "csv":
            metadata = collection.get_csv_metadata(str(path), None)
            log = collection.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log
        else:
            options = ImportAnkiPackageOptions()
            log = collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options)).log
        seconds = time.perf_counter() - started
        notes = collection.note_count()
        collection.close()
        status = "ok" if notes == expected == len(log.new) else f"EXPECTED {expected}"
        print(f"anki import {fmt:4}  {notes} notes  {seconds:6.3f} s  {status}")


if __name__ == "__main__":
    main()
