"""The eligibility finder: what can I apply to, and why?

A student describes herself (level, age, attachment to the Fédération
Wallonie-Bruxelles, years since graduation, languages) and what she looks for
(kind, host country, minimum monthly stipend, deadline before, words). The
finder answers with the opportunities whose extracted criteria she meets and,
for each criterion she gave, whether the page states it and the sentence it
relies on. A criterion the page does not state is "non précisé", never a
failure: extraction reads what pages say, and pages often say nothing.

Everything a student types is read here, at the edge: dates as Belgians write
them (``14/03/2025``, inclusive of the whole day), amounts with spaces, dots
or commas (price-parser), levels named in French, Dutch or English. Input that
cannot be read gives a message naming the field and an example, never a
silent wrong answer. The search is a plain URL (``Search.query_string``): it
can be bookmarked, shared, and subscribed to as a feed (``feeds.search``).

Functions take an ``sqlite3.Connection`` so the site (through Datasette's
``execute_fn``), the feeds and the benchmark run the same code.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Mapping
from urllib.parse import urlencode

from price_parser import Price

from opportunities import i18n
from opportunities.i18n import N_
from opportunities.search import STATUS_ORDER_SQL, fold
from pipelines.store import format_amount

PAGE_SIZE = 30
#: Full-text matches considered before the student's order is applied (as the ``search`` canned query).
TEXT_MATCHES = 1000
#: Statuses shown unless the student asks for closed ones too (withdrawn pages are never shown).
LIVE_STATUSES = ("open", "rolling", "unknown")
WITH_CLOSED = (*LIVE_STATUSES, "closed")
AGE_RANGE = (12, 99)
YEARS_RANGE = (0, 60)
MAX_STIPEND = 100_000

#: Levels of study as the catalogue codes them, with their names in the reader's language.
LEVELS = {
    "bachelor": N_("bachelier"),
    "master": N_("master"),
    "phd": N_("doctorat"),
    "postdoc": N_("post-doctorat"),
    "graduate": N_("jeune diplômé·e"),
    "researcher": N_("chercheur·euse"),
    "staff": N_("personnel académique ou administratif"),
    "secondary": N_("enseignement secondaire"),
}
#: What students type for each level, in French, Dutch and English (folded: no accents, case or punctuation).
LEVEL_WORDS = {
    "bachelor": "bachelor bachelors bachelier bacheliers bac ba baccalaureat undergraduate licence",
    "master": "master masters ma maitrise masterstudent",
    "phd": "phd doctorat doctorant doctorante doctorate doctoral doctoraat doctorandus promovendus",
    "postdoc": "postdoc postdoctorat postdoctoral postdoctoraat",
    "graduate": "graduate graduates diplome diplomee jeunediplome jeunediplomee afgestudeerde recentgraduate",
    "researcher": "researcher chercheur chercheuse onderzoeker",
    "staff": "staff personnel personeel",
    "secondary": "secondary secondaire secundair middelbaar",
}
LANGUAGES = i18n.LANGUAGES
LANGUAGE_WORDS = {
    "fr": "fr francais french frans", "nl": "nl neerlandais dutch nederlands", "en": "en anglais english engels",
    "de": "de allemand german duits deutsch", "es": "es espagnol spanish spaans", "it": "it italien italian italiaans",
    "pt": "pt portugais portuguese portugees",
}
#: Kinds a student looks for, with their labels in the reader's language (the site's own, less news).
KINDS = {code: name for code, name in i18n.KINDS.items() if code != "news"}
KIND_WORDS = {
    "internship": "internship internships stage stages stagiaire",
    "scholarship": "scholarship scholarships bourse bourses beurs beurzen",
    "call_for_projects": "callforprojects appel appelaprojets oproep",
    "summer_school": "summerschool ecoledete zomerschool",
    "legal_scheme": "legalscheme dispositif dispositiflegal",
}
STATUSES = {
    "open": N_("Ouvert"),
    "rolling": N_("En continu"),
    "unknown": N_("Date inconnue"),
    "closed": N_("Clôturé"),
    "withdrawn": N_("Retiré"),
}
YES = {"1", "oui", "yes", "ja", "on", "true"}
NO = {"0", "non", "no", "nee", "off", "false"}

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_AMOUNT = re.compile(r"^\s*\d[\d\s\u00a0\u202f.,']*\s*(€|eur|euro|euros)?\s*(/\s*(mois|month|maand))?\s*$", re.I)
_WHOLE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*(ans?|years?|jaar)?\s*$", re.I)
_COUNTRY = re.compile(r"^\s*([A-Za-z]{2})\s*$")


def _folded_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _index(words: Mapping[str, str]) -> dict[str, str]:
    return {word: code for code, spelled in words.items() for word in [*spelled.split(), code.replace("_", "")]}


_LEVEL_INDEX = _index(LEVEL_WORDS)
_LANGUAGE_INDEX = _index(LANGUAGE_WORDS)
_KIND_INDEX = {**{_folded_key(code): code for code in KINDS}, **_index(KIND_WORDS)}


@dataclass(frozen=True)
class InputError:
    """A value the finder could not read: the form field, a message id and its parameters."""

    field: str
    message: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Search:
    """One search of the finder, every value already read and checked."""

    q: str = ""
    level: str | None = None
    age: int | None = None
    fwb: bool | None = None
    graduated: int | None = None
    languages: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    min_stipend: float | None = None
    deadline_before: date | None = None
    closed: bool = False
    page: int = 1

    def params(self) -> list[tuple[str, str]]:
        """The search as URL parameters, in one canonical form (the same search gives the same URL)."""
        pairs: list[tuple[str, str]] = []
        if self.q:
            pairs.append(("q", self.q))
        for name in ("level", "age", "graduated", "kind", "country"):
            if getattr(self, name) is not None:
                pairs.append((name, str(getattr(self, name))))
        if self.fwb is not None:
            pairs.append(("fwb", "1" if self.fwb else "0"))
        pairs += [("languages", code) for code in self.languages]
        if self.min_stipend is not None:
            pairs.append(("min_stipend", format_amount(self.min_stipend).replace(" ", "")))
        if self.deadline_before:
            pairs.append(("deadline_before", self.deadline_before.strftime("%d/%m/%Y")))
        if self.closed:
            pairs.append(("closed", "1"))
        return pairs

    def query_string(self) -> str:
        return urlencode(self.params())

    def feed_key(self) -> str:
        """A short stable name of the search, for feed ids and GUIDs: two searches never share one."""
        return hashlib.sha256(self.query_string().encode("utf-8")).hexdigest()[:16]

    @property
    def is_empty(self) -> bool:
        return not self.params()


def _first(args: Mapping[str, list[str]], name: str) -> str:
    values = args.get(name) or [""]
    return (values[0] or "").strip()


def parse_day(text: str) -> date | None:
    """A date as a student writes it: ``14/03/2025``, ``1.4.2025``, ``14-03-2025`` or ISO ``2025-03-14``.

    >>> parse_day("14/03/2025")
    datetime.date(2025, 3, 14)
    >>> parse_day("31/02/2025") is None
    True
    """
    if match := _DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_amount(text: str) -> float | None:
    """A monthly amount in euros as typed: ``1 000``, ``1.000``, ``1,000``, ``1 200,50 €``; None if it is not one.

    >>> parse_amount("1 000"), parse_amount("1.000"), parse_amount("1 200,50 €")
    (1000.0, 1000.0, 1200.5)
    >>> parse_amount("abc") is None
    True
    """
    if not _AMOUNT.match(text):
        return None
    amount = Price.fromstring(text).amount
    return float(amount) if amount is not None else None


def _whole_number(args, name: str, bounds: tuple[int, int], errors: list[InputError], message: str) -> int | None:
    text = _first(args, name)
    if not text:
        return None
    match = _WHOLE_NUMBER.match(text)
    value = int(match.group(1)) if match else None
    if value is None or not bounds[0] <= value <= bounds[1]:
        errors.append(InputError(name, message, {"value": text, "low": bounds[0], "high": bounds[1]}))
        return None
    return value


def _code(args, name: str, index: Mapping[str, str], errors: list[InputError], message: str) -> str | None:
    text = _first(args, name)
    if not text:
        return None
    code = index.get(_folded_key(text))
    if code is None:
        errors.append(InputError(name, message, {"value": text}))
    return code


def parse_search(args: Mapping[str, list[str]]) -> tuple[Search, list[InputError]]:
    """The search in ``args`` (a query string parsed into lists), and what could not be read in it.

    A value that cannot be read is left out of the search and named in the errors, so the page can
    say so beside the field instead of answering another question.
    """
    errors: list[InputError] = []
    level = _code(args, "level", _LEVEL_INDEX, errors,
                  N_("Niveau d'études inconnu : « %(value)s ». Choisissez bachelier, master, doctorat…"))
    age = _whole_number(args, "age", AGE_RANGE, errors,
                        N_("Âge à écrire en années, entre %(low)s et %(high)s (par exemple 24) : « %(value)s » ne l'est pas."))
    graduated = _whole_number(args, "graduated", YEARS_RANGE, errors,
                              N_("Nombre d'années depuis le diplôme, entre %(low)s et %(high)s : « %(value)s » ne l'est pas."))
    fwb_text = _first(args, "fwb").lower()
    fwb = True if fwb_text in YES else False if fwb_text in NO else None
    if fwb_text and fwb is None:
        errors.append(InputError("fwb", N_("Réponse non comprise : « %(value)s » (oui ou non)."), {"value": fwb_text}))
    languages = []
    for text in args.get("languages") or []:
        if not text.strip():
            continue
        code = _LANGUAGE_INDEX.get(_folded_key(text))
        if code is None:
            errors.append(InputError("languages", N_("Langue inconnue : « %(value)s »."), {"value": text}))
        elif code not in languages:
            languages.append(code)
    kind = _code(args, "kind", _KIND_INDEX, errors, N_("Type d'opportunité inconnu : « %(value)s »."))
    country = None
    if country_text := _first(args, "country"):
        if match := _COUNTRY.match(country_text):
            country = match.group(1).upper()
        else:
            errors.append(InputError("country", N_("Pays à donner par son code à deux lettres (BE, FR, LV) : « %(value)s »."),
                                     {"value": country_text}))
    min_stipend = None
    if amount_text := _first(args, "min_stipend"):
        min_stipend = parse_amount(amount_text)
        if min_stipend is None or min_stipend > MAX_STIPEND:
            errors.append(InputError("min_stipend", N_("Montant non compris : « %(value)s ». Écrivez un montant en euros "
                                                       "par mois, par exemple 1 000 ou 1.000."), {"value": amount_text}))
            min_stipend = None
    deadline_before = None
    if day_text := _first(args, "deadline_before"):
        deadline_before = parse_day(day_text)
        if deadline_before is None:
            errors.append(InputError("deadline_before", N_("Date non comprise : « %(value)s ». Écrivez-la JJ/MM/AAAA, par "
                                                           "exemple 31/03/2025."), {"value": day_text}))
    page_text = _first(args, "page")
    page = int(page_text) if page_text.isdigit() and 0 < int(page_text) < 10_000 else 1
    search = Search(q=" ".join(_first(args, "q").split())[:200], level=level, age=age, fwb=fwb, graduated=graduated,
                    languages=tuple(sorted(languages)), kind=kind, country=country, min_stipend=min_stipend,
                    deadline_before=deadline_before, closed=_first(args, "closed").lower() in YES, page=page)
    return search, errors


def _where(search: Search) -> tuple[str, str, dict[str, Any]]:
    """The FROM … WHERE of a search over ``opportunities o`` (and the text matches ``m``), its ORDER BY, its parameters."""
    statuses = WITH_CLOSED if search.closed else LIVE_STATUSES
    params: dict[str, Any] = {f"status{i}": status for i, status in enumerate(statuses)}
    clauses = [f"o.status in ({', '.join(':' + name for name in params)})"]
    source = "opportunities o"
    order = (f"o.kind = 'legal_scheme', {STATUS_ORDER_SQL.format(column='o.status')}, "
             "o.next_deadline is null, o.next_deadline, o.title, o.id")
    if search.q:
        # CROSS JOIN keeps opportunities as the outer loop, read from the covering index, each row
        # probing the (at most 1,000) text matches; the other way round reads 1,000 whole rows.
        source = (f"opportunities o cross join (select rowid, bm25(opportunities_fts, 10.0, 1.0, 2.0) as rank "
                  f"from opportunities_fts where opportunities_fts match french_fts_query(:q) order by rank "
                  f"limit {TEXT_MATCHES}) as m")
        clauses.append("m.rowid = o.rowid")
        order = "student_order(o.status, o.kind, o.title, :q), m.rank, o.id"
        params["q"] = search.q
    if search.level:
        # An unstated level is "non précisé", not a failure.
        # (the array holds plain codes: looking for '"master"' in its text is exact, and much cheaper
        # than json_each on each of tens of thousands of rows)
        clauses.append("(coalesce(o.levels, '[]') in ('', '[]') or instr(o.levels, :level_json) > 0)")
        params["level"] = search.level
        params["level_json"] = json.dumps(search.level)
    if search.age is not None:
        clauses.append("(o.age_max is null or o.age_max >= :age)")
        params["age"] = search.age
    if search.fwb is False:
        clauses.append("coalesce(o.requires_fwb, 0) != 1")
    if search.graduated is not None:
        clauses.append("(o.graduated_within_years is null or o.graduated_within_years >= :graduated)")
        params["graduated"] = search.graduated
    if search.languages:
        names = []
        for i, code in enumerate(search.languages):
            params[f"language{i}"] = code
            names.append(f":language{i}")
        clauses.append(f"not exists (select 1 from json_each(coalesce(o.languages, '[]')) j "
                       f"where j.value not in ({', '.join(names)}))")
    if search.kind:
        clauses.append("o.kind = :kind")
        params["kind"] = search.kind
    if search.country:
        clauses.append("o.country = :country")
        params["country"] = search.country
    if search.min_stipend is not None:
        # The highest monthly amount first (read from the index: it rules out most rows), then a level's
        # own amount when the page gives one ("600 €/mois pour un master"), which is never higher.
        clauses.append("o.stipend_monthly_eur >= :min_stipend")
        params["min_stipend"] = search.min_stipend
        if search.level:
            clauses.append("coalesce((select max(s.monthly_eur) from stipends s where s.opportunity_id = o.id "
                           "and s.period = 'month' and s.applies_to = :level), o.stipend_monthly_eur) >= :min_stipend")
    if search.deadline_before:
        # Inclusive of the whole day: any time on that day is before the next day.
        # (unary + keeps the planner on the covering index instead of the (status, next_deadline) one)
        clauses.append("+o.next_deadline < :day_after")
        params["day_after"] = (search.deadline_before + timedelta(days=1)).isoformat()
    return f"from {source} where {' and '.join(clauses)}", order, params


RESULT_COLUMNS = """o.id, o.title, o.url, o.kind, o.source, o.status, o.summary, o.next_deadline, o.deadline_rule,
  o.stipend_monthly_eur, o.stipend_summary, o.duration_min_months, o.duration_max_months, o.start_date, o.end_date,
  o.organisation, o.city, o.country, o.levels, o.age_max, o.requires_fwb, o.graduated_within_years, o.languages,
  o.published, o.first_seen, o.updated, o.attribution"""


def _rows(conn: sqlite3.Connection, sql: str, params: Mapping[str, Any] | Iterable[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def matching_rows(conn: sqlite3.Connection, search: Search, *, limit: int, offset: int = 0,
                  counted: bool = True) -> tuple[list[dict[str, Any]], int | None]:
    """The opportunity rows of ``search`` in the student's order (open first, closed last), and how many match.

    The ids of the page are chosen from the covering index (``opportunities_finder``); only the page's rows
    are read whole. With words, the full-text matching is the costly part, so the total is counted by a
    window in the same pass; without, a second count over the index is cheaper than a window over every
    live row. ``counted=False`` (the feeds) skips the count: the total is then None.
    """
    source_where, order, params = _where(search)
    window = "count(*) over ()" if search.q and counted else "null"
    found = conn.execute(
        f"select o.rowid, {window} {source_where} order by {order} limit {int(limit)} offset {int(offset)}",
        params).fetchall()
    if not counted:
        total = None
    elif found and search.q:
        total = found[0][1]
    else:
        total = conn.execute(f"select count(*) {source_where}", params).fetchone()[0] if found or offset else 0
    if not found:
        return [], total
    rowids = [row[0] for row in found]
    marks = ", ".join("?" for _ in rowids)
    by_rowid = {row["rowid"]: row for row in _rows(
        conn, f"select o.rowid, {RESULT_COLUMNS} from opportunities o where o.rowid in ({marks})", rowids)}
    return [by_rowid[r] for r in rowids if r in by_rowid], total


def _sentences(evidence: str | None) -> list[str]:
    return [s.strip() for s in (evidence or "").split(" | ") if s.strip()]


def _evidence_of(rows: list[dict], **wanted) -> list[str]:
    found: list[str] = []
    for row in rows:
        if all(row.get(key) == value for key, value in wanted.items()):
            found += [s for s in _sentences(row.get("evidence")) if s not in found]
    return found


def _json_list(value: Any) -> list[str]:
    try:
        parsed = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def _reason(criterion: str, stated: bool, message: str, evidence: list[str] | None = None, **params) -> dict:
    return {"criterion": criterion, "status": "match" if stated else "unknown", "message": message, "params": params,
            "evidence": evidence or []}


def reasons(search: Search, row: dict, eligibility: list[dict], stipends: list[dict], deadlines: list[dict]) -> list[dict]:
    """Why ``row`` answers ``search``: one reason per criterion the student gave, with the page's sentences.

    Each reason is a message id with parameters (translated by the template) and a status: ``match``
    (the page states the criterion and the student meets it) or ``unknown`` (the page says nothing).
    """
    out = []
    if search.level:
        levels = _json_list(row["levels"])
        name = LEVELS[search.level]
        if levels:
            out.append(_reason("level", True, N_("Ouvert au niveau %(level)s"),
                               _evidence_of(eligibility, criterion="level", value=search.level), level=name))
        else:
            out.append(_reason("level", False, N_("Niveau d'études : non précisé par la page")))
    if search.age is not None:
        if row["age_max"] is not None:
            out.append(_reason("age", True, N_("Âge maximal %(max)s ans ; vous avez %(age)s ans"),
                               _evidence_of(eligibility, criterion="age_max"), max=row["age_max"], age=search.age))
        else:
            out.append(_reason("age", False, N_("Âge : non précisé par la page")))
    if search.fwb is not None:
        if row["requires_fwb"] == 1:
            out.append(_reason("fwb", True, N_("Réservé aux étudiant·es et diplômé·es de la Fédération Wallonie-Bruxelles : "
                                               "c'est votre cas"), _evidence_of(eligibility, criterion="requires_fwb")))
        else:
            out.append(_reason("fwb", False, N_("Attache à la Fédération Wallonie-Bruxelles : non précisée par la page")))
    if search.graduated is not None:
        if row["graduated_within_years"] is not None:
            out.append(_reason("graduated", True, N_("Diplômé·e depuis %(max)s ans au plus ; vous l'êtes depuis %(years)s"),
                               _evidence_of(eligibility, criterion="graduated_within_years"),
                               max=row["graduated_within_years"], years=search.graduated))
        else:
            out.append(_reason("graduated", False, N_("Années depuis le diplôme : non précisé par la page")))
    if search.languages:
        required = _json_list(row["languages"])
        if required:
            out.append(_reason("languages", True, N_("Langues demandées : %(languages)s ; vous les parlez"),
                               _evidence_of(eligibility, criterion="language"),
                               languages=", ".join(LANGUAGES.get(code, code) for code in required)))
        else:
            out.append(_reason("languages", False, N_("Langues : non précisé par la page")))
    if search.min_stipend is not None:
        own = [s for s in stipends if s["period"] == "month" and search.level and s["applies_to"] == search.level]
        best = max(own or [s for s in stipends if s["monthly_eur"] == row["stipend_monthly_eur"]] or [{}],
                   key=lambda s: s.get("monthly_eur") or 0)
        monthly = best.get("monthly_eur") or row["stipend_monthly_eur"]
        out.append(_reason("min_stipend", True, N_("Bourse de %(amount)s €/mois, au moins les %(minimum)s € demandés"),
                           _sentences(best.get("evidence")), amount=format_amount(round(monthly)),
                           minimum=format_amount(search.min_stipend)))
    if search.deadline_before:
        day = row["next_deadline"][:10]
        out.append(_reason("deadline_before", True, N_("Date limite le %(day)s, au plus tard le %(before)s"),
                           _evidence_of(deadlines, date=day), day=date.fromisoformat(day).strftime("%d/%m/%Y"),
                           before=search.deadline_before.strftime("%d/%m/%Y")))
    return out


def _children(conn, table: str, columns: str, ids: list[str]) -> dict[str, list[dict]]:
    marks = ", ".join("?" for _ in ids)
    grouped: dict[str, list[dict]] = {i: [] for i in ids}
    try:
        rows = _rows(conn, f"select opportunity_id, {columns} from {table} where opportunity_id in ({marks})", ids)
    except sqlite3.OperationalError:  # a catalogue from before the table existed
        return grouped
    for row in rows:
        grouped[row["opportunity_id"]].append(row)
    return grouped


def translated_titles(conn: sqlite3.Connection, language: str, ids: list[str] | None = None) -> dict[str, str]:
    """The title of each opportunity's page in ``language``, where the crawler read one (``translations``).

    Of the opportunities ``ids``, or of all; an opportunity read in that language at two addresses takes the
    title of the first address. The finder's cards, the search feeds and the prebuilt feeds all show these.
    """
    which = "" if ids is None else f"and t.opportunity_id in ({', '.join('?' for _ in ids)})"
    try:
        found = conn.execute(f"""select t.opportunity_id, coalesce(t.title, p.title)
                                 from translations t left join pages p on p.url = t.url
                                 where t.language = ? {which} order by t.url desc""", [language, *(ids or [])])
    except sqlite3.OperationalError:  # a catalogue from before translations were recorded
        return {}
    return {opportunity: title for opportunity, title in found if title}  # the first address is written last


def with_titles(rows: list[dict], titles: dict[str, str], key: str = "id") -> list[dict]:
    """``rows`` with the title of their page in another language where ``titles`` has one (``translated_titles``)."""
    if not titles:
        return rows
    return [{**row, "title": titles.get(row[key]) or row["title"]} for row in rows]


def as_of(conn: sqlite3.Connection) -> date:
    """The catalogue's own date (``catalogue_info.as_of``): days left are counted from it, as on the other pages."""
    try:
        row = conn.execute("select value from catalogue_info where key = 'as_of'").fetchone()
    except sqlite3.OperationalError:
        row = None
    try:
        return date.fromisoformat(row[0][:10]) if row and row[0] else date.today()
    except ValueError:
        return date.today()


def card_facts(row: Mapping[str, Any], today: date) -> dict:
    """What a card shows of an opportunity row besides its columns: the labels and the deadline, ready to print."""
    deadline = None
    if row["next_deadline"]:
        day, _, at = row["next_deadline"].partition("T")
        deadline = {"date": day, "day": date.fromisoformat(day).strftime("%d/%m/%Y"), "time": at[:5] or None,
                    "days_left": (date.fromisoformat(day) - today).days}
    return {
        "status_label": STATUSES.get(row["status"], STATUSES["unknown"]),
        "kind_label": KINDS.get(row["kind"], row["kind"]),
        "deadline": deadline,
    }


def result_view(search: Search, row: dict, children: dict[str, dict[str, list[dict]]], today: date) -> dict:
    """One result as the finder page and the feeds show it: facts ready to print, reasons with evidence."""
    stipends = children["stipends"][row["id"]]
    level_stipend = next((s for s in sorted(stipends, key=lambda s: -(s["monthly_eur"] or 0))
                          if search.level and s["applies_to"] == search.level and s["period"] == "month"), None)
    return {
        **row,
        **card_facts(row, today),
        # Numbers, said in the reader's language by the template (filters ``amount`` and ``stipend_text``).
        "level_stipend": {"amount": round(level_stipend["monthly_eur"]),
                          "level": LEVELS[search.level]} if level_stipend else None,
        "stipend_rows": stipends,
        "reasons": reasons(search, row, children["eligibility"][row["id"]], stipends, children["deadlines"][row["id"]]),
    }


def find(conn: sqlite3.Connection, search: Search, *, limit: int = PAGE_SIZE, language: str | None = None) -> dict:
    """One page of results of ``search``, with the total, the catalogue's date and every result's reasons.

    With ``language``, a result whose page the crawler also read in that language shows that version's title.
    """
    rows, total = matching_rows(conn, search, limit=limit, offset=(search.page - 1) * limit)
    ids = [row["id"] for row in rows]
    if ids and language:
        rows = with_titles(rows, translated_titles(conn, language, ids))
    children = {
        "eligibility": _children(conn, "eligibility", "criterion, value, evidence", ids),
        "stipends": _children(conn, "stipends", "amount, currency, period, is_maximum, applies_to, monthly_eur, evidence",
                              ids),
        "deadlines": _children(conn, "deadlines", "date, time, evidence", ids),
    } if ids else {}
    today = as_of(conn)
    return {
        "total": total,
        "as_of": today,
        "results": [result_view(search, row, children, today) for row in rows],
        "page": search.page,
        "pages": max(1, -(-total // limit)),
    }


def countries(conn: sqlite3.Connection) -> list[str]:
    """The host countries the catalogue knows, for the form's list (read from an index)."""
    return [row[0] for row in conn.execute(
        "select distinct country from opportunities where country is not null order by country")]


def _read_or_none(read):
    def function(text):
        return read(str(text)) if text is not None else None
    return function


def register_input_functions(conn: sqlite3.Connection) -> None:
    """What students type, read in SQL as the finder reads it, for the canned queries' parameters.

    ``student_day('14/03/2025')`` → ``'2025-03-14'``; ``student_amount('1 000')`` → 1000.0;
    ``student_level('bachelier')`` → ``'bachelor'``; each is NULL for text it cannot read, so a
    query given ``abc`` returns nothing (its page says why) instead of everything.
    """
    conn.create_function("student_day", 1, _read_or_none(lambda t: (d := parse_day(t)) and d.isoformat()),
                         deterministic=True)
    conn.create_function("student_amount", 1, _read_or_none(parse_amount), deterministic=True)
    conn.create_function("student_level", 1, _read_or_none(lambda t: _LEVEL_INDEX.get(_folded_key(t))),
                         deterministic=True)
