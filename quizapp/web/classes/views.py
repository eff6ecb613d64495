"""A teacher's class pages: the list and a new class, a class with its students and decks, its settings.

Every page is for teachers (students get 403) and shows only the teacher's own classes: another teacher's
class answers 404, as a class that does not exist.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.classes.assigned import assign_deck, assigned_decks, unassign_deck
from quizapp.classes.codes import shown_code
from quizapp.classes.figures import student_figures
from quizapp.classes.rooms import classes_taught, create_class, remove_student, rename_class, replace_code, taught_class
from quizapp.db import db, utcnow
from quizapp.live import live_decks
from quizapp.models import SchoolClass
from quizapp.web.classes import bp
from quizapp.web.classes.forms import ButtonForm, ClassNameForm, DeckForm, StudentForm
from quizapp.web.roles import teacher_required


def own_class(class_id: int) -> SchoolClass:
    """Return the teacher's class, or answer 404 (also for another teacher's class)."""
    return taught_class(db.session, current_user, class_id) or abort(404)


@bp.get("/classes")
@teacher_required
def index() -> str:
    """List the teacher's classes, with the form for a new one."""
    return _index_page(ClassNameForm(formdata=None))


@bp.post("/classes")
@teacher_required
def create() -> Response | tuple[str, int]:
    """Create a class and show it, with its join code."""
    form = ClassNameForm()
    if not form.validate_on_submit():
        return _index_page(form), 400
    school_class = create_class(db.session, current_user, form.name.data)
    db.session.commit()
    code = shown_code(school_class.join_code)
    flash(f"Class “{school_class.name}” created. Give your students its code: {code}.", "success")
    return redirect(url_for("classes.show", class_id=school_class.id), 303)


@bp.get("/classes/<int:class_id>")
@teacher_required
def show(class_id: int) -> str:
    """Show a class: its code and link, each student's figures, its decks, its settings."""
    return class_page(own_class(class_id))


@bp.post("/classes/<int:class_id>/rename")
@teacher_required
def rename(class_id: int) -> Response | tuple[str, int]:
    """Rename the class."""
    school_class = own_class(class_id)
    form = ClassNameForm()
    if not form.validate_on_submit():
        return class_page(school_class, rename_form=form), 400
    rename_class(db.session, school_class, form.name.data)
    db.session.commit()
    flash("Class renamed.", "success")
    return redirect(url_for("classes.show", class_id=class_id), 303)


@bp.post("/classes/<int:class_id>/code")
@teacher_required
def new_code(class_id: int) -> Response:
    """Give the class a new join code; the old code and link stop working."""
    school_class = own_class(class_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    code = replace_code(db.session, school_class)
    db.session.commit()
    flash(f"New code: {shown_code(code)}. The old code no longer works; students already in the class stay.", "success")
    return redirect(url_for("classes.show", class_id=class_id), 303)


@bp.post("/classes/<int:class_id>/remove")
@teacher_required
def remove(class_id: int) -> Response:
    """Take a student out of the class (their own progress stays theirs)."""
    school_class = own_class(class_id)
    form = StudentForm()
    if not form.validate_on_submit():
        abort(400)
    removed = remove_student(db.session, school_class, form.student_id.data)
    db.session.commit()
    flash("Student removed from the class." if removed else "That student is not in this class.", "info")
    return redirect(url_for("classes.show", class_id=class_id), 303)


@bp.post("/classes/<int:class_id>/assign")
@teacher_required
def assign(class_id: int) -> Response | tuple[str, int]:
    """Assign a deck to the class."""
    return _change_deck(class_id, assign_deck, "assigned to", "was assigned already")


@bp.post("/classes/<int:class_id>/unassign")
@teacher_required
def unassign(class_id: int) -> Response | tuple[str, int]:
    """Take a deck off the class."""
    return _change_deck(class_id, unassign_deck, "taken off", "was not assigned")


def _change_deck(class_id: int, change, done: str, unchanged: str) -> Response | tuple[str, int]:
    school_class = own_class(class_id)
    form = deck_form()
    if not form.validate_on_submit():
        return class_page(school_class, deck_errors=form.deck.errors), 400
    title = dict(form.deck.choices)[form.deck.data]
    changed = change(db.session, school_class, form.deck.data)
    db.session.commit()
    if changed:
        flash(f"“{title}” {done} the class.", "success")
    else:
        flash(f"“{title}” {unchanged}.", "info")
    return redirect(url_for("classes.show", class_id=class_id), 303)


def deck_form(**kwargs: object) -> DeckForm:
    """Return the deck form offering every live deck."""
    form = DeckForm(**kwargs)
    form.deck.choices = [(deck.key, deck.title) for deck in live_decks(db.session)]
    return form


def class_page(
    school_class: SchoolClass, rename_form: ClassNameForm | None = None, deck_errors: list[str] | None = None
) -> str:
    """Render the class page, with a refused form's errors when there are some."""
    assigned = assigned_decks(db.session, school_class)
    assigned_keys = {deck.key for deck in assigned}
    return render_template(
        "classes/class.html",
        school_class=school_class,
        code=shown_code(school_class.join_code),
        join_url=url_for("classes.join_link", code=school_class.join_code, _external=True),
        students=student_figures(db.session, school_class, utcnow()),
        assigned=assigned,
        unassigned=[deck for deck in live_decks(db.session) if deck.key not in assigned_keys],
        rename_form=rename_form or ClassNameForm(formdata=None, name=school_class.name),
        button_form=ButtonForm(formdata=None),
        deck_errors=deck_errors or [],
    )


def _index_page(form: ClassNameForm) -> str:
    return render_template(
        "classes/index.html", classes=classes_taught(db.session, current_user), form=form, shown_code=shown_code
    )
