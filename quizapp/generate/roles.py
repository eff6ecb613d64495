"""Name the role an entity plays in its clause: subject, object, agent, recipient, possessor, or a mention."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Prepositions of place: a place after them is where something happened, rarely worth a question.
LOCATIVE = frozenset({"in", "at", "near", "across", "throughout", "inside", "within", "around", "into", "on"})
VERB_POS = ("VERB", "AUX")
# Verbs of going somewhere: their object or "to" phrase is a place, not an actor ("left France").
MOTION = frozenset(
    {
        "leave",
        "visit",
        "enter",
        "reach",
        "move",
        "return",
        "go",
        "come",
        "flee",
        "travel",
        "arrive",
        "migrate",
        "emigrate",
        "immigrate",
        "relocate",
        "head",
        "cross",
        "tour",
    }
)


def role_root(span: Span) -> Token:
    """Return the word whose role the name plays: the name's head, or the noun it names ("the astronomer X")."""
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ == "":
        return root.head  # "the astronomer Margaret Lyle", "the Minister of ..., Ana Ruiz,"
    return root


def actor_role(span: Span) -> str | None:
    """Name the role the parse gives an entity in its clause, or None when it plays none we ask about."""
    root = role_root(span)
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in VERB_POS:
        return "subject"
    if root.dep_ == "nsubjpass" and head.pos_ in VERB_POS:
        return "passive_subject"
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return "agent"
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        return "object" if head.lemma_ not in MOTION else None
    if root.dep_ == "dative" and head.pos_ == "VERB":
        return "recipient"
    if (
        root.dep_ == "pobj"
        and head.lower_ == "to"
        and head.dep_ in ("prep", "dative")
        and head.head.pos_ == "VERB"
        and head.head.lemma_ not in MOTION | {"accord"}
    ):
        return "recipient"
    if root.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in VERB_POS:
        return "possessor"
    return None


def mention_role(span: Span, kind: str) -> str:
    """Name the role of an entity no wh-question can target: a locative place, a possessor, or a mention."""
    root = role_root(span)
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and kind in ("place", "country"):
        return "locative"
    if root.dep_ == "poss":
        return "possessor"
    if root.dep_ == "conj":
        return "conjunct"
    return "mention"
