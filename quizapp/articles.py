"""Parse the plain-text article format of `seeds/` and find where a quoted sentence stands.

The format: a `= Title =` line, `==Section==` / `===Subsection===` headings, paragraphs
separated by blank lines, `Infobox` blocks of `- key: value` lines and `- item` list lines.
Text before the first heading belongs to the section named LEAD_SECTION.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

LEAD_SECTION = "Introduction"

_TITLE = re.compile(r"^=\s*(?P<title>[^=].*?)\s*=$")
_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<title>.*?)\s*(?P=marks)$")
_LIST_ITEM = re.compile(r"^\s*-\s+(?P<item>.*)$")
_WHITESPACE = re.compile(r"\s+")
# A sentence ends at . ! or ? followed by space and a capital, digit or opening quote ("U.S. aid" stays whole
# only when a lowercase word follows; good enough to offer sentences to quote, never used to check one).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“])")


class ArticleFormatError(ValueError):
    """An article file that does not follow the format; carries the file and line."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its 1-based index within its section, text and first line in the file."""

    section: str
    index: int
    text: str
    line: int
    anchor: str
    line_breaks: tuple[int, ...] = ()  # offsets in `text` where one line of the file ended and the next began

    @cached_property
    def folded_text(self) -> str:
        """Return the text with whitespace runs folded, computed once: every quote lookup scans it."""
        return normalize_space(self.text)


@dataclass
class Section:
    """A heading (or the lead) with its paragraphs and list items, in file order."""

    title: str
    level: int
    line: int
    slug: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


@dataclass
class Article:
    """A parsed article: title, slug, source path and sections; infobox lines kept apart."""

    path: str
    title: str
    slug: str
    sections: list[Section]
    infobox: list[str] = field(default_factory=list)

    def section(self, title: str) -> Section | None:
        """Return the section with this title (case and spacing ignored), or None."""
        wanted = normalize_space(title).casefold()
        for section in self.sections:
            if normalize_space(section.title).casefold() == wanted:
                return section
        return None

    def paragraphs(self) -> list[Paragraph]:
        """Return every paragraph of the article in file order."""
        return [p for s in self.sections for p in s.paragraphs]

    def locate(self, quote: str) -> list[Paragraph]:
        """Return the paragraphs that contain `quote` verbatim (whitespace runs folded)."""
        needle = normalize_space(quote)
        if not needle:
            return []
        return [p for p in self.paragraphs() if needle in p.folded_text]


def normalize_space(text: str) -> str:
    """Fold runs of whitespace to one space and strip the ends."""
    return _WHITESPACE.sub(" ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Split a paragraph's text into its sentences, whitespace folded."""
    return [sentence for sentence in _SENTENCE_END.split(normalize_space(text)) if sentence]


def slugify(text: str) -> str:
    """Make a lowercase ASCII slug from a title ("Kuwait–Palestine relations" -> "kuwait-palestine-relations")."""
    # Drop accents but keep every other non-ASCII character as a word break, so an en dash still separates.
    letters = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    letters = re.sub(r"['’]", "", letters.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", letters).strip("-")
    return slug or "untitled"


def parse_article(text: str, path: str = "<article>") -> Article:
    """Parse article text into an Article; raise ArticleFormatError when the title line is missing."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    title_match = _TITLE.match(lines[first].strip()) if first is not None else None
    if first is None or title_match is None:
        raise ArticleFormatError(path, (first or 0) + 1, "an article must start with a '= Title =' line")
    title = title_match.group("title")
    article = Article(path=path, title=title, slug=slugify(title), sections=[])
    current = _new_section(article, LEAD_SECTION, 1, first + 1)
    block: list[str] = []
    block_line = 0
    in_infobox = False

    def flush() -> None:
        nonlocal block
        if block:
            index = len(current.paragraphs) + 1
            anchor = f"{current.slug}-p{index}"
            breaks = tuple(sum(len(line) + 1 for line in block[:i]) - 1 for i in range(1, len(block)))
            current.paragraphs.append(Paragraph(current.title, index, " ".join(block), block_line, anchor, breaks))
        block = []

    for number, raw in enumerate(lines[first + 1 :], start=first + 2):
        line = raw.strip()
        heading = _HEADING.match(line)
        if not line:
            flush()
            in_infobox = False
        elif heading:
            flush()
            in_infobox = False
            current = _new_section(article, heading.group("title"), len(heading.group("marks")), number)
        elif line == "Infobox":
            flush()
            in_infobox = True
        elif (item := _LIST_ITEM.match(raw)) is not None:
            flush()
            (article.infobox if in_infobox else current.items).append(item.group("item").strip())
        else:
            if not block:
                block_line = number
            block.append(line)
    flush()
    return article


def _new_section(article: Article, title: str, level: int, line: int) -> Section:
    """Append a section with a slug unique within the article, and return it."""
    base = slugify(title)
    taken = {s.slug for s in article.sections}
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    section = Section(title=title, level=level, line=line, slug=slug)
    article.sections.append(section)
    return section


def load_article(path: Path, display_path: str | None = None) -> Article:
    """Read and parse one article file (UTF-8)."""
    return parse_article(path.read_text(encoding="utf-8"), display_path or str(path))


def article_files(directory: Path) -> list[Path]:
    """List the article files (*.txt) of a directory, sorted by name."""
    return sorted(p for p in directory.glob("*.txt") if p.is_file())


def cited_path(path: Path, root: Path) -> str:
    """Return an article's path as questions cite it: relative to the project root when inside it, else absolute."""
    resolved, root = path.resolve(), root.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else resolved.as_posix()


class ArticleLibrary:
    """Parsed articles by path relative to a root folder, each read at most once."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._cache: dict[str, Article | None] = {}
        self._errors: dict[str, str] = {}

    def get(self, relative: str) -> Article | None:
        """Return the article at `relative` (to the root), or None if missing or malformed."""
        if relative not in self._cache:
            self._cache[relative] = self._load(relative)
        return self._cache[relative]

    def error(self, relative: str) -> str | None:
        """Say why `get(relative)` gave None, in a phrase such as "does not exist"; None when it loaded."""
        self.get(relative)
        return self._errors.get(relative)

    def _load(self, relative: str) -> Article | None:
        root = self.root.resolve()
        path = (root / relative).resolve()
        if Path(relative).is_absolute() or not path.is_relative_to(root):
            self._errors[relative] = f"must be a path inside the project folder, such as '{_EXAMPLE_ARTICLE}'"
            return None
        if not path.is_file():
            self._errors[relative] = "does not exist" + _did_you_mean_file(path, root)
            return None
        try:
            return load_article(path, relative)
        except ArticleFormatError as error:
            self._errors[relative] = f"is not in the article format (line {error.line}: {error.message})"
        except UnicodeDecodeError:
            self._errors[relative] = "is not UTF-8 text"
        except OSError as error:
            self._errors[relative] = f"cannot be read ({error.strerror})"
        return None


_EXAMPLE_ARTICLE = "seeds/<file>.txt"


def _did_you_mean_file(path: Path, root: Path) -> str:
    """Suggest the closest article file in the folder a missing path points into."""
    folder = path.parent
    if not folder.is_dir():
        return ""
    names = [p.name for p in article_files(folder)]
    close = difflib.get_close_matches(path.name, names, n=1, cutoff=0.6)
    # "seeds/002.txt" for "seeds/002_a18f7fef74fb85f7.txt": the files are named by a number, then a hash.
    close = close or [name for name in names if name.startswith(path.stem + "_")][:1]
    return f" (did you mean '{(folder / close[0]).relative_to(root).as_posix()}'?)" if close else ""
