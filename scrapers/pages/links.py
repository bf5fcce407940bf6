"""The one gate every scraped address passes before it can become a link.

Scraped markup is hostile: an ``href`` may say ``javascript:…``,
``data:…`` or ``vbscript:…``, hide a scheme behind whitespace or control
characters, or carry quotes. Page objects keep an address only when this
module says it is a web address (http or https, with a host), and the site
checks it again before it reaches an ``href`` or ``src``, so a value that
got into the catalogue some other way is never a live link either.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

WEB_SCHEMES = ("http", "https")
# Browsers drop tabs and newlines inside URLs and treat other controls oddly: refuse them outright.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def web_url(href: str | None, base: str | None = None) -> str | None:
    """``href`` made absolute against ``base``, if it is an http(s) address with a host; else None."""
    if not href:
        return None
    href = href.strip()
    if _CONTROL.search(href):
        return None
    absolute = urljoin(base, href) if base else href
    try:
        parts = urlsplit(absolute)
    except ValueError:  # malformed netloc ("http://[::1")
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return absolute
