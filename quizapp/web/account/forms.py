"""The study settings form, with the ranges the scheduler accepts."""

from __future__ import annotations

from decimal import Decimal

from flask_wtf import FlaskForm
from wtforms import DecimalField, IntegerField, StringField
from wtforms.validators import InputRequired, NumberRange, ValidationError

from quizapp.timezones import canonical_timezone

# Decimals, as the field gives: the float 0.97 is a hair below Decimal("0.97") and would reject it.
MIN_RETENTION, MAX_RETENTION = Decimal("0.70"), Decimal("0.97")


class DecimalCommaField(DecimalField):
    """A decimal field that takes a decimal comma too ("0,9"), as many students write it."""

    def process_formdata(self, valuelist: list[str]) -> None:
        """Read the number with its comma made a point."""
        super().process_formdata([value.strip().replace(",", ".") for value in valuelist])


class SettingsForm(FlaskForm):
    """Desired retention, new cards and reviews per day, time zone and the hour a study day starts."""

    desired_retention = DecimalCommaField(
        "Desired retention", places=2,
        validators=[InputRequired(), NumberRange(min=MIN_RETENTION, max=MAX_RETENTION,
                                                 message="Pick a value from 0.70 to 0.97.")],
        render_kw={"inputmode": "decimal", "autocomplete": "off"})
    new_cards_per_day = IntegerField(
        "New cards per day",
        validators=[InputRequired(), NumberRange(min=0, max=9999, message="Pick a number from 0 to 9999.")],
        render_kw={"type": "number", "min": 0, "max": 9999, "inputmode": "numeric"})
    reviews_per_day = IntegerField(
        "Reviews per day",
        validators=[InputRequired(), NumberRange(min=0, max=9999, message="Pick a number from 0 to 9999.")],
        render_kw={"type": "number", "min": 0, "max": 9999, "inputmode": "numeric"})
    timezone = StringField(
        "Time zone", validators=[InputRequired()],
        render_kw={"list": "timezone-names", "autocomplete": "off", "spellcheck": "false"})
    day_starts_at_hour = IntegerField(
        "New day starts at (hour)",
        validators=[InputRequired(), NumberRange(min=0, max=23, message="Pick an hour from 0 to 23.")],
        render_kw={"type": "number", "min": 0, "max": 23, "inputmode": "numeric"})

    def validate_timezone(self, field: StringField) -> None:
        """Accept only IANA names such as "Europe/Berlin" or "Asia/Kuwait", in any case ("utc", "europe/berlin")."""
        name = canonical_timezone(field.data)
        if name is None:
            raise ValidationError("Unknown time zone; use a name such as Europe/Berlin or Asia/Kuwait.")
        field.data = name
