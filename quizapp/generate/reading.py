"""Read an article with spaCy: parse every paragraph once, index its people, and collect its facts.

Dates are found first, then numbers outside them, then actors outside both, so no span is two facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from quizapp.articles import Article, Paragraph
from quizapp.generate.actors import find_actors
from quizapp.generate.dates import find_dates
from quizapp.generate.facts import Fact
from quizapp.generate.groups import find_groups
from quizapp.generate.names import NameIndex
from quizapp.generate.numbers import find_numbers
from quizapp.generate.personnames import person_name, person_text
from quizapp.generate.trimming import fit_quote
from quizapp.generate.units import SentenceUnit, sentence_units
from quizapp.generate.unlabelled import find_unlabelled_names
from quizapp.generate.verbs import remember_verbs


@dataclass
class ReadArticle:
    """An article with its parsed paragraphs, people and facts."""

    article: Article
    docs: list[tuple[Paragraph, Doc]]
    names: NameIndex
    units: list[SentenceUnit] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def read_article(nlp: Language, article: Article) -> ReadArticle:
    """Parse an article's paragraphs (one batch) and extract its facts, deduplicated by answer and sentence."""
    remember_verbs(nlp)
    paragraphs = article.paragraphs()
    docs = list(zip(paragraphs, nlp.pipe(p.text for p in paragraphs), strict=True))
    names = NameIndex()
    for paragraph, doc in docs:
        for ent in doc.ents:
            span = person_name(ent) if ent.label_ == "PERSON" else None
            if span is not None:
                names.add((paragraph.line, span.start_char), person_text(span))
    read = ReadArticle(article, docs, names)
    seen: set[tuple[str, str, str]] = set()
    for paragraph, doc in docs:
        for unit in sentence_units(article, paragraph, doc):
            read.units.append(unit)
            for fact in extract_facts(unit, names):
                key = (fact.kind, fact.answer.casefold(), fact.sentence)
                if key not in seen:
                    seen.add(key)
                    read.facts.append(fact)
    return read


def extract_facts(unit: SentenceUnit, names: NameIndex) -> list[Fact]:
    """Find every date, number and actor fact of one sentence unit, without overlaps."""
    dates = find_dates(unit)
    numbers = find_numbers(unit, taken=_ranges(dates))
    actors = find_actors(unit, names, taken=_ranges(dates + numbers))
    groups = find_groups(unit, _ranges(dates + numbers), actors)
    unlabelled = find_unlabelled_names(unit, names, _ranges(dates + numbers + actors + groups))
    return [
        fitted for fact in dates + numbers + actors + groups + unlabelled if (fitted := fit_quote(fact)) is not None
    ]


def _ranges(facts: list[Fact]) -> list[tuple[int, int]]:
    """Return the character ranges the facts already claim."""
    return [(g.start, g.end) for f in facts for g in f.gaps] + [(f.span.start_char, f.span.end_char) for f in facts]
