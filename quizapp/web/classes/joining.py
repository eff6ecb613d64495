"""A student's side of classes: join by code (from the home page form or the teacher's link), and leave."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from quizapp.classes.codes import read_code
from quizapp.classes.rooms import class_by_code, is_member, join_class, leave_class, teacher_name
from quizapp.db import db
from quizapp.web.classes import bp
from quizapp.web.classes.forms import ButtonForm, JoinForm

UNKNOWN_CODE = "No class has this code. Check it with your teacher: they may have made a new one."


@bp.get("/join/<code>")
@login_required
def join_link(code: str) -> tuple[str, int]:
    """Show the class a join link names, with the button that joins it (a link alone changes nothing)."""
    form = JoinForm(formdata=None, code=code)
    read = read_code(code)
    school_class = class_by_code(db.session, read) if read else None
    if school_class is None:
        form.code.errors = [UNKNOWN_CODE]
        return render_template("classes/join.html", form=form, school_class=None), 404
    return render_template(
        "classes/join.html",
        form=form,
        school_class=school_class,
        teacher=teacher_name(db.session, school_class),
        member=is_member(db.session, current_user, school_class.id),
    ), 200


@bp.post("/join")
@login_required
def join() -> Response | tuple[str, int]:
    """Join the class with the code; joining a class twice is harmless, an unknown code a form error."""
    form = JoinForm()
    school_class = None
    if form.validate_on_submit():
        school_class = class_by_code(db.session, form.code.data)
        if school_class is None:
            form.code.errors.append(UNKNOWN_CODE)
    if school_class is None:
        return render_template("classes/join.html", form=form, school_class=None), 400
    joined = join_class(db.session, current_user, school_class)
    db.session.commit()
    flash(
        f"You joined “{school_class.name}”: its decks come first below."
        if joined
        else f"You are already in “{school_class.name}”.",
        "success" if joined else "info",
    )
    return redirect(url_for("decks.home"), 303)


@bp.post("/classes/<int:class_id>/leave")
@login_required
def leave(class_id: int) -> Response:
    """Leave a class; what the student studied stays theirs."""
    if not ButtonForm().validate_on_submit():
        abort(400)
    left = leave_class(db.session, current_user, class_id)
    db.session.commit()
    flash("You left the class. Your progress is kept." if left else "You are not in that class.", "info")
    return redirect(url_for("decks.home"), 303)
