"""The study settings form, with the ranges the scheduler accepts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from wtforms import BooleanField, DecimalField, IntegerField, PasswordField, StringField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from quizapp.passwords import MAX_PASSWORD
from quizapp.steps import StepsError, format_steps, parse_steps
from quizapp.timezones import canonical_timezone
from quizapp.web.forms import Form

# Decimals, as the field gives: the float 0.97 is a hair below Decimal("0.97") and would reject it.
MIN_RETENTION, MAX_RETENTION = Decimal("0.70"), Decimal("0.97")


class DecimalCommaField(DecimalField):
    """A decimal field that takes a decimal comma too ("0,9"), as many students write it."""

    def process_formdata(self, valuelist: list[str]) -> None:
        """Read the number with its comma made a point."""
        super().process_formdata([value.strip().replace(",", ".") for value in valuelist])


class FiniteDecimalField(DecimalCommaField):
    """A decimal field (point or comma) that refuses NaN, sNaN and infinities, which no range check can compare."""

    data: Any  # a Decimal once read, None when missing or refused (WTForms is untyped)

    def process_formdata(self, valuelist: list) -> None:
        """Read the number, then refuse it unless it is finite."""
        super().process_formdata(valuelist)
        if isinstance(self.data, Decimal) and not self.data.is_finite():
            self.data = None
            raise ValueError(self.gettext("Not a valid decimal value."))


class SettingsForm(Form):
    """Desired retention, new cards and reviews per day, time zone, day start, shortcuts, steps, leeches."""

    desired_retention = FiniteDecimalField(
        "Desired retention",
        places=2,
        validators=[
            InputRequired(),
            NumberRange(min=MIN_RETENTION, max=MAX_RETENTION, message="Pick a value from 0.70 to 0.97."),
        ],
        render_kw={"inputmode": "decimal", "autocomplete": "off"},
    )
    new_cards_per_day = IntegerField(
        "New cards per day",
        validators=[InputRequired(), NumberRange(min=0, max=9999, message="Pick a number from 0 to 9999.")],
        render_kw={"type": "number", "min": 0, "max": 9999, "inputmode": "numeric"},
    )
    reviews_per_day = IntegerField(
        "Reviews per day",
        validators=[InputRequired(), NumberRange(min=0, max=9999, message="Pick a number from 0 to 9999.")],
        render_kw={"type": "number", "min": 0, "max": 9999, "inputmode": "numeric"},
    )
    timezone = StringField(
        "Time zone",
        validators=[InputRequired(), Length(max=64)],
        render_kw={"list": "timezone-names", "autocomplete": "off", "spellcheck": "false"},
    )
    day_starts_at_hour = IntegerField(
        "New day starts at (hour)",
        validators=[InputRequired(), NumberRange(min=0, max=23, message="Pick an hour from 0 to 23.")],
        render_kw={"type": "number", "min": 0, "max": 23, "inputmode": "numeric"},
    )
    single_key_shortcuts = BooleanField("Single-key shortcuts while studying (1–4, U, Space)")
    learning_steps = StringField(
        "Learning steps", validators=[Length(max=200)], render_kw={"autocomplete": "off", "spellcheck": "false"}
    )
    relearning_steps = StringField(
        "Relearning steps", validators=[Length(max=200)], render_kw={"autocomplete": "off", "spellcheck": "false"}
    )
    leech_threshold = IntegerField(
        "Leech threshold (lapses)",
        validators=[Optional(), NumberRange(min=0, max=99, message="Pick a number from 0 to 99.")],
        render_kw={"type": "number", "min": 0, "max": 99, "inputmode": "numeric"},
    )

    def validate_learning_steps(self, field: StringField) -> None:
        """Accept Anki's step form ("1m 10m", units s, m, h, d; empty for none) and store it tidied."""
        field.data = _steps(field.data)

    def validate_relearning_steps(self, field: StringField) -> None:
        """Accept Anki's step form for lapsed cards ("10m"; empty for none) and store it tidied."""
        field.data = _steps(field.data)

    def validate_timezone(self, field: StringField) -> None:
        """Accept only IANA names such as "Europe/Berlin" or "Asia/Kuwait", in any case ("utc", "europe/berlin")."""
        name = canonical_timezone(field.data)
        if name is None:
            raise ValidationError("Unknown time zone; use a name such as Europe/Berlin or Asia/Kuwait.")
        field.data = name


def _steps(text: str | None) -> str:
    try:
        return format_steps(parse_steps(text or ""))
    except StepsError as error:
        raise ValidationError(str(error)) from error


class DeleteAccountForm(Form):
    """The password, to confirm that the account and all its progress go."""

    password = PasswordField(
        "Your password",
        validators=[InputRequired(), Length(max=MAX_PASSWORD)],
        render_kw={"autocomplete": "current-password"},
    )


class OptimiseForm(Form):
    """The Optimise button: fit the FSRS parameters to the student's own reviews (CSRF token only)."""


class OptimalRetentionForm(Form):
    """The button that asks the simulator for the desired retention cheapest per card remembered."""


class ApplyRetentionForm(Form):
    """Take the computed optimal retention as the desired retention."""

    retention = FiniteDecimalField(
        "Retention",
        places=2,
        validators=[
            InputRequired(),
            NumberRange(min=MIN_RETENTION, max=MAX_RETENTION, message="Pick a value from 0.70 to 0.97."),
        ],
    )
