"""The statistics page: tiles, charts as accessible inline SVG, and only the user's own numbers."""

from __future__ import annotations

import datetime as dt
import re

from quizapp.db import db, utcnow
from quizapp.models import CardStateKind, Review, User
from tests.factories import add_card, add_review, snapshot


def user_named(username: str) -> User:
    """Return the user with this username (inside an app context)."""
    return db.session.scalars(db.select(User).where(User.username == username)).one()


def test_stats_need_a_login(client):
    assert client.get("/stats").headers["Location"].startswith("/login?next=")


def test_stats_for_a_new_user(client, auth):
    auth.register("amira")
    page = client.get("/stats").data.decode()
    assert "<h1>Statistics</h1>" in page and page.count('role="img"') == 5
    assert '<title id="reviews-title">Reviews per day, last 30 days</title>' in page
    assert '<desc id="forecast-desc">0 due today, 0 in 30 days.</desc>' in page
    assert "days streak" in page and "—" in page


def test_stats_show_the_users_reviews_only(client, auth, app):
    auth.register("amira")
    auth.logout()
    auth.register("badr")
    now = utcnow()
    with app.app_context():
        amira, badr = user_named("amira"), user_named("badr")
        for rating in (3, 3, 1):
            add_review(amira, "sample-kuwait-apology", rating, now, snapshot(CardStateKind.REVIEW, 30, now))
        add_card(amira, "sample-kuwait-apology", CardStateKind.REVIEW, now + dt.timedelta(days=2), interval_days=30)
        add_review(badr, "sample-kuwait-apology", 4, now)
    page = client.get("/stats").data.decode()  # badr is logged in
    assert "1 reviews in 30 days, 1 correct." in page and "100%" in page
    auth.logout()
    auth.login("amira")
    page = client.get("/stats").data.decode()
    assert "3 reviews in 30 days, 2 correct." in page
    assert "67%" in page and "2 of 3 reviews" in page  # true retention on mature cards
    assert "Cards: new 5, learning 0, relearning 0, young 0, mature 1." in page
    assert re.search(r'tile-value">1</span>\s*<span class="tile-label">day streak', page)


def test_stats_page_shows_the_heatmap_retention_table_30_day_forecast_and_time(client, auth, app):
    from quizapp.db import utcnow
    from quizapp.models import CardStateKind
    from tests.factories import add_review, snapshot

    auth.register("amira")
    with app.app_context():
        amira = user_named("amira")
        now = utcnow()
        row = add_review(amira, "sample-kuwait-apology", 3, now, snapshot(CardStateKind.REVIEW, 30, now))
        row.duration_ms = 120_000
        db.session.commit()
    page = client.get("/stats").data.decode()
    assert '<title id="heatmap-title">Reviews per day, last 365 days</title>' in page
    assert page.count('<rect class="heat-') == 365 and page.count('<rect class="heat-4"') == 1
    assert ": 1 review</title>" in page and ": 0 reviews</title>" in page  # every cell labelled
    assert '<th scope="col">Days studied</th>' in page  # the table alternative
    assert '<h2 id="forecast-heading">Due in the next 30 days</h2>' in page
    table = page.split('id="retention-table"')[1].split("</table>")[0]
    assert '<th scope="row">Today</th>' in table and '100% <span class="muted">(1/1)</span>' in table
    assert "2 minutes answering in the last 30 days." in page


def heatmap_section(page: str) -> str:
    """Return the stats page's year section (heatmap and its table by month)."""
    return page.split('<section class="card" aria-labelledby="heatmap-heading">')[1].split("</section>")[0]


def test_the_kept_year_section_follows_every_new_and_removed_review(client, auth, app):
    # The year section is kept per process under its (day, reviews) pairs: a review written or removed by any
    # writer changes the pairs, so the next page draws it anew rather than showing the kept one.
    auth.register("amira")
    empty = heatmap_section(client.get("/stats").data.decode())
    assert "0 reviews on 0 of the last 365 days" in empty
    with app.app_context():
        review_id = add_review(user_named("amira"), "sample-kuwait-apology", 3, utcnow()).id
    written = heatmap_section(client.get("/stats").data.decode())
    assert "1 reviews on 1 of the last 365 days" in written and written.count('<rect class="heat-4"') == 1
    with app.app_context():
        db.session.delete(db.session.get(Review, review_id))
        db.session.commit()
    assert heatmap_section(client.get("/stats").data.decode()) == empty


def test_kept_charts_follow_every_new_and_removed_review_and_card(client, auth, app):
    # Each bar chart is kept under its labels, values and texts: a new review, a removed one and a card falling
    # due each change a value, so the next page draws that chart anew.
    auth.register("amira")
    assert '<desc id="reviews-desc">0 reviews in 30 days, 0 correct.</desc>' in client.get("/stats").data.decode()
    with app.app_context():
        amira = user_named("amira")
        review_id = add_review(amira, "sample-kuwait-apology", 1, utcnow()).id
        add_card(amira, "sample-kuwait-apology", CardStateKind.REVIEW, utcnow() + dt.timedelta(days=3), interval_days=3)
    page = client.get("/stats").data.decode()
    assert '<desc id="reviews-desc">1 reviews in 30 days, 0 correct.</desc>' in page
    assert '<desc id="forecast-desc">0 due today, 1 in 30 days.</desc>' in page
    assert "Cards: new 5, learning 0, relearning 0, young 1, mature 0." in page
    with app.app_context():
        db.session.delete(db.session.get(Review, review_id))
        db.session.commit()
    page = client.get("/stats").data.decode()
    assert '<desc id="reviews-desc">0 reviews in 30 days, 0 correct.</desc>' in page
    assert '<desc id="forecast-desc">0 due today, 1 in 30 days.</desc>' in page


def test_a_kept_chart_is_what_drawing_it_anew_gives(app):
    from quizapp.web.stats.keptcharts import ChartData, ChartText, drawn_chart

    data = ChartData(("Mon", ""), (("bar-due", (3, 0)),), ("1 Mar: 3 due", "2 Mar: 0 due & <b>"))
    text = ChartText("forecast", "Cards due", "3 due today, 3 in 30 days.", ("Day", "Due"))
    with app.app_context():
        kept = drawn_chart(data, text)
        assert kept is drawn_chart(data, text) and kept == drawn_chart.__wrapped__(data, text)
    assert "2 Mar: 0 due &amp; &lt;b&gt;" in kept and '<title id="forecast-title">Cards due</title>' in kept


def test_the_kept_year_section_is_what_drawing_it_anew_gives(client, auth, app):
    from quizapp.web.stats.yearmap import year_section

    auth.register("amira")
    with app.app_context():
        for days_ago in (0, 1, 40):
            add_review(user_named("amira"), "sample-kuwait-apology", 3, utcnow() - dt.timedelta(days=days_ago))
    page = client.get("/stats").data.decode()
    assert "3 reviews on 3 of the last 365 days" in page
    with app.test_request_context():
        from quizapp.yearstats import year_stats

        amira = user_named("amira")
        year = tuple(year_stats(db.session, amira, page_today(amira)).year)
        kept = year_section(year)
        assert kept == year_section.__wrapped__(year) and str(kept).strip() in page


def page_today(user: User) -> dt.date:
    """Return the user's study day now."""
    from quizapp.studyclock import StudyClock

    return StudyClock(user.timezone, user.day_starts_at_hour).day_of(utcnow())
