"""Turn a fact's sentence into a wh-question (Who…? In what year…? How many…?), or decline.

A question is the fact's clause with the answer replaced by a wh-phrase. When the answer is (in) the
subject, the phrase stays in place ("What percentage of the cost did the bank pay?");
otherwise it moves to the front and the auxiliary or do-support goes before the subject, keeping the
source's tense ("In what year did Norway sever diplomatic ties with Chile?"). Anything unusual — a
negated clause, a pronoun subject, an answer buried in a noun phrase — gives no question at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizapp.generate.clauses import clause_tokens, first_aux, is_negated, render, subject_of
from quizapp.generate.facts import ACTOR, DATE, NUMBER, Fact
from quizapp.generate.names import TITLES
from quizapp.generate.prompts import vague
from quizapp.generate.targets import Target, actor_target, date_target, number_target
from quizapp.generate.verbs import do_support

MAX_WORDS = 45
FINITE = ("VBD", "VBZ", "VBP", "MD")


def wh_question(fact: Fact, replacements: dict[int, tuple[int, str]]) -> str | None:
    """Return a grammatical wh-question whose answer is the fact, or None when none is clean."""
    if fact.unit.needs_context or any(t.text == ";" for t in fact.unit.sent):
        return None  # a pronoun's referent, or a second clause after ";", would be left outside the question
    finder = {DATE: date_target, NUMBER: number_target, ACTOR: actor_target}[fact.kind]
    target = finder(fact)
    if target is None or is_negated(target.verb) or _in_quotes(target.verb) or not is_finite(target.verb):
        return None
    tokens = clause_tokens(target.verb)
    subject = subject_of(target.verb)
    if tokens is None or subject is None or subject.tag_ == "PRP":
        return None  # a pronoun subject's referent is not in the clause
    if not target.tokens <= {t.i for t in tokens}:
        return None
    if any(
        t.i not in target.tokens and t.head.i in target.tokens and t.dep_ in ("appos", "acl", "relcl") for t in tokens
    ):
        return None  # "on 12 April 1955, the tenth anniversary ...": what describes the answer would stay
    if fact.kind == ACTOR and any(
        fact.unit.doc[i].pos_ in ("NOUN", "ADJ", "PROPN")
        and fact.unit.doc[i].lower_ not in TITLES
        and not fact.token_start <= i < fact.token_end
        for i in target.tokens
    ):
        return None  # "Who called for ...?" would drop "the Norvian opposition leader" that said which one
    kept = {t.i for t in tokens} - target.tokens
    if any(
        t.i in kept and t.i != target.verb.i and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("conj", "acl")
        for t in tokens
    ):
        return None  # "did X return ... and left": a second verb keeps its tense
    if sum(1 for c in target.verb.children if c.dep_ == "dobj" and c.i in kept) > 1:
        return None  # two objects: the parse has taken an appositive ("..., the tenth anniversary") for one
    if sum(1 for c in target.verb.children if c.dep_ in ("nsubj", "nsubjpass")) > 1:
        return None  # two subjects: the parse has split "the ketch Vega" into two ("the ketch who sailed?")
    pieces = _arrange(tokens, subject, target)
    if pieces is None:
        return None
    if _orphan_pronoun(pieces) or (target.in_subject and _owner_pronoun(tokens, target)):
        return None  # "Who tested his in ...?": a pronoun the question no longer explains
    text = render(_substitute(pieces, replacements))
    text = text[0].upper() + text[1:] + "?"
    return text if _well_formed(text) and not vague(text) else None


def _arrange(tokens: list[Token], subject: Token, target: Target) -> list[Token | str] | None:
    """Order the clause as a question: front adjuncts, wh-phrase, auxiliary, subject, the rest."""
    verb = target.verb
    subject_ids = {t.i for t in subject.subtree}
    after_target = _dangling_comma(tokens, target)
    kept = [t for t in tokens if t.i not in target.tokens and t.i != after_target]
    if target.in_subject:
        start = min(target.tokens)
        pieces: list[Token | str] = []
        for token in tokens:
            if token.i == start:
                pieces.append(target.wh)
            if token.i not in target.tokens and token.i != after_target:
                pieces.append(_lower_first(token))
        return pieces
    front = [t for t in kept if t.i < min(subject_ids)]
    while front and front[0].is_punct:
        front.pop(0)
    subject_part = [_lower_first(t) for t in kept if t.i in subject_ids]
    rest = [t for t in kept if t.i > max(subject_ids)]
    aux = first_aux(verb, subject)
    if aux is None and verb.lemma_ == "be":
        aux = verb
    if (
        aux is not None
        and aux.lower_ == "had"
        and verb.tag_ == "VBN"
        and aux.dep_ == "aux"
        and not target.wh.startswith(("by ", "until "))  # "By what year had ...?" asks for a state reached
    ):
        # "In what year had X already launched ...?" leans on a moment the card does not show: the
        # question asks it in the simple past ("In what year did X launch ...?").
        tail: list[Token | str] = [
            verb.lemma_ if t.i == verb.i else t for t in rest if t.i != aux.i and t.lower_ != "already"
        ]
        moved: list[Token | str] = ["did"]
    elif aux is not None:
        if aux.tag_ not in FINITE:
            return None
        tail = [t for t in rest if t.i != aux.i]
        moved = [aux.lower_]
    elif (support := do_support(verb)) is not None:
        moved = [support[0]]
        tail = [support[1] if t.i == verb.i else t for t in rest]
    else:
        return None
    comma = [","] if front and front[-1].text != "," else []
    return [*front, *comma, target.wh, *moved, *subject_part, *tail]


def _orphan_pronoun(pieces: list[Token | str]) -> bool:
    """Say whether the question keeps a "he"/"his"/"it"/"their" with nothing left in it that it can stand for."""
    tokens = [p for p in pieces if isinstance(p, Token)]
    people = any(t.ent_type_ == "PERSON" for t in tokens)
    things = any(t.ent_type_ in ("ORG", "GPE", "NORP") or t.pos_ == "NOUN" for t in tokens)
    for token in tokens:
        if token.tag_ not in ("PRP", "PRP$") or token.lower_ in ("we", "i", "you", "us", "our"):
            continue
        personal = token.lower_ in ("he", "him", "his", "she", "her", "hers")
        if not (people if personal else things):
            return True
    return False


def _owner_pronoun(tokens: list[Token], target: Target) -> bool:
    """Say whether the clause keeps a "his"/"hers" that stands for a thing of the subject the question asks
    for: "Who tested his in ...?" no longer says his what ("who presented his credentials" does)."""
    after = max(target.tokens)
    return any(t.lower_ in ("his", "hers") and t.dep_ != "poss" and t.i > after for t in tokens)


def is_finite(verb: Token) -> bool:
    """Say whether the clause is finite (has a tensed verb or auxiliary), so it can become a question."""
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def _dangling_comma(tokens: list[Token], target: Target) -> int:
    """Return the comma left hanging after the removed answer (-1 if none), unless it pairs with a later one."""
    after = max(target.tokens) + 1
    doc = target.verb.doc
    if after >= len(doc) or doc[after].text != ",":
        return -1
    if after < target.verb.i and any(t.text == "," and after < t.i < target.verb.i for t in tokens):
        return -1  # "Norway, in its official stance, considers": the comma pair stays
    return after


def _lower_first(token: Token) -> Token | str:
    """Lower-case the sentence's first word when it moves inside the question ("The PLO" -> "the PLO")."""
    if (
        token.i == token.sent.start
        and not token.text.isupper()
        and (token.lower_ == "the" or (token.pos_ != "PROPN" and not token.ent_type_))
    ):
        return token.text.lower()
    return token


def _substitute(pieces: list[Token | str], replacements: dict[int, tuple[int, str]]) -> list[Token | str]:
    """Write resolved full names in place of ambiguous short ones ("Berg's crew" -> "Ingrid Berg's crew")."""
    out: list[Token | str] = []
    skip_until = -1
    for piece in pieces:
        if isinstance(piece, Token):
            if piece.i < skip_until:
                continue
            if piece.i in replacements:
                skip_until, text = replacements[piece.i]
                out.append(text)
                continue
        out.append(piece)
    return out


def _in_quotes(verb: Token) -> bool:
    """Say whether the verb stands inside a quotation, where questions would misquote."""
    before = verb.doc[verb.sent.start : verb.i].text
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _well_formed(text: str) -> bool:
    """Say whether the question reads cleanly: a sane length, balanced quotes and brackets."""
    words = text.split()
    if not 5 <= len(words) <= MAX_WORDS:
        return False
    if text.count('"') % 2 or text.count("(") != text.count(")") or text.count("“") != text.count("”"):
        return False
    return ", ?" not in text and ",?" not in text and " ?" not in text
