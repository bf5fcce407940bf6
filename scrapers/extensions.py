"""Scrapy extensions: robots.txt Crawl-delay, a page budget per run, and a progress line on terminals."""
from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached

from scrapers.middlewares import site_key

logger = logging.getLogger(__name__)


class CrawlDelay:
    """Honour ``Crawl-delay`` from robots.txt as a floor on the site's pace.

    Scrapy parses Crawl-delay but never applies it. Here the value for our
    User-Agent (else ``*``), clamped to 0..``OPPORTUNITIES_CRAWL_DELAY_MAX``
    seconds, becomes the smallest delay of the site's download slot: it
    raises our own pace (6 s on WBI) and never lowers it. AutoThrottle moves
    slot delays after every response, so the floor is put back each time a
    request reaches the downloader and after each response (this extension
    is loaded after AutoThrottle, so its handler runs last).
    """

    def __init__(self, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.maximum = crawler.settings.getfloat("OPPORTUNITIES_CRAWL_DELAY_MAX")
        self.user_agent = crawler.settings.get("USER_AGENT") or "*"
        self.floors: dict[str, float] = {}
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self._apply, signal=signals.request_reached_downloader)
        crawler.signals.connect(self._apply, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _robots_parsed(self, robotparser, request):
        asked = robotparser.crawl_delay(self.user_agent)
        if asked is None:
            return
        delay = min(max(float(asked), 0.0), self.maximum)
        key = request.meta.get("download_slot") or site_key(urlparse_cached(request).hostname)
        self.floors[key] = max(self.floors.get(key, 0.0), delay)
        self.crawler.stats.set_value(f"robotstxt/crawl_delay/{key}", delay)
        logger.info("robots.txt of %s asks for Crawl-delay %s s: at least %.1f s between requests", key, asked, delay)

    def _apply(self, request, spider=None, response=None):
        key = request.meta.get("download_slot")
        floor = self.floors.get(key)
        if not floor:
            return
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None and slot.delay < floor:
            slot.delay = floor


class RunPageBudget:
    """Close every spider of a run once together they received ``OPPORTUNITIES_MAX_PAGES_PER_RUN`` responses.

    Scrapy's CLOSESPIDER_PAGECOUNT bounds one spider (one source); the
    sources of a run share this budget, counted per run id across the
    crawlers of the process (one run per process: see opportunities.crawl).
    A spider closed here finishes with reason ``run_page_budget``.
    """

    received: dict = {}  # run id -> responses received by all spiders of the run

    def __init__(self, crawler):
        self.limit = crawler.settings.getint("OPPORTUNITIES_MAX_PAGES_PER_RUN")
        if self.limit <= 0:
            raise NotConfigured
        self.crawler = crawler
        self.run = crawler.settings.get("OPPORTUNITIES_RUN_ID")
        self.closing = None
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def response_received(self, response, request, spider=None):
        count = self.received[self.run] = self.received.get(self.run, 0) + 1
        if count > self.limit and self.closing is None:
            self.crawler.stats.set_value("run_page_budget", self.limit)
            logger.error("The run received more than %d pages (OPPORTUNITIES_MAX_PAGES_PER_RUN): closing %s",
                         self.limit, getattr(spider, "name", "the spider"))
            # Kept, so the close is not garbage-collected before it runs.
            self.closing = deferred_from_coro(self.crawler.engine.close_spider_async(reason="run_page_budget"))


class ProgressDisplay:
    """One line every ``OPPORTUNITIES_PROGRESS_INTERVAL`` seconds on a terminal.

    ``[wbi] 0:02:10  132 pages  57 items  0 errors  3.1 MB  1.0 pages/s``

    Only when standard error is a terminal: cron logs and test output stay
    free of it, and the final summary (``crawl_runs``) says the same thing.
    """

    def __init__(self, crawler, *, stream=None, interval: float | None = None):
        self.stream = stream or sys.stderr
        self.interval = crawler.settings.getfloat("OPPORTUNITIES_PROGRESS_INTERVAL") if interval is None else interval
        if self.interval <= 0 or not _is_terminal(self.stream):
            raise NotConfigured
        self.crawler = crawler
        self.stats = crawler.stats
        self.started = time.monotonic()
        self.task = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.name = spider.name
        self.started = time.monotonic()
        self.task = create_looping_call(self.show)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.task is not None and self.task.running:
            self.task.stop()

    def show(self) -> None:
        self.stream.write(progress_line(getattr(self, "name", "crawl"), self.stats.get_stats(),
                                        time.monotonic() - self.started) + "\n")
        self.stream.flush()


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_line(name: str, stats: dict, elapsed: float) -> str:
    pages = stats.get("response_received_count", 0)
    items = stats.get("items/stored", 0)
    errors = stats.get("log_count/ERROR", 0)
    megabytes = stats.get("transfer/bytes", 0) / 1e6
    rate = pages / elapsed if elapsed > 0 else 0.0
    minutes, seconds = divmod(int(elapsed), 60)
    hours, minutes = divmod(minutes, 60)
    return (f"[{name}] {hours}:{minutes:02d}:{seconds:02d}  {pages} pages  {items} items  {errors} errors  "
            f"{megabytes:.1f} MB  {rate:.1f} pages/s")
