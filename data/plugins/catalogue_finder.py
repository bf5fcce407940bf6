"""Pages for students: the eligibility finder (``/finder``) and the live feeds of every search.

Datasette's table and SQL pages answer a developer; a student asks "what can
I apply to?". This plugin serves the question as one form and its answers as
cards (``templates/finder.html``), and each search's RSS, Atom and iCalendar
feeds from the catalogue as it is now (``/finder.rss|atom|ics``). The canned
queries read their parameters as the finder does (``student_day``,
``student_amount``, ``student_level``). The reading of the form, the query and
the reasons live in ``opportunities.finder``; the feeds in ``feeds.search``; the
lists of the landing page as cards in ``opportunities.student_lists`` (wired in
by ``catalogue_site.py``'s ASGI wrapper, inside the site's hardening).
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from feeds.search import FORMATS, MEDIA_TYPES, render_search_feed
from opportunities import finder, i18n
from opportunities.site import public_base_url

DATABASE = "catalogue"


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
            language = i18n.current_language()  # read here: execute_fn runs in another thread
            context["results"] = await db.execute_fn(lambda conn: finder.find(conn, search, language=language))
            if context["results"]["total"]:
                # A feed reader sends neither the cookie nor the browser's languages: the address says it.
                feed_query = "&".join(part for part in (context["query"], i18n.language_parameter(language)) if part)
                query = f"?{feed_query}" if feed_query else ""
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
    language = i18n.current_language()  # read here: execute_fn runs in another thread

    def render(conn):
        with i18n.use_language(language):
            return render_search_feed(conn, search, fmt, base_url=public_base_url())

    body = await datasette.get_database(DATABASE).execute_fn(render)
    return Response(body, content_type=MEDIA_TYPES[fmt])


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
    # Numbers of the cards (a level's monthly stipend) in the reader's language: "1 200", "1.200", "1,200".
    env.filters["amount"] = lambda value: i18n.format_amount(value) if value is not None else ""
