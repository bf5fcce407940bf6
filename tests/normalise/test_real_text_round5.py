"""Phrasings found on real pages, round 5 (extractor version 7).

22 stored copies of real pages (ARES calls and relays, an FNRS call, a
university foundation's postdoctoral grant, BELSPO and FWO fellowships,
Dutch grant listings, LOJIQ internships and news items about student
mobility) were labelled and extracted. The sentences below are PARAPHRASES
of the ones the extractor misread (same structure, other names, numbers and
dates), fixed in general terms. The real texts are not kept in the
repository. No test reads the clock.
"""
from __future__ import annotations

from datetime import date

import pytest

from normalise.dates import parse_deadlines
from normalise.eligibility import age_limit, graduated_within_years, mentions_fwb_institution
from normalise.money import parse_stipends

REFERENCE = date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected", "time"),
    [
        pytest.param("Date limite : du 2 septembre au 14 novembre 2025.", "2025-11-14", None, id="fr-window-du-au"),
        pytest.param("DATE LIMITE : de 10 octobre au 20 janvier 2026 à 12:00.", "2026-01-20", "12:00",
                     id="fr-window-de-au-time"),
        pytest.param("Calendrier\n\n  • 3 novembre 2025 : ouverture de l'appel\n  • 9 février 2026 : clôture de l'appel",
                     "2026-02-09", None, id="fr-timeline-cloture"),
    ],
)
def test_round5_deadlines(text, expected, time):
    found = [d for d in parse_deadlines(text, reference_date=REFERENCE, language="fr") if d.date]
    assert [str(d.date) for d in found] == [expected]
    assert found[0].time == time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Je bent niet jonger dan 16 jaar en niet ouder dan 27 jaar.", 27, id="nl-min-and-max-age"),
        pytest.param("Leeftijd: kandidaten tot 32 jaar", 32, id="nl-leeftijd-tot"),
    ],
)
def test_round5_age(text, expected):
    assert age_limit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("You obtained your PhD no longer than four years ago.", 4, id="en-phd-no-longer-than"),
        pytest.param("Applicants hold a master's degree obtained less than 5 years of experience ago.", None,
                     id="en-experience-is-not-a-window"),
    ],
)
def test_round5_graduated_within(text, expected):
    assert graduated_within_years(text) == expected


@pytest.mark.parametrize(
    ("text", "amount", "period", "is_maximum"),
    [
        pytest.param("Het fonds geeft steun met een maximum van € 4.200 per studiejaar.", 4200.0, "year", True,
                     id="nl-per-studiejaar"),
    ],
)
def test_round5_stipends(text, amount, period, is_maximum):
    found = parse_stipends(text)
    assert [(s.amount, s.period, s.is_maximum) for s in found] == [(amount, period, is_maximum)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Candidates must hold a bachelor's degree and be admitted to a higher education institution "
                     "recognised by the Wallonia-Brussels Federation where the master will be taken.", False,
                     id="en-fwb-where-degree-will-be-taken"),
        pytest.param("Candidates must be enrolled at a higher education institution of the Wallonia-Brussels "
                     "Federation.", True, id="en-fwb-enrolled-still-true"),
    ],
)
def test_round5_fwb(text, expected):
    assert mentions_fwb_institution(text) is expected
