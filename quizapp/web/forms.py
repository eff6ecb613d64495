"""The base of every form: text fields read text only, so a file sent in their place is a form error; hidden
fields are written out directly."""

from __future__ import annotations

from flask import request
from flask_wtf import FlaskForm
from markupsafe import Markup, escape
from wtforms import Field
from wtforms.widgets import HiddenInput


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

    def hidden_tag(self, *fields: object) -> Markup:
        """Render the hidden fields (all, or those named) as FlaskForm does, each plain one written directly.

        WTForms builds every input through its generic attribute writer; the study page's two forms spent
        about a tenth of the page's time there. The markup is the same, character for character.
        """
        chosen = [getattr(self, f, None) if isinstance(f, str) else f for f in fields] if fields else list(self)
        return Markup("\n".join(_hidden_input(f) for f in chosen if isinstance(f, Field) and _is_hidden(f)))


def _is_hidden(field: Field) -> bool:
    return isinstance(field.widget, HiddenInput)


def _hidden_input(field: Field) -> str:
    """Return the field's <input type="hidden">, as WTForms writes it (attributes sorted, values escaped)."""
    if type(field.widget) is not HiddenInput or field.render_kw or getattr(field.flags, "disabled", None):
        return str(field)  # anything beyond id, name and value: WTForms writes it
    return f'<input id="{_attribute(field.id)}" name="{_attribute(field.name)}" type="hidden" value="{_attribute(field._value())}">'


def _attribute(value: object) -> str:
    return escape(value).replace(Markup('"'), Markup("&quot;"))
