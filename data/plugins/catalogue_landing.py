"""Template variables for the landing page: last crawl, counts, next deadlines, per-kind and per-level feeds.

Configuration cannot query the database for the index page, so this one hook
does; everything else about the site lives in metadata.yaml. Every count on
the page comes from the opportunities table and says which statuses it
counts, so no two figures of the page disagree; labels and dates are in the
reader's language (``opportunities.i18n``).
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo

from datasette import hookimpl

from feeds.build import kind_slug
from feeds.timeline import timeline_file
from opportunities.i18n import (
    KINDS, LEVELS, current_language, days_left_text, format_deadline, format_short_date, label,
)

DATABASE = "catalogue"

BRUSSELS = ZoneInfo("Europe/Brussels")
NEXT_DEADLINES = 8
LAST_CRAWL = """
select id, started, finished, status, pages, errors
from crawl_runs where finished is not null
order by finished desc limit 1
"""
# Monitors the last finished run failed: each message names the URL and what was expected of it.
FAILED_MONITORS = """
select json_extract(m.value, '$.name') as name, json_extract(m.value, '$.message') as message
from crawl_runs r, json_each(r.details, '$.monitors') m
where r.id = (select id from crawl_runs where finished is not null order by finished desc limit 1)
  and json_extract(m.value, '$.ok') = 0
order by m.key
"""
# "Today" is the catalogue's own date (the day its statuses were computed for), as in the feeds.
AS_OF = "select coalesce((select value from catalogue_info where key = 'as_of'), date('now')) as as_of"
COUNTS = f"""
select count(*) as total,
       coalesce(sum(status = 'open'), 0) as open,
       coalesce(sum(status = 'rolling'), 0) as rolling,
       coalesce(sum(status != 'withdrawn' and next_deadline >= ({AS_OF})), 0) as upcoming,
       ({AS_OF}) as as_of
from opportunities
"""
# Both counts read only covering indexes (the finder's, m006_finder_index: status, kind, next_deadline, levels): the rows carry page texts.
# ``levels`` holds the level criteria of ``eligibility``, each once. Both count where one can apply now
# (open or rolling), as "Ouvertes maintenant" does.
OPEN_LEVELS = f"""
select j.value as level, count(*) as n, coalesce(sum(o.next_deadline >= ({AS_OF})), 0) as upcoming
from opportunities o, json_each(o.levels) j
where o.status in ('open', 'rolling')
group by j.value order by n desc, j.value
"""
CLOSING = f"""
select coalesce(sum(next_deadline < date(({AS_OF}), '+8 days')), 0) as days_7,
       count(*) as days_30
from opportunities
where status = 'open' and next_deadline >= ({AS_OF}) and next_deadline < date(({AS_OF}), '+31 days')
"""
OPEN_KINDS = f"""
select kind, sum(n) as n, sum(upcoming) as upcoming from (
  select kind, count(*) as n, coalesce(sum(next_deadline >= ({AS_OF})), 0) as upcoming from opportunities
  where status in ('open', 'rolling') and kind is not null
  group by status, kind
)
group by kind order by n desc, kind
"""
# The readable timeline: the same upcoming deadlines as timeline.svg, as text; titles in the reader's language
# when the crawler read a translation.
UPCOMING = f"""
select id, coalesce((select t.title from translations t where t.opportunity_id = o.id and t.language = :lang
                     and t.title is not null order by t.url limit 1), title) as title, kind, next_deadline,
       cast(julianday(substr(next_deadline, 1, 10)) - julianday(({AS_OF})) as integer) as days_left
from opportunities o
where status = 'open' and next_deadline >= ({AS_OF})
order by next_deadline, title
limit {NEXT_DEADLINES}
"""


async def _first(db, sql):
    try:
        rows = (await db.execute(sql)).rows
    except sqlite3.OperationalError:  # table not created yet: an empty catalogue
        return None
    return dict(rows[0]) if rows else None


async def _all(db, sql, params=None):
    try:
        return [dict(row) for row in (await db.execute(sql, params)).rows]
    except sqlite3.OperationalError:  # table not created yet (an empty catalogue), or details not JSON
        return []


def run_time(timestamp: str | None) -> str | None:
    """A run's UTC ISO timestamp as the reader's clock shows it: "03/12/2026 à 09:48" (Brussels time)."""
    if not timestamp:
        return None
    try:
        moment = datetime.fromisoformat(timestamp).astimezone(BRUSSELS)
    except ValueError:
        return timestamp
    return format_deadline(moment.strftime("%Y-%m-%dT%H:%M"))


async def landing_vars(datasette):
    if DATABASE not in datasette.databases:
        return {"catalogue": None}
    db = datasette.get_database(DATABASE)
    kinds = [
        {"kind": row["kind"], "label": label(KINDS, row["kind"]), "count": row["n"], "upcoming": row["upcoming"],
         "slug": kind_slug(row["kind"])}
        for row in await _all(db, OPEN_KINDS)
    ]
    levels = [
        {"level": row["level"], "label": label(LEVELS, row["level"]), "count": row["n"], "upcoming": row["upcoming"],
         "slug": kind_slug(row["level"])}
        for row in await _all(db, OPEN_LEVELS)
    ]
    upcoming = [
        {**row, "kind_label": label(KINDS, row["kind"]), "deadline": format_deadline(row["next_deadline"]),
         "days_left_text": days_left_text(row["days_left"])}
        for row in await _all(db, UPCOMING, {"lang": current_language()})
    ]
    counts = await _first(db, COUNTS)
    if counts:
        counts["as_of"] = format_short_date(counts["as_of"])
    last_crawl = await _first(db, LAST_CRAWL)
    if last_crawl:
        last_crawl["finished_text"] = run_time(last_crawl["finished"])
    failed_monitors = await _all(db, FAILED_MONITORS)  # none too when details are not JSON
    return {
        "catalogue": {
            "name": DATABASE,
            "last_crawl": last_crawl,
            "failed_monitors": failed_monitors,
            "counts": counts,
            "kinds": kinds,
            "upcoming": upcoming,
            "levels": levels,
            "closing": await _first(db, CLOSING),
            # The deadline picture in the reader's language (feeds/timeline.py writes one per language).
            "timeline": timeline_file(current_language()),
        }
    }


@hookimpl
def extra_template_vars(view_name, datasette):
    if view_name != "index":
        return {}

    async def inner():
        return await landing_vars(datasette)

    return inner
