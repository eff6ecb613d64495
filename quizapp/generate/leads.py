"""Choose the lead a prompt opens with: the unit's own, the article's subject or a relations title, and
the story's time after it."""

from __future__ import annotations

import re

from quizapp.generate.anaphors import bare_definites
from quizapp.generate.facts import Fact
from quizapp.generate.giveaways import gives_away
from quizapp.generate.similarity import key_words, same_stem
from quizapp.generate.units import RELATIONS, article_topic


def plain_lead(fact: Fact) -> str:
    """Return the lead a framed prompt opens with when it needs none for its words: the unit's, or a relations title."""
    article = fact.unit.article
    return fact.unit.lead or (article.title if RELATIONS.search(article.title) else "")


def framed_lead(lead: str, frame: str) -> str:
    """Return the lead with the story's time after it ("Norvia–Tarsk relations, 2023"), or either alone."""
    return ", ".join(part for part in (lead, frame) if part)


def display_lead(fact: Fact) -> str | None:
    """Return the lead a prompt opens with to say what it is about, "", or None when the card needs the
    article's subject as its lead but that lead would show the answer ("Kessby Opera House: In 1999 the
    ____ invited ..." for the Kessby Opera House Trust): such a card is not made.

    In an article about one thing, every prompt that does not name it is led by it ("Sydney Opera
    House: The Concert Hall ..."): reviews failed "the project", "the virus", "the team" and "it" when
    nothing named what they belong to, and passed every prompt with such a lead. A relations article's
    title leads a sentence with a bare "the X", or a quote that does not name both sides, its context
    sentences quoted or not (round 25 failed "the two countries" and "the country" after a context that
    named one side). A unit with a lead of its own keeps it.
    """
    unit = fact.unit
    if unit.lead:
        return ""
    article = unit.article
    topic = article_topic(article)
    if topic:
        words = key_words(topic)
        shown = key_words(_without_answer(fact))  # "the ____ took over the building": the gap names nothing
        named = all(any(same_stem(w, s) for s in shown) for w in words)
        if not named and gives_away(fact, topic):
            return None  # without the lead, "the building" is nobody's; with it, the name is shown
        lead = "" if named else topic
    elif RELATIONS.search(article.title) and (
        bare_definites(unit.sent, range(fact.token_start, fact.token_end))
        or not _names_a_side(unit.quote, article.title)
    ):
        lead = article.title  # "Crown prince ____ condemned Norvia": the crown prince of which country?
    else:
        lead = ""
    return "" if lead and gives_away(fact, lead) else lead


def _without_answer(fact: Fact) -> str:
    """Return the quote as the card shows it: with the answer, in every form its gaps take, left out."""
    quote = fact.unit.quote
    for hidden in sorted({fact.answer, *(g.shown for g in fact.gaps)}, key=len, reverse=True):
        quote = quote.replace(hidden, " ")
    return quote


def _names_a_side(quote: str, title: str) -> bool:
    """Say whether the quote names both sides of a relations title ("Norvia–Tarsk relations"), in any form."""
    sides = [key_words(side) for side in re.split(r"[–-]", title.rsplit(" ", 1)[0])]
    quoted = key_words(quote)
    return all(any(same_stem(w, q) for w in side for q in quoted) for side in sides if side)
