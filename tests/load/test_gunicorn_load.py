"""The real server under load: gunicorn with 3 workers on a SQLite file, 30 students × 20 cards, a kill -9."""

from __future__ import annotations

from tests.load.run import load_and_crash

STUDENTS, CARDS = 30, 20


def test_30_students_answering_20_cards_at_once_lose_nothing_even_through_a_kill_9(tmp_path):
    report = load_and_crash(tmp_path, STUDENTS, CARDS)
    print("\n" + "\n".join(report.lines()))
    for findings in (report.load, report.crash):
        assert findings.integrity == "ok"
        assert findings.acknowledged == STUDENTS * CARDS
        assert findings.lost == 0  # every acknowledged answer is in `review`
        assert findings.cards_differing == 0  # every card state is the replay of its reviews
        assert findings.acknowledged <= findings.reviews <= findings.acknowledged + findings.unanswered
    assert report.load.reviews == STUDENTS * CARDS
    assert report.stopped_by_kill > 0  # the kill really came mid-load
