"""Pages for students: the eligibility finder (``/finder``), its live feeds, and every list as cards.

Datasette's table and SQL pages answer a developer; a student asks "what can
I apply to?". This plugin serves the question as one form and its answers as
cards (``templates/finder.html``), each search's RSS, Atom and iCalendar feeds
from the catalogue as it is now (``/finder.rss|atom|ics``), and the views and
canned queries the landing page links to as cards too
(``templates/_student_list.html``), with their parameters read as the finder
reads them (``14/03/2025``, ``1 000``, ``bachelier``) and a message for what
cannot be read. Datasette's own page of a list stays one link away (``?_dev=1``),
and its JSON and CSV are unchanged. The reading of the form, the query and the
reasons live in ``opportunities.finder``; the feeds in ``feeds.search``.
"""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response

from feeds.search import FORMATS, MEDIA_TYPES, render_search_feed
from opportunities import finder
from opportunities.i18n import N_
from opportunities.site import public_base_url

DATABASE = "catalogue"
DEVELOPER_ARG = "_dev"
STUDENT_TABLE_ROWS = 50

#: The lists students reach from the landing page: their title and introduction, and for canned queries
#: the finder field each parameter is read as (its label is the finder's).
STUDENT_LISTS = {
    "open_now": (N_("Ouvertes maintenant"),
                 N_("On peut y postuler aujourd'hui : la date limite la plus proche d'abord, puis les candidatures en continu.")),
    "closing_7_days": (N_("Ferment dans les 7 jours"), N_("Les opportunités ouvertes dont la date limite tombe cette semaine.")),
    "closing_30_days": (N_("Ferment dans les 30 jours"), N_("Les opportunités ouvertes dont la date limite tombe ce mois-ci.")),
    "closing_soon": (N_("Ferment dans les 30 jours"), N_("Les opportunités ouvertes dont la date limite tombe ce mois-ci.")),
    "by_level": (N_("Par niveau d'études"), N_("Les opportunités ouvertes à chaque niveau d'études, d'après leur page.")),
    "open_to_level": (N_("Ouvertes à mon niveau d'études"),
                      N_("Les opportunités ouvertes ou en continu accessibles à un niveau : bachelier, master, doctorat…")),
    "min_stipend": (N_("Une bourse d'au moins… par mois"),
                    N_("Les opportunités ouvertes ou en continu dont la bourse mensuelle atteint ce montant.")),
    "deadline_before": (N_("Date limite au plus tard le…"),
                        N_("Les opportunités ouvertes dont la prochaine date limite tombe ce jour-là ou avant.")),
    "internships_with_stipend": (N_("Stages avec une bourse mensuelle"),
                                 N_("Les stages ouverts dont la bourse mensuelle est connue, de la plus élevée à la plus basse.")),
    "opportunities": (N_("Les opportunités"),
                      N_("Toutes les opportunités du catalogue : les ouvertes d'abord, puis en continu, puis les "
                         "clôturées, la date limite la plus proche d'abord.")),
    "standing_programmes": (N_("Programmes permanents"),
                            N_("Les programmes de WBI qui reviennent chaque année, avec leurs périodes de candidature.")),
}
#: Arguments of the opportunities table a student's link carries (the landing page's "by kind", "open");
#: with any other (a facet, a sort, a column filter) the table is Datasette's page.
STUDENT_TABLE_ARGS = {"kind", "status"}
#: Canned query parameter → the finder field it is read as.
QUERY_PARAMETERS = {"level": "level", "amount": "min_stipend", "date": "deadline_before"}
PARAMETER_LABELS = {
    "level": N_("Niveau d'études (bachelier, master, doctorat…)"),
    "amount": N_("Bourse mensuelle minimale (€ par mois, par exemple 1 000)"),
    "date": N_("Date limite au plus tard le (JJ/MM/AAAA)"),
}


def _search_of(request) -> tuple[finder.Search, list[finder.InputError]]:
    return finder.parse_search({name: request.args.getlist(name) for name in request.args.keys()})


async def finder_page(datasette, request):
    search, errors = _search_of(request)
    context = {"search": search, "errors": errors, "error_fields": {e.field for e in errors}, "results": None,
               "levels": finder.LEVELS, "kinds": finder.KINDS, "languages": finder.LANGUAGES, "countries": [],
               "feeds": {}, "query": search.query_string(),
               # What the student typed, shown back in the form (a value that could not be read included).
               "raw": {name: request.args.get(name) or "" for name in ("age", "graduated", "min_stipend", "deadline_before")}}
    if DATABASE in datasette.databases:
        db = datasette.get_database(DATABASE)
        context["countries"] = await db.execute_fn(finder.countries)
        if not errors:
            # With a value it could not read, the page answers nothing rather than another question.
            context["results"] = await db.execute_fn(lambda conn: finder.find(conn, search))
            if context["results"]["total"]:
                query = f"?{context['query']}" if context["query"] else ""
                context["feeds"] = {"rss": f"/finder.rss{query}", "atom": f"/finder.atom{query}"}
                # Open opportunities, the ones with upcoming deadlines, come first: when none of the
                # results shown has one, the calendar would be empty and is not offered.
                if any(r["deadline"] and r["deadline"]["days_left"] >= 0 for r in context["results"]["results"]):
                    context["feeds"]["ics"] = f"/finder.ics{query}"
    html = await datasette.render_template("finder.html", context, request=request, view_name="finder")
    return Response.html(html, status=400 if errors else 200)


async def finder_feed(datasette, request):
    fmt = request.url_vars["format"]
    search, errors = _search_of(request)
    if errors:
        return Response.text("\n".join(e.message % e.params for e in errors) + "\n", status=400)
    if DATABASE not in datasette.databases:
        return Response.text("No catalogue yet: run the crawl first.\n", status=404)
    body = await datasette.get_database(DATABASE).execute_fn(
        lambda conn: render_search_feed(conn, search, fmt, base_url=public_base_url()))
    return Response(body, content_type=MEDIA_TYPES[fmt])


def finder_url(name: str, request, as_of) -> str | None:
    """The finder search that gives the same list, to refine it (age, languages…) and follow it as a feed."""
    args = request.args
    searches = {
        "open_now": {},
        "closing_7_days": {"deadline_before": (as_of + timedelta(days=7)).strftime("%d/%m/%Y")},
        "closing_30_days": {"deadline_before": (as_of + timedelta(days=30)).strftime("%d/%m/%Y")},
        "closing_soon": {"deadline_before": (as_of + timedelta(days=30)).strftime("%d/%m/%Y")},
        "by_level": {"level": args.get("level") or ""},
        "open_to_level": {"level": args.get("level") or ""},
        "min_stipend": {"min_stipend": args.get("amount") or ""},
        "deadline_before": {"deadline_before": args.get("date") or ""},
        "internships_with_stipend": {"kind": "internship", "min_stipend": "1"},
        "opportunities": {"kind": args.get("kind") or "", "closed": "" if args.get("status") == "open" else "1"},
    }
    if name not in searches:
        return None
    query = urlencode({key: value for key, value in searches[name].items() if value})
    return f"/finder?{query}" if query else "/finder"


@hookimpl
def extra_template_vars(view_name, database, request, datasette):
    if (database != DATABASE or request is None or view_name not in ("table", "query")
            or request.args.get(DEVELOPER_ARG)):
        return {}
    name = request.url_vars.get("table")
    if name not in STUDENT_LISTS or (name == "opportunities" and not set(request.args.keys()) <= STUDENT_TABLE_ARGS):
        return {}

    async def inner():
        db = datasette.get_database(DATABASE)
        as_of = await db.execute_fn(finder.as_of)
        results = None
        if name == "opportunities":
            # The table's own order puts undated (closed) rows first: the finder's order instead,
            # open first, for the same kind; "status=open" leaves the closed ones out.
            search, _ = finder.parse_search({"kind": [request.args.get("kind") or ""],
                                             "closed": ["0" if request.args.get("status") == "open" else "1"]})
            results = await db.execute_fn(lambda conn: finder.find(conn, search, limit=STUDENT_TABLE_ROWS))
        errors = {}
        for parameter, field in QUERY_PARAMETERS.items():
            if request.args.get(parameter) and (error := finder.input_error(field, request.args.get(parameter))):
                errors[parameter] = error
        title, intro = STUDENT_LISTS[name]
        separator = "&" if request.query_string else ""
        return {"student_list": {
            "title": title, "intro": intro, "as_of": as_of, "errors": errors, "labels": PARAMETER_LABELS,
            "results": results,
            "finder_url": finder_url(name, request, as_of),
            "developer_url": f"{request.path}?{request.query_string}{separator}{DEVELOPER_ARG}=1",
        }}

    return inner


def student_card(row, as_of) -> dict:
    """A list's row with what its card shows (``opportunities.finder.card_facts``)."""
    values = dict(zip(row.keys(), tuple(row))) if hasattr(row, "keys") else dict(row)
    return {**values, **finder.card_facts(values, as_of)}


@hookimpl
def register_routes():
    return [
        (r"^/finder$", finder_page),
        (rf"^/finder\.(?P<format>{'|'.join(FORMATS)})$", finder_feed),
    ]


@hookimpl
def prepare_connection(conn):
    # The canned queries read their parameters as the finder does (student_day, student_amount, student_level).
    finder.register_input_functions(conn)


@hookimpl
def prepare_jinja2_environment(env):
    env.globals["student_card"] = student_card
    # --- i18n: the one place the templates' _() comes from (temporary) ---------------------------
    # Templates write every label as {{ _("…") }} with French source strings. Until the gettext
    # catalogues (Babel) are installed for the reader's language, Jinja's i18n extension runs with
    # null translations: the French text, its %(name)s parameters filled (newstyle gettext).
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
        env.install_null_translations(newstyle=True)
