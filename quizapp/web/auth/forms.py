"""Forms for registering, logging in and changing the password."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, PasswordField, StringField
from wtforms.validators import EqualTo, InputRequired, Length, Regexp

MIN_PASSWORD = 8
MAX_PASSWORD = 200
USERNAME_PATTERN = r"^[\w.-]+$"

_password_rules = [InputRequired(), Length(min=MIN_PASSWORD, max=MAX_PASSWORD,
                                           message=f"Use at least {MIN_PASSWORD} characters.")]


class RegisterForm(FlaskForm):
    """Pick a username and a password; the browser fills in its time zone when it can."""

    username = StringField("Username", validators=[
        InputRequired(), Length(min=3, max=40, message="Use 3 to 40 characters."),
        Regexp(USERNAME_PATTERN, message="Use letters, digits, dots, dashes or underscores only.")],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"})
    password = PasswordField("Password", validators=_password_rules,
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("Repeat password", validators=[
        InputRequired(), EqualTo("password", message="The two passwords differ.")],
        render_kw={"autocomplete": "new-password"})
    timezone = HiddenField("Time zone")


class LoginForm(FlaskForm):
    """Username and password; no hint about which of the two was wrong."""

    username = StringField("Username", validators=[InputRequired()],
                           render_kw={"autocomplete": "username", "autocapitalize": "none",
                                      "spellcheck": "false"})
    password = PasswordField("Password", validators=[InputRequired()],
                             render_kw={"autocomplete": "current-password"})
    remember = BooleanField("Keep me logged in")


class ChangePasswordForm(FlaskForm):
    """The current password, then the new one twice."""

    current = PasswordField("Current password", validators=[InputRequired()],
                            render_kw={"autocomplete": "current-password"})
    password = PasswordField("New password", validators=_password_rules,
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("Repeat new password", validators=[
        InputRequired(), EqualTo("password", message="The two passwords differ.")],
        render_kw={"autocomplete": "new-password"})
