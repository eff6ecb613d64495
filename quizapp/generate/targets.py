"""Find, for one fact, the words a wh-question replaces and the wh-phrase that replaces them.

Each finder returns a Target or None; None means the sentence has no shape we turn into a question
safely (the answer sits inside a noun phrase, in a subordinate clause, after an odd preposition...).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quizapp.generate.clauses import render
from quizapp.generate.facts import Fact
from quizapp.generate.names import is_country
from quizapp.generate.roles import role_root
from quizapp.numberwords import number_in_words

# (preposition, date sub-kind) -> wh-phrase; any other pairing gets no wh-question.
DATE_PHRASES = {
    ("in", "year"): "in what year",
    ("in", "years"): "in what years",
    ("in", "month_year"): "in what month and year",
    ("on", "full_date"): "on what date",
    ("until", "year"): "until what year",
    ("by", "year"): "by what year",
}
WHO = {
    "person": "who",
    "group": "who",
    "country": "which country",
    "organisation": "which organisation",
    "place": "where",
}
WHOM = {"person": "whom", "group": "whom", "country": "which country", "organisation": "which organisation"}


@dataclass(frozen=True)
class Target:
    """The answer's tokens in the clause, the words that replace them, and the verb they hang on."""

    verb: Token
    tokens: frozenset[int]  # removed from the clause
    wh: str  # e.g. "in what year", "how many missiles", "who"
    in_subject: bool


def _target(verb: Token, tokens: set[int], wh: str, in_subject: bool) -> Target:
    """Build a Target."""
    return Target(verb, frozenset(tokens), wh, in_subject)


def clause_verb(token: Token, climb: bool = False) -> Token | None:
    """Return the main-clause verb a word hangs on (a time adjunct may climb out of a "to"-infinitive)."""
    verb = token
    while (
        climb and verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    ):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return verb
    return None


def date_target(fact: Fact) -> Target | None:
    """Target a date that is the whole object of a time preposition on the main verb ("In 2013, ...")."""
    span = fact.span
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    phrase = DATE_PHRASES.get((prep.lower_, fact.subkind))
    tokens = {t.i for t in prep.subtree}
    if phrase is None or tokens != {prep.i} | set(range(span.start, span.end)):
        return None
    verb = clause_verb(prep.head, climb=True)
    return _target(verb, tokens, phrase, False) if verb is not None else None


def number_target(fact: Fact) -> Target | None:
    """Target a count, percentage, quantity or sum that is the subject or object of the main verb."""
    span = fact.span
    numbers = set(range(span.start, span.end))
    if fact.subkind == "money":
        root = span.root
        if {t.i for t in root.subtree} != numbers or root.dep_ != "dobj":
            return None
        verb = clause_verb(root.head)
        return _target(verb, numbers, "how much", False) if verb is not None else None
    if fact.subkind == "percent":
        head = span.root
        phrase = "what percentage"
    elif fact.subkind in ("count", "quantity"):
        head = span.root if fact.subkind == "quantity" else span.root.head
        if fact.subkind == "count" and (span.root.dep_ not in ("nummod", "quantmod") or head.i < span.root.i):
            return None
        phrase = "how many"
        numbers = numbers - {head.i}
    elif fact.subkind == "ratio":
        return _ratio_target(fact)
    else:
        return None
    verb = clause_verb(head.head)
    if verb is None or head.dep_ not in ("nsubj", "nsubjpass", "dobj") or any(c.dep_ == "conj" for c in head.children):
        return None  # "45 boats and about 600 members": no single thing to count
    noun_phrase = _noun_phrase(head)
    if head.dep_ != "dobj":
        return _target(verb, numbers, phrase, True)
    rest = render([t for t in noun_phrase if t.i not in numbers])
    wh = f"{phrase} {rest}".strip()
    return _target(verb, {t.i for t in head.subtree}, wh, False)


def _noun_phrase(head: Token) -> list[Token]:
    """Return a noun phrase's tokens up to its first comma ("34 tons of aid, including food" -> "34 tons of aid")."""
    tokens = sorted(head.subtree, key=lambda t: t.i)
    for position, token in enumerate(tokens):
        if token.text == "," and token.i > head.i:
            return tokens[:position]
    return tokens


def _ratio_target(fact: Fact) -> Target | None:
    """Target "X out of Y things" as the subject: "how many of the Y things ...?"."""
    doc = fact.unit.doc
    number = doc[fact.token_start]
    after = doc[number.i + 1 : number.i + 4]
    if len(after) < 3 or [t.lower_ for t in after[:2]] != ["out", "of"] or after[2].pos_ != "NUM":
        return None
    if number.dep_ != "nsubj":
        return None
    verb = clause_verb(number.head)
    tokens = {number.i, number.i + 1, number.i + 2}
    return _target(verb, tokens, "how many of the", True) if verb is not None else None


# What a leader commands in a country's name: asked "whose", the country answers as well as the leader.
STATE_FORCES = frozenset(
    {"army", "armies", "force", "forces", "troops", "navy", "regime", "government", "police", "militia"}
)
LIST_NOUNS = {"GPE": "countries", "PERSON": "people", "ORG": "organisations", "NORP": "groups"}
COUNT_WORDS = {n: number_in_words(n) for n in range(2, 7)}  # two to six


def _list_target(fact: Fact, root: Token, role: str | None) -> Target | None:
    """Target a list of names as subject or object: "which two countries ...?"."""
    noun = LIST_NOUNS.get(fact.detail.get("label", ""))
    count = COUNT_WORDS.get(fact.detail.get("members", 0))
    if noun is None or count is None or role not in ("subject", "passive_subject", "object", "agent"):
        return None
    if noun == "countries" and not all(is_country(e.text) for e in fact.span.ents):
        return None  # "Paris and Lyon" are no countries
    tokens = {t.i for t in root.subtree}
    extra = {t.i for t in root.subtree if t.dep_ in ("det", "preconj") or t.lower_ == "both"}
    if tokens - extra != set(range(fact.span.start, fact.span.end)) - extra:
        return None  # the list carries more than its names ("Tarsk and Norvia, which ...")
    if role == "agent":  # "founded by A, B and C": "By which three people was it founded?"
        prep = root.head
        verb = clause_verb(prep.head) if root.dep_ == "pobj" else None
        phrase = f"{prep.lower_} which {count} {noun}"
        return _target(verb, {t.i for t in prep.subtree}, phrase, False) if verb is not None else None
    verb = clause_verb(root.head)
    if verb is None:
        return None
    return _target(verb, tokens, f"which {count} {noun}", role != "object")


def actor_target(fact: Fact) -> Target | None:
    """Target an actor as subject (who…?), object (whom…?), recipient (to whom…?), agent or possessor."""
    role = fact.detail.get("role")
    root = role_root(fact.span)
    kind = fact.subkind
    if kind == "list":
        return _list_target(fact, root, role)
    if kind not in WHOM:
        return None  # places: "where" questions need more than the parse tells
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return None  # "A and B lashed out": "Who lashed out?" has two answers, not A
    if role in ("subject", "passive_subject"):
        verb = clause_verb(root.head)
        return _target(verb, {t.i for t in root.subtree}, _asked_as(fact, WHO), True) if verb is not None else None
    if role == "object":
        verb = clause_verb(root.head)
        return _target(verb, {t.i for t in root.subtree}, _asked_as(fact, WHOM), False) if verb is not None else None
    if role in ("recipient", "agent") and root.dep_ == "pobj":
        prep = root.head
        verb = clause_verb(prep.head)
        phrase = f"{prep.lower_} {_asked_as(fact, WHOM)}"
        return _target(verb, {t.i for t in prep.subtree}, phrase, False) if verb is not None else None
    if role == "possessor" and kind == "person":
        if root.head.lemma_.casefold() in STATE_FORCES:
            return None  # "Whose army fired ...?": the country's army is as much the right answer as its leader's
        verb = clause_verb(root.head.head)
        return _target(verb, {t.i for t in root.subtree}, "whose", True) if verb is not None else None
    return None


def _asked_as(fact: Fact, words: dict[str, str]) -> str:
    """Return the wh-words for the actor's kind; a political party is asked as one ("which party")."""
    if fact.subkind == "organisation" and fact.answer.split()[-1] in ("Party", "party"):
        return "which party"
    return words[fact.subkind]
