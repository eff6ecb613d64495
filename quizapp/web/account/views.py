"""Show and save the student's study settings."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from quizapp.db import db
from quizapp.timezones import timezone_names
from quizapp.web.account import bp
from quizapp.web.account.forms import SettingsForm
from quizapp.web.account.fsrs import fsrs_panel
from quizapp.web.auth.forms import EndSessionsForm


@bp.route("/settings", methods=["GET", "POST"])
@login_required
def settings() -> ResponseReturnValue:
    """Show the settings form and save it."""
    form = SettingsForm(obj=current_user)
    if form.validate_on_submit():
        current_user.desired_retention = float(form.desired_retention.data)
        current_user.new_cards_per_day = form.new_cards_per_day.data
        current_user.reviews_per_day = form.reviews_per_day.data
        current_user.timezone = form.timezone.data
        current_user.day_starts_at_hour = form.day_starts_at_hour.data
        current_user.single_key_shortcuts = form.single_key_shortcuts.data
        # A field the form did not send (an older page) keeps its value; an empty steps field means no steps.
        for name in ("learning_steps", "relearning_steps", "leech_threshold"):
            if form[name].raw_data and form[name].data is not None:
                setattr(current_user, name, form[name].data)
        db.session.commit()
        flash("Settings saved.", "success")
        return redirect(url_for("account.settings"))
    return settings_page(form, 400 if form.errors else 200)


def settings_page(form: SettingsForm, status: int) -> tuple[str, int]:
    """Render the settings page with the given form and status."""
    return (
        render_template(
            "account/settings.html",
            form=form,
            timezone_names=timezone_names(),
            end_sessions_form=EndSessionsForm(formdata=None),
            fsrs=fsrs_panel(),
        ),
        status,
    )
