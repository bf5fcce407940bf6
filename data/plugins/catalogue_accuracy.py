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
from opportunities.i18n import LANGUAGES, N_, format_amount, gettext, label

#: The facts as a student names them, in the order the page shows them (translated when shown).
FACTS = (
    ("is_opportunity", N_("La page est-elle une offre à laquelle on peut postuler ?")),
    ("deadlines", N_("Dates limites")),
    ("stipends", N_("Montants versés (bourse, indemnité) et leur période")),
    ("duration", N_("Durée du séjour ou du stage")),
    ("requires_fwb", N_("Faut-il être attaché à la Fédération Wallonie-Bruxelles ?")),
    ("age_max", N_("Âge maximum")),
    ("graduated_within_years", N_("Diplômé depuis combien d'années au plus")),
)
STATED = {"duration": N_("une durée"), "requires_fwb": N_("une attache à la FWB"), "age_max": N_("un âge maximum"),
          "graduated_within_years": N_("un délai depuis le diplôme")}


def accuracy_vars() -> dict:
    """The scorecard as percentages for the templates, or nothing when there is none."""
    card = load_scorecard()
    if not card:
        return {"accuracy": None}
    ours, naive = card["ours"]["fields"], card["naive"]["fields"]
    rows = [
        {"field": field, "label": gettext(name), "ours": round(100 * ours[field]), "naive": round(100 * naive[field])}
        for field, name in FACTS
        if field in ours
    ]
    # How often a value the page states is found, and how often a value an entry shows is right.
    stated, shown = _counts(card["ours"]["stated"]), _counts(card["ours"]["shown"])
    languages = ", ".join(gettext("%(count)s en %(language)s") % {"count": count, "language": label(LANGUAGES, language)}
                          for language, count in card["languages"].items())
    by_field = {row["field"]: row["ours"] for row in rows}
    # The landing page's one figure for durations is how often a duration shown is right: most pages state
    # none, and "none" right there is no help to a student reading the one on an entry.
    if "duration" in card["ours"]["shown"]:
        right, total = card["ours"]["shown"]["duration"]
        by_field["duration"] = round(100 * right / total)
    # "1 197", "1.197", "1,197": the number as the reader's language writes it.
    return {"accuracy": {"pages": format_amount(card["pages"]), "languages": languages, "rows": rows, "stated": stated,
                         "shown": shown, "by_field": by_field}}


def _counts(by_field: dict[str, list[int]]) -> list[dict]:
    """(right, pages) per field of the scorecard, labelled for the page."""
    return [{"label": gettext(STATED[field]), "right": right, "total": total}
            for field, (right, total) in by_field.items() if field in STATED]


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
