"""Every route of the app, from app.url_map: sample arguments, who may see it, and a valid POST for each form.

The walks in this folder are built from these, and each first checks that the url_map has no route these
tables do not name, so a new route cannot slip past the CSRF, authorization and bad-input tests.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from werkzeug.routing import Rule

from tests.conftest import DATA
from tests.web.conftest import PASSWORD

EMBASSY = "sample-kuwait-embassy-reopened"
NEW_PASSWORD = "a brand new sentence"

# A sample value for every URL argument a rule may have.
# class_id and code name the sample class conftest.registered keeps for the newest teacher (sample_class).
SAMPLE_CLASS_ID, SAMPLE_CODE = 1, "QATAR234"
# draft_id names the sample draft conftest.registered keeps for the newest teacher too (sample_draft).
SAMPLE_DRAFT_ID = 1
ARGUMENTS: dict[str, Any] = {
    "draft_id": SAMPLE_DRAFT_ID,
    "key": "kuwait",
    "slug": "kuwait-palestine-relations",
    "fmt": "csv",
    "filename": "css/app.css",
    "file": "kuwait.yaml",
    "anchor": "apology-and-restoration-of-ties-p2",
    "class_id": SAMPLE_CLASS_ID,
    "code": SAMPLE_CODE,
    "question_id": EMBASSY,
}

# GET routes open to visitors who are not logged in; every other GET route must send them to the login.
PUBLIC = {"static", "auth.login", "auth.register", "decks.home", "decks.favicon"}

# A POST that succeeds for a freshly registered student (logged in unless the endpoint is for visitors).
# A file field's value is (path, file name): the test client opens the file afresh for every post.
HISTORY_FILE = (str(DATA / "history" / "kuwait-revlog.csv"), "revlog.csv")
VALID_POSTS: dict[str, dict[str, str | tuple[str, str]]] = {
    "auth.register": {"username": "newcomer", "password": PASSWORD, "confirm": PASSWORD, "timezone": "UTC"},
    "auth.login": {"username": "student", "password": PASSWORD},
    "auth.logout": {},
    "auth.change_password": {"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    "auth.end_sessions": {},
    "account.settings": {
        "desired_retention": "0.85",
        "new_cards_per_day": "10",
        "reviews_per_day": "100",
        "timezone": "Europe/Berlin",
        "day_starts_at_hour": "4",
        "learning_steps": "1m 10m",
        "relearning_steps": "10m",
        "leech_threshold": "8",
    },
    "account.delete": {"password": PASSWORD},
    "account.optimise_parameters": {},
    "account.compute_optimal_retention": {},
    "account.apply_retention": {"retention": "0.85"},
    "account.import_review_history": {"history": HISTORY_FILE},
    "study.answer": {"question_id": EMBASSY, "deck": "kuwait", "reps": "0", "shown_at": "1", "answer": "2013"},
    "study.grade": {
        "question_id": EMBASSY,
        "deck": "kuwait",
        "reps": "0",
        "shown_at": "1",
        "answer": "2013",
        "rating": "3",
    },
    "study.undo": {"undo-deck": "kuwait"},
    # Check, not Publish: the walks post it many times, and a check writes nothing.
    "authoring.editor": {
        "path": "walk.yaml",
        "content": (DATA / "authoring" / "upload.yaml").read_text(),
        "base_hash": "",
        "action": "check",
    },
    "authoring.save_draft": {"path": "walk-draft.yaml", "content": "deck: Walk draft\nquestions: [\n", "base_hash": ""},
    "authoring.discard_draft": {},
    "authoring.decide": {"question_id": "sample-kuwait-donation", "decision": "off", "file": "kuwait.yaml"},
    # A (path, name) pair: the test client opens the file afresh for every post.
    "authoring.upload": {"file": (str(DATA / "authoring" / "upload.yaml"), "walk-upload.yaml")},
    "classes.create": {"name": "7B history"},
    "classes.rename": {"name": "7B geography"},
    "classes.new_code": {},
    "classes.remove": {"student_id": "1"},
    "classes.assign": {"deck": "kuwait"},
    "classes.unassign": {"deck": "kuwait"},
    "classes.join": {"code": SAMPLE_CODE},
    "classes.leave": {},
    "study.custom": {"scope": "deck", "deck": "kuwait"},
    "study.card_action": {"card-question_id": EMBASSY, "card-deck": "kuwait", "card-action": "bury"},
    "browse.bulk": {"question_ids": EMBASSY, "action": "suspend"},
    "browse.card": {"action": "suspend"},
}
FOR_VISITORS = {"auth.register", "auth.login"}
# Endpoints for teachers only: the walks answer students there with 403 and visit them (and post) as a teacher.
TEACHER_ONLY: set[str] = {
    "authoring.files",
    "authoring.download",
    "authoring.edit",
    "authoring.new",
    "authoring.editor",
    "authoring.upload",
    "authoring.pick",
    "authoring.decide",
    "authoring.save_draft",
    "authoring.open_draft",
    "authoring.discard_draft",
    "classes.index",
    "classes.create",
    "classes.show",
    "classes.rename",
    "classes.new_code",
    "classes.remove",
    "classes.assign",
    "classes.unassign",
    "classes.questions",
    "classes.students_csv",
    "classes.questions_csv",
}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def rules(app: Flask) -> list[Rule]:
    """Return every rule of the app, in a stable order."""
    return sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule)


def url_of(app: Flask, rule: Rule) -> str:
    """Build the rule's URL with the sample arguments."""
    missing = rule.arguments - ARGUMENTS.keys()
    assert not missing, f"add a sample value for {sorted(missing)} (route {rule.rule}) to ARGUMENTS"
    with app.test_request_context():
        return app.url_for(rule.endpoint, **{name: ARGUMENTS[name] for name in rule.arguments})


def get_routes(app: Flask) -> list[tuple[str, str]]:
    """Return (endpoint, url) of every GET route."""
    return [(rule.endpoint, url_of(app, rule)) for rule in rules(app) if "GET" in rule.methods]


def write_routes(app: Flask) -> list[tuple[str, str]]:
    """Return (endpoint, url) of every route that takes a POST (or another writing method)."""
    found = [(rule.endpoint, url_of(app, rule)) for rule in rules(app) if rule.methods & WRITE_METHODS]
    unknown = {endpoint for endpoint, _ in found} - VALID_POSTS.keys()
    assert not unknown, f"new write routes {sorted(unknown)}: add a valid POST for each to VALID_POSTS"
    return found
