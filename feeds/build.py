"""Build every feed file from the catalogue.

``build_feeds`` reads the catalogue read-only and writes RSS 2.0, Atom and
iCalendar files into ``out_dir`` (served by Datasette as ``/feeds/…``). The
clock is used only to choose which deadlines are upcoming (``now``); every
date written into the files comes from the data.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import quote

from opportunities.finder import LEVELS, translated_titles, with_titles
from opportunities.i18n import DEFAULT, N_, SUPPORTED, feeds_folder, gettext, label, use_language

from . import queries
from .ical import render_calendar
from .items import (
    BRUSSELS,
    URN,
    deadline_item,
    change_item,
    kind_label,
    latest_timestamp,
    opportunity_item,
)
from .rss import FeedMeta, render_atom, render_rss
from .timeline import render_timeline, timeline_file

NEW_LIMIT = 50
#: Items of a deadline feed or calendar: the nearest ones (a reader or calendar app chokes on thousands).
DEADLINES_LIMIT = 500
CHANGES_LIMIT = 100
# Generated per-kind and per-level files (deadlines-<kind>.*, deadlines-level-<level>.*);
# a kind or level that leaves the catalogue has its files removed.
PER_KIND_FILE = re.compile(r"^deadlines-[a-z0-9_-]+\.(rss|atom|ics)$")
DESCRIPTION = N_(
    "Stages, bourses et appels pour étudiants de la Fédération Wallonie-Bruxelles. "
    "Source : Wallonie-Bruxelles International (WBI) – www.wbi.be et Moniteur belge / Justel (SPF Justice)."
)


def brussels_today(now: datetime | date | None) -> date:
    """The Brussels date of ``now`` (naive datetimes are taken as Brussels time)."""
    if now is None:
        now = datetime.now(timezone.utc)
    if not isinstance(now, datetime):
        return now
    if now.tzinfo is None:
        return now.date()
    return now.astimezone(BRUSSELS).date()


def catalogue_as_of(conn) -> date | None:
    """The date the catalogue's statuses were computed for (``catalogue_info.as_of``), if recorded."""
    try:
        row = conn.execute(queries.AS_OF).fetchone()
    except sqlite3.OperationalError:  # a catalogue from before catalogue_info existed
        return None
    try:
        return date.fromisoformat(row[0]) if row and row[0] else None
    except ValueError:
        return None


def kind_slug(kind: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "-", kind.lower()).strip("-")


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` in one step, so Datasette never serves a half-written feed."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_feeds(
    db_path: Path,
    out_dir: Path,
    *,
    site_url: str = "",
    now: datetime | None = None,
) -> list[Path]:
    """Write the deadline, new-opportunity and change feeds and the timelines; return the files written.

    Every feed is written in each language of the site: French at the top of
    ``out_dir`` (``deadlines.rss``), Dutch and English under ``nl/`` and ``en/``
    with the same names, their titles those of the pages' translations where
    the crawler read one.

    ``now`` chooses which deadlines are upcoming (Brussels date of ``now`` or
    later). Without it, the catalogue's own date (``catalogue_info.as_of``, the
    day its statuses were computed for) is used, so a snapshot catalogue gives
    the same feeds whenever they are built; the clock is the last resort.

    Links to the site start with ``site_url``, the public address the operator configured
    (``--base-url``); without one they are relative (``/catalogue/opportunities/…``), right on
    whatever host and port serves them, instead of an address baked in at build time.

    Example: ``build_feeds(Path("data/catalogue.db"), Path("data/feeds"))``.
    """
    site_url = site_url.rstrip("/")
    out_dir = Path(out_dir)
    outputs: dict[str, bytes] = {}

    with closing(queries.connect_read_only(Path(db_path))) as conn:
        today = (brussels_today(now) if now is not None else catalogue_as_of(conn) or brussels_today(None)).isoformat()
        updated = latest_timestamp([r["at"] for r in queries.fetch(conn, queries.DATA_TIMESTAMPS)])
        lists = _FeedLists(
            deadlines=upcoming_deadlines(conn, today=today),
            new=queries.fetch(conn, queries.NEW_OPPORTUNITIES, limit=NEW_LIMIT),
            changes=queries.fetch(conn, queries.CHANGES, limit=CHANGES_LIMIT),
            kinds={row["kind"]: upcoming_deadlines(conn, today=today, kind=row["kind"])
                   for row in queries.fetch(conn, queries.KINDS)},
            levels={row["level"]: upcoming_deadlines(conn, today=today, level=row["level"])
                    for row in queries.fetch(conn, queries.LEVELS)},
        )
        for language in SUPPORTED:
            titles = _translated_titles(conn, language)
            with use_language(language):
                outputs.update(_language_feeds(lists, titles, feeds_folder(language), site_url=site_url, updated=updated))
                outputs[timeline_file(language)] = render_timeline(
                    with_titles(lists.deadlines, titles, key="opportunity_id"), today=today, site_url=site_url)

    written = []
    for name, content in outputs.items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content)
        written.append(path)
    for folder in {out_dir / feeds_folder(language) for language in SUPPORTED}:
        for stale in folder.iterdir():
            if PER_KIND_FILE.match(stale.name) and str(stale.relative_to(out_dir)) not in outputs:
                stale.unlink()
    return written


@dataclass(frozen=True)
class _FeedLists:
    """The rows of every feed, read once and written in each language."""

    deadlines: list[dict]
    new: list[dict]
    changes: list[dict]
    kinds: dict[str, list[dict]]
    levels: dict[str, list[dict]]


def _language_feeds(lists: _FeedLists, titles: dict[str, str], folder: str, *, site_url: str,
                    updated: datetime) -> dict[str, bytes]:
    """Every feed file in the current language, named under ``folder`` (``""`` or ``"nl/"``)."""
    outputs: dict[str, bytes] = {}
    table_url = f"{site_url}/catalogue/opportunities"
    description = gettext(DESCRIPTION)
    # A feed's own id and its items' GUIDs name the folder: the same deadline in the French and the
    # Dutch feed is two items, as feed readers keep one item per GUID across every subscription.
    feed_id = folder.replace("/", "-")

    def rss_and_atom(stem: str, title: str, subtitle: str, link: str, items: list) -> None:
        for ext, render in (("rss", render_rss), ("atom", render_atom)):
            name = f"{stem}.{ext}"
            outputs[folder + name] = render(
                FeedMeta(id=f"{URN}:feed:{feed_id}{stem}", title=title, subtitle=subtitle, link=link,
                         self_url=f"{site_url}/feeds/{folder}{name}", updated=updated),
                items,
            )

    def deadline_files(stem: str, rows: list[dict], kind: str | None = None, level: str | None = None) -> None:
        rows = with_titles(rows, titles, key="opportunity_id")
        items = [deadline_item(r, feed=f"{feed_id}{stem}", site_url=site_url, fallback=updated) for r in rows]
        title = gettext("Opportunités étudiantes – dates limites")
        if kind:
            title += f" – {kind_label(kind)}"
        if level:
            title += " – " + gettext("niveau %(level)s") % {"level": label(LEVELS, level)}
        subtitle = gettext("Dates limites à venir, de la plus proche à la plus lointaine.") + f" {description}"
        link = f"{table_url}?_sort=next_deadline" + (f"&kind={quote(kind)}" if kind else "")
        if level:
            link = f"{site_url}/catalogue/by_level?level={quote(level)}&_sort=next_deadline"
        rss_and_atom(stem, title, subtitle, link, items)
        outputs[f"{folder}{stem}.ics"] = render_calendar(title, subtitle, rows, items)

    deadline_files("deadlines", lists.deadlines)
    rss_and_atom("new", gettext("Opportunités étudiantes – nouveautés"),
                 gettext("Les dernières opportunités découvertes.") + f" {description}",
                 f"{table_url}?_sort_desc=first_seen",
                 [opportunity_item(r, feed=f"{feed_id}new", site_url=site_url, fallback=updated)
                  for r in with_titles(lists.new, titles)])
    rss_and_atom("changes", gettext("Opportunités étudiantes – changements"),
                 gettext("Dates limites déplacées, bourses modifiées, offres retirées.") + f" {description}",
                 f"{site_url}/catalogue/changes?_sort_desc=at",
                 [change_item(r, feed=f"{feed_id}changes", site_url=site_url, fallback=updated)
                  for r in with_titles(lists.changes, titles, key="opportunity_id")])
    for kind, rows in lists.kinds.items():
        deadline_files(f"deadlines-{kind_slug(kind)}", rows, kind=kind)
    for level, rows in lists.levels.items():
        deadline_files(f"deadlines-level-{kind_slug(level)}", rows, level=level)
    return outputs


def upcoming_deadlines(conn, *, today: str, kind: str | None = None, level: str | None = None,
                       ids: list[str] | None = None) -> list[dict]:
    """The ``DEADLINES_LIMIT`` nearest upcoming deadline rows, one per opportunity and date (the earliest time wins).

    Of every opportunity, of one ``kind`` or ``level``, or of the opportunities ``ids`` (a search's).
    """
    seen: set[tuple[str, str]] = set()
    rows = []
    if ids is None:
        found = queries.fetch(conn, queries.UPCOMING_DEADLINES, today=today, kind=kind, level=level)
    else:
        found = queries.fetch(conn, queries.UPCOMING_DEADLINES_OF, today=today, ids=json.dumps(ids))
    for row in found:
        key = (row["opportunity_id"], row["date"])
        if key not in seen:
            seen.add(key)
            rows.append(row)
            if len(rows) == DEADLINES_LIMIT:
                break
    return rows


def _translated_titles(conn: sqlite3.Connection, language: str) -> dict[str, str]:
    """Opportunity id -> the title of its page in ``language``, where the crawler read a translation of it."""
    return {} if language == DEFAULT else translated_titles(conn, language)
