"""Phrasings found on real pages (extractor version 5).

24 stored copies of real pages about WBI programmes (wbi.be programme and
news pages, EURAXESS and university pages relaying WBI calls, a Québec page
on the FWB grants) were labelled and extracted; the sentences below are
PARAPHRASES of the ones the extractor misread (same structure and phrasing
patterns, other names, dates and amounts), fixed in general terms. The real
texts themselves are not kept in the repository. Each case passes its own
reference date: no test reads the clock.
"""
from __future__ import annotations

from datetime import date

import pytest

from normalise.classify import classify
from normalise.dates import parse_deadlines
from normalise.durations import parse_duration
from normalise.eligibility import mentions_fwb_institution, parse_eligibility
from normalise.money import parse_stipends

REFERENCE = date(2025, 10, 1)

# --- Classification -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Aller au contenu principal\n\nObtenir une bourse de recherche dans une université de Wallonie\n\n"
            "Objectif de l'aide\n\nFinancer un séjour de recherche.\n\nCritères de recevabilité\n\n"
            "Être titulaire d'un doctorat étranger.",
            id="programme-page-title-and-eligibility-heading",
        ),
        pytest.param(
            "Obtain a grant for a research stay abroad - Horizon Fellows\n\nOur support\n\nWhat is the support?\n\n"
            "WBI supports holders of a Master's degree who wish to prepare a doctorate abroad.",
            id="english-obtain-a-grant-our-support",
        ),
        pytest.param(
            "Type of grant\n\nResearch grant\n\nTypes of programme:\n\n  • Short-term grants (1 to 3 months).\n\n"
            "Financial terms\n  • Monthly amount 2.250 euros.",
            id="english-grant-sheet-headings",
        ),
        pytest.param(
            "Call in Belgium - postdoctoral grants\n\nApplication deadlines:\n\n  • no later than 1 May 2026.",
            id="plural-deadlines-heading",
        ),
        pytest.param(
            "Vous êtes diplômé.e d'une haute école et vous souhaitez effectuer un stage dans une organisation "
            "internationale ? 2 offres de stage de 6 mois sont disponibles à l'OCDE.",
            id="reader-addressed-and-offers-available",
        ),
        pytest.param(
            "- Fonction: Stagiaire auprès de l'OIF\n- Lieu d'affectation: Dakar\n"
            "Les dossiers sont attendus pour le 14 novembre.",
            id="posting-fields-and-dossiers-attendus",
        ),
        pytest.param(
            "Chaque année, le comité choisit quinze lauréats qui recevront une bourse de 2.000 €.\n"
            "> à qui s'adresse la bourse ?\n> comment poser votre candidature ?",
            id="comment-poser-votre-candidature",
        ),
        pytest.param(
            "BOURSES DE RECHERCHE OFFERTES PAR WALLONIE-BRUXELLES INTERNATIONAL AUX CHERCHEURS ETRANGERS\n\n"
            "WBI offre un programme de bourses au profit des chercheurs étrangers.",
            id="bourses-offertes-par",
        ),
    ],
)
def test_real_programme_pages_are_opportunities(text):
    assert classify("", text).is_opportunity


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Journée d'accueil des assistants de langue\n\nRetour sur deux journées de rencontre dans nos bureaux.\n"
            "Le stage (de 7 à 10 mois selon les pays) permet de découvrir le métier d'enseignant.",
            id="welcome-day-report",
        ),
        pytest.param(
            "Le programme offre aux jeunes de 18 à 30 ans un soutien financier, grâce à notre soutien et à la "
            "coopération entre le Québec et la Fédération Wallonie-Bruxelles depuis 40 ans.",
            id="anniversary-report-notre-soutien-mid-sentence",
        ),
    ],
)
def test_real_reports_stay_news(text):
    assert not classify("", text).is_opportunity


# --- Deadlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        pytest.param(
            "Pour postuler, il faut avoir obtenu son doctorat après le 1/09/2021 et au plus tard le 30/09/2026.\n"
            "Les candidatures doivent être envoyées au plus tard le mardi 10 mars 2026 (midi heure de Bruxelles).",
            REFERENCE,
            [("2026-03-10", "12:00")],
            id="diploma-window-second-date-is-not-a-deadline",
        ),
        pytest.param(
            "You may apply before your doctorate is awarded. In that case, proof of the degree must be sent at "
            "the latest on:\n\nFor long-term grants (stay between September and August): 1st of July.",
            REFERENCE,
            [],
            id="proof-of-degree-dates-are-not-deadlines",
        ),
        pytest.param(
            "Les dossiers sont attendus pour le 14 novembre.",
            REFERENCE,
            [("2025-11-14", None)],
            id="dossiers-attendus-pour-le",
        ),
    ],
)
def test_deadlines(text, reference, expected):
    found = [(d.date, d.time) for d in parse_deadlines(text, reference_date=reference) if d.date]
    assert found == expected


def test_relative_rule_before_starting_the_stay():
    deadlines = parse_deadlines(
        "envoyer votre dossier de candidature avant d'entamer votre séjour d'études;", reference_date=REFERENCE
    )
    assert [(d.date, d.rule) for d in deadlines] == [(None, "avant d'entamer votre séjour d'études")]


def test_before_starting_without_application_is_no_rule():
    assert parse_deadlines("Le visa doit être obtenu avant de commencer votre séjour.", reference_date=REFERENCE) == []


# --- Stipends -------------------------------------------------------------------------------------


def test_second_amount_after_a_qualifier_is_paid_like_the_first():
    stipends = parse_stipends(
        "une allocation mensuelle (revue chaque année) de 810,50 euros (€) pour la maîtrise et de 990,25 € "
        "pour le doctorat;"
    )
    assert [(s.amount, s.period) for s in stipends] == [(810.5, "month"), (990.25, "month")]


# --- Duration -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Chaque séjour dure 1 ou 2 mois.", (1, 2), id="un-ou-deux-mois"),
        pytest.param(
            "Le subside de recherche est de minimum 9 mois, maximum 18 mois.", (9, 18), id="subside-min-max"
        ),
        pytest.param(
            "  • Long-term grants (minimum 1 year, can be renewed one time) for postdoctoral researchers.\n"
            "  • Short-term grants (1 to 3 months, cannot be renewed) for postdoctoral researchers.",
            (1, None),
            id="track-with-minimum-only-leaves-max-open",
        ),
        pytest.param(
            "Le subside est de minimum 12 mois, maximum 24 mois.\n"
            "Le séjour de recherche devra commencer entre le 1er septembre 2026 et le 1er décembre 2026.",
            (12, 24),
            id="start-window-is-not-the-stay",
        ),
    ],
)
def test_durations(text, expected):
    duration = parse_duration(text, reference_date=REFERENCE)
    assert duration is not None
    assert (duration.min_months, duration.max_months) == expected


def test_start_window_gives_no_dates():
    duration = parse_duration(
        "Le subside est de minimum 12 mois, maximum 24 mois.\n"
        "Le séjour devra commencer entre le 1er septembre 2026 et le 1er décembre 2026.",
        reference_date=REFERENCE,
    )
    assert duration is not None and duration.start is None and duration.end is None


# --- Eligibility ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Scientists holding a doctoral degree from a non-Belgian university and wanting to follow a research "
            "project in universities or colleges, organised or subsidised by the Wallonia-Brussels Federation.",
            False,
            id="wanting-to-follow-makes-fwb-the-host",
        ),
        pytest.param(
            "Interested in a short student grant for research training provided by the higher-education "
            "network of the Wallonia-Brussels Federation?",
            False,
            id="grant-for-training-provided-by-fwb",
        ),
        pytest.param(
            "vous poursuivez votre cursus en arts plastiques au sein d'un établissement de la Fédération "
            "Wallonie-Bruxelles",
            True,
            id="cursus-in-an-fwb-institution",
        ),
        pytest.param(
            "Pour pouvoir postuler, il faut avoir obtenu son doctorat à l'UCLouvain après le 1/09/2021.",
            True,
            id="doctorate-from-a-named-fwb-university",
        ),
        pytest.param(
            "Vous souhaitez effectuer un séjour de recherche à l'ULB.",
            False,
            id="stay-at-a-named-fwb-university",
        ),
    ],
)
def test_fwb_requirement(text, expected):
    assert mentions_fwb_institution(text) is expected
    assert bool(parse_eligibility(text).requires_fwb) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Allocation financière accordée : 12 500,00 $ CA", (12500.0, "CAD"), id="dollar-ca-after"),
        pytest.param("a travel grant of CA$ 1,500", (1500.0, "CAD"), id="ca-dollar-before"),
        pytest.param("a stipend of $1,200 per month", (1200.0, "USD"), id="plain-dollar-stays-usd"),
    ],
)
def test_canadian_dollars(text, expected):
    from normalise.money import parse_amount

    assert parse_amount(text) == expected
