"""Any page a site's page object refuses or does not know: main content by trafilatura.

Used by `opportunities extract` for pages of other sites or templates, and by
the spiders when a page object refuses a page (a redesign, another
template): the page then still reaches the catalogue, tagged
``parser=fallback``, instead of being dropped. trafilatura is a maintained
main-content extractor (boilerplate removal, Drupal and news templates,
benchmarks in its documentation) and htmldate finds a publication date in
the markup, the URL or the text when no selector of ours does.
"""
from __future__ import annotations

from datetime import date

import htmldate
import trafilatura
from bs4 import BeautifulSoup

from scrapers.pages.links import web_url


class NoMainContent(ValueError):
    """The page has no main text to read (an empty shell, a script-only page)."""


class GenericPage:
    """Title, main text, language, publication date and canonical URL of any HTML page.

    Raises ``NoMainContent`` when trafilatura finds no main text.
    """

    kind_hint = None  # nothing is known of an unknown site's pages

    def __init__(self, url: str, html: str):
        self.url = url
        document = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_tables=True, include_comments=False,
            favor_recall=True, deduplicate=False,
        )
        text = (document.text if document else "") or ""
        if not text.strip():
            raise NoMainContent(f"{url or 'page'}: no main content found")
        self.body_text = text.strip()
        soup = BeautifulSoup(html, "lxml")
        h1 = soup.find("h1")
        # The page's own h1 first: trafilatura's title falls back to <title>, which carries the site name.
        self.title = (h1.get_text(" ", strip=True) if h1 else None) or (document.title or None)
        html_tag = soup.find("html")
        lang = (html_tag.get("lang") or "") if html_tag else ""
        self.language = lang[:2].lower() or None
        canonical = soup.find("link", rel="canonical")
        self.canonical_url = web_url(canonical.get("href"), url or None) if canonical else None
        self.published = _published(html, url)


def _published(html: str, url: str) -> date | None:
    """The original publication date htmldate finds in the markup or URL, without guessing from today."""
    found = htmldate.find_date(html, url=url or None, original_date=True, extensive_search=False,
                               outputformat="%Y-%m-%d")
    return date.fromisoformat(found) if found else None
