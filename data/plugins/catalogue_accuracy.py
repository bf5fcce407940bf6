"""How often each kind of fact is right: the landing page's note and the /accuracy page.

No portal of opportunities publishes how reliable its facts are; this one
does, with the figures of the held-out real pages (``normalise/data/
scorecard.json``, written by ``python -m normalise.scoring tests/corpus/test
--write …`` and kept true by a test), so a student knows when to read the
source sentence that every fact shows.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from normalise.scoring import load_scorecard

#: The facts as a student names them, in the order the page shows them.
FACTS = (
    ("is_opportunity", "La page est-elle une offre à laquelle on peut postuler ?"),
    ("deadlines", "Dates limites"),
    ("stipends", "Montants versés (bourse, indemnité) et leur période"),
    ("duration", "Durée du séjour ou du stage"),
    ("requires_fwb", "Faut-il être attaché à la Fédération Wallonie-Bruxelles ?"),
    ("age_max", "Âge maximum"),
    ("graduated_within_years", "Diplômé depuis combien d'années au plus"),
)
STATED = {"duration": "une durée", "requires_fwb": "une attache à la FWB", "age_max": "un âge maximum",
          "graduated_within_years": "un délai depuis le diplôme"}


def accuracy_vars() -> dict:
    """The scorecard as percentages for the templates, or nothing when there is none."""
    card = load_scorecard()
    if not card:
        return {"accuracy": None}
    ours, naive = card["ours"]["fields"], card["naive"]["fields"]
    rows = [
        {"field": field, "label": label, "ours": round(100 * ours[field]), "naive": round(100 * naive[field])}
        for field, label in FACTS
        if field in ours
    ]
    stated = [
        {"label": STATED[field], "right": right, "total": total}
        for field, (right, total) in card["ours"]["stated"].items()
        if field in STATED
    ]
    return {"accuracy": {"pages": card["pages"], "languages": card["languages"], "rows": rows, "stated": stated,
                         "by_field": {row["field"]: row["ours"] for row in rows}}}


@hookimpl
def extra_template_vars(view_name):
    return accuracy_vars() if view_name in ("index", "accuracy") else {}


async def accuracy_page(datasette, request):
    html = await datasette.render_template("accuracy.html", {**accuracy_vars(), "view_name": "accuracy"},
                                           request=request)
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/accuracy$", accuracy_page)]
