"""The study settings page: shows the saved values, saves valid ones, explains invalid ones."""

from __future__ import annotations

import pytest

from quizapp.db import db
from quizapp.models import User

VALID = {
    "desired_retention": "0.85",
    "new_cards_per_day": "15",
    "reviews_per_day": "150",
    "timezone": "Asia/Kuwait",
    "day_starts_at_hour": "5",
}


def test_settings_need_a_login(client):
    assert client.get("/settings").headers["Location"].startswith("/login?next=")


def test_settings_show_the_defaults(client, auth):
    auth.register("amira")
    page = client.get("/settings").data
    assert b'value="0.90"' in page and b'value="20"' in page and b'value="200"' in page
    assert b'value="UTC"' in page and b'<option value="Asia/Kuwait">' in page


def test_settings_are_saved(client, auth, app):
    auth.register("amira")
    response = client.post("/settings", data=VALID)
    assert response.status_code == 302 and response.headers["Location"] == "/settings"
    assert b"Settings saved." in client.get("/settings").data
    with app.app_context():
        user = db.session.scalars(db.select(User)).one()
        assert (
            user.desired_retention,
            user.new_cards_per_day,
            user.reviews_per_day,
            user.timezone,
            user.day_starts_at_hour,
        ) == (0.85, 15, 150, "Asia/Kuwait", 5)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("desired_retention", "0.69", b"Pick a value from 0.70 to 0.97."),
        ("desired_retention", "0.98", b"Pick a value from 0.70 to 0.97."),
        ("desired_retention", "lots", b"Not a valid decimal value."),
        ("new_cards_per_day", "-1", b"Pick a number from 0 to 9999."),
        ("reviews_per_day", "100000", b"Pick a number from 0 to 9999."),
        ("timezone", "Mars/Olympus", b"Unknown time zone"),
        ("timezone", "../../etc/passwd", b"Unknown time zone"),
        ("day_starts_at_hour", "24", b"Pick an hour from 0 to 23."),
    ],
)
def test_invalid_settings_are_explained_beside_the_field(client, auth, app, field, value, message):
    auth.register("amira")
    response = client.post("/settings", data={**VALID, field: value})
    assert response.status_code == 400
    assert message in response.data and b'aria-invalid="true"' in response.data
    with app.app_context():
        assert db.session.scalars(db.select(User)).one().timezone == "UTC"


def test_retention_bounds_are_accepted(client, auth):
    auth.register("amira")
    for value in ("0.70", "0.97"):
        assert client.post("/settings", data={**VALID, "desired_retention": value}).status_code == 302
