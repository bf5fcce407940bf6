"""A student's journey in a real browser: landing page → search → opportunity page.

Builds a catalogue from the bundled snapshot and its feeds with the CLI, serves
it with the site's own ``datasette serve`` command line (``opportunities.site``)
on a free loopback port, and drives Debian's headless Chromium with Playwright
(``executable_path``: Playwright's own browser download is not used).
Screenshots go to tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from opportunities.site import datasette_argv

CHROMIUM = Path("/usr/bin/chromium")
FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]

pytestmark = [
    pytest.mark.slow,  # a browser against a Datasette process
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


def free_port(count: int = 1) -> int:
    """A port P with P … P+count-1 free on loopback."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        held = []
        try:
            for offset in range(count):
                s = socket.socket()
                held.append(s)
                s.bind(("127.0.0.1", port + offset))
            return port
        except OSError:
            continue
        finally:
            for s in held:
                s.close()
    raise RuntimeError("no free ports on loopback")


def run_cli(*args: str) -> None:
    env = {**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"}
    result = subprocess.run([OPPORTUNITIES, *args], capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode == 0, result.stderr[-3000:]


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited: {process.stderr.read()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"datasette did not answer on {url}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser")
    db_path, feeds_dir = work / "catalogue.db", work / "feeds"
    run_cli("crawl", "--snapshot", "--snapshot-port", str(free_port(2)), "--db", str(db_path),
            "--cache-dir", str(work / "cache"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # What an adversarial page got stored before page objects checked addresses (issue 12, finding 1).
    db = sqlite3.connect(db_path)
    db.execute("insert into translations (url, opportunity_id, language) values (?, ?, 'en')",
               ["javascript://%0aalert(document.domain)", FAO_ID])
    db.commit()
    db.close()
    run_cli("feeds", "--db", str(db_path), "--out", str(feeds_dir), "--site-url", base)
    process = subprocess.Popen(datasette_argv(db_path, port=port, feeds_dir=feeds_dir),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_serving(base + "/", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def test_landing_search_and_opportunity_page(site, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="fr-BE")
    page.set_default_timeout(15_000)
    # Chromium reports every script or link the Content-Security-Policy blocks on the console.
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text
            else None)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(site + "/")
    assert "Opportunités étudiantes" in page.title()
    assert page.locator('link[rel="alternate"][href="/feeds/deadlines.rss"]').count() == 1
    page.wait_for_load_state("load")
    page.screenshot(path=str(ARTIFACTS / "01-landing.png"), full_page=True)

    page.fill("#search-opportunities", "FAO")
    page.press("#search-opportunities", "Enter")
    page.wait_for_url("**/catalogue/search?q=FAO")
    results = page.locator("ol.search-results a.result-title")
    assert results.count() >= 1
    page.screenshot(path=str(ARTIFACTS / "02-search-fao.png"), full_page=True)

    results.filter(has_text="FAO").first.click()
    page.wait_for_selector("article.announcement")
    assert "/catalogue/opportunities/wbi-offre-stage-bureau-liaison-fao-bruxelles" in page.url
    deadline = page.inner_text("section.deadline")
    stipend = page.inner_text("section.stipend")
    assert "14/03/2025 à 23:59" in deadline
    assert "jours" in deadline  # days left, counted from the catalogue date
    assert "1 200 €/mois" in stipend
    assert page.locator(".badge[data-status]").first.inner_text() in ("Ouvert", "Clôture bientôt")
    source = page.locator("a.source-link").get_attribute("href")
    assert source.startswith("https://www.wbi.be/")
    page.screenshot(path=str(ARTIFACTS / "03-opportunity-fao.png"), full_page=True)
    # The stored javascript: alternate is no link; every link of the page is a web address or the site's.
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    assert hrefs and all(href.startswith(("http://", "https://", "mailto:")) for href in hrefs)
    for link in page.locator("section.source a[hreflang]").all():
        link.click(modifiers=["Control"])  # a new tab: the page stays
    # Datasette's own scripts run (their hashes are in the CSP): the table page's column menus, the SQL editor.
    page.goto(site + "/catalogue/opportunities")
    page.goto(site + "/catalogue?sql=select+1")
    page.wait_for_load_state("load")
    assert page.locator(".CodeMirror").count() == 1
    assert dialogs == [] and blocked == []
    page.close()


def test_timeline_and_feeds_are_served(site, browser):
    page = browser.new_page()
    response = page.goto(site + "/feeds/timeline.svg")
    assert response.status == 200 and "svg" in response.headers["content-type"]
    assert "Offre de stage au Bureau de liaison de la FAO" in page.content()
    # A browser downloads RSS instead of showing it: fetch it as a feed reader would.
    response = page.request.get(site + "/feeds/deadlines.rss")
    assert response.status == 200 and b"<rss" in response.body()
    page.close()
