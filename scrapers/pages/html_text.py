"""HTML element → the plain text the normalisers read.

Block elements become lines, list items become "- " lines (nested ones too),
and <br> breaks a line, so a labelled list on a page ("- Durée: 6 mois")
reads the same as in the seed texts and a sentence never runs across two
blocks.

``MAX_PAGE_BYTES`` is the largest page read at all: the crawl's download cap
(``DOWNLOAD_MAXSIZE``) and the limit of ``opportunities extract``, because
parsing a 100 MB page costs a minute and gigabytes for no opportunity.
"""
from __future__ import annotations

from lxml import etree

from normalise.text import clean_text
from scrapers.pages.tree import is_element

MAX_PAGE_BYTES = 5 * 1024 * 1024

BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
    "tr", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "header", "footer", "address", "hr",
}


def element_text(element: etree._Element) -> str:
    """Cleaned text of ``element`` (see normalise.text.clean_text).

    The tree is walked with an explicit stack, not by recursion: a hostile
    page nests thousands of <div>s, which would exhaust Python's recursion
    limit and lose the page.
    """
    lines: list[str] = []
    current: list[str] = []

    def flush():
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    # Work items, taken from the end: a node whose children to read, a text to add, or FLUSH (end a line).
    stack: list = [element]
    while stack:
        item = stack.pop()
        if item is FLUSH:
            flush()
        elif isinstance(item, str):
            current.append(item)
        else:
            steps = [item.text] if item.text else []
            for child in item:
                steps += _steps(child)
                if child.tail:  # the text after a child, whatever the child is
                    steps.append(child.tail)
            stack.extend(reversed(steps))
    flush()
    return clean_text("\n".join(line for line in lines if line.strip("- ")))


FLUSH = object()


def _steps(node: etree._Element) -> list:
    """What reading the child ``node`` means, in order, as work items of element_text (its tail aside)."""
    if not is_element(node):  # a comment or processing instruction
        return []
    name = node.tag.lower()
    if name in ("script", "style", "noscript", "template"):
        return []
    if name == "br":
        return [FLUSH]
    if name == "li":
        return [FLUSH, "- ", node, FLUSH]
    if name in ("td", "th"):
        return [" ", node, " "]
    if name in BLOCKS:
        return [FLUSH, node, FLUSH]
    return [node]
