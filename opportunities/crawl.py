"""One crawl run: build copy → spiders → statuses → monitors → run record → publish.

Scrapy runs in this process (its reactor cannot be restarted, so one run per
process: the CLI is the unit of work, tests call it in a subprocess).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from opportunities.catalogue import StepFailed, build_copy
from opportunities.monitors import RunFacts, previous_run, report, results_json, run_monitors, verdict
from pipelines.store import Catalogue
from scrapers.sources import no_delays, source, sources

logger = logging.getLogger(__name__)


def all_sources() -> tuple[str, ...]:
    """Every registered source's name: what a crawl runs when not told otherwise."""
    return tuple(sources())


@dataclass
class CrawlResult:
    run_id: int
    status: str
    pages: int
    items: int
    errors: int
    bytes: int
    duration_s: float
    stats: dict = field(default_factory=dict)
    monitors: list = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"run {self.run_id}: {self.status} — {self.pages} pages, {self.items} items, "
                 f"{self.errors} errors, {self.bytes} bytes transferred, {self.duration_s:.1f} s"]
        if self.monitors:
            lines.append(report(self.monitors))
        return "\n".join(lines)


def crawl_settings(overrides: dict | None = None) -> Settings:
    """scrapers.settings, each source's address and pace (scrapers.sources), then ``overrides``."""
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    for registered in sources().values():
        settings.setdict(registered.default_settings(), priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def revisit_urls(catalogue: Catalogue) -> dict[str, list[str]]:
    """Live addresses of the pages the catalogue holds, per source.

    Spiders ask for them again even when no listing links to them any more,
    which is how a removed page is seen answering 404/410 (and withdrawn)
    instead of silently vanishing. Each spider maps them to the site it
    crawls (live or snapshot).
    """
    found: dict[str, list[str]] = {}
    for row in catalogue.db.query("select source, url from opportunities where status != 'withdrawn' order by url"):
        found.setdefault(row["source"], []).append(row["url"])
    return found


def run_crawl(
    catalogue: Path,
    *,
    spiders: tuple[str, ...] | None = None,
    overrides: dict | None = None,
    today: date,
    thresholds: dict | None = None,
) -> CrawlResult:
    """Crawl, store into a build copy, check it, then publish it over ``catalogue``."""
    started = datetime.now(timezone.utc)
    spiders = spiders or all_sources()
    with build_copy(catalogue) as build:
        store = Catalogue(build)
        run_id = store.next_run_id()
        settings = crawl_settings({
            **(overrides or {}),
            "OPPORTUNITIES_DB_PATH": str(build),
            "OPPORTUNITIES_RUN_ID": run_id,
            "OPPORTUNITIES_NOW": started.isoformat(timespec="seconds"),
            "OPPORTUNITIES_TODAY": today.isoformat(),
        })
        settings.set("OPPORTUNITIES_REVISIT_URLS", revisit_urls(store), priority="cmdline")
        store.close()
        process = CrawlerProcess(settings)
        crawlers = []
        for name in spiders:
            crawler = process.create_crawler(source(name).spider)
            crawlers.append(crawler)
            process.crawl(crawler)
        clock = time.perf_counter()
        process.start()
        duration = time.perf_counter() - clock
        stats = {name: _jsonable(c.stats.get_stats()) for c, name in zip(crawlers, spiders)}
        result = CrawlResult(
            run_id=run_id,
            status="ok",
            pages=sum(s.get("response_received_count", 0) for s in stats.values()),
            items=sum(s.get("items/stored", 0) for s in stats.values()),
            errors=sum(s.get("log_count/ERROR", 0) for s in stats.values()),
            bytes=sum(s.get("transfer/bytes", 0) for s in stats.values()),
            duration_s=round(duration, 3),
            stats=stats,
        )
        store = Catalogue(build)
        store.refresh_statuses(today)
        try:
            last_items, last_pages = previous_run(store.db, run_id)
            facts = RunFacts(stats=stats, items=result.items, pages=result.pages, errors=result.errors,
                             previous_items=last_items, previous_pages=last_pages)
            result.monitors = run_monitors(facts, store.db, thresholds)
        except Exception as exc:  # a monitor bug: say so, and publish nothing unchecked
            raise StepFailed("monitors", exc) from exc
        result.status = verdict(result.monitors)
        for failed in (m for m in result.monitors if not m.ok):
            logger.warning("Monitor %s failed: %s", failed.name, failed.message)
        # Where each source was crawled from is kept, so that a re-extraction replays the same addresses.
        store.record_run(
            run_id, started=started.isoformat(timespec="seconds"),
            finished=datetime.now(timezone.utc).isoformat(timespec="seconds"), sources=spiders,
            pages=result.pages, items=result.items, errors=result.errors, bytes=result.bytes,
            duration_s=result.duration_s, status=result.status,
            details={"monitors": results_json(result.monitors), "stats": stats},
            last_crawled=started.isoformat(timespec="seconds"), cache_dir=settings.get("HTTPCACHE_DIR"),
            **{f"{name}_url": settings.get(registered.url_setting) for name, registered in sources().items()})
        store.close()
    return result


def reextract_overrides(catalogue: Path, cache_dir: Path | None = None) -> dict:
    """Settings that replay the last crawl from the HTTP cache, with no network at all.

    The cache keeps every fetched page gzip-compressed; replaying it through
    the spiders and pipelines with extraction forced rebuilds the catalogue
    after an extractor improvement without asking the sites for anything.
    The cache and the sites' addresses come from the catalogue when it
    exists (the last crawl recorded them).
    """
    info = {}
    if catalogue.exists():
        store = Catalogue(catalogue)
        info = {row["key"]: row["value"] for row in store.db["catalogue_info"].rows}
        store.close()
    overrides = replay_overrides(Path(cache_dir) if cache_dir else info.get("cache_dir"))
    for name, registered in sources().items():
        if info.get(f"{name}_url"):
            overrides[registered.url_setting] = info[f"{name}_url"]
    return overrides


def replay_overrides(cache: Path | str | None) -> dict:
    """Settings that answer every request from the HTTP cache ``cache`` and extract every page again."""
    if not cache or not Path(cache).is_dir():
        raise FileNotFoundError(f"no stored pages to re-extract from (HTTP cache {str(cache) if cache else None!r} "
                                "not found); run a crawl first")
    return {
        "HTTPCACHE_DIR": str(cache),
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.DummyPolicy",
        "HTTPCACHE_IGNORE_MISSING": True,   # a page not in the cache is skipped, never fetched
        "ROBOTSTXT_OBEY": False,            # nothing reaches the network
        "OPPORTUNITIES_FORCE_EXTRACT": True,
        **no_delays(), "AUTOTHROTTLE_ENABLED": False,
    }


def record_failed_run(catalogue: Path, *, error: str, sources: tuple[str, ...]) -> None:
    """Log a run that could not finish into the catalogue, leaving its facts as they were.

    The landing page then says the last crawl failed instead of showing the
    previous run as if it were current.
    """
    with build_copy(catalogue) as build:
        store = Catalogue(build)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        store.record_run(store.next_run_id(), started=now, finished=now, sources=sources, errors=1,
                         status="failed", details={"error": error})
        store.close()


def _jsonable(stats: dict) -> dict:
    return {key: (value.isoformat() if isinstance(value, datetime) else value) for key, value in stats.items()}
