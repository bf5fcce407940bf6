"""The site in French, Dutch and English: negotiation, catalogues, words and numbers, pages, search.

Site tests serve the sample catalogue of the feed tests, with the English
version of the FAO page the snapshot publishes (data/snapshot/translations/)
stored as the crawler stores a translation: a ``translations`` row and its
``pages`` text.
"""
from __future__ import annotations

import asyncio
import re
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from datasette.app import Datasette

from opportunities import i18n
from opportunities.search import fts_query, text_matches
from tests.feeds import sample_catalogue as sample

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FAO_EN_URL = "https://www.wbi.be/en/news/internship-fao-liaison-office-brussels"
FAO_EN_TITLE = "Internship at the FAO Liaison Office in Brussels"
DECREE_NL_TITLE = "Besluit van de Vlaamse Regering betreffende de subsidiëring van stages bij multilaterale organisaties"
SERVER_PATH = "/srv/opportunities/var/snapshot-httpcache"


# --- negotiation -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("query, cookie, header, expected", [
    (None, None, None, "fr"),
    (None, None, "nl-BE,nl;q=0.9,en;q=0.8", "nl"),
    (None, None, "de-DE,de;q=0.9,en-GB;q=0.5", "en"),     # the first supported one
    (None, None, "en;q=0.3,nl;q=0.7", "nl"),              # by quality, not by position
    (None, None, "nl;q=0,en", "en"),                      # q=0 means "not this one"
    (None, None, "*;q=0.5, garbage;;, ;q=x", "fr"),
    (None, "en", "nl", "en"),                             # the cookie beats the browser
    ("nl", "en", "fr", "nl"),                             # ?lang= beats everything
    ("xx", "EN", None, "en"),                             # unsupported values are ignored
])
def test_negotiate(query, cookie, header, expected):
    assert i18n.negotiate(query, cookie, header) == expected


def scope(query: bytes = b"", **headers: str) -> dict:
    return {"type": "http", "query_string": query,
            "headers": [(name.replace("_", "-").encode(), value.encode()) for name, value in headers.items()]}


def test_language_of_an_asgi_request():
    assert i18n.language_of_scope(scope(b"q=stage&lang=en", accept_language="nl")) == "en"
    assert i18n.language_of_scope(scope(cookie="theme=dark; lang=nl", accept_language="en")) == "nl"
    assert i18n.language_of_scope(scope(cookie='lang="unterminated', accept_language="en")) == "en"
    assert i18n.requested_language(scope(b"lang=de")) is None


# --- catalogues ------------------------------------------------------------------------------------------

def catalogue(language: str):
    with (DATA / "locale" / language / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return read_po(po, locale=language)


def template_ids() -> set:
    with (DATA / "locale" / "messages.pot").open("rb") as pot:
        return {message.id for message in read_po(pot) if message.id}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_label_is_translated_with_the_same_placeholders(language):
    messages = {message.id: message for message in catalogue(language) if message.id}
    assert set(messages) == template_ids(), "run the refresh of docs/i18n.md"
    for message in messages.values():
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{language}: {message.id!r} is not translated"
        assert not list(message.check()), message.id  # Babel's checks: the same %(name)s placeholders


def test_the_template_holds_every_string_of_templates_and_plugins():
    # What `pybabel extract` (docs/i18n.md) finds today is what the committed catalogues translate.
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    keywords = {**DEFAULT_KEYWORDS, "N_": None}
    found = {message for _, _, message, _, _ in extract_from_dir(str(ROOT), method_map, options_map, keywords)}
    found = {message if isinstance(message, str) else tuple(message) for message in found}
    assert found and found == template_ids()


# --- words and numbers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("language, deadline, day, money, duration, left", [
    ("fr", "14/03/2025 à 23:59", "vendredi 14/03/2025", "1 200 €/mois", "3 à 6 mois, du 15/04/2025 au 15/10/2025",
     "plus que 17 jours"),
    ("nl", "14/03/2025 om 23:59", "vrijdag 14/03/2025", "1.200 €/maand", "3 tot 6 maanden, van 15/04/2025 tot 15/10/2025",
     "nog 17 dagen"),
    ("en", "14/03/2025 at 23:59", "Friday 14/03/2025", "1,200 €/month", "3 to 6 months, from 15/04/2025 to 15/10/2025",
     "17 days left"),
])
def test_words_and_numbers_in_each_language(language, deadline, day, money, duration, left):
    with i18n.use_language(language):
        assert i18n.format_deadline("2025-03-14T23:59") == deadline
        assert i18n.format_day(date(2025, 3, 14)) == day
        assert i18n.format_money(1200.0, "EUR", "month") == money
        assert i18n.duration_text(3, 6, "2025-04-15", "2025-10-15") == duration
        assert i18n.days_left_text(17) == left
    assert i18n.current_language() == "fr"  # the language is the request's, not the process's


def test_one_month_is_singular():
    with i18n.use_language("en"):
        assert i18n.duration_text(1, 1, None, None) == "1 month"
        assert i18n.duration_text(1.5, None, None, None) == "1.5 months"


# --- search across languages -----------------------------------------------------------------------------

@pytest.mark.parametrize("query, finds", [
    ("internship", "stag"), ("stages", "internship"), ("Letland", "letton"), ("Latvia", "lettoni"),
    ("beurs", "bours"), ("bourses", "scholarship"), ("Brussel", "bruxell"),
])
def test_a_word_of_one_language_finds_its_equivalents(query, finds):
    assert f'"{finds}"*' in fts_query(query)


def test_words_outside_the_glossary_are_searched_alone():
    assert fts_query("général réseaux") == '"general"* "reseau"*'
    assert fts_query("stage Brussel").count(" AND ") == 1


def test_text_matches_reads_a_translation_as_the_index_would():
    text = (DATA / "snapshot" / "translations" / "fao-liaison-internship.en.txt").read_text(encoding="utf-8")
    assert text_matches(text, "internships Brussels") == 1
    assert text_matches(text, "stage FAO") == 1          # "stage" is searched as "internship" too
    assert text_matches(text, "UNESCO Paris") == 0
    assert text_matches(text, "") == 0 and text_matches(None, "FAO") == 0


# --- the site --------------------------------------------------------------------------------------------

@pytest.fixture
def site(sample_catalogue: Path) -> Datasette:
    path = sample_catalogue
    db = sqlite_utils.Database(path)
    english = (DATA / "snapshot" / "translations" / "fao-liaison-internship.en.txt").read_text(encoding="utf-8")
    db["pages"].insert({"url": FAO_EN_URL, "source": "wbi", "title": FAO_EN_TITLE, "is_opportunity": 1,
                        "kind": "internship", "opportunity_id": sample.FAO_ID, "language": "en", "text": english})
    db["translations"].insert({"url": FAO_EN_URL, "opportunity_id": sample.FAO_ID, "language": "en",
                               "title": FAO_EN_TITLE})
    # The Dutch version of the decree, as the eJustice spider attaches it: a title, no page text.
    db["translations"].insert({"url": "https://www.ejustice.just.fgov.be/eli/besluit/2016/12/09/2016036668/justel",
                               "opportunity_id": sample.DECREE_ID, "language": "nl", "title": DECREE_NL_TITLE})
    db["catalogue_info"].insert_all([{"key": "cache_dir", "value": SERVER_PATH},
                                     {"key": "wbi_url", "value": "https://www.wbi.be"}])
    db.close()
    return Datasette([str(path)], metadata=yaml.safe_load((DATA / "metadata.yaml").read_text(encoding="utf-8")),
                     template_dir=str(DATA / "templates"), plugins_dir=str(DATA / "plugins"),
                     static_mounts=[("static", str(DATA / "static"))])


def get(site: Datasette, path: str, **headers):
    return asyncio.run(site.client.get(path, headers={key.replace("_", "-"): v for key, v in headers.items()}))


def text_of(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


PAGES = ["/", "/catalogue/search?q=FAO", f"/catalogue/opportunities/{sample.FAO_ID}", "/accuracy"]


@pytest.mark.parametrize("language, words", [
    ("fr", ["Chercher une opportunité", "Aller au contenu", "Date limite"]),
    ("nl", ["Een kans zoeken", "Naar de inhoud", "Uiterste datum"]),
    ("en", ["Search for an opportunity", "Skip to content", "Deadline"]),
])
def test_pages_speak_the_readers_language(site, language, words):
    seen = ""
    for path in PAGES:
        response = get(site, path + ("&" if "?" in path else "?") + f"lang={language}")
        assert response.status_code == 200, path
        assert f'<html lang="{language}">' in response.text, path
        assert response.headers["content-language"] == language
        assert "Accept-Language" in response.headers["vary"]
        seen += text_of(response.text)
    for word in words:
        assert word in seen
    if language != "fr":  # nothing of Datasette's chrome or ours left in French
        for french in ("Chercher une opportunité", "Aller au contenu", "Accueil", "Propulsé par", "Date limite",
                       "Qui peut postuler", "heure de Bruxelles", "Powered by" if language == "nl" else "Propulsé"):
            assert french not in seen, french


def test_the_opportunity_page_in_english(site):
    html = get(site, f"/catalogue/opportunities/{sample.FAO_ID}", accept_language="en-GB,en;q=0.9").text
    text = text_of(html)
    assert f"<h1>{FAO_EN_TITLE}</h1>" in html  # the English version's title, since the crawler read it
    assert "Friday 14/03/2025 at 23:59 (Brussels time)" in text
    assert "22 days left (as of 20/02/2025, the catalogue's date)" in text
    assert "1,200 €/month" in text
    assert "6 months, from 15/04/2025 to 15/10/2025" in text
    assert "Level: master (second cycle)" in text
    assert f'href="{FAO_EN_URL}"' in html
    assert "Les candidatures sont à envoyer pour vendredi 14 mars 2025" in text  # the page's sentences, as written


def test_the_finder_shows_the_title_in_the_readers_language(site):
    english = get(site, "/finder?kind=internship&level=master", accept_language="en").text
    assert f">{FAO_EN_TITLE}<" in english  # the crawler read the English version of the FAO page
    french = get(site, "/finder?kind=internship&level=master", accept_language="fr").text
    assert FAO_EN_TITLE not in french and f">{sample.FAO_TITLE}<" in french


def test_the_language_switch_keeps_the_page_and_sets_the_cookie(site):
    response = get(site, "/catalogue/search?q=stage&lang=nl")
    assert response.headers["set-cookie"].startswith("lang=nl;")
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="(fr|nl|en)" lang="\2"', response.text))
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="(fr|en)" href="([^"]+)">', response.text))
    assert set(alternates) == {"fr", "en"} and all("q=stage" in href for href in alternates.values())
    assert set(links.values()) == {"fr", "nl", "en"}
    for href, language in links.items():
        assert href.startswith("/catalogue/search?") and "q=stage" in href and f"lang={language}" in href
    # The next page, without ?lang=, keeps the reader's choice.
    assert '<html lang="nl">' in get(site, "/", cookie="lang=nl").text
    assert "set-cookie" not in get(site, "/", cookie="lang=nl").headers


def test_cached_pages_keep_their_language(site):
    assert '<html lang="fr">' in get(site, "/").text
    assert '<html lang="nl">' in get(site, "/", accept_language="nl").text
    assert '<html lang="fr">' in get(site, "/").text


def test_an_english_query_finds_the_english_page_of_the_opportunity(site):
    rows = get(site, "/catalogue/search.json?q=internship+Brussels&_shape=array").json()
    assert [row["id"] for row in rows] == [sample.FAO_ID]  # only the English page says "Brussels" and "internship"
    html = get(site, "/catalogue/search?q=internship+Brussels&lang=en").text
    assert f">{FAO_EN_TITLE}</a>" in html
    assert f'href="/catalogue/opportunities/{sample.FAO_ID}"' in html
    assert "Deadline: 14/03/2025 at 23:59" in text_of(html) and "1,200 €/month" in text_of(html)


def test_a_dutch_query_finds_dutch_and_french_texts(site):
    rows = get(site, "/catalogue/search.json?q=stage+Brussel&_shape=array").json()
    assert sample.FAO_ID in [row["id"] for row in rows]  # French text: "stage", "Bruxelles"
    rows = get(site, "/catalogue/search.json?q=subsidiëring+multilaterale&_shape=array").json()
    assert [row["id"] for row in rows] == [sample.DECREE_ID]  # Dutch text: the decree's Dutch title
    html = get(site, "/catalogue/search?q=subsidiering&lang=nl").text
    assert f">{DECREE_NL_TITLE}</a>" in html


def test_catalogue_info_shows_sources_and_run_times_only(site):
    for path in ("/catalogue/catalogue_info", "/catalogue/catalogue_info.json", "/"):
        body = get(site, path).text
        assert SERVER_PATH not in body and "cache_dir" not in body, path
    assert "https://www.wbi.be" in get(site, "/catalogue/catalogue_info").text
