"""Monitors on hand-made run facts (spidermon's way: no crawl needed): what makes each fail, and what its message names."""
from __future__ import annotations

import pytest
import sqlite_utils

from opportunities.monitors import DEFAULT_THRESHOLDS, CrawlFinishedMonitor, PageRiseMonitor, RunFacts, run_monitors
from pipelines.schema import migrate


def facts(wbi: dict | None = None, ejustice: dict | None = None, *, items=20, previous=None) -> RunFacts:
    stats = {"wbi": {"items/stored": items, **(wbi or {})}, "ejustice": {"items/stored": 1, **(ejustice or {})}}
    return RunFacts(stats=stats, items=items + 1, pages=40, errors=0, previous_items=previous)


def results(run: RunFacts, db=None) -> dict:
    db = db or sqlite_utils.Database(memory=True)
    migrate(db)
    return {r.name: r for r in run_monitors(run, db)}


LISTINGS = {"/en/bourses": {"cards": 15, "pages": 2, "last_page": 1, "unread_pager": None}}


def test_field_errors_name_the_pages_and_fail_above_their_share():
    few = results(facts({"items/field_errors": 1, "items/field_error_urls": ["https://www.wbi.be/fr/a"]}))
    assert few["field_errors"].ok and few["field_errors"].message == (
        "1 of 21 items with a field a parser could not read: https://www.wbi.be/fr/a")
    many = results(facts({"items/field_errors": 3, "items/field_error_urls": ["u1", "u2", "u3"]}))
    assert not many["field_errors"].ok and many["field_errors"].value == round(3 / 21, 3)
    assert results(facts())["field_errors"].message == "0 of 21 items with a field a parser could not read"


def test_listing_cards_floor_names_the_listing_and_the_floor():
    short = {"/en/bourses": {**LISTINGS["/en/bourses"], "cards": 4}}
    result = results(facts({"coverage/listings": short}))["listing_cards"]
    assert not result.ok and result.message == "/en/bourses has 4 cards, expected at least 10"
    assert results(facts({"coverage/listings": LISTINGS}))["listing_cards"].ok


def test_listing_depth_against_the_pagers_last_link():
    cut = {"/fr/actualites": {"cards": 10, "pages": 1, "last_page": 3, "unread_pager": None}}
    result = results(facts({"coverage/listings": cut}))["listing_depth"]
    assert not result.ok and "/fr/actualites: read 1 page(s), its pager's last link says 4" in result.message


def test_share_monitors_name_the_pages_that_lack_the_field():
    run = facts({"coverage/items": 10, "coverage/dated": 5, "coverage/undated": ["https://www.wbi.be/fr/a"],
                 "coverage/mentions_attachment": 4, "coverage/mentions_attachment_with_file": 4},
                {"discovery/entries": 30, "discovery/dated": 30})
    found = results(run)
    assert not found["wbi_dates"].ok
    assert found["wbi_dates"].message == ("50% of 10 WBI items have a publication date, expected at least 80%; "
                                          "lacking: https://www.wbi.be/fr/a")
    assert found["attachments"].ok and found["search_dates"].ok


def test_first_run_floor_and_no_floor_after_a_first_run():
    thin = facts(items=3)
    result = results(thin)["first_run_items"]
    assert not result.ok and "wbi" in result.message and "expected at least 10 on a first run" in result.message
    assert results(facts(items=3, previous=20))["first_run_items"].ok


def test_fallback_share_names_the_refused_pages():
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    db["pages"].insert_all([{"url": f"https://www.wbi.be/fr/p{i}", "parser": "fallback"} for i in range(3)], pk="url")
    result = results(facts({"pages/fallback": 3}, items=10), db)["fallback_share"]
    assert not result.ok and result.threshold == DEFAULT_THRESHOLDS["max_fallback_share"]
    assert "https://www.wbi.be/fr/p0" in result.message


# -- a crawl cut short: stopped, over a budget, or far larger than the last one --------------

def run_facts(stats: dict, *, pages: int = 100, previous_pages: int | None = 100) -> RunFacts:
    return RunFacts(stats=stats, items=10, pages=pages, errors=0, previous_items=10, previous_pages=previous_pages)


@pytest.mark.parametrize("reason", ["shutdown", "closespider_pagecount", "run_page_budget", None])
def test_a_crawl_that_did_not_finish_is_never_ok(reason):
    stats = {"wbi": {"finish_reason": "finished"}, "ejustice": {"finish_reason": reason}}
    result = CrawlFinishedMonitor().check(run_facts(stats), None, DEFAULT_THRESHOLDS)
    assert not result.ok
    assert f"ejustice: {reason or 'no finish reason'}" in result.message


def test_a_cut_pager_is_reported():
    stats = {"wbi": {"finish_reason": "finished", "listings/pager_depth_reached": 2}}
    result = CrawlFinishedMonitor().check(run_facts(stats), None, DEFAULT_THRESHOLDS)
    assert not result.ok and "2 pager(s) cut" in result.message


def test_finished_sources_pass():
    stats = {"wbi": {"finish_reason": "finished"}, "ejustice": {"finish_reason": "finished"}}
    assert CrawlFinishedMonitor().check(run_facts(stats), None, DEFAULT_THRESHOLDS).ok


@pytest.mark.parametrize("pages, previous, ok", [
    (250, 100, True),       # ×2.5: growth, not a trap
    (7961, 120, False),     # the endless pager of the adversarial pass
    (400, 100, False),
    (40, 5, True),          # too few pages to judge
    (500, None, True),      # first run
])
def test_a_sudden_rise_of_pages_fails(pages, previous, ok):
    result = PageRiseMonitor().check(run_facts({}, pages=pages, previous_pages=previous), None, DEFAULT_THRESHOLDS)
    assert result.ok is ok
