"""Cut parsed paragraphs into sentence units: a sentence, where it stands, and the context it needs.

A sentence whose subject is a pronoun ("It had established ties in 1996.") cannot stand alone: its
referent is in the sentence before. Such a unit carries the preceding sentence(s) of its paragraph as
context, so every question made from it quotes the words that name the referent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from quizapp.articles import Article, Paragraph
from quizapp.generate.anaphors import (
    bare_anaphors,
    names_a_contest_before,
    names_again,
    refers_back,
    unsettled_by_subject,
)
from quizapp.generate.garbled import garbled
from quizapp.generate.pronouns import THIRD_PERSON, needs_referent, personal, referent_is_clear
from quizapp.generate.similarity import key_words
from quizapp.generate.times_and_deeds import leans_on_a_time_or_deed

# Sections whose paragraphs are lists of links or references, never facts.
SKIPPED_SECTIONS = frozenset(
    {"see also", "references", "external links", "further reading", "notes", "bibliography", "sources"}
)
MAX_CONTEXT = 2
# Openers that continue what was said before; a prompt without the sentence before leaves them out.
OPENERS = re.compile(
    r"^\W*(?:However|In addition|Nonetheless|Nevertheless|Instead|Meanwhile|In contrast|By contrast|"
    r"Previously|As a result|Therefore|Thus|In response|Also|Moreover|Furthermore|Consequently|"
    r"Overall|Similarly|Likewise|Even so|Still|Then)\b"
)
RELATIONS = re.compile(r"^\S.*[–-].*\brelations$", re.IGNORECASE)  # "Norvia–Tarsk relations"
ORDINAL_OPENERS = frozenset({"first", "second", "third", "fourth", "last", "final", "other"})
CONTEXT_TOKENS = 70  # a quote with its context sentences stays within this many tokens
# ... or this many, for a sentence no lead can stand in for ("that summer"): a long quote beats no question
LONG_CONTEXT_TOKENS = 110


@dataclass(frozen=True)
class SentenceUnit:
    """One sentence of a paragraph, with the earlier sentences its pronoun needs (maybe none)."""

    article: Article
    paragraph: Paragraph
    sent: Span
    context: tuple[Span, ...] = ()
    lead: str = ""  # the article's subject, named before a sentence whose "it" stands for it

    @property
    def doc(self) -> Doc:
        """Return the parsed paragraph."""
        return self.sent.doc

    @property
    def text(self) -> str:
        """Return the paragraph's text (the parsed text; cheaper than rebuilding it from the tokens)."""
        return self.paragraph.text

    @property
    def start_char(self) -> int:
        """Return where the quoted text starts in the paragraph (context included)."""
        return self.context[0].start_char if self.context else self.sent.start_char

    @property
    def quote(self) -> str:
        """Return the verbatim text a question cites: the context sentences and the sentence."""
        return self.text[self.start_char : self.sent.end_char].strip()

    @property
    def needs_context(self) -> bool:
        """Say whether the sentence leans on an earlier one (or on the article's subject) for its referent."""
        return bool(self.context or self.lead)


def sentence_units(article: Article, paragraph: Paragraph, doc: Doc) -> list[SentenceUnit]:
    """Return the usable sentence units of one parsed paragraph, in order."""
    if paragraph.section.strip().casefold() in SKIPPED_SECTIONS:
        return []
    sents = [s for s in doc.sents if any(t.is_alpha for t in s)]
    topic, sides = article_topic(article), _sides(article)  # the article's, the same for every sentence
    units = []
    for position, sent in enumerate(sents):
        if garbled(sent):
            continue
        if not needs_referent(sent):
            if not refers_back(sent):
                units.append(SentenceUnit(article, paragraph, sent))
                continue
            anaphors = bare_anaphors(sent)
            context = _context_for(
                sents,
                position,
                paragraph.line_breaks,
                clear=lambda c: names_again(c, anaphors),  # noqa: B023 - called in this iteration
                untitled=not topic,
            )
            if context and sum(len(c) for c in context) + len(sent) <= CONTEXT_TOKENS:
                units.append(SentenceUnit(article, paragraph, sent, context))
            elif (
                leans_on_a_time_or_deed(sent)
                or names_a_contest_before(sent)
                or (topic and unsettled_by_subject(anaphors, topic))  # "the club" is the subject; "the Legion" is not
            ):
                if context and sum(len(c) for c in context) + len(sent) <= LONG_CONTEXT_TOKENS:
                    units.append(SentenceUnit(article, paragraph, sent, context))
                continue  # "that summer", "Tarsk followed": no lead says which summer, or followed whom
            elif topic and topic.casefold() not in sent.text.casefold():
                units.append(SentenceUnit(article, paragraph, sent, lead=topic))  # else "Nokia: Nokia had ..."
            elif _only_the_two_sides(sent) and RELATIONS.search(article.title):
                units.append(SentenceUnit(article, paragraph, sent, lead=article.title))  # "the two countries"
            elif position == 0 and (heading := _naming_heading(paragraph.section)):
                units.append(SentenceUnit(article, paragraph, sent, lead=heading))  # "... after the Harbour War"
            continue  # what it leans on is too far back to quote: not asked
        context = _context_for(
            sents,
            position,
            paragraph.line_breaks,
            clear=lambda c: referent_is_clear(c, sent, sides),  # noqa: B023 - called in this iteration
            personal=personal(sent),
            untitled=not topic,
        )
        if context:
            units.append(SentenceUnit(article, paragraph, sent, context))
        elif topic and _about_the_topic(sents, position, topic):
            units.append(SentenceUnit(article, paragraph, sent, lead=topic))
    return units


def _naming_heading(section: str) -> str:
    """Return a section heading that names what its first paragraph's "the war" is about, else ""."""
    words = section.split()
    return section if len(words) > 1 and any(w[:1].isupper() for w in words[1:]) else ""


def _only_the_two_sides(sent: Span) -> bool:
    """Say whether the sentence's one backward reference is "the two countries" (or states, nations, sides)."""
    pairs = [
        t
        for t in sent
        if t.lower_ in ("countries", "states", "nations", "sides", "governments")
        and any(c.lower_ == "two" for c in t.lefts)
    ]
    return bool(pairs) and not leans_on_a_time_or_deed(sent)


def _sides(article: Article) -> frozenset[str]:
    """Return the key words of what the article is about: its subject, or the two sides of a relations title."""
    topic = article_topic(article)
    if topic:
        return frozenset(key_words(topic))
    return frozenset(key_words(article.title)) if RELATIONS.search(article.title) else frozenset()


def article_topic(article: Article) -> str:
    """Return the one thing an article is about ("Tarsk Rowing Society" for "History of Tarsk Rowing Society"),
    or "" when its title names two ("Norvia–Tarsk relations") or its lead does not open with it."""
    title = re.sub(r"\s*\(.*?\)\s*$", "", article.title)
    title = re.sub(r"^(?:History|Timeline) of (?:the )?", "", title).strip()
    if not title or "–" in title or " relations" in title.casefold() or " and " in title:
        return ""
    paragraphs = article.paragraphs()
    lead = paragraphs[0].text if paragraphs else ""
    return title if title.split()[-1].casefold() in lead[:200].casefold() else ""


def _about_the_topic(sents: list[Span], position: int, topic: str) -> bool:
    """Say whether an "it"/"its" sentence continues a run about the article's subject.

    The pronoun is the subject (or the subject's owner), and the sentence before either names the
    subject or also speaks of "it": "Tarsk Society was founded in 1900. It won the cup in 1902."
    """
    sent = sents[position]
    pronoun = next((t for t in sent if t.lower_ in THIRD_PERSON), None)
    if pronoun is None or pronoun.lower_ not in ("it", "its"):
        return False
    if not (
        pronoun.dep_ in ("nsubj", "nsubjpass")
        or (pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass"))
    ):
        return False
    if position == 0:
        return False
    before = sents[position - 1]
    words = set(key_words(topic))
    names_topic = bool(words) and words <= set(key_words(before.text))
    subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return names_topic or (subject is not None and subject.lower_ in ("it", "its"))


def _context_for(
    sents: list[Span],
    position: int,
    breaks: tuple[int, ...],
    clear: Callable[[tuple[Span, ...]], bool] | None = None,
    personal: bool = False,
    untitled: bool = False,
) -> tuple[Span, ...]:
    """Return the earlier sentences a sentence leans on: walked back up to one that names its own subject.

    With `clear` (a test of a candidate context), the nearest context that passes it wins. If none
    does and the pronoun is "he"/"she" (`personal`), the nearest that names a subject is still quoted:
    the student reads whom the pronoun follows, as any reader does. An unclear "it" or "they" may
    stand for a country, a body or a thing alike, so such a sentence is not asked.
    """
    taken: list[Span] = []
    fallback: tuple[Span, ...] = ()
    walked = 0  # sentences walked past, less the parts of a division ("The first group ...", "The second ...")
    for earlier in reversed(sents[:position]):
        if walked == MAX_CONTEXT or any(earlier.start_char < b < sents[position].start_char for b in breaks):
            break  # too far back, or the file has a line break between them: the quote would not be verbatim
        taken.insert(0, earlier)
        if _numbered_part(earlier) and _numbered_part(sents[position]):
            continue  # "The last group ..." quotes back past its sister parts to what was divided
        walked += 1
        if needs_referent(earlier) or leans_on_a_time_or_deed(earlier) or _numbered_part(earlier):  # "that run" too
            continue
        if untitled and refers_back(earlier):
            continue  # "The court ruled in 2014. It ...": no lead names the court, so the context needs its own

        if clear is None or clear(tuple(taken)):
            return tuple(taken)
        fallback = fallback or tuple(taken)
    return fallback if personal else ()


def _numbered_part(sent: Span) -> bool:
    """Say whether a sentence opens with "The first/second/last X": one part of a division named before it.
    "The first effective vaccine" describes its noun, so it is the thing itself, not a part of a division."""
    words = [t.lower_ for t in sent[:3]]
    return len(words) >= 3 and words[0] == "the" and words[1] in ORDINAL_OPENERS and sent[2].pos_ == "NOUN"
