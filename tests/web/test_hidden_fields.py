"""Every form's hidden fields are written as WTForms and Flask-WTF write them, character for character."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from flask_wtf import FlaskForm

import quizapp.web
from quizapp.web.forms import Form
from quizapp.web.study.forms import AnswerForm, UndoForm

AWKWARD = 'a "quoted" <b>&amp; it\'s</b>'


def every_form() -> list[type[Form]]:
    """Return every form class of the web package built on quizapp's Form."""
    for module in pkgutil.walk_packages(quizapp.web.__path__, "quizapp.web."):
        importlib.import_module(module.name)
    found, todo = [], [Form]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


@pytest.mark.parametrize("form_class", every_form(), ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_hidden_tag_is_flask_wtfs_own_markup(csrf_app, form_class):
    with csrf_app.test_request_context("/"):
        form = form_class(formdata=None)
        for field in form:
            if field.type in ("HiddenField", "StringField"):
                field.data = AWKWARD  # values that need escaping, quotes included
        assert str(form.hidden_tag()) == str(FlaskForm.hidden_tag(form))
        names = [field.name for field in form]
        assert str(form.hidden_tag(*names)) == str(FlaskForm.hidden_tag(form, *names))


def test_the_study_forms_hidden_fields_with_a_prefix_and_the_csrf_token(csrf_app):
    with csrf_app.test_request_context("/"):
        undo = UndoForm(formdata=None, prefix="undo", deck="capitals")
        answer = AnswerForm(formdata=None, question_id=AWKWARD, deck="", reps=3, shown_at=12, ahead="1")
        for form in (undo, answer):
            assert str(form.hidden_tag()) == str(FlaskForm.hidden_tag(form))
        assert 'name="undo-deck" type="hidden" value="capitals"' in str(undo.hidden_tag())
        assert 'name="csrf_token" type="hidden"' in str(answer.hidden_tag())
        assert "&#34;quoted&#34;" in str(answer.hidden_tag())
