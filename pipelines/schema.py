"""The catalogue's tables, declared once, with named migrations.

Only this module defines tables; ``store.py`` only writes rows. Each
migration is a named function of one ``sqlite_utils.Migrations`` set,
applied once in its own transaction and recorded in ``_sqlite_migrations``,
so an existing catalogue is upgraded in place. Catalogues built before
sqlite-utils' ``Migrations`` recorded theirs in ``_migrations``; ``migrate``
carries those records over once, so nothing is applied twice.
"""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("catalogue")
#: Where catalogues built before ``Migrations`` recorded the names of their applied migrations.
LEGACY_TABLE = "_migrations"


def migration(func: Callable[[sqlite_utils.Database], None]):
    """Declare a migration of the catalogue (named after the function; applied in declaration order)."""
    return MIGRATIONS()(func)


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    db["organisations"].create(
        {"name": str, "full_name": str},   # name: the acronym pages use (FAO, UNESCO, VIAA…)
        pk="name",
    )
    db["opportunities"].create(
        {
            "id": str,               # stable: source + slug of the canonical URL
            "source": str,           # wbi | ejustice
            "url": str,
            "title": str,
            "kind": str,
            "language": str,
            "status": str,           # open | closed | rolling | withdrawn | unknown
            "summary": str,
            "body": str,
            "next_deadline": str,    # ISO local date-time (Europe/Brussels) of the next application deadline
            "last_deadline": str,    # latest fixed deadline, past or future
            "deadline_rule": str,    # text of a rolling/recurring rule when there is one
            "stipend_monthly_eur": float,
            "stipend_summary": str,
            "duration_min_months": float,
            "duration_max_months": float,
            "start_date": str,
            "end_date": str,
            "age_max": int,
            "requires_fwb": int,
            "graduated_within_years": int,
            "levels": str,           # JSON array
            "languages": str,        # JSON array
            "contact_emails": str,   # JSON array
            "organisation": str,     # host or funder named by the page ("FAO", "UNESCO", "VIAA")
            "city": str,
            "country": str,          # ISO 3166-1 alpha-2
            "published": str,
            "first_seen": str,
            "last_seen": str,
            "updated": str,          # when the extracted facts last changed
            "content_hash": str,
            "attribution": str,
            "record": str,           # the full CONTRACT.md record as JSON
        },
        pk="id",
        not_null={"source", "url", "title", "kind", "status"},
        foreign_keys=[("organisation", "organisations", "name")],
    )
    db["deadlines"].create(
        {
            "id": str,
            "opportunity_id": str,
            "date": str,
            "time": str,
            "datetime": str,         # ISO with the Europe/Brussels offset, for feeds and calendars
            "kind": str,
            "rule": str,
            "evidence": str,
        },
        pk="id",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["stipends"].create(
        {
            "id": str,
            "opportunity_id": str,
            "amount": float,
            "currency": str,
            "period": str,
            "is_maximum": int,
            "applies_to": str,
            "monthly_eur": float,
            "evidence": str,
        },
        pk="id",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["durations"].create(
        {
            "opportunity_id": str,
            "min_months": float,
            "max_months": float,
            "start": str,
            "end": str,
            "evidence": str,
        },
        pk="opportunity_id",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["eligibility"].create(
        {
            "id": str,
            "opportunity_id": str,
            "criterion": str,        # age_max | requires_fwb | level | graduated_within_years | language | field
            "value": str,
            "evidence": str,
        },
        pk="id",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["translations"].create(
        {"url": str, "opportunity_id": str, "language": str, "title": str},
        pk="url",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["documents"].create(
        {"id": str, "opportunity_id": str, "url": str, "title": str},
        pk="id",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["legal_acts"].create(
        {
            "eli": str,
            "opportunity_id": str,
            "numac": str,
            "title": str,
            "act_type": str,
            "act_date": str,
            "source_authority": str,
            "publication_date": str,
            "publication_page": int,
            "dossier_number": str,
            "entry_into_force": str,
            "modifies": str,         # JSON array of numacs
            "consolidation_date": str,
            "pdf_original": str,
            "pdf_consolidated": str,
            "versions_archived": int,
            "articles": str,         # JSON [{number, text}] of this consolidation, to tell what the next one changed
            "content_hash": str,
        },
        pk="eli",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
    )
    db["pages"].create(
        {
            "url": str,
            "fetched_url": str,
            "source": str,
            "title": str,
            "is_opportunity": int,
            "kind": str,
            "opportunity_id": str,
            "language": str,
            "published": str,
            "status_code": int,
            "etag": str,
            "last_modified": str,
            "content_hash": str,
            "extractor_version": str,
            "bytes": int,
            "first_fetched": str,
            "last_fetched": str,
            "text": str,
        },
        pk="url",
    )
    db["crawl_runs"].create(
        {
            "id": int,
            "started": str,
            "finished": str,
            "sources": str,
            "pages": int,
            "items": int,
            "errors": int,
            "bytes": int,
            "duration_s": float,
            "status": str,           # ok | suspect | failed
            "details": str,          # JSON: stats and monitor results
        },
        pk="id",
    )
    db["changes"].create(
        {
            "id": int,
            "run_id": int,
            "opportunity_id": str,
            "at": str,
            "change": str,           # new | changed | withdrawn
            "field": str,
            "old": str,
            "new": str,
        },
        pk="id",
    )
    db["catalogue_info"].create({"key": str, "value": str}, pk="key")  # as_of, last_run… (docs/catalogue.md)
    db["opportunities"].enable_fts(["title", "body"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")
    for table, columns in [
        ("opportunities", ["status", "next_deadline"]),
        ("opportunities", ["kind"]),
        ("opportunities", ["source"]),
        ("deadlines", ["opportunity_id"]),
        ("deadlines", ["date"]),
        ("stipends", ["opportunity_id"]),
        ("eligibility", ["opportunity_id"]),
        ("eligibility", ["criterion", "value"]),
        ("documents", ["opportunity_id"]),
        ("changes", ["opportunity_id"]),
        ("changes", ["run_id"]),
        ("pages", ["opportunity_id"]),
        ("translations", ["opportunity_id"]),
    ]:
        db[table].create_index(columns, if_not_exists=True)


# "Today" for the student views: the catalogue's own date (the day its statuses
# were computed for), so a snapshot catalogue answers the same way any day;
# the server's date only for a catalogue that never recorded one.
CATALOGUE_TODAY = "coalesce((select value from catalogue_info where key = 'as_of'), date('now'))"
# Columns a student scans in a list, shared by every view.
_VIEW_COLUMNS = """o.id, o.title, o.kind, o.status, o.next_deadline,
  cast(julianday(substr(o.next_deadline, 1, 10)) - julianday({today}) as integer) as days_left,
  o.deadline_rule, o.stipend_monthly_eur, o.stipend_summary, o.duration_min_months, o.duration_max_months,
  o.organisation, o.city, o.country, o.levels, o.source, o.url""".format(today=CATALOGUE_TODAY)
STUDENT_VIEWS = {
    # Applications accepted now: a fixed deadline still ahead (open) or a continuous rule (rolling).
    "open_now": f"""
select {_VIEW_COLUMNS}
from opportunities o
where o.status in ('open', 'rolling')
order by o.next_deadline is null, o.next_deadline, o.title""",
    "closing_7_days": f"""
select {_VIEW_COLUMNS}
from opportunities o
where o.status = 'open'
  and o.next_deadline >= {CATALOGUE_TODAY}
  and o.next_deadline < date({CATALOGUE_TODAY}, '+8 days')
order by o.next_deadline, o.title""",
    "closing_30_days": f"""
select {_VIEW_COLUMNS}
from opportunities o
where o.status = 'open'
  and o.next_deadline >= {CATALOGUE_TODAY}
  and o.next_deadline < date({CATALOGUE_TODAY}, '+31 days')
order by o.next_deadline, o.title""",
    # One row per level and opportunity, from the normalised eligibility rows.
    "by_level": f"""
select e.value as level, {_VIEW_COLUMNS}
from eligibility e
join opportunities o on o.id = e.opportunity_id
where e.criterion = 'level'
order by e.value, o.next_deadline is null, o.next_deadline, o.title""",
}
FTS_COLUMNS = ["title", "body", "eligibility_text"]


@migration
def m002_student_views(db: sqlite_utils.Database) -> None:
    """Views for the students' questions, the indexes behind them, eligibility in the full-text index."""
    if "eligibility_text" not in db["opportunities"].columns_dict:
        # The eligibility evidence sentences of the row, joined: searchable with title and body.
        db["opportunities"].add_column("eligibility_text", str)
    # French has no stemmer in SQLite: remove_diacritics 2 makes "reseau" match "réseau";
    # the search canned query adds prefix matching for plurals and feminines (docs/catalogue.md).
    db["opportunities"].enable_fts(
        FTS_COLUMNS, create_triggers=True, tokenize="unicode61 remove_diacritics 2", replace=True
    )
    for name, sql in STUDENT_VIEWS.items():
        db.execute(f"drop view if exists [{name}]")
        db.create_view(name, sql.strip())
    for columns in (
        ["next_deadline"],          # default sort of the table page
        ["organisation"],           # facets: a covering index spares reading the large rows
        ["country"],
        ["status", "kind"],
        ["levels"],
        ["first_seen"],             # new.rss
    ):
        db["opportunities"].create_index(columns, if_not_exists=True)
    db["changes"].create_index(["at"], if_not_exists=True)


@migration
def m003_page_parser(db: sqlite_utils.Database) -> None:
    """Which reader gave a page's text: its site's page object, or the fallback extractor (trafilatura)."""
    if "parser" not in db["pages"].columns_dict:
        db["pages"].add_column("parser", str)


@migration
def m004_typed_facts(db: sqlite_utils.Database) -> None:
    """Extractor version 8: every fact's span and cue, yearly deadlines, range lower bounds, other dates."""
    for table, columns in {
        "deadlines": {"recurring": int, "span": str, "cue": str},
        "stipends": {"amount_min": float, "span": str, "cue": str},
        "durations": {"span": str, "cue": str},
    }.items():
        for column, kind in columns.items():
            if column not in db[table].columns_dict:
                db[table].add_column(column, kind)
    db["other_dates"].create(
        {
            "id": str,
            "opportunity_id": str,
            "date": str,
            "what": str,             # notification | selection | results | event | start | end | publication | opening | other
            "evidence": str,
            "span": str,
            "cue": str,
        },
        pk="id",
        foreign_keys=[("opportunity_id", "opportunities", "id")],
        if_not_exists=True,
    )


@migration
def m005_landing_indexes(db: sqlite_utils.Database) -> None:
    """A covering index for the landing page's per-level counts of live opportunities.

    Counting levels through ``eligibility`` joined to the large opportunity
    rows took 650 ms on 100,000 opportunities, past the site's time limit
    under load; (status, levels) answers the same count from the index alone.
    """
    db["opportunities"].create_index(["status", "levels"], if_not_exists=True)


#: Every column the finder filters or sorts on (``opportunities.finder``), so that its searches read the index
#: alone: the rows carry whole page texts, and reading a column stored after ``body`` walks its overflow pages.
FINDER_INDEX_COLUMNS = ["status", "kind", "next_deadline", "country", "stipend_monthly_eur", "age_max",
                        "requires_fwb", "graduated_within_years", "levels", "languages", "title", "id"]


@migration
def m006_finder_index(db: sqlite_utils.Database) -> None:
    """Covering indexes for the eligibility finder: 100,000 opportunities searched in well under 200 ms.

    The second answers "what is a master paid?" (a level's own monthly stipend) without reading stipend rows.
    """
    db["opportunities"].create_index(FINDER_INDEX_COLUMNS, index_name="opportunities_finder", if_not_exists=True)
    db["stipends"].create_index(["opportunity_id", "applies_to", "period", "monthly_eur"], if_not_exists=True)


@migration
def m007_deadline_utc_offset(db: sqlite_utils.Database) -> None:
    """Extractor version 188: a deadline's stated UTC offset ("23h59 GMT -5"); ``date``/``time`` stay Brussels time."""
    if "utc_offset" not in db["deadlines"].columns_dict:
        db["deadlines"].add_column("utc_offset", str)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not seen; return their names."""
    adopt_legacy_records(db)
    pending = [pending.name for pending in MIGRATIONS.pending(db)]
    if pending:
        MIGRATIONS.apply(db)
    return pending


def adopt_legacy_records(db: sqlite_utils.Database) -> None:
    """Record in ``_sqlite_migrations`` what an older catalogue's ``_migrations`` says was applied, then drop it."""
    if not db[LEGACY_TABLE].exists():
        return
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        known = {applied.name for applied in MIGRATIONS.applied(db)}
        db[MIGRATIONS.migrations_table].insert_all(
            {"migration_set": MIGRATIONS.name, "name": row["name"], "applied_at": row["applied"]}
            for row in db[LEGACY_TABLE].rows_where(order_by="rowid") if row["name"] not in known
        )
        db[LEGACY_TABLE].drop()
