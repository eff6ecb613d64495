"""A student's review history in Anki's revlog fields (CSV) and as fsrs ReviewLog JSON: download and import."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, FileSize
from werkzeug.wrappers import Response

from quizapp.db import db
from quizapp.export.revlog import MAX_BYTES, HistoryFileError, fsrs_json, read_history, revlog_csv
from quizapp.history import history_entries, import_history
from quizapp.web.account import bp
from quizapp.web.account.data import _download


class HistoryImportForm(FlaskForm):
    """One file: a revlog CSV (with the note GUID column) or an fsrs review log JSON."""

    history = FileField(
        "Review history file (.csv or .json)",
        validators=[FileRequired("Choose a file."), FileSize(MAX_BYTES, message="The file is too large.")],
    )


@bp.get("/account/revlog.csv")
@login_required
def revlog_csv_download() -> Response:
    """Download the student's review log in Anki's revlog fields, with each note's GUID."""
    return _download(revlog_csv(history_entries(db.session, current_user)), "text/csv", "revlog.csv")


@bp.get("/account/revlog.json")
@login_required
def revlog_json_download() -> Response:
    """Download the student's review log as fsrs ReviewLog JSON."""
    return _download(fsrs_json(history_entries(db.session, current_user)), "application/json", "revlog.json")


@bp.route("/account/history/import", methods=["GET", "POST"])
@login_required
def import_review_history() -> Response | tuple[str, int]:
    """Import a review history for the same notes and rebuild the schedule of every card it touches."""
    form = HistoryImportForm()
    if form.validate_on_submit():
        try:
            entries = read_history(form.history.data.read(MAX_BYTES + 1))
        except HistoryFileError as error:
            form.history.errors = [f"Nothing was imported: {error}."]
        else:
            result = import_history(db.session, current_user, entries)
            flash(f"History imported: {result.summary()}.", "success")
            return redirect(url_for("account.import_review_history"))
    return render_template("account/history_import.html", form=form), 400 if form.errors else 200
