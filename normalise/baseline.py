"""The naive extractor the scorecard and the benchmark compare with.

What one would write first: dateparser's ``search_dates`` over the whole page
(every date found is a deadline) and price-parser on every line (every
amount is a one-off stipend); no duration, no eligibility; a page is an
opportunity when it states a date. Measured beside ours on the held-out
real pages (docs/extraction.md, scorecard) and for speed
(``python -m bench.extraction``).
"""
from __future__ import annotations

from datetime import date, datetime

from normalise.classify import detect_language


def naive_record(text: str, *, reference_date: date, language: str | None = None) -> dict:
    """A CONTRACT.md record read the naive way."""
    from dateparser.search import search_dates
    from price_parser import Price

    language = language or detect_language(text)
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": datetime.combine(reference_date, datetime.min.time()),
                "PREFER_DATES_FROM": "future"}
    found = search_dates(text, languages=[language], settings=settings) or []
    deadlines = list({when.date().isoformat(): {"date": when.date().isoformat(), "time": None, "rule": None,
                                                "evidence": words} for words, when in found}.values())
    stipends = [
        {"amount": float(price.amount), "currency": price.currency, "period": "once", "evidence": line}
        for line in text.splitlines()
        if (price := Price.fromstring(line)).amount is not None and price.currency
    ]
    return {
        "language": language, "is_opportunity": bool(deadlines), "kind": "other", "deadlines": deadlines,
        "stipends": stipends, "duration": None,
        "eligibility": {"age_max": None, "requires_fwb": None, "levels": [], "graduated_within_years": None,
                        "languages": [], "evidence": []},
    }
