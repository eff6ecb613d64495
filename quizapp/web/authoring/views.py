"""The teacher's question files: list, download, upload, and the editor (check, preview, publish)."""

from __future__ import annotations

import io
from pathlib import Path

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from werkzeug.utils import secure_filename
from werkzeug.wrappers import Response

from quizapp.authoring import AuthoringError, bank_file
from quizapp.authoring.decisions import decide as decide_question
from quizapp.authoring.decisions import deck_decisions
from quizapp.authoring.drafts import draft_of_file, drafts_of, drop_published_draft
from quizapp.authoring.library import bank_files, content_hash, is_generated
from quizapp.authoring.preview import preview_cards
from quizapp.authoring.publishing import BankFolders, NotValid, StaleFile, check_draft, publish, publish_upload
from quizapp.authoring.sentences import paragraph_sentences
from quizapp.authoring.template import Sentence, new_deck_text
from quizapp.db import db
from quizapp.sync import question_owners
from quizapp.web.authoring import bp
from quizapp.web.authoring.forms import DecisionForm, EditorForm, UploadForm
from quizapp.web.roles import teacher_required

# The form around a 1 MB file needs a little more than the app's 1 MB limit on request bodies.
UPLOAD_BODY_LIMIT = 2 * 1024 * 1024


@bp.url_value_preprocessor
def allow_a_whole_file(endpoint: str | None, values: dict | None) -> None:
    """Let the editor and the upload take a 1 MB file with its form. Set here, because URL preprocessors run
    before any before_request function, one of which reads the form (and so applies the limit)."""
    if endpoint in ("authoring.editor", "authoring.save_draft", "authoring.upload"):
        request.max_content_length = request.max_form_memory_size = UPLOAD_BODY_LIMIT


def folders() -> BankFolders:
    """Return the bank's folders from the app's settings."""
    config = current_app.config
    return BankFolders(Path(config["QUESTIONS_DIR"]), Path(config["ARTICLES_DIR"]), Path(config["PROJECT_ROOT"]))


def existing_file(name: str) -> Path:
    """Return the bank file `name`, or answer 404 for a name that is unsafe or not there."""
    try:
        file = bank_file(folders().questions, name)
    except AuthoringError:
        abort(404)
    if not file.is_file():
        abort(404)
    return file


@bp.get("/")
@teacher_required
def files() -> tuple[str, int]:
    """List the question files with their counts and validation status, and offer an upload."""
    return files_page(UploadForm(formdata=None))


def files_page(upload: UploadForm, status: int = 200) -> tuple[str, int]:
    """Render the list of files and the teacher's own drafts, with the upload form as it stands (its errors beside it)."""
    found = bank_files(folders().questions, folders().root, question_owners(db.session))
    return render_template(
        "authoring/files.html", files=found, upload=upload, drafts=drafts_of(db.session, current_user)
    ), status


@bp.get("/download/<path:file>")
@teacher_required
def download(file: str) -> Response:
    """Send one question file as a download."""
    data = io.BytesIO(existing_file(file).read_bytes())  # read whole: no file handle left for the server to close
    return send_file(data, mimetype="application/yaml", as_attachment=True, download_name=Path(file).name)


@bp.get("/edit/<path:file>")
@teacher_required
def edit(file: str) -> str:
    """Open a question file in the editor."""
    path = existing_file(file)
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    form = EditorForm(formdata=None, path=file, content=text, base_hash=content_hash(data))
    generated = is_generated(text)
    decisions = deck_decisions(folders(), path) if generated else []
    return render_template(
        "authoring/editor.html",
        form=form,
        existing=True,
        generated=generated,
        decisions=decisions,
        saved_draft=draft_of_file(db.session, current_user, file),
    )


@bp.post("/decide")
@teacher_required
def decide() -> Response | tuple[str, int]:
    """Switch a generated question off or on, or replace it with the teacher's own, in questions/overrides.yaml."""
    form = DecisionForm()
    if not form.validate():
        abort(400)
    existing_file(form.file.data)  # the page to go back to must be a file of the bank
    try:
        report = decide_question(
            db.session, folders(), form.question_id.data, form.decision.data, form.replacement.data or ""
        )
    except AuthoringError as error:
        flash(str(error), "error")
        return edit(form.file.data), 400
    done = {"off": "switched off", "on": "switched on again", "replace": f"replaced by {form.replacement.data}"}
    flash(f"{form.question_id.data} is {done[form.decision.data]} ({report.summary().split(': ', 1)[1]}).", "success")
    return redirect(url_for("authoring.edit", file=form.file.data, _anchor="decisions"), 303)


@bp.get("/new")
@teacher_required
def new() -> str:
    """Open the editor on a new file, from the template (filled with a sentence picked on an article page)."""
    form = EditorForm(formdata=None, path=_free_name(), content=new_deck_text(_picked_sentence()), base_hash="")
    return render_template("authoring/editor.html", form=form, existing=False, generated=False)


@bp.get("/pick/<slug>/<anchor>")
@teacher_required
def pick(slug: str, anchor: str) -> str:
    """List a paragraph's sentences, each a link that starts a new question file citing it."""
    picked = paragraph_sentences(db.session, slug, anchor)
    if picked is None:
        abort(404)
    return render_template("authoring/pick.html", picked=picked)


@bp.post("/editor")
@teacher_required
def editor() -> Response | tuple[str, int]:
    """Check, preview or publish the text in the editor."""
    form = EditorForm()
    page = {"form": form, "existing": False, "generated": False}
    if not form.validate():
        return render_template("authoring/editor.html", **page), 400
    name, text = form.path.data, form.content.data.replace("\r\n", "\n")
    page.update(existing=bool(form.base_hash.data), lines=text.splitlines())
    try:
        bank_file(folders().questions, name)
    except AuthoringError as error:
        form.path.errors = [str(error)]
        return render_template("authoring/editor.html", **page), 400
    try:
        if form.action.data == "publish":
            report = publish(db.session, folders(), name, text, form.base_hash.data)
            drop_published_draft(db.session, current_user, name)
            db.session.commit()
            flash(f"Published {name}: {report.summary().split(': ', 1)[1]}.", "success")
            return redirect(url_for("authoring.files"), 303)
        checked = check_draft(db.session, folders(), name, text)
    except StaleFile as error:
        form.base_hash.data = error.current_hash  # the next Publish overwrites knowingly, after merging
        return render_template("authoring/editor.html", **page, refusal=str(error), diff=error.diff), 409
    except NotValid as error:
        return render_template(
            "authoring/editor.html", **page, refusal=str(error), problems=error.problems, checked=True
        ), 400
    except AuthoringError as error:
        return render_template("authoring/editor.html", **page, refusal=str(error)), 400
    cards = preview_cards(checked.decks[0], folders().root) if form.action.data == "preview" and checked.decks else None
    return render_template("authoring/editor.html", **page, problems=checked.problems, checked=True, cards=cards), 200


@bp.post("/upload")
@teacher_required
def upload() -> Response | tuple[str, int]:
    """Publish an uploaded question file, after checking it; refuse it with the validator's messages."""
    form = UploadForm()
    if not form.validate():
        return files_page(form, 400)
    name = form.path.data or secure_filename(form.file.data.filename or "")
    try:
        report = publish_upload(db.session, folders(), name, form.file.data.read(), form.replace.data)
    except NotValid as error:
        form.file.errors = [str(error), *(f"line {p.line}, column {p.column}: {p.message}" for p in error.problems)]
        return files_page(form, 400)
    except AuthoringError as error:
        form.file.errors = [str(error)]
        return files_page(form, 400)
    flash(f"Uploaded {name}: {report.summary().split(': ', 1)[1]}.", "success")
    return redirect(url_for("authoring.files"), 303)


def _free_name() -> str:
    """Return a file name not yet taken in the bank: my-questions.yaml, my-questions-2.yaml, ..."""
    taken = {f.name for f in folders().questions.glob("*.y*ml")} if folders().questions.is_dir() else set()
    name, n = "my-questions.yaml", 2
    while name in taken:
        name, n = f"my-questions-{n}.yaml", n + 1
    return name


def _picked_sentence() -> Sentence | None:
    """Read the sentence an article page passed (article, section, paragraph, quote), if all four are sound."""
    args = request.args
    paragraph = args.get("paragraph", "")
    if not (args.get("article") and args.get("section") and args.get("quote") and paragraph.isdigit()):
        return None
    return Sentence(args["article"][:300], args["section"][:300], int(paragraph), args["quote"][:2000])
