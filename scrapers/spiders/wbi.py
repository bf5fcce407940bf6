"""Crawl www.wbi.be: listings → article pages.

Navigation only; parsing is in ``scrapers.pages.wbi``. Start points are the
scholarship catalogue, the news river, the research taxonomy indices and
the standing programme pages (SOURCES.md §1.1); pagers are followed to the
end (at most OPPORTUNITIES_MAX_PAGER_DEPTH pages deep) and Scrapy's duplicate
filter keeps a pager from looping.
"""
from __future__ import annotations

import scrapy

from scrapers.items import CrawledPage
from scrapers.pages.wbi import MarkupChanged, WbiArticlePage, WbiListingPage
from scrapers.spiders.base import SiteSpider

#: Listings to start from (SOURCES.md §1.1). The live site also has research
#: indices /en/taxonomy/term/844, 846 and 847; the snapshot has only 843, so
#: add the others with OPPORTUNITIES_WBI_LISTINGS when crawling live.
LISTING_PATHS = [
    "/fr/bourses",
    "/en/bourses",
    "/fr/actualites",
    "/en/taxonomy/term/843",
    "/fr/taxonomy/term/843",
]
#: Standing programmes that no listing links to (the others are found through the listings).
STANDING_PROGRAMME_PATHS = [
    "/fr/aide-service/participer-simulations-organisations-internationales-concours-plaidoirie-citoyens-monde",
]


class WbiSpider(SiteSpider):
    name = "wbi"
    source = "wbi"
    live_base_url = "https://www.wbi.be"
    base_url_setting = "OPPORTUNITIES_WBI_URL"
    delay_setting = "OPPORTUNITIES_WBI_DELAY"

    async def start(self):
        for path in self.settings.getlist("OPPORTUNITIES_WBI_LISTINGS") or LISTING_PATHS:
            yield self.listing_request(self.absolute(path))
        for path in self.settings.getlist("OPPORTUNITIES_WBI_PROGRAMMES") or STANDING_PROGRAMME_PATHS:
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

    def parse_article(self, response):
        if response.status in (404, 410):
            yield self.gone(response)
            return
        if self.served_stale(response):
            return
        try:
            page = WbiArticlePage(response.url, response.body)
        except MarkupChanged as exc:
            self.crawler.stats.inc_value("pages/markup_changed")
            self.logger.error("Skipped %s: page markup no longer matches (%s)", response.url, exc)
            return
        if not page.is_complete:
            self.crawler.stats.inc_value("pages/truncated")
            self.logger.error("Skipped %s: truncated HTML (no closing </body></html>)", response.url)
            return
        meta = self.page_metadata(response)
        yield CrawledPage(
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
        )
