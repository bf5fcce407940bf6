"""Monitors over fabricated crawl statistics (spidermon's way: no crawl needed)."""
from __future__ import annotations

import pytest

from opportunities.monitors import DEFAULT_THRESHOLDS, CrawlFinishedMonitor, PageRiseMonitor, RunFacts


def facts(stats: dict, *, pages: int = 100, previous_pages: int | None = 100) -> RunFacts:
    return RunFacts(stats=stats, items=10, pages=pages, errors=0, previous_items=10, previous_pages=previous_pages)


@pytest.mark.parametrize("reason", ["shutdown", "closespider_pagecount", "run_page_budget", None])
def test_a_crawl_that_did_not_finish_is_never_ok(reason):
    stats = {"wbi": {"finish_reason": "finished"}, "ejustice": {"finish_reason": reason}}
    result = CrawlFinishedMonitor().check(facts(stats), None, DEFAULT_THRESHOLDS)
    assert not result.ok
    assert f"ejustice: {reason or 'no finish reason'}" in result.message


def test_a_cut_pager_is_reported():
    stats = {"wbi": {"finish_reason": "finished", "listings/pager_depth_reached": 2}}
    result = CrawlFinishedMonitor().check(facts(stats), None, DEFAULT_THRESHOLDS)
    assert not result.ok and "2 pager(s) cut" in result.message


def test_finished_sources_pass():
    stats = {"wbi": {"finish_reason": "finished"}, "ejustice": {"finish_reason": "finished"}}
    assert CrawlFinishedMonitor().check(facts(stats), None, DEFAULT_THRESHOLDS).ok


@pytest.mark.parametrize("pages, previous, ok", [
    (250, 100, True),       # ×2.5: growth, not a trap
    (7961, 120, False),     # the endless pager of the adversarial pass
    (400, 100, False),
    (40, 5, True),          # too few pages to judge
    (500, None, True),      # first run
])
def test_a_sudden_rise_of_pages_fails(pages, previous, ok):
    result = PageRiseMonitor().check(facts({}, pages=pages, previous_pages=previous), None, DEFAULT_THRESHOLDS)
    assert result.ok is ok
