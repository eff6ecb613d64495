"""A student's own data: download their progress (JSON, CSV), and delete the account."""

from __future__ import annotations

import json

from flask import Response, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required, logout_user

from quizapp.db import db
from quizapp.progress import (
    CARD_FIELDS,
    REVIEW_FIELDS,
    card_rows,
    delete_account,
    progress_document,
    review_rows,
    rows_as_csv,
)
from quizapp.web.account import bp
from quizapp.web.account.forms import DeleteAccountForm


def _download(body: str, media_type: str, name: str) -> Response:
    return Response(
        body,
        mimetype=media_type,
        headers={"Content-Disposition": f'attachment; filename="quizapp-{name}"', "Cache-Control": "no-store"},
    )


@bp.get("/account/progress.json")
@login_required
def progress_json() -> Response:
    """Download the student's settings, card states and review log as one JSON file."""
    document = progress_document(db.session, current_user)
    return _download(json.dumps(document, ensure_ascii=False, indent=1), "application/json", "progress.json")


@bp.get("/account/cards.csv")
@login_required
def cards_csv() -> Response:
    """Download the student's card states as CSV."""
    return _download(rows_as_csv(card_rows(db.session, current_user), CARD_FIELDS), "text/csv", "cards.csv")


@bp.get("/account/reviews.csv")
@login_required
def reviews_csv() -> Response:
    """Download the student's review log as CSV."""
    return _download(rows_as_csv(review_rows(db.session, current_user), REVIEW_FIELDS), "text/csv", "reviews.csv")


@bp.route("/account/delete", methods=["GET", "POST"])
@login_required
def delete() -> ResponseReturnValue:
    """Delete the account and all its progress, once the password confirms it."""
    form = DeleteAccountForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.password.data):
            form.password.errors.append("That is not your password.")
        else:
            user = current_user._get_current_object()
            logout_user()
            delete_account(db.session, user)
            flash("Your account and all its progress are deleted.", "info")
            return redirect(url_for("decks.home"))
    return render_template("account/delete.html", form=form), 400 if form.errors else 200
