"""Template variables of an opportunity page (templates/row-catalogue-opportunities.html).

The row view only has the opportunities row; a student needs its deadlines,
stipends, duration, eligibility and documents, with the sentences they come
from, and the number of days left counted from the catalogue's own date.
Every value is handed to the template as plain text: Jinja escapes it; every
address that becomes an ``href`` goes through ``web_url`` (http and https only).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date

from datasette import hookimpl
from datasette.utils import urlsafe_components

from feeds.items import EJUSTICE_AUTHENTICITY, KIND_LABELS, format_duration
from pipelines.store import format_amount
from scrapers.pages.links import web_url

DATABASE = "catalogue"
CLOSING_SOON_DAYS = 7
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
LEVELS = {
    "bachelor": "bachelier (1er cycle)",
    "master": "master (2e cycle)",
    "phd": "doctorat",
    "postdoc": "post-doctorat",
    "graduate": "jeune diplômé·e",
    "researcher": "chercheur·euse",
    "staff": "personnel académique ou administratif",
    "secondary": "enseignement secondaire",
}
LANGUAGES = {"fr": "français", "en": "anglais", "nl": "néerlandais", "de": "allemand", "es": "espagnol",
             "it": "italien", "pt": "portugais"}
BADGES = {
    "open": "Ouvert",
    "closing_soon": "Clôture bientôt",
    "closed": "Clôturé",
    "withdrawn": "Retiré",
    "rolling": "En continu",
    "unknown": "Date inconnue",
}
AS_OF = "select coalesce((select value from catalogue_info where key = 'as_of'), date('now'))"


def format_day(day: str) -> str:
    """"vendredi 14/03/2025"."""
    parsed = date.fromisoformat(day[:10])
    return f"{WEEKDAYS[parsed.weekday()]} {parsed.strftime('%d/%m/%Y')}"


def days_left_text(days: int) -> str:
    if days < 0:
        return f"clôturé depuis {-days} jour{'s' if days < -1 else ''}"
    if days == 0:
        return "dernier jour : aujourd'hui"
    if days == 1:
        return "plus qu'un jour : demain"
    return f"plus que {days} jours"


def badge(status: str | None, days_left: int | None) -> str:
    if status == "open" and days_left is not None and 0 <= days_left <= CLOSING_SOON_DAYS:
        return "closing_soon"
    return status if status in BADGES else "unknown"


def criterion_text(criterion: str, value: str) -> str:
    if criterion == "level":
        return f"Niveau : {LEVELS.get(value, value)}"
    if criterion == "age_max":
        return f"Âge maximal : {value} ans"
    if criterion == "requires_fwb":
        return ("Être inscrit·e ou diplômé·e d'un établissement de la Fédération Wallonie-Bruxelles"
                if value == "1" else "Pas besoin d'être inscrit·e dans un établissement de la Fédération Wallonie-Bruxelles")
    if criterion == "graduated_within_years":
        return f"Diplômé·e depuis {value} an{'s' if value != '1' else ''} au plus"
    if criterion == "language":
        return f"Langue : {LANGUAGES.get(value, value)}"
    if criterion == "field":
        return f"Domaine : {value}"
    return f"{criterion} : {value}"


def deadline_view(row: dict, today: date) -> dict:
    days = (date.fromisoformat(row["date"]) - today).days if row["date"] else None
    return {
        "day": format_day(row["date"]) if row["date"] else None,
        "time": row["time"],
        "rule": row["rule"],
        "evidence": row["evidence"],
        "days_left": days,
        "days_left_text": days_left_text(days) if days is not None else None,
        "upcoming": days is not None and days >= 0,
    }


def stipend_view(row: dict) -> dict:
    currency = "€" if row["currency"] == "EUR" else row["currency"]
    monthly = row["monthly_eur"]
    return {
        "amount": f"{'max. ' if row['is_maximum'] else ''}{format_amount(row['amount'])} {currency}",
        "period": row["period"],
        "applies_to": row["applies_to"],
        "monthly": f"{format_amount(round(monthly))} €/mois" if monthly is not None and row["period"] != "month" else None,
        "evidence": row["evidence"],
    }


def _with_web_urls(rows: list[dict]) -> list[dict]:
    """The rows whose ``url`` is a web address (a scraped ``javascript:`` link is dropped, not shown)."""
    return [{**row, "url": url} for row in rows if (url := web_url(row["url"]))]


async def _rows(db, sql: str, params) -> list[dict]:
    try:
        return [dict(r) for r in (await db.execute(sql, params)).rows]
    except sqlite3.OperationalError:  # a catalogue from before a table existed
        return []


async def opportunity_vars(datasette, opportunity_id: str) -> dict:
    db = datasette.get_database(DATABASE)
    found = await _rows(db, "select * from opportunities where id = ?", [opportunity_id])
    if not found:
        return {}
    opp = found[0]
    today = date.fromisoformat((await db.execute(AS_OF)).first()[0][:10])
    deadlines = [deadline_view(d, today) for d in await _rows(
        db, "select * from deadlines where opportunity_id = ? order by date is null, date, time", [opportunity_id])]
    next_deadline = None
    if opp["next_deadline"]:
        day, _, time = opp["next_deadline"].partition("T")
        next_deadline = deadline_view({"date": day, "time": time or None, "rule": None, "evidence": None}, today)
        next_deadline["evidence"] = next((d["evidence"] for d in await _rows(
            db, "select evidence from deadlines where opportunity_id = ? and date = ? order by time",
            [opportunity_id, day])), None)
    criteria = await _rows(db, "select criterion, value, evidence from eligibility where opportunity_id = ? "
                               "order by criterion, value", [opportunity_id])
    evidence: list[str] = []
    for c in criteria:
        for sentence in (c["evidence"] or "").split(" | "):
            if sentence and sentence not in evidence:
                evidence.append(sentence)
    duration = (await _rows(db, "select * from durations where opportunity_id = ?", [opportunity_id]) or [None])[0]
    legal_acts = await _rows(db, "select * from legal_acts where opportunity_id = ? order by publication_date",
                             [opportunity_id])
    status_badge = badge(opp["status"], next_deadline["days_left"] if next_deadline else None)
    return {
        "opportunity": {
            "id": opp["id"],
            "title": opp["title"],
            "url": web_url(opp["url"]),
            "kind": KIND_LABELS.get(opp["kind"], opp["kind"]),
            "source": opp["source"],
            "badge": status_badge,
            "badge_label": BADGES[status_badge],
            "as_of": today.strftime("%d/%m/%Y"),
            "next_deadline": next_deadline,
            "deadline_rule": opp["deadline_rule"],
            "deadlines": deadlines,
            "stipend_summary": opp["stipend_summary"],
            "stipend_monthly_eur": opp["stipend_monthly_eur"],
            "stipends": [stipend_view(s) for s in await _rows(
                db, "select * from stipends where opportunity_id = ? order by monthly_eur desc, amount desc",
                [opportunity_id])],
            "duration": format_duration(opp),
            "duration_evidence": duration["evidence"] if duration else None,
            "criteria": [criterion_text(c["criterion"], c["value"]) for c in criteria],
            "eligibility_evidence": evidence,
            "organisation": opp.get("organisation"),
            "city": opp.get("city"),
            "country": opp.get("country"),
            "summary": opp["summary"],
            "contact_emails": json.loads(opp["contact_emails"] or "[]"),
            "documents": _with_web_urls(await _rows(
                db, "select url, title from documents where opportunity_id = ? order by title, url", [opportunity_id])),
            "translations": _with_web_urls(await _rows(
                db, "select url, language, title from translations where opportunity_id = ? order by language",
                [opportunity_id])),
            "legal_acts": [{**act, "pdf_original": web_url(act["pdf_original"])} for act in legal_acts],
            "is_legal": opp["source"] == "ejustice" or opp["kind"] == "legal_scheme" or bool(legal_acts),
            "authenticity": EJUSTICE_AUTHENTICITY,
            "attribution": opp["attribution"],
            "published": opp["published"],
            "updated": opp["updated"],
        }
    }


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or database != DATABASE or table != "opportunities" or request is None:
        return {}

    async def inner():
        pk_values = urlsafe_components(request.url_vars["pks"])
        return await opportunity_vars(datasette, pk_values[0]) if len(pk_values) == 1 else {}

    return inner
