"""Review history out (Anki revlog CSV, fsrs ReviewLog JSON) and in: matched by note GUID, replayed, never twice."""

from __future__ import annotations

import csv
import html
import io
import json

from fsrs import ReviewLog

from quizapp.db import db
from quizapp.models import CardState, Question, Review, User
from quizapp.reviews import Answer, memory_of, record_review
from quizapp.scheduling import Rating
from tests.conftest import DATA
from tests.load.checks import replay

HISTORY = DATA / "history" / "kuwait-revlog.csv"
EMBASSY, APOLOGY = "sample-kuwait-embassy-reopened", "sample-kuwait-apology"


def user_named(name: str) -> User:
    return db.session.scalars(db.select(User).where(User.username == name)).one()


def upload(client, data: bytes, name: str = "revlog.csv"):
    return client.post(
        "/account/history/import", data={"history": (io.BytesIO(data), name)}, content_type="multipart/form-data"
    )


def everything() -> tuple:
    return (
        db.session.execute(db.select(Review.question_id, Review.reviewed_at, Review.rating)).all(),
        db.session.execute(db.select(CardState.question_id, CardState.due, CardState.reps)).all(),
    )


def study(app, name: str) -> None:
    import datetime as dt

    with app.app_context():
        user, question = user_named(name), db.session.get(Question, EMBASSY)
        start = dt.datetime(2025, 3, 1, 9, tzinfo=dt.UTC)
        for n, (rating, days) in enumerate(
            ((Rating.Good, 0), (Rating.Good, 0.01), (Rating.Good, 3), (Rating.Again, 12))
        ):
            record_review(
                db.session,
                user,
                question,
                rating,
                Answer(duration_ms=4000 + n),
                expected_reps=n,
                now=start + dt.timedelta(days=days),
            )


def test_the_review_log_downloads_in_anki_revlog_fields_and_as_fsrs_review_logs(client, auth, app):
    auth.register("amira")
    study(app, "amira")
    response = client.get("/account/revlog.csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="quizapp-revlog.csv"'
    rows = list(csv.DictReader(io.StringIO(response.data.decode())))
    assert list(rows[0]) == ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type", "guid"]
    assert [r["ease"] for r in rows] == ["3", "3", "3", "1"] and {r["guid"] for r in rows} == {f"quizapp:{EMBASSY}"}
    assert [r["type"] for r in rows] == ["0", "0", "1", "1"]  # two learning steps, then reviews
    assert rows[0]["id"] == "1740819600000" and rows[0]["time"] == "4000"
    assert int(rows[1]["ivl"]) > 0 and int(rows[0]["ivl"]) == -600  # days for a review card, -seconds learning
    document = json.loads(client.get("/account/revlog.json").data)
    logs = [ReviewLog.from_dict(entry) for entry in document["review_logs"]]
    assert [int(log.rating) for log in logs] == [3, 3, 3, 1] and logs[0].review_duration == 4000
    assert document["cards"] == [{"card_id": logs[0].card_id, "guid": f"quizapp:{EMBASSY}"}]


def test_an_anki_history_is_imported_by_guid_replayed_into_the_schedule_and_never_added_twice(client, auth, app):
    auth.register("amira")
    response = upload(client, HISTORY.read_bytes())
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).data.decode()
    assert (
        "History imported: 6 reviews added, 0 already there, 1 of notes not in this bank skipped; 2 cards rescheduled."
    ) in page
    with app.app_context():
        amira = user_named("amira")
        for question_id, count in ((EMBASSY, 4), (APOLOGY, 2)):
            rows = db.session.scalars(
                db.select(Review).where(Review.question_id == question_id).order_by(Review.reviewed_at)
            ).all()
            card = db.session.scalars(db.select(CardState).where(CardState.question_id == question_id)).one()
            assert len(rows) == count and memory_of(card) == replay(amira, rows)
        card = db.session.scalars(db.select(CardState).where(CardState.question_id == EMBASSY)).one()
        assert card.lapses == 1 and card.reps == 4
        before = everything()
    again = client.get(upload(client, HISTORY.read_bytes()).headers["Location"]).data.decode()
    assert "0 reviews added, 6 already there" in again
    with app.app_context():
        assert everything() == before


def test_a_history_exported_here_comes_back_to_another_account_with_the_same_memory(client, auth, app):
    auth.register("amira")
    study(app, "amira")
    exported = client.get("/account/revlog.json").data
    assert (
        "6 already there" not in client.get(upload(client, exported, "revlog.json").headers["Location"]).data.decode()
    )
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Review)) == 4  # her own: all already there
    auth.logout()
    auth.register("badr")
    page = client.get(upload(client, exported, "revlog.json").headers["Location"]).data.decode()
    assert "4 reviews added, 0 already there" in page
    with app.app_context():
        cards = {
            user.username: memory_of(db.session.scalars(db.select(CardState).where(CardState.user_id == user.id)).one())
            for user in db.session.scalars(db.select(User))
        }
        assert cards["badr"].stability == cards["amira"].stability
        assert (cards["badr"].reps, cards["badr"].lapses, cards["badr"].state) == (4, 1, cards["amira"].state)


def test_a_bad_file_says_where_and_changes_nothing(client, auth, app):
    auth.register("amira")
    upload(client, HISTORY.read_bytes())
    with app.app_context():
        before = everything()
    lines = HISTORY.read_text().splitlines()
    broken = "\n".join([*lines[:3], lines[3].replace(",-1,3,", ",-1,7,"), *lines[4:]]).encode()
    cases = {
        broken: "line 4: the grade must be 1 to 4, not 7",
        b"a,b\n1,2\n": "line 1: the header lacks id, ease, guid",
        b"\xff\xfe": "the file is not UTF-8 text",
        b'{"format": "fsrs-review-logs", "cards": [], "review_logs": [{"card_id": 1}]}': "review_logs entry 1:",
        b'{"format": "something else"}': 'its "format" must be "fsrs-review-logs"',
        b"": "the file is empty",
    }
    for data, message in cases.items():
        response = upload(client, data)
        assert response.status_code == 400, message
        assert message in html.unescape(response.data.decode()), message
    response = client.post("/account/history/import", data={})
    assert response.status_code == 400 and "Choose a file." in response.data.decode()
    with app.app_context():
        assert everything() == before


def test_the_history_commands_export_and_import(app, runner, tmp_path):
    from tests.factories import make_user

    with app.app_context():
        make_user("amira")
    result = runner.invoke(args=["history", "import", "amira", str(HISTORY)])
    assert result.exit_code == 0 and result.output.strip() == (
        "6 reviews added, 0 already there, 1 of notes not in this bank skipped; 2 cards rescheduled"
    )
    out = tmp_path / "log.csv"
    result = runner.invoke(args=["history", "export", "amira", "--out", str(out)])
    assert result.output.strip() == f"wrote 6 reviews to {out}" and out.read_text().count("quizapp:") == 6
    bad = tmp_path / "bad.csv"
    bad.write_text("id,ease,guid\nnot-a-number,3,x\n")
    result = runner.invoke(args=["history", "import", "amira", str(bad)])
    assert result.exit_code == 1 and "line 2: id, ease, type and time must be whole numbers" in result.output
