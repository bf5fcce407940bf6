"""Bytes of a page → text, with w3lib's ``html_to_unicode`` (what Scrapy decodes responses with).

The order is the one Justel needs (SOURCES.md §2.6: ISO-8859-1 declared in
a ``<meta>``, usually not in the HTTP header): a byte-order mark; the page's
own ``<meta>`` charset, unless the bytes are not valid in it (a page saved
by another tool keeps a declaration that no longer holds); the header's
charset (``declared``); UTF-8 when the bytes are valid UTF-8; cp1252
otherwise. w3lib reads every latin-1 label as cp1252, its superset, so
’ “ ” € (bytes 0x80–0x9F) come out as characters rather than C1 controls,
and replaces bytes a charset leaves undefined.
"""
from __future__ import annotations

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, read_bom, resolve_encoding


def decode_html(body: bytes, declared: str | None = None) -> str:
    """The text of a page; ``declared`` is the HTTP header's charset, used only when the page says nothing."""
    def undeclared(data: bytes) -> str:
        if declared and (known := resolve_encoding(declared)) and _valid(data, known):
            return known
        return "utf-8" if _valid(data, "utf-8") else "cp1252"

    meta = html_body_declared_encoding(body)
    # w3lib ranks a header above the <meta>: a <meta> the bytes contradict is overruled that way.
    overrule = f"text/html; charset={undeclared(body)}" if meta and not _valid(body, meta) else None
    return html_to_unicode(overrule, body, auto_detect_fun=undeclared)[1]


def has_bom(body: bytes) -> bool:
    return read_bom(body)[0] is not None


def _valid(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return False
    return True
