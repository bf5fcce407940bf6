"""Whether an opportunity is open on a given day, from its deadlines: one reading for every language.

The extractor marks a yearly deadline (``Deadline.recurring``: "chaque année
le 1er février", "ieder jaar uiterlijk op 1 maart", "jedes Jahr bis zum 1.
März"); here it is rolled forward to its next occurrence, so a standing
programme is not called closed a year after its page was read. The store,
the feeds and the pages all ask this module, never a regex of their own.
"""
from __future__ import annotations

from datetime import date


def next_occurrence(day: str, recurring: bool, today: date) -> str:
    """A deadline's date, a yearly one rolled forward to its next occurrence on or after ``today``."""
    current = date.fromisoformat(day)
    if recurring:
        while current < today:
            try:
                current = current.replace(year=current.year + 1)
            except ValueError:  # 29 February: the 28th in a common year
                current = current.replace(year=current.year + 1, day=28)
    return current.isoformat()


def status_for(deadlines: list[dict], today: date) -> tuple[str, str | None]:
    """(status, next deadline as local ISO) of an opportunity on ``today``.

    open: a fixed application deadline is today or later; rolling: only a
    relative rule ("au plus tard le jour avant le début du stage"); closed:
    every fixed deadline has passed; unknown: the page states no deadline.
    """
    upcoming = []
    for deadline in deadlines:
        if not deadline["date"]:
            continue
        day = next_occurrence(deadline["date"], bool(deadline.get("recurring")), today)
        if day >= today.isoformat():
            upcoming.append(f"{day}T{deadline['time']}" if deadline["time"] else day)
    if upcoming:
        return "open", min(upcoming)
    if any(deadline["rule"] and not deadline["date"] for deadline in deadlines):
        return "rolling", None
    if any(deadline["date"] for deadline in deadlines):
        return "closed", None
    return "unknown", None
