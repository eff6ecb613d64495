"""Tell when a sentence counts from a time or answers a deed told before it: "that summer", "two years
later", an undated "Previously,", "this position", "the resulting treaty", "set up there", "to do the same", "Tarsk followed in 2020".

Only the sentence before can say which time or deed; a lead cannot.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizapp.generate.determiners import determiner_of
from quizapp.vocabulary import MONTHS

# Times counted from one named before ("that summer", "two years later", "the following season").
LATER = re.compile(
    r"\b(?:later that|by then|by that time|at the time(?! of)|that (?:year|month|summer|autumn|winter|spring|season|day|week|decade)|"
    r"the (?:following|next|same|previous) (?:year|month|season|day|week|decade|summer|autumn)|"
    r"\w+ (?:years?|months?|weeks?|days?|seasons?) (?:later|earlier))\b",
    re.IGNORECASE,
)


# Openers that place a sentence before or after the one told before it ("Previously, X had refused").
EARLIER_OPENER = re.compile(r"^\W*(?:Previously|Earlier|Before that|Before then|Afterwards|Later on)\b")


# Describing words that make a noun the outcome of something told before ("the resulting GPEI").
RESULTING = frozenset({"resulting", "ensuing", "aforementioned"})


# Nouns for a position taken before ("their stance", "its decision"): only the sentence before says which.
STANCES = frozenset(
    {
        "stance",
        "position",
        "decision",
        "move",
        "response",
        "efforts",
        "effort",
        "role",
        "view",
        "policy",
        "support",
        "action",
        "actions",
    }
)


# Prepositions that name what an answering verb answers ("retaliated against", "agreed to", "responded with").
ANSWERED_BY = frozenset({"against", "with", "to", "on", "by", "for"})


REASONS = frozenset({"ground", "grounds", "basis", "reason", "pretext"})  # "on the grounds that": why, not what


# Common nouns for bodies that can refuse ("the board declined"): their "declined" is an answer, not a fall.
DECIDERS = frozenset(
    {
        "government",
        "board",
        "council",
        "committee",
        "club",
        "company",
        "team",
        "party",
        "court",
        "authority",
        "official",
    }
)


ANSWERING = frozenset({"refuse", "agree", "accept", "reject", "respond", "retaliate", "decline", "comply", "follow"})


def leans_on_a_time_or_deed(sent: Span) -> bool:
    """Say whether a sentence counts from a time or answers a deed told before: "that summer", "two years
    later", "at the time", an undated "Previously," or "Afterwards,", "this position", "of these", "the resulting treaty", "set up there", "to do the same", "Tarsk followed in 2020".
    Only the sentence before can say which; a lead cannot.
    """
    later = LATER.search(sent.text)
    if later and not _dated_before(sent, sent.start_char + later.start()) and not _restated(sent, later):
        return True
    if EARLIER_OPENER.match(sent.text) and not any(t.ent_type_ == "DATE" for t in sent):
        return True  # "Previously, X had refused": before what? Dropping the word tells a different story
    for token in sent:
        determiner = determiner_of(token) if token.pos_ == "NOUN" else ""
        if determiner in ("this", "these", "those") or (determiner == "that" and token.i > sent.start):
            return True
        if token.lower_ in ("this", "these", "those") and token.tag_ == "DT" and token.dep_ in ("pobj", "dobj"):
            return True  # "Of these, 2,000 died": these what?
        if token.lower_ == "same" and determiner_of(token) == "the" and token.head.lemma_ == "do":
            return True  # "might encourage Norvia to do the same": the same as what? (round 28)
        if token.lower_ == "there" and token.dep_ == "advmod" and not _placed_before(token):
            return True  # "a foundation was set up there in 1923": where? (round 27; "there was" is no place)
        if token.lower_ in RESULTING and token.dep_ == "amod" and determiner_of(token.head) == "the":
            return True  # "The resulting agreement": resulting from what?
        owner = next((c.lower_ for c in token.children if c.dep_ == "poss"), "")
        described = any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") for c in token.children)
        if token.lemma_ in STANCES and owner in ("its", "their", "his", "her") and not described:
            return True  # "Tarsk praised Norvia for their stance": which stance? ("its anti-war stance" says)
    root = sent.root
    answered = [
        c
        for c in root.children
        if (c.dep_ in ("dobj", "xcomp", "ccomp", "agent", "nsubjpass") and not _after_a_phrase_of_the_verb(c))
        or (
            c.dep_ == "prep"
            and c.lower_ in ANSWERED_BY
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            and not any(t.dep_ == "pobj" and t.lemma_ in REASONS for t in c.children)  # "refused on the grounds that"
        )
    ]
    if root.lemma_ == "decline" and _thing_as_subject(root):
        return False  # "Trade declined in the 1990s": it fell, it refused nothing
    return root.lemma_ in ANSWERING and not answered  # "Tarsk followed in 2020": followed what?


def _after_a_phrase_of_the_verb(child: Token) -> bool:
    """Say whether a verb's object stands after a prepositional phrase of that verb: English puts the object
    first ("refused the offer on the grounds that ..."), so the parse has taken a word of the phrase's clause
    for the object ("refused on the grounds that ... could build bunkers and positions")."""
    verb = child.head
    return child.dep_ == "dobj" and any(c.dep_ == "prep" and verb.i < c.i < child.left_edge.i for c in verb.children)


def _thing_as_subject(verb: Token) -> bool:
    """Say whether a verb's subject is a common noun that names no one ("relations", "trade", "the number")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "" and subject.lemma_ not in DECIDERS


# ", on 2 June 1971," or ", in March 1860,": the date a "two years later" stands for, said outright.
RESTATED = re.compile(rf"^,? (?:on|in) (?:\d{{1,2}} )?(?:{'|'.join(MONTHS)}) (?:\d{{1,2}}, )?\d{{4}}\b")


def _restated(sent: Span, later: re.Match[str]) -> bool:
    """Say whether the relative time is followed at once by the full date it stands for ("Two years later,
    on 2 June 1971, ..."): the sentence says when without the one before."""
    return RESTATED.match(sent.text[later.end() :]) is not None


def _dated_before(sent: Span, at: int) -> bool:
    """Say whether the sentence names a year before character `at`, from which its "two years earlier" counts
    ("renamed in 2012 ..., who had died two years earlier"); "Two years later, on 2 June 1971" counts from
    a time told before."""
    return any(t.ent_type_ == "DATE" and re.fullmatch(r"1\d{3}|20\d{2}", t.text) and t.idx < at for t in sent)


def _placed_before(token: Token) -> bool:
    """Say whether the sentence names a place before a "there" ("the invasion of Tarsk ... remained there"); a
    place the NER takes for a body ("Kessby Point ... lived there") counts, a person does not."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for t in token.sent if t.i < token.i)
