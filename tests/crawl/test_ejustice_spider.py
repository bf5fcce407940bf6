"""The ejustice spider, through the CLI, against the bundled snapshot.

Three crawls, each in its own process (Scrapy's reactor cannot restart):

* ``demo``: ``opportunities crawl --source ejustice --snapshot``, which
  allowlists what an operator would (the configured act, its Dutch version,
  the search pages) and searches the snapshot's publication window;
* ``discovered``: the same, plus the act that discovery finds, allowlisted
  with ``--allow`` (and, as a prefix, its legacy fallback view);
* ``refused``: the snapshot served here and crawled as a live site, with an
  empty allowlist.
"""
import json
from pathlib import Path

import pytest
import sqlite_utils

from opportunities.snapshot import EJUSTICE_HOST, SNAPSHOT_DIR, serve_snapshot
from tests.crawl.faultserver import FaultServer, Reply, crawl_cli
from tests.conftest import free_port_pair
from tests.crawl.test_end_to_end import run_cli

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

LIVE = "https://www.ejustice.just.fgov.be"
DECREE = LIVE + "/eli/arrete/2016/12/09/2016036668/justel"
DECREE_NL = LIVE + "/eli/besluit/2016/12/09/2016036668/justel"
DISCOVERED = "/eli/arrete/2017/03/10/2017030500/justel"  # fictional, see docs/snapshot-ejustice.md


def crawl(work: Path, *extra: str) -> dict:
    port = free_port_pair()
    db_path = work / "catalogue.db"
    result = run_cli("crawl", "--source", "ejustice", "--snapshot", "--snapshot-port", str(port),
                     "--db", str(db_path), "--cache-dir", str(work / "cache"),
                     *(arg.format(ejustice=f"http://127.0.0.1:{port + 1}") for arg in extra))
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    return {"db": db, "stderr": result.stderr, "stats": last_run_stats(db)}


def last_run_stats(db) -> dict:
    run = next(db.query("select details from crawl_runs order by id desc limit 1"))
    return json.loads(run["details"])["stats"]["ejustice"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return crawl(tmp_path_factory.mktemp("ejustice-demo"))


@pytest.fixture(scope="module")
def discovered(tmp_path_factory):
    return crawl(tmp_path_factory.mktemp("ejustice-discovered"),
                 "--allow", "{ejustice}" + DISCOVERED, "--allow", "{ejustice}/cgi_loi/article.pl*")


def test_decree_is_stored_with_its_metadata(demo):
    act = demo["db"]["legal_acts"].get(DECREE)
    assert (act["numac"], act["act_type"], act["act_date"]) == ("2016036668", "arrete", "2016-12-09")
    assert (act["publication_date"], act["publication_page"]) == ("2016-12-23", 89499)
    assert (act["dossier_number"], act["entry_into_force"]) == ("2016-12-09/02", "2017-01-01")
    assert act["source_authority"] == "AUTORITE FLAMANDE"
    assert json.loads(act["modifies"]) == ["2011035139"]
    assert act["consolidation_date"] == "2022-09-29"
    opportunity = demo["db"]["opportunities"].get(act["opportunity_id"])
    assert opportunity["kind"] == "legal_scheme"


def test_articles_and_archived_versions_reach_the_store(demo):
    act = demo["db"]["legal_acts"].get(DECREE)
    assert act.get("articles"), "the store keeps each act's articles (for the consolidation diff)"
    articles = json.loads(act["articles"])
    assert [a["number"] for a in articles][:3] == ["1er", "2", "3"] and len(articles) == 17
    assert articles[0]["text"].startswith("Dans le présent arrêté, on entend par")
    assert act["versions_archived"] == 2


def test_dutch_version_is_attached_to_the_same_opportunity(demo):
    rows = list(demo["db"].query("select * from translations where url = ?", [DECREE_NL]))
    assert len(rows) == 1
    assert rows[0]["language"] == "nl"
    assert rows[0]["title"].startswith("Besluit van de Vlaamse Regering betreffende de subsidiëring van stages")
    assert rows[0]["opportunity_id"] == demo["db"]["legal_acts"].get(DECREE)["opportunity_id"]
    assert demo["stats"]["translations/attached"] == 1
    assert demo["db"]["opportunities"].count == 1, "one opportunity, two language versions"


def test_discovery_reads_every_search_page_and_skips_non_student_acts(demo):
    stats = demo["stats"]
    # 8 searches (7 keywords, "stage" in FR and NL) and the second page of "stage" FR.
    assert stats["discovery/search_pages"] == 9
    assert stats["discovery/not_student"] == 5  # road works, road signs (FR, NL), road subsidies, markets
    assert stats["discovery/outside_window"] == 1  # the 2018 grant amounts, published after the window
    assert stats["discovery/dated"] == stats["discovery/entries"]  # long-form dates of the live markup
    # The configured decree (found by "stage" FR and NL, and "subvention") and the 2017 act, found by
    # "stage" and "bourse": followed once, whichever answer comes first.
    assert stats["discovery/known"] == 4
    assert "Discovered act 2017030500 through the search" in demo["stderr"]


def test_a_discovered_act_is_reported_but_not_fetched_until_allowlisted(demo):
    assert demo["stats"]["discovery/not_allowlisted"] == 1
    assert "discovery/followed" not in demo["stats"]
    report = next(line for line in demo["stderr"].splitlines() if "Discovered act 2017030500" in line)
    assert "Not fetched: robots.txt disallows /eli/" in report and DISCOVERED in report
    assert "Refused" not in demo["stderr"], "optional requests are checked against the allowlist, not refused"
    assert not list(demo["db"].query("select * from legal_acts where numac = '2017030500'"))


def test_an_allowlisted_discovered_act_is_stored_through_its_fallback(discovered):
    act = discovered["db"]["legal_acts"].get(LIVE + DISCOVERED)
    assert (act["numac"], act["publication_date"]) == ("2017030500", "2017-04-05")
    assert discovered["stats"]["discovery/followed"] == 1
    assert discovered["stats"]["pages/non_content/no_text"] == 1
    # Its Dutch ELI is not allowlisted: not asked for, and the act is kept without it.
    assert discovered["stats"]["translations/not_allowlisted"] == 1
    assert "Refused" not in discovered["stderr"]


def test_without_allowlist_nothing_is_fetched(tmp_path):
    with serve_snapshot(0) as running:
        result = run_cli("crawl", "--source", "ejustice", "--ejustice-url", running.urls[EJUSTICE_HOST], "--fast",
                         "--db", str(tmp_path / "catalogue.db"), "--cache-dir", str(tmp_path / "cache"))
    assert result.returncode == 0, result.stderr[-3000:]
    refused = [line for line in result.stderr.splitlines() if "Refused" in line]
    assert len(refused) == 1
    assert "/eli/arrete/2016/12/09/2016036668/justel" in refused[0] and "Disallow: /eli/" in refused[0]
    assert "add this URL to OPPORTUNITIES_ROBOTS_ALLOWLIST" in refused[0]
    db = sqlite_utils.Database(tmp_path / "catalogue.db")
    assert db["pages"].count == 0 and db["legal_acts"].count == 0
    stats = last_run_stats(db)
    assert stats["response_received_count"] == 1, "robots.txt only"
    assert stats["robotstxt/refused"] == 1
    assert stats["discovery/search_not_allowlisted"] == 8  # 7 keywords, "stage" in FR and NL: not even asked


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("http://127.0.0.1:9/eli/arrete/2016/12/09/2016036668/justel", True),
        ("http://127.0.0.1:9/eli/arrete/2016/12/09/2016036668/justel/", True),
        ("http://127.0.0.1:9/eli/arrete/2017/03/10/2017030500/justel", False),
        ("http://127.0.0.1:9/cgi_loi/list.pl?language=fr&text1=stage&page=2", True),
        ("http://127.0.0.1:9/cgi_loi/list.pl", True),
        ("http://127.0.0.1:9/cgi_loi/article.pl?language=fr&cn_search=2017031001", False),
    ],
)
def test_allowlist_entries_are_exact_urls_or_prefixes(url, allowed):
    from scrapy.utils.test import get_crawler

    from scrapers.middlewares import AllowlistRobotsTxtMiddleware

    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "OPPORTUNITIES_ROBOTS_ALLOWLIST": [
        "http://127.0.0.1:9/eli/arrete/2016/12/09/2016036668/justel", "http://127.0.0.1:9/cgi_loi/list.pl*"]})
    assert AllowlistRobotsTxtMiddleware(crawler)._is_allowlisted(url) is allowed


def test_an_act_page_in_an_unknown_layout_reaches_the_catalogue_through_the_fallback(tmp_path):
    """A Justel redesign (no div.list boxes, no legacy tables): the act is read generically, tagged, counted."""
    act = "/eli/arrete/2016/12/09/2016036668/justel"
    with FaultServer(SNAPSHOT_DIR / EJUSTICE_HOST, host_name=EJUSTICE_HOST) as server:
        server.script(act, Reply(body=server.page(act).replace(b'<div class="list">', b'<div class="liste">')))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache", source="ejustice",
                        extra=("--allow", server.url + act))
    assert run.returncode == 0, run.stderr[-2000:]
    db = sqlite_utils.Database(tmp_path / "catalogue.db")
    stats = last_run_stats(db)
    assert stats["pages/fallback"] == 1 and "pages/markup_changed" not in stats
    page = db["pages"].get(DECREE)
    assert page["parser"] == "fallback"
    assert "subventionnement de stages" in page["text"]
