"""The editor's form (file name, text, the hash of the file it started from, the button pressed), the draft's
form and its discard, and the upload."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, HiddenField, StringField, TextAreaField
from wtforms.validators import AnyOf, InputRequired, Length, ValidationError

from quizapp.authoring import MAX_FILE_BYTES
from quizapp.authoring.decisions import DECISIONS
from quizapp.web.forms import Form, strip

ACTIONS = ("check", "preview", "publish")
TOO_BIG = "The text is over 1 MB; a question file may be at most 1 MB. Split it into several decks."


def posted(form: Form, field: HiddenField) -> None:
    """Require the field to be in the post, even empty (a hash is empty for a new file)."""
    if not field.raw_data:
        raise ValidationError("This field is missing from the form.")


class DraftForm(Form):
    """One question file being written, as Save draft posts it: its name, its text and the hash it started from."""

    path = StringField(
        "File name",
        validators=[InputRequired(), Length(max=200)],
        filters=[strip],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    content = TextAreaField(
        "Questions (YAML)",
        validators=[posted, Length(max=MAX_FILE_BYTES, message=TOO_BIG)],
        render_kw={"rows": 28, "spellcheck": "false", "autocapitalize": "off", "class": "editor-text"},
    )
    base_hash = HiddenField(validators=[posted, Length(max=64)])


class EditorForm(DraftForm):
    """The same, with the button pressed: Check, Preview and Publish all post it."""

    action = HiddenField(validators=[InputRequired(), AnyOf(ACTIONS, message="Press Check, Preview or Publish.")])


class DiscardForm(Form):
    """Discard a saved draft: nothing but the CSRF token."""


class UploadForm(FlaskForm):
    """A question file from the teacher's computer, validated before it is written."""

    file = FileField("Question file (.yaml)", validators=[FileRequired("Choose a file to upload.")])
    path = StringField(
        "Save as (optional)",
        validators=[Length(max=200)],
        filters=[strip],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    replace = BooleanField("Replace it if a file of that name exists")


class DecisionForm(Form):
    """Switch a generated question off or on, or name the teacher's question asked instead."""

    question_id = HiddenField(validators=[InputRequired(), Length(max=120)])
    file = HiddenField(validators=[InputRequired(), Length(max=200)])
    decision = HiddenField(validators=[InputRequired(), AnyOf(DECISIONS, message="Switch off, on, or replace.")])
    replacement = StringField(
        "Replace with your question (its id)",
        validators=[Length(max=120)],
        filters=[strip],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
