"""What a deck's stored rows give (its tag list, its words of some lengths), kept per process under the deck's
digest (Flask-free).

Sync is the one writer of a deck's questions and words, and it stores the deck's digest (its file, the
articles and the teachers' overrides, quizapp.deckdigests) whenever it reads the deck again; a deck whose
digest is unchanged has had its rows left as they were. So a figure computed from the rows of a deck at one
digest holds for as long as the deck keeps that digest, in every worker, and needs no invalidation: a re-sync
that changes anything changes the key. A deck without a digest (never synced from a file) is always read anew.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from quizapp.models import Deck

__all__ = ["KEPT_FIGURES", "deck_kept", "forget_deck_figures"]

T = TypeVar("T")
# Distinct (deck, digest, figure) entries kept per process; an entry is a deck's tags or one length range of words.
KEPT_FIGURES = 1024
_kept: OrderedDict[tuple[Hashable, ...], Any] = OrderedDict()
_lock = threading.Lock()  # gthread workers serve requests on several threads


def deck_kept(session: Session, deck_key: str, figure: Hashable, compute: Callable[[], T]) -> T:
    """Return `compute()` for the deck as it stands, computed at most once per digest of the deck in this process."""
    deck = session.get(Deck, deck_key)  # the deck page loaded it already: no statement
    if deck is None or not deck.digest:
        return compute()
    # The database too: a process serving (or testing) several keeps their decks apart.
    key = (session.get_bind().engine.url, deck_key, deck.digest, figure)
    with _lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    value = compute()
    with _lock:
        _kept[key] = value
        while len(_kept) > KEPT_FIGURES:
            _kept.popitem(last=False)
    return value


def forget_deck_figures() -> None:
    """Drop every kept figure (for a test that writes a deck's rows behind sync's back)."""
    with _lock:
        _kept.clear()
