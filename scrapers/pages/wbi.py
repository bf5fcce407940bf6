"""Page objects for www.wbi.be (Wallonie-Bruxelles International, Drupal).

A page object takes a URL and the HTML of a response and returns fields:
no network, no Scrapy, so the same code reads the live site, the bundled
snapshot (data/snapshot/www.wbi.be/) and pages saved by hand.

What is known about WBI's markup and what is inferred is listed in
../shared/SOURCES.md §1 and docs/snapshot.md. Every selector sits in a
module-level constant below so a markup change is a one-line fix, and the
article page refuses a page that no longer matches (``MarkupChanged``)
rather than returning empty fields that would look like a page with no
content.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from urllib.parse import parse_qs, unquote, urldefrag, urljoin, urlsplit

from lxml import etree

from normalise.text import clean_text
from scrapers.pages.encoding import decode_html, has_bom
from scrapers.pages.html_text import element_text
from scrapers.pages.links import web_url
from scrapers.pages.tree import parse, preceding_strings, select, select_one, text_of

# -- selectors: confirmed ones ([C] in SOURCES.md §1) ----------------------
#: The title. The YouthOpp adapter rejects a page unless it has exactly one.
TITLE = "h1"
#: Body field. A page may carry several; the print/share utility block
#: carries the same classes and holds a.printButton, so it is skipped.
BODY = "div.field--name-body"
PRINT_BUTTON = "a.printButton"
#: Result cards and the Drupal pager of listings and taxonomy indices.
CARD = ".search-result"
PAGER_LINK = "nav.pager a[href]"

# -- selectors: inferred ones ([I]); change here when the live site differs --
#: Where to look for the body, so that a body field of a footer block
#: (Drupal custom blocks have one too) is never taken for the article.
MAIN = "main"
#: The chapo/teaser field printed above the body (the body's lead paragraph repeats it).
TEASER = ".field--name-field-chapo"
#: Publication date field ("24/02/2025", usually wrapping <time datetime>).
DATE_FIELD = ".field--name-field-date"
#: Fallback when the date field is missing: the first <time> of the article.
DATE_FALLBACK = "article time[datetime]"
#: [I] Drupal's Metatag module, when enabled.
PUBLISHED_META = 'meta[property="article:published_time"]'
#: "Mis à jour le 03/02/2025".
UPDATED_FIELD = ".field--name-changed"
#: "Documents liés" file field; the label text is not relied upon.
DOCUMENTS = ".field--name-field-documents a[href]"
#: "En savoir plus" button block (a link field holding a.btn).
MORE_BLOCK = ".field--name-field-lien"
#: Taxonomy term links of the article.
TAGS = ".field--name-field-tags a"
ALTERNATE = 'link[rel="alternate"][hreflang]'
#: Card parts. The title link first; other links of a card (tags) are not details.
CARD_TITLE_LINK = "h2 a[href], h3 a[href]"
CARD_TEASER = ".search-result__teaser"
NEXT_LINK = 'nav.pager a[rel~="next"], nav.pager .pager__item--next a[href]'
#: [I] Drupal's "load more" and infinite-scroll pagers (views_load_more, views_infinite_scroll):
#: they fetch later pages by script, so a crawl that only reads links would stop at the first page.
LOAD_MORE = ".pager--load-more, .pager--infinite-scroll, [data-drupal-views-infinite-scroll-pager], a.load-more"

SITE_HOSTS = frozenset({"wbi.be", "www.wbi.be"})
FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".zip", ".rtf")
FILES_PATH = "/sites/default/files/"
#: Link texts that say nothing about the file; the file name is a better title.
GENERIC_LINK_TEXTS = frozenset({"en annexe", "en savoir plus", "ici", "cliquez ici", "télécharger", "lien", "pdf"})

_DMY = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
_UPDATED_TEXT = re.compile(r"Mis à jour le\s*:?\s*(\d{2}/\d{2}/\d{4})", re.IGNORECASE)
# The YouthOpp adapter accepts a document only when it ends this way.
_COMPLETE = re.compile(r"</body>\s*(?:</html>\s*)?$", re.IGNORECASE)


class MarkupChanged(ValueError):
    """The page no longer matches the expected markup (e.g. not exactly one h1, no body).

    Raised instead of returning empty fields: a silent empty result would
    read as "the page says nothing" and hide a site redesign.
    """


@dataclass(frozen=True)
class Attachment:
    url: str
    title: str


@dataclass(frozen=True)
class Link:
    url: str
    text: str


def decode(html: str | bytes) -> str:
    """The text of a page whose declared charset may be wrong or missing.

    WBI serves UTF-8, but declarations lie both ways (a UTF-8 header over
    cp1252 bytes saved by another tool, ``<meta charset="iso-8859-1">`` over
    UTF-8), so the bytes decide first: strict UTF-8; then, when most
    non-ASCII bytes still form UTF-8 sequences, UTF-8 with the few stray
    bytes read as cp1252 (a page patched with text from elsewhere). Only
    then, or for a page with a byte-order mark, the shared decoder
    (``scrapers.pages.encoding``: the mark, the page's ``<meta>``, cp1252).
    """
    if isinstance(html, str):
        return html
    if not has_bom(html):
        try:
            return html.decode("utf-8")
        except UnicodeDecodeError:
            pass
        high_bytes = len(html) - len(html.translate(None, _HIGH_BYTES))
        utf8_bytes = sum(len(sequence) for sequence in _UTF8_SEQUENCE.findall(html))
        if utf8_bytes * 2 > high_bytes:
            return html.decode("utf-8", errors=_CP1252_FALLBACK)
    return decode_html(html)


_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_FALLBACK = "wbi-cp1252-fallback"


def _cp1252_for_stray_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_for_stray_bytes)


def _words(element: etree._Element) -> str:
    return " ".join(text_of(element, " ").split())


def _dmy(text: str) -> date | None:
    match = _DMY.search(text)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _date_in(element: etree._Element | None) -> date | None:
    """DD/MM/YYYY as printed, else the machine-readable <time datetime>."""
    if element is None:
        return None
    printed = _dmy(text_of(element, " "))
    if printed:
        return printed
    time_tag = element if element.tag == "time" else select_one(element, "time[datetime]")
    return _iso_date(time_tag.get("datetime")) if time_tag is not None else None


def _page_number(url: str) -> int:
    """The ``page`` query parameter of a listing URL, 0 when absent or not a number."""
    value = parse_qs(urlsplit(url).query).get("page", ["0"])[0]
    return int(value) if value.isdigit() else 0


def _is_file(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.startswith(FILES_PATH) or path.endswith(FILE_EXTENSIONS)


def _is_site(url: str) -> bool:
    return urlsplit(url).hostname in SITE_HOSTS


class WbiArticlePage:
    """A news item (/fr/actualites/…) or a service page (/fr/aide-service/…)."""

    kind_hint = None  # WBI publishes every kind of page under the same template
    canonical_url = None  # read from where it was fetched: the page's own links are not relied upon

    def __init__(self, url: str, html: str | bytes):
        self.url = url
        self.html = decode(html)
        self._root = parse(self.html)
        main = select_one(self._root, MAIN)
        self._main = main if main is not None else self._root
        titles = select(self._root, TITLE)
        if len(titles) != 1:
            raise MarkupChanged(f"{url}: expected exactly one <h1>, found {len(titles)}")
        self._title = titles[0]
        bodies = [body for body in select(self._main, BODY) if not select(body, PRINT_BUTTON)]
        if len(bodies) != 1:
            raise MarkupChanged(
                f"{url}: expected one {BODY} without {PRINT_BUTTON}, found {len(bodies)}"
            )
        self._body = bodies[0]
        self._teaser = select_one(self._main, TEASER)

    @cached_property
    def title(self) -> str:
        return _words(self._title)

    @cached_property
    def published(self) -> date | None:
        """The date field; else Drupal's metatag; else the nearest DD/MM/YYYY above the body.

        The later fallbacks are for pages saved from templates we have not
        seen: a roughly right publication date still resolves dates written
        without a year far better than today's date would.
        """
        found = _date_in(select_one(self._main, DATE_FIELD)) or _date_in(select_one(self._main, DATE_FALLBACK))
        if found:
            return found
        meta = select_one(self._root, PUBLISHED_META)
        if meta is not None and _iso_date(meta.get("content")):
            return _iso_date(meta.get("content"))
        nearest = next((string for string in preceding_strings(self._body) if _DMY.search(string)), None)
        return _dmy(nearest) if nearest else None

    @cached_property
    def updated(self) -> date | None:
        field = select_one(self._main, UPDATED_FIELD)
        if field is not None:
            return _date_in(field)
        match = _UPDATED_TEXT.search(text_of(self._main, " "))
        return _dmy(match.group(1)) if match else None

    @cached_property
    def language(self) -> str:
        lang = (self._root.get("lang") or "").strip().lower() if self._root.tag == "html" else ""
        if lang:
            return lang[:2]
        prefix = urlsplit(self.url).path.strip("/").split("/", 1)[0].lower()
        return prefix if len(prefix) == 2 else "fr"

    @cached_property
    def teaser(self) -> str | None:
        if self._teaser is None:
            return None
        return element_text(self._teaser) or None

    @cached_property
    def body_text(self) -> str:
        """The chapo then the body, one line per block, cleaned.

        The chapo is included because some items carry their whole content
        there (the UK research item is a teaser and a button); clean_text then
        drops the lead paragraph that repeats it, and the editor residue
        ("Last edited il y a 3 minutes").
        """
        body = element_text(self._body)
        return clean_text(f"{self.teaser or ''}\n{body}")

    @cached_property
    def attachments(self) -> list[Attachment]:
        """Files of the "Documents liés" field first (their titles are the best), then file links of the content."""
        found: dict[str, Attachment] = {}
        links = select(self._main, DOCUMENTS) + [
            link for scope in self._content_scopes() for link in select(scope, "a[href]")
        ]
        for link in links:
            url = web_url(link.get("href"), self.url)
            if url is None or not _is_file(url) or url in found:
                continue
            found[url] = Attachment(url, self._file_title(link, url))
        return list(found.values())

    @cached_property
    def tags(self) -> list[str]:
        return list(dict.fromkeys(words for words in (_words(a) for a in select(self._main, TAGS)) if words))

    @cached_property
    def external_links(self) -> list[Link]:
        """Links that leave wbi.be (application platforms, partners), from the content only."""
        found: dict[str, Link] = {}
        for scope in self._content_scopes():
            for link in select(scope, "a[href]"):
                url = web_url(link.get("href"), self.url)
                if url is not None and not _is_site(url) and url not in found:
                    found[url] = Link(url, _words(link))
        return list(found.values())

    @cached_property
    def alternates(self) -> dict[str, str]:
        """Other language versions; only web addresses (an alternate link may say ``javascript:``)."""
        found = {link.get("hreflang"): web_url(link.get("href"), self.url) for link in select(self._root, ALTERNATE)}
        return {language: url for language, url in found.items() if url}

    @cached_property
    def is_complete(self) -> bool:
        return bool(_COMPLETE.search(self.html))

    def content_fingerprint(self) -> str:
        """sha256 of the title and the cleaned body: transient text never changes it."""
        return hashlib.sha256(f"{self.title}\n{self.body_text}".encode("utf-8")).hexdigest()

    # -- helpers -------------------------------------------------------------

    def _content_scopes(self) -> list[etree._Element]:
        scopes = [self._teaser, self._body, *select(self._main, MORE_BLOCK)]
        return [scope for scope in scopes if scope is not None]

    @staticmethod
    def _file_title(link: etree._Element, url: str) -> str:
        text = _words(link)
        if text and text.lower() not in GENERIC_LINK_TEXTS:
            return text
        return link.get("title") or unquote(urlsplit(url).path.rsplit("/", 1)[-1])


class WbiListingPage:
    """A listing with result cards and a Drupal pager (/fr/bourses, /fr/actualites, taxonomy indices)."""

    def __init__(self, url: str, html: str | bytes):
        self.url = url
        self.html = decode(html)
        self._root = parse(self.html)
        self._cards = select(self._root, CARD)

    @cached_property
    def cards(self) -> list[dict]:
        """One dict per card: url, title, date (ISO or None), teaser."""
        result = []
        for card in self._cards:
            link = self._detail_link(card)
            if link is None:
                continue
            published = _date_in(card)
            teaser = select_one(card, CARD_TEASER)
            result.append({
                "url": urljoin(self.url, link.get("href").strip()),
                "title": _words(link),
                "date": published.isoformat() if published else None,
                # The teaser is printed twice on the live cards; the first copy is enough.
                "teaser": _words(teaser) if teaser is not None else None,
            })
        return result

    @cached_property
    def detail_urls(self) -> list[str]:
        return list(dict.fromkeys(card["url"] for card in self.cards))

    @cached_property
    def pager_urls(self) -> list[str]:
        return list(dict.fromkeys(urljoin(self.url, a.get("href").strip()) for a in select(self._root, PAGER_LINK)))

    @cached_property
    def last_page(self) -> int:
        """The highest ``page=N`` the pager links (Drupal counts from 0); 0 without a pager."""
        return max((_page_number(url) for url in self.pager_urls), default=0)

    @cached_property
    def unread_pager(self) -> str | None:
        """Why this listing has more pages than the pager selector sees, or None.

        Links to ``?page=N`` of this listing outside ``nav.pager`` mean the
        pager's markup changed; a load-more pager means later pages come by
        script. Either would cut the listing to its first page silently.
        """
        if select_one(self._root, LOAD_MORE) is not None:
            return "a load-more pager (later pages are fetched by script)"
        path = urlsplit(self.url).path
        known = {urldefrag(url).url for url in self.pager_urls}
        for link in select(self._root, "a[href]"):
            url = urldefrag(urljoin(self.url, link.get("href").strip())).url
            if url not in known and urlsplit(url).path == path and _page_number(url) > 0:
                return f"a link to ?{urlsplit(url).query} outside {PAGER_LINK!r}"
        return None

    @cached_property
    def next_url(self) -> str | None:
        link = select_one(self._root, NEXT_LINK)
        return urljoin(self.url, link.get("href").strip()) if link is not None and link.get("href") else None

    @staticmethod
    def _detail_link(card: etree._Element) -> etree._Element | None:
        """The card's title link, else its first link to a content page (not a tag, file or anchor)."""
        title_link = select_one(card, CARD_TITLE_LINK)
        if title_link is not None:
            return title_link
        for link in select(card, "a[href]"):
            href = link.get("href").strip()
            path = urlsplit(href).path
            if href.startswith(("#", "mailto:", "tel:", "javascript:")) or "/taxonomy/term/" in path:
                continue
            if _is_file(href):
                continue
            return link
        return None
