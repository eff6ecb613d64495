"""Vetoes: candidate facts no teacher would sign, whatever else their score says.

Each veto names a class of question that blind reviews rejected again and again. `veto` returns the
first that applies, so `quizapp generate --report` and the tests can say why a fact was left out.

| veto | what it drops | why |
|---|---|---|
| description | a group named by a description ("the Norvian government", "armed militants", "the Harbour war"), not one named by its tie ("Tarsk's envoy to the Coastal Union") | a description is no name: "armed groups" or a named militia fit the gap as well |
| deck default | one of the article's most named actors ("Tarsk" in a deck on Norvia's neighbours), unless it is the main clause's subject | the deck's topic gives it away: it is every student's first guess |
| list item | one item of a list of three or more, or of two places that are not countries ("Kessby and the North Shore") | the other items point at the missing one |
| minor voice | a person named once, who only speaks or comments ("said analyst X") | a one-off source is trivia |
| title modifier | a name that only qualifies a person's title ("Norvian President Halvard Strand") | the title and the person give it away |
| complement | a share whose rest the sentence states ("70 percent ... 30 percent continued") | it is 100 minus the other |
| broken quote | a sentence whose quotation marks do not close | the shown text is cut mid-quotation |
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from quizapp.generate.facts import ACTOR, NUMBER, Fact
from quizapp.generate.similarity import key_words, same_stem

DEFAULT_MENTIONS = 5  # an actor named this often (in any form) is the deck's default guess
SPEECH = frozenset({"say", "tell", "comment", "note", "argue", "write", "explain", "add", "remark", "quote"})
MINOR_ROLES = frozenset({"analyst", "commentator", "spokesman", "spokeswoman", "spokesperson", "journalist",
                         "professor", "researcher", "expert", "correspondent", "writer", "columnist", "editor",
                         "scholar", "historian", "manager", "observer", "critic", "reporter"})
TITLES = frozenset({"president", "king", "queen", "emperor", "minister", "prime", "chancellor", "secretary",
                    "ambassador", "general", "prince", "princess", "governor", "senator", "consul", "envoy"})
PLACES = ("GPE", "LOC", "FAC")
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
_NOT_NAMES = frozenset({"the", "in", "on", "after", "during", "it", "its", "he", "she", "they", "this", "however", "a",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"})


def veto(fact: Fact) -> str | None:
    """Return the name of the first veto that drops the fact, or None when none does."""
    for name, applies in VETOES:
        if applies(fact):
            return name
    return None


def _description(fact: Fact) -> bool:
    """Say whether an actor is a description rather than a name: a named group, or a lower-case head noun."""
    if fact.kind != ACTOR or fact.subkind == "list":
        return False
    if fact.subkind == "collective":
        # "Tarsk's envoy to the Coastal Union" and "the Union's office in Kessby" name one body; "Norvian soldiers" does not
        return not any(t.pos_ == "ADP" for t in fact.span)
    last = fact.span[-1]
    return last.is_alpha and not last.text[:1].isupper()  # "the Harbour war": English puts the head noun last


def _deck_default(fact: Fact) -> bool:
    """Say whether the answer is one of the actors its article names most, and not the main clause's subject."""
    if fact.kind != ACTOR:
        return False
    root = fact.span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT":
        return False  # "In 2012, Tarsk opened an office in Kessby": the deed is the question, not the name
    article = fact.unit.article
    defaults = _defaults(article.path, article.title, tuple(p.text for p in article.paragraphs()))
    # A person is the default by surname ("Johan Cruyff" when the article says "Cruyff" throughout).
    answer_words = key_words(fact.answer.split()[-1] if fact.subkind == "person" else fact.answer)
    return bool(answer_words) and any(all(any(same_stem(a, d) for d in name) for a in answer_words)
                                      for name in defaults)


@lru_cache(maxsize=32)
def _defaults(path: str, title: str, texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:  # noqa: ARG001
    """Return the key words of the article's default guesses: the two names it uses most (every form of a
    name counted together: "Tarsk", "Tarskian", "Tarsk's"), five times or more, less its own subject."""
    title_words = key_words(title)
    counts: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        for match in _NAME.finditer(text):
            found = tuple(w for w in key_words(match.group()) if w not in _NOT_NAMES)
            if not found or all(any(same_stem(w, t) for t in title_words) for w in found):
                continue
            same = next((k for k in counts if len(k) == len(found)
                         and all(same_stem(a, b) for a, b in zip(k, found, strict=True))), found)
            counts[same] += 1
    return tuple(name for name, count in counts.most_common(2) if count >= DEFAULT_MENTIONS)


def _list_item(fact: Fact) -> bool:
    """Say whether an actor is one item of a list of three or more, or of a pair of places."""
    if fact.kind != ACTOR or fact.subkind == "list":
        return False
    root = fact.span.root
    first = root
    while first.dep_ == "conj":
        first = first.head
    items = [first, *[t for t in first.subtree if t.dep_ == "conj" and _conj_chain(t, first)]]
    if len(items) < 2:
        return False
    return len(items) >= 3 or (fact.subkind == "place" and all(t.ent_type_ in PLACES for t in items))


def _conj_chain(token, first) -> bool:  # noqa: ANN001 - spaCy tokens
    """Say whether a "conj" token hangs from `first` through other conjuncts only."""
    while token.dep_ == "conj":
        token = token.head
        if token == first:
            return True
    return False


def _minor_voice(fact: Fact) -> bool:
    """Say whether a person named once in the article only speaks, or is named by a minor role."""
    if fact.kind != ACTOR or fact.subkind != "person":
        return False
    surname = fact.answer.split()[-1]
    text = " ".join(p.text for p in fact.unit.article.paragraphs())
    if len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1:
        return False
    before = fact.span.doc[max(fact.span.sent.start, fact.span.start - 4):fact.span.start]
    if any(t.lower_ in TITLES for t in before):
        return False  # "Former Prime Minister X said ...": an office holder, no one-off voice
    root = fact.span.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_ in SPEECH or (
        root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according")
    return speaks or _role_words(fact.span) & MINOR_ROLES != set()


def _role_words(span: Span) -> set[str]:
    """Return the common nouns that name a person's role: an apposition, or the words just before the name."""
    root = span.root
    words = {c.lower_ for c in root.children if c.dep_ == "appos"}
    words |= {t.lower_ for t in span.doc[max(span.sent.start, span.start - 3):span.start] if t.pos_ == "NOUN"}
    if root.dep_ == "appos":
        words.add(root.head.lower_)
    return words


def _title_modifier(fact: Fact) -> bool:
    """Say whether a name only qualifies a title or a person ("Norvian President Halvard Strand")."""
    if fact.kind != ACTOR:
        return False
    root = fact.span.root
    head = root.head
    return root.dep_ in ("compound", "amod", "nmod") and (head.lower_ in TITLES or head.ent_type_ == "PERSON")


def _complement(fact: Fact) -> bool:
    """Say whether a percentage's rest to 100 is stated in the same sentence."""
    if fact.kind != NUMBER or fact.subkind != "percent" or not fact.values:
        return False
    others = [float(n) for n in re.findall(r"(\d+(?:\.\d+)?) ?(?:%|percent|per cent)", fact.sentence)]
    return any(abs(fact.values[0] + other - 100) < 0.01 for other in others)


def _broken_quote(fact: Fact) -> bool:
    """Say whether the quoted text opens a quotation it never closes."""
    quote = fact.quote
    return quote.count('"') % 2 == 1 or quote.count("“") != quote.count("”")


VETOES = (("description", _description), ("deck default", _deck_default), ("list item", _list_item),
          ("minor voice", _minor_voice), ("title modifier", _title_modifier),
          ("complement", _complement), ("broken quote", _broken_quote))
