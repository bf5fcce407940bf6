"""Phrasings found by the second probe round (extractor version 4).

Whole WBI pages (standing aid, excellence grants, youth mobility, prizes,
news) and Flemish and French-Community acts were written and extracted; the
sentences below are the ones the extractor misread, fixed in general terms.
Each case passes its own reference date: no test reads the clock.
"""
from __future__ import annotations

from datetime import date

import pytest

from normalise.classify import classify, is_legal_scheme
from normalise.dates import parse_deadlines
from normalise.durations import parse_duration
from normalise.eligibility import age_limit, graduated_within_years, mentions_fwb_institution, parse_eligibility
from normalise.money import parse_stipends

REFERENCE = date(2025, 1, 10)

# --- Deadlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Les candidatures (CV, lettre de motivation, copie du diplôme) sont à envoyer par courriel à "
            "x@wbi.be pour le dimanche 6 avril 2025 à 23h59.",
            [("2025-04-06", "23:59")],
            id="diploma-inside-a-parenthesis-is-not-the-clause",
        ),
        pytest.param(
            "Les candidatures doivent parvenir à WBI au plus tard le 15 mars de chaque année, à 12h.",
            [("2025-03-15", "12:00")],
            id="time-after-de-chaque-annee",
        ),
        pytest.param(
            "Les candidatures pour les départs de septembre sont ouvertes jusqu'au 31 mars ; pour les départs "
            "de février, jusqu'au 30 septembre.",
            [("2025-03-31", None), ("2025-09-30", None)],
            id="second-window-shares-the-application-context",
        ),
        pytest.param("Art. 7. Dit besluit treedt in werking op 1 januari 2023.", [], id="treedt-in-werking"),
        pytest.param("This decision enters into force on 1 March 2025.", [], id="enters-into-force"),
        pytest.param(
            "Les dossiers complets doivent être introduits au plus tard le lundi 2 juin 2025 à 12h. "
            "Les résultats seront communiqués au plus tard le 15 juillet 2025.",
            [("2025-06-02", "12:00")],
            id="results-au-plus-tard-not-a-deadline",
        ),
    ],
)
def test_deadlines(text, expected):
    found = [(d.date, d.time) for d in parse_deadlines(text, reference_date=REFERENCE)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        pytest.param("La demande doit être introduite au minimum 2 mois avant le départ, via le formulaire.",
                     "au minimum 2 mois avant le départ", id="au-minimum-2-mois-avant"),
        pytest.param("Les dossiers sont à introduire au plus tard 6 semaines avant le début du cours.",
                     "au plus tard 6 semaines avant le début du cours", id="6-semaines-avant"),
        pytest.param("De aanvraag moet uiterlijk zes weken voor de aanvang van de stage worden ingediend.",
                     "uiterlijk zes weken voor de aanvang van de stage worden ingediend", id="uiterlijk-zes-weken"),
    ],
)
def test_relative_rules(text, rule):
    deadlines = parse_deadlines(text, reference_date=REFERENCE)
    assert [(d.date, d.rule) for d in deadlines] == [(None, rule)]


# --- Stipends -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Le montant mensuel de la bourse est déterminé selon la catégorie :\n- catégorie A : 1.200 euros ;\n"
            "- catégorie B : 1.400 euros.",
            [(1200.0, "month"), (1400.0, "month")],
            id="list-items-take-the-lead-in-period",
        ),
        pytest.param(
            "Le montant mensuel est fixé comme suit :\n- frais de voyage : 500 euros.",
            [(500.0, "once")],
            id="travel-item-stays-once",
        ),
        pytest.param(
            "Le montant mensuel de l'allocation est égal à 110 % du revenu d'intégration, majoré de 2 euros par "
            "heure de formation.",
            [],
            id="hourly-part-of-a-formula",
        ),
        pytest.param(
            "Une bourse de 1.000 euros par mois. La participation aux frais de résidence (150 € par mois) est à "
            "charge de l'artiste.",
            [(1000.0, "month")],
            id="participation-aux-frais-a-charge-de-l-artiste",
        ),
        pytest.param(
            "WBI offre 5 bourses couvrant les frais de participation et un forfait de 800 euros pour le voyage.",
            [(800.0, "once")],
            id="fee-in-another-conjunct",
        ),
        pytest.param("Les frais de participation et de logement s'élèvent à 500 €.", [],
                     id="fee-in-the-same-conjunct"),
        pytest.param("Each selected project receives up to €10,000 for travel costs.", [(10000.0, "project")],
                     id="each-project-receives"),
    ],
)
def test_stipends(text, expected):
    assert [(s.amount, s.period) for s in parse_stipends(text)] == expected


# --- Duration -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The stay lasts from 6 to 24 months. Candidates must not have resided in Belgium for more "
                     "than 12 months in the last 3 years.", (6, 24), id="residence-rule-in-the-last-3-years"),
        pytest.param("The internship lasts 6 months. Master's degree obtained within the last two years.",
                     (6, 6), id="within-the-last-two-years"),
        pytest.param("L'assistant.e assure 12 heures de cours par semaine, d'octobre 2025 à mai 2026 (8 mois).",
                     (8, 8), id="parenthesised-after-a-year"),
        pytest.param("- Stages professionnels en entreprise (de 4 semaines à 6 mois) ;\n"
                     "- Missions de réseautage (1 à 3 semaines).", (0.2, 6), id="range-with-two-units"),
        pytest.param("WBI met à disposition deux ateliers pour des résidences de 3 à 6 mois.", (3, 6),
                     id="residences-de-3-a-6-mois"),
        pytest.param("Un verblijf van minimaal een maand en maximaal zes maanden in een residentie.", (1, 6),
                     id="minimaal-en-maximaal"),
        pytest.param("Une bourse pendant 6 mois maximum. Le stage doit durer au minimum 3 mois.", (3, 6),
                     id="complementary-bounds"),
        pytest.param("Durée du programme\n- Bourses d'études : jusqu'à 10 mois\n- Bourses de recherche : jusqu'à 5 mois",
                     (None, 10),
                     id="one-sided-tracks-stay-open"),
    ],
)
def test_duration(text, expected):
    duration = parse_duration(text, reference_date=REFERENCE)
    assert duration is not None
    low, high = expected
    assert (duration.min_months is None) == (low is None)
    assert (duration.max_months is None) == (high is None)
    if low is not None:
        assert abs(duration.min_months - low) < 0.05
    if high is not None:
        assert abs(duration.max_months - high) < 0.05


# --- Eligibility ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Être âgé.e de 35 ans au plus à la date limite de dépôt", 35, id="age-e-inclusive"),
        pytest.param("âgé.e.s de 30 ans maximum au moment du départ", 30, id="ages-inclusive-plural"),
        pytest.param("De kandidaat mag op 1 januari van het jaar niet ouder zijn dan 25 jaar.", 25,
                     id="niet-ouder-zijn-dan"),
        pytest.param("Ne pas avoir plus de 30 ans au 31 décembre 2025", 30, id="ne-pas-avoir-plus-de"),
        pytest.param("avoir plus de 5 ans d'expérience", None, id="plus-de-ans-d-experience"),
    ],
)
def test_age(text, expected):
    assert age_limit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("diplômé.e.s depuis 2 ans au maximum", 2, id="depuis-2-ans-au-maximum"),
        pytest.param("Holders of a PhD obtained less than 5 years before the application deadline", 5,
                     id="phd-obtained-less-than-5-years"),
    ],
)
def test_graduated_within(text, expected):
    assert graduated_within_years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Researchers holding a doctorate awarded by a university of the Wallonia-Brussels Federation",
                     True, id="holding-a-doctorate-awarded-by"),
        pytest.param("un diplôme de master délivré par un établissement de la Communauté française", True,
                     id="delivre-par-communaute-francaise"),
        pytest.param("Être étudiant.e ou diplômé.e d'une école supérieure des arts de la Fédération "
                     "Wallonie-Bruxelles, ou artiste autodidacte", False, id="or-self-taught"),
        pytest.param("A host letter from a supervisor at a university of the Wallonia-Brussels Federation",
                     False, id="host-university"),
    ],
)
def test_fwb(text, expected):
    assert mentions_fwb_institution(text) is expected


def test_higher_education_students_beside_secondary_pupils():
    text = "beurzen aan leerlingen van het secundair onderwijs en studenten van het hoger onderwijs"
    assert parse_eligibility(text).levels == ["bachelor", "master", "secondary"]


# --- Classification -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "is_opportunity", "kind"),
    [
        pytest.param(
            "", "« Mon stage à l'ONU a changé ma vie » : rencontre avec Julie, ancienne boursière\n"
                "Comment avez-vous découvert le programme ?\nUn professeur m'en a parlé.\n"
                "Un conseil ? Postuler tôt ! La date limite tombe souvent en février.\nPropos recueillis par WBI.",
            False, "news", id="interview-advice-is-not-an-invitation",
        ),
        pytest.param(
            "42 researchers selected for the 2025 excellence grants",
            "The laureates receive €2,120 per month. \"An investment\", said the Minister. "
            "The next call for applications is expected to open in the summer.",
            False, "news", id="call-for-applications-is-expected",
        ),
        pytest.param(
            "Volontariat international",
            "Les candidatures pour les départs de septembre sont ouvertes jusqu'au 31 mars.",
            True, "other", id="candidatures-sont-ouvertes-jusqu-au",
        ),
        pytest.param(
            "Erasmus Belgica",
            "Une bourse de 250 € par mois. Les candidatures sont introduites auprès de votre établissement.",
            True, "scholarship", id="candidatures-sont-introduites",
        ),
    ],
)
def test_classification(title, body, is_opportunity, kind):
    result = classify(title, body)
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind)


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        pytest.param("Arrêté du Gouvernement de la Communauté française fixant les conditions d'octroi des bourses "
                     "de mobilité\nArticle 1er. Définitions.\nArt. 2. Une bourse peut être octroyée.", None, True,
                     id="arrete-bourses"),
        pytest.param("Decreet betreffende de toekenning van taalbeurzen aan leerlingen\nArtikel 1. Dit decreet "
                     "regelt een gemeenschapsaangelegenheid.\nArt. 2. De Vlaamse Regering kent beurzen toe.", None,
                     True, id="decreet-taalbeurzen"),
        pytest.param("Wet betreffende de bescherming van deposito's\nArtikel 1. ...\nArt. 2. ...", None, False,
                     id="act-without-a-scheme"),
        pytest.param("Bourses de mobilité\nArticle 1er. Une page qui cite des articles.\nArt. 2.", None, False,
                     id="no-act-title"),
        pytest.param("Tekst", "https://www.ejustice.just.fgov.be/eli/besluit/2016/12/09/2016036668/justel", True,
                     id="justel-url"),
    ],
)
def test_legal_scheme_without_hint(text, url, expected):
    assert is_legal_scheme("", text, url) is expected
    if expected:
        assert classify("", text, url=url).kind == "legal_scheme"
