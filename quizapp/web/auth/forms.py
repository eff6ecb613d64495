"""Forms for registering, logging in and changing the password."""

from __future__ import annotations

from flask_login import current_user
from wtforms import BooleanField, Field, HiddenField, PasswordField, StringField
from wtforms.validators import EqualTo, InputRequired, Length, Regexp, ValidationError

from quizapp.accounts import MAX_USERNAME, USERNAME_PATTERN
from quizapp.passwords import MAX_PASSWORD, MIN_PASSWORD, password_problem
from quizapp.usernames import lookalike_problem
from quizapp.web.forms import Form, strip

_password_rules = [
    InputRequired(),
    Length(min=MIN_PASSWORD, max=MAX_PASSWORD, message=f"Use at least {MIN_PASSWORD} characters."),
]


def refuse_weak_password(username: str | None, field: Field) -> None:
    """Raise the reason a password is refused for this username (common, the username, blank)."""
    if field.data and (problem := password_problem(field.data, username or "")):
        raise ValidationError(problem)


class RegisterForm(Form):
    """Pick a username and a password; the browser fills in its time zone when it can."""

    username = StringField(
        "Username",
        filters=[strip],
        validators=[
            InputRequired(),
            Length(min=3, max=MAX_USERNAME, message=f"Use 3 to {MAX_USERNAME} characters."),
            Regexp(USERNAME_PATTERN, message="Use letters, digits, dots, dashes or underscores only."),
        ],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"},
    )
    password = PasswordField("Password", validators=_password_rules, render_kw={"autocomplete": "new-password"})
    confirm = PasswordField(
        "Repeat password",
        validators=[InputRequired(), EqualTo("password", message="The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )
    timezone = HiddenField("Time zone", validators=[Length(max=64)])

    def validate_username(self, field: StringField) -> None:
        """Refuse names that mix alphabets, which can pass for another student's."""
        if problem := lookalike_problem(field.data or ""):
            raise ValidationError(problem)

    def validate_password(self, field: PasswordField) -> None:
        """Refuse common passwords, the username, and blanks."""
        refuse_weak_password(self.username.data, field)


class LoginForm(Form):
    """Username and password; no hint about which of the two was wrong."""

    username = StringField(
        "Username",
        filters=[strip],
        validators=[InputRequired(), Length(max=200)],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"},
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired(), Length(max=MAX_PASSWORD)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField("Keep me logged in")


class ChangePasswordForm(Form):
    """The current password, then the new one twice."""

    current = PasswordField(
        "Current password",
        validators=[InputRequired(), Length(max=MAX_PASSWORD)],
        render_kw={"autocomplete": "current-password"},
    )
    password = PasswordField("New password", validators=_password_rules, render_kw={"autocomplete": "new-password"})
    confirm = PasswordField(
        "Repeat new password",
        validators=[InputRequired(), EqualTo("password", message="The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )

    def validate_password(self, field: PasswordField) -> None:
        """Refuse common passwords, the username, and blanks."""
        refuse_weak_password(current_user.username, field)


class EndSessionsForm(Form):
    """Log out every other browser and device (a button, so only its CSRF token)."""
