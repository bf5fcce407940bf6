"""Feeds built from a small catalogue: parsed back with feedparser and icalendar."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import feedparser
import icalendar
import pytest
from zoneinfo import ZoneInfo

from feeds import build_feeds
from feeds.build import brussels_today
from feeds.items import parse_timestamp, plain_text

from sample_catalogue import (
    DECREE_ID,
    FAO_ID,
    FAO_URL,
    LATEST_UPDATE,
    SCHOLARSHIP_ID,
    SCRIPT_ID,
    WITHDRAWN_ID,
    build_sample_catalogue,
)

NOW = datetime(2025, 2, 20, 12, 0, tzinfo=timezone.utc)
BRUSSELS = ZoneInfo("Europe/Brussels")
SITE = "https://opportunites.example.org"
FAO_DEADLINE_GUID = f"urn:wbi-opportunities:deadlines:deadline:{FAO_ID}:2025-03-14"


def deadline_guid(feed: str, opportunity_id: str, day: str) -> str:
    return f"urn:wbi-opportunities:{feed}:deadline:{opportunity_id}:{day}"


@pytest.fixture
def catalogue(sample_catalogue: Path) -> Path:
    return sample_catalogue


@pytest.fixture
def built(catalogue: Path, tmp_path: Path) -> dict[str, Path]:
    paths = build_feeds(catalogue, tmp_path / "feeds", site_url=SITE, now=NOW)
    return {str(p.relative_to(tmp_path / "feeds")): p for p in paths}


def parse(path: Path):
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_writes_every_feed_and_one_per_kind_and_level_in_each_language(built):
    feeds = {
        "deadlines.rss", "deadlines.atom", "deadlines.ics", "new.rss", "new.atom", "changes.rss", "changes.atom",
        *(f"deadlines-{kind}.{ext}"
          for kind in ("internship", "scholarship", "call_for_projects", "legal_scheme")
          for ext in ("rss", "atom", "ics")),
        *(f"deadlines-level-{level}.{ext}"
          for level in ("bachelor", "master", "graduate", "phd", "postdoc")
          for ext in ("rss", "atom", "ics")),
    }
    assert set(built) == {"timeline.svg", "timeline-nl.svg", "timeline-en.svg", *feeds,
                          *(f"{folder}/{name}" for folder in ("nl", "en") for name in feeds)}
    assert not list(next(iter(built.values())).parent.glob(".*.tmp"))


@pytest.mark.parametrize("name", ["deadlines.rss", "deadlines.atom"])
def test_deadline_feed_has_fao_item(built, name):
    feed = parse(built[name])
    fao = next(e for e in feed.entries if e.id == FAO_DEADLINE_GUID)
    assert fao.title == "14/03/2025 – Offre de stage au Bureau de liaison de la FAO à Bruxelles"
    assert fao.link == FAO_URL
    assert "14/03/2025 à 23:59" in fao.summary
    assert "1 200 €/mois" in fao.summary
    assert "6 mois" in fao.summary
    assert "Les candidatures sont à envoyer pour vendredi 14 mars 2025, à minuit" in fao.summary
    assert "Wallonie-Bruxelles International (WBI) – www.wbi.be" in fao.summary


def test_rss_guid_is_not_a_permalink(built):
    assert f'<guid isPermaLink="false">{FAO_DEADLINE_GUID}</guid>' in built["deadlines.rss"].read_text()


@pytest.mark.parametrize("name", ["deadlines.rss", "deadlines.atom"])
def test_deadlines_upcoming_in_ascending_order_without_withdrawn(built, name):
    ids = [e.id for e in parse(built[name]).entries]
    assert ids == [
        deadline_guid("deadlines", SCHOLARSHIP_ID, "2025-03-01"),
        FAO_DEADLINE_GUID,
        deadline_guid("deadlines", SCRIPT_ID, "2025-04-30"),
    ]
    assert not any(WITHDRAWN_ID in i or DECREE_ID in i for i in ids)


def test_past_deadline_left_out(built):
    assert "2025-01-15" not in built["deadlines.rss"].read_text()


def test_item_dates_come_from_the_data(built):
    feed = parse(built["deadlines.atom"])
    fao = next(e for e in feed.entries if e.id == FAO_DEADLINE_GUID)
    assert fao.updated == "2025-02-12T09:00:00+00:00"  # a fact changed after it was first seen
    assert fao.published == "2025-02-10T00:00:00+00:00"  # the page's own publication date
    rss = parse(built["deadlines.rss"])
    assert rss.feed.updated == "Sat, 15 Feb 2025 10:00:00 +0000"
    assert parse_timestamp(LATEST_UPDATE) == datetime(2025, 2, 15, 10, tzinfo=timezone.utc)


def test_feed_level_dates_are_the_latest_data_change(built):
    for name in ("deadlines.rss", "new.rss", "changes.rss", "deadlines-internship.rss"):
        assert "<lastBuildDate>Sat, 15 Feb 2025 10:00:00 +0000</lastBuildDate>" in built[name].read_text()
    assert "<updated>2025-02-15T10:00:00+00:00</updated>" in built["deadlines.atom"].read_text()


def test_byte_identical_across_builds(catalogue, tmp_path):
    first = build_feeds(catalogue, tmp_path / "one", site_url=SITE, now=NOW)
    second = build_feeds(catalogue, tmp_path / "two", site_url=SITE, now=NOW + timedelta(hours=3))
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_rebuild_in_place_is_identical_and_removes_stale_kind_files(catalogue, built):
    out_dir = built["deadlines.rss"].parent
    before = {name: path.read_bytes() for name, path in built.items()}
    (out_dir / "deadlines-gone.rss").write_text("stale")
    (out_dir / "notes.txt").write_text("not ours")
    build_feeds(catalogue, out_dir, site_url=SITE, now=NOW)
    assert {name: (out_dir / name).read_bytes() for name in before} == before
    assert not (out_dir / "deadlines-gone.rss").exists()
    assert (out_dir / "notes.txt").exists()


def test_no_script_in_any_output(built):
    for path in built.values():
        assert "<script" not in path.read_text().lower(), path.name


def test_scraped_markup_is_escaped_in_descriptions(built):
    feed = parse(built["deadlines.rss"])
    item = next(e for e in feed.entries if SCRIPT_ID in e.id)
    assert "<script" not in item.title
    assert "&lt;script&gt;" in item.summary  # shown as text, never run


def test_per_kind_feed_holds_only_its_kind(built):
    ids = [e.id for e in parse(built["deadlines-internship.rss"]).entries]
    assert ids == [deadline_guid("deadlines-internship", FAO_ID, "2025-03-14")]
    assert parse(built["deadlines-legal_scheme.rss"]).entries == []


def test_new_feed_newest_first_without_withdrawn(built):
    feed = parse(built["new.rss"])
    ids = [e.id for e in feed.entries]
    assert ids == [
        f"urn:wbi-opportunities:new:opportunity:{SCRIPT_ID}",
        f"urn:wbi-opportunities:new:opportunity:{FAO_ID}",
        f"urn:wbi-opportunities:new:opportunity:{SCHOLARSHIP_ID}",
        f"urn:wbi-opportunities:new:opportunity:{DECREE_ID}",
    ]
    parse(built["new.atom"])


def test_legal_scheme_links_the_authentic_pdf(built):
    text = parse(built["new.rss"]).entries[-1].summary
    assert "https://www.ejustice.just.fgov.be/mopdf/2017/01/10_1.pdf#Page12" in text
    assert "image PDF du Moniteur belge fait foi" in text


def test_changes_feed(catalogue, built):
    import sqlite3

    with sqlite3.connect(catalogue) as conn:
        change_ids = dict(conn.execute("select change, id from changes where change = 'withdrawn' "
                                       "or (change = 'changed' and field = 'deadlines')").fetchall())
    feed = parse(built["changes.rss"])
    assert [e.id for e in feed.entries] == [f"urn:wbi-opportunities:changes:change:{change_ids['withdrawn']}",
                                            f"urn:wbi-opportunities:changes:change:{change_ids['changed']}"]
    withdrawn, moved = feed.entries
    assert withdrawn.title.startswith("Retiré : ")
    assert moved.title == "Date limite modifiée : Offre de stage au Bureau de liaison de la FAO à Bruxelles"
    assert "2025-03-07 23:59" in moved.summary and "2025-03-14 23:59" in moved.summary


def calendar_events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar, [c for c in calendar.walk("VEVENT")]


def test_ics_fao_event(built):
    calendar, events = calendar_events(built["deadlines.ics"])
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Brussels"
    assert calendar["PRODID"]
    assert str(calendar["X-WR-CALNAME"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    fao = next(e for e in events if str(e["UID"]) == f"{FAO_ID}-2025-03-14@opportunities.wbi-catalogue")
    start = fao.decoded("DTSTART")
    assert start == datetime(2025, 3, 14, 23, 59, tzinfo=BRUSSELS)
    assert start.utcoffset() == timedelta(hours=1)
    assert fao["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert str(fao["SUMMARY"]) == "Date limite : Offre de stage au Bureau de liaison de la FAO à Bruxelles"
    assert str(fao["URL"]) == FAO_URL
    assert "1 200 €/mois" in str(fao["DESCRIPTION"])
    assert "à minuit" in str(fao["DESCRIPTION"])
    assert fao.decoded("DTSTAMP") == datetime(2025, 2, 12, 9, tzinfo=timezone.utc)
    (alarm,) = fao.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -timedelta(days=3)


def test_ics_all_day_when_no_time_and_order(built):
    _, events = calendar_events(built["deadlines.ics"])
    assert [str(e["UID"]).split("@")[0] for e in events] == [
        f"{SCHOLARSHIP_ID}-2025-03-01", f"{FAO_ID}-2025-03-14", f"{SCRIPT_ID}-2025-04-30",
    ]
    assert events[0].decoded("DTSTART") == date(2025, 3, 1)
    assert all(e.walk("VALARM") for e in events)


def test_upcoming_means_brussels_date():
    # 23:30 UTC on 13 March is already 14 March in Brussels.
    assert brussels_today(datetime(2025, 3, 13, 23, 30, tzinfo=timezone.utc)) == date(2025, 3, 14)
    assert brussels_today(datetime(2025, 3, 13, 23, 30)) == date(2025, 3, 13)


def test_deadline_today_is_still_upcoming(catalogue, tmp_path):
    paths = build_feeds(catalogue, tmp_path / "feeds", now=datetime(2025, 3, 14, 18, tzinfo=BRUSSELS))
    feed = parse(next(p for p in paths if p.name == "deadlines.rss"))
    assert [e.id for e in feed.entries][0] == FAO_DEADLINE_GUID


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Stage <script>alert(1)</script> FAO", "Stage alert(1) FAO"),
        ("moins de 35 ans <b>", "moins de 35 ans"),
        ("x <script", "x ‹script"),
        (None, ""),
    ],
)
def test_plain_text_removes_markup(raw, expected):
    assert plain_text(raw) == expected


def test_without_now_upcoming_is_the_catalogue_date(catalogue, tmp_path):
    default = build_feeds(catalogue, tmp_path / "default", site_url=SITE)
    explicit = build_feeds(catalogue, tmp_path / "explicit", site_url=SITE, now=NOW)
    for a, b in zip(default, explicit):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_missing_catalogue_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="run the crawl first"):
        build_feeds(tmp_path / "absent.db", tmp_path / "feeds", now=NOW)


@pytest.mark.parametrize("level, expected", [
    ("master", [(FAO_ID, "2025-03-14")]),  # the withdrawn master internship is left out
    ("phd", [(SCHOLARSHIP_ID, "2025-03-01")]),
    ("graduate", [(FAO_ID, "2025-03-14"), (SCRIPT_ID, "2025-04-30")]),
])
def test_per_level_feed_holds_only_its_level(built, level, expected):
    for ext in ("rss", "atom"):
        feed = parse(built[f"deadlines-level-{level}.{ext}"])
        assert [e.id for e in feed.entries] == [deadline_guid(f"deadlines-level-{level}", *key) for key in expected]
        assert "niveau" in feed.feed.title
    _, events = calendar_events(built[f"deadlines-level-{level}.ics"])
    assert len(events) == len(expected)


def test_deadline_items_match_the_catalogue(catalogue, built):
    """Every upcoming deadline row of a non-withdrawn opportunity is one item, with its title, date and link."""
    import sqlite3

    conn = sqlite3.connect(catalogue)
    expected = conn.execute(
        "select d.opportunity_id, d.date, o.title, o.url from deadlines d join opportunities o on o.id = d.opportunity_id "
        "where d.date >= '2025-02-20' and o.status != 'withdrawn' order by d.date"
    ).fetchall()
    conn.close()
    for name in ("deadlines.rss", "deadlines.atom"):
        entries = parse(built[name]).entries
        assert [(e.id, e.link) for e in entries] == [
            (deadline_guid("deadlines", opp, day), url) for opp, day, _, url in expected
        ]
        for entry, (_, day, title, _) in zip(entries, expected):
            assert entry.title.startswith(f"{day[8:10]}/{day[5:7]}/{day[:4]} – ")
            assert plain_text(title) in entry.title


def test_guids_stable_across_rebuilt_catalogues(tmp_path):
    """Two catalogues built from the same data (as two nightly runs) give the same GUIDs and UIDs."""
    first = {p.name: p for p in build_feeds(build_sample_catalogue(tmp_path / "a.db"), tmp_path / "a", now=NOW)}
    second = {p.name: p for p in build_feeds(build_sample_catalogue(tmp_path / "b.db"), tmp_path / "b", now=NOW)}
    for name in first:
        if name.endswith((".rss", ".atom")):
            assert [e.id for e in parse(first[name]).entries] == [e.id for e in parse(second[name]).entries], name
        elif name.endswith(".ics"):
            assert ([str(e["UID"]) for e in calendar_events(first[name])[1]]
                    == [str(e["UID"]) for e in calendar_events(second[name])[1]]), name
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_timeline_svg(built):
    import xml.etree.ElementTree as ET

    svg = built["timeline.svg"].read_text()
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = "".join(root.itertext())
    assert "Prochaines dates limites (au 20/02/2025" in texts
    # nearest first, withdrawn left out, each row linking to the catalogue page
    assert texts.index("01/03") < texts.index("14/03") < texts.index("30/04")
    assert WITHDRAWN_ID not in svg
    assert f"/catalogue/opportunities/{FAO_ID}" in svg
    assert "<script" not in svg.lower() and "alert(1)" in texts


@pytest.mark.parametrize(
    ("name", "heading", "kind", "days"),
    [
        ("timeline-en.svg", "Upcoming deadlines (as of 20/02/2025, 90 days)", "Internship", "D-"),
        ("timeline-nl.svg", "Volgende deadlines (op 20/02/2025, 90 dagen)", "Stage", "D-"),
        ("timeline.svg", "Prochaines dates limites (au 20/02/2025, 90 jours)", "Stage", "J-"),
    ],
)
def test_the_timeline_speaks_each_language_of_the_site(built, name, heading, kind, days):
    """The landing page in English or Dutch shows a picture in its own words, not the French one."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(built[name].read_text())
    texts = [text.strip() for text in root.itertext() if text.strip()]
    assert heading in texts
    assert kind in texts  # the legend's kind names
    assert any(text.startswith(f"({days}") for text in texts)  # days left beside each title
    assert f"{days[0]}+0" in texts  # the week ticks
    if name != "timeline.svg":  # no French word of the picture itself (the titles are the pages' own)
        assert not any(text.startswith(("Prochaines dates limites", "(J-", "J+")) for text in texts), texts


def test_links_to_the_site_are_relative_without_a_public_address(catalogue, tmp_path):
    """No address is baked in at build time: without --base-url the feeds and the timeline link relatively."""
    written = build_feeds(catalogue, tmp_path / "relative", now=NOW)
    for path in written:
        assert "127.0.0.1" not in path.read_text(), path.name
    assert f'href="/catalogue/opportunities/{FAO_ID}"' in (tmp_path / "relative" / "timeline.svg").read_text()
    fao = next(e for e in parse(tmp_path / "relative" / "deadlines.rss").entries if FAO_ID in e.id)
    assert f'<a href="/catalogue/opportunities/{FAO_ID}">Fiche dans le catalogue</a>' in fao.summary
    with_site = parse(built_feed := build_feeds(catalogue, tmp_path / "absolute", site_url=SITE, now=NOW)[0])
    assert built_feed.name == "deadlines.rss"
    assert f'href="{SITE}/catalogue/opportunities/{FAO_ID}"' in next(e for e in with_site.entries if FAO_ID in e.id).summary


@pytest.mark.parametrize(
    ("folder", "channel", "label", "deadline", "stipend", "duration", "record", "reminder"),
    [
        ("nl", "Kansen voor studenten – uiterste datums", "Uiterste datum:", "14/03/2025 om 23:59 (Brusselse tijd)",
         "1.200 €/maand", "6 maanden", "Fiche in de catalogus", "Uiterste datum over 3 dagen:"),
        ("en", "Student opportunities – deadlines", "Deadline:", "14/03/2025 at 23:59 (Brussels time)",
         "1,200 €/month", "6 months", "Entry in the catalogue", "Deadline in 3 days:"),
    ],
)
def test_the_feeds_speak_each_language_of_the_site(built, folder, channel, label, deadline, stipend, duration,
                                                   record, reminder):
    """A Dutch or English student subscribes from the site in her language and reads the feed in it."""
    feed = parse(built[f"{folder}/deadlines.rss"])
    assert feed.feed.title == channel
    fao = next(e for e in feed.entries if e.id == deadline_guid(f"{folder}-deadlines", FAO_ID, "2025-03-14"))
    for words in (label, deadline, stipend, duration, record):
        assert words in fao.summary, words
    assert f"/catalogue/opportunities/{FAO_ID}?lang={folder}" in fao.summary  # the record opens in her language
    for french in ("Date limite", "heure de Bruxelles", "Fiche dans le catalogue", "€/mois", "Durée"):
        assert french not in fao.summary, french
    # the page's own sentence is quoted as written, and the attribution stays the publisher's
    assert "Les candidatures sont à envoyer pour vendredi 14 mars 2025, à minuit" in fao.summary
    assert "Wallonie-Bruxelles International (WBI) – www.wbi.be" in fao.summary
    _, events = calendar_events(built[f"{folder}/deadlines.ics"])
    event = next(e for e in events if str(e["UID"]).startswith(FAO_ID))
    assert str(event["SUMMARY"]).startswith(label)
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]).startswith(reminder)
    changes = parse(built[f"{folder}/changes.rss"])
    assert not any(entry.title.startswith(("Date limite modifiée", "Retiré")) for entry in changes.entries)


def test_each_language_feed_is_its_own_feed(built):
    """The same deadline in the French and the Dutch feed is two items: readers keep one item per GUID."""
    guids = {folder: {e.id for e in parse(built[f"{folder}deadlines.atom"]).entries} for folder in ("", "nl/", "en/")}
    assert all(guids.values())
    assert not guids[""] & guids["nl/"] and not guids[""] & guids["en/"] and not guids["nl/"] & guids["en/"]
    assert len({parse(built[f"{folder}new.atom"]).feed.id for folder in ("", "nl/", "en/")}) == 3
