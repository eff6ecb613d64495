"""Check a question's `source` against its article: the file exists and the quote stands where it says."""

from __future__ import annotations

from quizapp.articles import Article, ArticleLibrary, Paragraph, Section, normalize_space
from quizapp.bank.fields import FieldReader
from quizapp.bank.model import Source
from quizapp.bank.problems import did_you_mean
from quizapp.bank.yamlnodes import Located

SOURCE_KEYS = ("article", "section", "paragraph", "quote")
# Typographic marks a teacher may type plainly: curly quotes, dashes, non-breaking spaces.
_PLAIN = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-", "−": "-",
                        "\u00a0": " "})


def check_source(reader: FieldReader, node: Located, library: ArticleLibrary) -> Source | None:
    """Read a `source` mapping and check it against the article; None when anything is wrong."""
    before = len(reader.problems)
    reader.check_keys(node, SOURCE_KEYS, "source")
    article_path = reader.text(node, "article", "source", required=True)
    section_title = reader.text(node, "section", "source", required=True)
    paragraph = reader.positive_int(node, "paragraph", "source")
    quote = reader.text(node, "quote", "source", required=True)
    if article_path is None:
        return None
    article = library.get(article_path)
    if article is None:
        reader.error(node.value["article"].pos, f"source article '{article_path}' {library.error(article_path)}")
        return None
    section = _check_section(reader, node, article, section_title, paragraph)
    if quote is not None:
        _check_quote(reader, node, article, section, paragraph, quote)
    if len(reader.problems) > before or section is None or paragraph is None or quote is None:
        return None
    return Source(article=article_path, section=section.title, paragraph=paragraph, quote=normalize_space(quote),
                  anchor=section.paragraphs[paragraph - 1].anchor)


def _check_section(reader: FieldReader, node: Located, article: Article, title: str | None,
                   paragraph: int | None) -> Section | None:
    """Find the cited section and check the paragraph number fits it; None when either is wrong."""
    if title is None:
        return None
    section = article.section(title)
    if section is None:
        titles = [s.title for s in article.sections]
        reader.error(node.value["section"].pos, f"section '{title}' not found in '{article.path}'"
                     f"{did_you_mean(title, titles)}; its sections are {', '.join(repr(t) for t in titles)}")
        return None
    if paragraph is not None and paragraph > len(section.paragraphs):
        count = len(section.paragraphs)
        reader.error(node.value["paragraph"].pos, f"section '{section.title}' has {count} "
                     f"paragraph{'' if count == 1 else 's'}, not {paragraph}")
        return None
    return section


def _check_quote(reader: FieldReader, node: Located, article: Article, section: Section | None,
                 paragraph: int | None, quote: str) -> None:
    """The quote stands verbatim in the article, and in the cited paragraph when that one is sound."""
    pos = node.value["quote"].pos
    found = article.locate(quote)
    if not found:
        reader.error(pos, f"quote is not verbatim in '{article.path}'{_near_miss(article, quote)}; "
                     "copy the sentence from the article exactly")
        return
    if section is None or paragraph is None:
        return
    if not any(p.section == section.title and p.index == paragraph for p in found):
        where = found[0]
        reader.error(node.value["paragraph"].pos, f"section '{section.title}' paragraph {paragraph} does not "
                     f"hold the quote; it is in section '{where.section}' paragraph {where.index}")


def _near_miss(article: Article, quote: str) -> str:
    """Say where the quote almost stands: a paragraph holding it but for quote marks, dashes or capitals."""
    wanted = _loose(quote)
    near: Paragraph | None = next((p for p in article.paragraphs() if wanted in _loose(p.text)), None)
    if near is None:
        return ""
    return (f" (section '{near.section}' paragraph {near.index} holds it with other quote marks, dashes "
            "or capitals)")


def _loose(text: str) -> str:
    """Fold typographic marks, whitespace runs and case, to match a quote typed plainly."""
    return normalize_space(text.translate(_PLAIN)).casefold()
