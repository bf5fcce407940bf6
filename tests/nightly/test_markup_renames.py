"""A redesign of one piece of markup makes the nightly run fail a named monitor, never pass as "ok".

Each case renames one class in a copy of the snapshot (the article body, the
listing cards, the pager, the Justel search results' date) and runs a whole
night on it. The run must exit 2 (a monitor failed, the catalogue still
published), and the failing monitor's message must name a URL and what was
expected of it. Pages whose body class changed still reach the catalogue,
read by the fallback extractor and tagged.
"""
from __future__ import annotations

import json

import pytest
import sqlite_utils

from opportunities.snapshot import EJUSTICE_HOST
from tests.nightly.conftest import run_nightly

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

FAO = "/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
TODAY = "2025-02-25"
#: The snapshot's search pages answer the 2016-2017 window; a nightly run asks for the 365 days up to TODAY.
SNAPSHOT_WINDOW, NIGHT_WINDOW = "pdd=2016-01-01&pdf=2017-12-31", "pdd=2024-02-26&pdf=2025-02-25"


def search_results(site) -> list:
    """The snapshot's Justel result pages, also served for the window a night asks for."""
    folder = site.root / EJUSTICE_HOST / "cgi_loi" / "list.pl"
    for page in list(folder.glob("*.html")):
        (folder / page.name.replace(SNAPSHOT_WINDOW, NIGHT_WINDOW)).write_bytes(page.read_bytes())
    return sorted(folder.glob("*.html"))


def night(site, tmp_path):
    """A whole night on the site, with Justel's search allowlisted; the work folder."""
    search_results(site)
    work = tmp_path / "work"
    run = run_nightly(site, work, TODAY, extra_args=("--allow", site.urls[EJUSTICE_HOST] + "/cgi_loi/list.pl*"))
    return run, work


def rename_in_wbi(site, old: str, new: str, pattern: str = "index*.html") -> int:
    """Replace ``old`` by ``new`` in the WBI snapshot files matching ``pattern``; how many changed."""
    changed = 0
    for page in site.wbi.rglob(pattern):
        text = page.read_text(encoding="utf-8")
        if old in text:
            page.write_text(text.replace(old, new), encoding="utf-8")
            changed += 1
    return changed


def rename_in_search_results(site, old: bytes, new: bytes) -> int:
    changed = 0
    for page in search_results(site):
        data = page.read_bytes()
        if old in data:
            page.write_bytes(data.replace(old, new))
            changed += 1
    return changed


def body_class(site):
    return rename_in_wbi(site, "field--name-body", "field--name-corps")


def card_class(site):
    return rename_in_wbi(site, 'class="search-result views-row"', 'class="teaser-card views-row"')


def pager(site):
    return rename_in_wbi(site, '<nav class="pager"', '<nav class="pagination"')


def search_result_date(site):
    return rename_in_search_results(site, b'class="list-item--date"', b'class="list-item--published"')


CASES = {
    # rename: (monitor that must fail, a URL or path its message names)
    "body_class": (body_class, "fallback_share", "https://www.wbi.be/fr/actualites/"),
    "card_class": (card_class, "listing_cards", "/en/bourses"),
    "pager": (pager, "listing_depth", "/fr/actualites"),
    "search_result_date": (search_result_date, "search_dates", "/cgi_loi/list.pl?"),
}


def last_run(work) -> dict:
    db = sqlite_utils.Database(work / "catalogue.db")
    return next(iter(db.query("select * from crawl_runs order by id desc limit 1")))


@pytest.mark.parametrize("case", sorted(CASES))
def test_renamed_markup_fails_a_named_monitor(site, tmp_path, case):
    rename, monitor, named = CASES[case]
    assert rename(site) > 0, "the rename must touch the snapshot"
    result, work = night(site, tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr[-2000:]
    run = last_run(work)
    assert run["status"] == "suspect"
    failed = {m["name"]: m["message"] for m in json.loads(run["details"])["monitors"] if not m["ok"]}
    assert monitor in failed, failed
    assert named in failed[monitor] and "expected" in failed[monitor]
    log = (work / "log" / "nightly.log").read_text(encoding="utf-8")
    assert f"Monitor {monitor} failed: {failed[monitor]}" in log


def test_the_unrenamed_snapshot_passes_every_monitor(site, tmp_path):
    """The same night without a rename: every monitor above passes (the failures come from the renames)."""
    result, work = night(site, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    details = json.loads(last_run(work)["details"])
    monitors = {m["name"]: m["ok"] for m in details["monitors"]}
    assert all(monitors.values()) and {case[1] for case in CASES.values()} <= set(monitors)
    assert details["stats"]["ejustice"]["discovery/dated"] > 0, "the search results were read"


def test_a_page_the_page_object_refuses_reaches_the_catalogue_through_the_fallback(site, tmp_path):
    body_class(site)
    _, work = night(site, tmp_path)
    db = sqlite_utils.Database(work / "catalogue.db")
    page = next(db.query("select parser, opportunity_id from pages where url like ?", [f"%{FAO}"]))
    assert page["parser"] == "fallback"
    fao = db["opportunities"].get(page["opportunity_id"])
    assert fao["kind"] == "internship"
    assert [row["date"] for row in db.query("select date from deadlines where opportunity_id = ?", [fao["id"]])] \
        == ["2025-03-14"]
