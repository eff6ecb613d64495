"""Vetoes on how an answer is named or shown: a description for a name, the deck's default guess, a
name that only qualifies the words after it, a name the words around it or the quote give away.

The registry and the table of every veto are in `vetoes`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span, Token

from quizapp.generate.facts import ACTOR, Fact
from quizapp.generate.similarity import key_words, same_stem
from quizapp.vocabulary import MONTHS

DEFAULT_MENTIONS = 5  # an actor named this often (in any form) is the deck's default guess


OFFICES = frozenset(
    {
        "president",
        "king",
        "queen",
        "emperor",
        "minister",
        "prime",
        "chancellor",
        "secretary",
        "ambassador",
        "general",
        "prince",
        "princess",
        "governor",
        "senator",
        "consul",
        "envoy",
    }
)


NATURAL_BODIES = frozenset({"sun", "moon", "solar system", "milky way"})


_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")


_NOT_NAMES = frozenset(
    {
        "the",
        "in",
        "on",
        "after",
        "during",
        "it",
        "its",
        "he",
        "she",
        "they",
        "this",
        "however",
        "a",
        *(m.lower() for m in MONTHS),
    }
)


def _main_subject(token: Token) -> bool:
    """Say whether a word is the subject of the sentence's main verb: the deed is then what is asked."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


def description(fact: Fact) -> bool:
    """Say whether an actor is a description rather than a name: a named group, or a lower-case head noun."""
    if fact.kind != ACTOR or fact.subkind == "list":
        return False
    if fact.subkind == "collective":
        # Reviews failed such gaps ("armed groups" fits "____ fired on the convoy" as well), posts ("Tarsk's
        # envoy to the Coastal Union" is worded many ways), and, in round 14-15, every typed question that
        # asked for one ("Which soldiers graffitied ...?": 0 of 7 passed).
        return True
    last = fact.span[-1]
    if fact.subkind != "person" and last.lower_ in OFFICES:
        return True  # "the Kessby Provincial President": a post, not a name (round 27: "a minor attendee title")
    return last.is_alpha and not last.text[:1].isupper()  # "the Harbour war": English puts the head noun last


def deck_default(fact: Fact) -> bool:
    """Say whether the answer is one of the actors its article names most, and not the main clause's subject."""
    if fact.kind != ACTOR:
        return False
    root = fact.span.root
    shown = len(re.findall(rf"(?<!\w){re.escape(fact.gaps[0].shown)}(?!\w)", fact.quote))
    if _main_subject(root) and shown == 1:
        return False  # "In 2012, Tarsk opened an office in Kessby": the deed is the question, not the name
    article = fact.unit.article
    defaults = _defaults(article.path, article.title, tuple(p.text for p in article.paragraphs()))
    # A person is the default by surname ("Johan Cruyff" when the article says "Cruyff" throughout).
    answer_words = key_words(fact.answer.split()[-1] if fact.subkind == "person" else fact.answer)
    return bool(answer_words) and any(
        all(any(same_stem(a, d) for d in name) for a in answer_words) for name in defaults
    )


@lru_cache(maxsize=32)
def _defaults(path: str, title: str, texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the key words of the article's default guesses: the two names it uses most (every form of a
    name counted together: "Tarsk", "Tarskian", "Tarsk's"), five times or more, less its own subject."""
    title_words = key_words(title)
    counts: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        for match in _NAME.finditer(text):
            found = tuple(w for w in key_words(match.group()) if w not in _NOT_NAMES)
            if not found or all(any(same_stem(w, t) for t in title_words) for w in found):
                continue
            same = next(
                (
                    k
                    for k in counts
                    if len(k) == len(found) and all(same_stem(a, b) for a, b in zip(k, found, strict=True))
                ),
                found,
            )
            counts[same] += 1
    return tuple(name for name, count in counts.most_common(2) if count >= DEFAULT_MENTIONS)


def qualifier(fact: Fact) -> bool:
    """Say whether a place only says where another place is ("Kessby, Tarsk"): a detail, not the fact."""
    span = fact.span
    if fact.kind != ACTOR or fact.subkind not in ("place", "country") or span.start < 2:
        return False
    comma, before = span.doc[span.start - 1], span.doc[span.start - 2]
    return comma.text == "," and before.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and before.text[:1].isupper()


def modifier(fact: Fact) -> bool:
    """Say whether a name only qualifies the word after it: a title or a person ("Norvian President Halvard
    Strand", "Tarsk's Anna Berg"), or a common noun ("the Coastal Union mediation", "UN estimates").

    A hyphened compound ("Tarsk-led") says more than the noun it qualifies and is kept.
    """
    if fact.kind != ACTOR:
        return False
    span = fact.span
    root = span.root
    head = root.head
    if span.end < len(span.doc) and span.doc[span.end].text == "-":
        return False
    if fact.subkind == "person" and any(_owned_by_a_country(shown) for shown in _shown_as(fact)):
        return True  # "Norvia's ____ during the Harbour War": the country names its leader to anyone
    if root.dep_ == "poss":
        return bool(head.ent_type_ == "PERSON")
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    # A place used as an adjective ("the Coastal Union mediation") is no unit; a product's or programme's
    # name before its kind ("an Ariane 5 rocket") is.
    place_as_adjective = fact.subkind in ("country", "place") and head.pos_ == "NOUN" and head.text.islower()
    return head.lower_ in OFFICES or head.ent_type_ == "PERSON" or place_as_adjective


def _shown_as(fact: Fact) -> list[Span]:
    """Return the answer's span and every other place the quote names it (the card hides each of them)."""
    unit = fact.unit
    first = unit.context[0].start if unit.context else unit.sent.start
    names = {fact.answer, *(g.shown for g in fact.gaps)}
    others = [e for e in unit.doc.ents if first <= e.start and e.end <= unit.sent.end and e.text in names]
    return [fact.span, *others]


def _owned_by_a_country(span: Span) -> bool:
    """Say whether a person's name follows a country's possessive ("Tarsk's Anna Berg")."""
    owner = next((t for t in span.root.children if t.dep_ == "poss" and t.i < span.start), None)
    return owner is not None and owner.ent_type_ in ("GPE", "NORP")


# A state's bodies: led by a person, owned by a country in the same words ("the government of Peru").
STATE_BODIES = frozenset(
    {"government", "administration", "regime", "army", "forces", "troops", "cabinet", "navy", "military", "police"}
)


def clause_as_name(fact: Fact) -> bool:
    """Say whether a "name" holds a finite verb ("Chile fought the War of the Confederation") or runs on past
    "to", "against", "with" or "by" into another name ("the Nobel Prize to Banting and Macleod"): the NER took
    a clause or a phrase for a name, and its gap would hide a deed, not a name (rounds 28-29)."""
    if fact.kind != ACTOR:
        return False
    span = fact.span
    if any(t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ in ("VERB", "AUX") for t in span):
        return True
    return any(
        t.lower_ in ("to", "against", "with", "by") and t.i + 1 < span.end and span.doc[t.i + 1].pos_ == "PROPN"
        for t in span[1:]
    )


def state_body_owner(fact: Fact) -> bool:
    """Say whether a person only owns a state's body ("the government of ____", "____'s army"): the country
    fits the gap as well as its leader (round 27: "the government of ____ filed a case" takes Peru too)."""
    if fact.kind != ACTOR or fact.subkind != "person":
        return False
    root = fact.span.root
    if root.dep_ == "poss":
        return root.head.lemma_.casefold() in STATE_BODIES or root.head.lower_ in STATE_BODIES
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "of"
        and (preposition.head.lemma_.casefold() in STATE_BODIES or preposition.head.lower_ in STATE_BODIES)
    )


def bracketed_acronym(fact: Fact) -> bool:
    """Say whether the answer is an acronym in brackets after what it abbreviates ("a weakened poliovirus
    given by mouth (____)"): the words before it spell it out, or it is a label, not a fact."""
    if fact.kind != ACTOR or not re.fullmatch(r"[A-Z]{2,6}", fact.answer):
        return False
    text, gap = fact.unit.text, fact.gaps[0]
    return text[gap.start - 1 : gap.start] == "(" and text[gap.end : gap.end + 1] == ")"


# The lower-case words inside a place's name ("Newcastle upon Tyne", "Frankfurt am Main").
PLACE_NAME_LINKS = frozenset({"upon", "am", "sur", "-upon-", "-on-"})


def split_name(fact: Fact) -> bool:
    """Say whether the answer is half a name the NER cut in two, the other half left in view: a one-word
    "person" or a body after a nationality it forms a name with ("French ____" for French Guiana, "the
    Chinese ____" for the Chinese Eastern Railway), the tail of a place ("Newcastle upon ____"), or the
    owner in a name ("____' Day" for Patriots' Day). Round 27 failed the last three as half names."""
    span = fact.span
    if fact.kind != ACTOR or span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    adjacent = before.idx + len(before.text) + 1 == span.start_char
    if before.ent_type_ == "NORP" and adjacent and before.text[:1].isupper():
        if fact.subkind == "person" and len(span) == 1:
            return True
        if fact.subkind in ("place", "organisation", "name") and span.start <= before.head.i < span.end:
            return True  # "the Chinese Eastern Railway": the nationality is part of the railway's name
    if before.lower_ in PLACE_NAME_LINKS and span.start >= 2:
        first_half = doc[span.start - 2]
        return first_half.ent_type_ in ("GPE", "LOC") and first_half.text[:1].isupper()
    root = span.root
    owned = root.head
    marker = next((c for c in root.children if c.dep_ == "case"), None)
    return (
        root.dep_ == "poss"
        and marker is not None
        and marker.text in ("'", "’")
        and owned.text[:1].isupper()
        and owned.i == span.end + 1
    )


def described(fact: Fact) -> bool:
    """Say whether a body follows a description that names it to anyone: a nationality and what it is
    ("the Norvian network ____", "the Tarsk computer maker ____")."""
    span = fact.span
    if fact.kind != ACTOR or fact.subkind == "person" or span.start < 2:
        return False  # "the Soviet virologist ____" names no one: many fit
    root, head = span.root, span.root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.text.islower() and head.i < span.start:
        return any(c.ent_type_ in ("NORP", "GPE") for c in head.lefts)  # "the Tarsk computer maker ____"
    kind, origin = span.doc[span.start - 1], span.doc[span.start - 2]
    return kind.pos_ == "NOUN" and kind.text.islower() and origin.ent_type_ in ("NORP", "GPE")


def owner_shown(fact: Fact) -> bool:
    """Say whether the quote shows the answer elsewhere as the owner of a person ("____'s Anna Berg"):
    hidden there too, the person it owns names it."""
    if fact.kind != ACTOR:
        return False
    unit = fact.unit
    quoted = unit.doc[unit.context[0].start if unit.context else unit.sent.start : unit.sent.end]
    return any(
        t.dep_ == "poss" and t.head.ent_type_ == "PERSON" and t.text in fact.answer.split()
        for t in quoted
        if not fact.token_start <= t.i < fact.token_end
    )


def natural_body(fact: Fact) -> bool:
    """Say whether the answer is one of the sky's bodies everyone knows ("away from the ____" for the Sun):
    the words around such a name give it, and it is no actor of the story."""
    return fact.kind == ACTOR and fact.answer.casefold().removeprefix("the ") in NATURAL_BODIES


def broken_quote(fact: Fact) -> bool:
    """Say whether the quoted text opens a quotation it never closes."""
    quote = fact.quote
    return quote.count('"') % 2 == 1 or quote.count("“") != quote.count("”")
