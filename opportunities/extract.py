"""`opportunities extract`: a saved page (or plain text) to a CONTRACT.md record.

Chooses the page parser by the URL or by the markup (a Justel act, a WBI
Drupal article, or any other page, whose main text is found generically),
then runs the same extraction core as the crawl.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from normalise.dates import publication_stamp
from normalise.record import extract_record
from opportunities.page_input import not_a_page
from scrapers.pages.ejustice import JustelActPage, NonContentPage, decode_html
from scrapers.pages.generic import GenericPage
from scrapers.pages.wbi import MarkupChanged, WbiArticlePage

_JUSTEL_MARKERS = re.compile(rb"ejustice|Justel|numac|/eli/", re.IGNORECASE)
_WBI_MARKERS = re.compile(rb"field--name-body")


class UnreadablePage(ValueError):
    """The file cannot be read as a page; the message says why."""


def read_text_file(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_html(data: bytes, url: str | None):
    """(title, body text, language, published date, kind hint, url) of a saved page.

    The site's page object is tried first; when a page does not match its
    markup (another template, a redesign) the generic reader takes over
    rather than failing, because a saved page is still worth its facts.
    A live-site answer that is not content at all (bot challenge, help page)
    is an error.
    """
    head = data[:200_000]
    looks_justel = _JUSTEL_MARKERS.search(head) and (b"list-title" in head or b"numac" in head.lower())
    if (url and "ejustice" in url) or ((not url or "wbi.be" not in url) and looks_justel):
        try:
            page = JustelActPage(url or "", data)
        except NonContentPage:
            raise
        except ValueError:
            pass
        else:
            return page.title, page.body_text, page.language, page.publication_date, page.kind_hint, url or page.eli
    elif (url and "wbi.be" in url) or _WBI_MARKERS.search(head):
        try:
            page = WbiArticlePage(url or "https://www.wbi.be/", data)
        except MarkupChanged:
            pass
        else:
            return page.title, page.body_text, page.language, page.published, None, url
    page = GenericPage(url or "", decode_html(data))
    return page.title, page.body_text, page.language, page.published, None, url or page.canonical_url


def extract_path(path: str, *, url: str | None = None, reference_date: date | None = None, stdin=None) -> dict:
    """The record of one saved page; raises UnreadablePage with a reason."""
    try:
        data = stdin.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise UnreadablePage(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if isinstance(data, str):
        data = data.encode("utf-8")
    if reason := not_a_page(data):
        raise UnreadablePage(f"{path}: {reason}")
    if path == "-" or Path(path).suffix.lower() not in (".html", ".htm"):
        title, text, language, published, kind_hint = None, read_text_file(data), None, None, None
    else:
        try:
            title, text, language, published, kind_hint, url = parse_html(data, url)
        except ValueError as exc:
            raise UnreadablePage(f"{path}: not a page we can read ({exc})") from exc
    if not text.strip():
        raise UnreadablePage(f"{path}: no text found in the page")
    # CONTRACT.md: without --reference-date, the page's own publication date
    # (its metadata, else a "Publié le …" stamp in the text), else today.
    reference = reference_date or published or publication_stamp(text) or date.today()
    record = extract_record(text, title=title, url=url, reference_date=reference, language=language,
                            kind_hint=kind_hint)
    return record
