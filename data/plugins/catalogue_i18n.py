"""The site in French, Dutch and English: the one place that decides the reader's language.

- Every template can write ``{{ _("Texte en français") }}`` (Jinja's i18n extension, new-style
  gettext: autoescaped, ``{{ _("%(n)s jours", n=days) }}`` formats). The gettext functions read the
  language of the request being answered (``opportunities.i18n``), so one Jinja environment
  serves three languages at once. They are installed at ``startup``, after every plugin's
  ``prepare_jinja2_environment``: a plugin that installs null translations there does not win.
- For each request (``asgi_wrapper``): the language is negotiated (``?lang=``, then the ``lang``
  cookie, then Accept-Language, then French); ``?lang=`` also sets the cookie, so the pages a
  reader opens next keep the language, and is taken out of the query Datasette sees (its table
  pages would filter on a column "lang"); every answer says ``Content-Language`` and
  ``Vary: Accept-Language, Cookie``.
- Templates get ``lang`` (for ``<html lang>``), ``feeds_url`` (the folder of the prebuilt feeds in that
  language, ``/feeds/`` or ``/feeds/nl/``) and ``language_links``: this same page in each
  language (the switch keeps the page, its query and filters); and filters that say stored values
  in the reader's language: ``status_label``, ``deadline`` ("2025-03-14T23:59" → "14/03/2025 à
  23:59"), ``stipend_text`` (stipend rows → "1 200 €/mois"), with ``from_json`` to read the JSON
  columns of a query.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from opportunities import i18n

COOKIE_MAX_AGE = 365 * 24 * 3600


def from_json(value):
    """A JSON column's value, or an empty dict for null or broken JSON (templates read it with ``.get``)."""
    try:
        return json.loads(value) if value else {}
    except (TypeError, ValueError):
        return {}


@hookimpl
def prepare_jinja2_environment(env):
    env.add_extension("jinja2.ext.i18n")
    env.filters.update(
        from_json=from_json,
        status_label=lambda code: i18n.label(i18n.STATUSES, code),
        deadline=i18n.format_deadline,
        stipend_text=lambda rows: i18n.stipend_text(rows if isinstance(rows, list) else []),
    )


@hookimpl
def startup(datasette):
    datasette.jinja_env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)


def _with_language_headers(headers: list, language: str, chosen: str | None) -> list:
    kept = [(name, value) for name, value in headers if name.lower() not in (b"content-language", b"vary")]
    vary = [value.decode("latin-1") for name, value in headers if name.lower() == b"vary"]
    kept += [(b"content-language", language.encode()),
             (b"vary", ", ".join([*vary, "Accept-Language, Cookie"]).encode("latin-1"))]
    if chosen:
        kept.append((b"set-cookie", f"{i18n.COOKIE}={chosen}; Path=/; Max-Age={COOKIE_MAX_AGE}; SameSite=Lax".encode()))
    return kept


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def localised(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            language, chosen = i18n.language_of_scope(scope), i18n.requested_language(scope)
            i18n.set_language(language)
            if chosen:
                scope = {**scope, "query_string": i18n.without_language(scope.get("query_string", b"")),
                         i18n.SCOPE_KEY: language}

            async def send_with_language(message):
                if message["type"] == "http.response.start":
                    message = {**message, "headers": _with_language_headers(message.get("headers", []),
                                                                           language, chosen)}
                await send(message)

            return await app(scope, receive, send_with_language)

        return localised

    return wrap


def language_links(request) -> list[dict]:
    """This page in each language: the same path and query, ``lang`` replaced."""
    query = [(key, value) for key, value in parse_qsl(request.query_string, keep_blank_values=True) if key != "lang"]
    current = i18n.current_language()
    return [{"code": code, "name": name, "current": code == current,
             "href": f"{request.path}?{urlencode([*query, ('lang', code)])}"}
            for code, name in i18n.LANGUAGE_NAMES.items()]


@hookimpl
def extra_template_vars(request):
    language = i18n.current_language()
    return {"lang": language, "feeds_url": f"/feeds/{i18n.feeds_folder(language)}",
            "language_links": language_links(request) if request is not None else []}
