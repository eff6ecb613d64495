"""Every route that writes, from app.url_map, refuses a POST without the CSRF token and changes nothing."""

from __future__ import annotations

from tests.security.conftest import all_rows, registered, token_from
from tests.security.routes import FOR_VISITORS, TEACHER_ONLY, VALID_POSTS, write_routes


def test_every_write_route_refuses_a_post_without_its_token_and_accepts_it_with(csrf_app):
    registered(csrf_app, "student", csrf=True)  # the account VALID_POSTS logs in to
    routes = write_routes(csrf_app)
    assert len(routes) >= 10
    for endpoint, url in routes:
        client = (
            csrf_app.test_client()
            if endpoint in FOR_VISITORS
            else registered(csrf_app, csrf=True, teacher=endpoint in TEACHER_ONLY)[0]
        )
        before = all_rows(csrf_app)
        refused = client.post(url, data=VALID_POSTS[endpoint])
        assert refused.status_code == 400, endpoint
        assert b"This form has expired" in refused.data, endpoint
        assert all_rows(csrf_app) == before, f"{endpoint} changed the database without a token"
        token = token_from(client, "/login" if endpoint in FOR_VISITORS else "/settings")
        accepted = client.post(url, data={**VALID_POSTS[endpoint], "csrf_token": token})
        assert accepted.status_code in (200, 302, 303), f"{endpoint}: {accepted.status_code} with a valid token"


def test_a_token_from_another_session_is_refused(csrf_app):
    mallory, _ = registered(csrf_app, csrf=True)
    victim, _ = registered(csrf_app, csrf=True, teacher=True)  # a teacher, so teacher routes check the token too
    stolen = token_from(mallory, "/settings")
    for endpoint, url in write_routes(csrf_app):
        if endpoint not in FOR_VISITORS:
            assert victim.post(url, data={**VALID_POSTS[endpoint], "csrf_token": stolen}).status_code == 400, endpoint
