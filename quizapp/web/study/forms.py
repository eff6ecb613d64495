"""The study forms; every action is a plain POST with a CSRF token, so studying works without JavaScript."""

from __future__ import annotations

from wtforms import HiddenField, IntegerField, StringField
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, Optional, Regexp

from quizapp.web.forms import Form

DIGITS = Regexp(r"^\d{1,15}$")


class AnswerForm(Form):
    """Answer (or reveal) the card shown: which question, the deck studied, when it was shown, the answer."""

    question_id = HiddenField(validators=[DataRequired(), Length(max=120)])
    deck = HiddenField(validators=[Optional(), Length(max=300)])
    shown_at = HiddenField(validators=[Optional(), DIGITS])
    reps = HiddenField(validators=[InputRequired(), DIGITS])
    answer = StringField("Your answer", validators=[Optional(), Length(max=500)])


class GradeForm(AnswerForm):
    """Grade the card just answered: Again (1), Hard (2), Good (3) or Easy (4)."""

    rating = IntegerField(validators=[InputRequired(), AnyOf([1, 2, 3, 4])])
    # When the answer was revealed (epoch ms): the grades shown were computed then, and are given as shown.
    revealed_at = HiddenField(validators=[Optional(), DIGITS])


class UndoForm(Form):
    """Take back the latest answer."""

    deck = HiddenField(validators=[Optional(), Length(max=300)])
