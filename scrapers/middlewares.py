"""Downloader middlewares: one slot per site, robots.txt with an operator
allowlist, Retry-After and backoff, and byte counts.

Scrapy's robots.txt middleware silently drops a forbidden request at DEBUG
level. eJustice forbids every legislation path, so a silent drop would look
like an empty crawl; here a refusal is an ERROR that names the URL, the rule
and what to do, and the operator's explicit allowlist (SOURCES.md policy) is
the only way past it.

Scrapy's RetryMiddleware retries at once and ignores Retry-After;
``PoliteRetryMiddleware`` makes its retries wait (docs/crawling.md).
"""
from __future__ import annotations

import email.utils
import logging
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.asyncio import call_later, sleep
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)


def site_key(host: str | None) -> str:
    """One name per site: ``www.wbi.be`` and ``wbi.be`` are the same server (SOURCES.md §1.1)."""
    return (host or "").lower().removeprefix("www.")


class SiteSlotMiddleware:
    """Both hosts of a site share one download slot.

    Scrapy keys download slots by host name, so ``wbi.be`` and ``www.wbi.be``
    would each get their own "one request at a time" and together twice the
    agreed pace.
    """

    def process_request(self, request, spider=None):
        request.meta["download_slot"] = site_key(urlparse_cached(request).hostname)


class RedirectRefused(IgnoreRequest):
    """A redirect we do not follow (off the site, a loop, too many hops): the page failed."""


class _SiteRedirects:
    """Follow a redirect only on the same site, without a loop, within ``REDIRECT_MAX_TIMES``.

    Scrapy would drop an off-site hop (the offsite middleware, which lets
    sub-domains through), the second visit of a loop (the duplicate filter)
    and the hop past the limit, all silently at DEBUG level, so a page that
    moved away would just vanish from the crawl. Here each refusal is a
    warning and a ``redirect/refused/<why>`` stat, and the page's errback
    counts it as failed.
    """

    def _redirect(self, redirected, request, reason):
        chain = [*request.meta.get("redirect_urls", []), request.url]
        origin = urlsplit(chain[0]).hostname
        if site_key(urlsplit(redirected.url).hostname) != site_key(origin):
            self._refuse("offhost", f"it leaves {origin}", redirected, chain)
        if redirected.url in chain:
            self._refuse("loop", "it loops back to a page of the chain", redirected, chain)
        if request.meta.get("redirect_times", 0) + 1 > self.max_redirect_times:
            self._refuse("too_many", f"more than REDIRECT_MAX_TIMES ({self.max_redirect_times}) hops",
                         redirected, chain)
        return super()._redirect(redirected, request, reason)

    def _refuse(self, why: str, explanation: str, redirected, chain: list[str]):
        self.crawler.stats.inc_value(f"redirect/refused/{why}")
        logger.warning("Not following the redirect of %s to %s: %s (chain: %s)",
                       chain[-1], redirected.url, explanation, " -> ".join(chain))
        raise RedirectRefused(f"redirect refused ({why}): {redirected.url}")


class SiteRedirectMiddleware(_SiteRedirects, RedirectMiddleware):
    pass


class SiteMetaRefreshMiddleware(_SiteRedirects, MetaRefreshMiddleware):
    pass


def retry_after_seconds(value: bytes | str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delay-seconds or HTTP-date), or None if unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class PoliteRetryMiddleware:
    """Retries that wait: Retry-After on 429/503, exponential backoff otherwise.

    Scrapy's RetryMiddleware (kept, it decides *whether* to retry) sends a
    retry straight back. Here:

    * a 429 or 503 with ``Retry-After`` pauses the whole site (its download
      slot and every request on the way to it) for that long, capped by
      ``OPPORTUNITIES_RETRY_AFTER_MAX``; when the server asks for longer than
      the cap the URL is not retried this run, and the site still rests for
      the cap;
    * retry n of a request waits ``OPPORTUNITIES_RETRY_BACKOFF_BASE`` ×
      2^(n-1) seconds (at most ``OPPORTUNITIES_RETRY_BACKOFF_MAX``) before it
      queues for its slot, so other pages go on meanwhile.

    The Retry-After is read on the ``response_downloaded`` signal, the first
    moment the downloader knows of it and before the slot hands out its next
    request. Sitting next to the downloader (after the HTTP cache), the
    middleware also sees a 5xx that the cache then hides behind its stored
    copy (counted as ``httpcache/stale_on_error``).
    """

    RETRY_AFTER_STATUSES = (429, 503)

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.backoff_base = settings.getfloat("OPPORTUNITIES_RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("OPPORTUNITIES_RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("OPPORTUNITIES_RETRY_AFTER_MAX")
        self.retry_enabled = settings.getbool("RETRY_ENABLED")
        #: slot key -> time.monotonic() before which nothing is sent to the site
        self.resume_at: dict[str, float] = {}
        crawler.signals.connect(self._response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def backoff(self, retry_times: int) -> float:
        if retry_times <= 0 or self.backoff_base <= 0:
            return 0.0
        return min(self.backoff_max, self.backoff_base * 2 ** (retry_times - 1))

    async def process_request(self, request, spider=None):
        key = request.meta.get("download_slot") or site_key(urlparse_cached(request).hostname)
        now = time.monotonic()
        wait = max(self.resume_at.get(key, 0.0) - now, self.backoff(request.meta.get("retry_times", 0)))
        if wait > 0:
            self.stats.inc_value("retry/waits")
            logger.debug("Waiting %.1f s before %s", wait, request.url)
            await sleep(wait)
            # Another Retry-After may have arrived while we slept.
            again = self.resume_at.get(key, 0.0) - time.monotonic()
            if again > 0:
                await sleep(again)

    def process_response(self, request, response, spider=None):
        if response.status >= 500 and "cached_response" in request.meta:
            self.stats.inc_value("httpcache/stale_on_error")
            # The spider must not take the stored copy for a live answer.
            request.meta["stale_on_error"] = True
        return response

    def _response_downloaded(self, response, request, spider=None):
        if response.status not in self.RETRY_AFTER_STATUSES:
            return
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is None:
            return
        self.stats.inc_value("retry/retry_after")
        wait = asked
        if asked > self.retry_after_max:
            wait = self.retry_after_max
            if self.retry_enabled and not request.meta.get("dont_retry"):
                request.meta["dont_retry"] = True
                self.stats.inc_value("retry/retry_after_too_long")
                logger.warning(
                    "%s answered %s with Retry-After %.0f s, more than OPPORTUNITIES_RETRY_AFTER_MAX (%.0f s): "
                    "not retrying it this run, and resting the site %.0f s",
                    request.url, response.status, asked, self.retry_after_max, wait,
                )
        if wait <= 0:
            return
        key = request.meta.get("download_slot") or site_key(urlparse_cached(request).hostname)
        self.resume_at[key] = max(self.resume_at.get(key, 0.0), time.monotonic() + wait)
        self._pause_slot(key, wait)
        logger.info("%s answered %s with Retry-After: pausing %s for %.1f s", request.url, response.status, key, wait)

    def _pause_slot(self, key: str, seconds: float) -> None:
        """Hold the requests already queued in the site's download slot.

        A pending ``latercall`` is how the downloader itself holds a slot
        between delayed requests; a longer one holds it until the site is
        willing again.
        """
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(key)
        if slot is None:
            return
        if slot.latercall:
            slot.latercall.cancel()
        slot.latercall = call_later(max(seconds, slot.delay), downloader._latercall, slot)


def disallow_rule(robots_txt: str, path: str) -> str | None:
    """The longest ``Disallow`` line for ``User-agent: *`` that matches ``path``."""
    rules, applies = [], False
    for raw in robots_txt.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        field, value = (part.strip() for part in line.split(":", 1))
        if field.lower() == "user-agent":
            applies = value == "*"
        elif applies and field.lower() == "disallow" and value and path.startswith(value.rstrip("*$")):
            rules.append(value)
    return max(rules, key=len) if rules else None


def is_allowlisted(url: str, allowlist) -> bool:
    """Whether ``url`` is on the operator's allowlist (entries are URLs; only path and query count).

    An exact entry matches one URL; an entry ending in ``*`` is a prefix of
    path and query: ``/cgi_loi/list.pl*`` lets a search run over every
    keyword and result page without listing each URL (docs/sources.md).
    The ejustice spider asks the same question before optional requests.
    """
    path = AllowlistRobotsTxtMiddleware._path_of(url)
    entries = {AllowlistRobotsTxtMiddleware._path_of(entry) for entry in allowlist}
    return path in entries or any(entry.endswith("*") and path.startswith(entry[:-1]) for entry in entries)


class AllowlistRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler):
        super().__init__(crawler)
        self._allowlist = {self._path_of(url) for url in crawler.settings.getlist("OPPORTUNITIES_ROBOTS_ALLOWLIST")}
        self._robots_text: dict[str, str] = {}

    @staticmethod
    def _path_of(url: str) -> str:
        parts = urlsplit(url)
        return (parts.path or url).rstrip("/") + (f"?{parts.query}" if parts.query else "")

    def _is_allowlisted(self, url: str) -> bool:
        return is_allowlisted(url, self._allowlist)

    async def robot_parser(self, request):
        # Scrapy 2.19 awaits the shared "robots.txt in flight" Deferred once
        # per waiting request; the first waiter's callback returns None, so
        # every other request that arrived meanwhile was treated as if the
        # site had no robots.txt. Give each waiter its own Deferred.
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(pending, Deferred):
            mine = Deferred()

            def relay(result):
                mine.callback(result)
                return result

            pending.addCallback(relay)
            return await maybe_deferred_to_future(mine)
        return await super().robot_parser(request)

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500:
            # RFC 9309 §2.3.1.4: an unreachable robots.txt means "disallow all"
            # (Scrapy would parse the error page and allow everything).
            self._stats.inc_value("robotstxt/unreachable")
            logger.error("robots.txt of %s answered %s: nothing on the site is fetched this run", netloc,
                         response.status)
            response = response.replace(body=b"User-agent: *\nDisallow: /\n")
        self._robots_text[netloc] = response.body.decode("utf-8", "replace")
        await super()._parse_robots(response, netloc, request)

    def process_request_2(self, rp, request):
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            parsed = urlparse_cached(request)
            path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
            rule = disallow_rule(self._robots_text.get(parsed.netloc, ""), parsed.path) or "(robots.txt rule)"
            if self._is_allowlisted(request.url):
                self._stats.inc_value("robotstxt/allowlisted")
                # The operator opted in (counted in the stats); not worth a warning every night.
                logger.info(
                    "robots.txt of %s disallows %s (rule 'Disallow: %s'); fetching it anyway because the "
                    "operator put it on OPPORTUNITIES_ROBOTS_ALLOWLIST",
                    parsed.netloc, path, rule,
                )
                return
            self._stats.inc_value("robotstxt/refused")
            logger.error(
                "Refused %s: robots.txt of %s disallows it (rule 'Disallow: %s'). Nothing was fetched. "
                "To fetch it anyway, the operator must add this URL to OPPORTUNITIES_ROBOTS_ALLOWLIST "
                "(see docs/sources.md; keep the list short and the pace at one request per 10 s or slower).",
                request.url, parsed.netloc, rule,
            )
            raise


class TransferStatsMiddleware:
    """Counts what really crossed the network (after the HTTP cache).

    Sitting next to the downloader, it sees a 304 as the small answer it is,
    before the cache swaps in the stored page, so ``transfer/bytes`` measures
    what a nightly run costs the site.
    """

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if "cached" in response.flags:
            # Answered by the HTTP cache without asking the site (re-extraction):
            # every middleware's process_response still sees it.
            return response
        headers = sum(len(k) + sum(len(v) for v in values) + 4 for k, values in response.headers.items())
        self.stats.inc_value("transfer/bytes", len(response.body) + headers)
        self.stats.inc_value("transfer/responses")
        self.stats.inc_value(f"transfer/status/{response.status}")
        return response
