"""Each teacher's saved drafts: Save draft from the editor, open a draft in the editor, discard it."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.authoring import AuthoringError
from quizapp.authoring.drafts import DraftTooBig, discard_draft, file_changed_since, own_draft, save_draft
from quizapp.db import db
from quizapp.models import Draft
from quizapp.web.authoring import bp
from quizapp.web.authoring.forms import DiscardForm, DraftForm, EditorForm
from quizapp.web.authoring.views import folders
from quizapp.web.roles import teacher_required


def teachers_draft(draft_id: int) -> Draft:
    """Return the logged-in teacher's draft, or answer 404 (for someone else's draft too: no hint it exists)."""
    return own_draft(db.session, current_user, draft_id) or abort(404)


@bp.post("/drafts", endpoint="save_draft")
@teacher_required
def save() -> Response | tuple[str, int]:
    """Keep the editor's text as the teacher's draft of its file name (a second save updates it); then reopen it."""
    form = DraftForm()
    page = {"form": form, "existing": bool(form.base_hash.data), "generated": False}
    if not form.validate():
        return render_template("authoring/editor.html", **page), 400
    text = form.content.data.replace("\r\n", "\n")
    try:
        draft = save_draft(db.session, folders().questions, current_user, form.path.data, text, form.base_hash.data)
    except DraftTooBig as error:
        form.content.errors = [str(error)]
        return render_template("authoring/editor.html", **page), 400
    except AuthoringError as error:
        form.path.errors = [str(error)]
        return render_template("authoring/editor.html", **page), 400
    db.session.commit()
    flash(f"Draft of {draft.path} saved. Only you see it; it is not published.", "success")
    return redirect(url_for("authoring.open_draft", draft_id=draft.id), 303)


@bp.get("/drafts/<int:draft_id>")
@teacher_required
def open_draft(draft_id: int) -> str:
    """Open a saved draft in the editor: its text, its file name, and the hash of the file it started from."""
    draft = teachers_draft(draft_id)
    form = EditorForm(formdata=None, path=draft.path, content=draft.content, base_hash=draft.base_hash)
    return render_template(
        "authoring/editor.html",
        form=form,
        existing=bool(draft.base_hash),
        generated=False,
        draft=draft,
        file_changed=file_changed_since(folders().questions, draft),
    )


@bp.post("/drafts/<int:draft_id>/discard", endpoint="discard_draft")
@teacher_required
def discard(draft_id: int) -> Response:
    """Delete one of the teacher's drafts, and go back to the file list."""
    draft = teachers_draft(draft_id)
    if not DiscardForm().validate():
        abort(400)
    path = draft.path
    discard_draft(db.session, draft)
    db.session.commit()
    flash(f"Draft of {path} discarded.", "success")
    return redirect(url_for("authoring.files"), 303)
