"""The lists the landing page links to, served to students as the finder's cards.

``/catalogue/open_now``, ``/catalogue/closing_7_days``, ``/catalogue/open_to_level?level=master``,
``/catalogue/opportunities?kind=internship``… are Datasette's pages of views, canned queries and the
table: SQL, column names, JSON arrays, a data dictionary, and on 100,000 opportunities facets that
read every row's page text (up to a second). Each of these lists is a finder search
(``opportunities.finder``): ``StudentLists``, an ASGI middleware, answers a student's request for one
of them with that search's cards (``templates/student_list.html``), 30 a page, open first, with the
parameter read as the finder reads it and a message for what it cannot read. Datasette's own page
answers whenever the request carries anything else — ``_dev=1`` (the "API / données" link), a
facet, a sort, a column filter — and ``.json``/``.csv`` are untouched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Callable
from urllib.parse import parse_qs, urlencode

from datasette.utils.asgi import Request, Response

from opportunities import finder
from opportunities.i18n import N_, current_language

DATABASE = "catalogue"


@dataclass(frozen=True)
class StudentList:
    """One list: its words for students, the finder fields of its parameters, and its fixed part of the search."""

    title: str
    intro: str
    parameters: dict[str, str] = field(default_factory=dict)   # URL parameter -> finder field
    fixed: Callable[..., dict[str, str]] = lambda as_of, args: {}


def _days_ahead(days: int):
    return lambda as_of, args: {"deadline_before": (as_of + timedelta(days=days)).strftime("%d/%m/%Y")}


CLOSING_30 = StudentList(N_("Ferment dans les 30 jours"),
                         N_("Les opportunités ouvertes dont la date limite tombe dans les 30 jours."), fixed=_days_ahead(30))
LISTS = {
    "open_now": StudentList(N_("Ouvertes maintenant"),
                            N_("Où postuler aujourd'hui : la date limite la plus proche d'abord, puis les candidatures "
                               "en continu et celles dont la page ne donne pas de date.")),
    "closing_7_days": StudentList(N_("Ferment dans les 7 jours"),
                                  N_("Les opportunités ouvertes dont la date limite tombe dans les 7 jours."),
                                  fixed=_days_ahead(7)),
    "closing_30_days": CLOSING_30,
    "closing_soon": CLOSING_30,
    "by_level": StudentList(N_("Par niveau d'études"),
                            N_("Les opportunités ouvertes à un niveau d'études, d'après leur page."), {"level": "level"}),
    "open_to_level": StudentList(N_("Ouvertes à mon niveau d'études"),
                                 N_("Les opportunités ouvertes accessibles à un niveau : bachelier, master, doctorat…"),
                                 {"level": "level"}),
    "min_stipend": StudentList(N_("Une bourse d'au moins… par mois"),
                               N_("Les opportunités ouvertes dont la bourse mensuelle atteint ce montant."),
                               {"amount": "min_stipend"}),
    "deadline_before": StudentList(N_("Date limite au plus tard le…"),
                                   N_("Les opportunités ouvertes dont la prochaine date limite tombe ce jour-là ou avant."),
                                   {"date": "deadline_before"}),
    "internships_with_stipend": StudentList(N_("Stages avec une bourse mensuelle"),
                                            N_("Les stages ouverts dont la bourse mensuelle est connue."),
                                            fixed=lambda as_of, args: {"kind": "internship", "min_stipend": "1"}),
    # The table, as the landing page's "by kind" and "open" links reach it: every kind, closed ones last.
    "opportunities": StudentList(N_("Les opportunités"),
                                 N_("Les ouvertes d'abord, puis en continu, puis les clôturées ; la date limite la plus "
                                    "proche d'abord."), {"kind": "kind"},
                                 fixed=lambda as_of, args: {} if args.get("status") == ["open"] or args.get("status__in") == ["open,rolling"]
                                 else {"closed": "1"}),
}
PARAMETER_LABELS = {
    "level": N_("Niveau d'études (bachelier, master, doctorat…)"),
    "amount": N_("Bourse mensuelle minimale (€ par mois, par exemple 1 000)"),
    "date": N_("Date limite au plus tard le (JJ/MM/AAAA)"),
}
#: Arguments a student's link may carry besides the list's parameters ("status=open" on the table).
EXTRA_ARGS = {"opportunities": {"status", "status__in"}, "by_level": {"status__in"}}
#: The values of those arguments that ask for what a student can apply to (the landing page's links).
LIVE_ARGS = ({"status": ["open"]}, {"status__in": ["open,rolling"]})
_PATH = re.compile(rf"^/{DATABASE}/(?P<name>{'|'.join(LISTS)})$")


def student_list_request(path: str, query_string: str) -> tuple[str, dict[str, list[str]]] | None:
    """(list name, arguments) when the request is a student's view of a list; None for Datasette's page."""
    match = _PATH.match(path)
    if not match:
        return None
    name = match["name"]
    args = parse_qs(query_string, keep_blank_values=True)
    allowed = set(LISTS[name].parameters) | EXTRA_ARGS.get(name, set()) | {"page"}
    if not set(args) <= allowed:
        return None
    extra = {key: value for key, value in args.items() if key in EXTRA_ARGS.get(name, set())}
    if extra and extra not in LIVE_ARGS:
        return None
    return name, args


def list_search(name: str, args: dict[str, list[str]], as_of) -> tuple[finder.Search, dict[str, finder.InputError]]:
    """The finder search of list ``name`` and what could not be read in its parameters (by URL parameter)."""
    spec = LISTS[name]
    finder_args = {key: [value] for key, value in spec.fixed(as_of, args).items()}
    for parameter, finder_field in spec.parameters.items():
        finder_args[finder_field] = args.get(parameter, [""])
    finder_args["page"] = args.get("page", ["1"])
    search, errors = finder.parse_search(finder_args)
    by_field = {finder_field: parameter for parameter, finder_field in spec.parameters.items()}
    return search, {by_field[e.field]: e for e in errors if e.field in by_field}


class StudentLists:
    """ASGI middleware: a student's request for a list gets the finder's cards, anything else goes to Datasette."""

    def __init__(self, app, datasette):
        self.app, self.datasette = app, datasette

    async def __call__(self, scope, receive, send):
        found = (scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and DATABASE in self.datasette.databases
                 and student_list_request(scope["path"], scope.get("query_string", b"").decode("latin-1")))
        if not found:
            return await self.app(scope, receive, send)
        name, args = found
        await self.datasette.invoke_startup()  # Datasette's own router does it on the first request it sees
        # Datasette's CSRF middleware, which these pages do not pass through, would set the token (no form posts here).
        request = Request({**scope, "csrftoken": lambda: ""}, receive)
        db = self.datasette.get_database(DATABASE)
        as_of = await db.execute_fn(finder.as_of)
        search, errors = list_search(name, args, as_of)
        spec = LISTS[name]
        language = current_language()  # read here: execute_fn runs in another thread
        results = None if errors else await db.execute_fn(lambda conn: finder.find(conn, search, language=language))
        query = request.query_string
        context = {
            "student_list": {"name": name, "title": spec.title, "intro": spec.intro, "as_of": as_of,
                             "parameters": [{"name": p, "label": PARAMETER_LABELS[p], "value": (args.get(p) or [""])[0],
                                             "error": errors.get(p)} for p in spec.parameters
                                            if p in PARAMETER_LABELS],
                             "errors": errors, "results": results,
                             "finder_url": f"/finder?{search.query_string()}" if search.query_string() else "/finder",
                             "page_url": f"{request.path}?{urlencode({k: v for k, v in args.items() if k != 'page'}, doseq=True)}",
                             "developer_url": f"{request.path}?{query}{'&' if query else ''}_dev=1",
                             "json_url": f"{request.path}.json{'?' + query if query else ''}"},
        }
        html = await self.datasette.render_template("student_list.html", context, request=request,
                                                    view_name="student_list")
        await Response.html(html, status=400 if errors else 200).asgi_send(send)
