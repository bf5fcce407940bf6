"""The nightly run: crawl → monitors → publish → feeds, each step reported for what it is.

The caller holds the run lock (``opportunities.lock.RunLock``) before
anything else, even before the snapshot server takes its port, so a second
run is told "locked", never "port in use".

Order matters: feeds are rebuilt only from a published catalogue, so a run
that dies before publishing leaves yesterday's catalogue and feeds as they
were, and the next run starts from them. Each step that fails has its own
exit status (``EXIT_*`` below, documented in docs/operations.md), and its
own message: a feed that cannot be written is not reported as a failed
crawl, and a catalogue already published is never said to be "kept".
"""
from __future__ import annotations

import logging
import logging.handlers
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from feeds.build import build_feeds
from opportunities.catalogue import CorruptCatalogue, StepFailed, check_catalogue
from opportunities.crawl import CrawlResult, crawl_settings, record_failed_run, replay_overrides, run_crawl

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_MONITOR_FAILED = 2      # published; a monitor failed (a crawl that did not finish is one)
EXIT_CRAWL_FAILED = 3        # nothing published: previous catalogue and feeds kept
EXIT_MONITORS_BROKEN = 4     # the monitors could not run: nothing published
EXIT_PUBLISH_FAILED = 5      # the new catalogue could not replace the old one (disk full?): old one kept
EXIT_FEEDS_FAILED = 6        # catalogue published, feeds not rebuilt: previous feeds kept
EXIT_REBUILT = 7             # the published catalogue was unreadable: rebuilt from stored pages, no crawl
EXIT_UNRECOVERABLE = 8       # the published catalogue was unreadable and could not be rebuilt
EXIT_LOCKED = 75             # another run holds the lock (EX_TEMPFAIL)

STEP_EXITS = {"monitors": EXIT_MONITORS_BROKEN, "publish": EXIT_PUBLISH_FAILED}


@dataclass
class NightReport:
    """What a night did: the exit status, one line for the operator, and the crawl's result if any."""

    exit_code: int
    message: str
    result: CrawlResult | None = None


def log_to_file(path: Path, *, max_bytes: int = 5_000_000, backups: int = 14) -> logging.Handler:
    """Rotating log file next to the state; Scrapy's records go there too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler


def run_nightly(
    catalogue: Path,
    feeds_dir: Path,
    *,
    today: date,
    overrides: dict | None = None,
    spiders: tuple[str, ...],
    site_url: str,
    thresholds: dict | None = None,
) -> NightReport:
    """One night, under the caller's lock; never raises for a failed step (see the EXIT_* codes)."""
    try:
        check_catalogue(catalogue)
    except CorruptCatalogue as exc:
        return rebuild_unreadable(catalogue, feeds_dir, exc, today=today, overrides=overrides or {},
                                  spiders=spiders, site_url=site_url)
    try:
        result = run_crawl(catalogue, spiders=spiders, overrides=overrides, today=today, thresholds=thresholds)
    except StepFailed as exc:
        logger.exception("The %s step failed; the published catalogue and feeds are unchanged", exc.step)
        _record_failure(catalogue, f"{exc.step}: {exc}", spiders)
        return NightReport(STEP_EXITS[exc.step], f"the {exc.step} step failed ({exc}); previous catalogue and "
                                                 "feeds kept")
    except Exception as exc:  # noqa: BLE001 - the verdict of a night is its exit status
        logger.exception("The crawl failed; the published catalogue and feeds are unchanged")
        _record_failure(catalogue, f"crawl: {type(exc).__name__}: {exc}", spiders)
        return NightReport(EXIT_CRAWL_FAILED, f"the crawl failed ({type(exc).__name__}: {exc}); previous catalogue "
                                              "and feeds kept")
    logger.info(result.summary())
    feeds_failure = _build_feeds(catalogue, feeds_dir, site_url)
    if feeds_failure:
        return NightReport(EXIT_FEEDS_FAILED, f"run {result.run_id} was published ({result.status}) but "
                                              f"{feeds_failure}; the previous feeds are still served", result)
    if result.status != "ok":
        return NightReport(EXIT_MONITOR_FAILED, f"run {result.run_id} was published but is {result.status}: "
                                                "see the failed monitors", result)
    return NightReport(EXIT_OK, f"run {result.run_id} ok", result)


def rebuild_unreadable(catalogue: Path, feeds_dir: Path, problem: CorruptCatalogue, *, today: date, overrides: dict,
                       spiders: tuple[str, ...], site_url: str) -> NightReport:
    """Move the unreadable catalogue aside and rebuild it from the HTTP cache, as ``reextract`` does.

    Scrapy runs once per process, so this night only rebuilds (the stored
    pages are last night's); the next night crawls from the rebuilt
    catalogue as usual.
    """
    damaged = catalogue.with_name(catalogue.name + ".damaged")
    logger.error("%s; moving it to %s and rebuilding it from the stored pages", problem, damaged)
    os.replace(catalogue, damaged)
    try:
        cache = crawl_settings(overrides).get("HTTPCACHE_DIR")
        result = run_crawl(catalogue, spiders=spiders, overrides={**overrides, **replay_overrides(cache)}, today=today)
    except Exception as exc:  # noqa: BLE001
        logger.exception("Rebuilding the catalogue from the stored pages failed")
        return NightReport(EXIT_UNRECOVERABLE, f"{problem} Rebuilding it from the stored pages failed too "
                                               f"({type(exc).__name__}: {exc}); the damaged file is {damaged}.")
    feeds_failure = _build_feeds(catalogue, feeds_dir, site_url)
    return NightReport(EXIT_FEEDS_FAILED if feeds_failure else EXIT_REBUILT,
                       f"the catalogue was unreadable and was rebuilt from the stored pages (run {result.run_id}, "
                       f"{result.items} items; the damaged file is {damaged}); no crawl tonight"
                       + (f"; {feeds_failure}" if feeds_failure else ""), result)


def _build_feeds(catalogue: Path, feeds_dir: Path, site_url: str) -> str | None:
    """Rebuild the feeds; the reason they could not be, or None."""
    try:
        for path in build_feeds(catalogue, feeds_dir, site_url=site_url):
            logger.info("feed written: %s", path)
    except Exception as exc:  # noqa: BLE001 - each file is replaced atomically: the old ones stay whole
        logger.exception("Building the feeds failed")
        return f"the feeds could not be built ({type(exc).__name__}: {exc})"
    return None


def _record_failure(catalogue: Path, error: str, spiders: tuple[str, ...]) -> None:
    """A ``failed`` row in crawl_runs, if the catalogue can still be written (not on a full disk)."""
    try:
        record_failed_run(catalogue, error=error, sources=spiders)
    except Exception:  # noqa: BLE001
        logger.exception("Could not record the failed run in the catalogue")
