"""The opportunity model: trained on `train` only, reproducible, explainable."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from normalise.opportunity_model import MODEL_PATH
from normalise.record import extract_record

CORPUS = Path(__file__).parents[1] / "corpus"
SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
MODEL = json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def test_no_test_page_was_trained_on():
    held_out = {path.stem for path in (CORPUS / "test").glob("*.json")}
    assert held_out and not held_out & set(MODEL["trained_on"])


def test_committed_weights_are_what_the_training_script_gives():
    pytest.importorskip("sklearn")
    from normalise.training import train, training_cases

    retrained = train(training_cases())
    assert retrained["trained_on"] == MODEL["trained_on"]
    assert retrained["intercept"] == pytest.approx(MODEL["intercept"], abs=1e-3)
    assert set(retrained["weights"]) == set(MODEL["weights"])


def test_the_reason_names_the_features_that_decided():
    record = extract_record(
        "Offre de stage\nLes candidatures sont à envoyer pour le 14 mars 2025 à minuit à bourses@wbi.be.\n"
        "Une bourse de 1.200 euros par mois est octroyée.",
        reference_date=date(2025, 2, 1),
    )
    assert record["is_opportunity"] is True
    reason = record["classification_reason"]
    assert reason.startswith("model p=") and "rules:" in reason


def test_a_news_report_stays_news():
    text = (SEEDS / "tatiana-wolska-exhibition.txt").read_text(encoding="utf-8")
    record = extract_record(text, reference_date=date(2025, 2, 1))
    assert record["is_opportunity"] is False and record["kind"] in ("event", "news")
