"""Settings' FSRS panel: Optimise (enabled from 400 reviews), the before/after figures, optimal retention."""

from __future__ import annotations

import datetime as dt

from quizapp.db import db
from quizapp.models import User
from tests.optimizer.learner import simulated_log, store_log


def student(name: str = "amira") -> User:
    """Return the student (inside an app context)."""
    return db.session.scalars(db.select(User).where(User.username == name)).one()


def test_optimise_is_disabled_with_too_few_reviews_and_says_how_many_are_needed(client, auth, app):
    auth.register("amira")
    page = client.get("/settings").data.decode()
    assert "it needs at least 400 reviews" in " ".join(page.split())
    assert "400 more reviews until you can optimise." in page
    assert 'disabled aria-describedby="optimise-needs">Optimise</button>' in page
    page = client.post("/settings/optimise", follow_redirects=True).data.decode()
    assert "Not optimised: optimising needs at least 400 reviews; amira has 0." in page
    with app.app_context():
        assert student().fsrs_parameters is None


def test_optimise_shows_log_loss_and_rmse_before_and_after_and_keeps_better_parameters(client, auth, app):
    auth.register("amira")
    with app.app_context():
        store_log(student(), simulated_log(), dt.date(2025, 1, 1))
    page = client.get("/settings").data.decode()
    assert "<strong>1400</strong>" in page and "until you can optimise" not in page
    response = client.post("/settings/optimise")
    assert response.status_code == 302 and response.headers["Location"].endswith("/settings#fsrs")
    page = " ".join(client.get("/settings").data.decode().split())
    assert "New parameters kept (1400 reviews, 1200 used)" in page
    assert '<th scope="row">Log loss</th><td>0.3531</td><td>0.3486</td>' in page
    assert '<th scope="row">RMSE (bins)</th><td>6.87%</td><td>5.96%</td>' in page
    assert "parameters optimised from your own reviews" in page
    with app.app_context():
        assert len(student().fsrs_parameters) == 21
    assert "Log loss" not in client.get("/settings").data.decode()  # shown once, after the run


def test_optimal_retention_is_shown_and_can_be_applied(client, auth, app):
    auth.register("amira")
    client.post("/settings/optimal-retention")
    page = " ".join(client.get("/settings").data.decode().split())
    assert "costs least per card remembered at a desired retention of <strong>" in page
    shown = page.split('name="retention" value="')[1].split('"')[0]
    assert 0.70 <= float(shown) <= 0.97
    page = client.post("/settings/retention", data={"retention": shown}, follow_redirects=True).data.decode()
    assert f"Desired retention set to {shown}." in page
    with app.app_context():
        assert student().desired_retention == float(shown)


def test_a_retention_out_of_range_is_refused_and_changes_nothing(client, auth, app):
    auth.register("amira")
    response = client.post("/settings/retention", data={"retention": "0.5"})
    assert response.status_code == 400
    page = response.data.decode()
    assert "Not applied: Pick a value from 0.70 to 0.97." in page
    with app.app_context():
        assert student().desired_retention == 0.9


def test_the_optimize_command_prints_the_figures(app, runner):
    from tests.factories import make_user

    with app.app_context():
        store_log(make_user("amira"), simulated_log(), dt.date(2025, 1, 1))
    result = runner.invoke(args=["optimize", "amira"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "amira: 1400 reviews (1200 used); log loss 0.3531 -> 0.3486, RMSE 6.87% -> 5.96%; new parameters kept"
    )
    result = runner.invoke(args=["optimize", "nobody"])
    assert result.exit_code == 1 and "no user named 'nobody'" in result.output
