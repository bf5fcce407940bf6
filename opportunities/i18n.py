"""The reader's language (French, Dutch or English) and the words and numbers of the site in it.

Labels are written in French where they are used — ``{{ _("…") }}`` in
templates, ``gettext("…")`` or the marker ``N_("…")`` in plugins — and Babel's
catalogues ``data/locale/<nl|en>/LC_MESSAGES/messages.po`` give their Dutch
and English (docs/i18n.md: how to add a string and refresh the catalogues).
French is the source language and needs no catalogue.

The ``.po`` files are compiled in memory the first time a language is used:
a clean clone needs no build step, and no compiled ``.mo`` can be older than
its ``.po``.

Which language a request gets, first match wins: ``?lang=`` (the language
switch), the ``lang`` cookie the switch sets, the browser's
``Accept-Language``, French. The language of the request being answered is
held in a context variable, set by ``data/plugins/catalogue_i18n.py`` for
each request, so one Jinja environment serves every language at once.
"""
from __future__ import annotations

import gettext as gettext_module
import io
import re
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import lru_cache
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs, parse_qsl, urlencode

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from opportunities import paths

SUPPORTED = ("fr", "nl", "en")
DEFAULT = "fr"
COOKIE = "lang"
#: Where the site's ASGI wrapper leaves the negotiated language for the middlewares inside it.
SCOPE_KEY = "opportunities.language"
#: Each language named in itself, for the language switch.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}
LOCALE_DIR = paths.DATA / "locale"
DOMAIN = "messages"

_current: ContextVar[str] = ContextVar("language", default=DEFAULT)
_ACCEPT_PART = re.compile(r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def N_(message: str) -> str:
    """Marks a French label for extraction (``pybabel extract -k N_``); translated where it is shown."""
    return message


def parse_accept_language(header: str | None) -> list[str]:
    """The primary language tags of an ``Accept-Language`` header, most wanted first ("nl-BE,en;q=0.5" → nl, en)."""
    weighted = []
    for position, part in enumerate((header or "").split(",")):
        match = _ACCEPT_PART.match(part)
        if not match:
            continue
        try:
            quality = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if quality > 0:
            weighted.append((-quality, position, match.group(1).lower()))
    return [tag for _, _, tag in sorted(weighted)]


def negotiate(query: str | None = None, cookie: str | None = None, accept_language: str | None = None) -> str:
    """The language to answer in: ``?lang=``, then the cookie, then Accept-Language, then French."""
    for choice in (query, cookie):
        if choice and choice.lower() in SUPPORTED:
            return choice.lower()
    return next((tag for tag in parse_accept_language(accept_language) if tag in SUPPORTED), DEFAULT)


def without_language(query_string: bytes) -> bytes:
    """The query string without ``lang``: Datasette would read it as a filter on a column named "lang"."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return urlencode([(key, value) for key, value in pairs if key != "lang"]).encode("latin-1")


def requested_language(scope: dict) -> str | None:
    """The supported ``?lang=`` of an ASGI request, if any (the switch was used: the cookie is set)."""
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("lang") or [None]
    value = (values[-1] or "").lower()
    return value if value in SUPPORTED else None


def language_of_scope(scope: dict) -> str:
    """The negotiated language of an ASGI HTTP request (once negotiated, kept in the scope under ``SCOPE_KEY``)."""
    if SCOPE_KEY in scope:
        return scope[SCOPE_KEY]
    headers = {}
    for name, value in scope.get("headers", []):
        key = name.decode("latin-1").lower()
        headers[key] = f"{headers[key]}; {value.decode('latin-1')}" if key == "cookie" and key in headers \
            else value.decode("latin-1")
    cookie = None
    if "cookie" in headers:
        jar = SimpleCookie()
        try:
            jar.load(headers["cookie"])
        except CookieError:  # a malformed cookie header is ignored, not an error page
            jar = SimpleCookie()
        cookie = jar[COOKIE].value if COOKIE in jar else None
    return negotiate(requested_language(scope), cookie, headers.get("accept-language"))


@lru_cache(maxsize=None)
def translations(language: str) -> gettext_module.NullTranslations:
    """The compiled catalogue of ``language`` (French, the source language, is the identity)."""
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == DEFAULT or not po.exists():
        return gettext_module.NullTranslations()
    with po.open("rb") as source:
        catalog = read_po(source, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext_module.GNUTranslations(compiled)


def current_language() -> str:
    return _current.get()


def language_parameter(language: str) -> str:
    """``lang=nl`` for an address that must carry the language (a feed reader sends no cookie); French, the
    default, needs none."""
    return "" if language == DEFAULT else f"lang={language}"


def feeds_folder(language: str) -> str:
    """Where the prebuilt feeds of ``language`` are, under ``/feeds/``: French, the site's first language, at the
    top (the addresses subscribers have), Dutch and English in their own folder with the same file names."""
    return "" if language == DEFAULT else f"{language}/"


@contextmanager
def use_language(language: str):
    """Everything inside speaks ``language`` (a request, a test)."""
    token = _current.set(language if language in SUPPORTED else DEFAULT)
    try:
        yield
    finally:
        _current.reset(token)


def set_language(language: str) -> None:
    """The language of the rest of the current task (an ASGI request: each runs in its own context)."""
    _current.set(language if language in SUPPORTED else DEFAULT)


def gettext(message: str) -> str:
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


# Codes of the catalogue, as a student reads them. French here; the catalogues translate them.
KINDS = {
    "internship": N_("Stage"),
    "scholarship": N_("Bourse"),
    "call_for_projects": N_("Appel à projets"),
    "competition": N_("Concours"),
    "summer_school": N_("École d'été"),
    "training": N_("Formation"),
    "job": N_("Emploi"),
    "event": N_("Événement"),
    "news": N_("Actualité"),
    "legal_scheme": N_("Dispositif légal"),
    "other": N_("Autre"),
}
STATUSES = {
    "open": N_("Ouvert"),
    "closing_soon": N_("Clôture bientôt"),
    "closed": N_("Clôturé"),
    "withdrawn": N_("Retiré"),
    "rolling": N_("En continu"),
    "unknown": N_("Date inconnue"),
}
LEVELS = {
    "bachelor": N_("bachelier (1er cycle)"),
    "master": N_("master (2e cycle)"),
    "phd": N_("doctorat"),
    "postdoc": N_("post-doctorat"),
    "graduate": N_("jeune diplômé·e"),
    "researcher": N_("chercheur·euse"),
    "staff": N_("personnel académique ou administratif"),
    "secondary": N_("enseignement secondaire"),
}
LANGUAGES = {
    "fr": N_("français"), "en": N_("anglais"), "nl": N_("néerlandais"), "de": N_("allemand"),
    "es": N_("espagnol"), "it": N_("italien"), "pt": N_("portugais"),
}
PERIODS = {"month": N_("mois"), "week": N_("semaine"), "day": N_("jour"), "year": N_("an"),
           "once": N_("une fois"), "project": N_("projet")}
APPLIES_TO = {"travel": N_("voyage"), "accommodation": N_("logement"), "master": N_("master"),
              "phd": N_("doctorat"), "bachelor": N_("bachelier")}


def label(table: dict[str, str], code: str | None) -> str:
    """The reader's word for a code of ``table``; an unknown code is shown as it is."""
    return gettext(table[code]) if code in table else (code or "")


def format_short_date(day: str | date) -> str:
    """"14/03/2025": the day-first form Belgian readers of the three languages use."""
    parsed = day if isinstance(day, date) else date.fromisoformat(day[:10])
    return parsed.strftime("%d/%m/%Y")


def format_day(day: str | date) -> str:
    """"vendredi 14/03/2025", "vrijdag 14/03/2025", "Friday 14/03/2025"."""
    parsed = day if isinstance(day, date) else date.fromisoformat(day[:10])
    return f"{format_date(parsed, 'EEEE', locale=_current.get())} {format_short_date(parsed)}"


def format_deadline(value: str | None, *, weekday: bool = False) -> str:
    """A stored deadline ("2025-03-14T23:59") in words: "14/03/2025 à 23:59", "14/03/2025 om 23:59"."""
    if not value:
        return ""
    day, _, time = value.partition("T")
    shown = format_day(day) if weekday else format_short_date(day)
    return gettext("%(day)s à %(time)s") % {"day": shown, "time": time[:5]} if time else shown


def format_amount(amount: float) -> str:
    """"1 200" in French, "1.200" in Dutch, "1,200" in English (plain spaces: what readers type and search)."""
    value = int(amount) if float(amount).is_integer() else amount
    return format_decimal(value, locale=_current.get()).replace("\u202f", " ").replace("\xa0", " ")


def format_money(amount: float, currency: str | None, period: str | None = None, *, maximum: bool = False) -> str:
    """"1 200 €/mois", "1.200 €/maand", "max. 1,200 €/month"."""
    symbol = "€" if currency in (None, "EUR") else currency
    text = f"{format_amount(amount)} {symbol}"
    if period:
        text += f"/{label(PERIODS, period)}"
    return f"max. {text}" if maximum else text


def stipend_text(stipends: list[dict]) -> str:
    """The stipends of an opportunity in the reader's language, as the stored French ``stipend_summary`` says them."""
    parts = []
    for s in stipends:
        text = format_money(s["amount"], s["currency"], s["period"], maximum=bool(s["is_maximum"]))
        if s.get("applies_to"):
            text += f" ({label(APPLIES_TO, s['applies_to'])})"
        parts.append(text)
    return " ; ".join(parts)


def format_months(months: float) -> str:
    return format_amount(round(months, 1))


def duration_text(low: float | None, high: float | None, start: str | None, end: str | None) -> str:
    """"3 à 6 mois, du 01/03/2025 au 31/08/2025" in the reader's language."""
    parts = []
    if low is not None and high is not None and low != high:
        parts.append(gettext("%(low)s à %(high)s mois") % {"low": format_months(low), "high": format_months(high)})
    elif low is not None or high is not None:
        months = low if low is not None else high
        # The plural form counts whole months: 1.5 months are "months" in every language.
        parts.append(ngettext("%(n)s mois", "%(n)s mois", 1 if months == 1 else 2) % {"n": format_months(months)})
    if start and end:
        parts.append(gettext("du %(start)s au %(end)s") % {"start": format_short_date(start),
                                                          "end": format_short_date(end)})
    return ", ".join(parts)


def days_left_text(days: int) -> str:
    """"plus que 17 jours", "nog 17 dagen", "17 days left"; counted from the catalogue's date."""
    if days < 0:
        return ngettext("clôturé depuis %(n)s jour", "clôturé depuis %(n)s jours", -days) % {"n": -days}
    if days == 0:
        return gettext("dernier jour : aujourd'hui")
    if days == 1:
        return gettext("plus qu'un jour : demain")
    return ngettext("plus que %(n)s jour", "plus que %(n)s jours", days) % {"n": days}
