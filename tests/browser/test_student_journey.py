"""A student's journey in a real browser, in French, Dutch and English: landing page → search → opportunity page.

Copies the catalogue of the bundled snapshot (``snapshot_catalogue``, tests/conftest.py), builds its feeds with the CLI, serves
it with the site's own ``datasette serve`` command line (``opportunities.site``)
on a free loopback port, and drives Debian's headless Chromium with Playwright
(``executable_path``: Playwright's own browser download is not used). Every
request that is not to the loopback server is refused. Each page is checked
with axe-core (axe-playwright-python: no serious or critical violation) and at
phone width; screenshots at 1366 and 390 px go to tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import ARTIFACTS, NO_CHROMIUM, served_site
from tests.conftest import copy_catalogue

FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))

pytestmark = [
    pytest.mark.slow,  # a browser against a Datasette process
    NO_CHROMIUM,
]


def run_cli(*args: str) -> None:
    env = {**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"}
    result = subprocess.run([OPPORTUNITIES, *args], capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def site(snapshot_catalogue, tmp_path_factory):
    work = tmp_path_factory.mktemp("browser")
    db_path, feeds_dir = copy_catalogue(snapshot_catalogue, work / "catalogue.db"), work / "feeds"
    # What an adversarial page got stored before page objects checked addresses (issue 12, finding 1).
    db = sqlite3.connect(db_path)
    db.execute("insert into translations (url, opportunity_id, language) values (?, ?, 'en')",
               ["javascript://%0aalert(document.domain)", FAO_ID])
    db.commit()
    db.close()
    with served_site(db_path, feeds_dir,
                     before_start=lambda base: run_cli("feeds", "--db", str(db_path), "--out", str(feeds_dir),
                                                       "--site-url", base)) as base:
        yield base


#: What the student sees in each language: the search words they type, the FAO internship's deadline and stipend.
JOURNEYS = {
    "fr": {"locale": "fr-BE", "query": "stage FAO", "search_label": "Chercher une opportunité",
           "deadline": "vendredi 14/03/2025 à 23:59", "days": "jours", "stipend": "1 200 €/mois",
           "badge": ("Ouvert", "Clôture bientôt"), "title": "Offre de stage au Bureau de liaison de la FAO à Bruxelles"},
    "nl": {"locale": "nl-BE", "query": "stage Brussel", "search_label": "Een kans zoeken",
           "deadline": "vrijdag 14/03/2025 om 23:59", "days": "dagen", "stipend": "1.200 €/maand",
           "badge": ("Open", "Sluit binnenkort"), "title": "Offre de stage au Bureau de liaison de la FAO à Bruxelles"},
    "en": {"locale": "en-GB", "query": "internship FAO", "search_label": "Search for an opportunity",
           "deadline": "Friday 14/03/2025 at 23:59", "days": "days left", "stipend": "1,200 €/month",
           "badge": ("Open", "Closing soon"), "title": "Internship at the FAO Liaison Office in Brussels"},
}
SCREEN_WIDTHS = (1366, 390)


def loopback_only(context, refused: list) -> None:
    """Every request that is not to the loopback server is refused, and remembered."""
    def route(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            return route.continue_()
        refused.append(route.request.url)
        return route.abort()

    context.route("**/*", route)


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page, as "rule: where" lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {[node['target'] for node in v['nodes']][:3]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def relative_luminance(css_colour: str) -> float:
    """WCAG relative luminance of an ``rgb(r, g, b)`` colour as the browser computes it."""
    channels = [int(value) / 255 for value in re.findall(r"\d+", css_colour)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def check_keyboard(page) -> None:
    """The first Tab shows the skip link, Enter moves to <main>; a focused link has a ring of 3:1 or more."""
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = page.locator("a.skip-link").bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0  # on screen, not parked off it
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")  # the first link of the content
    ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }""")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    background = background if "rgb(" in background else "rgb(255, 255, 255)"
    assert ring[0] != "none" and ring[1] >= 2 and contrast(ring[2], background) >= 3, ring


def check_page(page, name: str, language: str, links: set) -> None:
    """The page is in ``language``, passes axe, fits a phone; its links are collected; screenshots at both widths."""
    assert page.get_attribute("html", "lang") == language
    assert page.locator("main#main").count() == 1 and page.locator("a.skip-link[href='#main']").count() == 1
    assert serious_violations(page) == [], name
    links.update(page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"))
    for width in SCREEN_WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width < 600:
            # Nothing but the timeline picture (which scrolls in its own box) is wider than a phone.
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} at {width} px"
        page.screenshot(path=str(ARTIFACTS / f"{name}-{language}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": SCREEN_WIDTHS[0], "height": 900})


@pytest.mark.parametrize("language", list(JOURNEYS))
def test_landing_search_and_opportunity_page(site, browser, language):
    journey = JOURNEYS[language]
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": SCREEN_WIDTHS[0], "height": 900}, locale=journey["locale"])
    refused: list[str] = []
    loopback_only(context, refused)
    page = context.new_page()
    page.set_default_timeout(15_000)
    # Chromium reports every script or link the Content-Security-Policy blocks on the console.
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text
            else None)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    links: set[str] = set()

    page.goto(site + "/")  # the browser's language (Accept-Language) chooses the page's
    page.wait_for_load_state("load")
    # the feeds offered are the ones in the page's language
    feeds = "/feeds/" if language == "fr" else f"/feeds/{language}/"
    assert page.locator(f'link[rel="alternate"][href="{feeds}deadlines.rss"]').count() == 1
    assert page.locator("label[for=search-opportunities]").inner_text() == journey["search_label"]
    landing = page.inner_text("main")
    assert journey["deadline"].split(" ", 1)[1] in landing  # "14/03/2025 à 23:59" in the next deadlines
    check_keyboard(page)
    check_page(page, "01-landing", language, links)

    page.fill("#search-opportunities", journey["query"])
    page.press("#search-opportunities", "Enter")
    page.wait_for_url("**/catalogue/search?q=*")
    results = page.locator("ol.search-results a.result-title")
    assert results.count() >= 1
    assert journey["title"] in results.all_inner_texts()
    assert journey["stipend"] in page.inner_text("ol.search-results")
    check_page(page, "02-search", language, links)

    results.filter(has_text=journey["title"]).first.click()
    page.wait_for_selector("article.announcement")
    assert f"/catalogue/opportunities/{FAO_ID}" in page.url
    deadline, stipend = page.inner_text("section.deadline"), page.inner_text("section.stipend")
    assert journey["deadline"] in deadline
    assert journey["days"] in deadline  # days left, counted from the catalogue date
    assert journey["stipend"] in stipend
    assert page.locator(".badge[data-status]").first.inner_text() in journey["badge"]
    assert page.locator("h1").inner_text() == journey["title"]
    assert page.locator("a.source-link").get_attribute("href").startswith("https://www.wbi.be/")
    check_page(page, "03-opportunity", language, links)

    # The language switch keeps the page.
    other = next(code for code in JOURNEYS if code != language)
    page.click(f"nav.language-switch a[hreflang={other}]")
    page.wait_for_selector("article.announcement")
    assert f"/catalogue/opportunities/{FAO_ID}" in page.url and page.get_attribute("html", "lang") == other
    assert JOURNEYS[other]["deadline"] in page.inner_text("section.deadline")

    # Every link answers: the site's with 200, the others are web or mail addresses (never fetched here).
    # The stored javascript: alternate of the FAO page is no link.
    own = sorted(link for link in links if urlsplit(link).hostname == "127.0.0.1")
    assert all(link.startswith(("http://", "https://", "mailto:")) for link in links)
    for link in own:
        assert page.request.get(link).status == 200, link

    # Datasette's own scripts run (their hashes are in the CSP): the table page's column menus, the SQL editor.
    page.goto(site + "/catalogue/opportunities?_dev=1")  # Datasette's own table page, not the students' cards
    page.goto(site + "/catalogue?sql=select+1")
    page.wait_for_load_state("load")
    assert page.locator(".CodeMirror").count() == 1
    assert dialogs == [] and blocked == [] and refused == []
    context.close()


def test_lists_the_landing_links_to_pass_axe(site, browser):
    # The lists behind "Trouver une opportunité" are Datasette's table and query pages: labelled filters too;
    # the accuracy page and an error page as well.
    context = browser.new_context(locale="fr-BE")
    refused: list[str] = []
    loopback_only(context, refused)
    page = context.new_page()
    page.goto(site + "/")
    lists = page.eval_on_selector_all("ul.questions a[href]", "links => links.map(a => a.href)")
    assert len(lists) >= 8
    for link in [*lists, site + "/catalogue", site + "/catalogue?sql=select+1", site + "/accuracy",
                 site + "/catalogue/no-such-table"]:
        page.goto(link)
        page.wait_for_load_state("load")
        assert serious_violations(page) == [], link
    assert refused == []
    context.close()


def test_timeline_and_feeds_are_served(site, browser):
    context = browser.new_context()
    refused: list[str] = []
    loopback_only(context, refused)
    page = context.new_page()
    response = page.goto(site + "/feeds/timeline.svg")
    assert response.status == 200 and "svg" in response.headers["content-type"]
    assert "Offre de stage au Bureau de liaison de la FAO" in page.content()
    # A browser downloads RSS instead of showing it: fetch it as a feed reader would.
    response = page.request.get(site + "/feeds/deadlines.rss")
    assert response.status == 200 and b"<rss" in response.body()
    assert refused == []
    context.close()
