"""The download route: /export/anki.csv or /export/anki.apkg, for one deck (?deck=<key>) or all decks."""

from __future__ import annotations

import io

from flask import Response, abort, request, send_file
from flask_login import login_required

from quizapp.articles import slugify
from quizapp.bankrows import live_bank_decks
from quizapp.db import db
from quizapp.export import FORMATS, MEDIA_TYPES, export_decks
from quizapp.storedarticles import article_titles
from quizapp.web.exports import bp


@bp.get("/export/anki.<fmt>")
@login_required
def anki(fmt: str) -> Response:
    """Download the decks named by ?deck=<key> (repeatable), or every deck, for Anki."""
    if fmt not in FORMATS:
        abort(404)
    keys = request.args.getlist("deck")
    decks = live_bank_decks(db.session, keys)
    if not decks or (keys and len(decks) != len(set(keys))):
        abort(404)
    buffer = io.BytesIO()
    export_decks(decks, fmt, buffer, article_titles(db.session).get)
    buffer.seek(0)
    name = slugify(decks[0].title) if len(decks) == 1 and keys else "all-decks"
    return send_file(
        buffer, mimetype=MEDIA_TYPES[fmt], as_attachment=True, download_name=f"quizapp-{name}.{fmt}", max_age=0
    )
