"""The feeds of any search: RSS, Atom and iCalendar of a finder search, built live from the catalogue.

The finder's page (``/finder?…``) and the full-text search (``/finder?q=…``)
offer ``/finder.rss?…``, ``/finder.atom?…`` and ``/finder.ics?…`` with the
same query string: a student subscribes to exactly what she searched for.
Items are the opportunities the search finds (RSS/Atom) or their 50 nearest
upcoming deadlines (iCalendar), rendered by the same code as the prebuilt feeds.

Each search is its own feed: its id and every GUID carry the search's key
(``Search.feed_key``, a hash of the canonical query string), so a reader
subscribed to two overlapping searches keeps every item in each, and the same
search gives the same GUIDs on every run.
"""
from __future__ import annotations

import sqlite3
from dataclasses import replace

from opportunities.finder import KINDS, LANGUAGES, LEVELS, Search, as_of, matching_rows

from .build import DESCRIPTION, upcoming_deadlines
from .ical import render_calendar
from .items import EPOCH, URN, deadline_item, opportunity_item
from .queries import xml_text
from .rss import FeedMeta, render_atom, render_rss

#: Items of one search feed: the first ones in the finder's order (open first).
FEED_LIMIT = 200
#: Events of one search calendar: the nearest upcoming deadlines (icalendar renders about 1 ms an event).
CALENDAR_LIMIT = 50
FORMATS = ("rss", "atom", "ics")
MEDIA_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
}


def describe(search: Search) -> str:
    """The search in a few words, for the feed's title (``master, 24 ans, Stage``)."""
    parts = [f"« {search.q} »"] if search.q else []
    if search.level:
        parts.append(LEVELS[search.level])
    if search.age is not None:
        parts.append(f"{search.age} ans")
    if search.fwb:
        parts.append("FWB")
    if search.graduated is not None:
        parts.append(f"diplômé·e depuis {search.graduated} an(s)")
    parts += [LANGUAGES[code] for code in search.languages]
    if search.kind:
        parts.append(KINDS[search.kind])
    if search.country:
        parts.append(search.country)
    if search.min_stipend is not None:
        parts.append(f"≥ {search.min_stipend:g} €/mois")
    if search.deadline_before:
        parts.append(f"avant le {search.deadline_before.strftime('%d/%m/%Y')}")
    return ", ".join(parts) or "toutes les opportunités"


def _clean(rows: list[dict]) -> list[dict]:
    return [{column: xml_text(value) for column, value in row.items()} for row in rows]


def render_search_feed(conn: sqlite3.Connection, search: Search, fmt: str, *, base_url: str = "") -> bytes:
    """The ``fmt`` (``rss``, ``atom`` or ``ics``) feed of ``search``; links start with ``base_url`` or are relative."""
    base_url = base_url.rstrip("/")
    key = f"search-{search.feed_key()}"
    query = search.query_string()
    rows = _clean(matching_rows(conn, replace(search, page=1), limit=FEED_LIMIT, counted=False)[0])
    title = f"Opportunités étudiantes – {describe(search)}"
    if fmt == "ics":
        ids = [row["id"] for row in rows]
        deadlines = upcoming_deadlines(conn, today=as_of(conn).isoformat(), ids=ids)[:CALENDAR_LIMIT] if ids else []
        items = [deadline_item(r, feed=key, site_url=base_url, fallback=EPOCH) for r in deadlines]
        return render_calendar(title, f"Dates limites de la recherche {describe(search)}. {DESCRIPTION}", deadlines, items)
    items = [opportunity_item(r, feed=key, site_url=base_url, fallback=EPOCH) for r in rows]
    meta = FeedMeta(
        id=f"{URN}:feed:{key}",
        title=title,
        subtitle=f"Les opportunités de la recherche {describe(search)}, ouvertes d'abord. {DESCRIPTION}",
        link=f"{base_url}/finder?{query}" if query else f"{base_url}/finder",
        self_url=f"{base_url}/finder.{fmt}?{query}" if query else f"{base_url}/finder.{fmt}",
        updated=max((item.updated for item in items), default=EPOCH),
    )
    return (render_rss if fmt == "rss" else render_atom)(meta, items)
