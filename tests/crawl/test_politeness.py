"""Politeness towards the live sites (SOURCES.md, "Our policy").

The live defaults are checked as settings (a live-paced crawl would take
minutes); the behaviour is checked on loopback with the pace scaled down
(``OPPORTUNITIES_WBI_DELAY=0.3``) and the server's request log.
"""
from __future__ import annotations

import importlib
import os
import pty
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

import scrapers.settings
from opportunities.snapshot import EJUSTICE_HOST, SNAPSHOT_DIR
from scrapers.extensions import ProgressDisplay, progress_line
from scrapers.middlewares import SiteSlotMiddleware, retry_after_seconds
from tests.crawl.faultserver import FaultServer, Reply, crawl_cli, last_run_stats

CONTACT_URL = scrapers.settings.CONTACT_URL
FAO = "/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
UNESCO = "/fr/actualites/offres-stage-unesco-paris"
LATVIA = "/fr/actualites/bourses-etat-letton-etudes-recherche-cours-dete"  # on the small site
ACT = "/eli/arrete/2016/12/09/2016036668/justel"
PROGRESS = re.compile(r"^\[wbi\] \d+:\d\d:\d\d +\d+ pages +\d+ items +\d+ errors .* pages/s", re.M)


def small_site(server: FaultServer) -> None:
    """One listing of five cards and one programme page: about a dozen requests."""
    for listing in ("/fr/bourses", "/en/bourses", "/fr/actualites", "/en/taxonomy/term/843"):
        server.script(listing, Reply(404))


def start_gaps(hits) -> list[float]:
    return [later.started - earlier.started for earlier, later in zip(hits, hits[1:])]


# -- the live defaults -----------------------------------------------------------

@pytest.fixture
def live_settings(monkeypatch):
    for name in list(os.environ):
        if name.startswith("OPPORTUNITIES_"):
            monkeypatch.delenv(name)
    importlib.reload(scrapers.settings)
    from opportunities.crawl import crawl_settings
    from scrapers.spiders.ejustice import EjusticeSpider
    from scrapers.spiders.wbi import WbiSpider

    per_spider = {}
    for spider in (WbiSpider, EjusticeSpider):
        settings = crawl_settings()
        spider.update_settings(settings)
        per_spider[spider.name] = settings
    yield per_spider
    monkeypatch.undo()
    importlib.reload(scrapers.settings)


def test_user_agent_names_the_project_and_a_contact_url(live_settings):
    user_agent = live_settings["wbi"]["USER_AGENT"]
    assert user_agent.startswith("opportunities-catalogue/")
    assert CONTACT_URL in user_agent and CONTACT_URL.startswith("https://")


def test_live_wbi_pace_is_at_least_6_s_and_at_most_10_a_minute(live_settings):
    wbi = live_settings["wbi"]
    assert wbi.getbool("ROBOTSTXT_OBEY")
    assert wbi.getfloat("DOWNLOAD_DELAY") >= 6
    assert 60 / wbi.getfloat("DOWNLOAD_DELAY") <= 10
    assert wbi.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert wbi.getfloat("DOWNLOAD_DELAY_JITTER") == 0, "a jittered 6 s delay can fall under 6 s"
    # AutoThrottle only slows down: its floor is DOWNLOAD_DELAY, its start no lower.
    assert wbi.getbool("AUTOTHROTTLE_ENABLED") and wbi.getfloat("AUTOTHROTTLE_START_DELAY") >= 6
    assert live_settings["ejustice"].getfloat("DOWNLOAD_DELAY") >= 10


def test_live_fault_limits(live_settings):
    wbi = live_settings["wbi"]
    assert wbi.getfloat("DOWNLOAD_TIMEOUT") == 30
    assert wbi.getint("DOWNLOAD_MAXSIZE") == 5 * 1024 * 1024
    assert 0 < wbi.getint("REDIRECT_MAX_TIMES") <= 5
    assert {429, 503} <= set(wbi.getlist("RETRY_HTTP_CODES"))
    assert wbi.getfloat("OPPORTUNITIES_RETRY_BACKOFF_BASE") > 0
    assert wbi.getfloat("OPPORTUNITIES_RETRY_AFTER_MAX") == 120
    assert wbi.getfloat("OPPORTUNITIES_CRAWL_DELAY_MAX") == 60
    middlewares = wbi.getdict("DOWNLOADER_MIDDLEWARES")
    for name in ("AllowlistRobotsTxtMiddleware", "SiteSlotMiddleware", "PoliteRetryMiddleware",
                 "SiteRedirectMiddleware"):
        assert middlewares.get(f"scrapers.middlewares.{name}"), name
    assert middlewares["scrapy.downloadermiddlewares.redirect.RedirectMiddleware"] is None
    assert "scrapers.extensions.CrawlDelay" in wbi.getdict("EXTENSIONS")


def test_both_hosts_of_a_site_share_one_download_slot():
    middleware = SiteSlotMiddleware()
    slots = set()
    for url in ("https://www.wbi.be/fr/bourses", "https://wbi.be/fr/node/1", "http://WWW.wbi.be/en"):
        request = Request(url)
        middleware.process_request(request)
        slots.add(request.meta["download_slot"])
    assert slots == {"wbi.be"}


@pytest.mark.parametrize("value, expected", [
    ("120", 120.0), (b"1", 1.0), (" 0 ", 0.0), ("soon", None), ("", None), (None, None),
])
def test_retry_after_in_seconds(value, expected):
    assert retry_after_seconds(value) == expected


def test_retry_after_as_an_http_date():
    now = datetime(2025, 2, 25, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=90), usegmt=True), now=now) == 90
    assert retry_after_seconds(format_datetime(now - timedelta(hours=1), usegmt=True), now=now) == 0


# -- paced crawl on loopback -------------------------------------------------------

@pytest.fixture(scope="module")
def paced_run(tmp_path_factory):
    """A crawl without --fast, the WBI delay scaled down to 0.3 s, stderr on a terminal."""
    work = tmp_path_factory.mktemp("paced")
    with FaultServer() as server:
        small_site(server)
        server.delay_all = 0.05  # each answer takes a while, so overlapping requests would show
        primary, secondary = pty.openpty()
        try:
            run = crawl_cli(server.url, work / "catalogue.db", work / "cache", fast=False, stderr=secondary,
                            env={"OPPORTUNITIES_WBI_DELAY": "0.3", "OPPORTUNITIES_PROGRESS_INTERVAL": "0.5"})
        finally:
            os.close(secondary)
        terminal = _read_all(primary)
    assert run.returncode == 0, terminal[-3000:]
    return {"server": server, "run": run, "terminal": terminal, "db": work / "catalogue.db"}


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed and everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_requests_are_spaced_by_the_delay(paced_run):
    """Scrapy times the delay from when it sent the previous request; the server sees arrivals, each late by
    the machine's scheduling jitter. So one gap may read a little short of 0.3 s on a busy machine, but the
    whole run cannot: it spans at least the delays, and no two requests come together (an unpaced crawl
    sends them milliseconds apart)."""
    hits = paced_run["server"].hits()
    assert len(hits) >= 10
    gaps = start_gaps(hits)
    assert hits[-1].started - hits[0].started >= 0.3 * len(gaps) - 0.05, gaps
    assert min(gaps) >= 0.3 / 2, gaps


@pytest.mark.slow
def test_one_request_at_a_time(paced_run):
    assert paced_run["server"].max_in_flight == 1


@pytest.mark.slow
def test_every_request_carries_the_user_agent(paced_run):
    assert all(CONTACT_URL in hit.headers.get("User-Agent", "") for hit in paced_run["server"].hits())


@pytest.mark.slow
def test_progress_is_shown_on_a_terminal(paced_run):
    assert PROGRESS.search(paced_run["terminal"]), paced_run["terminal"][-2000:]


def test_progress_is_off_when_not_a_terminal():
    crawler = get_crawler(settings_dict={"OPPORTUNITIES_PROGRESS_INTERVAL": 1})
    with open(os.devnull, "w") as not_a_terminal, pytest.raises(NotConfigured):
        ProgressDisplay(crawler, stream=not_a_terminal)


def test_progress_line():
    stats = {"response_received_count": 120, "items/stored": 57, "log_count/ERROR": 2, "transfer/bytes": 3_100_000}
    assert progress_line("wbi", stats, 130.0) == "[wbi] 0:02:10  120 pages  57 items  2 errors  3.1 MB  0.9 pages/s"


# -- robots.txt ---------------------------------------------------------------------

@pytest.mark.slow
def test_robots_txt_disallow_is_obeyed_on_wbi(tmp_path):
    with FaultServer() as server:
        server.script("/robots.txt", Reply(body=f"User-agent: *\nDisallow: {FAO}\n".encode(),
                                           content_type="text/plain"))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache")
    assert run.returncode == 0, run.stderr[-3000:]
    assert FAO not in server.paths()
    assert UNESCO in server.paths(), "the rest of the site is crawled"
    stats = last_run_stats(tmp_path / "catalogue.db")
    assert stats["robotstxt/refused"] >= 1
    assert f"Disallow: {FAO}" in run.stderr


@pytest.mark.slow
def test_requests_waiting_for_robots_txt_are_checked_too(tmp_path):
    """Every start request arrives while robots.txt is still downloading; none may slip through."""
    with FaultServer() as server:
        server.script("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /fr/\n", content_type="text/plain",
                                           delay=0.5))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache")
    assert run.returncode == 0, run.stderr[-3000:]
    assert not [path for path in server.paths() if path.startswith("/fr/")]
    assert "/en/bourses" in server.paths()
    assert last_run_stats(tmp_path / "catalogue.db")["robotstxt/refused"] >= 5


@pytest.mark.slow
def test_unreachable_robots_txt_means_nothing_is_fetched(tmp_path):
    """RFC 9309: a robots.txt answering 5xx disallows the whole site for the run."""
    with FaultServer() as server:
        server.script("/robots.txt", Reply(503))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache",
                        env={"OPPORTUNITIES_RETRY_TIMES": "0"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert set(server.paths()) == {"/robots.txt"}
    assert "suspect" in run.stdout
    assert last_run_stats(tmp_path / "catalogue.db")["robotstxt/unreachable"] == 1


@pytest.mark.slow
def test_robots_txt_crawl_delay_is_honoured(tmp_path):
    with FaultServer() as server:
        small_site(server)
        server.script("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 0.25\n", content_type="text/plain"))
        # --fast: no delay of ours, so the spacing is the robots.txt's; stderr is a pipe.
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache",
                        env={"OPPORTUNITIES_PROGRESS_INTERVAL": "0.2"})
    assert run.returncode == 0, run.stderr[-3000:]
    hits = server.hits()[1:]  # after robots.txt
    assert len(hits) >= 8
    # The server's thread stamps each hit; on a loaded machine it may stamp one late, which shortens the next
    # gap by as much (without the delay the gaps are milliseconds, so the bound still tells them apart).
    assert min(start_gaps(hits)) >= 0.25 - 0.05, start_gaps(hits)
    assert last_run_stats(tmp_path / "catalogue.db")["robotstxt/crawl_delay/127.0.0.1"] == 0.25
    assert not PROGRESS.search(run.stderr), "progress lines in a log that is not a terminal"


@pytest.mark.slow
def test_ejustice_disallowed_act_is_refused_unless_allowlisted(tmp_path):
    with FaultServer(SNAPSHOT_DIR / EJUSTICE_HOST, host_name=EJUSTICE_HOST) as server:
        refused = crawl_cli(server.url, tmp_path / "refused.db", tmp_path / "cache", source="ejustice")
        assert not any(path.startswith("/eli/") for path in server.paths())
        allowed = crawl_cli(server.url, tmp_path / "allowed.db", tmp_path / "cache", source="ejustice",
                            extra=("--allow", server.url + ACT))
        assert ACT in server.paths()
    assert refused.returncode == 0 and allowed.returncode == 0, refused.stderr[-2000:] + allowed.stderr[-2000:]
    assert f"Refused {server.url}{ACT}: robots.txt" in refused.stderr
    assert "Disallow: /eli/" in refused.stderr and "OPPORTUNITIES_ROBOTS_ALLOWLIST" in refused.stderr
    assert last_run_stats(tmp_path / "refused.db", "ejustice")["robotstxt/refused"] >= 1
    stats = last_run_stats(tmp_path / "allowed.db", "ejustice")
    assert stats["robotstxt/allowlisted"] == 1 and stats["items/stored"] == 1


# -- Retry-After --------------------------------------------------------------------

@pytest.mark.slow
def test_retry_after_pauses_the_site(tmp_path):
    """One request at a time (the live policy, without the delay), so the test holds on a busy machine.

    Scrapy reads Retry-After (response_downloaded) before its download slot
    hands out the next request; with one request in flight at a time, every
    request the server sees after the 503 was sent after the pause began, so
    none may arrive within the second the site asked for, however slowly the
    crawler runs. (With several in flight, requests sent before the crawler
    read the 503 land during the pause, later the busier the machine.)
    """
    with FaultServer() as server:
        server.script(FAO, Reply(503, headers={"Retry-After": "1"}), Reply())
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache", fast=False,
                        env={"OPPORTUNITIES_WBI_DELAY": "0", "OPPORTUNITIES_EJUSTICE_DELAY": "0"})
    assert run.returncode == 0, run.stderr[-3000:]
    refused, retried = server.hits(FAO)
    assert refused.status == 503 and retried.status == 200
    assert retried.started - refused.ended >= 1.0
    meanwhile = [h.path for h in server.hits() if refused.ended < h.started < refused.ended + 1.0]
    assert meanwhile == []
    assert last_run_stats(tmp_path / "catalogue.db")["retry/retry_after"] == 1


@pytest.mark.slow
def test_retry_after_beyond_the_cap_gives_the_page_up(tmp_path):
    with FaultServer() as server:
        small_site(server)
        server.script(LATVIA, Reply(503, headers={"Retry-After": "3600"}))
        run = crawl_cli(server.url, tmp_path / "catalogue.db", tmp_path / "cache",
                        env={"OPPORTUNITIES_RETRY_AFTER_MAX": "0.5"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert len(server.hits(LATVIA)) == 1
    stats = last_run_stats(tmp_path / "catalogue.db")
    assert stats["retry/retry_after_too_long"] == 1 and stats["pages/failed"] == 1
    assert "more than OPPORTUNITIES_RETRY_AFTER_MAX" in run.stderr
