"""Feed definitions as SQL.

Each feed is one query over the catalogue; the renderers (``rss.py``,
``ical.py``) only format the rows. Parameters are named (``:today``,
``:kind``) so the same query serves the full feed and the per-kind feeds.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

# Upcoming application deadlines: a fixed date on or after :today (the
# Brussels date of the build), for every opportunity that was not withdrawn,
# optionally of one kind (:kind) or open to one level of study (:level).
# Ordered by deadline ascending; a deadline without a time closes at the end
# of its day, so it sorts after timed deadlines of the same date.
# What every feed item shows of its opportunity (both feeds select it).
_OPPORTUNITY_FACTS = """  o.stipend_summary,
  o.stipend_monthly_eur,
  -- the stipends themselves, in the record's order, to be written in the feed's language
  (
    select json_group_array(json_object('amount', s.amount, 'currency', s.currency, 'period', s.period,
                                        'is_maximum', s.is_maximum, 'applies_to', s.applies_to))
    from (select * from stipends s where s.opportunity_id = o.id order by s.rowid) s
  ) as stipends_json,
  o.duration_min_months,
  o.duration_max_months,
  o.start_date,
  o.end_date,
  o.attribution,
  o.published,
  o.first_seen,
  o.updated,
  (
    select la.pdf_original from legal_acts la
    where la.opportunity_id = o.id and la.pdf_original is not null
    order by la.publication_date desc limit 1
  ) as pdf_original"""

_UPCOMING_DEADLINES = f"""
select
  d.opportunity_id,
  d.date,
  d.time,
  d.datetime,
  d.rule,
  d.evidence,
  o.title,
  o.url,
  o.kind,
  o.source,
  o.status,
{_OPPORTUNITY_FACTS}
from deadlines d
join opportunities o on o.id = d.opportunity_id
where d.date is not null
  and d.date >= :today
  and o.status != 'withdrawn'
  {{which}}
order by d.date, coalesce(d.time, '24:00'), o.title, o.id, d.id
"""

UPCOMING_DEADLINES = _UPCOMING_DEADLINES.format(which="""and (:kind is null or o.kind = :kind)
  and (:level is null or exists (
    select 1 from eligibility e
    where e.opportunity_id = o.id and e.criterion = 'level' and e.value = :level
  ))""")
# The same, of the opportunities a search found (:ids, a JSON array): looked up by id, not scanned.
UPCOMING_DEADLINES_OF = _UPCOMING_DEADLINES.format(which="and d.opportunity_id in (select value from json_each(:ids))")

# The newest opportunities, by the first time the crawler saw them.
NEW_OPPORTUNITIES = f"""
select
  o.id,
  o.title,
  o.url,
  o.kind,
  o.source,
  o.status,
  o.summary,
  o.next_deadline,
  o.deadline_rule,
{_OPPORTUNITY_FACTS}
from opportunities o
where o.status != 'withdrawn' and o.first_seen is not null
order by o.first_seen desc, o.id
limit :limit
"""

# Fields whose changes do not interest a student: bookkeeping and full text
# (a body edit without a changed fact is noise; a changed fact has its own row).
IGNORED_CHANGE_FIELDS = ("body", "record", "content_hash", "first_seen", "last_seen", "updated")

# Changes a student acts on: deadline moved, stipend changed, withdrawn,
# status or other extracted fact changed. New opportunities have their own feed.
CHANGES = f"""
select
  c.id,
  c.run_id,
  c.opportunity_id,
  c.at,
  c.change,
  c.field,
  c.old,
  c.new,
  o.title,
  o.url,
  o.kind,
  o.source,
  o.attribution
from changes c
left join opportunities o on o.id = c.opportunity_id
where c.change = 'withdrawn'
   or (c.change = 'changed' and coalesce(c.field, '') not in ({", ".join(f"'{f}'" for f in IGNORED_CHANGE_FIELDS)}))
order by c.at desc, c.id desc
limit :limit
"""

# Kinds that get their own deadline feeds: every kind in the catalogue, so a
# subscriber's URL keeps working while a kind has no upcoming deadline.
KINDS = "select distinct kind from opportunities where kind is not null order by kind"

# Levels of study that get their own deadline feeds (the normalised eligibility rows).
LEVELS = "select distinct value as level from eligibility where criterion = 'level' and value is not null order by value"

# The date the crawl computed statuses for; the default "today" of the feeds.
AS_OF = "select value from catalogue_info where key = 'as_of'"

# Every timestamp that says when the data last changed; the feeds' build date
# is the latest of them, never the clock.
DATA_TIMESTAMPS = """
select updated as at from opportunities where updated is not null
union all select first_seen from opportunities where first_seen is not null
union all select at from changes where at is not null
"""


# Everything outside XML 1.0's Char production (tab, newline, carriage return and the valid planes).
_XML_ILLEGAL = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def fetch(conn: sqlite3.Connection, sql: str, **params: Any) -> list[dict[str, Any]]:
    """Run one feed query and return its rows as dicts, every text made XML-legal (see ``xml_text``)."""
    cursor = conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [{column: xml_text(value) for column, value in zip(columns, row)} for row in cursor.fetchall()]


def xml_text(value: Any) -> Any:
    """``value`` without the characters XML 1.0 forbids, when it is text.

    Scraped titles and bodies carry stray control characters (a ``\\x08``
    pasted from a word processor); one of them in any field makes the XML
    writers of feedgen and the feed readers reject the whole file, so they
    are dropped here, where every feed reads the catalogue.
    """
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """Open the catalogue read-only, so building feeds never creates or alters it."""
    if not Path(db_path).exists():
        raise FileNotFoundError(f"No catalogue at {db_path}: run the crawl first (opportunities crawl) or pass the right path.")
    return sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
