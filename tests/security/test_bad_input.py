"""No 500 from input: every field of every form from app.url_map, sent NaN, a file, 100 KB, NUL, bad UTF-8..."""

from __future__ import annotations

import io
from collections import Counter
from urllib.parse import quote

from tests.security.conftest import registered
from tests.security.routes import FOR_VISITORS, TEACHER_ONLY, VALID_POSTS, write_routes

BAD_VALUES = {
    "nan": "NaN",
    "snan": "sNaN",
    "inf": "inf",
    "-inf": "-Infinity",
    "100 KB": "x" * 100_000,
    "NUL": "ab\x00cd",
    "file": None,
    "invalid UTF-8": b"\xff\xfe\xc3(",
}
NUMERIC_FIELDS = {
    "desired_retention",
    "new_cards_per_day",
    "reviews_per_day",
    "day_starts_at_hour",
    "rating",
    "reps",
    "shown_at",
    "retention",
}
# A file there is just an absent field (settings fields absent keep their value).
OPTIONAL_FIELDS = {
    "shown_at",
    "answer",
    "deck",
    "undo-deck",
    "timezone",
    "unexpected",
    "learning_steps",
    "relearning_steps",
    "leech_threshold",
    "card-deck",
}


def post(client, url: str, fields: dict[str, str], name: str, bad: str | bytes | None):
    """POST the valid fields with `name` replaced by the bad value (a file upload for None)."""
    if bad is None:
        return client.post(
            url,
            data={**fields, name: (io.BytesIO(b"%PDF-1.4 a file"), "upload.pdf")},
            content_type="multipart/form-data",
        )
    if isinstance(bad, bytes):  # raw bytes in the body, as a broken client sends them
        body = "&".join(f"{quote(k)}={quote(v)}" for k, v in fields.items() if k != name)
        body += f"&{quote(name)}={quote(bad)}"
        return client.post(url, data=body, content_type="application/x-www-form-urlencoded")
    return client.post(url, data={**fields, name: bad})


def client_for(app, endpoint: str, student):
    """A visitor for register and login; the endpoint's student, or a new one where a post may log out."""
    if endpoint in FOR_VISITORS:
        return app.test_client()
    return registered(app)[0] if endpoint == "auth.logout" else student


def test_every_field_of_every_form_answers_bad_input_with_a_4xx_or_a_form_error_never_a_500(open_app):
    registered(open_app, "student")
    statuses: Counter[int] = Counter()
    routes = write_routes(open_app)
    for endpoint, url in routes:
        fields = VALID_POSTS[endpoint]
        student = None if endpoint in FOR_VISITORS else registered(open_app, teacher=endpoint in TEACHER_ONLY)[0]
        for name in list(fields) or ["unexpected"]:
            for label, bad in BAD_VALUES.items():
                response = post(client_for(open_app, endpoint, student), url, fields, name, bad)
                where = f"{endpoint} {name}={label}"
                assert response.status_code < 500, where
                assert b"Traceback" not in response.data, where
                must_refuse = (name in NUMERIC_FIELDS and label != "file") or (
                    name not in OPTIONAL_FIELDS and label == "file"
                )
                if must_refuse:
                    assert 400 <= response.status_code < 500, f"{where} was accepted ({response.status_code})"
                statuses[response.status_code] += 1
    total = sum(statuses.values())
    print(f"bad-input walk: {total} posts over {len(routes)} routes, statuses {dict(sorted(statuses.items()))}")
    assert total >= 150 and 500 not in statuses


def test_settings_refuse_nan_and_infinity_beside_the_field(open_app):
    client, _ = registered(open_app)
    for value in ("NaN", "sNaN", "inf", "-inf", "1e999"):
        response = client.post("/settings", data={**VALID_POSTS["account.settings"], "desired_retention": value})
        assert response.status_code == 400, value
        assert b"field-errors" in response.data, value


def test_a_file_in_a_text_field_is_a_missing_field_not_a_crash(open_app):
    registered(open_app, "student")
    visitor = open_app.test_client()
    for url, fields in (("/login", VALID_POSTS["auth.login"]), ("/register", VALID_POSTS["auth.register"])):
        response = post(visitor, url, fields, "username", None)
        assert response.status_code == 400 and b"This field is required." in response.data
    student, _ = registered(open_app)
    response = post(student, "/study/answer", VALID_POSTS["study.answer"], "answer", None)
    assert response.status_code in (303, 400)  # no answer typed: on to the reveal page, or a refusal


def test_a_body_over_a_megabyte_is_refused(open_app):
    response = open_app.test_client().post("/login", data={"username": "x" * (1024 * 1024 + 1), "password": "y"})
    assert response.status_code == 413
