"""Rows of the feed queries turned into feed items, shared by every format.

Scraped text is untrusted: it goes into HTML only through ``html.escape``,
addresses become links only when ``web_url`` says they are http(s), and it goes
into plain-text fields (titles, calendar text) only after ``plain_text``
removes anything that looks like markup, because feed readers and calendar
clients often render those fields as HTML.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any
from zoneinfo import ZoneInfo

from datasette.utils import tilde_encode

from opportunities.i18n import KINDS
from scrapers.pages.links import web_url

BRUSSELS = ZoneInfo("Europe/Brussels")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
URN = "urn:wbi-opportunities"

WBI_ATTRIBUTION = "Wallonie-Bruxelles International (WBI) – www.wbi.be"
EJUSTICE_ATTRIBUTION = "Moniteur belge / Justel (SPF Justice)"
EJUSTICE_AUTHENTICITY = (
    "Seule l'image PDF du Moniteur belge fait foi ; "
    "les consolidations Justel n'ont pas de valeur officielle."
)

STATUS_LABELS = {
    "open": "ouvert",
    "closed": "clôturé",
    "rolling": "candidatures en continu",
    "withdrawn": "retiré",
    "unknown": "inconnu",
}

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
    day = date.fromisoformat(row["date"]).strftime("%d/%m/%Y")
    return f"{day} à {row['time']} (heure de Bruxelles)" if row.get("time") else day


def _format_months(value: float) -> str:
    return f"{value:g}"


def format_duration(row: dict[str, Any]) -> str:
    low, high = row.get("duration_min_months"), row.get("duration_max_months")
    parts = []
    if low is not None and high is not None and low != high:
        parts.append(f"{_format_months(low)} à {_format_months(high)} mois")
    elif low is not None or high is not None:
        parts.append(f"{_format_months(low if low is not None else high)} mois")
    if row.get("start_date") and row.get("end_date"):
        start = date.fromisoformat(row["start_date"]).strftime("%d/%m/%Y")
        end = date.fromisoformat(row["end_date"]).strftime("%d/%m/%Y")
        parts.append(f"du {start} au {end}")
    return ", ".join(parts)


def format_stipend(row: dict[str, Any]) -> str:
    if row.get("stipend_summary"):
        return str(row["stipend_summary"])
    if row.get("stipend_monthly_eur") is not None:
        return f"{row['stipend_monthly_eur']:g} EUR par mois"
    return ""


def attribution(row: dict[str, Any]) -> str:
    if row.get("attribution"):
        return str(row["attribution"])
    return EJUSTICE_ATTRIBUTION if row.get("source") == "ejustice" else WBI_ATTRIBUTION


def kind_label(kind: str | None) -> str:
    """The kind's French name, the site's own word (``opportunities.i18n.KINDS``, untranslated: feeds are French)."""
    return KINDS.get(kind or "", kind or "")


def catalogue_row_url(site_url: str, opportunity_id: str) -> str:
    return f"{site_url.rstrip('/')}/catalogue/opportunities/{tilde_encode(opportunity_id)}"


def _describe(facts: list[tuple[str, str]], row: dict[str, Any], site_url: str, opportunity_id: str | None) -> tuple[str, str]:
    """The same labelled facts as escaped HTML and as plain text, followed by source and attribution."""
    facts = [(label, value) for label, value in facts if value]
    url = web_url(row.get("url")) or ""
    html_parts = [f"<p><strong>{html.escape(label)} :</strong> {html.escape(value)}</p>" for label, value in facts]
    text_parts = [f"{label} : {plain_text(value)}" for label, value in facts]
    if row.get("source") == "ejustice" or row.get("kind") == "legal_scheme":
        pdf = web_url(row.get("pdf_original"))
        if pdf:
            html_parts.append(f'<p><a href="{html.escape(pdf)}">Image PDF du Moniteur belge</a></p>')
            text_parts.append(f"PDF du Moniteur belge : {pdf}")
        html_parts.append(f"<p><em>{html.escape(EJUSTICE_AUTHENTICITY)}</em></p>")
        text_parts.append(EJUSTICE_AUTHENTICITY)
    if url:
        html_parts.append(f'<p>Source : <a href="{html.escape(url)}">{html.escape(attribution(row))}</a></p>')
        text_parts.append(f"Source : {plain_text(attribution(row))} – {url}")
    if opportunity_id:
        catalogue_url = catalogue_row_url(site_url, opportunity_id)
        html_parts.append(f'<p><a href="{html.escape(catalogue_url)}">Fiche dans le catalogue</a></p>')
        text_parts.append(f"Fiche dans le catalogue : {catalogue_url}")
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
        ("Date limite", deadline),
        ("Règle", row.get("rule") or ""),
        ("Type", kind_label(row.get("kind"))),
        ("Bourse", format_stipend(row)),
        ("Durée", format_duration(row)),
        ("Extrait de la page", f"« {evidence} »" if evidence else ""),
    ]
    description_html, description_text = _describe(facts, row, site_url, row["opportunity_id"])
    published, updated = _dates(row, fallback)
    day = date.fromisoformat(row["date"]).strftime("%d/%m/%Y")
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
        ("Type", kind_label(row.get("kind"))),
        ("Statut", STATUS_LABELS.get(row.get("status") or "", row.get("status") or "")),
        ("Prochaine date limite", next_deadline),
        ("Règle", row.get("deadline_rule") or ""),
        ("Bourse", format_stipend(row)),
        ("Durée", format_duration(row)),
        ("Résumé", row.get("summary") or ""),
    ]
    description_html, description_text = _describe(facts, row, site_url, row["id"])
    published, updated = _dates(row, fallback)
    return FeedItem(
        guid=item_guid(feed, "opportunity", row["id"]),
        title=f"{kind_label(row.get('kind'))} : {plain_text(row['title'])}",
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
        return "Retiré"
    if field in DEADLINE_FIELDS:
        return "Date limite modifiée"
    if field in STIPEND_FIELDS:
        return "Bourse modifiée"
    if field == "status":
        return "Statut modifié"
    return f"Modifié ({field})" if field else "Modifié"


def _excerpt(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= CHANGE_EXCERPT else text[: CHANGE_EXCERPT - 1] + "…"


def change_item(row: dict[str, Any], *, feed: str, site_url: str, fallback: datetime) -> FeedItem:
    """One recorded change of an opportunity."""
    title = plain_text(row.get("title")) or row["opportunity_id"]
    facts = [
        ("Changement", change_headline(row)),
        ("Champ", row.get("field") or ""),
        ("Avant", _excerpt(row.get("old"))),
        ("Après", _excerpt(row.get("new"))),
    ]
    description_html, description_text = _describe(facts, row, site_url, row["opportunity_id"])
    at = parse_timestamp(row.get("at")) or fallback
    return FeedItem(
        guid=item_guid(feed, "change", str(row["id"])),
        title=f"{change_headline(row)} : {title}",
        link=web_url(row.get("url")) or catalogue_row_url(site_url, row["opportunity_id"]),
        html=description_html,
        text=description_text,
        published=at,
        updated=at,
        category=row.get("kind") or "",
    )

