"""Faults of a live site, injected by a loopback server, one run per kind of fault.

Every faulty run starts from the catalogue of a good run (``baseline``) and
must leave it intact: the same opportunities with the same facts, withdrawn
only when a page seen before answers 404 or 410. Runs use a fresh HTTP cache
(a cached page would hide most faults, see ``test_cached_pages_survive_5xx``
for what the cache does) and short limits (``QUICK_ENV``).
"""
from __future__ import annotations

import shutil
import socket
import sqlite3

import pytest

from scrapers.spiders.wbi import LISTING_PATHS
from tests.crawl.faultserver import (FaultServer, Reply, crawl_cli, last_run_stats, opportunity_facts, truncated,
                                     without_cards)

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

FAO = "/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
UNESCO = "/fr/actualites/offres-stage-unesco-paris"
LATVIA = "/fr/actualites/bourses-etat-letton-etudes-recherche-cours-dete"
CITF = "/fr/actualites/commission-internationale-theatre-francophone-citf-appel-projets"
LISTINGS = LISTING_PATHS  # every listing the spider starts from


def opp_id(path: str) -> str:
    return "wbi-" + path.rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """A good crawl: the catalogue every faulty run starts from."""
    work = tmp_path_factory.mktemp("baseline")
    db, cache = work / "catalogue.db", work / "cache"
    with FaultServer() as server:
        run = crawl_cli(server.url, db, cache)
        port = server.port
    assert run.returncode == 0, run.stderr[-3000:]
    facts = opportunity_facts(db)
    assert {opp_id(p) for p in (FAO, UNESCO, LATVIA, CITF)} <= set(facts)
    return {"db": db, "cache": cache, "port": port, "facts": facts}


def faulty_run(baseline, tmp_path, server, *, env=None, cache=None, fresh_db=False):
    db = tmp_path / "catalogue.db"
    if not fresh_db:
        shutil.copy(baseline["db"], db)
    run = crawl_cli(server.url, db, cache or tmp_path / "cache", env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    return db, last_run_stats(db), run.stderr


def assert_intact(baseline, db, *, withdrawn=()):
    """The previous catalogue is all there, facts unchanged; only ``withdrawn`` ids changed status."""
    before, after = baseline["facts"], opportunity_facts(db)
    assert set(after) == set(before), "opportunities were added or deleted"
    for oid, facts in before.items():
        now = dict(after[oid])
        if oid in withdrawn:
            assert now.pop("status") == "withdrawn", oid
            facts = {k: v for k, v in facts.items() if k != "status"}
        assert now == facts, f"{oid} changed"


def gaps(hits):
    return [later.started - earlier.started for earlier, later in zip(hits, hits[1:])]


# -- 5xx and timeouts: retried with backoff ------------------------------------

def test_5xx_is_retried_with_growing_backoff_then_stored(baseline, tmp_path):
    with FaultServer() as server:
        server.script(FAO, Reply(503), Reply(502), Reply())
        server.script(UNESCO, Reply(500))  # never recovers
        db, stats, _ = faulty_run(baseline, tmp_path, server)
    fao = server.hits(FAO)
    assert [h.status for h in fao] == [503, 502, 200]
    first, second = gaps(fao)
    assert first >= 0.2 - 0.02 and second >= 0.4 - 0.02, (first, second)  # base 0.2 s, doubled
    assert len(server.hits(UNESCO)) == 3, "RETRY_TIMES=2: one try and two retries"
    assert stats["retry/max_reached"] == 1 and stats["pages/failed"] == 1
    assert_intact(baseline, db)


def test_timeouts_are_retried_and_a_dead_page_keeps_its_facts(baseline, tmp_path):
    with FaultServer() as server:
        server.script(FAO, Reply(delay=2), Reply())
        server.script(UNESCO, Reply(delay=2))
        db, stats, _ = faulty_run(baseline, tmp_path, server,
                                  env={"OPPORTUNITIES_DOWNLOAD_TIMEOUT": "1", "OPPORTUNITIES_RETRY_TIMES": "1"})
    assert len(server.hits(FAO)) == 2 and len(server.hits(UNESCO)) == 2
    # The two scripted pages time out; on a busy machine another page may too, and is then retried.
    assert stats["retry/reason_count/scrapy.exceptions.DownloadTimeoutError"] >= 2
    assert stats["pages/failed"] == 1
    assert stats["items/stored"] >= 9  # everything but the dead page
    assert_intact(baseline, db)


def test_unreachable_site_changes_nothing(baseline, tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    db = tmp_path / "catalogue.db"
    shutil.copy(baseline["db"], db)
    run = crawl_cli(closed_url, db, tmp_path / "cache", env={"OPPORTUNITIES_RETRY_TIMES": "1"})
    assert run.returncode == 0, run.stderr[-3000:]
    stats = last_run_stats(db)
    assert stats.get("items/stored", 0) == 0 and stats["pages/failed"] >= 6
    assert_intact(baseline, db)


# -- size, redirects -------------------------------------------------------------

def test_pages_over_the_size_cap_are_dropped(baseline, tmp_path):
    huge = b"<html><body>" + b"x" * 400_000 + b"</body></html>"
    with FaultServer() as server:
        server.script(FAO, Reply(body=huge))                    # announced by Content-Length
        server.script(UNESCO, Reply(body=huge, no_length=True))  # found out while reading
        db, stats, stderr = faulty_run(baseline, tmp_path, server, env={"OPPORTUNITIES_DOWNLOAD_MAXSIZE": "200000"})
    assert len(server.hits(FAO)) == 1 and len(server.hits(UNESCO)) == 1, "a page too big is not retried"
    assert stats["pages/failed"] == 2
    assert "larger than download max size" in stderr
    assert_intact(baseline, db)


def test_redirect_loops_long_chains_and_off_host_redirects_are_refused(baseline, tmp_path):
    with FaultServer() as elsewhere, FaultServer() as server:
        server.script(FAO, Reply(302, location="/loop-b"))
        server.script("/loop-b", Reply(302, location=FAO))
        server.script(UNESCO, Reply(301, location="/hop/1"))
        for hop in range(1, 10):
            server.script(f"/hop/{hop}", Reply(302, location=f"/hop/{hop + 1}"))
        server.script(LATVIA, Reply(302, location=elsewhere.url.replace("127.0.0.1", "localhost") + LATVIA))
        db, stats, stderr = faulty_run(baseline, tmp_path, server, env={"OPPORTUNITIES_REDIRECT_MAX_TIMES": "3"})
    assert len(server.hits(FAO)) == 1 and len(server.hits("/loop-b")) == 1
    assert [p for p in server.paths() if p.startswith("/hop/")] == ["/hop/1", "/hop/2", "/hop/3"]
    assert elsewhere.hits() == [], "the redirect off the host was followed"
    assert stats["redirect/refused/loop"] == 1
    assert stats["redirect/refused/too_many"] == 1
    assert stats["redirect/refused/offhost"] == 1
    assert stats["pages/failed"] == 3
    assert "Not following the redirect" in stderr
    assert_intact(baseline, db)


# -- content faults -----------------------------------------------------------------

def test_wrong_or_missing_charset_gives_the_same_facts(baseline, tmp_path):
    with FaultServer() as server:
        fao = server.page(FAO).decode("utf-8")
        # The header says UTF-8, the bytes are cp1252 (and the meta still says utf-8).
        server.script(FAO, Reply(body=fao.encode("cp1252", errors="xmlcharrefreplace"),
                                 content_type="text/html; charset=UTF-8"))
        # Header and meta say latin-1, the bytes are UTF-8.
        latvia = server.page(LATVIA).replace(b'<meta charset="utf-8">', b'<meta charset="iso-8859-1">')
        server.script(LATVIA, Reply(body=latvia, content_type="text/html; charset=ISO-8859-1"))
        # No charset anywhere, UTF-8 bytes.
        citf = server.page(CITF).replace(b'<meta charset="utf-8">', b"")
        server.script(CITF, Reply(body=citf, content_type="text/html"))
        db, stats, _ = faulty_run(baseline, tmp_path, server, fresh_db=True)  # extracted afresh, not "unchanged"
    after = opportunity_facts(db)
    for path in (FAO, LATVIA, CITF):
        assert after[opp_id(path)] == baseline["facts"][opp_id(path)], path
    assert "é" in after[opp_id(FAO)]["title"] or "é" in after[opp_id(FAO)]["body"]


def test_truncated_pages_are_skipped_not_stored(baseline, tmp_path):
    with FaultServer() as server:
        server.script(FAO, Reply(body=truncated(server.page(FAO))))     # the page ends early
        server.script(UNESCO, Reply(send_bytes=3000))                   # the connection drops mid-body
        db, stats, _ = faulty_run(baseline, tmp_path, server)
    assert stats["pages/truncated"] == 1
    assert stats["retry/reason_count/scrapy.exceptions.ResponseDataLossError"] == 2
    assert stats["pages/failed"] == 1
    assert_intact(baseline, db)


# -- pages that went away, listings that went blank -----------------------------------

def test_404_and_410_withdraw_what_was_seen_before(baseline, tmp_path):
    with FaultServer() as server:
        server.script(FAO, Reply(404))
        server.script(UNESCO, Reply(410))
        server.script("/fr/actualites", Reply(body=server.page("/fr/actualites").replace(
            b'href="/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"', b'href="/fr/actualites/old-alias"')))
        db, stats, _ = faulty_run(baseline, tmp_path, server)
    assert stats["pages/gone/404"] >= 1 and stats["pages/gone/410"] == 1
    assert_intact(baseline, db, withdrawn={opp_id(FAO), opp_id(UNESCO)})
    with sqlite3.connect(db) as conn:
        changes = conn.execute("select opportunity_id from changes where change = 'withdrawn'").fetchall()
    assert sorted(c[0] for c in changes) == sorted([opp_id(FAO), opp_id(UNESCO)])


def test_listings_without_cards_withdraw_nothing_and_are_counted(baseline, tmp_path):
    with FaultServer() as server:
        for listing in LISTINGS:
            for path in (listing, f"{listing}?page=0", f"{listing}?page=1"):
                try:
                    server.script(path, Reply(body=without_cards(server.page(path))))
                except FileNotFoundError:
                    pass
        db, stats, _ = faulty_run(baseline, tmp_path, server)
    assert stats["listings/empty"] >= len(LISTINGS)  # and their pager pages
    assert stats.get("listings/cards", 0) == 0
    assert_intact(baseline, db)
    with sqlite3.connect(db) as conn:
        status = conn.execute("select status from crawl_runs order by id desc limit 1").fetchone()[0]
    assert status == "suspect"


# -- with the HTTP cache of the previous run -----------------------------------------

def test_cached_pages_survive_5xx(baseline, tmp_path):
    """A page in the cache that answers 5xx is read from the cache (not retried, not lost)."""
    cache = tmp_path / "cache"
    shutil.copytree(baseline["cache"], cache)
    with FaultServer(port=baseline["port"]) as server:  # same URLs as the cache
        server.script(FAO, Reply(503))
        server.script(UNESCO, Reply(500))
        db, stats, _ = faulty_run(baseline, tmp_path, server, cache=cache)
    assert stats["httpcache/stale_on_error"] == 2
    assert len(server.hits(FAO)) == 1 and len(server.hits(UNESCO)) == 1
    assert stats.get("pages/failed", 0) == 0
    assert_intact(baseline, db)
