"""Time the study pages and the queue on a large synthetic bank with a student's history.

Run: .venv/bin/python bench/study_bench.py [--questions N] [--decks N] [--cards N] [--repeat N]
Prints the median time of: deck_counts (the home page's numbers), GET /study, POST /study/answer,
POST /study/grade (answer + grade + the redirect's next card).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.db import db, utcnow  # noqa: E402
from quizapp.models import CardState, User  # noqa: E402
from quizapp.queue import deck_counts  # noqa: E402
from tests.conftest import make_app  # noqa: E402


def write_bank(folder: Path, questions: int, decks: int) -> None:
    """Write `decks` YAML files holding `questions` short questions in all, every third sharing a fact."""
    for d in range(decks):
        items = [{"id": f"bench-{n:06d}", "type": "short", "prompt": f"Question {n}?", "answer": str(1900 + n % 120),
                  **({"fact": f"fact-{n // 3}"} if n % 3 == 0 else {})}
                 for n in range(d, questions, decks)]
        (folder / f"deck{d:03d}.yaml").write_text(yaml.safe_dump({"deck": f"Deck {d}", "questions": items}))


def seed_history(user: User, cards: int) -> None:
    """Give the user `cards` card states in review, spread from long overdue to far ahead."""
    now, rng = utcnow(), random.Random(1)
    for n in range(cards):
        due = now + dt.timedelta(days=rng.uniform(-30, 60))
        db.session.add(CardState(user_id=user.id, question_id=f"bench-{n:06d}", state=2, step=None,
                                 stability=rng.uniform(1, 100), difficulty=5.0, due=due,
                                 last_review=due - dt.timedelta(days=10), reps=3))
    db.session.commit()


def median_ms(action, repeat: int) -> float:
    """Run `action` `repeat` times; return the median wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Build the synthetic bank and history, then print the median time of each measured step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--decks", type=int, default=50)
    parser.add_argument("--cards", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "questions"
        bank.mkdir()
        write_bank(bank, args.questions, args.decks)
        app = make_app(Path(tmp), questions_dir=bank)
        with app.app_context():
            user = User(username="bench", reviews_per_day=10_000)
            user.set_password("bench password")
            db.session.add(user)
            db.session.commit()
            seed_history(user, args.cards)
            print(f"{args.questions} questions in {args.decks} decks, {args.cards} cards with history")
            print(f"deck_counts          {median_ms(lambda: deck_counts(user), args.repeat):7.1f} ms")
            user_id = user.id
        client = app.test_client()
        with client.session_transaction() as session:
            session["_user_id"], session["_fresh"] = str(user_id), True

        def answer_form() -> dict[str, str]:
            html = client.get("/study").get_data(as_text=True)
            fields = dict(re.findall(r'name="(question_id|reps|shown_at)"[^>]*value="([^"]*)"', html))
            return {**fields, "answer": "1999"}

        def grade_and_go_on() -> None:
            client.post("/study/grade", data={**answer_form(), "rating": "3"}, follow_redirects=True)

        print(f"GET /study           {median_ms(lambda: client.get('/study'), args.repeat):7.1f} ms")
        form = answer_form()
        print(f"POST /study/answer   {median_ms(lambda: client.post('/study/answer', data=form), args.repeat):7.1f} ms")
        print(f"POST /study/grade    {median_ms(grade_and_go_on, args.repeat):7.1f} ms  (with GET /study twice)")


if __name__ == "__main__":
    main()
