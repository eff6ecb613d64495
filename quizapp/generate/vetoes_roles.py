"""Vetoes on the role an actor plays in its sentence: one item of a list, a one-off voice, the deck's
home country, a side in a war, an aside, a source, an example, a post held "now", where someone went.

The registry and the table of every veto are in `vetoes`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizapp.generate.facts import ACTOR, DATE, Fact
from quizapp.generate.groups import name_lists
from quizapp.generate.units import RELATIONS, article_topic
from quizapp.generate.vetoes_dates import in_a_run_of_dates, named_wars
from quizapp.generate.vetoes_naming import OFFICES

SPEECH = frozenset({"say", "tell", "comment", "note", "argue", "write", "explain", "add", "remark", "quote"})


MINOR_ROLES = frozenset(
    {
        "analyst",
        "commentator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "journalist",
        "professor",
        "researcher",
        "expert",
        "correspondent",
        "writer",
        "columnist",
        "editor",
        "scholar",
        "historian",
        "manager",
        "observer",
        "critic",
        "reporter",
    }
)


PLACES = ("GPE", "LOC", "FAC")


SIDING = frozenset({"side", "support", "back", "join", "ally", "aid"})  # taking a side in a war


POSTS = frozenset({"work", "serve", "teach", "study"})  # "who worked at the ____": where someone was, not a deed


def list_item(fact: Fact) -> bool:
    """Say whether an actor is one item of a list of three or more, or of a pair of places."""
    if fact.kind == DATE:
        # "In the 1970s and ____": the other decade of the pair points at the missing one; "in March
        # 2005, November 2007 and ____": one date of a list of three is a detail, not the fact.
        if fact.subkind == "decade" and re.search(
            r"\d0s,? (?:and|or|to) (?:the )?\d{2,4}s|"
            r"\d{2,4}s,? (?:and|or|to) (?:the )?\d0s",
            fact.sentence,
        ):
            return True
        return in_a_run_of_dates(fact)
    if fact.kind != ACTOR or fact.subkind == "list":
        return False
    root = fact.span.root
    first = root
    while first.dep_ == "conj":
        first = first.head
    items = [first, *[t for t in first.subtree if t.dep_ == "conj" and _conj_chain(t, first)]]
    # The parse may miss a list the names' commas show ("A, B and C grew ..."): count that run too.
    members = max(
        [len(items)]
        + [
            count
            for span, _, count in name_lists(fact.unit.sent)
            if span.start <= fact.span.start and fact.span.end <= span.end
        ]
    )
    if members < 2:
        return False
    return members >= 3 or (fact.subkind == "place" and all(t.ent_type_ in PLACES for t in items))


def _conj_chain(token: Token, first: Token) -> bool:
    """Say whether a "conj" token hangs from `first` through other conjuncts only."""
    while token.dep_ == "conj":
        token = token.head
        if token == first:
            return True
    return False


def minor_voice(fact: Fact) -> bool:
    """Say whether a person named once in the article only speaks, or is named by a minor role."""
    if fact.kind != ACTOR or fact.subkind != "person":
        return False
    surname = fact.answer.split()[-1]
    text = " ".join(p.text for p in fact.unit.article.paragraphs())
    if len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1:
        return False
    before = fact.span.doc[max(fact.span.sent.start, fact.span.start - 4) : fact.span.start]
    if any(t.lower_ in OFFICES for t in before):
        return False  # "Former Prime Minister X said ...": an office holder, no one-off voice
    root = fact.span.root
    speaks = (root.dep_ == "nsubj" and root.head.lemma_ in SPEECH) or (
        root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
    )
    return speaks or _role_words(fact.span) & MINOR_ROLES != set()


def _role_words(span: Span) -> set[str]:
    """Return the common nouns that name a person's role: an apposition, or the words just before the name."""
    root = span.root
    words = {c.lower_ for c in root.children if c.dep_ == "appos"}
    words |= {t.lower_ for t in span.doc[max(span.sent.start, span.start - 3) : span.start] if t.pos_ == "NOUN"}
    if root.dep_ == "appos":
        words.add(root.head.lower_)
    return words


def home_country(fact: Fact) -> bool:
    """Say whether a country is the home of what a one-subject article is about (named in its opening
    paragraph): "football came to the ____" in a Dutch club's deck, and "By then ____ had a written
    constitution" in a deck on the Meiji Restoration (round 16: as the subject it is guessed as well)."""
    if fact.kind != ACTOR or fact.subkind != "country":
        return False
    article = fact.unit.article
    paragraphs = article.paragraphs()
    if not paragraphs or not article_topic(article):
        return False
    return re.search(rf"(?<!\w){re.escape(fact.answer)}(?!\w)", paragraphs[0].text) is not None


def side_in_its_war(fact: Fact) -> bool:
    """Say whether the answer is the side someone took in a war the sentence names ("siding with ____ in the
    Harbour War", "supporting ____ during the Cod War"), or that war beside the side ("siding with Tarsk in
    the ____"): a war's name tells its sides to anyone, and its sides name it."""
    if fact.kind != ACTOR or not named_wars(fact.unit.sent):
        return False
    root = fact.span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "dobj" else None
    return verb is not None and verb.lemma_ in SIDING


def stale(fact: Fact) -> bool:
    """Say whether the answer is named as the holder of a post "now" ("current premier ____"): true on the
    day the article was written, wrong on the day a student reads it."""
    if fact.kind != ACTOR:
        return False
    before = fact.unit.text[max(0, fact.gaps[0].start - 40) : fact.gaps[0].start].casefold()
    return re.search(r"\b(?:current|incumbent|present|sitting)(?: \w+){1,2} $", before) is not None


def membership(fact: Fact) -> bool:
    """Say whether a body is named only as what others are members of ("all sovereign ____ member states",
    "to become a member of the ____"): the one body everyone names for it."""
    if fact.kind != ACTOR or fact.subkind != "organisation":
        return False
    text, gap = fact.unit.text, fact.gaps[0]
    after = text[gap.end : gap.end + 8].casefold()
    before = text[max(0, gap.start - 14) : gap.start].casefold()
    return after.startswith((" member", " members")) or before.endswith(("member of the ", "members of the "))


def example(fact: Fact) -> bool:
    """Say whether a name is only an example of a kind ("radical groups such as the ____"): any of them fits."""
    if fact.kind != ACTOR:
        return False
    before = fact.unit.text[max(0, fact.gaps[0].start - 20) : fact.gaps[0].start].casefold()
    return re.search(r"\b(?:such as|including|like)(?: the)?\s*$", before) is not None


def side_clause(fact: Fact) -> bool:
    """Say whether an actor sits in an aside set off by commas that describes someone rather than tells a
    deed: a present-tense standing ("Tarsk Front, which governs the ____, condemned ...") or a workplace
    ("Holm, who worked at the ____, developed ..."). Asides that tell a deed ("who founded the Liberal Party")
    are facts of their own and stay."""
    if fact.kind != ACTOR:
        return False
    root = fact.span.root
    return any(
        t.dep_ == "relcl" and _set_off(t) and (t.tag_ in ("VBZ", "VBP") or t.lemma_ in POSTS)
        for t in (root, *root.ancestors)
    )


def _set_off(clause: Token) -> bool:
    """Say whether a relative clause is an aside: opened by a comma and a "which"/"who" of its own."""
    first = clause.left_edge
    pronoun = first.lower_ in ("which", "who", "whom", "whose")
    return pronoun and first.i > 0 and first.nbor(-1).text == ","


def personal_detail(fact: Fact) -> bool:
    """Say whether a place or body only says where a person comes from or works ("Anders Holm, a samurai
    from ____", "Lars Berg, Holm's former mentor at the ____", "a team led by Anna Berg of the ____"):
    a detail of who someone is."""
    if fact.kind != ACTOR or fact.subkind == "person":
        return False
    root = fact.span.root
    prep = root.head
    described = prep.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and described.ent_type_ == "PERSON":
        return True  # "a team led by Anna Berg of the ____"
    return (
        prep.lower_ in ("from", "at")
        and described.dep_ == "appos"
        and described.pos_ == "NOUN"
        and described.head.ent_type_ == "PERSON"
    )


def source(fact: Fact) -> bool:
    """Say whether an actor only vouches for what the sentence says ("according to the ____")."""
    root = fact.span.root
    preposition = root.head
    return (
        fact.kind == ACTOR
        and root.dep_ == "pobj"
        and preposition.lower_ == "to"
        and preposition.head.lower_ in ("according", "owing")
    )


# Verbs of going somewhere: "to ____" after them is where someone went.
GOING = frozenset(
    {"flee", "follow", "move", "go", "return", "travel", "emigrate", "migrate", "retreat", "escape", "sail"}
)


def destination(fact: Fact) -> bool:
    """Say whether a place is only where someone went ("fled to ____"), and the paragraph names another place
    the gap would take as well (the town there, the region around it)."""
    root = fact.span.root
    if fact.kind != ACTOR or fact.subkind not in ("country", "place") or root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ not in ("to", "into") or preposition.head.lemma_ not in GOING:
        return False
    others = {e.text for e in fact.unit.doc.ents if e.label_ in PLACES and e.text != fact.answer}
    return bool(others - set(fact.answer.split()))


def between_the_sides(fact: Fact) -> bool:
    """Say whether places are asked as what lies "between ____" in a relations deck: the deck's two sides fit
    such a gap as well (round 27: "the crossing between ____" took "Chile and Peru" as well as two towns)."""
    if fact.kind != ACTOR or fact.subkind not in ("country", "place", "list"):
        return False
    root = fact.span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return (
        root.dep_ == "pobj" and root.head.lower_ == "between" and RELATIONS.search(fact.unit.article.title) is not None
    )
