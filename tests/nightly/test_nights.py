"""Three nights against a site that changes between them.

Night 1 builds the catalogue. Night 2 sees a new call, a moved deadline and
a removed page. Night 3 meets broken listings: the monitors fail the run,
and nothing is withdrawn because of it. After each night the catalogue,
the change history, the feeds and the run verdict are checked.
"""
import json

import feedparser
import icalendar
import pytest
import sqlite_utils

from tests.nightly.conftest import run_nightly

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)

FAO = "/fr/actualites/offre-stage-bureau-liaison-fao-bruxelles"
UNESCO = "/fr/actualites/offres-stage-unesco-paris"
NEW_CALL = "/fr/actualites/offre-stage-bureau-liaison-unicef-bruxelles"


def catalogue(work):
    return sqlite_utils.Database(work / "catalogue.db")


def opportunity(db, path):
    return db["opportunities"].get(next(r["id"] for r in db.query("select id from opportunities where url like ?", [f"%{path}"])))


def runs(db):
    return list(db.query("select * from crawl_runs order by id"))


def test_three_nights(site, tmp_path):
    work = tmp_path / "work"

    # Night 1: the snapshot as it is.
    night = run_nightly(site, work, "2025-02-25")
    assert night.returncode == 0, night.stdout + night.stderr[-2000:]
    db = catalogue(work)
    assert runs(db)[-1]["status"] == "ok"
    first_count = db["opportunities"].count
    assert opportunity(db, FAO)["next_deadline"] == "2025-03-14T23:59"
    assert {r["change"] for r in db["changes"].rows} == {"new"}
    feed = feedparser.parse((work / "feeds" / "deadlines.rss").read_bytes())
    assert any("FAO" in e.title and "14/03/2025" in e.title for e in feed.entries)
    db.close()

    # Night 2: a new call, a moved deadline, a removed page.
    site.copy_page(FAO, NEW_CALL, {
        "Bureau de liaison de la FAO": "Bureau de liaison de l'UNICEF",
        "vendredi 14 mars 2025": "lundi 31 mars 2025",
    })
    site.edit(FAO, "vendredi 14 mars 2025", "vendredi 21 mars 2025")
    site.remove(UNESCO)
    night = run_nightly(site, work, "2025-02-26")
    assert night.returncode == 0, night.stdout + night.stderr[-2000:]
    db = catalogue(work)
    assert runs(db)[-1]["status"] == "ok"
    assert db["opportunities"].count == first_count + 1
    new_call = opportunity(db, NEW_CALL)
    assert new_call["next_deadline"] == "2025-03-31T23:59"
    assert opportunity(db, FAO)["next_deadline"] == "2025-03-21T23:59"
    assert opportunity(db, UNESCO)["status"] == "withdrawn"
    run2 = runs(db)[-1]["id"]
    night2 = {(r["change"], r["field"], r["old"], r["new"]) for r in db.query("select * from changes where run_id = ?", [run2])}
    assert ("new", None, None, new_call["title"]) in night2
    assert ("changed", "deadlines", "2025-03-14 23:59", "2025-03-21 23:59") in night2
    assert ("withdrawn", "status", "closed", "withdrawn") in night2
    deadlines = feedparser.parse((work / "feeds" / "deadlines.rss").read_bytes())
    titles = [e.title for e in deadlines.entries]
    assert any("21/03/2025" in t and "FAO" in t for t in titles)
    assert not any("14/03/2025" in t for t in titles), "the old date is gone from the feed"
    changes = feedparser.parse((work / "feeds" / "changes.rss").read_bytes())
    assert any("UNESCO" in e.title for e in changes.entries)
    assert any("FAO" in e.title for e in changes.entries)
    news = feedparser.parse((work / "feeds" / "new.rss").read_bytes())
    assert any("UNICEF" in e.title for e in news.entries)
    calendar = icalendar.Calendar.from_ical((work / "feeds" / "deadlines.ics").read_bytes())
    starts = {str(e.get("summary")): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    assert any("UNICEF" in s for s in starts)
    withdrawn_facts = db["deadlines"].count_where("opportunity_id = ?", [opportunity(db, UNESCO)["id"]])
    assert withdrawn_facts == 1, "a withdrawn opportunity keeps its facts"
    count_after_night2 = db["opportunities"].count
    statuses_after_night2 = {r["id"]: r["status"] for r in db["opportunities"].rows}
    db.close()

    # Night 3: the listings lose their cards. The run is suspect, exits
    # non-zero, and withdraws nothing.
    site.break_listings()
    night = run_nightly(site, work, "2025-02-27")
    assert night.returncode == 2, night.stdout + night.stderr[-2000:]
    assert "empty_listings" in night.stdout
    db = catalogue(work)
    last = runs(db)[-1]
    assert last["status"] == "suspect"
    monitors = {m["name"]: m["ok"] for m in json.loads(last["details"])["monitors"]}
    assert monitors["empty_listings"] is False
    assert db["opportunities"].count == count_after_night2
    assert {r["id"]: r["status"] for r in db["opportunities"].rows} == statuses_after_night2
    info = {r["key"]: r["value"] for r in db["catalogue_info"].rows}
    assert info["last_status"] == "suspect"
    db.close()
