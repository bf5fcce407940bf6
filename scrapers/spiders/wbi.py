"""Crawl www.wbi.be: listings → article pages.

Navigation only; parsing is in ``scrapers.pages.wbi``. Start points are the
scholarship catalogue, the news river, the research taxonomy indices and
the standing programme pages (SOURCES.md §1.1); pagers are followed to the
end (at most OPPORTUNITIES_MAX_PAGER_DEPTH pages deep) and Scrapy's duplicate
filter keeps a pager from looping.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import scrapy

from scrapers.items import CrawledPage
from scrapers.pages.wbi import MarkupChanged, WbiArticlePage, WbiListingPage
from scrapers.sources import Source
from scrapers.spiders.base import SiteSpider

#: Listings to start from (SOURCES.md §1.1): the catalogue (whose /en/ cards link the standing
#: programmes under /fr/aide-service/), the news river and the four research indices.
LISTING_PATHS = (
    "/fr/bourses",
    "/en/bourses",
    "/fr/actualites",
    "/en/taxonomy/term/843",
    "/en/taxonomy/term/844",
    "/en/taxonomy/term/846",
    "/en/taxonomy/term/847",
    "/fr/taxonomy/term/843",
)
#: Standing programmes that no listing links to (the others are found through the listings).
STANDING_PROGRAMME_PATHS = (
    "/fr/aide-service/participer-simulations-organisations-internationales-concours-plaidoirie-citoyens-monde",
)
#: A listing's path (its pager pages carry ?page=N); every other page of the site is an article.
LISTING_URL = r"^/(?:fr|en)/(?:bourses|actualites|taxonomy/term/\d+)/?(?:\?|$)"


#: Wording that announces a file: a page saying it should carry one (the attachments monitor).
ATTACHMENT_WORDING = re.compile(r"\b(?:en annexe|annexes?|ci-joint(?:e|s|es)?|in bijlage|attached)\b", re.IGNORECASE)
#: How many URLs a coverage stat lists by name (the monitors quote them).
NAMED_URLS = 20


class WbiSpider(SiteSpider):
    name = "wbi"
    source = "wbi"

    async def start(self):
        # What the coverage monitors read: per listing (live path) its cards, pages read, the
        # pager's last page and whether part of the pager was unreadable; per item its date and files.
        self.listings: dict[str, dict] = {}
        self.listing_cards: dict[str, set[str]] = {}  # distinct cards: ?page=0 repeats the first page
        self.crawler.stats.set_value("coverage/site", self.live_base_url)  # how monitors name the source
        self.crawler.stats.set_value("coverage/listings", self.listings)
        for key in ("coverage/undated", "coverage/missing_attachments"):
            self.crawler.stats.set_value(key, [])
        for path in self.registered().start_paths:
            if self.registered().page_for(path) is WbiListingPage:
                yield self.listing_request(self.absolute(path))
            else:
                yield self.article_request(self.absolute(path))
        # Pages the catalogue holds are asked for again even if no listing
        # links to them any more: a removed page then answers 404/410 and is
        # withdrawn, instead of lingering as "open" forever.
        for url in (self.settings.getdict("OPPORTUNITIES_REVISIT_URLS") or {}).get(self.source, []):
            if url.startswith(self.live_base_url):
                yield self.article_request(self.absolute(url.removeprefix(self.live_base_url)))

    def listing_request(self, url, pager_depth: int = 0):
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                              meta={"pager_depth": pager_depth})

    def article_request(self, url):
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error)

    def parse_listing(self, response):
        if response.status in (404, 410):
            self.crawler.stats.inc_value("listings/missing")
            self.logger.warning("Listing %s answered %s (old alias?)", response.url, response.status)
            return
        self.crawler.stats.inc_value("listings/pages")
        listing = WbiListingPage(response.url, response.body)
        self.record_listing(listing)
        if not listing.detail_urls:
            # A listing that suddenly has no cards is a markup change or an
            # outage, not a site with nothing on it: the run becomes suspect.
            self.crawler.stats.inc_value("listings/empty")
            self.logger.error("Listing %s has no result cards: markup changed or page broken", response.url)
        self.crawler.stats.inc_value("listings/cards", len(listing.detail_urls))
        for url in listing.detail_urls:
            yield self.article_request(url)
        if listing.pager_urls and (depth := self.within_pager_depth(response)) is not None:
            for url in listing.pager_urls:
                yield self.listing_request(url, depth)

    def record_listing(self, listing: WbiListingPage) -> None:
        """Add one listing page to its listing's coverage (keyed by live path, pages summed)."""
        path = urlsplit(self.canonical(listing.url)).path
        entry = self.listings.setdefault(path, {"cards": 0, "pages": 0, "last_page": 0, "unread_pager": None})
        cards = self.listing_cards.setdefault(path, set())
        cards.update(listing.detail_urls)
        entry["cards"] = len(cards)
        entry["pages"] += 1
        entry["last_page"] = max(entry["last_page"], listing.last_page)
        entry["unread_pager"] = entry["unread_pager"] or listing.unread_pager

    def record_item(self, item: CrawledPage) -> CrawledPage:
        """Count what the date and attachment monitors check, naming the first pages that lack it."""
        stats = self.crawler.stats
        stats.inc_value("coverage/items")
        if item.published:
            stats.inc_value("coverage/dated")
        elif len(undated := stats.get_value("coverage/undated")) < NAMED_URLS:
            undated.append(item.url)
        if ATTACHMENT_WORDING.search(item.body_text):
            stats.inc_value("coverage/mentions_attachment")
            if item.attachments:
                stats.inc_value("coverage/mentions_attachment_with_file")
            elif len(missing := stats.get_value("coverage/missing_attachments")) < NAMED_URLS:
                missing.append(item.url)
        return item

    def parse_article(self, response):
        if response.status in (404, 410):
            yield self.gone(response)
            return
        if self.served_stale(response):
            return
        try:
            page = WbiArticlePage(response.url, response.body)
        except MarkupChanged as exc:
            if item := self.fallback_item(response, exc):
                yield self.record_item(item)
            return
        if not page.is_complete:
            self.crawler.stats.inc_value("pages/truncated")
            self.logger.error("Skipped %s: truncated HTML (no closing </body></html>)", response.url)
            return
        meta = self.page_metadata(response)
        yield self.record_item(CrawledPage(
            source=self.source,
            title=page.title,
            body_text=page.body_text,
            content_hash=page.content_fingerprint(),
            language=page.language,
            published=page.published.isoformat() if page.published else None,
            updated=page.updated.isoformat() if page.updated else None,
            attachments=[{"url": self.canonical(a.url), "title": a.title} for a in page.attachments],
            tags=list(page.tags),
            external_links=[{"url": link.url, "text": link.text} for link in page.external_links],
            alternates={language: self.canonical(url) for language, url in page.alternates.items()},
            **meta,
        ))


SOURCE = Source(
    name="wbi",
    spider=WbiSpider,
    live_url="https://www.wbi.be",
    start_paths=LISTING_PATHS + STANDING_PROGRAMME_PATHS,
    pages=((LISTING_URL, WbiListingPage), ("", WbiArticlePage)),
    delay=6,  # SOURCES.md: at most 10 requests a minute
    first_run_items=10,  # the catalogue and the news river alone list more
    recognises=lambda head: b"field--name-body" in head,
)
