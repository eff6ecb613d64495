"""Register, log in (throttled), log out, change password and log out everywhere."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from quizapp.accounts import authenticate, register_student
from quizapp.db import db, utcnow
from quizapp.throttle import ThrottleLimits, forget_failures, record_failure, seconds_to_wait, throttle_keys
from quizapp.web.auth import bp
from quizapp.web.auth.forms import ChangePasswordForm, EndSessionsForm, LoginForm, RegisterForm
from quizapp.web.auth.next_url import safe_next_url
from quizapp.web.auth.sessions import end_every_session, end_other_sessions, start_session

TAKEN = "That username is taken; pick another."
BAD_LOGIN = "Incorrect username or password."


def throttle_limits() -> ThrottleLimits:
    """Return the login limits from the settings."""
    return current_app.config["LOGIN_THROTTLE"]


@bp.route("/register", methods=["GET", "POST"])
def register() -> ResponseReturnValue:
    """Create an account and log it in."""
    if current_user.is_authenticated:
        return redirect(url_for("decks.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        user = register_student(db.session, form.username.data, form.password.data, form.timezone.data)
        if user is None:
            form.username.errors.append(TAKEN)
        else:
            start_session(user)
            flash(f"Welcome, {user.username}! Pick a deck to start.", "success")
            return redirect(url_for("decks.home"))
    return render_template("auth/register.html", form=form), 400 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | tuple[str, int, dict[str, str]]:
    """Log in and go back to the page that asked for it; refuse for a while after many wrong passwords."""
    next_url = safe_next_url(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or url_for("decks.home"))
    form = LoginForm()
    headers: dict[str, str] = {}
    status = 200
    if form.validate_on_submit():
        keys, limits, now = throttle_keys(form.username.data, request.remote_addr), throttle_limits(), utcnow()
        if wait := seconds_to_wait(db.session, keys, limits, now):
            form.form_errors.append(f"Too many failed logins. Try again in {wait} s.")
            headers["Retry-After"] = str(wait)
            status = 429
        elif (user := authenticate(db.session, form.username.data, form.password.data)) is not None:
            forget_failures(db.session, keys["account"])
            start_session(user, remember=form.remember.data)
            return redirect(next_url or url_for("decks.home"))
        else:
            record_failure(db.session, keys, limits, now)
            form.form_errors.append(BAD_LOGIN)
    if status == 200 and (form.errors or form.form_errors):
        status = 400
    return render_template("auth/login.html", form=form, next_url=next_url), status, headers


@bp.post("/logout")
def logout() -> Response:
    """Log out, ending every session of the account (a POST, so another site cannot do it with a link)."""
    if current_user.is_authenticated:
        # Cookies live in the browser; only a new session version makes a copied one worthless.
        end_every_session(current_user)
    flash("You are logged out.", "info")
    return redirect(url_for("decks.home"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> ResponseReturnValue:
    """Change the password after checking the current one; every other session ends."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append("That is not your current password.")
        else:
            current_user.set_password(form.password.data)
            end_other_sessions(current_user)
            flash("Your password is changed, and every other session is logged out.", "success")
            return redirect(url_for("account.settings"))
    return render_template("auth/change_password.html", form=form), 400 if form.errors else 200


@bp.post("/account/sessions/end")
@login_required
def end_sessions() -> Response:
    """Log out every other browser and device, keeping this one logged in."""
    if not EndSessionsForm().validate_on_submit():
        return redirect(url_for("account.settings"))
    end_other_sessions(current_user)
    flash("Every other session is logged out.", "success")
    return redirect(url_for("account.settings"))
