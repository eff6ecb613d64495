"""Settings' FSRS panel: Optimise the parameters from the student's reviews, and the optimal retention."""

from __future__ import annotations

from dataclasses import asdict

from flask import flash, redirect, session, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from quizapp.db import db
from quizapp.optimizer import MIN_REVIEWS, optimal_retention, optimise, parameters_of, review_count
from quizapp.web.account import bp
from quizapp.web.account.forms import ApplyRetentionForm, OptimalRetentionForm, OptimiseForm

PANEL = "account.settings"


def fsrs_panel() -> dict:
    """Return what the FSRS panel shows: the review count and threshold, the last result, the forms."""
    return {
        "reviews": review_count(db.session, current_user),
        "needed": MIN_REVIEWS,
        "optimised": bool(current_user.fsrs_parameters),
        "result": session.pop("fsrs_result", None),
        "optimal": session.get("fsrs_optimal"),
        "optimise_form": OptimiseForm(formdata=None),
        "optimal_form": OptimalRetentionForm(formdata=None),
        "apply_form": ApplyRetentionForm(formdata=None, retention=session.get("fsrs_optimal")),
    }


@bp.post("/settings/optimise")
@login_required
def optimise_parameters() -> Response:
    """Fit the FSRS parameters to the student's reviews; keep them when they predict the reviews better."""
    if OptimiseForm().validate_on_submit():
        try:
            result = optimise(db.session, current_user)
        except ValueError as error:
            flash(f"Not optimised: {error}.", "error")  # the button said so: the page again, with why
        else:
            db.session.commit()
            session["fsrs_result"] = {
                "before": asdict(result.before),
                "after": asdict(result.after),
                "kept": result.kept,
                "reviews": result.reviews,
                "items": result.items,
            }
    return redirect(url_for(PANEL, _anchor="fsrs"))


@bp.post("/settings/optimal-retention")
@login_required
def compute_optimal_retention() -> Response:
    """Simulate a year of study with the student's parameters and limits; show the cheapest retention."""
    if OptimalRetentionForm().validate_on_submit():
        session["fsrs_optimal"] = str(
            optimal_retention(parameters_of(current_user), current_user.new_cards_per_day, current_user.reviews_per_day)
        )
    return redirect(url_for(PANEL, _anchor="fsrs"))


@bp.post("/settings/retention")
@login_required
def apply_retention() -> Response | tuple[str, int]:
    """Make the computed optimal retention the student's desired retention."""
    form = ApplyRetentionForm()
    if form.validate_on_submit():
        current_user.desired_retention = float(form.retention.data)
        db.session.commit()
        session.pop("fsrs_optimal", None)
        flash(f"Desired retention set to {form.retention.data}.", "success")
        return redirect(url_for(PANEL, _anchor="fsrs"))
    flash("Not applied: " + " ".join(e for errors in form.errors.values() for e in errors), "error")
    return refused()


def refused() -> tuple[str, int]:
    """Show the settings page again, with the flashed reason, as a 400."""
    from quizapp.web.account.views import SettingsForm, settings_page

    return settings_page(SettingsForm(formdata=None, obj=current_user), 400)
