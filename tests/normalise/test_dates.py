"""parse_deadlines() and parse_date() on real strings, grouped by where they came from.

Every case passes its own reference date: no test reads the clock.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from normalise.dates import Deadline, find_dates, parse_date, parse_deadlines, resolve_date
from normalise.text import clean_text

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
REFERENCE = date(2025, 2, 5)


def seed(name: str) -> str:
    return clean_text((SEEDS / name).read_text(encoding="utf-8"))


def deadline_values(text: str, reference_date: date = REFERENCE) -> list[tuple]:
    return [(d.date, d.time, d.rule) for d in parse_deadlines(text, reference_date=reference_date)]


# --- Whole seed pages ---------------------------------------------------------------------------

SEED_DEADLINES = [
    ("fao-liaison-internship.txt", [("2025-03-14", "23:59", None)],
     "A envoyer pour vendredi 14 mars 2025, à minuit à bourses@wbi.be"),
    ("unesco-internships.txt", [("2025-02-20", "23:59", None)],
     "Les candidatures sont à envoyer pour le jeudi 20 février à minuit à bourses@wbi.be"),
    ("latvia-scholarships.txt", [("2025-04-01", None, None)],
     "Les candidatures doivent être introduites pour le 1er avril 2025."),
    ("citoyens-du-monde.txt", [("2025-03-15", None, None)],
     "Pour les projets qui se déroulent entre le 1er avril 2025 et le 31 octobre 2025, la date de clôture de "
     "l'appel est fixée au 15 mars 2025 au plus tard, suivant les modalités décrites ci-contre."),
    ("citf-theatre.txt", [("2025-04-01", None, None)],
     "La date limite pour déposer une demande dans les programmes de la CITF est fixée au 1er avril 2025."),
    ("ejustice-decree-2016036668.md", [(None, None, "au plus tard le jour avant le début du stage")],
     "La demande de subventionnement peut être introduite au plus tôt six mois avant le début du stage et doit "
     "être introduite au plus tard le jour avant le début du stage."),
    ("alain-aspect-conference.txt", [], None),
    ("biotech-life-sciences.txt", [], None),
    ("tatiana-wolska-exhibition.txt", [], None),
    ("uk-research-innovation.txt", [], None),
    ("wallonie-nrw-cooperation.txt", [], None),
]


@pytest.mark.parametrize(("name", "expected", "evidence"), SEED_DEADLINES, ids=[case[0] for case in SEED_DEADLINES])
def test_seed_page(name, expected, evidence):
    deadlines = parse_deadlines(seed(name), reference_date=REFERENCE)
    assert [(d.date, d.time, d.rule) for d in deadlines] == expected
    assert all(d.kind == "application" for d in deadlines)
    if evidence:
        assert deadlines[0].evidence == evidence


def test_seed_page_raw_text_gives_the_same_deadlines():
    """Teaser blocks printed twice (and curly apostrophes) do not duplicate a deadline."""
    raw = (SEEDS / "fao-liaison-internship.txt").read_text(encoding="utf-8")
    assert deadline_values(raw) == [("2025-03-14", "23:59", None)]


def test_unesco_weekday_resolves_the_year_whatever_the_reference_month():
    """20 February is a Thursday in 2025 only (2024: Tuesday, 2026: Friday)."""
    text = seed("unesco-internships.txt")
    for reference in (date(2024, 12, 1), date(2025, 2, 5), date(2025, 6, 1)):
        assert deadline_values(text, reference) == [("2025-02-20", "23:59", None)]


# --- Sentences from the seed pages: one deadline each -------------------------------------------

SEED_SENTENCES = [
    ("fao-vendredi-minuit", "A envoyer pour vendredi 14 mars 2025, à minuit à bourses@wbi.be", REFERENCE,
     [("2025-03-14", "23:59", None)]),
    ("unesco-jeudi-sans-annee", "Les candidatures sont à envoyer pour le jeudi 20 février à minuit à bourses@wbi.be",
     REFERENCE, [("2025-02-20", "23:59", None)]),
    ("citoyens-deposez-projet", "Déposez votre projet pour le 15 mars 2025!", REFERENCE,
     [("2025-03-15", None, None)]),
    ("latvia-introduites-pour", "Les candidatures doivent être introduites pour le 1er avril 2025.", REFERENCE,
     [("2025-04-01", None, None)]),
    ("citoyens-cloture-au-plus-tard",
     "Pour les projets qui se déroulent entre le 1er avril 2025 et le 31 octobre 2025, la date de clôture de l'appel "
     "est fixée au 15 mars 2025 au plus tard, suivant les modalités décrites ci-contre.", REFERENCE,
     [("2025-03-15", None, None)]),
    ("citf-date-limite-fixee-au",
     "La date limite pour déposer une demande dans les programmes de la CITF est fixée au 1er avril 2025.",
     REFERENCE, [("2025-04-01", None, None)]),
    ("decree-relative-rule",
     "La demande de subventionnement peut être introduite au plus tôt six mois avant le début du stage et doit être "
     "introduite au plus tard le jour avant le début du stage.", REFERENCE,
     [(None, None, "au plus tard le jour avant le début du stage")]),
]

# --- Phrasings from other WBI, Flemish and English pages ----------------------------------------

OTHER_PAGES = [
    ("fr-au-plus-tard-le", "Les candidatures sont à envoyer au plus tard le 14 mars 2025 à minuit.", date(2025, 1, 20),
     [("2025-03-14", "23:59", None)]),
    ("fr-date-limite-slash", "Date limite : 30/04/2025", date(2025, 1, 20), [("2025-04-30", None, None)]),
    ("fr-date-limite-slash-23h59", "Date limite de dépôt des candidatures : 31/01/2025 à 23h59.", date(2024, 11, 1),
     [("2025-01-31", "23:59", None)]),
    ("fr-date-tirets", "Date limite : 15-03-2025", REFERENCE, [("2025-03-15", None, None)]),
    ("fr-date-points", "Date limite : 15.03.2025 à 17h00", REFERENCE, [("2025-03-15", "17:00", None)]),
    ("fr-jusquau-sans-annee", "Les dossiers de candidature sont acceptés jusqu'au 15 septembre via le formulaire en ligne.",
     date(2025, 6, 10), [("2025-09-15", None, "jusqu'au 15 septembre")]),
    ("fr-jusquau-sans-annee-deja-passe", "Les candidatures sont ouvertes jusqu'au 15 janvier.", date(2025, 6, 10),
     [("2026-01-15", None, "jusqu'au 15 janvier")]),
    ("fr-avant-1er-mai-12h",
     "Les candidatures (CV et lettre de motivation) doivent parvenir avant le 1er mai 2025 à 12h à l'adresse "
     "stages@wbi.be.", date(2025, 3, 1), [("2025-05-01", "12:00", None)]),
    ("fr-23h59", "Inscris ton équipe au plus tard le 20 mars 2025 à 23h59 via le formulaire en ligne.",
     date(2025, 1, 10), [("2025-03-20", "23:59", None)]),
    ("fr-minuit-apres-virgule", "Les dossiers doivent être soumis pour le 2 juin 2025, avant minuit.", REFERENCE,
     [("2025-06-02", "23:59", None)]),
    ("fr-lundi-sans-annee-17h", "Date limite : lundi 3 mars à 17h.", date(2025, 1, 20), [("2025-03-03", "17:00", None)]),
    ("fr-weekday-fits-no-year", "Les candidatures sont à envoyer pour le mercredi 20 février à minuit.", REFERENCE,
     [(None, "23:59", "pour le mercredi 20 février à minuit")]),
    ("fr-chaque-annee-1er-fevrier",
     "Les candidatures sont à introduire chaque année le 1er février (UTC+1) au plus tard, via la plateforme en ligne.",
     date(2025, 1, 10), [("2025-02-01", None, "chaque année le 1er février (UTC+1)")]),
    ("fr-chaque-annee-apres-la-date", "La date limite est fixée chaque année au 1er février.", date(2025, 3, 1),
     [("2026-02-01", None, "date limite est fixée chaque année au 1er février")]),
    ("fr-1er-fevrier-utc", "Date limite : 1er février (UTC+1)", date(2025, 1, 10),
     [("2025-02-01", None, "Date limite : 1er février (UTC+1)")]),
    ("fr-deux-sessions", "première session : date limite le 15 mars 2025 ; deuxième session : date limite le 15 "
     "septembre 2025.", REFERENCE, [("2025-03-15", None, None), ("2025-09-15", None, None)]),
    ("fr-relative-semaines", "La demande doit être introduite au plus tard six semaines avant le début du séjour.",
     REFERENCE, [(None, None, "au plus tard six semaines avant le début du séjour")]),
    ("fr-relative-au-moins", "Le dossier doit être envoyé au moins deux mois avant le départ, par courriel.", REFERENCE,
     [(None, None, "au moins deux mois avant le départ")]),
    ("fr-ejustice-31-mars-annee-academique",
     "La demande est introduite au plus tard le 31 mars de l'année académique concernée.", date(2017, 4, 5),
     [("2018-03-31", None, "au plus tard le 31 mars")]),
    ("nl-uiterlijk-op", "Kandidaturen moeten uiterlijk op 15 maart 2025 worden ingediend via stages@example.be.",
     REFERENCE, [("2025-03-15", None, None)]),
    ("nl-uiterlijk-op-bare", "uiterlijk op 15 maart 2025", REFERENCE, [("2025-03-15", None, None)]),
    ("nl-deadline", "deadline: 1 maart 2025", REFERENCE, [("2025-03-01", None, None)]),
    ("nl-deadline-17-uur", "De deadline is 1 april 2025 om 17.00 uur.", REFERENCE, [("2025-04-01", "17:00", None)]),
    ("nl-tot-en-met", "Solliciteren kan tot en met 31 januari 2025 via de website van het Agentschap.",
     date(2025, 1, 5), [("2025-01-31", None, None)]),
    ("nl-relative-de-dag-voor",
     "De subsidieaanvraag moet uiterlijk de dag vóór de aanvang van de stage worden ingediend.", REFERENCE,
     [(None, None, "uiterlijk de dag vóór de aanvang van de stage worden ingediend")]),
    ("en-no-later-than", "Applications must be submitted no later than 1 March 2025.", REFERENCE,
     [("2025-03-01", None, None)]),
    ("en-no-later-than-bare", "no later than 1 March 2025", REFERENCE, [("2025-03-01", None, None)]),
    ("en-deadline-label", "Deadline: 15 March 2025", REFERENCE, [("2025-03-15", None, None)]),
    ("en-submitted-by-cet", "Applications must be submitted by 31 January 2025 at 23:59 (CET) through the online portal.",
     date(2024, 12, 1), [("2025-01-31", "23:59", None)]),
    ("en-cet-in-summer-stays-local", "Submission deadline: 15 April 2025, 12:00 CET.", REFERENCE,
     [("2025-04-15", "12:00", None)]),
    ("en-utc-converted-to-brussels", "Deadline: 15 April 2025, 10:00 UTC.", REFERENCE, [("2025-04-15", "12:00", None)]),
    ("en-month-first", "Applications are due by March 1st, 2025.", REFERENCE, [("2025-03-01", None, None)]),
    ("en-pm", "Deadline: 1st March 2025, 5 pm", REFERENCE, [("2025-03-01", "17:00", None)]),
]

# --- Dates that are not application deadlines ---------------------------------------------------

NOT_DEADLINES = [
    ("citf-webinaire", "Afin de découvrir en détail les deux programmes, la CITF organise un Webinaire le 12 février à "
     "14h (UTC)."),
    ("unesco-ceremonie", "Le titulaire du poste soutiendra également les préparatifs de la cérémonie du Prix "
     "international du programme L'Oréal-UNESCO Pour les Femmes et la Science, qui aura lieu le 12 juin 2025."),
    ("citoyens-periode-projet", "Le projet peut se dérouler jusqu'au 31 octobre 2025."),
    ("citoyens-rapport-un-mois-apres", "Le rapport sur la mission ainsi que les pièces justificatives liées à la "
     "subvention seront fournis à Wallonie-Bruxelles International au plus tard un mois après la réalisation du projet."),
    ("latvia-resultats", "Les résultats seront annoncés avant la fin du mois de juin 2025."),
    ("latvia-resultats-jour", "Les résultats seront annoncés avant le 30 juin 2025."),
    ("fao-diplome-au-plus-tard", "Être inscrit(e) dans un établissement d'enseignement supérieur, ou être récemment "
     "diplômé(e) (le dernier diplôme obtenu doit avoir été délivré au plus tard 2 ans avant le début du stage)."),
    ("decree-pieces-justificatives", "Les pièces justificatives sont déposées dans les deux mois qui suivent la "
     "cessation définitive de la période de stage subventionnée."),
    ("decree-arrete-date", "L'arrêté du Gouvernement flamand du 18 février 2011 relatif au subventionnement de stages "
     "auprès des organisations internationales est abrogé."),
    ("decree-entree-en-vigueur", "Le présent arrêté entre en vigueur le 1er janvier 2017."),
    ("fr-seance-information", "Une séance d'information aura lieu le 3 juillet à 10h dans nos locaux."),
    ("fr-stage-debute", "Le stage commence le 1er avril 2025."),
    ("fr-veille-du-webinaire", "Le lien de connexion sera envoyé la veille du webinaire aux personnes inscrites."),
    ("nrw-evenement", "La promotion de l'événement \"Strong metropolitan regions\" (Bruxelles, 19 février) qui se "
     "tiendra à la Représentation."),
    ("en-results", "Results will be announced by 30 June 2025."),
]


@pytest.mark.parametrize(
    ("text", "reference_date", "expected"),
    [case[1:] for case in SEED_SENTENCES + OTHER_PAGES],
    ids=[case[0] for case in SEED_SENTENCES + OTHER_PAGES],
)
def test_deadline_sentence(text, reference_date, expected):
    deadlines = parse_deadlines(text, reference_date=reference_date)
    assert [(d.date, d.time, d.rule) for d in deadlines] == expected
    assert all(d.evidence for d in deadlines)


@pytest.mark.parametrize("text", [case[1] for case in NOT_DEADLINES], ids=[case[0] for case in NOT_DEADLINES])
def test_not_a_deadline(text):
    assert parse_deadlines(text, reference_date=REFERENCE) == []


def test_same_date_twice_keeps_the_evidence_with_a_time():
    text = "Déposez votre dossier pour le 15 mars 2025.\nDate limite : 15 mars 2025 à 23h59."
    assert parse_deadlines(text, reference_date=REFERENCE) == [
        Deadline("2025-03-15", "23:59", "application", None, "Date limite : 15 mars 2025 à 23h59.")
    ]


def test_deadline_under_an_application_heading():
    text = "Introduction des candidatures\nJusqu'au 15 mars 2025 via le formulaire."
    assert deadline_values(text) == [("2025-03-15", None, None)]


@pytest.mark.parametrize("bad", ["", "   ", None, 42, "pas de date ici", "Le 31 février 2025 est une date impossible"])
def test_bad_input_gives_no_deadline(bad):
    assert parse_deadlines(bad, reference_date=REFERENCE) == []


# --- parse_date: one expression -----------------------------------------------------------------

ONE_DATE = [
    ("fr-full", "14 mars 2025", None, date(2025, 3, 14)),
    ("fr-1er", "1er avril 2025", None, date(2025, 4, 1)),
    ("fr-weekday-in-text", "jeudi 20 février", None, date(2025, 2, 20)),
    ("fr-weekday-argument", "20 février", 3, date(2025, 2, 20)),
    ("fr-weekday-fits-no-year", "mercredi 20 février", None, None),
    ("fr-no-year-next-occurrence", "15 septembre", None, date(2025, 9, 15)),
    ("fr-no-year-already-past", "15 janvier", None, date(2026, 1, 15)),
    ("fr-abbreviated", "15 sept. 2025", None, date(2025, 9, 15)),
    ("fr-no-accent", "3 fevrier 2025", None, date(2025, 2, 3)),
    ("numeric-slash", "30/04/2025", None, date(2025, 4, 30)),
    ("numeric-dash", "30-04-2025", None, date(2025, 4, 30)),
    ("numeric-dot", "30.04.2025", None, date(2025, 4, 30)),
    ("numeric-short-year", "30/04/25", None, date(2025, 4, 30)),
    ("iso", "2025-04-30", None, date(2025, 4, 30)),
    ("nl", "15 maart 2025", None, date(2025, 3, 15)),
    ("en-day-first", "1st March 2025", None, date(2025, 3, 1)),
    ("en-month-first", "March 1, 2025", None, date(2025, 3, 1)),
    ("de-ordinal-dot", "1. März 2025", None, date(2025, 3, 1)),
    ("dateparser-fallback-year-first", "2025/03/14", None, date(2025, 3, 14)),
    ("impossible-day", "31 février 2025", None, None),
    ("no-date", "bientôt", None, None),
    ("empty", "", None, None),
]


@pytest.mark.parametrize(
    ("text", "weekday", "expected"), [case[1:] for case in ONE_DATE], ids=[case[0] for case in ONE_DATE]
)
def test_parse_date(text, weekday, expected):
    assert parse_date(text, reference_date=REFERENCE, language="fr", weekday=weekday) == expected


def test_resolve_date_29_february_without_year_waits_for_a_leap_year():
    assert resolve_date(29, 2, None, reference_date=date(2025, 3, 1)) == date(2028, 2, 29)


def test_find_dates_positions_include_the_weekday():
    text = "A envoyer pour vendredi 14 mars 2025, à minuit"
    [mention] = find_dates(text)
    assert text[mention.start : mention.end] == "vendredi 14 mars 2025"
    assert (mention.day, mention.month, mention.year, mention.weekday) == (14, 3, 2025, 4)
