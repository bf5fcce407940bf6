"""HTML element → the plain text the normalisers read.

Block elements become lines, list items become "- " lines (nested ones too),
and <br> breaks a line, so a labelled list on a page ("- Durée: 6 mois")
reads the same as in the seed texts and a sentence never runs across two
blocks.
"""
from __future__ import annotations

from bs4 import NavigableString, Tag

from normalise.text import clean_text

BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
    "tr", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "header", "footer", "address", "hr",
}


def element_text(element: Tag) -> str:
    """Cleaned text of ``element`` (see normalise.text.clean_text)."""
    lines: list[str] = []
    current: list[str] = []

    def flush():
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "CData", "ProcessingInstruction", "Doctype"):
                    continue
                current.append(str(child))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name in ("script", "style", "noscript", "template"):
                    continue
                if name == "br":
                    flush()
                elif name == "li":
                    flush()
                    current.append("- ")
                    walk(child)
                    flush()
                elif name in ("td", "th"):
                    current.append(" ")
                    walk(child)
                    current.append(" ")
                elif name in BLOCKS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(element)
    flush()
    return clean_text("\n".join(line for line in lines if line.strip("- ")))
