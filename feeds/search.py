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

from opportunities.finder import KINDS, LANGUAGES, LEVELS, Search, as_of, matching_rows, translated_titles, with_titles
from opportunities.i18n import (
    DEFAULT,
    current_language,
    format_amount,
    format_short_date,
    gettext,
    label,
    language_parameter,
    ngettext,
)

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
    """The search in a few words in the feed's language, for its title (``master, 24 ans, Stage``)."""
    parts = [f"« {search.q} »"] if search.q else []
    if search.level:
        parts.append(label(LEVELS, search.level))
    if search.age is not None:
        parts.append(ngettext("%(n)s an", "%(n)s ans", search.age) % {"n": search.age})
    if search.fwb:
        parts.append("FWB")
    if search.graduated is not None:
        parts.append(ngettext("diplômé·e depuis %(n)s an", "diplômé·e depuis %(n)s ans", search.graduated)
                     % {"n": search.graduated})
    parts += [label(LANGUAGES, code) for code in search.languages]
    if search.kind:
        parts.append(label(KINDS, search.kind))
    if search.country:
        parts.append(search.country)
    if search.min_stipend is not None:
        parts.append(gettext("≥ %(amount)s €/mois") % {"amount": format_amount(search.min_stipend)})
    if search.deadline_before:
        parts.append(gettext("avant le %(day)s") % {"day": format_short_date(search.deadline_before)})
    return ", ".join(parts) or gettext("toutes les opportunités")


def _clean(rows: list[dict]) -> list[dict]:
    return [{column: xml_text(value) for column, value in row.items()} for row in rows]


def render_search_feed(conn: sqlite3.Connection, search: Search, fmt: str, *, base_url: str = "") -> bytes:
    """The ``fmt`` (``rss``, ``atom`` or ``ics``) feed of ``search``; links start with ``base_url`` or are relative.

    The feed speaks the current language (``opportunities.i18n.use_language``); in Dutch or English its key,
    GUIDs and addresses carry ``lang``, so a reader subscribed to the same search in two languages keeps both.
    """
    base_url = base_url.rstrip("/")
    language = current_language()
    key = f"search-{search.feed_key()}" + ("" if language == DEFAULT else f"-{language}")
    query = "&".join(part for part in (search.query_string(), language_parameter(language)) if part)
    rows = matching_rows(conn, replace(search, page=1), limit=FEED_LIMIT, counted=False)[0]
    if language != DEFAULT and rows:
        rows = with_titles(rows, translated_titles(conn, language, [row["id"] for row in rows]))
    rows = _clean(rows)
    title = gettext("Opportunités étudiantes – %(search)s") % {"search": describe(search)}
    description = gettext(DESCRIPTION)
    if fmt == "ics":
        ids = [row["id"] for row in rows]
        deadlines = upcoming_deadlines(conn, today=as_of(conn).isoformat(), ids=ids)[:CALENDAR_LIMIT] if ids else []
        items = [deadline_item(r, feed=key, site_url=base_url, fallback=EPOCH) for r in deadlines]
        subtitle = gettext("Dates limites de la recherche %(search)s.") % {"search": describe(search)}
        return render_calendar(title, f"{subtitle} {description}", deadlines, items)
    items = [opportunity_item(r, feed=key, site_url=base_url, fallback=EPOCH) for r in rows]
    subtitle = gettext("Les opportunités de la recherche %(search)s, ouvertes d'abord.") % {"search": describe(search)}
    meta = FeedMeta(
        id=f"{URN}:feed:{key}",
        title=title,
        subtitle=f"{subtitle} {description}",
        link=f"{base_url}/finder?{query}" if query else f"{base_url}/finder",
        self_url=f"{base_url}/finder.{fmt}?{query}" if query else f"{base_url}/finder.{fmt}",
        updated=max((item.updated for item in items), default=EPOCH),
    )
    return (render_rss if fmt == "rss" else render_atom)(meta, items)
