"""Take a clause apart for question-making: its subject, auxiliary, the tokens it keeps, and rendering.

The clause is the verb's own words (coordinated clauses, comma-led trailing clauses and discourse
adverbs such as "however" or "also" left out). Rendering puts tokens back into text with the original
spacing where they stay neighbours.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
AUX_DEPS = ("aux", "auxpass")
DISCOURSE = frozenset(
    {
        "also",
        "however",
        "nonetheless",
        "nevertheless",
        "overall",
        "previously",
        "furthermore",
        "moreover",
        "meanwhile",
        "thus",
        "therefore",
        "additionally",
        "instead",
        "then",
        "too",
        "still",
        "again",
        "consequently",
        "accordingly",
    }
)
DISCOURSE_PHRASES = frozenset(
    {
        "in addition",
        "in contrast",
        "in total",
        "as a result",
        "in turn",
        "by contrast",
        "in particular",
        "on the other hand",
        "at the same time",
        "in fact",
    }
)
TRAILING_DEPS = ("advcl", "npadvmod", "acl", "parataxis", "conj", "dep")
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "'s", "’s", "n't", "%", "”", "'"})


def subject_of(verb: Token) -> Token | None:
    """Return the subject of a verb; a coordinated verb ("sent ... and evacuated") shares its first verb's."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    return None


def is_negated(verb: Token) -> bool:
    """Say whether the clause is negated ("did not retaliate"), which makes questions unsafe."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children)


def fronted_participle(verb: Token) -> set[int]:
    """Return a fronted participial clause ("Citing the report, the council called") with its comma."""
    doc = verb.doc
    for child in verb.children:
        if child.i < verb.i and child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN"):
            tokens = {t.i for t in child.subtree}
            if min(tokens) == verb.sent.start:
                end = max(tokens) + 1
                while end < verb.i and doc[end].is_punct:  # the comma (and closing quote) after it
                    tokens.add(end)
                    end += 1
                return tokens
    return set()


def first_aux(verb: Token, subject: Token) -> Token | None:
    """Return the auxiliary that moves before the subject in a question ("was", "had", "will")."""
    subject_end = max(t.i for t in subject.subtree)
    for child in verb.children:
        if child.dep_ in AUX_DEPS and subject_end < child.i < verb.i and child.lower_ != "to":
            return child
    return None


def clause_tokens(verb: Token) -> list[Token] | None:
    """Return the verb's clause (subject included) without coordinated or trailing comma-led clauses."""
    subject = subject_of(verb)
    if subject is None:
        return None
    dropped: set[int] = set()
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "conj" and child.i > verb.i and child.pos_ in ("VERB", "AUX"):
            start = min(t.i for t in child.subtree)
            dropped |= {t.i for t in child.subtree}
            while start > verb.i and (doc[start - 1].dep_ == "cc" or doc[start - 1].text == ","):
                start -= 1
                dropped.add(start)  # the "and"/"but" (and comma) that joined the dropped clause
        if child.dep_ == "parataxis" or (child.dep_ == "punct" and child.text == ";"):
            dropped |= {t.i for t in child.subtree}
    dropped |= _comma_led_tail(verb) | _discourse(verb) | fronted_participle(verb)
    keep = {t.i for t in verb.subtree} - dropped
    if verb.dep_ == "conj" and subject.head.i != verb.i:  # borrow the first verb's subject and fronted adjuncts
        head = verb.head
        subject_start = min(t.i for t in subject.subtree)
        keep |= {t.i for t in subject.subtree}
        for child in head.children:
            if child.i < subject_start:
                keep |= {t.i for t in child.subtree}
        keep -= _discourse(head)
    tokens = [doc[i] for i in sorted(keep)]
    while tokens and tokens[-1].is_punct and tokens[-1].text in (".", ",", ";", ":", "!"):
        tokens.pop()
    return tokens


def _comma_led_tail(verb: Token) -> set[int]:
    """Return the trailing clauses set off by a comma at the clause's end ("..., ending the contact")."""
    doc = verb.doc
    dropped: set[int] = set()
    for child in sorted((c for c in verb.children if c.i > verb.i and not c.is_punct), key=lambda c: -c.i):
        start = min(t.i for t in child.subtree)
        if child.dep_ not in TRAILING_DEPS or start == 0 or doc[start - 1].text != ",":
            break
        if child.dep_ == "conj" and child.pos_ not in ("VERB", "AUX"):
            break  # a list item ("..., aid to be provided, and establishment of ..."), not a clause
        dropped |= {t.i for t in child.subtree} | {start - 1}
    return dropped


def _discourse(verb: Token) -> set[int]:
    """Return discourse adverbs and fronted connectives ("Nevertheless,", "In addition,") with their comma."""
    doc = verb.doc
    dropped: set[int] = set()
    for child in verb.children:
        span = sorted(child.subtree, key=lambda t: t.i)
        phrase = " ".join(t.lower_ for t in span)
        if (child.dep_ == "advmod" and child.lower_ in DISCOURSE) or phrase in DISCOURSE_PHRASES:
            dropped |= {t.i for t in span}
            end = span[-1].i
            if end + 1 < len(doc) and doc[end + 1].text == "," and child.i < verb.i:
                dropped.add(end + 1)
    return dropped


def render(pieces: list[Token | str]) -> str:
    """Join tokens and inserted words into text, keeping original spacing between original neighbours."""
    out: list[str] = []
    previous: Token | str | None = None
    for piece in pieces:
        text = piece if isinstance(piece, str) else piece.text
        if previous is not None and isinstance(piece, Token) and piece.i == piece.sent.start and piece.pos_ == "DET":
            text = text[:1].lower() + text[1:]  # "A national school system" moved inside the question
        if previous is not None:
            if isinstance(previous, Token) and isinstance(piece, Token) and piece.i == previous.i + 1:
                out.append(previous.whitespace_)
            elif text not in NO_SPACE_BEFORE and not (isinstance(previous, str) and previous.endswith("(")):
                out.append(" ")
        out.append(text)
        previous = piece
    text = "".join(out).replace(" ,", ",").replace(",,", ",").strip(" ,")
    return text.replace('."', '"').replace(',"', '"') if text.endswith(('."', ',"')) else text
