"""The card browser's forms: the filters (a GET form), bulk suspend/unsuspend and one card's actions."""

from __future__ import annotations

from wtforms import BooleanField, IntegerField, SelectField, SelectMultipleField, StringField
from wtforms.fields import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional, ValidationError

from quizapp.browse import SORTS, STATES
from quizapp.holds import ACTIONS
from quizapp.web.forms import Form


class FilterForm(Form):
    """Filter and sort the browser: text, deck, tag, state, sort column and direction, page (a GET, no CSRF)."""

    class Meta(Form.Meta):
        csrf = False

    q = StringField("Text", validators=[Optional(), Length(max=200)])
    deck = SelectField("Deck", choices=[], validate_choice=False, validators=[Optional(), Length(max=300)])
    tag = SelectField("Tag", choices=[], validate_choice=False, validators=[Optional(), Length(max=200)])
    state = SelectField(
        "State",
        choices=[SelectChoice("", "Any state"), *(SelectChoice(state, state.capitalize()) for state in STATES)],
        validators=[Optional()],
    )
    sort = SelectField(
        "Sort by",
        choices=[SelectChoice(name, name.capitalize()) for name in SORTS],
        default="due",
        validators=[Optional()],
    )
    desc = BooleanField("Descending")
    page = IntegerField(validators=[Optional(), NumberRange(min=1, max=100_000)])


class BulkForm(Form):
    """Suspend or unsuspend the cards ticked in the browser."""

    question_ids = SelectMultipleField(
        choices=[], validate_choice=False, validators=[DataRequired(message="Tick at least one card.")]
    )
    action = StringField(validators=[DataRequired(), AnyOf(["suspend", "unsuspend"])])

    def validate_question_ids(self, field: SelectMultipleField) -> None:
        """Refuse an implausible id list (a form may post anything)."""
        if len(field.data) > 1000 or any(len(value) > 120 for value in field.data):
            raise ValidationError("Too many cards at once, or an id that is no card.")


class CardForm(Form):
    """Act on one card from its history page: suspend, unsuspend, bury until tomorrow, reset to new."""

    action = StringField(validators=[DataRequired(), AnyOf(ACTIONS)])
