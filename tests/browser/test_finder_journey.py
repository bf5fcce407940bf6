"""A student asks "what can I apply to?" in a real browser: landing → finder → results → opportunity → feed.

Serves the catalogue of the bundled snapshot (``snapshot_catalogue``, tests/conftest.py) with the site's
own ``datasette serve`` command line on a free loopback port, its prebuilt feeds built without a public
address (relative links), and drives Debian's headless Chromium through Playwright. Every request that is
not to the loopback server is refused by a route. The walk runs in French, Dutch and English (the
browser's language), with axe-core on the finder and results pages; screenshots at 1366 and 390 px go to
tests/artifacts/.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest

from tests.browser.conftest import ARTIFACTS, NO_CHROMIUM, served_site

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))
FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
FAO_TITLE = "Offre de stage au Bureau de liaison de la FAO à Bruxelles"
LATVIA_TITLE = "Bourses de l’État letton"
WIDTHS = {"1366": {"width": 1366, "height": 900}, "390": {"width": 390, "height": 844}}

pytestmark = [
    pytest.mark.slow,  # a browser against a Datasette process
    NO_CHROMIUM,
]


@pytest.fixture(scope="module")
def site(snapshot_catalogue, tmp_path_factory):
    feeds_dir = tmp_path_factory.mktemp("finder-feeds")
    env = {**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"}
    env.pop("OPPORTUNITIES_BASE_URL", None)
    built = subprocess.run([OPPORTUNITIES, "feeds", "--db", str(snapshot_catalogue), "--out", str(feeds_dir)],
                           capture_output=True, text=True, timeout=120, env=env)
    assert built.returncode == 0, built.stderr[-3000:]
    with served_site(snapshot_catalogue, feeds_dir, env=env) as base:
        yield base


def loopback_only(browser, site, locale: str):
    """A browser context in ``locale`` whose requests leave only for the loopback server; what else was asked is recorded."""
    context = browser.new_context(viewport=WIDTHS["1366"], locale=locale)
    refused: list[str] = []

    def route(route):
        if urlsplit(route.request.url).netloc == urlsplit(site).netloc:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    return context, refused


def links_answer(page, site: str) -> list[str]:
    """Every link of the page: the site's own must answer 200; the others are web addresses (not fetched)."""
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    own = sorted({h.split("#")[0] for h in hrefs if h.startswith(site)})
    for href in own:
        assert page.request.get(href).status == 200, href
    assert all(h.startswith(("https://", "http://", "mailto:")) for h in hrefs)
    # The language switch's links (?lang=) set the language cookie: the reader has not followed them.
    page.context.clear_cookies()
    return own


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page, as "rule: where" lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {[node['target'] for node in v['nodes']][:3]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def check_page(page, name: str, language: str) -> None:
    """The page is in ``language``, has one <main> and a skip link, passes axe; screenshots at 1366 and 390 px."""
    assert page.get_attribute("html", "lang") == language, name
    assert page.locator("main#main").count() == 1 and page.locator("a.skip-link[href='#main']").count() == 1, name
    assert serious_violations(page) == [], name
    screenshot(page, f"{name}-{language}")


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for label, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(WIDTHS["1366"])


#: What the student sees in each language (the browser's Accept-Language chooses the site's).
JOURNEYS = {
    "fr": {"locale": "fr-BE", "deadline": "14/03/2025 à 23:59", "days": "plus que 17 jours", "stipend": "1 200 €/mois",
           "level": "Ouvert au niveau master",
           "fwb": "Réservé aux étudiant·es et diplômé·es de la Fédération Wallonie-Bruxelles",
           "age": "Âge : non précisé par la page", "latvia": "600 €/mois pour le niveau master",
           "bad_amount": "Montant non compris : « abc »", "bad_date": "Date non comprise : « 31/02/2025 »",
           "title": FAO_TITLE, "feed_item": f"Stage : {FAO_TITLE}", "feed_lang": ""},
    "nl": {"locale": "nl-BE", "deadline": "14/03/2025 om 23:59", "days": "nog 17 dagen", "stipend": "1.200 €/maand",
           "level": "Open voor het niveau master",
           "fwb": "Voorbehouden aan studenten en afgestudeerden van de Federatie Wallonië-Brussel",
           "age": "Leeftijd: niet vermeld op de pagina", "latvia": "600 €/maand voor het niveau master",
           "bad_amount": "Bedrag niet begrepen: „abc”", "bad_date": "Datum niet begrepen: „31/02/2025”",
           "title": FAO_TITLE, "feed_item": f"Stage: {FAO_TITLE}", "feed_lang": "&lang=nl"},
    "en": {"locale": "en-GB", "deadline": "14/03/2025 at 23:59", "days": "17 days left", "stipend": "1,200 €/month",
           "level": "Open to the level master",
           "fwb": "Reserved for students and graduates of the Wallonia-Brussels Federation",
           "age": "Age: not stated by the page", "latvia": "600 €/month for the level master",
           "bad_amount": "Amount not understood: “abc”", "bad_date": "Date not understood: “31/02/2025”",
           "title": "Internship at the FAO Liaison Office in Brussels",
           "feed_item": "Internship: Internship at the FAO Liaison Office in Brussels", "feed_lang": "&lang=en"},
}


@pytest.mark.parametrize("language", list(JOURNEYS))
def test_master_student_finds_follows_and_subscribes(site, browser, language):
    journey = JOURNEYS[language]
    context, refused = loopback_only(browser, site, journey["locale"])
    page = context.new_page()
    page.set_default_timeout(15_000)

    page.goto(site + "/")
    assert page.get_attribute("html", "lang") == language
    links_answer(page, site)
    page.click("a.finder-link")
    page.wait_for_url("**/finder")
    check_page(page, "finder", language)

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
    fao = cards.filter(has_text="FAO")
    text = fao.inner_text()
    assert journey["deadline"] in text and journey["days"] in text
    assert journey["stipend"] in text
    reasons = fao.locator("ul.reasons li")
    assert journey["level"] in reasons.nth(0).inner_text()
    assert journey["fwb"] in text
    assert journey["age"] in text
    # The page's sentence, quoted as written (in French), is the evidence of each reason.
    assert "« Être inscrit(e) dans un établissement d'enseignement supérieur de la Fédération Wallonie-Bruxelles" \
        in reasons.nth(0).locator("blockquote.evidence").first.inner_text()
    check_page(page, "results", language)
    results_url = page.url
    feed_links = [a.get_attribute("href") for a in page.locator("p.subscribe a.feed-link").all()]
    results_links = links_answer(page, site)
    assert any("/finder.ics?" in link for link in results_links)

    fao.locator("h3 a").click()
    page.wait_for_selector("article.announcement")
    assert page.url == f"{site}/catalogue/opportunities/{FAO_ID}"
    assert page.locator("h1").inner_text() == journey["title"]
    assert journey["deadline"] in page.inner_text("section.deadline")
    assert journey["stipend"] in page.inner_text("section.stipend")
    links_answer(page, site)

    # subscribe: the search's feed, as a feed reader would fetch it
    page.go_back()
    page.wait_for_url(results_url)
    rss_url = next(href for href in feed_links if href.startswith("/finder.rss?"))
    ics_url = next(href for href in feed_links if href.startswith("/finder.ics?"))
    # a feed reader sends no cookie and no browser languages: the address carries the page's language
    assert rss_url.endswith(journey["feed_lang"]) and ics_url.endswith(journey["feed_lang"])
    rss = page.request.get(site + rss_url)
    assert rss.status == 200 and rss.headers["content-type"].startswith("application/rss+xml")
    feed = feedparser.parse(rss.body())
    assert [e.title for e in feed.entries] == [journey["feed_item"]]
    assert "127.0.0.1" not in rss.text()
    calendar = page.request.get(site + ics_url)
    assert b"DTSTART;TZID=Europe/Brussels:20250314T235900" in calendar.body()

    # the Latvian scholarships, for a master, at the master's 600 €/mois
    page.goto(site + "/finder")
    page.select_option("#finder-level", "master")
    page.fill("#finder-min_stipend", "600")
    page.click("form.finder-form button[type=submit]")
    page.wait_for_url("**/finder?*min_stipend=600*")
    latvia = page.locator("ol.cards li.card").filter(has_text=LATVIA_TITLE)
    assert journey["latvia"] in latvia.inner_text()
    assert "« étudiants en master : 600€/mois »" in latvia.inner_text()

    # bad input: a message beside the field, and no answer to another question
    page.fill("#finder-min_stipend", "abc")
    page.fill("#finder-deadline_before", "31/02/2025")
    page.click("form.finder-form button[type=submit]")
    page.wait_for_selector(".form-errors[role=alert]")
    assert journey["bad_amount"] in page.inner_text(".form-errors")
    assert journey["bad_date"] in page.inner_text("#error-deadline_before")
    assert page.locator("#finder-min_stipend").get_attribute("aria-invalid") == "true"
    assert page.locator("ol.cards li.card").count() == 0
    check_page(page, "finder-bad-input", language)

    assert refused == [], f"requests that would have left the machine: {refused}"
    page.close()
    context.close()
