"""Downloader middlewares: robots.txt with an operator allowlist, and byte counts.

Scrapy's robots.txt middleware silently drops a forbidden request at DEBUG
level. eJustice forbids every legislation path, so a silent drop would look
like an empty crawl; here a refusal is an ERROR that names the URL, the rule
and what to do, and the operator's explicit allowlist (SOURCES.md policy) is
the only way past it.
"""
from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)


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


class AllowlistRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler):
        super().__init__(crawler)
        self._allowlist = {self._path_of(url) for url in crawler.settings.getlist("OPPORTUNITIES_ROBOTS_ALLOWLIST")}
        self._robots_text: dict[str, str] = {}

    @staticmethod
    def _path_of(url: str) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        return (parts.path or url).rstrip("/") + (f"?{parts.query}" if parts.query else "")

    async def _parse_robots(self, response, netloc, request):
        self._robots_text[netloc] = response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace")
        await super()._parse_robots(response, netloc, request)

    def process_request_2(self, rp, request):
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            parsed = urlparse_cached(request)
            path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
            rule = disallow_rule(self._robots_text.get(parsed.netloc, ""), parsed.path) or "(robots.txt rule)"
            if self._path_of(request.url) in self._allowlist:
                self._stats.inc_value("robotstxt/allowlisted")
                logger.warning(
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
        headers = sum(len(k) + sum(len(v) for v in values) + 4 for k, values in response.headers.items())
        self.stats.inc_value("transfer/bytes", len(response.body) + headers)
        self.stats.inc_value("transfer/responses")
        self.stats.inc_value(f"transfer/status/{response.status}")
        return response
