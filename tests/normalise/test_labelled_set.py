"""The extractor against the labelled set, and the scorer itself.

The labelled set (tests/labelled/*.json) holds what a careful human reads
from each page; every gated field must be right on at least 95 % of cases.
"""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from normalise.scoring import (
    FIELDS,
    GATED_FIELDS,
    TARGET,
    compare,
    extract_with_record,
    load_cases,
    markdown_table,
    score,
    strip_front_matter,
)

LABELLED = Path(__file__).parents[1] / "labelled"
CASES = load_cases(LABELLED)


def record_from_expected(expected: dict) -> dict:
    """A record in the CONTRACT shape holding exactly the expected values."""
    eligibility = {key: expected.get(key) for key in ("age_max", "requires_fwb", "graduated_within_years", "levels", "languages")}
    return {
        "is_opportunity": expected["is_opportunity"],
        "kind": expected["kind"],
        "deadlines": [dict(d, kind="application", evidence="…") for d in expected["deadlines"]],
        "stipends": [dict(s, currency="EUR", is_maximum=False, applies_to=None, evidence="…") for s in expected["stipends"]],
        "duration": dict(expected["duration"], start=None, end=None, evidence="…") if expected["duration"] else None,
        "eligibility": dict(eligibility, evidence=[]),
    }


EMPTY_RECORD = {"is_opportunity": False, "kind": "news", "deadlines": [], "stipends": [], "duration": None,
                "eligibility": {"age_max": None, "requires_fwb": False, "levels": [], "graduated_within_years": None,
                                "languages": [], "evidence": []}}


# --- the labelled set is well formed


def test_labelled_set_is_large_enough():
    assert len(CASES) >= 36
    written = [c for c in CASES if not c.name.startswith("seed-")]
    assert len(written) >= 25


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_well_formed(case):
    assert case.text.strip()
    assert set(case.expected) >= set(FIELDS)
    for deadline in case.expected["deadlines"]:
        assert deadline.get("date") or deadline.get("rule"), "a deadline has a date or a rule"
    if not case.expected["is_opportunity"]:
        assert case.expected["kind"] in ("event", "news", "other")
        assert not case.expected["deadlines"] and not case.expected["stipends"] and not case.expected["duration"]


# --- the scorer


def test_perfect_extractor_scores_one_everywhere():
    table = score(CASES, lambda case: record_from_expected(case.expected))
    assert all(ratio == 1.0 for _, _, ratio in table.values()), table


def test_empty_extractor_is_right_only_where_the_truth_is_nothing():
    table = score(CASES, lambda case: EMPTY_RECORD)
    nothing = sum(1 for c in CASES if not c.expected["is_opportunity"])
    assert table["is_opportunity"][0] == nothing
    opportunities = [c for c in CASES if c.expected["is_opportunity"]]
    # Facts are scored on opportunities only; extracting nothing finds no item, so its F1 is 0.
    assert table["deadlines"][:2] == (sum(1 for c in opportunities if not c.expected["deadlines"]), len(opportunities))
    assert table["deadlines"][2] == 0.0


def test_facts_of_a_page_that_is_not_an_opportunity_are_not_scored():
    case = by_name("fr-news-laureats-appel")
    record = dict(record_from_expected(case.expected), deadlines=[{"date": "2025-03-01", "time": None}])
    assert set(compare(case, record)) == {"is_opportunity", "kind"}


def test_deadline_f1_counts_items_across_pages():
    cases = [by_name("seed-citf-theatre"), by_name("seed-fao-liaison-internship")]

    def one_extra(case):
        record = record_from_expected(case.expected)
        record["deadlines"].append({"date": "2030-01-01", "time": None, "rule": None})
        return record

    wanted = sum(len({d["date"] for d in c.expected["deadlines"] if d.get("date")}) for c in cases)
    assert score(cases, one_extra)["deadlines"][2] == pytest.approx(2 * wanted / (wanted + wanted + 2))


def test_once_and_project_are_alike():
    case = by_name("seed-citoyens-du-monde")
    record = record_from_expected(case.expected)
    record["stipends"] = [dict(s, period="once" if s["period"] == "project" else "project") for s in record["stipends"]]
    assert compare(case, record)["stipends"] is True


def by_name(name):
    return next(c for c in CASES if c.name == name)


def test_deadline_time_is_checked_when_expected():
    case = by_name("seed-fao-liaison-internship")
    record = record_from_expected(case.expected)
    record["deadlines"][0]["time"] = None
    assert compare(case, record)["deadlines"] is False


def test_deadline_rule_must_be_kept():
    case = by_name("seed-ejustice-decree-2016036668")
    record = record_from_expected(case.expected)
    record["deadlines"] = []
    assert compare(case, record)["deadlines"] is False


def test_extra_deadline_is_wrong():
    case = by_name("seed-citf-theatre")
    record = record_from_expected(case.expected)
    record["deadlines"].append({"date": "2025-02-12", "time": "14:00", "rule": None})
    assert compare(case, record)["deadlines"] is False


def test_stipends_are_a_multiset_of_amount_and_period():
    case = by_name("seed-latvia-scholarships")
    record = record_from_expected(case.expected)
    record["stipends"] = list(reversed(record["stipends"]))
    assert compare(case, record)["stipends"] is True
    record["stipends"][0] = dict(record["stipends"][0], period="year")
    assert compare(case, record)["stipends"] is False


def test_duration_in_weeks_has_a_small_tolerance():
    case = by_name("fr-universite-ete-frais")
    record = record_from_expected(case.expected)
    record["duration"] = {"min_months": 0.5, "max_months": 0.5}
    assert compare(case, record)["duration"] is True
    record["duration"] = {"min_months": 1, "max_months": 1}
    assert compare(case, record)["duration"] is False


def test_requires_fwb_not_stated_equals_false():
    case = by_name("seed-citf-theatre")
    record = copy.deepcopy(record_from_expected(case.expected))
    record["eligibility"]["requires_fwb"] = None
    assert compare(case, record)["requires_fwb"] is True


def test_markdown_table_marks_ungated_fields():
    table = score(CASES[:3], lambda case: record_from_expected(case.expected))
    text = markdown_table(table)
    assert text.splitlines()[0] == "| field | pages right/scored | score |"
    assert "kind (not gated)" in text and "| deadlines (F1) |" in text


def test_front_matter_is_stripped():
    assert strip_front_matter("---\nurl: x\n---\n\n### Titre\n") == "### Titre\n"
    assert strip_front_matter("Pas de métadonnées\n") == "Pas de métadonnées\n"


# --- the real extractor


@pytest.fixture(scope="module")
def real_scores():
    return score(CASES, extract_with_record)


@pytest.mark.parametrize("field", GATED_FIELDS)
def test_extraction_meets_target(real_scores, field):
    correct, total, ratio = real_scores[field]
    assert ratio >= TARGET, (
        f"{field}: {correct}/{total} = {ratio:.2f} < {TARGET}; run `python -m normalise.scoring tests/labelled --failures`"
    )
