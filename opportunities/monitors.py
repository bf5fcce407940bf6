"""Checks run after every crawl, over its Scrapy stats and the catalogue it built.

Each monitor is a small class with one job and its threshold in settings
(spidermon's shape, without its Scrapy-signal plumbing: our checks need the
previous run and the built catalogue, which only exist once the crawl is
over). A failed monitor makes the run ``suspect`` and the nightly command
exit non-zero; the catalogue is still published because a run only ever
adds or updates facts, it never deletes what it did not see.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import sqlite_utils

from scrapers.sources import sources

DEFAULT_THRESHOLDS = {
    "max_item_drop": 0.30,          # share of items lost against the previous run
    "min_deadline_coverage": 0.60,  # share of opportunities with a deadline (date or rule)
    "min_stipend_coverage": 0.30,   # share of internships/scholarships with a stipend
    "max_error_rate": 0.10,         # errors per response
    "max_fallback_share": 0.10,     # share of items read by the fallback extractor
    "max_field_error_share": 0.05,  # share of items with a field a parser raised on (kept, that field empty)
    "min_dated_share": 0.80,        # share of WBI items with a publication date
    "min_attachment_share": 0.80,   # share of items saying "annexe"/"ci-joint" that carry a file
    "min_search_dated_share": 0.90, # share of Justel search results with a parsed date
    # Cards a known WBI listing must show over all its pages (the live /en/bourses has 15).
    "min_listing_cards": {"/en/bourses": 10},
    # Items per source on a first run, when there is no previous run to compare with (each source declares its own).
    "min_first_run_items": {name: registered.first_run_items for name, registered in sources().items()},
    "max_page_rise": 3.0,           # pages against the previous run (a link farm, an endless pager)
    "min_pages_for_rise": 50,       # below this many pages a rise is not worth a warning
}


@dataclass(frozen=True)
class MonitorResult:
    name: str
    ok: bool
    message: str
    value: float | None = None
    threshold: float | None = None


@dataclass(frozen=True)
class RunFacts:
    """What the monitors look at: this run's totals and the previous run's."""

    stats: dict            # spider name -> Scrapy stats
    items: int
    pages: int
    errors: int
    previous_items: int | None
    previous_pages: int | None = None


def _sum(stats: dict, key: str) -> int:
    return sum(int(s.get(key, 0) or 0) for s in stats.values())


class ItemDropMonitor:
    name = "items_dropped"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        limit = thresholds["max_item_drop"]
        if not facts.previous_items:
            return MonitorResult(self.name, True, "no previous run to compare with")
        drop = 1 - facts.items / facts.previous_items
        ok = drop <= limit
        return MonitorResult(self.name, ok,
                             f"{facts.items} items against {facts.previous_items} last run ({drop:+.0%} lost)",
                             round(drop, 3), limit)


class ErrorRateMonitor:
    name = "error_rate"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        limit = thresholds["max_error_rate"]
        rate = facts.errors / facts.pages if facts.pages else (1.0 if facts.errors else 0.0)
        return MonitorResult(self.name, rate <= limit, f"{facts.errors} errors for {facts.pages} responses",
                             round(rate, 3), limit)


class EmptyListingMonitor:
    name = "empty_listings"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        empty = _sum(facts.stats, "listings/empty")
        missing_pages = _sum(facts.stats, "listings/pages") == 0 and "wbi" in facts.stats
        ok = empty == 0 and not missing_pages
        message = (f"{empty} listing page(s) had no result cards" if empty
                   else "no listing page could be read" if missing_pages else "every listing had cards")
        return MonitorResult(self.name, ok, message, empty, 0)


class MarkupMonitor:
    name = "markup_changed"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        changed = _sum(facts.stats, "pages/markup_changed") + _sum(facts.stats, "pages/truncated")
        return MonitorResult(self.name, changed == 0,
                             f"{changed} page(s) no longer match the expected markup or were truncated", changed, 0)


class CrawlFinishedMonitor:
    """Every spider finished on its own and read its listings to the end.

    Not shut down (SIGTERM, Ctrl+C), not stopped by a page budget, no pager
    cut at OPPORTUNITIES_MAX_PAGER_DEPTH: what such a run stored is
    published (it only adds or updates), but the run is never ``ok``.
    """

    name = "crawl_finished"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        problems = [f"{name}: {s.get('finish_reason') or 'no finish reason'}" for name, s in sorted(facts.stats.items())
                    if s.get("finish_reason") != "finished"]
        cut = _sum(facts.stats, "listings/pager_depth_reached")
        if cut:
            problems.append(f"{cut} pager(s) cut at the maximum depth")
        if not problems:
            return MonitorResult(self.name, True, "every source finished")
        return MonitorResult(self.name, False, f"the crawl did not finish ({', '.join(problems)}); what it stored "
                                               "is published", len(problems), 0)


class PageRiseMonitor:
    """Many more pages than last run: a trap (link farm, endless pager) or a site change worth a look."""

    name = "pages_risen"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        limit = thresholds["max_page_rise"]
        if not facts.previous_pages or facts.pages < thresholds["min_pages_for_rise"]:
            return MonitorResult(self.name, True, f"{facts.pages} pages", None, limit)
        rise = facts.pages / facts.previous_pages
        return MonitorResult(self.name, rise <= limit,
                             f"{facts.pages} pages against {facts.previous_pages} last run (×{rise:.1f})",
                             round(rise, 2), limit)


class CoverageMonitor:
    """Share of live opportunities with a deadline, and of paid kinds with a stipend."""

    name = "field_coverage"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        live = "status != 'withdrawn'"
        total = db.execute(f"select count(*) from opportunities where {live}").fetchone()[0]
        if not total:
            return MonitorResult(self.name, False, "the catalogue holds no opportunity", 0.0,
                                 thresholds["min_deadline_coverage"])
        with_deadline = db.execute(
            f"select count(*) from opportunities where {live} and (last_deadline is not null or deadline_rule is not null)"
        ).fetchone()[0]
        paid = db.execute(f"select count(*) from opportunities where {live} and kind in ('internship', 'scholarship')").fetchone()[0]
        with_stipend = db.execute(
            f"select count(*) from opportunities where {live} and kind in ('internship', 'scholarship') "
            "and id in (select opportunity_id from stipends)"
        ).fetchone()[0]
        deadline_share = with_deadline / total
        stipend_share = with_stipend / paid if paid else 1.0
        ok = deadline_share >= thresholds["min_deadline_coverage"] and stipend_share >= thresholds["min_stipend_coverage"]
        return MonitorResult(self.name, ok,
                             f"{deadline_share:.0%} of opportunities have a deadline, "
                             f"{stipend_share:.0%} of internships/scholarships a stipend",
                             round(min(deadline_share, stipend_share), 3), thresholds["min_deadline_coverage"])


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _item_share(facts: RunFacts, key: str) -> tuple[int, float]:
    """How many items a counter of every spider's stats holds, and their share of the run's items."""
    count = _sum(facts.stats, key)
    return count, (count / facts.items if facts.items else 0.0)


def _named(urls: list[str], limit: int = 5) -> str:
    """A few URLs for a failure message, and how many more there are."""
    more = f" and {len(urls) - limit} more" if len(urls) > limit else ""
    return ", ".join(urls[:limit]) + more


class FallbackMonitor:
    """Pages a page object refused and the fallback extractor read: a few are tolerated, a redesign is not."""

    name = "fallback_share"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        limit = thresholds["max_fallback_share"]
        fallback, share = _item_share(facts, "pages/fallback")
        if share <= limit:
            return MonitorResult(self.name, True, f"{fallback} of {facts.items} items read by the fallback extractor",
                                 round(share, 3), limit)
        urls = [row[0] for row in db.execute("select url from pages where parser = 'fallback' order by url")]
        return MonitorResult(self.name, False,
                             f"{share:.0%} of items read by the fallback extractor, expected at most {limit:.0%}: "
                             f"the page objects refused {_named(urls)}", round(share, 3), limit)


class FieldErrorMonitor:
    """Items with a field a parser raised on: the item is kept with that field empty; more than a few is a bug."""

    name = "field_errors"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        limit = thresholds["max_field_error_share"]
        failed, share = _item_share(facts, "items/field_errors")
        urls = [url for stats in facts.stats.values() for url in stats.get("items/field_error_urls") or []]
        message = f"{failed} of {facts.items} items with a field a parser could not read"
        if urls:
            message += f": {_named(urls)}"
        return MonitorResult(self.name, share <= limit, message, round(share, 3), limit)


class ListingCardsMonitor:
    """Cards per known listing against a floor (the live /en/bourses has 15)."""

    name = "listing_cards"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        listings = facts.stats.get("wbi", {}).get("coverage/listings") or {}
        if "wbi" not in facts.stats:
            return MonitorResult(self.name, True, "WBI not crawled")
        short = [f"{path} has {listings.get(path, {}).get('cards', 0)} cards, expected at least {floor}"
                 for path, floor in thresholds["min_listing_cards"].items()
                 if listings.get(path, {}).get("cards", 0) < floor]
        return MonitorResult(self.name, not short, "; ".join(short) or "every known listing has its cards",
                             len(short), 0)


class ListingDepthMonitor:
    """Pages read per listing against its pager's last link; a pager we cannot read is a failure."""

    name = "listing_depth"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        listings = facts.stats.get("wbi", {}).get("coverage/listings") or {}
        problems = []
        for path, entry in sorted(listings.items()):
            if entry["pages"] < entry["last_page"] + 1:
                problems.append(f"{path}: read {entry['pages']} page(s), its pager's last link says "
                                f"{entry['last_page'] + 1}")
            if entry["unread_pager"]:
                problems.append(f"{path}: {entry['unread_pager']}; expected its pages in the pager")
        return MonitorResult(self.name, not problems, "; ".join(problems) or
                             f"{len(listings)} listings read to their pager's last page", len(problems), 0)


class ShareMonitor:
    """A share of items that have a field, against a floor, naming pages that lack it."""

    def __init__(self, name: str, threshold: str, spider: str, part: str, whole: str, urls: str, what: str):
        self.name, self.threshold, self.spider = name, threshold, spider
        self.part, self.whole, self.urls, self.what = part, whole, urls, what

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        stats = facts.stats.get(self.spider, {})
        floor = thresholds[self.threshold]
        whole = int(stats.get(self.whole, 0) or 0)
        share = _share(int(stats.get(self.part, 0) or 0), whole)
        message = f"{share:.0%} of {whole} {self.what}"
        if share < floor:
            message += f", expected at least {floor:.0%}; lacking: {_named(stats.get(self.urls) or [])}"
        return MonitorResult(self.name, share >= floor, message, round(share, 3), floor)


class FirstRunMonitor:
    """Items per source on a first run: a floor, since there is nothing to compare with."""

    name = "first_run_items"

    def check(self, facts: RunFacts, db, thresholds) -> MonitorResult:
        if facts.previous_items:
            return MonitorResult(self.name, True, "not a first run (items_dropped compares with the last one)")
        short = []
        for source, floor in thresholds["min_first_run_items"].items():
            if source not in facts.stats:
                continue
            items = int(facts.stats[source].get("items/stored", 0) or 0)
            if items < floor:
                site = facts.stats[source].get("coverage/site") or source
                short.append(f"{source} ({site}) gave {items} items, expected at least {floor} on a first run")
        return MonitorResult(self.name, not short, "; ".join(short) or "every source gave its first-run floor",
                             len(short), 0)


MONITORS = (
    ItemDropMonitor(), ErrorRateMonitor(), EmptyListingMonitor(), MarkupMonitor(), CoverageMonitor(),
    FallbackMonitor(), FieldErrorMonitor(), ListingCardsMonitor(), ListingDepthMonitor(),
    ShareMonitor("wbi_dates", "min_dated_share", "wbi", "coverage/dated", "coverage/items", "coverage/undated",
                 "WBI items have a publication date"),
    ShareMonitor("attachments", "min_attachment_share", "wbi", "coverage/mentions_attachment_with_file",
                 "coverage/mentions_attachment", "coverage/missing_attachments",
                 "items that say \"annexe\"/\"ci-joint\" carry a file"),
    ShareMonitor("search_dates", "min_search_dated_share", "ejustice", "discovery/dated", "discovery/entries",
                 "discovery/undated_pages", "Justel search results have a parsed date"),
    FirstRunMonitor(), CrawlFinishedMonitor(), PageRiseMonitor(),
)


def run_monitors(facts: RunFacts, db: sqlite_utils.Database, thresholds: dict | None = None) -> list[MonitorResult]:
    limits = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    return [monitor.check(facts, db, limits) for monitor in MONITORS]


def verdict(results: list[MonitorResult]) -> str:
    return "ok" if all(r.ok for r in results) else "suspect"


def results_json(results: list[MonitorResult]) -> list[dict]:
    return [asdict(r) for r in results]


def report(results: list[MonitorResult]) -> str:
    return "\n".join(f"  [{'ok' if r.ok else 'FAIL'}] {r.name}: {r.message}" for r in results)


def previous_run(db: sqlite_utils.Database, before_run: int) -> tuple[int | None, int | None]:
    """(items, pages) of the last run before ``before_run`` that did not fail, or (None, None)."""
    row = db.execute(
        "select items, pages from crawl_runs where id < ? and status != 'failed' order by id desc limit 1", [before_run]
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


__all__ = ["MonitorResult", "RunFacts", "run_monitors", "verdict", "report", "results_json", "previous_run",
           "DEFAULT_THRESHOLDS", "json"]
