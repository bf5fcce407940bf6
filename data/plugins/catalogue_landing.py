"""Template variables for the landing page: last crawl, counts, per-kind and per-level feeds.

Configuration cannot query the database for the index page, so this one hook
does; everything else about the site lives in metadata.yaml.
"""
from __future__ import annotations

import sqlite3

from datasette import hookimpl

from feeds.build import LEVEL_LABELS, kind_slug
from feeds.items import KIND_LABELS

DATABASE = "catalogue"

LAST_CRAWL = """
select id, started, finished, status, pages, items, errors
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
# Both counts read only covering indexes ((status, levels), (status, kind)): the rows carry page texts.
# ``levels`` holds the level criteria of ``eligibility``, each once.
LEVELS = """
select j.value as level, count(*) as n
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
KINDS = """
select kind, sum(n) as n from (
  select kind, count(*) as n from opportunities
  where status != 'withdrawn' and kind is not null
  group by status, kind
)
group by kind order by n desc, kind
"""


async def _first(db, sql):
    try:
        rows = (await db.execute(sql)).rows
    except sqlite3.OperationalError:  # table not created yet: an empty catalogue
        return None
    return dict(rows[0]) if rows else None


async def landing_vars(datasette):
    if DATABASE not in datasette.databases:
        return {"catalogue": None}
    db = datasette.get_database(DATABASE)
    try:
        kinds = [
            {"kind": row["kind"], "label": KIND_LABELS.get(row["kind"], row["kind"]),
             "count": row["n"], "slug": kind_slug(row["kind"])}
            for row in (await db.execute(KINDS)).rows
        ]
    except sqlite3.OperationalError:
        kinds = []
    try:
        levels = [
            {"level": row["level"], "label": LEVEL_LABELS.get(row["level"], row["level"]), "count": row["n"],
             "slug": kind_slug(row["level"])}
            for row in (await db.execute(LEVELS)).rows
        ]
    except sqlite3.OperationalError:
        levels = []
    try:
        failed_monitors = [dict(row) for row in (await db.execute(FAILED_MONITORS)).rows]
    except sqlite3.OperationalError:  # no crawl_runs yet, or details that are not JSON
        failed_monitors = []
    return {
        "catalogue": {
            "name": DATABASE,
            "last_crawl": await _first(db, LAST_CRAWL),
            "failed_monitors": failed_monitors,
            "counts": await _first(db, COUNTS),
            "kinds": kinds,
            "levels": levels,
            "closing": await _first(db, CLOSING),
        }
    }


@hookimpl
def extra_template_vars(view_name, datasette):
    if view_name != "index":
        return {}

    async def inner():
        return await landing_vars(datasette)

    return inner
