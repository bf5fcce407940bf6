"""A third source is one module: registered in one place, it is crawled, validated, stored and read by `extract`.

The toy source (tests/crawl/toy_source.py) is named only in the
``OPPORTUNITIES_SOURCE_MODULES`` environment variable of the commands
below; the CLI's options, the crawl, validation, the store's ids and the
page dispatch of `opportunities extract` all find it through the registry.
"""
import json
import os
import sqlite3
import subprocess

import pytest

from opportunities.paths import ROOT
from tests.crawl.faultserver import OPPORTUNITIES, FaultServer, crawl_cli, last_run_stats

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

SITE = ROOT / "tests" / "fixtures" / "toy"
REGISTERED = {"OPPORTUNITIES_SOURCE_MODULES": "tests.crawl.toy_source", "PYTHONPATH": str(ROOT)}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    work = tmp_path_factory.mktemp("toy")
    with FaultServer(SITE, host_name="offres.toy.example") as server:
        result = crawl_cli(server.url, work / "catalogue.db", work / "cache", source="toy", env=REGISTERED)
        paths = server.paths()
    assert result.returncode == 0, result.stderr[-3000:]
    return {"db": work / "catalogue.db", "paths": paths, "url": server.url}


def rows(db, sql):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def test_the_toy_site_is_crawled_from_its_start_path(crawled):
    pages = {path for path in crawled["paths"] if path != "/robots.txt"}
    assert pages == {"/", "/offres/stage-traduction", "/offres/bourse-ete"}
    assert last_run_stats(crawled["db"], "toy")["items/stored"] == 2


def test_its_offers_are_stored_with_the_ids_and_live_urls_of_the_source(crawled):
    stored = {row["id"]: row for row in rows(crawled["db"], "select * from opportunities")}
    assert set(stored) == {"toy-stage-traduction", "toy-bourse-ete"}
    assert stored["toy-stage-traduction"]["url"] == "https://offres.toy.example/offres/stage-traduction"
    assert stored["toy-stage-traduction"]["source"] == "toy"
    assert stored["toy-stage-traduction"]["title"] == "Stage en traduction à Namur"


def test_its_facts_are_extracted_like_any_other_page(crawled):
    deadlines = {row["opportunity_id"]: row["date"] for row in rows(crawled["db"], "select * from deadlines")}
    assert deadlines == {"toy-stage-traduction": "2025-03-15", "toy-bourse-ete": "2025-04-30"}
    stipend = rows(crawled["db"], "select amount, period from stipends where opportunity_id = 'toy-stage-traduction'")
    assert stipend == [{"amount": 800.0, "period": "month"}]


def test_the_run_records_where_the_source_was_crawled_from(crawled):
    info = {row["key"]: row["value"] for row in rows(crawled["db"], "select * from catalogue_info")}
    assert info["toy_url"] == crawled["url"]
    assert rows(crawled["db"], "select sources from crawl_runs") == [{"sources": "toy"}]


def test_extract_reads_a_saved_page_of_the_source_with_its_page_object():
    # The offer has no <h1>: only the toy page object knows where its title is.
    saved = SITE / "offres" / "stage-traduction" / "index.html"
    args = [OPPORTUNITIES, "extract", str(saved), "--url", "https://offres.toy.example/offres/stage-traduction",
            "--reference-date", "2025-02-01"]
    registered = subprocess.run(args, capture_output=True, text=True, timeout=60, env={**os.environ, **REGISTERED})
    assert registered.returncode == 0, registered.stderr
    assert json.loads(registered.stdout)["title"] == "Stage en traduction à Namur"
    unregistered = subprocess.run(args, capture_output=True, text=True, timeout=60, env=os.environ)
    assert json.loads(unregistered.stdout)["title"] != "Stage en traduction à Namur"
