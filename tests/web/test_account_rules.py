"""Usernames unique under NFKC + casefold (also when two register at once), no look-alikes; NIST password rules."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.exc import IntegrityError

from quizapp.db import db
from quizapp.models import User
from tests.web.conftest import PASSWORD


def register(client, username: str, password: str = PASSWORD):
    return client.post("/register", data={"username": username, "password": password, "confirm": password})


def usernames(app) -> list[str]:
    with app.app_context():
        return sorted(db.session.scalars(db.select(User.username)))


def test_registration_trims_a_username_as_login_does(app, client, auth):
    assert register(client, "  alice\t").status_code == 302
    auth.logout()
    assert usernames(app) == ["alice"]
    assert auth.login(" alice ").status_code == 302


@pytest.mark.parametrize(
    ("first", "second"), [("Alice", "alice"), ("ÄNNE", "änne"), ("Straße", "STRASSE"), ("ｊｏｈｎ", "john")]
)  # full-width letters are NFKC-equal
def test_one_name_in_two_spellings_is_one_account(app, client, auth, first, second):
    assert register(client, first).status_code == 302
    auth.logout()
    response = register(client, second)
    assert response.status_code == 400 and b"That username is taken" in response.data
    assert auth.login(second).status_code == 302


def test_the_database_refuses_a_second_spelling_of_a_name(app):
    with app.app_context():
        db.session.add_all([User(username="Alice", password_hash="x"), User(username="alice", password_hash="x")])
        with pytest.raises(IntegrityError):
            db.session.commit()


def test_concurrent_registrations_of_one_name_make_one_account(app):
    names = ["Alice", "alice", "ALICE", "aLiCe", "Alice", "alice"]
    barrier = threading.Barrier(len(names))
    codes: list[int] = []

    def sign_up(name: str) -> None:
        client = app.test_client()
        barrier.wait()
        codes.append(register(client, name).status_code)

    threads = [threading.Thread(target=sign_up, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [302] + [400] * (len(names) - 1)
    assert len(usernames(app)) == 1


@pytest.mark.parametrize("name", ["аlice", "pаypal", "Αlex"])  # a Cyrillic а, a Greek Α among Latin letters
def test_names_mixing_alphabets_are_refused(client, name):
    response = register(client, name)
    assert response.status_code == 400 and b"letters of one alphabet only" in response.data


@pytest.mark.parametrize("name", ["أميرة", "Ελένη", "Анна", "李小龍", "anne-marie.o_neil2"])
def test_names_in_one_alphabet_are_welcome(client, name):
    assert register(client, name).status_code == 302


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("password1", b"one of the most common passwords"),
        ("Iloveyou", b"one of the most common passwords"),
        ("qwertyuiop", b"one of the most common passwords"),
        ("amira2024!", b"Do not build your password from your username"),
        ("          ", b"only spaces"),
        ("short1!", b"Use at least 8 characters."),
    ],
)
def test_weak_passwords_are_refused_at_registration(app, client, password, message):
    response = register(client, "amira", password)
    assert response.status_code == 400 and message in response.data
    assert usernames(app) == []


def test_eight_characters_are_still_enough(client):
    assert register(client, "amira", "tkw9#qpz").status_code == 302


def test_weak_passwords_are_refused_when_changing_it(client, auth):
    auth.register("amira")
    for weak in ("password1", "Amira-amira", "        "):
        response = client.post("/account/password", data={"current": PASSWORD, "password": weak, "confirm": weak})
        assert response.status_code == 400
    assert auth.logout() and auth.login("amira", PASSWORD).status_code == 302
