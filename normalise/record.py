"""Assemble the normalisers' results into one opportunity record.

The record is the shape promised by CONTRACT.md (`opportunities extract`):
the pipelines store it, the CLI prints it. Values keep their evidence.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, TypeVar

from normalise.classify import Classification, classify, detect_language
from normalise.dates import parse_deadlines, parse_other_dates
from normalise.durations import parse_duration
from normalise.eligibility import fwb_authority_line, own_students_line, parse_eligibility
from normalise.facts import serialised
from normalise.money import monthly_equivalent, parse_stipends
from normalise.opportunity_model import predict
from normalise.text import clean_text

#: Bump when an extractor changes what it finds: stored pages are then
#: extracted again even when the site did not change them.
EXTRACTOR_VERSION = "219"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_T = TypeVar("_T")


def _guarded(field: str, read: Callable[[], _T], empty: Callable[[], _T], errors: list[str]) -> _T:
    """One field's reading; a parser's error empties that field only, and is named in ``extraction_errors``.

    A page whose wording trips one parser still gives its other facts (and the nightly run its record): losing
    the whole page for one field is the worse failure. The callers report it (the CLI on standard error, the
    crawl in its log and stats), where the page's path or URL is known.
    """
    try:
        return read()
    except Exception as exc:  # noqa: BLE001 - any parser error: the field is left empty and the error named
        errors.append(f"{field}: {type(exc).__name__}: {exc}")
        return empty()


def contact_emails(text: str) -> list[str]:
    """E-mail addresses in order of first appearance, lower-cased, once each."""
    seen: dict[str, None] = {}
    if "@" not in text:
        return []
    for match in _EMAIL.finditer(text):
        seen.setdefault(match.group(0).rstrip(".").lower(), None)
    return list(seen)


def facts_record(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    reference_date: date,
    language: str | None = None,
    kind_hint: str | None = None,
) -> tuple[dict, Classification, str]:
    """The record as the rules read it, their classification, and the cleaned body.

    Every field is read on every page (CONTRACT.md): ``is_opportunity`` and
    ``kind`` describe the page, and the catalogue decides from them what to
    list. A wrong "news" verdict no longer empties the facts a student needs.
    The one exception is a source's own word: a legal act that governs no
    scheme (``kind_hint="legal_act"``: a code, a constitution, a tax law)
    has fines, taxes and prison terms, never stipends, deadlines or stays.
    """
    body = clean_text(text)
    language = language or detect_language(f"{title or ''}\n{body}")
    classification = classify(title or "", body, url=url, language=language, kind_hint=kind_hint)
    facts = kind_hint != "legal_act"
    errors: list[str] = []
    duration = _guarded("duration", lambda: parse_duration(body, reference_date=reference_date, language=language),
                        _nothing, errors) if facts else None
    deadlines = _guarded("deadlines", lambda: parse_deadlines(body, reference_date=reference_date, language=language),
                         list, errors) if facts else []
    record = {
        "url": url,
        "title": title,
        "language": language,
        "is_opportunity": classification.is_opportunity,
        "kind": classification.kind,
        "classification_reason": classification.reason,
        "deadlines": [serialised(d) for d in deadlines],
        "stipends": _guarded("stipends", lambda: [_with_monthly(s) for s in parse_stipends(body, language=language)],
                             list, errors) if facts else [],
        "duration": serialised(duration) if duration else None,
        "eligibility": _guarded("eligibility", lambda: _eligibility(body, title, url, classification, language),
                                _no_eligibility, errors),
        "contact_emails": contact_emails(body),
        "other_dates": _guarded("other_dates", lambda: [serialised(d) for d in parse_other_dates(
            body, reference_date=reference_date, deadlines=deadlines)], list, errors) if facts else [],
    }
    if errors:
        record["extraction_errors"] = errors
    return record, classification, body


def _nothing() -> None:
    return None


def _no_eligibility() -> dict:
    """The eligibility of a page that states nothing (the shape ``parse_eligibility`` gives)."""
    return dict(vars(parse_eligibility("")))


def _with_monthly(stipend) -> dict:
    """A stipend as the contract writes it, with its euros per month where it has one (for sorting and finding)."""
    return {**serialised(stipend), "monthly_eur": monthly_equivalent(stipend)}


def _eligibility(body: str, title: str | None, url: str | None, classification: Classification, language: str) -> dict:
    """The page's conditions; a legal scheme of the FWB or Wallonia requires attachment to it, and so does an FWB
    institution's page on its students' mobility or their enrolment."""
    eligibility = dict(vars(parse_eligibility(body, language=language)))  # fresh lists, made for this page
    if not eligibility["requires_fwb"]:
        attached = (fwb_authority_line(title, body) if classification.kind == "legal_scheme" else None) or (
            own_students_line(url, body))
        if attached:
            eligibility["requires_fwb"] = True
            if attached not in eligibility["evidence"]:  # the sentence may already be a level's evidence
                eligibility["evidence"].append(attached)
    return eligibility


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

    ``kind_hint`` lets a source that knows what it holds (a Justel act
    creating a scheme is ``legal_scheme``, one that does not is ``legal_act``)
    say so instead of relying on wording alone. Otherwise
    whether the page is an opportunity is the verdict of the opportunity
    model (``normalise.opportunity_model``), which weighs the rules' cues with
    the facts found and the page's words; its reason names what weighed most.
    """
    record, classification, body = facts_record(
        text, title=title, url=url, reference_date=reference_date, language=language, kind_hint=kind_hint)
    if classification.kind == "legal_scheme" or kind_hint:
        return record  # the source said what the page is
    verdict = predict(title, body, classification, record)
    if verdict.is_opportunity != classification.is_opportunity:
        record["is_opportunity"] = verdict.is_opportunity
        record["kind"] = classification.opportunity_kind if verdict.is_opportunity else classification.report_kind
    record["classification_reason"] = (
        f"model p={verdict.probability}: {', '.join(verdict.cues)}; rules: {classification.reason}")
    return record
