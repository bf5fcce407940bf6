"""A page's markup parsed once into an lxml tree, and what the page objects ask of it.

The page objects read every field, the body text, the content hash and the
links from the one tree ``parse`` returns. It is lxml's (libxml2's HTML
parser, the one Scrapy and parsel use): BeautifulSoup over the same parser
built a Python object per node and matched CSS selectors in Python, which
made reading a page slower than extracting its facts. CSS selectors are
translated to XPath once (cssselect, as parsel does) and match below the
element they are asked of. ``text_of`` joins an element's strings the way the
page objects' readings were written against (BeautifulSoup's ``get_text``),
so fields keep their values.
"""
from __future__ import annotations

import re
from functools import cache

from cssselect import HTMLTranslator
from lxml import etree

from scrapers.pages.encoding import decode_html

#: Elements whose strings are code, styles or ruby annotations, not text of the element around them.
NOT_TEXT = frozenset({"script", "style", "template", "rt", "rp"})
#: Elements whose whitespace is kept as written; elsewhere a string of ASCII spaces becomes one space or newline.
PRESERVE_WHITESPACE = frozenset({"pre", "textarea"})
_ASCII_SPACES = " \n\t\x0c\r"
_MAKE = etree.HTMLParser().makeelement
# What lxml refuses in names and text it is handed from Python (libxml2's own tree builder takes them).
_NAME_FORBIDDEN = str.maketrans({c: "_" for c in "<>&\"'/=\t\n\x0b\x0c\r "})
_NOT_XML_TEXT = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def parse(html: str | bytes) -> etree._Element:
    """The ``<html>`` element of ``html`` (an empty one for a page with no element at all).

    Bytes are decoded first by ``scrapers.pages.encoding.decode_html``.
    """
    if isinstance(html, bytes):
        html = decode_html(html)
    parser = etree.HTMLParser(encoding="utf-8")
    data = html.encode("utf-8", errors="replace")
    root = etree.fromstring(data, parser) if data.strip() else None
    if any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log):
        root = _parse_deep(html)
    return root if root is not None else _MAKE("html")


def _parse_deep(html: str) -> etree._Element | None:
    """A page nested deeper than libxml2 builds trees (256 levels), built through lxml's ``TreeBuilder``.

    libxml2 stops at that depth and drops the rest of the page, so a hostile
    page would lose its text; its parser fed to a ``TreeBuilder`` target has
    no such limit. The target is handed names and text from Python, where
    lxml refuses a few characters: the control characters become spaces in
    the text, the names get "_" (no selector looks for such names), and a
    comment keeps its place with its ``--`` spaced out.
    """
    roots: list[etree._Element] = []

    def element(tag: str, attrib: dict, nsmap=None) -> etree._Element:
        try:
            made = _MAKE(tag, attrib)
        except ValueError:
            made = _MAKE(tag.translate(_NAME_FORBIDDEN),
                         {name.translate(_NAME_FORBIDDEN): value for name, value in attrib.items()})
        if not roots:
            roots.append(made)
        return made

    def comment(text: str) -> etree._Element:
        return etree.Comment(text.replace("--", "- -") + (" " if text.endswith("-") else ""))

    parser = etree.HTMLParser(target=etree.TreeBuilder(element_factory=element, comment_factory=comment),
                              encoding="utf-8")
    parser.feed(_NOT_XML_TEXT.sub(" ", html).encode("utf-8", errors="replace"))
    parser.close()
    return roots[0] if roots else None


@cache
def _xpath(selector: str) -> etree.XPath:
    return etree.XPath(HTMLTranslator().css_to_xpath(selector, prefix="descendant::"))


def select(element: etree._Element, selector: str) -> list[etree._Element]:
    """Elements below ``element`` that match the CSS ``selector``, in document order."""
    return _xpath(selector)(element)


def select_one(element: etree._Element, selector: str) -> etree._Element | None:
    found = _xpath(selector)(element)
    return found[0] if found else None


def find(element: etree._Element, tag: str) -> etree._Element | None:
    """The first element named ``tag`` below ``element``."""
    return next(element.iterdescendants(tag), None)


def is_element(node) -> bool:
    """An element, not a comment or processing instruction (whose ``tag`` is a function)."""
    return isinstance(node.tag, str)


def classes(element: etree._Element) -> list[str]:
    return (element.get("class") or "").split()


def string(text: str, preserve: bool) -> str:
    """A string of the page as read: whitespace alone becomes one newline or space, outside ``<pre>``."""
    if preserve or text.strip(_ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "


def text_of(element: etree._Element, separator: str = "", strip: bool = False) -> str:
    """The strings of ``element`` and below, joined by ``separator``; comments and code left out.

    With ``strip``, each string is stripped and empty ones are dropped.
    """
    ancestors = [ancestor.tag for ancestor in element.iterancestors()]
    hidden = sum(tag in NOT_TEXT for tag in ancestors)
    preserved = sum(tag in PRESERVE_WHITESPACE for tag in ancestors)
    strings: list[str] = []

    def add(value: str | None, inside_hidden: bool, inside_preserved: bool) -> None:
        if value and not inside_hidden:
            value = string(value, inside_preserved)
            if strip:
                value = value.strip()
            if value or not strip:
                strings.append(value)

    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event == "start":
            hidden += node.tag in NOT_TEXT
            preserved += node.tag in PRESERVE_WHITESPACE
            add(node.text, hidden > 0, preserved > 0)
            continue
        if event == "end":
            hidden -= node.tag in NOT_TEXT
            preserved -= node.tag in PRESERVE_WHITESPACE
        if node is not element:  # the tail of a node lies in its parent, after it
            add(node.tail, hidden > 0, preserved > 0)
    return separator.join(strings)


def preceding_strings(element: etree._Element) -> list[str]:
    """The strings and comments before ``element`` in the page, nearest first."""
    found = element.xpath("preceding::text() | preceding::comment()")
    return [node if isinstance(node, str) else (node.text or "") for node in reversed(found)]
