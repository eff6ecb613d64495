"""The base of every form: text fields read text only, so a file sent in their place is a form error."""

from __future__ import annotations

from flask import request
from flask_wtf import FlaskForm


def strip(value: object) -> object:
    """Trim a text field's value, leaving a missing one as it is (a WTForms filter)."""
    return value.strip() if isinstance(value, str) else value


class Form(FlaskForm):
    """A FlaskForm that reads request.form alone, never request.files (the one upload, the review history
    import in web/account/history.py, subclasses FlaskForm itself)."""

    class Meta(FlaskForm.Meta):
        def wrap_formdata(self, form: FlaskForm, formdata: object) -> object:
            """Use the posted text fields only: a file (or a JSON body) in their place then counts as missing."""
            wrapped = super().wrap_formdata(form, formdata)
            if wrapped is None or wrapped is formdata:
                return wrapped  # nothing posted, or data the caller gave
            return request.form
