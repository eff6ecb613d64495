"""The study forms; every action is a plain POST with a CSRF token, so studying works without JavaScript."""

from __future__ import annotations

from wtforms import HiddenField, IntegerField, RadioField, SelectField, StringField
from wtforms.fields import SelectChoice
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
    # "1" while studying ahead of time (custom study): the grade then changes no schedule.
    ahead = HiddenField(validators=[Optional(), AnyOf(["", "1"])])


class GradeForm(AnswerForm):
    """Grade the card just answered: Again (1), Hard (2), Good (3) or Easy (4)."""

    rating = IntegerField(validators=[InputRequired(), AnyOf([1, 2, 3, 4])])
    # When the answer was revealed (epoch ms): the grades shown were computed then, and are given as shown.
    revealed_at = HiddenField(validators=[Optional(), DIGITS])


class UndoForm(Form):
    """Take back the latest answer."""

    deck = HiddenField(validators=[Optional(), Length(max=300)])


class CardActionForm(Form):
    """Set the card shown aside by hand: suspend it, bury it until tomorrow, or reset it to new."""

    question_id = HiddenField(validators=[DataRequired(), Length(max=120)])
    deck = HiddenField(validators=[Optional(), Length(max=300)])
    ahead = HiddenField(validators=[Optional(), AnyOf(["", "1"])])
    action = StringField(validators=[DataRequired(), AnyOf(["suspend", "bury", "reset"])])


class CustomStudyForm(Form):
    """Study ahead of time, schedules untouched: a deck, a tag, or the cards failed today."""

    scope = RadioField(
        "Study",
        choices=[
            SelectChoice("deck", "A deck"),
            SelectChoice("tag", "A tag"),
            SelectChoice("failed", "Cards I failed today"),
        ],
        default="deck",
        validators=[InputRequired()],
    )
    deck = SelectField("Deck", choices=[], validate_choice=False, validators=[Optional(), Length(max=300)])
    tag = SelectField("Tag", choices=[], validate_choice=False, validators=[Optional(), Length(max=200)])
