"""Statuses from deadlines: one reading of yearly rules for every language."""
from __future__ import annotations

from datetime import date

import pytest

from normalise.dates import parse_deadlines
from normalise.status import status_for


def deadline(day=None, time=None, rule=None, recurring=False):
    return {"date": day, "time": time, "rule": rule, "recurring": recurring}


@pytest.mark.parametrize(
    "deadlines, today, expected",
    [
        pytest.param([deadline("2025-03-14", "23:59")], date(2025, 2, 25), ("open", "2025-03-14T23:59"), id="fao-open"),
        pytest.param([deadline("2025-03-14", "23:59")], date(2025, 3, 15), ("closed", None), id="fao-closed-next-day"),
        pytest.param([deadline("2025-03-14", "23:59")], date(2025, 3, 14), ("open", "2025-03-14T23:59"),
                     id="deadline-day-open"),
        pytest.param([deadline(rule="au plus tard le jour avant le début du stage")], date(2025, 3, 1),
                     ("rolling", None), id="decree-rolling"),
        pytest.param([], date(2025, 3, 1), ("unknown", None), id="no-deadline"),
        pytest.param([deadline("2025-02-01", None, "chaque année le 1er février", True)], date(2025, 6, 1),
                     ("open", "2026-02-01"), id="yearly-rolls-forward"),
        pytest.param([deadline("2025-02-01", None, "avant le 1er février")], date(2025, 6, 1), ("closed", None),
                     id="a-yearless-date-that-is-not-yearly-does-not-roll"),
        pytest.param([deadline("2025-02-20", "23:59"), deadline("2025-04-01")], date(2025, 2, 25),
                     ("open", "2025-04-01"), id="next-of-two"),
        pytest.param([deadline("2024-02-29", None, "every year on 29 February", True)], date(2024, 3, 1),
                     ("open", "2025-02-28"), id="leap-day-rolls-to-the-28th"),
    ],
)
def test_status_for(deadlines, today, expected):
    assert status_for(deadlines, today) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les demandes doivent être introduites chaque année au plus tard le 1er mars.",
        "De aanvraag moet ieder jaar uiterlijk op 1 maart worden ingediend.",
        "Applications must be submitted every year no later than 1 March.",
        "Anträge sind jedes Jahr spätestens am 1. März einzureichen.",
    ],
    ids=["fr", "nl", "en", "de"],
)
def test_a_yearly_rule_is_open_a_year_later_in_every_language(text):
    deadlines = [
        {"date": d.date, "time": d.time, "rule": d.rule, "recurring": d.recurring}
        for d in parse_deadlines(text, reference_date=date(2025, 1, 10))
    ]
    assert [d["date"] for d in deadlines] == ["2025-03-01"]
    assert status_for(deadlines, date(2026, 2, 1)) == ("open", "2026-03-01")
