"""Form markup for assistive technology: no ARIA attribute written as "None", and a refused form's summary."""

from __future__ import annotations

import re

import pytest

FORMS = ["/settings", "/account/password", "/account/delete"]


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register()
    return client


def aria_values(html: str) -> list[str]:
    return re.findall(r'aria-[a-z]+="([^"]*)"', html)


@pytest.mark.parametrize("url", ["/login", "/register"])
def test_a_visitors_untouched_form_has_no_aria_attribute_set_to_none(client, url):
    html = client.get(url).get_data(as_text=True)
    assert "None" not in aria_values(html) and "aria-invalid" not in html
    assert 'class="error-summary"' not in html


@pytest.mark.parametrize("url", FORMS)
def test_a_students_untouched_form_has_no_aria_attribute_set_to_none(student, url):
    html = student.get(url).get_data(as_text=True)
    assert "None" not in aria_values(html) and "aria-invalid" not in html


def test_a_refused_login_is_summarised_focused_and_tied_to_both_fields(client):
    html = client.post("/login", data={"username": "nobody", "password": "wrong password"}).get_data(as_text=True)
    summary = re.search(r'<section class="error-summary"[^>]*>', html).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    assert '<li id="form-errors">Incorrect username or password.</li>' in html
    for name in ("username", "password"):
        field = re.search(rf'<input[^>]*id="{name}"[^>]*>', html).group(0)
        assert 'aria-invalid="true"' in field and 'aria-describedby="form-errors"' in field


def test_a_refused_field_is_linked_from_the_summary_and_described_by_its_error(student):
    response = student.post(
        "/settings",
        data={
            "desired_retention": "2",
            "new_cards_per_day": "10",
            "reviews_per_day": "100",
            "timezone": "UTC",
            "day_starts_at_hour": "4",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert '<a href="#desired_retention">Desired retention: Pick a value from 0.70 to 0.97.</a>' in html
    field = re.search(r'<input[^>]*id="desired_retention"[^>]*>', html).group(0)
    assert (
        'aria-invalid="true"' in field and 'aria-describedby="desired_retention-hint desired_retention-errors"' in field
    )
    assert "None" not in aria_values(html)


def test_the_shortcuts_switch_is_saved_and_study_pages_follow_it(student):
    settings = {
        "desired_retention": "0.9",
        "new_cards_per_day": "20",
        "reviews_per_day": "200",
        "timezone": "UTC",
        "day_starts_at_hour": "4",
    }
    assert student.post("/settings", data=settings).status_code == 302  # an unticked box is sent as nothing
    html = student.get("/study?deck=kuwait").get_data(as_text=True)
    assert 'data-single-key-shortcuts="off"' in html and 'aria-keyshortcuts="U Control+Z"' not in html
    student.post("/settings", data={**settings, "single_key_shortcuts": "y"})
    html = student.get("/study?deck=kuwait").get_data(as_text=True)
    assert 'data-single-key-shortcuts="on"' in html and 'aria-keyshortcuts="U Control+Z"' in html
