"""A class's results: the question analytics page, and both tables as CSV downloads."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Response, current_app, render_template, url_for

from quizapp.classes.analytics import AMBIGUOUS_SHARE, AMBIGUOUS_STUDENTS, QuestionFigures, question_figures
from quizapp.classes.assigned import assigned_decks
from quizapp.classes.figures import StudentFigures, student_figures
from quizapp.db import db, utcnow
from quizapp.progress import rows_as_csv
from quizapp.web.classes import bp
from quizapp.web.classes.views import own_class
from quizapp.web.decks.cards import display_prompt
from quizapp.web.roles import teacher_required

STUDENT_FIELDS = (
    "student",
    "joined",
    "cards_studied",
    "due_now",
    "true_retention_percent",
    "mature_reviews",
    "reviews_last_7_days",
    "last_active",
)
# The page lists the most troublesome questions; a class on big generated decks has thousands, all in the CSV.
SHOWN_QUESTIONS = 100
QUESTION_FIELDS = (
    "deck",
    "question_id",
    "question",
    "file_line",
    "attempts",
    "students",
    "first_try_students",
    "first_try_right",
    "wrong_reviews",
    "common_wrong_answers",
    "median_seconds",
    "possibly_ambiguous_answer",
)


def yaml_line(figures: QuestionFigures) -> str:
    """Return where the question is written: its deck file and line, as `questions/x.yaml:12` (from the
    project's folder, or from the bank's own when the bank lies elsewhere)."""
    config = current_app.config
    written = (Path(config["PROJECT_ROOT"]) / figures.question.deck.file).resolve()
    for base in (Path(config["PROJECT_ROOT"]).resolve(), Path(config["QUESTIONS_DIR"]).resolve().parent):
        if written.is_relative_to(base):
            return f"{written.relative_to(base).as_posix()}:{figures.question.line}"
    return f"{figures.question.deck.file}:{figures.question.line}"


def editor_url(figures: QuestionFigures) -> str | None:
    """Return the address of the question's file in the teacher's editor, or None for a file outside the bank."""
    config = current_app.config
    written = (Path(config["PROJECT_ROOT"]) / figures.question.deck.file).resolve()
    try:
        inside = written.relative_to(Path(config["QUESTIONS_DIR"]).resolve())
    except ValueError:
        return None
    return url_for("authoring.edit", file=inside.as_posix())


@bp.get("/classes/<int:class_id>/questions")
@teacher_required
def questions(class_id: int) -> str:
    """Show the question analytics of the class's assigned decks, the most troublesome first."""
    school_class = own_class(class_id)
    return render_template(
        "classes/questions.html",
        school_class=school_class,
        assigned=assigned_decks(db.session, school_class),
        rows=question_figures(db.session, school_class, limit=SHOWN_QUESTIONS + 1),
        shown=SHOWN_QUESTIONS,
        prompt=display_prompt,
        yaml_line=yaml_line,
        editor_url=editor_url,
        min_students=AMBIGUOUS_STUDENTS,
        min_share=AMBIGUOUS_SHARE,
    )


@bp.get("/classes/<int:class_id>/students.csv")
@teacher_required
def students_csv(class_id: int) -> Response:
    """Download one row per student with the class page's figures."""
    school_class = own_class(class_id)
    rows = [_student_row(row) for row in student_figures(db.session, school_class, utcnow())]
    return _download(rows_as_csv(rows, STUDENT_FIELDS), f"{_file_name(school_class.name)}-students.csv")


@bp.get("/classes/<int:class_id>/questions.csv")
@teacher_required
def questions_csv(class_id: int) -> Response:
    """Download the question analytics, one row per question, the most troublesome first."""
    school_class = own_class(class_id)
    rows = [_question_row(row) for row in question_figures(db.session, school_class)]
    return _download(rows_as_csv(rows, QUESTION_FIELDS), f"{_file_name(school_class.name)}-questions.csv")


def _student_row(row: StudentFigures) -> dict[str, object]:
    retention = row.true_retention.percent
    return {
        "student": row.username,
        "joined": row.joined_at.isoformat(timespec="seconds"),
        "cards_studied": row.cards_studied,
        "due_now": row.due_now,
        "true_retention_percent": "" if retention is None else f"{retention:.1f}",
        "mature_reviews": row.true_retention.reviews,
        "reviews_last_7_days": row.recent_reviews,
        "last_active": row.last_active.isoformat(timespec="seconds") if row.last_active else "",
    }


def _question_row(row: QuestionFigures) -> dict[str, object]:
    ambiguous = row.ambiguous_answer
    return {
        "deck": row.question.deck_key,
        "question_id": row.question.id,
        "question": display_prompt(row.question),
        "file_line": yaml_line(row),
        "attempts": row.attempts,
        "students": row.students,
        "first_try_students": row.first_tries,
        "first_try_right": row.first_right,
        "wrong_reviews": row.wrong_reviews,
        "common_wrong_answers": "; ".join(
            f"{answer.text} ({answer.students} students, {answer.times} times)" for answer in row.wrong_answers
        ),
        "median_seconds": "" if row.median_ms is None else f"{row.median_ms / 1000:.1f}",
        "possibly_ambiguous_answer": ambiguous.text if ambiguous else "",
    }


def _file_name(name: str) -> str:
    """Return the class's name as a safe file name part ("7B history" -> "7B-history")."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:40] or "class"


def _download(body: str, name: str) -> Response:
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="quizapp-{name}"', "Cache-Control": "no-store"},
    )
