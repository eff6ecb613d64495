"""Tell whether a card would give its answer away: the answer, or a form of it, shown in the prompt, or
the answer standing in the quote as part of a longer name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from quizapp.generate.facts import ACTOR, DATE, Fact
from quizapp.generate.names import TITLES, nationality_words
from quizapp.generate.similarity import acronym, contains_word, leaks, spelled_out


def named_inside_another_name(fact: Fact) -> bool:
    """Say whether the answer also stands, in the quote, as part of a longer name ("Port of {Tarsk}", "Paul
    {Kessby}" beside "the islets of Kessby")."""
    text, start, end = fact.unit.text, fact.unit.start_char, fact.end_char
    for match in re.finditer(rf"(?<!\w){re.escape(fact.gaps[0].shown)}(?!\w)", text[start:end]):
        at = start + match.start()
        if any(g.start == at for g in fact.gaps):
            continue
        before = text[max(start, at - 30) : at]
        after = text[at + len(match.group()) : at + len(match.group()) + 2]
        if re.search(r"[A-Z]\w* (?:of|for) (?:the )?$", before) or re.match(r" [A-Z]", after):
            return True
        token = fact.unit.doc.char_span(at, at + len(match.group()), alignment_mode="expand")
        previous = fact.unit.doc[token.start - 1] if token is not None and token.start > 0 else None
        if (
            previous is not None
            and previous.pos_ == "PROPN"
            and previous.text[:1].isupper()
            and previous.lower_ not in TITLES
        ):
            return True  # "the student Paul ____ ... the islets of ____": the gap would hide half a person's name
    return False


def gives_away(fact: Fact, text: str) -> bool:
    """Say whether a prompt shows the answer, or a form of it ("French" for "France", the year of a date)."""
    if contains_word(fact.answer, text, left=",."):
        return True
    if fact.kind == ACTOR and text.replace(".", "") != text and gives_away(fact, text.replace(".", "")):
        return True  # "the P.L.O." gives "PLO" away
    if fact.kind == ACTOR:
        short = acronym(fact.answer)
        text = _without_other_names(fact, text)
        return (
            leaks(fact.answer, text, person=fact.subkind == "person")
            or bool(short and contains_word(short, text, fold=False))
            or spelled_out(fact.answer.replace(".", ""), text)
            or _nationality_shown(fact.answer, text)
        )
    if fact.kind == DATE:
        return any(contains_word(str(int(v)), text) for v in fact.values)
    return any(contains_word(g.shown, text, fold=False, left=",.") for g in fact.gaps)


def _nationality_shown(answer: str, text: str) -> bool:
    """Say whether the text shows, capitalised, another name or the nationality of a country answer: "the
    Danish physiologist ... in ____" gives Denmark away (round 27), "Dutch" the Netherlands."""
    for alias in nationality_words(answer):
        for match in re.finditer(rf"(?<![\w.]){re.escape(alias)}(?![\w.])", text, re.IGNORECASE):
            if match.group()[:1].isupper():
                return True
    return False


NAMED_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


def _without_other_names(fact: Fact, text: str) -> str:
    """Return the text without the sister names its quote shows, which end like the answer but name someone
    or something else: "Anna Holm" does not give "Erik Holm" away, nor "the Tarsk Cable Mill" "the Tarsk
    Rubber Mill". A surname inside a place's name ("Kessby Point" for "Anna Kessby"), a person inside a
    thing's ("the Anna Berg Arena") and an event a place was built for still do."""
    unit = fact.unit
    person = fact.subkind == "person"
    answer = fact.answer.casefold().split()
    for ent in unit.doc.ents:
        if not unit.start_char <= ent.start_char < unit.sent.end_char:
            continue
        words = ent.text.casefold().removeprefix("the ").split()
        if person:
            other = (
                ent.label_ == "PERSON"
                and len(words) >= 2
                and words[-1] == answer[-1]
                and words[0] != answer[0]
                and not _named_as_kin(ent)
            )
        else:
            other = (  # a sister name: the same kind of thing, another one ("Rubber Mill", "Cable Mill")
                ent.label_ in NAMED_LABELS
                and len(words) >= 2
                and words[-1] == answer[-1]
                and not set(words) <= set(answer)
                and not set(answer) <= set(words)
            )
        if other:
            text = re.sub(rf"(?<!\w){re.escape(ent.text)}(?!\w)", " ", text)
    return text


KIN = frozenset(
    {"daughter", "son", "wife", "husband", "brother", "sister", "father", "mother", "widow", "niece", "nephew"}
)


def _named_as_kin(ent: Span) -> bool:
    """Say whether a person is named as someone's kin ("the daughter of the judge Anna Holm"): a relative's
    surname then gives the answer's away (round 29: "daughter of ... Charles Evans Hughes" for Elizabeth Hughes)."""
    before = ent.doc[max(ent.sent.start, ent.start - 8) : ent.start]
    return any(t.lower_ in KIN and t.nbor(1).lower_ == "of" for t in before if t.i + 1 < len(ent.doc))
