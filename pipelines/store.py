"""The only module that writes the catalogue (through sqlite-utils).

A crawl writes into a *build copy* of the catalogue (see
``opportunities.catalogue``); readers never see it until it is complete.
Each page is stored in one transaction: the page row, the opportunity row
and its child rows (deadlines, stipends, duration, eligibility, documents,
legal act), plus a ``changes`` row for every fact that moved.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlite_utils

from normalise.record import EXTRACTOR_VERSION
from normalise.status import status_for
from pipelines.schema import migrate
from scrapers.items import CrawledPage, GonePage
from scrapers.sources import source

BRUSSELS = ZoneInfo("Europe/Brussels")
ATTRIBUTION = {
    "wbi": "Wallonie-Bruxelles International (WBI) – www.wbi.be",
    "ejustice": "Moniteur belge / Justel (SPF Justice) – consolidation non officielle ; seule l'image PDF du Moniteur fait foi",
}
#: Fields whose change a student cares about: each change becomes a ``changes`` row.
TRACKED_FIELDS = ("title", "deadline_rule", "stipend_summary", "kind")
_PERIOD_FR = {"month": "mois", "week": "semaine", "day": "jour", "year": "an", "once": "une fois", "project": "projet"}


def primary_url(item: CrawledPage) -> str:
    """The URL that identifies the opportunity a page belongs to.

    WBI publishes some pages in French and English; the French version is
    the reference (WBI's own working language, and the one the other links
    to), so both language versions make one opportunity.
    """
    french = (item.alternates or {}).get("fr")
    if item.language != "fr" and french and french != item.url:
        return french
    return item.url


def child_id(opportunity: str, *parts) -> str:
    digest = hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:12]
    return f"{opportunity}:{digest}"


def format_amount(amount: float) -> str:
    whole = int(amount) if float(amount).is_integer() else amount
    text = f"{whole:,}".replace(",", " ") if isinstance(whole, int) else f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return text


def deadlines_text(deadlines: list[dict]) -> str | None:
    """Fixed deadlines as "2025-03-14 23:59", in date order; None when there are none."""
    fixed = sorted(f"{d['date']} {d['time']}" if d.get("time") else d["date"] for d in deadlines if d.get("date"))
    return "; ".join(fixed) or None


def stipend_summary(stipends: list[dict]) -> str | None:
    """"1 200 €/mois" style summary, per-level amounts named."""
    parts = []
    for s in stipends:
        currency = "€" if s["currency"] == "EUR" else s["currency"]
        text = f"{'max. ' if s['is_maximum'] else ''}{format_amount(s['amount'])} {currency}/{_PERIOD_FR.get(s['period'], s['period'])}"
        if s.get("applies_to"):
            text += f" ({s['applies_to']})"
        parts.append(text)
    return " ; ".join(parts) or None


def monthly_stipend_eur(stipends: list[dict]) -> float | None:
    """The highest monthly amount paid to the student, for sorting and filtering.

    Only amounts stated per month and meant for living costs count: a travel
    refund or an accommodation allowance is not what "stipend per month" means.
    """
    monthly = [
        s["amount"] for s in stipends
        if s["period"] == "month" and s["currency"] == "EUR" and s.get("applies_to") not in ("travel", "accommodation")
    ]
    return max(monthly) if monthly else None


class Catalogue:
    """Writes crawled pages into one catalogue database."""

    def __init__(self, path, *, run_id: int | None = None, now: str | None = None):
        self.db = sqlite_utils.Database(path)
        migrate(self.db)
        self.run_id = run_id
        self.now = now

    def close(self) -> None:
        self.db.close()

    # -- reads the pipelines need -------------------------------------------------
    def page_state(self, url: str) -> dict | None:
        rows = list(self.db.query("select content_hash, extractor_version from pages where url = ?", [url]))
        return rows[0] if rows else None

    def next_run_id(self) -> int:
        return self.db.execute("select coalesce(max(id), 0) + 1 from crawl_runs").fetchone()[0]

    def record_run(self, run_id: int, *, started: str, finished: str, sources: tuple[str, ...], status: str,
                   pages: int = 0, items: int = 0, errors: int = 0, bytes: int = 0, duration_s: float = 0,
                   details: dict | None = None, **info) -> None:
        """The one place a run is written: its ``crawl_runs`` row and the ``catalogue_info`` keys naming it.

        ``info`` adds more ``catalogue_info`` keys (where each source was crawled from, the cache).
        """
        with self.db.atomic():
            self.db["crawl_runs"].insert({
                "id": run_id, "started": started, "finished": finished, "sources": ",".join(sources),
                "pages": pages, "items": items, "errors": errors, "bytes": bytes, "duration_s": duration_s,
                "status": status, "details": json.dumps(details or {}, ensure_ascii=False),
            })
            self.set_info(last_run=run_id, last_status=status, **info)

    def set_info(self, **values) -> None:
        self.db["catalogue_info"].upsert_all(
            [{"key": key, "value": None if value is None else str(value)} for key, value in values.items()], pk="key"
        )

    def refresh_statuses(self, today: date) -> int:
        """Recompute status and next deadline of every opportunity for ``today``.

        Done once per run, after all pages are stored, so the catalogue is
        consistent with one date (stored in ``catalogue_info.as_of``).
        """
        changed = 0
        with self.db.atomic():
            for opp in list(self.db.query("select id, status, next_deadline from opportunities")):
                if opp["status"] == "withdrawn":
                    continue
                deadlines = list(self.db.query("select date, time, rule from deadlines where opportunity_id = ?", [opp["id"]]))
                status, upcoming = status_for(deadlines, today)
                if (status, upcoming) != (opp["status"], opp["next_deadline"]):
                    self.db["opportunities"].update(opp["id"], {"status": status, "next_deadline": upcoming})
                    if opp["status"] not in ("unknown", None) and status != opp["status"]:
                        self._change(opp["id"], "changed", "status", opp["status"], status)
                    changed += 1
            self.set_info(as_of=today.isoformat())
        return changed

    # -- writes -------------------------------------------------------------------
    def store(self, item: CrawledPage | GonePage, *, extractor_version: str) -> None:
        with self.db.atomic():
            if isinstance(item, GonePage):
                self._withdraw(item)
            else:
                self._store_page(item, extractor_version)

    def _change(self, opp_id: str, change: str, field: str | None = None, old=None, new=None) -> None:
        self.db["changes"].insert(
            {"run_id": self.run_id, "opportunity_id": opp_id, "at": self.now, "change": change,
             "field": field, "old": None if old is None else str(old), "new": None if new is None else str(new)},
        )

    def _withdraw(self, item: GonePage) -> None:
        if self.db["pages"].count_where("url = ?", [item.url]):
            self.db["pages"].update(item.url, {"status_code": item.status, "last_fetched": item.fetched_at})
        for row in self.db.query("select id, status from opportunities where url = ?", [item.url]):
            if row["status"] != "withdrawn":
                self.db["opportunities"].update(row["id"], {"status": "withdrawn", "updated": self.now})
                self._change(row["id"], "withdrawn", "status", row["status"], "withdrawn")

    def _store_page(self, item: CrawledPage, extractor_version: str) -> None:
        existing = self.page_state(item.url)
        record = item.record
        primary = primary_url(item)
        opp_id = source(item.source).opportunity_id(primary, item.legal_act)  # the source's id scheme
        page_row = {
            "url": item.url,
            "fetched_url": item.fetched_url,
            "source": item.source,
            "title": item.title,
            "language": item.language,
            "published": item.published,
            "status_code": item.status,
            "etag": item.etag,
            "last_modified": item.last_modified,
            "content_hash": item.content_hash,
            "bytes": item.bytes,
            "last_fetched": item.fetched_at,
            "text": item.body_text,
            "parser": item.parser,
        }
        if existing is None:
            page_row["first_fetched"] = item.fetched_at
        if record is None:
            # Unchanged page, already extracted by this extractor: only "seen".
            self.db["pages"].upsert(page_row, pk="url")
            if self.db["opportunities"].count_where("id = ?", [opp_id]):
                self.db["opportunities"].update(opp_id, {"last_seen": item.fetched_at})
            return
        if item.host is None:
            raise ValueError(f"{item.url}: places and money are resolved before the store (pipelines.normalise.resolve)")
        is_version = primary != item.url
        page_row.update(
            is_opportunity=int(record["is_opportunity"]),
            kind=record["kind"],
            opportunity_id=opp_id if record["is_opportunity"] or is_version else None,
            extractor_version=extractor_version,
        )
        self.db["pages"].upsert(page_row, pk="url")
        if is_version:
            # Another language of a page we hold in French: a version of that
            # opportunity, whatever its own wording makes the classifier think.
            self.db["translations"].upsert(
                {"url": item.url, "opportunity_id": opp_id, "language": item.language, "title": item.title}, pk="url")
            return
        if not record["is_opportunity"]:
            return
        self._store_opportunity(opp_id, item, record)
        for language, url in sorted(item.alternates.items()):
            if url != item.url:
                self.db["translations"].upsert({"url": url, "opportunity_id": opp_id, "language": language}, pk="url")

    def _store_opportunity(self, opp_id: str, item: CrawledPage, record: dict) -> None:
        previous = next(iter(self.db.query("select * from opportunities where id = ?", [opp_id])), None)
        deadlines = [in_brussels(d) for d in record["deadlines"]]
        fixed = sorted(d["date"] for d in deadlines if d["date"])
        rules = [d["rule"] for d in deadlines if d["rule"]]
        eligibility = record["eligibility"] or {}
        duration = record["duration"] or {}
        row = {
            "id": opp_id,
            "source": item.source,
            "url": item.url,
            "title": item.title,
            "kind": record["kind"],
            "language": record["language"],
            "summary": summary_of(item.body_text),
            "body": item.body_text,
            "last_deadline": fixed[-1] if fixed else None,
            "deadline_rule": "; ".join(rules) or None,
            "stipend_summary": stipend_summary(record["stipends"]),
            "stipend_monthly_eur": monthly_stipend_eur(record["stipends"]),
            "duration_min_months": duration.get("min_months"),
            "duration_max_months": duration.get("max_months"),
            "start_date": duration.get("start"),
            "end_date": duration.get("end"),
            "age_max": eligibility.get("age_max"),
            "requires_fwb": None if eligibility.get("requires_fwb") is None else int(eligibility["requires_fwb"]),
            "graduated_within_years": eligibility.get("graduated_within_years"),
            "levels": json.dumps(eligibility.get("levels") or []),
            "languages": json.dumps(eligibility.get("languages") or []),
            "contact_emails": json.dumps(record.get("contact_emails") or []),
            "eligibility_text": " ".join(eligibility.get("evidence") or []) or None,
            "organisation": item.host["organisation"],
            "city": item.host["city"],
            "country": item.host["country"],
            "published": item.published,
            "last_seen": item.fetched_at,
            "content_hash": item.content_hash,
            "attribution": ATTRIBUTION.get(item.source),
            "record": json.dumps(record, ensure_ascii=False),
        }
        if previous is None:
            row.update(first_seen=item.fetched_at, updated=item.fetched_at, status="unknown", next_deadline=None)
            self._change(opp_id, "new", None, None, item.title)
        else:
            moved = [f for f in TRACKED_FIELDS if f in row and str(previous.get(f)) != str(row.get(f))]
            for field in moved:
                self._change(opp_id, "changed", field, previous.get(field), row.get(field))
            old_deadlines = deadlines_text(json.loads(previous["record"] or "{}").get("deadlines") or [])
            new_deadlines = deadlines_text(deadlines)
            if old_deadlines != new_deadlines:
                # "Deadline moved" is what students subscribe to changes for.
                moved.append("deadlines")
                self._change(opp_id, "changed", "deadlines", old_deadlines, new_deadlines)
            row["updated"] = item.fetched_at if moved or previous["content_hash"] != item.content_hash else previous["updated"]
            row["status"] = previous["status"]
            if previous["status"] == "withdrawn":
                row["status"] = "unknown"  # it came back; refresh_statuses() sets the real status
                self._change(opp_id, "changed", "status", "withdrawn", "back online")
        if row["organisation"]:
            self.db["organisations"].upsert(
                {"name": row["organisation"], "full_name": item.host["organisation_full_name"]}, pk="name")
        self.db["opportunities"].upsert(row, pk="id")
        self._replace_children(opp_id, item, record, deadlines)

    def _replace_children(self, opp_id: str, item: CrawledPage, record: dict, deadlines: list[dict]) -> None:
        """The page's facts in the child tables; ``deadlines`` already in Brussels time (``in_brussels``)."""
        for table in ("deadlines", "stipends", "durations", "eligibility", "documents", "other_dates"):
            self.db[table].delete_where("opportunity_id = ?", [opp_id])
        self.db["deadlines"].insert_all(
            {"id": child_id(opp_id, d["date"], d["time"], d["rule"]), "opportunity_id": opp_id, **d,
             "datetime": brussels_datetime(d["date"], d["time"])}
            for d in deadlines
        )
        self.db["stipends"].insert_all(
            {
                "id": child_id(opp_id, s["amount"], s["period"], s["applies_to"]),
                "opportunity_id": opp_id,
                **{**s, "is_maximum": int(s["is_maximum"])},
                "monthly_eur": monthly_eur,
            }
            for s, monthly_eur in zip(record["stipends"], item.stipends_monthly_eur, strict=True)
        )
        if record["duration"]:
            self.db["durations"].insert({"opportunity_id": opp_id, **record["duration"]})
        self.db["other_dates"].insert_all(
            {"id": child_id(opp_id, d["date"], d["what"]), "opportunity_id": opp_id, **d}
            for d in record.get("other_dates") or []
        )
        self.db["eligibility"].insert_all(eligibility_rows(opp_id, record["eligibility"] or {}))
        self.db["documents"].insert_all(
            {"id": child_id(opp_id, a["url"]), "opportunity_id": opp_id, "url": a["url"], "title": a["title"]}
            for a in item.attachments
        )
        if item.legal_act:
            self._store_legal_act(opp_id, item)

    def _store_legal_act(self, opp_id: str, item: CrawledPage) -> None:
        """The act row, its language versions, and what a new consolidation changed."""
        act = dict(item.legal_act)
        translations = act.pop("translations", None) or []
        articles = act.pop("articles", None) or []
        previous = next(iter(self.db.query("select consolidation_date, articles from legal_acts where eli = ?",
                                           [act["eli"]])), None)
        if previous:
            changed = changed_articles(json.loads(previous["articles"] or "[]"), articles)
            if previous["consolidation_date"] != act.get("consolidation_date") or changed:
                self._change(opp_id, "changed", "consolidation", previous["consolidation_date"],
                             f"{act.get('consolidation_date')}: {changed or 'texte inchangé'}")
        self.db["legal_acts"].upsert(
            {**act, "modifies": json.dumps(act.get("modifies") or []), "opportunity_id": opp_id,
             "articles": json.dumps(articles, ensure_ascii=False), "content_hash": item.content_hash},
            pk="eli",
        )
        self.db["translations"].delete_where("opportunity_id = ?", [opp_id])
        self.db["translations"].insert_all(
            {"url": t["url"], "opportunity_id": opp_id, "language": t["language"], "title": t.get("title")}
            for t in translations
        )


def changed_articles(old: list[dict], new: list[dict]) -> str | None:
    """"art. 4, 7 modifiés ; art. 18 ajouté ; art. 11 supprimé" between two consolidations."""
    before = {a["number"]: a["text"] for a in old}
    after = {a["number"]: a["text"] for a in new}
    parts = []
    for label, numbers in (
        ("modifié", [n for n in after if n in before and before[n] != after[n]]),
        ("ajouté", [n for n in after if n not in before]),
        ("supprimé", [n for n in before if n not in after]),
    ):
        if numbers:
            parts.append(f"art. {', '.join(numbers)} {label}{'s' if len(numbers) > 1 else ''}")
    return " ; ".join(parts) or None


def eligibility_rows(opp_id: str, eligibility: dict) -> list[dict]:
    """One row per criterion, so "open to master students" is a plain WHERE."""
    evidence = " | ".join(eligibility.get("evidence") or []) or None
    criteria: list[tuple[str, object]] = []
    for name in ("age_max", "requires_fwb", "graduated_within_years"):
        if eligibility.get(name) is not None:
            criteria.append((name, eligibility[name]))
    criteria += [("level", level) for level in eligibility.get("levels") or []]
    criteria += [("language", lang) for lang in eligibility.get("languages") or []]
    criteria += [("field", f) for f in eligibility.get("fields") or []]
    return [
        {"id": child_id(opp_id, name, value), "opportunity_id": opp_id, "criterion": name,
         "value": str(int(value) if isinstance(value, bool) else value), "evidence": evidence}
        for name, value in criteria
    ]


def summary_of(text: str, limit: int = 280) -> str:
    """The first lines of the body, cut at a word, for lists and feeds."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


class StorePipeline:
    """Scrapy pipeline: hands each item to the catalogue."""

    def __init__(self, db_path: str, run_id: int | None, now: str | None):
        self.db_path, self.run_id, self.now = db_path, run_id, now
        self.catalogue: Catalogue | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(settings.get("OPPORTUNITIES_DB_PATH"), settings.getint("OPPORTUNITIES_RUN_ID") or None,
                       settings.get("OPPORTUNITIES_NOW"))
        pipeline.stats = crawler.stats
        return pipeline

    def open_spider(self, spider=None):
        if not self.db_path:
            raise ValueError("OPPORTUNITIES_DB_PATH is not set: the store pipeline needs a catalogue to write")
        self.catalogue = Catalogue(self.db_path, run_id=self.run_id, now=self.now)
        # The crawl writes a build copy, which opportunities.catalogue.publish makes durable (VACUUM, fsync)
        # before it replaces the catalogue; a run that dies leaves a copy the next run deletes. Waiting for
        # the disk at every page's commit would buy nothing and held Scrapy's one thread for most of a crawl.
        self.catalogue.db.execute("PRAGMA synchronous=OFF")

    def close_spider(self, spider=None):
        if self.catalogue:
            self.catalogue.close()

    def process_item(self, item, spider=None):
        self.catalogue.store(item, extractor_version=EXTRACTOR_VERSION)
        self.stats.inc_value("items/stored")
        return item


def in_brussels(deadline: dict) -> dict:
    """A record's deadline with its date and time as they fall in Brussels ("23:59" at "-05:00" is the next
    morning); the page's own words stay in ``evidence``.

    The catalogue, its feeds and its pages speak Brussels time; the extractor keeps the page's own date and time
    (CONTRACT.md), so the conversion happens here, once per stored page.
    """
    day, time, utc_offset = deadline["date"], deadline["time"], deadline.get("utc_offset")
    if not day or not time or not utc_offset:
        return deadline
    local = datetime.fromisoformat(f"{day}T{time}{utc_offset}").astimezone(BRUSSELS)
    return {**deadline, "date": local.date().isoformat(), "time": local.strftime("%H:%M")}


def brussels_datetime(day: str, time: str | None) -> str | None:
    """ISO date-time with the Europe/Brussels offset of that day (CET or CEST)."""
    if not day or not time:
        return None
    local = datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=BRUSSELS)
    return local.isoformat()
