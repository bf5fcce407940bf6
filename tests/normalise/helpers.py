"""What the normaliser case tables share: the seed pages and the reference dates their strings were read on.

No case reads the clock: each table row carries one of these dates (or its own).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from normalise.text import clean_text

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
TRANSLATIONS = Path(__file__).parents[2] / "data" / "snapshot" / "translations"

# The day the seed pages were saved: their deadlines are weeks ahead of it.
SEEDS_SAVED = date(2025, 2, 5)

# Reference dates of the probe rounds, kept so that yearless dates resolve as when the rows were written.
# v3: real WBI / FWB phrasings (yearly windows, amounts listed before one currency, ranges, a start without an end).
# v4: whole WBI pages (standing aid, excellence grants, youth mobility, prizes, news) and Flemish and
#     French-Community acts, written and extracted.
WBI_ROUND = date(2025, 1, 10)
# English pages of WBI, Dutch (Flemish and Brussels) pages, and the English translations of the FAO and UNESCO seeds
# (data/snapshot/translations/).
EN_NL_ROUND = date(2025, 1, 20)
# Paraphrases (same structure and phrasing, other names, numbers and dates; the real texts are not kept) of real
# pages the extractor misread. v5: 24 pages about WBI programmes (wbi.be, EURAXESS, university relays, a Québec
# page). v6: 21 pages (Flemish grants for internships at international organisations, a Brussels youth office,
# WBI calls relayed in English, Communauté française decrees relayed from the Moniteur, news about these schemes).
REAL_PAGES_V5 = date(2025, 10, 1)
# v7: 22 pages (ARES calls and relays, an FNRS call, a university foundation's postdoctoral grant, BELSPO and FWO
# fellowships, Dutch grant listings, LOJIQ internships, news about student mobility).
REAL_PAGES_V7 = date(2025, 9, 1)
# Invented shapes of the misses in /work/shared/EXTRACTION-MISSES.md (no real page's words, names or numbers).
MISSES = date(2025, 1, 10)


def seed_raw(name: str) -> str:
    """A seed page exactly as saved."""
    return (SEEDS / name).read_text(encoding="utf-8")


def seed(name: str) -> str:
    """A seed page as the extractor reads it (clean_text applied)."""
    return clean_text(seed_raw(name))


def translation(name: str) -> str:
    """A translated seed page from the snapshot, cleaned."""
    return clean_text((TRANSLATIONS / name).read_text(encoding="utf-8"))
