"""`opportunities extract`: a saved page (or plain text) to a CONTRACT.md record.

Chooses the page object through the registry of sources (scrapers.sources):
the source whose site the URL is on, else the first whose markup the page
shows, and that source's page object for the URL; any other page's main text
is found generically. Then runs the same extraction core as the crawl.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from normalise.dates import publication_stamp
from normalise.record import extract_record
from opportunities.page_input import not_a_page
from scrapers.pages import NotContent
from scrapers.pages.encoding import decode_html
from scrapers.pages.generic import GenericPage
from scrapers.sources import Source, source_for_url, sources

#: How much of a saved page is searched for a site's markup.
HEAD_BYTES = 200_000


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
    markup (another template, a redesign) or is not a page with a body (a
    listing), the generic reader takes over rather than failing, because a
    saved page is still worth its facts. A live-site answer that is not
    content at all (bot challenge, help page) is an error.
    """
    site = page_source(data[:HEAD_BYTES], url)
    page_object = site.page_for(url or "") if site else None
    if page_object:
        try:
            page = page_object(url or "", data)
        except NotContent:
            raise
        except ValueError:
            page = None
        if page is not None and isinstance(getattr(page, "body_text", None), str):
            return page.title, page.body_text, page.language, page.published, page.kind_hint, url or page.canonical_url
    page = GenericPage(url or "", decode_html(data))
    return page.title, page.body_text, page.language, page.published, page.kind_hint, url or page.canonical_url


def page_source(head: bytes, url: str | None) -> Source | None:
    """The source whose site ``url`` is on, else the first whose markup ``head`` shows."""
    return source_for_url(url) or next(
        (found for found in sources().values() if found.recognises and found.recognises(head)), None)


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
