"""Every fact keeps where it was read and what decided it; dates that are not deadlines say what they are."""
from __future__ import annotations

from datetime import date

import pytest

from normalise.dates import parse_deadlines, parse_other_dates
from normalise.durations import parse_duration
from normalise.money import parse_stipends
from normalise.text import clean_text

REFERENCE = date(2025, 1, 10)
PAGE = clean_text(
    "Offre de stage à la FAO\n"
    "Dates du stage: 15 avril au 15 octobre 2025\n"
    "- Bourse : 1.200 euros /mois\n"
    "Les candidatures sont à envoyer pour le 14 mars 2025 à minuit.\n"
    "La décision sera notifiée au plus tard le 4 avril 2025."
)


def test_the_span_of_each_fact_is_its_evidence_sentence_in_the_body():
    facts = [*parse_deadlines(PAGE, reference_date=REFERENCE), *parse_stipends(PAGE),
             parse_duration(PAGE, reference_date=REFERENCE)]
    for fact in facts:
        start, end = fact.span
        assert PAGE[start:end] == fact.evidence.split(" | ")[0]


def test_the_cue_says_what_decided():
    (deadline,) = parse_deadlines(PAGE, reference_date=REFERENCE)
    assert deadline.cue == "pour le"
    (stipend,) = parse_stipends(PAGE)
    assert stipend.cue == "1.200 euros"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(PAGE, [("2025-04-15", "start"), ("2025-10-15", "end"), ("2025-04-04", "notification")],
                     id="stay-and-notification"),
        pytest.param("Les demandes peuvent être introduites entre le 1er mars et le 15 avril 2025.",
                     [("2025-03-01", "opening")], id="window-opening"),
        pytest.param("Publié le 15.06.2021\nLes dossiers doivent être envoyés avant le 30 septembre 2021.",
                     [("2021-06-15", "publication")], id="publication-stamp"),
        pytest.param("Results will be announced on 12 May 2025. Apply by 1 April 2025.",
                     [("2025-05-12", "results")], id="results"),
        pytest.param("Die Preisverleihung findet am 3. Juni 2026 statt. Bewerbungsschluss: 15. März 2026.",
                     [("2026-06-03", "event")], id="de-event"),
    ],
)
def test_other_dates_are_the_dates_that_are_not_deadlines(text, expected):
    found = parse_other_dates(text, reference_date=REFERENCE)
    assert sorted((d.date, d.what) for d in found) == sorted(expected)
