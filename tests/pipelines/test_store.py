"""Storing records: ids, statuses, summaries, changes, withdrawal."""
from datetime import date

import pytest
import sqlite_utils

from pipelines.store import (
    Catalogue,
    brussels_datetime,
    monthly_stipend_eur,
    stipend_summary,
)
from pipelines.normalise import resolve
from scrapers.items import CrawledPage, GonePage
from scrapers.sources import source


@pytest.mark.parametrize(
    "day, time, expected",
    [
        ("2025-03-14", "23:59", "2025-03-14T23:59:00+01:00"),
        ("2025-04-01", "12:00", "2025-04-01T12:00:00+02:00"),
        ("2025-04-01", None, None),
    ],
)
def test_brussels_datetime_uses_winter_and_summer_offsets(day, time, expected):
    assert brussels_datetime(day, time) == expected


def test_ids_are_stable_slugs_or_numacs():
    assert source("wbi").opportunity_id("https://www.wbi.be/fr/actualites/offre-stage-fao/") == "wbi-offre-stage-fao"
    act = "https://x/eli/arrete/2016/12/09/2016036668/justel"
    assert source("ejustice").opportunity_id(act, {"numac": "2016036668"}) == "ejustice-2016036668"
    # An act read by the fallback reader has no metadata: its URL's slug is its id.
    assert source("ejustice").opportunity_id(act) == "ejustice-justel"


LATVIA = [
    {"amount": 500.0, "currency": "EUR", "period": "month", "is_maximum": False, "applies_to": "bachelor"},
    {"amount": 700.0, "currency": "EUR", "period": "month", "is_maximum": False, "applies_to": "phd"},
    {"amount": 30.0, "currency": "EUR", "period": "day", "is_maximum": False, "applies_to": "research"},
    {"amount": 900.0, "currency": "EUR", "period": "month", "is_maximum": False, "applies_to": "accommodation"},
]


def test_monthly_stipend_ignores_daily_and_accommodation_amounts():
    assert monthly_stipend_eur(LATVIA) == 700.0
    assert monthly_stipend_eur([]) is None


def test_stipend_summary_reads_in_french():
    summary = stipend_summary([{"amount": 1200.0, "currency": "EUR", "period": "month", "is_maximum": False, "applies_to": None},
                               {"amount": 500.0, "currency": "EUR", "period": "once", "is_maximum": True, "applies_to": "travel"}])
    assert summary == "1 200 €/mois ; max. 500 €/une fois (travel)"


def fao_page(**changes):
    record = {
        "url": "https://www.wbi.be/fr/actualites/offre-stage-fao", "title": "Stage FAO", "language": "fr",
        "is_opportunity": True, "kind": "internship",
        "deadlines": [{"date": "2025-03-14", "time": "23:59", "kind": "application", "rule": None, "evidence": "A envoyer pour vendredi 14 mars 2025, à minuit"}],
        "stipends": [{"amount": 1200.0, "currency": "EUR", "period": "month", "is_maximum": False, "applies_to": None, "evidence": "1.200 euros /mois",
                      "monthly_eur": 1200.0}],
        "duration": {"min_months": 6, "max_months": 6, "start": "2025-04-15", "end": "2025-10-15", "evidence": "Dates du stage"},
        "eligibility": {"age_max": None, "requires_fwb": True, "levels": ["bachelor", "master", "graduate"], "graduated_within_years": 2,
                        "languages": ["en", "fr"], "fields": [], "evidence": ["Être inscrit(e) ..."]},
        "contact_emails": ["bourses@wbi.be"],
    }
    record.update(changes)
    return resolve(CrawledPage(
        source="wbi", url=record["url"], status=200, title="Stage FAO", body_text="Texte du stage FAO " * 3,
        fetched_at="2025-02-25T02:00:00+00:00", content_hash=str(hash(str(record))), record=record,
        attachments=[{"url": "https://www.wbi.be/sites/default/files/2025-02/fao.pdf", "title": "Offre"}]))


@pytest.fixture
def catalogue(tmp_path):
    cat = Catalogue(tmp_path / "c.db", run_id=1, now="2025-02-25T02:00:00+00:00")
    yield cat
    cat.close()


def test_store_twice_keeps_one_row_per_fact(catalogue):
    catalogue.store(fao_page(), extractor_version="1")
    catalogue.store(fao_page(), extractor_version="1")
    db = catalogue.db
    assert db["opportunities"].count == 1
    assert db["deadlines"].count == 1 and db["stipends"].count == 1 and db["documents"].count == 1
    assert {r["criterion"] for r in db["eligibility"].rows} == {"requires_fwb", "graduated_within_years", "level", "language"}
    assert [r["change"] for r in db["changes"].rows] == ["new"]


def test_a_deadline_in_another_zone_is_stored_in_brussels_time(catalogue):
    # The record keeps the page's "1er juillet 2019 (23h59 GMT -5)"; the catalogue, its feeds and its pages speak
    # Brussels time, where that is 2 July at 06:59 (summer time).
    stated = {"date": "2019-07-01", "time": "23:59", "kind": "application", "rule": None, "utc_offset": "-05:00",
              "evidence": "Date limite du dépôt des candidatures 1er juillet 2019 (23h59 GMT -5)"}
    catalogue.store(fao_page(deadlines=[stated]), extractor_version="188")
    [row] = catalogue.db["deadlines"].rows
    assert (row["date"], row["time"], row["utc_offset"]) == ("2019-07-02", "06:59", "-05:00")
    assert row["datetime"] == "2019-07-02T06:59:00+02:00"
    assert row["evidence"] == stated["evidence"]
    [opportunity] = catalogue.db["opportunities"].rows
    assert opportunity["last_deadline"] == "2019-07-02"


def test_moved_deadline_is_a_change_and_gone_page_is_withdrawn(catalogue):
    catalogue.store(fao_page(), extractor_version="1")
    moved = fao_page(deadlines=[{"date": "2025-03-21", "time": "23:59", "kind": "application", "rule": None, "evidence": "..."}])
    catalogue.store(moved, extractor_version="1")
    catalogue.refresh_statuses(date(2025, 2, 25))
    row = catalogue.db["opportunities"].get("wbi-offre-stage-fao")
    assert row["status"] == "open" and row["next_deadline"] == "2025-03-21T23:59"
    changes = [(r["change"], r["field"], r["old"], r["new"]) for r in catalogue.db["changes"].rows]
    assert ("changed", "deadlines", "2025-03-14 23:59", "2025-03-21 23:59") in changes
    catalogue.store(GonePage("wbi", "https://www.wbi.be/fr/actualites/offre-stage-fao", 410, "2025-02-26T02:00:00+00:00"),
                    extractor_version="1")
    assert catalogue.db["opportunities"].get("wbi-offre-stage-fao")["status"] == "withdrawn"
    catalogue.refresh_statuses(date(2025, 2, 26))
    assert catalogue.db["opportunities"].get("wbi-offre-stage-fao")["status"] == "withdrawn"
    assert catalogue.db["deadlines"].count == 1, "withdrawing keeps the facts"


def test_full_text_search_ignores_accents(catalogue):
    catalogue.store(fao_page(), extractor_version="1")
    catalogue.db["opportunities"].update("wbi-offre-stage-fao", {"body": "Travail en réseau avec les institutions"})
    hits = list(catalogue.db.query("select rowid from opportunities_fts where opportunities_fts match 'reseau'"))
    assert len(hits) == 1


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ([{"number": "4", "text": "a"}], [{"number": "4", "text": "a"}], None),
        ([{"number": "4", "text": "a"}, {"number": "7", "text": "b"}], [{"number": "4", "text": "A"}, {"number": "7", "text": "B"}],
         "art. 4, 7 modifiés"),
        ([{"number": "4", "text": "a"}, {"number": "11", "text": "x"}], [{"number": "4", "text": "a"}, {"number": "18", "text": "y"}],
         "art. 18 ajouté ; art. 11 supprimé"),
    ],
)
def test_changed_articles_names_what_a_new_consolidation_changed(old, new, expected):
    from pipelines.store import changed_articles

    assert changed_articles(old, new) == expected


def test_english_version_is_a_translation_of_the_french_opportunity(catalogue):
    fr_url = "https://www.wbi.be/fr/actualites/offre-stage-fao"
    en_url = "https://www.wbi.be/en/news/internship-fao"
    french = fao_page()
    french.alternates = {"fr": fr_url, "en": en_url}
    english = fao_page()
    english.url, english.language, english.title = en_url, "en", "Internship at the FAO"
    english.alternates = {"fr": fr_url, "en": en_url}
    catalogue.store(english, extractor_version="1")
    catalogue.store(french, extractor_version="1")
    db = catalogue.db
    assert [r["id"] for r in db["opportunities"].rows] == ["wbi-offre-stage-fao"]
    assert db["opportunities"].get("wbi-offre-stage-fao")["title"] == "Stage FAO"
    assert {(r["language"], r["url"], r["title"]) for r in db["translations"].rows} == {("en", en_url, "Internship at the FAO")}
    assert {r["url"]: r["opportunity_id"] for r in db["pages"].rows} == {fr_url: "wbi-offre-stage-fao", en_url: "wbi-offre-stage-fao"}


def test_places_and_money_come_resolved_to_the_store(catalogue):
    """The store writes what the normalise step resolved; a page that skipped it is refused, not stored half-empty."""
    page = fao_page()
    page.body_text = "Stage au Bureau de liaison de la FAO à Bruxelles (FAOLOB). " * 2
    catalogue.store(resolve(page), extractor_version="1")
    row = catalogue.db["opportunities"].get("wbi-offre-stage-fao")
    assert (row["organisation"], row["city"], row["country"]) == ("FAO", "Bruxelles", "BE")
    assert [s["monthly_eur"] for s in catalogue.db["stipends"].rows] == [1200.0]
    unresolved = fao_page(url="https://www.wbi.be/fr/actualites/autre-stage")
    unresolved.host = None
    with pytest.raises(ValueError, match="resolved before the store"):
        catalogue.store(unresolved, extractor_version="1")
