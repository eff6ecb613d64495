"""Register, log in, log out and change password."""

from __future__ import annotations

import functools

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from quizapp.db import db
from quizapp.models import User
from quizapp.timezones import is_valid_timezone
from quizapp.web.auth import bp
from quizapp.web.auth.forms import ChangePasswordForm, LoginForm, RegisterForm
from quizapp.web.auth.next_url import safe_next_url

TAKEN = "That username is taken; pick another."
BAD_LOGIN = "Incorrect username or password."


def find_user(username: str) -> User | None:
    """Return the account with this username, ignoring case, or None."""
    query = db.select(User).where(func.lower(User.username) == func.lower(username.strip()))
    return db.session.scalars(query).first()


@functools.cache
def _decoy_hash() -> str:
    return generate_password_hash("decoy password for unknown usernames")


def authenticate(username: str, password: str) -> User | None:
    """Return the user if the password matches; spend the same work when the username is unknown."""
    user = find_user(username)
    if user is None:
        # Hash anyway, so the response time does not tell which usernames exist.
        check_password_hash(_decoy_hash(), password)
        return None
    return user if user.check_password(password) else None


@bp.route("/register", methods=["GET", "POST"])
def register() -> Response | str:
    """Create an account and log it in."""
    if current_user.is_authenticated:
        return redirect(url_for("decks.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        username = form.username.data.strip()
        if find_user(username) is not None:
            form.username.errors.append(TAKEN)
        else:
            user = User(username=username)
            user.set_password(form.password.data)
            if is_valid_timezone(form.timezone.data):
                user.timezone = form.timezone.data
            db.session.add(user)
            try:
                db.session.commit()
            except IntegrityError:  # someone took the name between the check and the insert
                db.session.rollback()
                form.username.errors.append(TAKEN)
            else:
                login_user(user)
                flash(f"Welcome, {user.username}! Pick a deck to start.", "success")
                return redirect(url_for("decks.home"))
    return render_template("auth/register.html", form=form), 400 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str:
    """Log in and go back to the page that asked for it."""
    next_url = safe_next_url(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or url_for("decks.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.username.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            return redirect(next_url or url_for("decks.home"))
        form.form_errors.append(BAD_LOGIN)
    status = 400 if form.errors or form.form_errors else 200
    return render_template("auth/login.html", form=form, next_url=next_url), status


@bp.post("/logout")
def logout() -> Response:
    """Log out (a POST, so another site cannot log the student out with a link)."""
    logout_user()
    flash("You are logged out.", "info")
    return redirect(url_for("decks.home"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> Response | str:
    """Change the password after checking the current one."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append("That is not your current password.")
        else:
            current_user.set_password(form.password.data)
            db.session.commit()
            flash("Your password is changed.", "success")
            return redirect(url_for("account.settings"))
    return render_template("auth/change_password.html", form=form), 400 if form.errors else 200
