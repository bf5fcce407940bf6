"""The eligibility finder (/finder), its live feeds and the search order, on the catalogue of the bundled snapshot."""
from __future__ import annotations

import asyncio
import re
from datetime import date, datetime
from pathlib import Path

import feedparser
import pytest
from icalendar import Calendar

from opportunities.finder import parse_amount, parse_day, parse_search
from opportunities.site import BASE_URL_ENV, datasette_site

FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"
LATVIA_ID = "wbi-bourses-etat-letton-etudes-recherche-cours-dete"
UNESCO_ID = "wbi-offres-stage-unesco-paris"
DECREE_ID = "ejustice-2016036668"
CITF_ID = "wbi-commission-internationale-theatre-francophone-citf-appel-projets"
MASTER_INTERNSHIPS = "/finder?level=master&age=24&fwb=1&kind=internship"


@pytest.mark.parametrize("text, expected", [
    ("14/03/2025", date(2025, 3, 14)),
    ("1/4/2025", date(2025, 4, 1)),
    ("31.03.2025", date(2025, 3, 31)),
    ("31-03-2025", date(2025, 3, 31)),
    ("2025-03-31", date(2025, 3, 31)),  # what a date picker sends
    ("31/02/2025", None),
    ("14/03/25", None),  # a two-digit year is ambiguous
    ("demain", None),
])
def test_dates_as_students_write_them(text, expected):
    assert parse_day(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1 000", 1000), ("1.000", 1000), ("1,000", 1000), ("1\u202f000", 1000), ("1 200,50 €", 1200.5),
    ("600 €/mois", 600), ("1000 EUR", 1000),
    ("abc", None), ("-5", None), ("1e5", None), ("mille", None),
])
def test_amounts_with_spaces_dots_and_commas(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text, code", [
    ("bachelier", "bachelor"), ("Bachelor", "bachelor"), ("bac", "bachelor"), ("Master", "master"),
    ("master", "master"), ("doctorat", "phd"), ("Doctoraat", "phd"), ("PhD", "phd"), ("Ph.D.", "phd"),
    ("post-doctorat", "postdoc"), ("jeune diplômé", "graduate"), ("secondaire", "secondary"),
])
def test_level_names_in_french_dutch_and_english(text, code):
    search, errors = parse_search({"level": [text]})
    assert errors == [] and search.level == code


@pytest.mark.parametrize("args, field", [
    ({"age": ["abc"]}, "age"), ({"age": ["240"]}, "age"), ({"min_stipend": ["abc"]}, "min_stipend"),
    ({"deadline_before": ["31/02/2025"]}, "deadline_before"), ({"level": ["licorne"]}, "level"),
    ({"graduated": ["-1"]}, "graduated"), ({"country": ["Belgique"]}, "country"), ({"fwb": ["peut-être"]}, "fwb"),
])
def test_unreadable_values_are_named(args, field):
    search, errors = parse_search(args)
    assert [e.field for e in errors] == [field]
    assert errors[0].message % errors[0].params  # a complete sentence, its parameters filled


def test_the_same_search_written_differently_is_one_url():
    one, _ = parse_search({"min_stipend": ["1 000"], "level": ["Master"], "deadline_before": ["2025-03-31"]})
    other, _ = parse_search({"deadline_before": ["31/03/2025"], "level": ["master"], "min_stipend": ["1.000"]})
    assert one.query_string() == other.query_string() == "level=master&min_stipend=1000&deadline_before=31%2F03%2F2025"
    assert one.feed_key() == other.feed_key()


@pytest.fixture(scope="module")
def site(snapshot_catalogue, tmp_path_factory):
    return datasette_site(snapshot_catalogue, feeds_dir=tmp_path_factory.mktemp("feeds"))


def get(site, path: str):
    return asyncio.run(site.client.get(path))


def card_ids(html: str) -> list[str]:
    return re.findall(r'<h3><a href="/catalogue/opportunities/([^"]+)">', html)


def card_of(html: str, opportunity_id: str) -> str:
    start = html.index(f'href="/catalogue/opportunities/{opportunity_id}"')
    end = html.find('<li class="card', start)
    return html[start:end if end != -1 else len(html)]


def test_master_student_internships_with_reasons_and_evidence(site):
    page = get(site, MASTER_INTERNSHIPS)
    assert page.status_code == 200
    html = page.text
    assert card_ids(html) == [FAO_ID]  # the closed internships are left out; the FAO one is open
    fao = card_of(html, FAO_ID)
    assert "14/03/2025 à 23:59" in fao and "1 200 €/mois" in fao
    assert "Ouvert au niveau master" in fao
    assert "Réservé aux étudiant·es et diplômé·es de la Fédération Wallonie-Bruxelles" in fao
    assert "Âge : non précisé par la page" in fao  # the page states no age: not a failure
    # the sentence each criterion relies on, as the page writes it (escaped)
    assert ("« Être inscrit(e) dans un établissement d&#39;enseignement supérieur de la Fédération "
            "Wallonie-Bruxelles (en Belgique)") in fao


def test_master_stipend_is_the_masters_own_amount(site):
    html = get(site, "/finder?level=master&min_stipend=600").text
    assert LATVIA_ID in card_ids(html)
    latvia = card_of(html, LATVIA_ID)
    assert "600 €/mois pour le niveau master" in latvia
    assert "« étudiants en master : 600€/mois »" in latvia
    # 650 is more than a master is paid in Latvia (600), though doctoral students get 700
    assert LATVIA_ID not in card_ids(get(site, "/finder?level=master&min_stipend=650").text)
    assert LATVIA_ID in card_ids(get(site, "/finder?level=phd&min_stipend=650").text)


@pytest.mark.parametrize("typed", ["1 000", "1.000", "1,000", "1000 €"])
def test_minimum_stipend_as_typed(site, typed):
    ids = card_ids(get(site, f"/finder?min_stipend={typed}").text)
    assert FAO_ID in ids  # 1 200 €/mois
    assert LATVIA_ID not in ids  # 700 €/mois at most


def test_deadline_before_includes_the_whole_day(site):
    assert FAO_ID in card_ids(get(site, "/finder?deadline_before=14/03/2025").text)  # closes at 23:59 that day
    assert FAO_ID not in card_ids(get(site, "/finder?deadline_before=13/03/2025").text)
    on_31 = card_ids(get(site, "/finder?deadline_before=31/03/2025").text)
    assert LATVIA_ID not in on_31 and LATVIA_ID in card_ids(get(site, "/finder?deadline_before=01/04/2025").text)


def test_bad_input_gives_a_message_and_no_answer(site):
    page = get(site, "/finder?min_stipend=abc&deadline_before=31/02/2025&level=master")
    assert page.status_code == 400
    assert "Montant non compris : « abc »" in page.text
    assert "Date non comprise : « 31/02/2025 »" in page.text
    assert 'aria-invalid="true"' in page.text
    assert card_ids(page.text) == []  # no silent answer to another question
    hostile = get(site, "/finder?age=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert(1)" not in hostile.text and "&lt;script&gt;alert(1)" in hostile.text


def test_level_names_find_the_same_opportunities(site):
    for code, names in {"bachelor": ["bachelier", "Bachelor"], "phd": ["doctorat", "doctoraat"],
                        "master": ["Master", "masters"]}.items():
        expected = card_ids(get(site, f"/finder?level={code}").text)
        assert expected
        for name in names:
            assert card_ids(get(site, f"/finder?level={name}").text) == expected


def test_an_unstated_criterion_is_not_a_failure(site):
    html = get(site, "/finder?level=phd").text
    assert CITF_ID in card_ids(html)  # the CITF call names no level
    assert "Niveau d'études : non précisé par la page" in card_of(html, CITF_ID)


def test_open_first_then_rolling_then_closed_and_legal_schemes_after_programmes(site):
    ids = card_ids(get(site, "/finder?closed=1").text)
    statuses = {FAO_ID: "open", LATVIA_ID: "open", UNESCO_ID: "closed"}
    assert ids.index(FAO_ID) < ids.index(UNESCO_ID) and ids.index(LATVIA_ID) < ids.index(UNESCO_ID)
    assert ids[-1] == DECREE_ID and set(statuses) <= set(ids)


@pytest.mark.parametrize("words, first", [("stage", FAO_ID), ("UNESCO", UNESCO_ID)])
def test_search_ranks_programmes_before_the_decree(site, words, first):
    rows = get(site, f"/catalogue/search.json?q={words}&_shape=array").json()
    ids = [row["id"] for row in rows]
    assert ids[0] == first and ids.index(first) < ids.index(DECREE_ID)
    assert ids[-1] == DECREE_ID
    assert card_ids(get(site, f"/finder?q={words}&closed=1").text) == ids


def feed(site, path: str):
    response = get(site, path)
    assert response.status_code == 200, response.text
    return feedparser.parse(response.content)


def finder_ids(site, query: str) -> list[str]:
    return card_ids(get(site, f"/finder?{query}").text)


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_two_overlapping_searches_each_keep_every_item(site, fmt):
    """A reader subscribed to "master" and to "internships" sees every item of each (no GUID shared)."""
    searches = ["level=master", "kind=internship&closed=1"]
    feeds = {query: feed(site, f"/finder.{fmt}?{query}") for query in searches}
    expected = {query: finder_ids(site, query) for query in searches}
    assert FAO_ID in expected[searches[0]] and FAO_ID in expected[searches[1]]  # they overlap
    seen_guids: dict[str, str] = {}
    for query, parsed in feeds.items():
        assert not parsed.bozo, parsed.bozo_exception
        assert [e.link for e in parsed.entries] == [
            re.search(r'<a class="source-link" href="([^"]+)"', get(site, f"/catalogue/opportunities/{i}").text)[1]
            for i in expected[query]]
        for entry in parsed.entries:
            assert entry.id not in seen_guids, f"{entry.id} is in {seen_guids.get(entry.id)} too"
            seen_guids[entry.id] = query
    # the same search gives the same GUIDs on the next request, whatever the spelling of its URL
    again = feed(site, f"/finder.{fmt}?closed=on&kind=stage")
    assert [e.id for e in again.entries] == [e.id for e in feeds[searches[1]].entries]


def test_item_dates_are_when_the_opportunity_was_published_not_the_crawl(site):
    entries = {e.link: e for e in feed(site, "/finder.atom?kind=internship&closed=1").entries}
    fao = entries["https://www.wbi.be/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"]
    assert fao.published.startswith("2025-02-24")  # the page's date; the crawl ran today
    assert len({e.published for e in entries.values()}) == len(entries)


def test_feeds_have_no_loopback_address_unless_configured(site, monkeypatch):
    for fmt in ("rss", "atom", "ics"):
        body = get(site, f"/finder.{fmt}?level=master").text
        assert "127.0.0.1" not in body and "/catalogue/opportunities/" in body
    monkeypatch.setenv(BASE_URL_ENV, "https://opportunites.example.org/")
    # (another search than above: the site keeps answered pages in memory until the catalogue changes)
    parsed = feed(site, "/finder.rss?level=master&age=24")
    assert parsed.feed.link == "https://opportunites.example.org/finder?level=master&age=24"
    assert 'href="https://opportunites.example.org/catalogue/opportunities/' in parsed.entries[0].summary


def test_a_search_feed_speaks_the_language_of_the_search(site):
    """Subscribed from the English finder, the feed is in English and its address says so (a reader sends no cookie)."""
    html = get(site, "/finder?kind=internship&closed=1&lang=en").text
    assert "/finder.rss?kind=internship&amp;closed=1&amp;lang=en" in html and "/finder.ics?" in html
    english = feed(site, "/finder.rss?kind=internship&closed=1&lang=en")
    french = feed(site, "/finder.rss?kind=internship&closed=1")
    assert english.feed.title == "Student opportunities – Internship"
    assert english.feed.link.endswith("/finder?kind=internship&closed=1&lang=en")
    fao = next(e for e in english.entries if FAO_ID in e.id)
    assert fao.title == "Internship: Internship at the FAO Liaison Office in Brussels"  # the English page's title
    assert "Next deadline:" in fao.summary and "date limite" not in fao.summary.lower()
    assert not {e.id for e in english.entries} & {e.id for e in french.entries}
    calendar = Calendar.from_ical(get(site, "/finder.ics?kind=internship&lang=nl").content)
    assert any(str(e["SUMMARY"]).startswith("Uiterste datum:") for e in calendar.walk("VEVENT"))


def test_search_calendar_imports_with_brussels_times(site):
    response = get(site, "/finder.ics?level=master&kind=internship")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    events = [c for c in Calendar.from_ical(response.content).walk("VEVENT")]
    [fao] = [e for e in events if FAO_ID in str(e["UID"])]
    start = fao.decoded("DTSTART")
    assert isinstance(start, datetime) and str(start.tzinfo) == "Europe/Brussels"
    assert (start.date(), start.hour, start.minute, start.utcoffset().total_seconds()) == (date(2025, 3, 14), 23, 59, 3600)


def test_empty_feeds_are_not_offered(site):
    html = get(site, "/finder?kind=internship&country=LV").text
    assert "Aucune opportunité ne correspond" in html
    assert "/finder.rss" not in html and "/finder.ics" not in html
    # the legal scheme has a yearly rule but no date: RSS and Atom, no calendar
    html = get(site, "/finder?kind=legal_scheme").text
    assert card_ids(html) == [DECREE_ID]
    assert "/finder.rss?kind=legal_scheme" in html and "/finder.ics" not in html


def test_every_link_of_the_finder_answers(site):
    html = get(site, MASTER_INTERNSHIPS).text
    links = {href.replace("&amp;", "&") for href in re.findall(r'href="(/[^"]*)"', html)}
    assert any(link.startswith("/finder.ics") for link in links)
    for link in sorted(links):
        assert get(site, link).status_code == 200, link


# --- the lists the landing page links to, as students see them ----------------------------------------

STUDENT_LISTS = ["/catalogue/open_now", "/catalogue/closing_7_days", "/catalogue/closing_30_days",
                 "/catalogue/by_level?level=master", "/catalogue/open_to_level?level=master",
                 "/catalogue/min_stipend?amount=1000", "/catalogue/deadline_before?date=31/03/2025",
                 "/catalogue/closing_soon", "/catalogue/internships_with_stipend",
                 "/catalogue/opportunities?status=open", "/catalogue/opportunities?kind=internship"]


@pytest.mark.parametrize("path", STUDENT_LISTS)
def test_lists_are_cards_without_database_jargon(site, path):
    page = get(site, path)
    assert page.status_code == 200
    html = page.text
    assert card_ids(html), "a card per opportunity, its title linking to the opportunity page"
    title = re.search(r"<title>([^<]*)</title>", html)[1]
    for jargon in ("select ", "Custom SQL", "CREATE VIEW", "next_deadline", "stipend_monthly_eur", '["', "T23:59",
                   "1200.0", "rows-and-columns"):
        assert jargon not in html.split("<footer")[0].split('<p class="developer-links">')[0], jargon
        assert jargon not in title
    developer = re.search(r'<p class="developer-links">.*?<a href="([^"]+)"', html, re.S)[1].replace("&amp;", "&")
    assert "_dev=1" in developer and 'class="rows-and-columns"' in get(site, developer).text


def test_lists_answer_the_students_dates_amounts_and_levels(site):
    assert FAO_ID in card_ids(get(site, "/catalogue/deadline_before?date=14/03/2025").text)
    assert LATVIA_ID not in card_ids(get(site, "/catalogue/deadline_before?date=31/03/2025").text)
    assert card_ids(get(site, "/catalogue/min_stipend?amount=1 000").text) == card_ids(
        get(site, "/catalogue/min_stipend?amount=1.000").text)
    assert LATVIA_ID not in card_ids(get(site, "/catalogue/min_stipend?amount=1 000").text)  # 700 €/mois
    for name, code in (("bachelier", "bachelor"), ("doctorat", "phd"), ("Master", "master")):
        by_name = card_ids(get(site, f"/catalogue/open_to_level?level={name}").text)
        assert by_name and by_name == card_ids(get(site, f"/catalogue/open_to_level?level={code}").text)
    # the JSON API reads them the same way
    rows = get(site, "/catalogue/deadline_before.json?date=14/03/2025&_shape=array").json()
    assert FAO_ID in [row["id"] for row in rows]


@pytest.mark.parametrize("path, message", [
    ("/catalogue/min_stipend?amount=abc", "Montant non compris : « abc »"),
    ("/catalogue/deadline_before?date=31/02/2025", "Date non comprise : « 31/02/2025 »"),
    ("/catalogue/open_to_level?level=licorne", "Niveau d&#39;études inconnu : « licorne »"),
])
def test_lists_say_what_they_could_not_read(site, path, message):
    html = get(site, path).text
    assert message in html.replace("'", "&#39;") and 'aria-invalid="true"' in html
    assert card_ids(html) == []
    assert get(site, path.replace("?", ".json?") + "&_shape=array").json() == []  # never everything


def test_all_opportunities_of_a_kind_open_first_closed_last(site):
    ids = card_ids(get(site, "/catalogue/opportunities?kind=internship").text)
    assert ids[0] == FAO_ID and UNESCO_ID in ids[1:]


@pytest.mark.parametrize("path", STUDENT_LISTS[:4] + ["/catalogue/opportunities?kind=internship"])
def test_every_link_of_a_list_answers(site, path):
    links = {href.replace("&amp;", "&") for href in re.findall(r'href="(/[^"]*)"', get(site, path).text)}
    for link in sorted(links):
        assert get(site, link).status_code == 200, link


def test_the_full_text_search_offers_its_own_feeds(site):
    """The search box's results page links the RSS and Atom of the same search, holding the same opportunities."""
    html = get(site, "/catalogue/search?q=stage").text
    shown = re.findall(r'<a class="result-title" href="/catalogue/opportunities/([^"]+)"', html)
    links = re.search(r'<p class="search-feeds">(.*?)</p>', html, re.S)[1].replace("&amp;", "&")
    rss, atom = re.findall(r'href="(/finder\.(?:rss|atom)\?[^"]+)"', links)
    for path in (rss, atom):
        parsed = feed(site, path)
        assert [e.link for e in parsed.entries] == [
            re.search(r'<a class="source-link" href="([^"]+)"', get(site, f"/catalogue/opportunities/{i}").text)[1]
            for i in shown]
    assert "search-feeds" not in get(site, "/catalogue/search?q=introuvablexyz").text  # nothing to follow
