"""No cross-user access: every GET route of app.url_map, for each of three students and for a visitor."""

from __future__ import annotations

from tests.security.conftest import registered
from tests.security.routes import EMBASSY, PUBLIC, TEACHER_ONLY, VALID_POSTS, get_routes, write_routes

STUDENTS = ("amira", "bongani", "chen")


def study_one_card(client, marker: str) -> None:
    """Answer the first card with a typed answer only this student used, and grade it."""
    fields = {"question_id": EMBASSY, "deck": "kuwait", "reps": "0", "shown_at": "1", "answer": marker}
    assert client.post("/study/answer", data=fields, follow_redirects=True).status_code == 200
    assert client.post("/study/grade", data={**fields, "rating": "1"}).status_code == 303


def test_each_student_sees_only_their_own_data_on_every_page(open_app):
    clients = {}
    for name in STUDENTS:
        clients[name], _ = registered(open_app, name)
        study_one_card(clients[name], f"typed-by-{name}")
    routes = get_routes(open_app)
    assert len(routes) >= 15
    cells = 0
    for endpoint, url in routes:
        for name, client in clients.items():
            response = client.get(url)
            allowed = (403,) if endpoint in TEACHER_ONLY else (200, 302, 303)
            assert response.status_code in allowed, (endpoint, name, response.status_code)
            body = "" if response.mimetype.startswith("image/") else response.get_data(as_text=True)
            response.close()  # a static file's handle
            for other in STUDENTS:
                if other != name:
                    assert other not in body and f"typed-by-{other}" not in body, (endpoint, name, other)
            cells += 1
    assert cells == len(routes) * len(STUDENTS)
    own = clients["amira"].get("/account/reviews.csv").get_data(as_text=True)
    assert "typed-by-amira" in own  # the check above is not vacuous: own data does show


def test_a_teacher_sees_every_page_a_student_sees_and_every_teacher_page(open_app):
    teacher, _ = registered(open_app, "teacher", teacher=True)
    study_one_card(teacher, "typed-by-teacher")
    for endpoint, url in get_routes(open_app):
        response = teacher.get(url)
        response.close()
        assert response.status_code in (200, 302, 303), (endpoint, response.status_code)


def test_a_student_cannot_write_through_a_teacher_route(open_app):
    student, _ = registered(open_app, "student")
    for endpoint, url in write_routes(open_app):
        if endpoint in TEACHER_ONLY:
            assert student.post(url, data=VALID_POSTS[endpoint]).status_code == 403, endpoint


def test_a_visitor_is_sent_to_the_login_from_every_page_but_the_public_ones(open_app):
    visitor = open_app.test_client()
    for endpoint, url in get_routes(open_app):
        response = visitor.get(url)
        response.close()
        if endpoint in PUBLIC:
            assert response.status_code == 200, endpoint
        else:
            assert response.status_code == 302 and "/login" in response.headers["Location"], endpoint


def test_a_visitor_cannot_write_through_any_route_but_register_and_login(open_app):
    visitor = open_app.test_client()
    for endpoint, url in write_routes(open_app):
        if endpoint in ("auth.register", "auth.login"):
            continue
        response = visitor.post(url, data={"question_id": EMBASSY, "reps": "0", "rating": "3"})
        if endpoint == "auth.logout":  # logging out nobody is harmless and just goes home
            assert response.status_code == 302 and response.headers["Location"] == "/"
        else:
            assert response.status_code == 302 and "/login" in response.headers["Location"], endpoint
