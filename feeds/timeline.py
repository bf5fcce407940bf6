"""A picture of what closes soon: an SVG countdown of the nearest upcoming deadlines.

One row per deadline, nearest first: its date, a bar as long as the days left
(so "closes soon" is seen before it is read), the title, the days left. Bars
are coloured by kind; each row links to the opportunity's page. Generated with
the feeds, one picture per language of the site (``timeline.svg`` in French,
``timeline-nl.svg``, ``timeline-en.svg``: the words of the language in use,
``opportunities.i18n``), rather than drawn by a JavaScript chart plugin, so
it works offline, without a CDN, in any browser, and is byte-identical for the
same catalogue. Scraped titles are reduced to plain text and XML-escaped.
"""
from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from opportunities.i18n import DEFAULT, KINDS, gettext, label

from .items import catalogue_row_url, plain_text

MAX_ROWS = 30
HORIZON_DAYS = 90
WIDTH = 900
ROW_HEIGHT = 24
TOP = 44
DATE_WIDTH = 70
BAR_WIDTH = 260
TITLE_CHARS = 70
#: Colour per kind (colour-blind-safe palette, Okabe–Ito); other kinds are grey.
COLOURS = {
    "internship": "#0072B2",
    "scholarship": "#009E73",
    "call_for_projects": "#E69F00",
    "competition": "#CC79A7",
    "summer_school": "#56B4E9",
    "training": "#D55E00",
    "legal_scheme": "#F0E442",
}
OTHER_COLOUR = "#999999"


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    text = plain_text(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_file(language: str) -> str:
    """The timeline's file name in ``language``: the French one keeps its first name."""
    return "timeline.svg" if language == DEFAULT else f"timeline-{language}.svg"


def render_timeline(rows: list[dict[str, Any]], *, today: str, site_url: str) -> bytes:
    """The SVG of the upcoming deadline rows (as ``queries.UPCOMING_DEADLINES`` returns them).

    Its words are in the language in use (``opportunities.i18n.use_language``).
    """
    start = date.fromisoformat(today)
    shown = [r for r in rows if (date.fromisoformat(r["date"]) - start).days <= HORIZON_DAYS][:MAX_ROWS]
    height = TOP + ROW_HEIGHT * max(len(shown), 1) + 36
    kinds = sorted({r.get("kind") or "" for r in shown})
    day = start.strftime("%d/%m/%Y")
    title = escape(gettext("Prochaines dates limites au %(day)s") % {"day": day})
    heading = escape(gettext("Prochaines dates limites (au %(day)s, %(days)s jours)") % {"day": day, "days": HORIZON_DAYS})
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="timeline-title" font-family="sans-serif" font-size="13">',
        f'<title id="timeline-title">{title}</title>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="0" y="18" font-size="15" font-weight="bold">{heading}</text>',
    ]
    # Scale: bar length is proportional to the days left over the horizon; week ticks.
    x0 = DATE_WIDTH
    scale = BAR_WIDTH / HORIZON_DAYS
    for week in range(0, HORIZON_DAYS + 1, 7):
        x = x0 + week * scale
        out.append(f'<line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{TOP + ROW_HEIGHT * max(len(shown), 1)}" '
                   f'stroke="#e5e5e5"/>')
        if week % 28 == 0:
            tick = escape(gettext("J+%(n)s") % {"n": week})
            out.append(f'<text x="{x:.1f}" y="{TOP - 12}" font-size="11" fill="#666" text-anchor="middle">{tick}</text>')
    if not shown:
        none = escape(gettext("Aucune date limite dans les %(days)s prochains jours.") % {"days": HORIZON_DAYS})
        out.append(f'<text x="{x0}" y="{TOP + 16}" fill="#666">{none}</text>')
    for i, row in enumerate(shown):
        y = TOP + i * ROW_HEIGHT
        days = (date.fromisoformat(row["date"]) - start).days
        colour = COLOURS.get(row.get("kind") or "", OTHER_COLOUR)
        day_label = date.fromisoformat(row['date']).strftime('%d/%m')
        days_text = (gettext("aujourd'hui") if days == 0 else gettext("demain") if days == 1
                     else gettext("J-%(n)s") % {"n": days})
        name = _short(row.get("title") or row["opportunity_id"])
        link = escape(catalogue_row_url(site_url, row["opportunity_id"]))
        tooltip = escape(f"{day_label} – {plain_text(row.get('title'))} ({_kind(row.get('kind'))}, {days_text})")
        out.append(f'<a xlink:href="{link}" href="{link}" target="_top"><title>{tooltip}</title>')
        urgent = ' fill="#b00020"' if days <= 7 else ""
        out.append(f'<text x="0" y="{y + 16}" font-weight="bold"{urgent}>{day_label}</text>')
        out.append(f'<rect x="{x0}" y="{y + 5}" width="{max(days * scale, 3):.1f}" height="{ROW_HEIGHT - 10}" '
                   f'rx="3" fill="{colour}"/>')
        out.append(f'<text x="{x0 + BAR_WIDTH + 10}" y="{y + 16}">{escape(name)} '
                   f'<tspan fill="#666">({escape(days_text)})</tspan></text>')
        out.append("</a>")
    legend_y = TOP + ROW_HEIGHT * max(len(shown), 1) + 24
    x = 0
    for kind in kinds:
        out.append(f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" fill="{COLOURS.get(kind, OTHER_COLOUR)}"/>')
        text = escape(_kind(kind))
        out.append(f'<text x="{x + 16}" y="{legend_y}" font-size="12">{text}</text>')
        x += 24 + 8 * len(text)
    out.append("</svg>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _kind(kind: str | None) -> str:
    return label(KINDS, kind or "other")
