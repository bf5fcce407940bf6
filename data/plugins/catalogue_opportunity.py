"""Template variables of an opportunity page (templates/row-catalogue-opportunities.html).

The row view only has the opportunities row; a student needs its deadlines,
stipends, duration, eligibility and documents, with the sentences they come
from, and the number of days left counted from the catalogue's own date.
Labels, dates and amounts are in the reader's language (``opportunities.i18n``);
when the crawler read the page in that language (a ``translations`` row with
its ``pages`` text), its title and lead are shown, the facts' sentences stay
those of the page they were read in.
Every value is handed to the template as plain text: Jinja escapes it; every
address that becomes an ``href`` goes through ``web_url`` (http and https only).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date

from datasette import hookimpl
from datasette.utils import urlsafe_components

from opportunities.i18n import (
    APPLIES_TO, KINDS, LANGUAGES, LEVELS, STATUSES, N_, current_language, days_left_text, duration_text, format_day,
    format_money, format_short_date, gettext, label, ngettext, stipend_text,
)
from pipelines.store import summary_of
from scrapers.pages.links import web_url

DATABASE = "catalogue"
CLOSING_SOON_DAYS = 7
# feeds.items.EJUSTICE_AUTHENTICITY, the feeds' words, in the reader's language.
AUTHENTICITY = N_("Seule l'image PDF du Moniteur belge fait foi ; les consolidations Justel n'ont pas de valeur officielle.")
AS_OF = "select coalesce((select value from catalogue_info where key = 'as_of'), date('now'))"
# The page of the opportunity in the reader's language, when the crawler read one (a translation).
TRANSLATED_PAGE = """
select t.url, coalesce(t.title, p.title) as title, p.text
from translations t left join pages p on p.url = t.url
where t.opportunity_id = ? and t.language = ?
order by p.text is null
limit 1
"""


def badge(status: str | None, days_left: int | None) -> str:
    if status == "open" and days_left is not None and 0 <= days_left <= CLOSING_SOON_DAYS:
        return "closing_soon"
    return status if status in STATUSES else "unknown"


def criterion_text(criterion: str, value: str) -> str:
    if criterion == "level":
        return gettext("Niveau : %(level)s") % {"level": label(LEVELS, value)}
    if criterion == "age_max":
        return gettext("Âge maximal : %(age)s ans") % {"age": value}
    if criterion == "requires_fwb":
        return (gettext("Être inscrit·e ou diplômé·e d'un établissement de la Fédération Wallonie-Bruxelles")
                if value == "1" else
                gettext("Pas besoin d'être inscrit·e dans un établissement de la Fédération Wallonie-Bruxelles"))
    if criterion == "graduated_within_years":
        years = int(value) if value.isdigit() else 2
        return ngettext("Diplômé·e depuis %(n)s an au plus", "Diplômé·e depuis %(n)s ans au plus", years) % {"n": value}
    if criterion == "language":
        return gettext("Langue : %(language)s") % {"language": label(LANGUAGES, value)}
    if criterion == "field":
        return gettext("Domaine : %(field)s") % {"field": value}
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
    monthly = row["monthly_eur"]
    return {
        "amount": format_money(row["amount"], row["currency"], maximum=bool(row["is_maximum"])),
        "applies_to": label(APPLIES_TO, row["applies_to"]) if row["applies_to"] else None,
        "monthly": format_money(round(monthly), "EUR", "month") if monthly is not None and row["period"] != "month"
        else None,
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
    stipends = await _rows(db, "select * from stipends where opportunity_id = ? order by monthly_eur desc, amount desc",
                           [opportunity_id])
    translated = None
    if opp["language"] != current_language():
        found = await _rows(db, TRANSLATED_PAGE, [opportunity_id, current_language()])
        if found and web_url(found[0]["url"]):
            translated = {"url": web_url(found[0]["url"]), "title": found[0]["title"],
                          "summary": summary_of(found[0]["text"]) if found[0]["text"] else None}
    return {
        "opportunity": {
            "id": opp["id"],
            "title": translated["title"] if translated and translated["title"] else opp["title"],
            "language": opp["language"],
            "translated": translated,
            "url": web_url(opp["url"]),
            "kind": label(KINDS, opp["kind"]),
            "source": opp["source"],
            "badge": status_badge,
            "badge_label": label(STATUSES, status_badge),
            "as_of": format_short_date(today),
            "next_deadline": next_deadline,
            "deadline_rule": opp["deadline_rule"],
            "deadlines": deadlines,
            # The stipends in the reader's language; the stored French summary for a row without stipend rows.
            "stipend_summary": stipend_text(stipends) or opp["stipend_summary"],
            "stipend_monthly_eur": opp["stipend_monthly_eur"],
            "stipends": [stipend_view(s) for s in stipends],
            "duration": duration_text(opp["duration_min_months"], opp["duration_max_months"], opp["start_date"],
                                      opp["end_date"]),
            "duration_evidence": duration["evidence"] if duration else None,
            "criteria": [criterion_text(c["criterion"], c["value"]) for c in criteria],
            "eligibility_evidence": evidence,
            "organisation": opp.get("organisation"),
            "city": opp.get("city"),
            "country": opp.get("country"),
            "summary": translated["summary"] if translated and translated["summary"] else opp["summary"],
            "contact_emails": json.loads(opp["contact_emails"] or "[]"),
            "documents": _with_web_urls(await _rows(
                db, "select url, title from documents where opportunity_id = ? order by title, url", [opportunity_id])),
            "translations": [{**t, "language_name": label(LANGUAGES, t["language"])} for t in _with_web_urls(await _rows(
                db, "select url, language, title from translations where opportunity_id = ? order by language",
                [opportunity_id]))],
            "legal_acts": [{**act, "pdf_original": web_url(act["pdf_original"])} for act in legal_acts],
            "is_legal": opp["source"] == "ejustice" or opp["kind"] == "legal_scheme" or bool(legal_acts),
            "authenticity": gettext(AUTHENTICITY),
            "attribution": opp["attribution"],
            "published": opp["published"],
            "updated": format_short_date(opp["updated"]) if opp["updated"] else None,
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
