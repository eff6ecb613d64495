"""One deck's card on the home page (title, counts, progress bar, study links), written in Python.

Home shows every deck: at 100 decks, Jinja's per-deck loop with its counts macro cost more than the page's
queries (some 2,000 escapes and attribute look-ups). The markup is the template's, built here with one
escape per text; decks/_macros.html keeps the same counts and bar for the deck page.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from markupsafe import Markup, escape

from quizapp.queue import DeckCounts

__all__ = ["deck_card"]


def deck_card(
    title: str,
    description: str,
    counts: DeckCounts,
    reason: str | None,
    class_names: Sequence[str],
    deck_url: str,
    study_url: str,
) -> Markup:
    """Return the home page's list item for one deck."""
    name, about, deck_href, study_href = _deck_text(title, description, deck_url, study_url)
    assigned = "".join(
        f'<p class="assigned-class">Assigned by <span dir="auto">{escape(n)}</span></p>' for n in class_names
    )
    idle = f'<p class="deck-idle muted" role="note">{escape(reason)}</p>' if reason else ""
    waiting = counts.new + counts.due
    study = (
        f'<a class="btn btn-primary" href="{study_href}">Study <span class="btn-badge">{waiting}</span>'
        f'<span class="visually-hidden"> waiting: {name}</span></a>'
        if waiting
        else f'<a class="btn btn-secondary" href="{study_href}">Study<span class="visually-hidden">: {name}'
        " (nothing due now)</span></a>"
    )
    return Markup(
        f'<li class="card deck-card">{assigned}'
        f'<h2 class="deck-title"><a href="{deck_href}" dir="auto">{name}</a></h2>{about}'
        f"{_summary(counts)}{idle}"
        f'<div class="deck-actions">{study}<a class="btn btn-ghost" href="{deck_href}">Questions'
        f'<span class="visually-hidden"> in {name}</span></a></div></li>'
    )


@functools.lru_cache(maxsize=4096)
def _deck_text(title: str, description: str, deck_url: str, study_url: str) -> tuple[str, str, str, str]:
    """Return a deck's escaped title, description paragraph and links, escaped once per deck and kept.

    They change only when the bank does, and Home writes every deck on every visit: the counts are new
    each time, the deck's own text is not.
    """
    about = f'<p class="deck-description muted" dir="auto">{escape(description)}</p>' if description else ""
    return str(escape(title)), about, str(escape(deck_url)), str(escape(study_url))


def _summary(counts: DeckCounts) -> str:
    """Return the counts and the progress bar, as the deck_summary macro writes them."""
    learned = 100 * counts.learned / counts.total if counts.total else 0
    learning = 100 * counts.learning / counts.total if counts.total else 0
    return (
        '<dl class="counts">'
        f'<div class="count count-new"><dt>New</dt><dd>{counts.new}</dd></div>'
        f'<div class="count count-due"><dt>Due</dt><dd>{counts.due}</dd></div>'
        f'<div class="count count-learning"><dt>Learning</dt><dd>{counts.learning}</dd></div>'
        f'<div class="count count-learned"><dt>Learned</dt><dd>{counts.learned}</dd></div></dl>'
        f'<div class="progress" role="img" aria-label="{counts.learned} of {counts.total} learned, '
        f'{counts.learning} in learning"><span class="progress-learned" style="width: {learned:.1f}%"></span>'
        f'<span class="progress-learning" style="width: {learning:.1f}%"></span></div>'
        f'<p class="progress-caption muted">{counts.learned} of {counts.total} learned · {round(learned)}%</p>'
    )
