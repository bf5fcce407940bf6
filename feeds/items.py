"""Rows of the feed queries turned into feed items, shared by every format.

Items speak the language of the feed being built (``opportunities.i18n``:
``use_language``): labels, dates, amounts and durations in French, Dutch or
English, as the site's pages write them. The scraped text stays as written.

Scraped text is untrusted: it goes into HTML only through ``html.escape``,
addresses become links only when ``web_url`` says they are http(s), and it goes
into plain-text fields (titles, calendar text) only after ``plain_text``
removes anything that looks like markup, because feed readers and calendar
clients often render those fields as HTML.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any
from zoneinfo import ZoneInfo

from datasette.utils import tilde_encode

from opportunities.i18n import (
    KINDS,
    N_,
    STATUSES,
    current_language,
    duration_text,
    format_money,
    format_short_date,
    gettext,
    label,
    language_parameter,
    stipend_text,
)
from opportunities.i18n import format_deadline as format_stored_deadline
from scrapers.pages.links import web_url

BRUSSELS = ZoneInfo("Europe/Brussels")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
URN = "urn:wbi-opportunities"

WBI_ATTRIBUTION = "Wallonie-Bruxelles International (WBI) – www.wbi.be"
EJUSTICE_ATTRIBUTION = "Moniteur belge / Justel (SPF Justice)"
EJUSTICE_AUTHENTICITY = N_(
    "Seule l'image PDF du Moniteur belge fait foi ; les consolidations Justel n'ont pas de valeur officielle."
)

_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class FeedItem:
    guid: str
    title: str          # plain text, markup removed
    link: str
    html: str           # description, every piece of scraped text escaped
    text: str           # the same description as plain text (calendars)
    published: datetime
    updated: datetime
    category: str


def plain_text(value: Any) -> str:
    """Scraped text made safe for plain-text fields: tags dropped, stray angle brackets neutralised."""
    if value is None:
        return ""
    text = _TAG.sub("", str(value))
    return " ".join(text.replace("<", "‹").replace(">", "›").split())


def parse_timestamp(value: Any) -> datetime | None:
    """An ISO timestamp or date from the catalogue as an aware datetime; naive values are UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def latest_timestamp(values: list[Any]) -> datetime:
    """The latest parseable timestamp, or the Unix epoch for an empty catalogue (never the clock)."""
    parsed = [p for p in (parse_timestamp(v) for v in values) if p]
    return max(parsed, default=EPOCH)


def deadline_start(row: dict[str, Any]) -> datetime | date:
    """The deadline as a Brussels datetime, or a date when the page gives no time."""
    day = date.fromisoformat(row["date"])
    if not row.get("time"):
        return day
    return datetime.combine(day, time.fromisoformat(row["time"]), tzinfo=BRUSSELS)


def format_deadline(row: dict[str, Any]) -> str:
    """"14/03/2025 à 23:59 (heure de Bruxelles)", "14/03/2025 om 23:59 (Brusselse tijd)"; the day alone without a time."""
    if not row.get("time"):
        return format_short_date(row["date"])
    return gettext("%(deadline)s (heure de Bruxelles)") % {
        "deadline": format_stored_deadline(f"{row['date']}T{row['time']}")}


def format_duration(row: dict[str, Any]) -> str:
    return duration_text(row.get("duration_min_months"), row.get("duration_max_months"), row.get("start_date"),
                         row.get("end_date"))


def format_stipend(row: dict[str, Any]) -> str:
    """The stipends in the feed's language (``stipends_json``, the rows), else the stored French summary."""
    stipends = json.loads(row["stipends_json"]) if row.get("stipends_json") else []
    if stipends:
        return stipend_text(stipends)
    if row.get("stipend_summary"):
        return str(row["stipend_summary"])
    if row.get("stipend_monthly_eur") is not None:
        return format_money(row["stipend_monthly_eur"], "EUR", "month")
    return ""


def attribution(row: dict[str, Any]) -> str:
    if row.get("attribution"):
        return str(row["attribution"])
    return EJUSTICE_ATTRIBUTION if row.get("source") == "ejustice" else WBI_ATTRIBUTION


def colon() -> str:
    """The colon after a label: French sets it off with a space ("Date limite :"), Dutch and English do not."""
    return " :" if current_language() == "fr" else ":"


def kind_label(kind: str | None) -> str:
    """The kind's name in the feed's language, the site's own word (``opportunities.i18n.KINDS``)."""
    return label(KINDS, kind)


def catalogue_row_url(site_url: str, opportunity_id: str) -> str:
    """The opportunity's page on the site, asked in the feed's language (French, the default, needs no ``lang``)."""
    url = f"{site_url.rstrip('/')}/catalogue/opportunities/{tilde_encode(opportunity_id)}"
    parameter = language_parameter(current_language())
    return f"{url}?{parameter}" if parameter else url


def _describe(facts: list[tuple[str, str]], row: dict[str, Any], site_url: str, opportunity_id: str | None) -> tuple[str, str]:
    """The same labelled facts as escaped HTML and as plain text, followed by source and attribution."""
    facts = [(label, value) for label, value in facts if value]
    url = web_url(row.get("url")) or ""
    sep = colon()
    html_parts = [f"<p><strong>{html.escape(name)}{sep}</strong> {html.escape(value)}</p>" for name, value in facts]
    text_parts = [f"{name}{sep} {plain_text(value)}" for name, value in facts]
    if row.get("source") == "ejustice" or row.get("kind") == "legal_scheme":
        pdf = web_url(row.get("pdf_original"))
        if pdf:
            image = gettext("Image PDF du Moniteur belge")
            html_parts.append(f'<p><a href="{html.escape(pdf)}">{html.escape(image)}</a></p>')
            text_parts.append(f"{image}{sep} {pdf}")
        authenticity = gettext(EJUSTICE_AUTHENTICITY)
        html_parts.append(f"<p><em>{html.escape(authenticity)}</em></p>")
        text_parts.append(authenticity)
    source = gettext("Source")
    if url:
        html_parts.append(f'<p>{html.escape(source)}{sep} <a href="{html.escape(url)}">{html.escape(attribution(row))}</a></p>')
        text_parts.append(f"{source}{sep} {plain_text(attribution(row))} – {url}")
    if opportunity_id:
        catalogue_url = catalogue_row_url(site_url, opportunity_id)
        record = gettext("Fiche dans le catalogue")
        html_parts.append(f'<p><a href="{html.escape(catalogue_url)}">{html.escape(record)}</a></p>')
        text_parts.append(f"{record}{sep} {catalogue_url}")
    return "\n".join(html_parts), "\n".join(text_parts)


def _dates(row: dict[str, Any], fallback: datetime) -> tuple[datetime, datetime]:
    """(published, updated) of an opportunity's item.

    Published is when the opportunity was first published (the page's own date) or, failing that,
    first seen by the crawler: never the time of the crawl that happened to rebuild the feed, so
    readers sort items as the opportunities appeared. Updated is the last change of an extracted
    fact when one happened after the opportunity was first seen, else the published date.
    """
    first_seen = parse_timestamp(row.get("first_seen"))
    published = parse_timestamp(row.get("published")) or first_seen or parse_timestamp(row.get("updated")) or fallback
    changed = parse_timestamp(row.get("updated"))
    if changed and first_seen and changed > first_seen and changed > published:
        return published, changed
    return published, published


def item_guid(feed: str, *key: str) -> str:
    """The GUID of an item in one feed: unique to that feed and stable across runs.

    Feed readers (newsboat among them) keep one item per GUID across every subscription, so the
    same deadline in the general feed and in the internships feed must not share a GUID.
    """
    return ":".join((URN, feed, *key))


def deadline_item(row: dict[str, Any], *, feed: str, site_url: str, fallback: datetime) -> FeedItem:
    """One upcoming deadline of an opportunity."""
    deadline = format_deadline(row)
    evidence = row.get("evidence")
    facts = [
        (gettext("Date limite"), deadline),
        (gettext("Règle"), row.get("rule") or ""),
        (gettext("Type"), kind_label(row.get("kind"))),
        (gettext("Bourse"), format_stipend(row)),
        (gettext("Durée"), format_duration(row)),
        (gettext("Extrait de la page"), f"« {evidence} »" if evidence else ""),
    ]
    description_html, description_text = _describe(facts, row, site_url, row["opportunity_id"])
    published, updated = _dates(row, fallback)
    day = format_short_date(row["date"])
    return FeedItem(
        guid=item_guid(feed, "deadline", row["opportunity_id"], row["date"]),
        title=f"{day} – {plain_text(row['title'])}",
        link=web_url(row.get("url")) or catalogue_row_url(site_url, row["opportunity_id"]),
        html=description_html,
        text=description_text,
        published=published,
        updated=updated,
        category=row.get("kind") or "",
    )


def opportunity_item(row: dict[str, Any], *, feed: str, site_url: str, fallback: datetime) -> FeedItem:
    """One opportunity, as first seen."""
    next_deadline = ""
    if row.get("next_deadline"):
        day, _, at = str(row["next_deadline"]).partition("T")
        next_deadline = format_deadline({"date": day, "time": at or None})
    facts = [
        (gettext("Type"), kind_label(row.get("kind"))),
        (gettext("Statut"), label(STATUSES, row.get("status"))),
        (gettext("Prochaine date limite"), next_deadline),
        (gettext("Règle"), row.get("deadline_rule") or ""),
        (gettext("Bourse"), format_stipend(row)),
        (gettext("Durée"), format_duration(row)),
        (gettext("Résumé"), row.get("summary") or ""),
    ]
    description_html, description_text = _describe(facts, row, site_url, row["id"])
    published, updated = _dates(row, fallback)
    return FeedItem(
        guid=item_guid(feed, "opportunity", row["id"]),
        title=f"{kind_label(row.get('kind'))}{colon()} {plain_text(row['title'])}",
        link=web_url(row.get("url")) or catalogue_row_url(site_url, row["id"]),
        html=description_html,
        text=description_text,
        published=published,
        updated=updated,
        category=row.get("kind") or "",
    )


DEADLINE_FIELDS = ("next_deadline", "last_deadline", "deadline_rule", "deadlines")
STIPEND_FIELDS = ("stipend_monthly_eur", "stipend_summary", "stipends")
CHANGE_EXCERPT = 500


def change_headline(row: dict[str, Any]) -> str:
    field = row.get("field") or ""
    if row.get("change") == "withdrawn":
        return gettext("Retiré")
    if field in DEADLINE_FIELDS:
        return gettext("Date limite modifiée")
    if field in STIPEND_FIELDS:
        return gettext("Bourse modifiée")
    if field == "status":
        return gettext("Statut modifié")
    return gettext("Modifié (%(field)s)") % {"field": field} if field else gettext("Modifié")


def _excerpt(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= CHANGE_EXCERPT else text[: CHANGE_EXCERPT - 1] + "…"


def change_item(row: dict[str, Any], *, feed: str, site_url: str, fallback: datetime) -> FeedItem:
    """One recorded change of an opportunity."""
    title = plain_text(row.get("title")) or row["opportunity_id"]
    facts = [
        (gettext("Changement"), change_headline(row)),
        (gettext("Champ"), row.get("field") or ""),
        (gettext("Avant"), _excerpt(row.get("old"))),
        (gettext("Après"), _excerpt(row.get("new"))),
    ]
    description_html, description_text = _describe(facts, row, site_url, row["opportunity_id"])
    at = parse_timestamp(row.get("at")) or fallback
    return FeedItem(
        guid=item_guid(feed, "change", str(row["id"])),
        title=f"{change_headline(row)}{colon()} {title}",
        link=web_url(row.get("url")) or catalogue_row_url(site_url, row["opportunity_id"]),
        html=description_html,
        text=description_text,
        published=at,
        updated=at,
        category=row.get("kind") or "",
    )

