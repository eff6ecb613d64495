"""Check a question's `source` against its article: the file exists and the quote stands where it says."""

from __future__ import annotations

import difflib

from quizapp.articles import Article, ArticleLibrary, Paragraph, Section, normalize_space, split_sentences
from quizapp.bank.fields import FieldReader, FoundPlace
from quizapp.bank.model import Source
from quizapp.bank.yamlnodes import Located

SOURCE_KEYS = ("article", "section", "paragraph", "quote")
# Typographic marks a teacher may type plainly: curly quotes, dashes, non-breaking spaces.
_PLAIN = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-", "−": "-", "\u00a0": " "})


def check_source(reader: FieldReader, node: Located, library: ArticleLibrary) -> Source | None:
    """Read a `source` mapping and check it against the article; None when anything is wrong.

    `section` and `paragraph` may be left out: the quote says where it stands, when it stands in one place.
    """
    before = len(reader.problems)
    reader.check_keys(node, SOURCE_KEYS, "source")
    article_path = reader.text(node, "article", "source", required=True)
    section_title = reader.text(node, "section", "source")
    paragraph = reader.positive_int(node, "paragraph", "source", required=False)
    quote = reader.text(node, "quote", "source", required=True)
    if article_path is None:
        return None
    article = library.get(article_path)
    if article is None:
        reader.error(node.value["article"].pos, f"source article '{article_path}' {library.error(article_path)}")
        return None
    section = _check_section(reader, node, article, section_title, paragraph)
    if len(reader.problems) > before or quote is None:
        return None
    place = _place_quote(reader, node, article, section, paragraph, quote)
    if len(reader.problems) > before or place is None:
        return None
    if section is None or paragraph is None:
        reader.found_places.append(
            FoundPlace(node, None if section else place.section, None if paragraph else place.index)
        )
    return Source(
        article=article_path,
        section=place.section,
        paragraph=place.index,
        quote=normalize_space(quote),
        anchor=place.anchor,
    )


def _check_section(
    reader: FieldReader, node: Located, article: Article, title: str | None, paragraph: int | None
) -> Section | None:
    """Find the cited section and check the paragraph number fits it; None when either is wrong or absent."""
    if title is None:
        return None
    section = article.section(title)
    if section is None:
        titles = [s.title for s in article.sections]
        meant = closest_title(title, titles)
        hint = f" (did you mean {meant!r}?)" if meant else ""
        reader.error(
            node.value["section"].pos,
            f"section '{title}' not found in '{article.path}'"
            f"{hint}; its sections are {', '.join(repr(t) for t in titles)}",
        )
        return None
    if paragraph is not None and paragraph > len(section.paragraphs):
        count = len(section.paragraphs)
        reader.error(
            node.value["paragraph"].pos,
            f"section '{section.title}' has {count} paragraph{'' if count == 1 else 's'}, not {paragraph}",
        )
        return None
    return section


def _place_quote(
    reader: FieldReader, node: Located, article: Article, section: Section | None, paragraph: int | None, quote: str
) -> Paragraph | None:
    """Return the one paragraph the quote stands in, among those the section and paragraph given allow."""
    pos = node.value["quote"].pos
    found = article.locate(quote)
    if not found:
        near = _near_miss(article, quote)
        hint = near or _closest_sentence(article, quote)
        reader.error(
            pos,
            f"quote is not verbatim in '{article.path}'{near}; copy the sentence from the article "
            "exactly" + ("" if near else hint),
        )
        return None
    fitting = [
        p
        for p in found
        if (section is None or p.section == section.title) and (paragraph is None or p.index == paragraph)
    ]
    if len(fitting) == 1:
        return fitting[0]
    if fitting:
        places = ", ".join(_place(p) for p in fitting)
        missing = " and ".join(
            f"'{key}:'" for key, value in (("section", section), ("paragraph", paragraph)) if value is None
        )
        reader.error(
            pos,
            f"the quote stands in {len(fitting)} places ({places}); add {missing} to say which, "
            "or quote more of the sentence",
        )
        return None
    blame = node.value["paragraph"].pos if paragraph is not None else node.value["section"].pos
    asked = (
        f"section '{section.title}' paragraph {paragraph}"
        if section and paragraph
        else f"section '{section.title}'"
        if section
        else f"paragraph {paragraph} of its section"
    )
    reader.error(blame, f"{asked} does not hold the quote; it is in {_place(found[0])}")
    return None


def _place(paragraph: Paragraph) -> str:
    return f"section '{paragraph.section}' paragraph {paragraph.index}"


def closest_title(title: str, titles: list[str]) -> str | None:
    """Return the section title a teacher most likely meant: a near spelling, or one the words begin."""
    folded = {_letters(t): t for t in titles}
    typed = _letters(title)
    close = difflib.get_close_matches(typed, list(folded), n=1, cutoff=0.6)
    if close:
        return folded[close[0]]
    # "Qatars Mediation" for "Qatar's Mediation in the Palestinian-Israeli Conflict": compare the beginnings.
    starts = {key[: len(typed)]: full for key, full in folded.items()}
    close = difflib.get_close_matches(typed, list(starts), n=1, cutoff=0.8)
    return starts[close[0]] if close else None


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum() or c == " ").strip()


def _closest_sentence(article: Article, quote: str) -> str:
    """Return '; did you mean: "..." (section 'S' paragraph N)?' for the sentence most like the quote, or ''."""
    wanted = normalize_space(quote)
    best, best_ratio = None, 0.5  # below half alike, a suggestion misleads more than it helps
    for paragraph in article.paragraphs():
        for sentence in split_sentences(paragraph.folded_text):
            ratio = difflib.SequenceMatcher(None, wanted, sentence, autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = (sentence, paragraph), ratio
    if best is None:
        return ""
    sentence, paragraph = best
    return f'; did you mean: "{sentence}" ({_place(paragraph)})?'


def _near_miss(article: Article, quote: str) -> str:
    """Say where the quote almost stands: a paragraph holding it but for quote marks, dashes or capitals."""
    wanted = _loose(quote)
    near: Paragraph | None = next((p for p in article.paragraphs() if wanted in _loose(p.text)), None)
    if near is None:
        return ""
    return f" (section '{near.section}' paragraph {near.index} holds it with other quote marks, dashes or capitals)"


def _loose(text: str) -> str:
    """Fold typographic marks, whitespace runs and case, to match a quote typed plainly."""
    return normalize_space(text.translate(_PLAIN)).casefold()
