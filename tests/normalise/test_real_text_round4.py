"""Phrasings found on real pages, round 4 (extractor version 6).

21 stored copies of real pages (Flemish pages on the grants for internships
at international organisations, a Brussels youth office's programme and
call, WBI calls relayed in English, Communauté française decrees as relayed
from the Moniteur, and news about these schemes) were labelled and
extracted. The sentences below are PARAPHRASES of the ones the extractor
misread (same structure and phrasing patterns, other names, numbers and
dates), fixed in general terms. The real texts are not kept in the
repository. No test reads the clock.
"""
from __future__ import annotations

from datetime import date

import pytest

from normalise.classify import classify, is_legal_scheme
from normalise.dates import parse_deadlines
from normalise.durations import parse_duration
from normalise.eligibility import parse_eligibility

REFERENCE = date(2025, 10, 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Reisbeurs voor jonge onderzoekers\n\nWie komt in aanmerking?\n\nKandidaten die een plaats hebben "
            "gevonden bij een onderzoekscentrum in het buitenland.",
            id="nl-who-qualifies-heading",
        ),
        pytest.param(
            "Voorwaarden kandidaatstelling\n\n • De kandidaat heeft een diploma van een Vlaamse hogeschool.\n"
            " • De kandidaat is jonger dan 30 jaar.",
            id="nl-conditions-heading-line",
        ),
        pytest.param(
            "Steun voor stages in het buitenland\n\nVoor wie is deze steun bedoeld?\n\nJonge afgestudeerden. "
            "Steun kan aangevraagd worden tot de dag voor het vertrek.",
            id="nl-for-whom-and-may-be-requested",
        ),
        pytest.param(
            "Procedures\n\nHet budget voor het voorjaar is op. Vanaf 15 september kunnen nieuwe aanvragen "
            "ingediend worden via het formulier.",
            id="nl-requests-may-be-submitted",
        ),
        pytest.param(
            "Wat is het?\n\nDe provincie biedt met het programma Horizon beurzen aan voor jongeren die een "
            "vrijwilligersproject willen doen. De financiering is bedoeld voor kandidaten die in de provincie wonen.",
            id="nl-offers-grants-intended-for-candidates",
        ),
        pytest.param(
            "Plusieurs dispositifs permettent de recevoir une aide financière pour un échange. Le soutien de "
            "l'office consiste en une aide financière de 400 € par participant.",
            id="fr-programme-described-to-its-public",
        ),
    ],
)
def test_programme_pages_are_opportunities(text: str) -> None:
    assert classify("", text).is_opportunity


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Programme Horizon\n\n3 juin 2024\n\nLe réseau a lancé cet appel en janvier et a organisé les "
            "sélections en avril. Pour plus d'informations sur les conditions, voyez le site du programme.\n\n"
            "Interview avec la coordinatrice.",
            id="news-about-a-programme",
        ),
        pytest.param(
            "Provinciale steun voor stages bij internationale organisaties\n\nOp 3 maart keurde de provincie het "
            "reglement goed. Alle informatie over de voorwaarden voor financiering vindt u op de website.",
            id="nl-news-about-a-regulation",
        ),
    ],
)
def test_reports_stay_news(text: str) -> None:
    assert not classify("", text).is_opportunity


def test_relayed_act_with_publication_line_is_a_legal_scheme() -> None:
    text = (
        "publié le 3 mars 2009\n"
        "Arrêté du Gouvernement de la Communauté française relatif aux bourses de voyage des étudiants\n"
        "Le Gouvernement de la Communauté française,\n"
        "Vu le décret du 2 mai 2005 ;\n"
        "Vu l'avis de l'Inspection des Finances ;\n"
        "Arrête :\n"
        "Article 1er. Des bourses de voyage sont accordées aux étudiants.\n"
        "Art. 2. Chaque établissement fixe les modalités.\n"
    )
    assert is_legal_scheme("", text)
    assert classify("", text).kind == "legal_scheme"


def test_act_cut_after_first_article_is_a_legal_scheme_by_its_recitals() -> None:
    text = (
        "publié le 9 juillet 2010\n"
        "Arrêté du Gouvernement de la Communauté française modifiant la procédure des allocations d'études\n"
        "Le Gouvernement de la Communauté française,\n"
        "Vu le décret du 7 novembre 1983 ;\n"
        "Vu l'avis du Conseil d'Etat ;\n"
        "Arrête :\n"
        "Article 1er. A l'article 4, le deuxième alinéa est remplacé par"
    )
    assert is_legal_scheme("", text)


def test_one_article_without_recitals_is_not_enough() -> None:
    text = "Arrêté relatif aux bourses\nArticle 1er. Le texte est abrogé."
    assert not is_legal_scheme("", text)


@pytest.mark.parametrize(
    ("text", "rule_start"),
    [
        pytest.param(
            "U dient uw steunaanvraag ten vroegste 4 maanden en uiterlijk één dag voor het vertrek in.",
            "uiterlijk één dag voor het vertrek",
            id="nl-at-the-latest-one-day-before",
        ),
        pytest.param(
            "Steun kan aangevraagd worden ten laatste op de dag voor de aanvang van het project.",
            "ten laatste op de dag voor de aanvang",
            id="nl-at-the-latest-on-the-day-before",
        ),
        pytest.param(
            "De aanvraag moet uiterlijk één week voor de start van de opleiding ingediend worden.",
            "uiterlijk één week voor de start",
            id="nl-singular-week",
        ),
    ],
)
def test_dutch_relative_deadlines(text: str, rule_start: str) -> None:
    deadlines = parse_deadlines(text, reference_date=REFERENCE)
    assert len(deadlines) == 1
    assert deadlines[0].date is None
    assert deadlines[0].rule.startswith(rule_start)


def test_evaluation_forms_after_the_stay_are_not_an_application_deadline() -> None:
    text = ("Voor de uitbetaling van het saldo moeten 2 formulieren uiterlijk twee maanden na afloop van de stage "
            "worden ingediend.")
    assert parse_deadlines(text, reference_date=REFERENCE) == []


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        pytest.param("Het verblijf duurt minstens 3 en maximum 9 maanden.", (3, 9), id="nl-at-least-and-maximum"),
        pytest.param(
            "Het fonds reserveert budget voor studenten die minimum 1 en maximum 4 maanden van het academiejaar "
            "stage willen lopen bij een agentschap.",
            (1, 4),
            id="nl-months-of-internship-to-run",
        ),
        pytest.param("Le séjour dure au moins 2 et au maximum 5 mois.", (2, 5), id="fr-au-moins-et-au-maximum"),
    ],
)
def test_minimum_and_maximum_joined(text: str, bounds: tuple[int, int]) -> None:
    duration = parse_duration(text, reference_date=REFERENCE)
    assert duration is not None
    assert (duration.min_months, duration.max_months) == bounds


@pytest.mark.parametrize(
    ("text", "age"),
    [
        pytest.param("De financiering is bedoeld voor kandidaten die\n  • jonger zijn dan 32 jaar op de startdatum",
                     32, id="nl-younger-are-than"),
        pytest.param("De aanvrager is jonger dan 30 jaar bij de aanvang.", 30, id="nl-younger-than"),
        pytest.param("Kandidaten moeten jonger zijn dan 28 jaar.", 28, id="nl-must-be-younger"),
    ],
)
def test_dutch_age_limits(text: str, age: int) -> None:
    assert parse_eligibility(text).age_max == age
