"""The nightly run: crawl → pipelines → catalogue → feeds, under a lock, with logs.

Order matters: feeds are rebuilt only from a published catalogue, so a run
that dies before publishing leaves yesterday's catalogue and feeds as they
were, and the next run starts from them.
"""
from __future__ import annotations

import logging
import logging.handlers
from datetime import date
from pathlib import Path

from feeds.build import build_feeds
from opportunities.crawl import CrawlResult, record_failed_run, run_crawl
from opportunities.lock import RunLock

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_MONITOR_FAILED, EXIT_CRAWL_FAILED, EXIT_LOCKED = 0, 2, 3, 75


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
    lock_path: Path,
    today: date,
    overrides: dict | None = None,
    spiders: tuple[str, ...],
    site_url: str,
    thresholds: dict | None = None,
) -> CrawlResult:
    """One night. Raises AlreadyRunning when another run holds the lock."""
    with RunLock(lock_path):
        try:
            result = run_crawl(catalogue, spiders=spiders, overrides=overrides, today=today, thresholds=thresholds)
        except Exception as exc:
            logger.exception("The crawl failed; the published catalogue and feeds are unchanged")
            record_failed_run(catalogue, error=f"{type(exc).__name__}: {exc}", sources=spiders)
            raise
        logger.info(result.summary())
        for path in build_feeds(catalogue, feeds_dir, site_url=site_url):
            logger.info("feed written: %s", path)
        return result
