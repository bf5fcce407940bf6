"""Assemble the normalisers' results into one opportunity record.

The record is the shape promised by CONTRACT.md (`opportunities extract`):
the pipelines store it, the CLI prints it. Values keep their evidence.
"""
from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date

from normalise.classify import classify, detect_language
from normalise.dates import parse_deadlines
from normalise.durations import parse_duration
from normalise.eligibility import parse_eligibility
from normalise.money import parse_stipends
from normalise.text import clean_text

#: Bump when an extractor changes what it finds: stored pages are then
#: extracted again even when the site did not change them.
EXTRACTOR_VERSION = "8"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def contact_emails(text: str) -> list[str]:
    """E-mail addresses in order of first appearance, lower-cased, once each."""
    seen: dict[str, None] = {}
    if "@" not in text:
        return []
    for match in _EMAIL.finditer(text):
        seen.setdefault(match.group(0).rstrip(".").lower(), None)
    return list(seen)


def extract_record(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    reference_date: date,
    language: str | None = None,
    kind_hint: str | None = None,
) -> dict:
    """The CONTRACT.md record for one page body.

    ``kind_hint`` lets a source that knows what it holds (a Justel act is a
    legal scheme) say so instead of relying on wording alone.
    """
    body = clean_text(text)
    language = language or detect_language(f"{title or ''}\n{body}")
    classification = classify(title or "", body, url=url, language=language, kind_hint=kind_hint)
    duration = parse_duration(body, reference_date=reference_date, language=language)
    # Every field is read on every page (CONTRACT.md): ``is_opportunity`` and
    # ``kind`` describe the page, and the catalogue decides from them what to
    # list. A wrong "news" verdict no longer empties the facts a student needs.
    return {
        "url": url,
        "title": title,
        "language": language,
        "is_opportunity": classification.is_opportunity,
        "kind": classification.kind,
        "classification_reason": classification.reason,
        "deadlines": [asdict(d) for d in parse_deadlines(body, reference_date=reference_date, language=language)],
        "stipends": [asdict(s) for s in parse_stipends(body, language=language)],
        "duration": asdict(duration) if duration else None,
        "eligibility": asdict(parse_eligibility(body, language=language)),
        "contact_emails": contact_emails(body),
    }
