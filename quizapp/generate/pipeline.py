"""Articles to decks: read every article, pool the corpus's distractors, make each fact's questions.

`generate_decks` is the whole generator without files; `quizapp.generate.writer` writes its result.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from quizapp.articles import article_files, cited_path, load_article
from quizapp.generate.distractors import build_pool
from quizapp.generate.facts import ACTOR, Fact
from quizapp.generate.ids import fact_id
from quizapp.generate.names import country_names
from quizapp.generate.personnames import opens_a_name, person_name
from quizapp.generate.questions import questions_for
from quizapp.generate.reading import ReadArticle, read_article
from quizapp.generate.scoring import DEFAULT_MIN_SCORE, keep
from quizapp.generate.similarity import key_words, same_stem, words
from quizapp.generate.slips import name_mends
from quizapp.generate.units import RELATIONS

# Words that say only what legal form a company has: "Tarskola Corporation" is Tarskola itself, while
# "Tarsk Lyceum" is not Tarsk.
COMPANY_FORMS = frozenset(
    {
        "corporation",
        "company",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "plc",
        "oyj",
        "oy",
        "ab",
        "ag",
        "gmbh",
        "co",
        "corp",
    }
)


@dataclass
class GeneratedDeck:
    """One article's deck: where the article is, its title, its facts and the questions made."""

    article_path: str  # relative to the project root, as cited in `source`
    title: str
    facts: list[Fact] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)


def generate_decks(
    nlp: Language, articles_dir: Path, root: Path, min_score: float = DEFAULT_MIN_SCORE
) -> list[GeneratedDeck]:
    """Read every article of a folder and return one deck of questions per article, in file order."""
    reads = [read_article(nlp, load_article(path, cited_path(path, root))) for path in article_files(articles_dir)]
    decks = []
    ranks_dealt: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # see distractors.build_pool
    for read in reads:
        title = read.article.title
        # Distractors come from the question's own article, never the deck's own subject.
        pool = build_pool([f for f in read.facts if not _named_in_title(f, title)], ranks_dealt)
        deck = GeneratedDeck(read.article.path, read.article.title)
        swaps_by_paragraph = _name_swaps(read)
        for fact in read.facts:
            if _named_in_title(fact, title) or not keep(fact, min_score):
                continue  # "Which country…? France" in a deck on France answers itself
            deck.facts.append(fact)  # kept below only if one of its questions survives
            paragraph = fact.unit.paragraph
            source = {
                "article": read.article.path,
                "section": paragraph.section,
                "paragraph": paragraph.index,
                "quote": fact.quote,
            }
            deck.questions += questions_for(fact, pool, swaps_by_paragraph[paragraph.line], source)
        decks.append(deck)
    _drop_shared_prompts(decks)
    return decks


def _named_in_title(fact: Fact, title: str) -> bool:
    """Say whether the deck's title gives the answer: the date or number itself, or every word of an actor."""
    if fact.kind != ACTOR:
        return re.search(rf"(?<![\w.,]){re.escape(fact.answer)}(?!\w)", title) is not None
    # A group named by its people ("the Norvian government") is not given by "Norvia" alone; a people
    # named by a nationality of the title ("Norvian settlers" in a deck on Norvia) is.
    answer_words = key_words(fact.answer) if fact.subkind != "collective" else words(fact.answer)
    if fact.subkind == "organisation":  # "Tarskola Corporation" in a deck on the history of Tarskola
        answer_words = [w for w in answer_words if w not in COMPANY_FORMS] or answer_words
    title_words = key_words(title) + [
        w for side in _sides_of(title) for name in country_names(side) for w in key_words(name)
    ]
    if fact.subkind == "group" and any(any(same_stem(a, t) for t in title_words) for a in answer_words):
        return True
    return bool(answer_words) and all(any(same_stem(a, t) for t in title_words) for a in answer_words)


def _sides_of(title: str) -> list[str]:
    """Return the two sides of a relations title ("Argentina–United Kingdom relations"), else the title."""
    return re.split(r"\s*[–-]\s*", re.sub(r"\s+relations$", "", title)) if RELATIONS.search(title) else [title]


def _name_swaps(read: ReadArticle) -> dict[int, dict[str, Any]]:
    """Map each paragraph to the names to write in full (short ones, and those missing their "the"), as token
    and character spans."""
    swaps: dict[int, dict[str, Any]] = {}
    for paragraph, doc in read.docs:
        tokens: dict[int, tuple[int, str]] = {}
        chars: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            span = person_name(ent) if ent.label_ == "PERSON" else None
            if span is None or len(span.text.split()) != 1 or opens_a_name(span):
                continue
            full = read.names.resolve(span.text, (paragraph.line, span.start_char))
            if full and full != span.text and read.names.shares_words(full):
                tokens[span.start] = (span.end, full)
                chars.append((span.start_char, span.end_char, full))
        for start, end, text in name_mends(doc):
            tokens[start] = (end, text)  # lower case: a question moves the name from the sentence's start
            opens = start == doc[start].sent.start
            chars.append(
                (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), text[:1].upper() + text[1:] if opens else text)
            )
        swaps[paragraph.line] = {"tokens": tokens, "chars": chars}
    return swaps


def _drop_shared_prompts(decks: list[GeneratedDeck]) -> None:
    """Keep one question per prompt: drop later repeats, and every copy when their answers differ."""
    by_prompt: dict[str, set[str]] = {}
    for deck in decks:
        for question in deck.questions:
            key = _prompt_key(question)
            by_prompt.setdefault(key, set()).add(question.get("answer", "").casefold())
    seen: set[str] = set()
    for deck in decks:
        kept = []
        for question in deck.questions:
            key = _prompt_key(question)
            if key in seen or len(by_prompt[key]) > 1:
                continue
            seen.add(key)
            kept.append(question)
        deck.questions = kept
        asked = {q["fact"] for q in kept}
        deck.facts = [f for f in deck.facts if fact_id(f) in asked]


def _prompt_key(question: dict[str, Any]) -> str:
    """Return what a student sees first, folded, to compare questions."""
    shown = question.get("prompt") or question.get("text", "")
    return f"{question['type']}|{' '.join(shown.split()).casefold()}"
