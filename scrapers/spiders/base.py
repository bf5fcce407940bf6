"""What both spiders share: base URL and pacing from settings, response metadata."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from scrapers.items import CrawledPage, GonePage
from scrapers.pages.encoding import decode_html
from scrapers.pages.generic import GenericPage, NoMainContent
from scrapers.middlewares import RedirectRefused
from scrapers.sources import Source, source


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SiteSpider(scrapy.Spider):
    """A spider for one registered source, whose address and pace come from settings.

    The source's ``url_setting`` points the spider at the live site or at
    the snapshot; its ``delay_setting`` gives the seconds between requests
    to it (scrapers.sources). Nothing else differs between the two.
    """

    source: str = ""  # the name the source is registered under
    handle_httpstatus_list = [404, 410]

    @classmethod
    def registered(cls) -> Source:
        return source(cls.source)

    @property
    def live_base_url(self) -> str:
        """Where students should be sent, whatever we crawled."""
        return self.registered().live_url

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        registered = cls.registered()
        delay = settings.getfloat(registered.delay_setting, registered.default_settings()[registered.delay_setting])
        settings.set("DOWNLOAD_DELAY", delay, priority="spider")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.1), priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        registered = cls.registered()
        spider.base_url = (kwargs.get("base_url") or crawler.settings.get(registered.url_setting)
                           or registered.default_settings()[registered.url_setting])
        spider.base_url = spider.base_url.rstrip("/")
        host = urlsplit(spider.base_url).hostname
        # Accept the host with and without "www." (SOURCES.md §1.1), nothing else:
        # a redirect that leaves the site is dropped by the offsite middleware.
        spider.allowed_domains = sorted({host, host.removeprefix("www.")})
        return spider

    def absolute(self, path: str) -> str:
        return self.base_url + path

    def canonical(self, url: str) -> str:
        """The live-site address of a crawled URL (the same URL when crawling live).

        Ids and the links shown to students come from it, so a catalogue
        built from the snapshot points at the real pages.
        """
        parts = urlsplit(url)
        if parts.netloc and parts.netloc != urlsplit(self.base_url).netloc:
            return url  # another site: leave it alone
        return self.live_base_url + parts.path + (f"?{parts.query}" if parts.query else "")

    def within_pager_depth(self, response) -> int | None:
        """The pager depth of a page linked from ``response``'s pager, or None past the budget.

        A listing whose pager never ends (``?page=N`` always links to N+1,
        each page a new URL the duplicate filter cannot recognise) would be
        followed for ever; ``OPPORTUNITIES_MAX_PAGER_DEPTH`` pages of one
        listing are enough for the live sites, and hitting it is logged and
        counted (``listings/pager_depth_reached``) so the run is suspect.
        """
        depth = response.meta.get("pager_depth", 0) + 1
        if depth > self.settings.getint("OPPORTUNITIES_MAX_PAGER_DEPTH"):
            self.crawler.stats.inc_value("listings/pager_depth_reached")
            self.logger.error("Pager of %s goes deeper than %d pages: not followed further", response.url, depth - 1)
            return None
        return depth

    def page_metadata(self, response) -> dict:
        return {
            "url": self.canonical(response.url),
            "fetched_url": response.url,
            "status": response.status,
            "fetched_at": utc_now_iso(),
            "etag": (response.headers.get("ETag") or b"").decode("latin-1") or None,
            "last_modified": (response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
            "bytes": len(response.body),
            "from_cache": "cached" in response.flags,
        }

    def served_stale(self, response) -> bool:
        """True when the site failed and the HTTP cache answered with its stored copy.

        Nothing is learnt about the page then: it is neither re-stored nor
        marked as seen today.
        """
        if response.meta.get("stale_on_error"):
            self.crawler.stats.inc_value("pages/stale_on_error")
            self.logger.warning("%s failed; the stored copy was not used as today's answer", response.url)
            return True
        return False

    def fallback_item(self, response, refusal: Exception) -> CrawledPage | None:
        """A page the page object refused, read by the generic main-content reader instead of dropped.

        The item is tagged ``parser="fallback"`` and counted
        (``pages/fallback``); the fallback_share monitor fails the run when
        too many pages needed it, which is how a redesign shows without
        emptying the catalogue. A page with no main text at all is counted as
        a markup change and skipped.
        """
        try:
            page = GenericPage(response.url, decode_html(response.body))
        except NoMainContent as exc:
            self.crawler.stats.inc_value("pages/markup_changed")
            self.logger.error("Skipped %s: page markup no longer matches (%s), and %s", response.url, refusal, exc)
            return None
        self.crawler.stats.inc_value("pages/fallback")
        self.logger.warning("%s: the page object refused it (%s); read by the fallback extractor", response.url, refusal)
        fingerprint = hashlib.sha256(f"{page.title}\n{' '.join(page.body_text.split())}".encode()).hexdigest()
        return CrawledPage(
            source=self.source,
            title=page.title or "",
            body_text=page.body_text,
            content_hash=fingerprint,
            language=page.language,
            published=page.published.isoformat() if page.published else None,
            parser="fallback",
            **self.page_metadata(response),
        )

    def gone(self, response) -> GonePage:
        self.crawler.stats.inc_value(f"pages/gone/{response.status}")
        self.logger.warning("%s answered %s: marking what we had from it as withdrawn", response.url, response.status)
        return GonePage(source=self.source, url=self.canonical(response.url), status=response.status, fetched_at=utc_now_iso())

    def on_error(self, failure):
        """A request that failed for good (after retries): counted, logged, never fatal."""
        if failure.check(RedirectRefused):
            self.crawler.stats.inc_value("pages/failed")  # the redirect middleware logged why
            return
        if failure.check(IgnoreRequest) and not failure.check(HttpError):  # HttpError is an IgnoreRequest too
            return  # robots.txt refusals and offsite drops are logged where they happen
        self.crawler.stats.inc_value("pages/failed")
        self.logger.error("Failed %s: %s", failure.request.url, failure.getErrorMessage())

