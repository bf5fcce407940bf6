"""A student asks "what can I apply to?" in a real browser: landing → finder → results → opportunity → feed.

Serves the catalogue of the bundled snapshot (``snapshot_catalogue``, tests/conftest.py) with the site's
own ``datasette serve`` command line on a free loopback port, its prebuilt feeds built without a public
address (relative links), and drives Debian's headless Chromium through Playwright. Every request that is
not to the loopback server is refused by a route. Screenshots at 1366 and 390 px go to tests/artifacts/.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest

from opportunities.site import datasette_argv

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))
FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
FAO_TITLE = "Offre de stage au Bureau de liaison de la FAO à Bruxelles"
LATVIA_TITLE = "Bourses de l’État letton"
WIDTHS = {"1366": {"width": 1366, "height": 900}, "390": {"width": 390, "height": 844}}
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
def site(snapshot_catalogue, tmp_path_factory):
    feeds_dir = tmp_path_factory.mktemp("finder-feeds")
    env = {**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"}
    env.pop("OPPORTUNITIES_BASE_URL", None)
    built = subprocess.run([OPPORTUNITIES, "feeds", "--db", str(snapshot_catalogue), "--out", str(feeds_dir)],
                           capture_output=True, text=True, timeout=120, env=env)
    assert built.returncode == 0, built.stderr[-3000:]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(datasette_argv(snapshot_catalogue, port=port, feeds_dir=feeds_dir), env=env,
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


@pytest.fixture
def loopback_only(browser, site):
    """A browser context whose requests leave only for the loopback server; what else was asked is recorded."""
    context = browser.new_context(viewport=WIDTHS["1366"], locale="fr-BE")
    refused: list[str] = []

    def route(route):
        if urlsplit(route.request.url).netloc == urlsplit(site).netloc:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    yield context, refused
    context.close()


def links_answer(page, site: str) -> list[str]:
    """Every link of the page: the site's own must answer 200; the others are web addresses (not fetched)."""
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    own = sorted({h.split("#")[0] for h in hrefs if h.startswith(site)})
    for href in own:
        assert page.request.get(href).status == 200, href
    assert all(h.startswith(("https://", "http://", "mailto:")) for h in hrefs)
    return own


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for label, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(WIDTHS["1366"])


def test_master_student_finds_follows_and_subscribes(site, loopback_only):
    context, refused = loopback_only
    page = context.new_page()
    page.set_default_timeout(15_000)

    page.goto(site + "/")
    links_answer(page, site)
    page.click("a.finder-link")
    page.wait_for_url("**/finder")
    screenshot(page, "finder")

    # master student, 24 years old, FWB, looking for internships
    page.select_option("#finder-level", "master")
    page.fill("#finder-age", "24")
    page.select_option("#finder-fwb", "1")
    page.select_option("#finder-kind", "internship")
    page.click("form.finder-form button[type=submit]")
    page.wait_for_url("**/finder?*kind=internship*")
    assert page.locator("#finder-level").input_value() == "master"  # the form keeps the search
    cards = page.locator("ol.cards li.card")
    assert cards.count() == 1  # the closed internships are not offered
    fao = cards.filter(has_text=FAO_TITLE)
    text = fao.inner_text()
    assert "14/03/2025 à 23:59" in text and "plus que 17 jours" in text
    assert "1 200 €/mois" in text
    reasons = fao.locator("ul.reasons li")
    assert "Ouvert au niveau master" in reasons.nth(0).inner_text()
    assert "Réservé aux étudiant·es et diplômé·es de la Fédération Wallonie-Bruxelles" in fao.inner_text()
    assert "Âge : non précisé par la page" in fao.inner_text()
    assert "« Être inscrit(e) dans un établissement d'enseignement supérieur de la Fédération Wallonie-Bruxelles" \
        in reasons.nth(0).locator("blockquote.evidence").first.inner_text()
    screenshot(page, "results")
    results_url = page.url
    feed_links = {a.inner_text(): a.get_attribute("href")
                  for a in page.locator("p.subscribe a.feed-link").all()}
    results_links = links_answer(page, site)
    assert any("/finder.ics?" in link for link in results_links)

    fao.locator("h3 a").click()
    page.wait_for_selector("article.announcement")
    assert page.url == f"{site}/catalogue/opportunities/{FAO_ID}"
    assert "14/03/2025 à 23:59" in page.inner_text("section.deadline")
    assert "1 200 €/mois" in page.inner_text("section.stipend")
    links_answer(page, site)

    # subscribe: the search's feed, as a feed reader would fetch it
    page.go_back()
    page.wait_for_url(results_url)
    rss = page.request.get(site + feed_links["RSS"])
    assert rss.status == 200 and rss.headers["content-type"].startswith("application/rss+xml")
    feed = feedparser.parse(rss.body())
    assert [e.title for e in feed.entries] == [f"Stage : {FAO_TITLE}"]
    assert "127.0.0.1" not in rss.text()
    calendar = page.request.get(site + feed_links["calendrier des dates limites (iCal)"])
    assert b"DTSTART;TZID=Europe/Brussels:20250314T235900" in calendar.body()

    # the Latvian scholarships, for a master, at the master's 600 €/mois
    page.goto(site + "/finder")
    page.select_option("#finder-level", "master")
    page.fill("#finder-min_stipend", "600")
    page.click("form.finder-form button[type=submit]")
    page.wait_for_url("**/finder?*min_stipend=600*")
    latvia = page.locator("ol.cards li.card").filter(has_text=LATVIA_TITLE)
    assert "600 €/mois pour le niveau master" in latvia.inner_text()
    assert "« étudiants en master : 600€/mois »" in latvia.inner_text()

    # bad input: a message beside the field, and no answer to another question
    page.fill("#finder-min_stipend", "abc")
    page.fill("#finder-deadline_before", "31/02/2025")
    page.click("form.finder-form button[type=submit]")
    page.wait_for_selector(".form-errors[role=alert]")
    assert "Montant non compris : « abc »" in page.inner_text(".form-errors")
    assert "Date non comprise : « 31/02/2025 »" in page.inner_text("#error-deadline_before")
    assert page.locator("#finder-min_stipend").get_attribute("aria-invalid") == "true"
    assert page.locator("ol.cards li.card").count() == 0
    screenshot(page, "finder-bad-input")

    assert refused == [], f"requests that would have left the machine: {refused}"
    page.close()
