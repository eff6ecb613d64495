"""Check a question's `source` against its article: the file exists and the quote stands where it says."""

from __future__ import annotations

from quizapp.articles import ArticleLibrary
from quizapp.bank.fields import FieldReader
from quizapp.bank.model import Source
from quizapp.bank.yamlnodes import Located

SOURCE_KEYS = ("article", "section", "paragraph", "quote")


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
        reader.error(node.value["article"].pos, f"source article '{article_path}' not found "
                     f"(or not in the article format) under {library.root}")
        return None
    if quote is None:
        return None
    found = article.locate(quote)
    if not found:
        reader.error(node.value["quote"].pos, f"quote is not verbatim in '{article_path}'")
        return None
    if section_title is None or paragraph is None:
        return None
    section = article.section(section_title)
    where = found[0]
    if section is None:
        names = ", ".join(f"'{s.title}'" for s in article.sections)
        reader.error(node.value["section"].pos, f"section '{section_title}' not found in '{article_path}'; "
                     f"its sections are {names}")
    elif paragraph > len(section.paragraphs):
        reader.error(node.value["paragraph"].pos, f"section '{section.title}' has {len(section.paragraphs)} "
                     f"paragraph(s), not {paragraph}")
    elif all(p.section != section.title or p.index != paragraph for p in found):
        reader.error(node.value["paragraph"].pos, f"section '{section.title}' paragraph {paragraph} does not "
                     f"hold the quote; it is in section '{where.section}' paragraph {where.index}")
    if len(reader.problems) > before:
        return None
    return Source(article=article_path, section=section.title, paragraph=paragraph, quote=" ".join(quote.split()))
