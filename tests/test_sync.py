"""Syncing the bank into a real SQLite file: add, edit in place, retire, restore, and skip broken files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event, select

from quizapp.db import db
from quizapp.models import Article, ArticleParagraph, CardState, CardStateKind, Deck, Question, Review
from quizapp.sync import sync_articles, sync_bank
from tests.conftest import ROOT, SAMPLE_BANK, make_app
from tests.factories import add_card, make_user

DUE = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
EMBASSY = "sample-kuwait-embassy-reopened"


@pytest.fixture
def bank(tmp_path):
    """A writable copy of the sample bank."""
    folder = tmp_path / "questions"
    shutil.copytree(SAMPLE_BANK, folder)
    return folder


@pytest.fixture
def bank_app(tmp_path, bank):
    """An app whose questions folder is the writable copy, synced once."""
    app = make_app(tmp_path, questions_dir=bank)
    with app.app_context():
        yield app
        db.engine.dispose()


def sync(app, articles_dir: Path = ROOT / "seeds"):
    """Run one sync the way the CLI does."""
    return sync_bank(db.session, Path(app.config["QUESTIONS_DIR"]), articles_dir, ROOT)


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in a file with `new`, failing when it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def all_rows() -> dict[str, list[tuple]]:
    """Every row of every table, to compare the whole database before and after."""
    return {
        table.name: sorted(map(tuple, db.session.execute(select(table)).all()), key=repr)
        for table in db.metadata.sorted_tables
    }


def test_first_sync_adds_articles_decks_and_questions(bank_app):
    assert db.session.scalar(select(db.func.count()).select_from(Question)) == 6
    assert sorted(a.slug for a in db.session.scalars(select(Article))) == [
        "iraq-palestine-relations",
        "kuwait-palestine-relations",
        "palestine-qatar-relations",
    ]
    assert [d.key for d in db.session.scalars(select(Deck).order_by(Deck.key))] == ["kuwait", "qatar"]
    question = db.session.get(Question, EMBASSY)
    assert (question.article_slug, question.source_anchor) == (
        "kuwait-palestine-relations",
        "apology-and-restoration-of-ties-p2",
    )
    assert question.tags == ["kuwait", "date"]
    paragraph = db.session.scalars(
        select(ArticleParagraph).where(ArticleParagraph.anchor == question.source_anchor)
    ).one()
    assert question.source_quote in paragraph.text


def test_a_second_sync_changes_nothing(bank_app):
    before = all_rows()
    report = sync(bank_app)
    assert report.summary() == "synced 3 articles: 0 added, 0 updated, 0 retired, 0 restored, 0 errors"
    assert all_rows() == before


def test_a_sync_reads_the_stored_questions_in_one_query_not_one_per_question(bank_app):
    statements: list[str] = []

    def record(connection, cursor, statement, *rest) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        sync(bank_app)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM question" in s]
    assert len(reads) == 1, reads


def test_an_edit_updates_in_place_and_keeps_progress(bank_app, bank):
    user = make_user()
    card = add_card(user, EMBASSY, CardStateKind.REVIEW, DUE)
    card_before = (card.id, card.stability, card.due, card.reps)
    edit(bank / "kuwait.yaml", "In what year was the Embassy", "When was the Embassy")
    report = sync(bank_app)
    assert (report.added, report.updated, report.retired) == (0, 1, 0)
    db.session.expire_all()
    assert db.session.get(Question, EMBASSY).prompt.startswith("When was the Embassy")
    card = db.session.scalars(select(CardState).where(CardState.question_id == EMBASSY)).one()
    assert (card.id, card.stability, card.due, card.reps) == card_before


def test_moving_a_question_is_no_edit(bank_app, bank):
    edit(
        bank / "qatar.yaml",
        "questions:\n",
        "questions:\n  - id: new-first\n    type: flashcard\n"
        "    prompt: A new first question?\n    answer: Yes it is\n",
    )
    report = sync(bank_app)
    assert (report.added, report.updated) == (1, 0)
    assert db.session.get(Question, "sample-qatar-aid-tons").position == 1


def test_removal_retires_keeping_progress_and_the_id_coming_back_restores(bank_app, bank):
    user = make_user()
    add_card(user, EMBASSY, CardStateKind.REVIEW, DUE)
    original = (bank / "kuwait.yaml").read_text(encoding="utf-8")
    start = original.index("  - id: sample-kuwait-embassy-reopened")
    end = original.index("  - id: sample-kuwait-apology\n")
    (bank / "kuwait.yaml").write_text(original[:start] + original[end:], encoding="utf-8")
    report = sync(bank_app)
    assert (report.retired, report.updated) == (1, 0)
    assert db.session.get(Question, EMBASSY).retired is True
    assert db.session.scalars(select(CardState).where(CardState.question_id == EMBASSY)).one()
    (bank / "kuwait.yaml").write_text(original, encoding="utf-8")
    report = sync(bank_app)
    assert report.summary() == "synced 3 articles: 0 added, 0 updated, 0 retired, 1 restored, 0 errors"
    assert db.session.get(Question, EMBASSY).retired is False


def test_a_deleted_file_retires_its_deck_and_questions(bank_app, bank):
    (bank / "qatar.yaml").unlink()
    report = sync(bank_app)
    assert report.retired == 2
    assert db.session.get(Deck, "qatar").retired is True


def test_a_file_with_errors_leaves_the_database_unchanged(bank_app, bank):
    user = make_user()
    add_card(user, EMBASSY, CardStateKind.REVIEW, DUE)
    db.session.add(Review(user_id=user.id, question_id=EMBASSY, rating=3, state_after={}))
    db.session.commit()
    before = all_rows()
    kuwait = (bank / "kuwait.yaml").read_text(encoding="utf-8")
    # Edit one question, drop another, and break the file: none of it may reach the database.
    broken = kuwait.replace("In what year was", "When was").replace("  - id: sample-kuwait-donation", "  - id: [x]")
    (bank / "kuwait.yaml").write_text(broken, encoding="utf-8")
    report = sync(bank_app)
    assert all_rows() == before
    assert report.skipped_files and report.summary().endswith("0 restored, 1 error (1 file skipped)")
    assert [p.message for p in report.problems] == ["'id' must be text, not a list"]


def test_a_yaml_syntax_error_also_leaves_the_database_unchanged(bank_app, bank):
    before = all_rows()
    (bank / "qatar.yaml").write_text("deck: [unclosed\n", encoding="utf-8")
    report = sync(bank_app)
    assert all_rows() == before and len(report.problems) == 1


def test_a_missing_questions_folder_retires_nothing(bank_app, bank):
    shutil.rmtree(bank)
    before = all_rows()
    report = sync(bank_app)
    assert all_rows() == before
    assert report.problems[0].message == "questions folder not found; the question bank was left as it was"


def test_a_malformed_article_is_reported_not_raised(bank_app, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", articles)
    (articles / "broken.txt").write_text("no title line\n", encoding="utf-8")
    (articles / "latin.txt").write_bytes("= Caf\xe9 =\n".encode("latin-1"))
    report = sync(bank_app, articles)
    assert report.articles == 3
    assert sorted(p.message for p in report.problems) == [
        "article skipped: an article must start with a '= Title =' line",
        "article skipped: the file is not UTF-8 text",
    ]


def test_articles_keep_distinct_slugs_and_a_moved_file_keeps_its_slug(bank_app, tmp_path):
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    for name in ("a.txt", "b.txt"):  # two files, one title
        shutil.copy(ROOT / "seeds" / "000_239a2713105e4f37.txt", root / "seeds" / name)
    sync_articles(db.session, root / "seeds", root)
    slugs = {a.path: a.slug for a in db.session.scalars(select(Article))}
    # Under this root the original seed file is gone, so a.txt takes over its row (and its links).
    assert (slugs["seeds/a.txt"], slugs["seeds/b.txt"]) == (
        "kuwait-palestine-relations",
        "kuwait-palestine-relations-2",
    )
    (root / "seeds" / "b.txt").rename(root / "seeds" / "c.txt")
    sync_articles(db.session, root / "seeds", root)
    slugs = {a.path: a.slug for a in db.session.scalars(select(Article))}
    assert slugs["seeds/c.txt"] == "kuwait-palestine-relations-2" and "seeds/b.txt" not in slugs


NEWCOMER = (
    "deck: Newcomer\nquestions:\n  - id: sample-kuwait-embassy-reopened\n    type: flashcard\n"
    "    prompt: A different question\n    answer: A different answer\n"
)


def test_a_new_file_reusing_an_established_id_is_blamed_and_moves_nothing(bank_app, bank):
    students = [make_user("amira"), make_user("ben")]
    for student in students:
        add_card(student, EMBASSY, CardStateKind.REVIEW, DUE)
    before = all_rows()
    (bank / "aaa-newcomer.yaml").write_text(NEWCOMER, encoding="utf-8")  # sorts before kuwait.yaml
    report = sync(bank_app)
    assert (report.added, report.updated, report.retired) == (0, 0, 0)
    assert report.skipped_files == [str(bank / "aaa-newcomer.yaml")]
    [problem] = report.problems
    assert (problem.path, problem.line) == (str(bank / "aaa-newcomer.yaml"), 3)
    assert f"duplicate id '{EMBASSY}' (first used at {bank / 'kuwait.yaml'}:6:9)" in problem.message
    db.session.expire_all()
    assert all_rows() == before  # the question keeps its deck, prompt and both students' progress


def test_the_sync_command_exits_1_when_a_newcomer_takes_an_established_id(bank_app, bank):
    (bank / "aaa-newcomer.yaml").write_text(NEWCOMER, encoding="utf-8")
    result = bank_app.test_cli_runner().invoke(args=["sync"])
    assert result.exit_code == 1
    assert "aaa-newcomer.yaml:3:9: duplicate id" in result.stderr and "kuwait.yaml:6:9" in result.stderr
    assert db.session.get(Question, EMBASSY).deck_key == "kuwait"


def test_validate_of_one_file_checks_its_ids_against_the_whole_bank(bank_app, bank, tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(NEWCOMER, encoding="utf-8")
    (bank / "aaa-newcomer.yaml").write_text(NEWCOMER, encoding="utf-8")
    for path in (draft, bank / "aaa-newcomer.yaml"):
        result = bank_app.test_cli_runner().invoke(args=["validate", str(path)])
        assert result.exit_code == 1
        assert result.output.splitlines() == [
            f"{path}:3:9: duplicate id '{EMBASSY}' (first used at {bank / 'kuwait.yaml'}:6:9); every question "
            "needs its own id",
            "1 file checked, 0 valid questions, 1 error in 1 file",
        ]
