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
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import quote

from opportunities.i18n import SUPPORTED, use_language

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
LEVEL_LABELS = {
    "bachelor": "bachelier",
    "master": "master",
    "phd": "doctorat",
    "postdoc": "post-doctorat",
    "graduate": "jeunes diplômés",
    "researcher": "chercheurs",
    "staff": "personnel académique",
    "secondary": "secondaire",
}
DESCRIPTION = (
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
    """Write the deadline, new-opportunity and change feeds and the timeline; return the files written.

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
    out_dir.mkdir(parents=True, exist_ok=True)
    table_url = f"{site_url}/catalogue/opportunities"
    outputs: dict[str, bytes] = {}

    with closing(queries.connect_read_only(Path(db_path))) as conn:
        today = (brussels_today(now) if now is not None else catalogue_as_of(conn) or brussels_today(None)).isoformat()
        updated = latest_timestamp([r["at"] for r in queries.fetch(conn, queries.DATA_TIMESTAMPS)])

        def meta(filename: str, urn: str, title: str, subtitle: str, link: str) -> FeedMeta:
            return FeedMeta(
                id=f"{URN}:feed:{urn}",
                title=title,
                subtitle=subtitle,
                link=link,
                self_url=f"{site_url}/feeds/{filename}",
                updated=updated,
            )

        def deadline_files(stem: str, kind: str | None, level: str | None = None) -> list[dict]:
            rows = upcoming_deadlines(conn, today=today, kind=kind, level=level)
            items = [deadline_item(r, feed=stem, site_url=site_url, fallback=updated) for r in rows]
            label = f" – {kind_label(kind)}" if kind else ""
            if level:
                label = f" – niveau {LEVEL_LABELS.get(level, level)}"
            title = f"Opportunités étudiantes – dates limites{label}"
            subtitle = f"Dates limites à venir, de la plus proche à la plus lointaine. {DESCRIPTION}"
            link = f"{table_url}?_sort=next_deadline" + (f"&kind={quote(kind)}" if kind else "")
            if level:
                link = f"{site_url}/catalogue/by_level?level={quote(level)}&_sort=next_deadline"
            for ext, render in (("rss", render_rss), ("atom", render_atom)):
                name = f"{stem}.{ext}"
                outputs[name] = render(meta(name, stem, title, subtitle, link), items)
            outputs[f"{stem}.ics"] = render_calendar(title, subtitle, rows, items)
            return rows

        all_rows = deadline_files("deadlines", None)
        for language in SUPPORTED:
            with use_language(language):
                outputs[timeline_file(language)] = render_timeline(
                    _titles_in(conn, all_rows, language), today=today, site_url=site_url)

        rows = queries.fetch(conn, queries.NEW_OPPORTUNITIES, limit=NEW_LIMIT)
        items = [opportunity_item(r, feed="new", site_url=site_url, fallback=updated) for r in rows]
        for ext, render in (("rss", render_rss), ("atom", render_atom)):
            name = f"new.{ext}"
            outputs[name] = render(
                meta(name, "new", "Opportunités étudiantes – nouveautés",
                     f"Les dernières opportunités découvertes. {DESCRIPTION}", f"{table_url}?_sort_desc=first_seen"),
                items,
            )

        rows = queries.fetch(conn, queries.CHANGES, limit=CHANGES_LIMIT)
        items = [change_item(r, feed="changes", site_url=site_url, fallback=updated) for r in rows]
        for ext, render in (("rss", render_rss), ("atom", render_atom)):
            name = f"changes.{ext}"
            outputs[name] = render(
                meta(name, "changes", "Opportunités étudiantes – changements",
                     f"Dates limites déplacées, bourses modifiées, offres retirées. {DESCRIPTION}",
                     f"{site_url}/catalogue/changes?_sort_desc=at"),
                items,
            )

        for row in queries.fetch(conn, queries.KINDS):
            deadline_files(f"deadlines-{kind_slug(row['kind'])}", row["kind"])
        for row in queries.fetch(conn, queries.LEVELS):
            deadline_files(f"deadlines-level-{kind_slug(row['level'])}", None, row["level"])

    written = []
    for name, content in outputs.items():
        path = out_dir / name
        write_atomically(path, content)
        written.append(path)
    for stale in out_dir.iterdir():
        if PER_KIND_FILE.match(stale.name) and stale.name not in outputs:
            stale.unlink()
    return written


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


def _titles_in(conn: sqlite3.Connection, rows: list[dict], language: str) -> list[dict]:
    """``rows`` with the title of the page in ``language`` where the crawler read a translation of it."""
    try:
        titles = dict(conn.execute(queries.TRANSLATED_TITLES, {"language": language}).fetchall())
    except sqlite3.OperationalError:  # no translations table: a catalogue built before it existed
        return rows
    return [{**row, "title": titles.get(row["opportunity_id"]) or row["title"]} for row in rows]
