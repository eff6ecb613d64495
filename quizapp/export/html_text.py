"""Read the HTML of an Anki field into a small element tree and turn it into the text a student sees.

Only what importing needs: elements with attributes and children, `<br>` as a line break, block
elements on lines of their own, entities decoded (`&nbsp;` as a plain space), styles and scripts
dropped. Media (images, sounds) cannot become quizapp text and is reported.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {
    "address",
    "article",
    "blockquote",
    "details",
    "div",
    "dl",
    "dt",
    "dd",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
}
HIDDEN = {"script", "style", "head", "title"}
MEDIA = {"img", "audio", "video", "object", "embed", "iframe", "svg"}
_BLOCK_MARK = "\x00"  # where a block starts or ends; becomes one line break, spaces around it dropped
_BLOCK_BREAKS = re.compile(r"[ \t\n]*\x00[\x00 \t\n]*")
SOUND = re.compile(r"\[sound:[^\]]*\]")


class MediaError(ValueError):
    """A field holds an image, sound or other media that quizapp cannot show as text."""


@dataclass
class Element:
    """An HTML element: tag, attributes and children (text strings or elements)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def has_class(self, name: str) -> bool:
        """Tell whether the element carries the class `name`."""
        return name in self.attrs.get("class", "").split()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.root = Element("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching open element; a stray end tag is ignored, as browsers do.
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_entityref(self, name: str) -> None:
        self.stack[-1].children.append(" " if name == "nbsp" else html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.stack[-1].children.append(html.unescape(f"&#{name};"))


def parse_html(markup: str) -> Element:
    """Parse a field's HTML into a tree under a `root` element."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


def element_text(node: Element | str) -> str:
    """Return the text a student sees in a node: line breaks kept, tags and hidden parts dropped."""
    raw = _collect(node)
    return _BLOCK_BREAKS.sub("\n", raw).strip(_BLOCK_MARK + " \t\n")


def _collect(node: Element | str) -> str:
    if isinstance(node, str):
        # A line break in HTML source shows as a space; only <br> and blocks break lines.
        return node.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    if node.tag in MEDIA or (node.tag == "source" and "src" in node.attrs):
        raise MediaError(f"holds <{node.tag}> media, which quizapp cannot import")
    if node.tag in HIDDEN:
        return ""
    if node.tag == "br":
        return "\n"
    inner = "".join(_collect(child) for child in node.children)
    if (sound := SOUND.search(inner)) is not None:
        raise MediaError(f"holds a sound ({sound.group(0)}), which quizapp cannot import")
    return f"{_BLOCK_MARK}{inner}{_BLOCK_MARK}" if node.tag in BLOCK else inner


def take(node: Element, class_name: str) -> Element | None:
    """Remove the first element with the class from the tree and return it (None when there is none)."""
    for index, child in enumerate(node.children):
        if isinstance(child, Element):
            if child.has_class(class_name):
                del node.children[index]
                return child
            found = take(child, class_name)
            if found is not None:
                return found
    return None
