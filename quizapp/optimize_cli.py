"""`quizapp optimize USER`: fit a user's FSRS parameters from their reviews and print the figures."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from quizapp.accounts import find_user
from quizapp.db import db
from quizapp.optimizer import optimise


@click.command("optimize")
@click.argument("username")
@with_appcontext
def optimize_command(username: str) -> None:
    """Optimise USER's FSRS parameters from their own reviews; keep them only if they evaluate better."""
    user = find_user(db.session, username)
    if user is None:
        raise click.ClickException(f"no user named {username!r}")
    try:
        result = optimise(db.session, user)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    before, after = result.before, result.after
    click.echo(
        f"{user.username}: {result.reviews} reviews ({result.items} used); log loss {before.log_loss:.4f} -> "
        f"{after.log_loss:.4f}, RMSE {100 * before.rmse_bins:.2f}% -> {100 * after.rmse_bins:.2f}%; "
        + ("new parameters kept" if result.kept else "parameters unchanged (the new ones were not better)")
    )
