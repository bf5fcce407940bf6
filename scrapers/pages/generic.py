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

from scrapers.pages.links import web_url
from scrapers.pages.tree import find, parse, select_one, text_of


class NoMainContent(ValueError):
    """The page has no main text to read (an empty shell, a script-only page)."""


class GenericPage:
    """Title, main text, language, publication date and canonical URL of any HTML page.

    Raises ``NoMainContent`` when trafilatura finds no main text.
    """

    kind_hint = None  # nothing is known of an unknown site's pages

    def __init__(self, url: str, html: str):
        # Imported on first use: trafilatura and htmldate take a quarter of a second to import, and most
        # runs (a crawl of the known sites, `opportunities extract` on text) never need them.
        import trafilatura

        self.url = url
        document = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_tables=True, include_comments=False,
            favor_recall=True, deduplicate=False,
        )
        text = (document.text if document else "") or ""
        if not text.strip():
            raise NoMainContent(f"{url or 'page'}: no main content found")
        self.body_text = text.strip()
        root = parse(html)
        h1 = find(root, "h1")
        # The page's own h1 first: trafilatura's title falls back to <title>, which carries the site name.
        self.title = (text_of(h1, " ", strip=True) if h1 is not None else None) or (document.title or None)
        lang = (root.get("lang") or "") if root.tag == "html" else ""
        self.language = lang[:2].lower() or None
        canonical = select_one(root, 'link[rel~="canonical"]')
        self.canonical_url = web_url(canonical.get("href"), url or None) if canonical is not None else None
        self.published = _published(html, url)


def _published(html: str, url: str) -> date | None:
    """The original publication date htmldate finds in the markup or URL, without guessing from today."""
    import htmldate

    found = htmldate.find_date(html, url=url or None, original_date=True, extensive_search=False,
                               outputformat="%Y-%m-%d")
    return date.fromisoformat(found) if found else None
