"""Is a file given to `opportunities extract` a page at all?

Saved pages are HTML or plain text. A PDF, an image or random bytes decode
to garbage that the extractor would dutifully turn into a "news" record, and
a page of hundreds of megabytes costs minutes and gigabytes to parse; both
are refused up front with a reason, before any parsing.
"""
from __future__ import annotations

from scrapers.pages.html_text import MAX_PAGE_BYTES

#: Leading bytes of the binary formats people save by mistake, and what to call them.
SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV sound…)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
#: Share of control bytes (other than tab, newline, form feed, carriage return) above which data is not text.
MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")


def not_a_page(data: bytes) -> str | None:
    """Why ``data`` is not a page to extract from (a sentence), or None when it can be read."""
    if len(data) > MAX_PAGE_BYTES:
        return (f"{len(data) / 1e6:.0f} MB is larger than the {MAX_PAGE_BYTES / 1e6:.0f} MB a page may be "
                "(the crawl's download cap); save only the page")
    head = data[:8192]
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return f"this is {kind}, not an HTML page or text; save the page as HTML or its text as .txt"
    if b"\x00" in head:
        return "this is binary data, not an HTML page or text"
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return "this is binary data, not an HTML page or text"
    return None
