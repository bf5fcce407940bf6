"""End to end: the CLI crawls the bundled snapshot into a catalogue, twice.

This is what `make demo` does, checked against the acceptance list of the
end-to-end issue. Each crawl runs in its own process (Scrapy's reactor
cannot restart), against the snapshot served on loopback.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from tests.conftest import free_port_pair
from tests.test_datasette import metadata

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))


def run_cli(*args, cwd=None):
    env = {**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"}
    return subprocess.run([OPPORTUNITIES, *args], capture_output=True, text=True, timeout=300, env=env, cwd=cwd)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The catalogue after one crawl, and the row counts after a second one."""
    work = tmp_path_factory.mktemp("e2e")
    db_path = work / "catalogue.db"
    common = ["crawl", "--snapshot", "--snapshot-port", str(free_port_pair()), "--db", str(db_path),
              "--cache-dir", str(work / "cache")]
    first = run_cli(*common)
    assert first.returncode == 0, first.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    counts_first = {t: db[t].count for t in db.table_names() if not t.startswith(("_", "opportunities_fts"))}
    snapshot_of_rows = {
        t: sorted(json.dumps(r, sort_keys=True, default=str) for r in db[t].rows)
        for t in ("opportunities", "deadlines", "stipends", "eligibility", "documents", "legal_acts")
    }
    db.close()
    second = run_cli(*common)
    assert second.returncode == 0, second.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    return {"db": db, "db_path": db_path, "work": work, "first": first, "second": second,
            "counts_first": counts_first, "rows_first": snapshot_of_rows}


def opportunity(db, url_part):
    rows = list(db.query("select * from opportunities where url like ?", [f"%{url_part}%"]))
    assert len(rows) == 1, f"expected one opportunity matching {url_part}, got {[r['url'] for r in rows]}"
    return rows[0]


def children(db, table, opp_id):
    return list(db.query(f"select * from {table} where opportunity_id = ?", [opp_id]))


def test_fao_internship_is_one_opportunity_with_its_facts(crawled):
    db = crawled["db"]
    fao = opportunity(db, "fao")
    assert fao["kind"] == "internship"
    assert fao["url"].startswith("https://www.wbi.be/fr/"), "students are sent to the live page"
    deadlines = children(db, "deadlines", fao["id"])
    assert [(d["date"], d["time"]) for d in deadlines] == [("2025-03-14", "23:59")]
    assert "14 mars 2025" in deadlines[0]["evidence"]
    stipends = children(db, "stipends", fao["id"])
    assert [(s["amount"], s["currency"], s["period"]) for s in stipends] == [(1200.0, "EUR", "month")]
    assert (fao["duration_min_months"], fao["duration_max_months"]) == (6, 6)
    assert (fao["start_date"], fao["end_date"]) == ("2025-04-15", "2025-10-15")
    assert fao["requires_fwb"] == 1
    assert "bourses@wbi.be" in json.loads(fao["contact_emails"])
    assert fao["status"] == "open", "open on the snapshot's date"


def test_unesco_deadline_year_comes_from_weekday_and_context(crawled):
    db = crawled["db"]
    unesco = opportunity(db, "unesco")
    assert [(d["date"], d["time"]) for d in children(db, "deadlines", unesco["id"])] == [("2025-02-20", "23:59")]
    stipends = {(s["amount"], s["period"], s["is_maximum"]) for s in children(db, "stipends", unesco["id"])}
    assert (1600.0, "month", 0) in stipends
    assert (500.0, "once", 1) in stipends


def test_latvia_has_per_level_stipends(crawled):
    db = crawled["db"]
    latvia = opportunity(db, "letton")
    stipends = children(db, "stipends", latvia["id"])
    monthly = sorted(s["amount"] for s in stipends if s["period"] == "month" and s["applies_to"] in ("bachelor", "master", "phd"))
    assert monthly == [500.0, 600.0, 700.0]
    assert any(s["amount"] == 30.0 and s["period"] == "day" for s in stipends)


@pytest.mark.parametrize("url_part", ["belladone", "biowin", "rhenanie"])
def test_news_pages_are_crawled_but_not_opportunities(crawled, url_part):
    db = crawled["db"]
    pages = list(db.query("select * from pages where url like ?", [f"%{url_part}%"]))
    assert len(pages) == 1 and pages[0]["is_opportunity"] == 0
    assert not list(db.query("select id from opportunities where url like ?", [f"%{url_part}%"]))


def test_decree_is_a_legal_scheme_with_its_rule_and_metadata(crawled):
    db = crawled["db"]
    decree = opportunity(db, "/eli/arrete/2016/12/09/2016036668/justel")
    assert decree["kind"] == "legal_scheme"
    assert decree["age_max"] == 35
    assert (decree["duration_min_months"], decree["duration_max_months"]) == (2, 6)
    assert decree["status"] == "rolling"
    assert "au plus tard le jour avant le début du stage" in decree["deadline_rule"]
    act = db["legal_acts"].get("https://www.ejustice.just.fgov.be/eli/arrete/2016/12/09/2016036668/justel")
    assert act["numac"] == "2016036668"
    assert act["publication_date"] == "2016-12-23"
    assert act["opportunity_id"] == decree["id"]


def test_second_crawl_leaves_the_same_rows(crawled):
    db = crawled["db"]
    counts = {t: db[t].count for t in crawled["counts_first"]}
    counts_first = dict(crawled["counts_first"])
    # Only the run log grows.
    assert counts.pop("crawl_runs") == counts_first.pop("crawl_runs") + 1
    assert counts == counts_first
    for table, rows in crawled["rows_first"].items():
        now = sorted(json.dumps(r, sort_keys=True, default=str) for r in db[table].rows)
        if table == "opportunities":
            continue  # last_seen moves forward
        assert now == rows, f"{table} changed on a crawl with no change"


def test_second_crawl_transfers_under_a_tenth_of_the_first(crawled):
    runs = list(crawled["db"].query("select bytes from crawl_runs order by id"))
    first, second = runs[-2]["bytes"], runs[-1]["bytes"]
    assert first > 0
    assert second < first / 10, (first, second)


def test_every_page_is_stored_with_fetch_metadata(crawled):
    db = crawled["db"]
    pages = list(db.query("select * from pages where status_code = 200"))
    assert len(pages) >= 11
    assert all(p["content_hash"] and p["last_fetched"] and p["etag"] for p in pages)


def test_search_finds_accentless_query(crawled):
    hits = list(crawled["db"].query(
        "select o.url from opportunities o join opportunities_fts f on f.rowid = o.rowid where opportunities_fts match 'federation'"))
    assert hits


def test_english_version_is_a_language_version_of_the_same_opportunity(crawled):
    db = crawled["db"]
    fao = opportunity(db, "fao")
    versions = children(db, "translations", fao["id"])
    assert [(v["language"], v["url"]) for v in versions] == [
        ("en", "https://www.wbi.be/en/news/internship-fao-liaison-office-brussels")]
    assert versions[0]["title"], "the English page was crawled, not only announced"
    english_page = db["pages"].get("https://www.wbi.be/en/news/internship-fao-liaison-office-brussels")
    assert english_page["opportunity_id"] == fao["id"] and english_page["language"] == "en"


def test_standing_programmes_are_listed_with_kind_eligibility_and_recurring_windows(crawled):
    """The whole WBI catalogue: the /en/bourses cards lead to the /fr/aide-service/ programme pages."""
    db = crawled["db"]
    sql = metadata()["databases"]["catalogue"]["queries"]["standing_programmes"]["sql"]
    programmes = list(db.query(sql))
    assert len(programmes) >= 5
    assert all(p["url"].startswith("https://www.wbi.be/fr/aide-service/") and p["kind"] for p in programmes)
    assert all(children(db, "eligibility", p["id"]) for p in programmes), "who qualifies, for every programme"
    in_wbi = opportunity(db, "/fr/aide-service/obtenir-bourse-dexcellence-in-wbi")
    assert in_wbi["kind"] == "scholarship" and in_wbi["stipend_monthly_eur"] == 2120.0
    # Four yearly windows, each kept as the rule it recurs by.
    assert in_wbi["deadline_rule"].count("1st of") == 4
    assistant = opportunity(db, "/fr/aide-service/devenir-auxiliaire-conversation-langue-francaise-letranger-wbi")
    assert assistant["deadline_rule"] == "au plus tard le 15 janvier"


def test_the_four_research_indices_are_crawled(crawled):
    db = crawled["db"]
    details = json.loads(next(db.query("select details from crawl_runs order by id limit 1"))["details"])
    listings = details["stats"]["wbi"]["coverage/listings"]
    for term in (843, 844, 846, 847):
        assert listings[f"/en/taxonomy/term/{term}"]["cards"] > 0, term

