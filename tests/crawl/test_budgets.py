"""Crawl traps end within the budgets of scrapers/settings.py, and a run cut short says so.

A loopback WBI whose listing has a pager that never ends, or a farm of
on-site links: the crawl stops at the pager depth or at the page budgets,
the pages it did read are stored, and the run is ``suspect`` with the
reason in its monitors, never ``ok``.
"""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.crawl.faultserver import FaultServer, Reply, crawl_cli, crawl_command, last_run_stats

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

FAO = "/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
#: Requests already on their way when a budget closes the spider still land: at most what --fast
#: lets run at once (CONCURRENT_REQUESTS 16), and what was queued in the downloader. Far below the farm's 300.
IN_FLIGHT = 40


def listing(cards: list[str], next_page: str | None) -> bytes:
    """A WBI listing page with result cards and, when given, a pager link to ``next_page``."""
    items = "".join(f'<div class="search-result"><h3><a href="{href}">Offre {i}</a></h3></div>'
                    for i, href in enumerate(cards))
    pager = f'<nav class="pager"><a rel="next" href="{next_page}">Suivant</a></nav>' if next_page else ""
    return f"<html lang=\"fr\"><body><main><h1>Bourses</h1>{items}{pager}</main></body></html>".encode()


def only_listing(server: FaultServer, body: bytes) -> None:
    """``/fr/bourses`` answers ``body``; the other start listings are empty-but-valid."""
    server.script("/fr/bourses", Reply(body=body))


def run_status(db) -> tuple[str, dict]:
    with sqlite3.connect(db) as conn:
        status, details = conn.execute("select status, details from crawl_runs order by id desc limit 1").fetchone()
    return status, {m["name"]: m for m in json.loads(details)["monitors"]}


def test_an_endless_pager_stops_at_the_pager_depth(tmp_path):
    with FaultServer() as server:
        # Page N links to N+1, for far longer than the budget.
        for n in range(40):
            path = "/fr/bourses" if n == 0 else f"/fr/bourses?page={n}"
            server.script(path, Reply(body=listing([FAO], f"/fr/bourses?page={n + 1}")))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache",
                        env={"OPPORTUNITIES_MAX_PAGER_DEPTH": "5"})
        pager_hits = [p for p in server.paths() if p.startswith("/fr/bourses?page=")]
    assert run.returncode == 0, run.stderr[-3000:]
    assert sorted(pager_hits) == [f"/fr/bourses?page={n}" for n in range(1, 6)]
    stats = last_run_stats(tmp_path / "catalogue.db")
    assert stats["listings/pager_depth_reached"] == 1
    status, monitors = run_status(tmp_path / "catalogue.db")
    assert status == "suspect" and "pager" in monitors["crawl_finished"]["message"]


def test_a_link_farm_stops_at_the_page_budget_per_source(tmp_path):
    farm = [f"/fr/actualites/ferme-{i}" for i in range(300)]
    with FaultServer() as server:
        only_listing(server, listing(farm, None))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache",
                        env={"OPPORTUNITIES_MAX_PAGES_PER_SOURCE": "40"})
        farm_hits = [p for p in server.paths() if p.startswith("/fr/actualites/ferme-")]
    assert run.returncode == 0, run.stderr[-3000:]
    stats = last_run_stats(tmp_path / "catalogue.db")
    assert stats["finish_reason"] == "closespider_pagecount"
    assert len(farm_hits) < 40 + IN_FLIGHT
    status, monitors = run_status(tmp_path / "catalogue.db")
    assert status == "suspect"
    assert not monitors["crawl_finished"]["ok"] and "closespider_pagecount" in monitors["crawl_finished"]["message"]


def test_the_sources_of_a_run_share_the_run_budget(tmp_path):
    farm = [f"/fr/actualites/ferme-{i}" for i in range(300)]
    with FaultServer() as server:
        only_listing(server, listing(farm, None))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache",
                        env={"OPPORTUNITIES_MAX_PAGES_PER_RUN": "30"})
    assert run.returncode == 0, run.stderr[-3000:]
    stats = last_run_stats(tmp_path / "catalogue.db")
    assert stats["finish_reason"] == "run_page_budget"
    assert stats["response_received_count"] < 30 + IN_FLIGHT
    status, monitors = run_status(tmp_path / "catalogue.db")
    assert status == "suspect" and "run_page_budget" in monitors["crawl_finished"]["message"]


def test_a_crawl_stopped_by_sigterm_is_published_as_suspect_not_ok(tmp_path):
    """SIGTERM arrives while a page is on the wire (the server holds it): Scrapy stops with reason shutdown."""
    with FaultServer() as server:
        server.script(FAO, Reply(delay=3))
        args, env = crawl_command(server.url, tmp_path / "catalogue.db", tmp_path / "cache")
        crawl = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while not server.hits(FAO):  # event, not time: the slow page has been asked for
            assert crawl.poll() is None, crawl.stderr.read()[-3000:]
            time.sleep(0.05)
        crawl.send_signal(signal.SIGTERM)
        _, stderr = crawl.communicate(timeout=120)
    assert crawl.returncode == 0, stderr[-3000:]
    assert last_run_stats(tmp_path / "catalogue.db")["finish_reason"] == "shutdown"
    status, monitors = run_status(tmp_path / "catalogue.db")
    assert status == "suspect" and "wbi: shutdown" in monitors["crawl_finished"]["message"]
