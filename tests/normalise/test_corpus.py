"""The real-page corpus (tests/corpus): well formed, split by id, attributed."""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from normalise.scoring import FIELDS

CORPUS = Path(__file__).parents[1] / "corpus"
PAGES = sorted(CORPUS.glob("*/*.json"))
KINDS = {"internship", "scholarship", "call_for_projects", "competition", "summer_school", "training", "job",
         "event", "news", "legal_scheme", "other"}


def test_corpus_is_large_enough_in_four_languages():
    test = [json.loads(p.read_text(encoding="utf-8")) for p in PAGES if p.parent.name == "test"]
    assert len(PAGES) >= 300 and len(test) >= 100
    assert {page["language"] for page in test} == {"fr", "nl", "en", "de"}


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_page_is_well_formed_and_in_its_split(path):
    page = json.loads(path.read_text(encoding="utf-8"))
    split = "test" if int(hashlib.sha1(path.stem.encode()).hexdigest(), 16) % 5 < 2 else "train"
    assert path.parent.name == split
    assert (path.parent / page["input"]).read_text(encoding="utf-8").strip()
    assert page["source"]["text"] in ("verbatim", "paraphrase") and page["source"]["licence"]
    expected = page["expected"]
    assert set(expected) >= set(FIELDS) and expected["kind"] in KINDS
    for deadline in expected["deadlines"]:
        assert deadline.get("date") or deadline.get("rule")
    for stipend in expected["stipends"]:
        assert stipend["period"] in ("month", "week", "day", "year", "once", "project")


def test_the_committed_scorecard_is_what_the_scorer_gives_on_the_test_split():
    """The accuracy the site shows students (normalise/data/scorecard.json) cannot drift from the code."""
    from normalise.scoring import load_cases, load_scorecard, scorecard

    assert load_scorecard() == scorecard(load_cases(CORPUS / "test")), (
        "run: python -m normalise.scoring tests/corpus/test --write normalise/data/scorecard.json")


def test_stated_and_shown_counts_read_different_pages():
    """Stated: the pages whose truth has a value; shown: the pages whose record has one (a wrong one counts)."""
    from normalise.scoring import Case, shown_scores, stated_scores

    def case(name, duration):
        expected = {"is_opportunity": True, "duration": duration}
        return Case(name=name, text="", reference_date=date(2025, 1, 1), expected=expected, language="fr")

    results = [
        (case("states-and-shows", {"min_months": 6, "max_months": 6}), {"duration": {"min_months": 6, "max_months": 6}},
         {"duration": True}),
        (case("states-not-shown", {"min_months": 3, "max_months": 3}), {"duration": None}, {"duration": False}),
        (case("shows-what-is-not-stated", None), {"duration": {"min_months": 2, "max_months": 2}}, {"duration": False}),
        (case("shows-a-length-again", None), {"duration": {"min_months": 1, "max_months": 1}}, {"duration": False}),
        (case("neither", None), {"duration": None}, {"duration": True}),
    ]
    assert stated_scores(results)["duration"] == (1, 2)
    assert shown_scores(results)["duration"] == (1, 3)


def test_no_record_of_the_train_split_cites_a_sentence_twice():
    """Evidence is what a student checks: each sentence once per fact family (v68 found three pages listing one twice)."""
    from normalise.scoring import extract_with_record, load_cases

    twice = []
    for case in load_cases(CORPUS / "train"):
        evidence = extract_with_record(case)["eligibility"]["evidence"]
        if len(evidence) != len(set(evidence)):
            twice.append(case.name)
    assert twice == []
