"""Re-syncing skips deck files whose text (and the articles they cite) did not change since the last sync."""

from __future__ import annotations

import shutil

from quizapp.db import db
from quizapp.models import Deck, Question
from tests.conftest import ROOT
from tests.test_sync import EMBASSY, all_rows, bank, bank_app, edit, sync  # noqa: F401 - fixtures

ARTICLE = "seeds/000_239a2713105e4f37.txt"  # the article the sample Kuwait deck cites


def drift(question_id: str, prompt: str) -> None:
    """Change a stored question behind the YAML's back: only a sync that reads its file puts it right again."""
    db.session.get(Question, question_id).prompt = prompt
    db.session.commit()


def test_an_unchanged_file_is_not_read_again(bank_app):
    assert db.session.get(Deck, "kuwait").digest  # the first sync stored it
    drift(EMBASSY, "changed in the database only")
    report = sync(bank_app)
    assert report.summary() == "synced 3 articles: 0 added, 0 updated, 0 retired, 0 restored, 0 errors"
    assert db.session.get(Question, EMBASSY).prompt == "changed in the database only"


def test_an_edited_file_is_read_again_and_stores_its_new_digest(bank_app, bank):
    before = db.session.get(Deck, "kuwait").digest
    drift(EMBASSY, "changed in the database only")
    edit(bank / "kuwait.yaml", "In what year was the Embassy", "When was the Embassy")
    report = sync(bank_app)
    assert (report.added, report.updated, report.retired) == (0, 1, 0)
    assert db.session.get(Question, EMBASSY).prompt.startswith("When was the Embassy")
    assert db.session.get(Deck, "kuwait").digest not in ("", before)


def test_skipped_decks_keep_their_questions_live(bank_app):
    sync(bank_app)
    before = all_rows()
    sync(bank_app)
    assert all_rows() == before
    assert db.session.scalar(db.select(db.func.count()).select_from(Question).where(Question.retired.is_(False))) == 6


def test_an_edited_article_has_its_decks_read_again(tmp_path, bank):
    from tests.conftest import make_app

    project = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", project / "seeds")
    app = make_app(tmp_path, questions_dir=bank, ARTICLES_DIR=project / "seeds", PROJECT_ROOT=project)
    with app.app_context():
        drift(EMBASSY, "changed in the database only")
        article = project / ARTICLE
        article.write_text(article.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        from quizapp.sync import sync_bank

        sync_bank(db.session, bank, project / "seeds", project)
        assert db.session.get(Question, EMBASSY).prompt != "changed in the database only"
        db.engine.dispose()


def test_a_new_file_reusing_an_id_of_an_unchanged_deck_is_still_the_error(bank_app, bank):
    text = (bank / "kuwait.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: " + EMBASSY)
    end = text.index("  - id: sample-kuwait-apology\n")
    (bank / "copy.yaml").write_text("deck: Copy\nquestions:\n" + text[start:end], encoding="utf-8")
    report = sync(bank_app)
    messages = [str(problem) for problem in report.problems]
    assert any(f"duplicate id '{EMBASSY}' (first used at " in m and "kuwait.yaml:" in m for m in messages), messages
    assert report.skipped_files and "copy.yaml" in report.skipped_files[0]
    assert db.session.get(Question, EMBASSY).deck_key == "kuwait"


def test_a_removed_file_still_retires_its_questions_while_the_unchanged_one_stays(bank_app, bank):
    kuwait = db.session.scalar(db.select(db.func.count()).select_from(Question).where(Question.deck_key == "kuwait"))
    (bank / "kuwait.yaml").unlink()
    report = sync(bank_app)
    assert report.retired == kuwait
    assert db.session.get(Question, EMBASSY).retired and db.session.get(Deck, "kuwait").retired
    assert not db.session.get(Deck, "qatar").retired
