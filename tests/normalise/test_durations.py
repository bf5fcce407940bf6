"""parse_duration() and the number words it reads, on real strings grouped by where they came from.

Every case passes its own reference date: no test reads the clock.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from normalise.durations import Duration, parse_duration
from normalise.numbers import number_from_word, parse_number
from normalise.text import clean_text

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
REFERENCE = date(2025, 2, 5)


def seed(name: str) -> str:
    return clean_text((SEEDS / name).read_text(encoding="utf-8"))


def values(duration: Duration | None) -> tuple | None:
    if duration is None:
        return None
    return (duration.min_months, duration.max_months, duration.start, duration.end)


# --- Whole seed pages ---------------------------------------------------------------------------

SEED_DURATIONS = [
    ("fao-liaison-internship.txt", (6, 6, "2025-04-15", "2025-10-15"),
     "Dates du stage: 15 avril au 15 octobre 2025 | Durée: 6 mois"),
    ("unesco-internships.txt", (6, 6, "2025-04-01", "2025-09-30"),
     "Durée : du 1 avril 2025 au 30 septembre 2025 (6 mois)."),
    ("latvia-scholarships.txt", (None, 11, None, None),
     "Bourses d'études : jusqu'à 10 mois (pour les doctorants - jusqu'à 11 mois) | "
     "Bourses pour la recherche : Jusqu'à 5 mois"),
    ("ejustice-decree-2016036668.md", (2, 6, None, None),
     "La subvention vaut pour la durée du stage, avec une durée maximale de six mois et une durée minimale de deux mois."),
    ("citoyens-du-monde.txt", None, None),
    ("citf-theatre.txt", None, None),
    ("alain-aspect-conference.txt", None, None),
    ("biotech-life-sciences.txt", None, None),
    ("tatiana-wolska-exhibition.txt", None, None),
    ("uk-research-innovation.txt", None, None),
    ("wallonie-nrw-cooperation.txt", None, None),
]


@pytest.mark.parametrize(("name", "expected", "evidence"), SEED_DURATIONS, ids=[case[0] for case in SEED_DURATIONS])
def test_seed_page(name, expected, evidence):
    duration = parse_duration(seed(name), reference_date=REFERENCE)
    assert values(duration) == expected
    if evidence:
        assert duration.evidence == evidence


def test_whole_months_are_ints_for_json():
    duration = parse_duration(seed("fao-liaison-internship.txt"), reference_date=REFERENCE)
    assert type(duration.min_months) is int and type(duration.max_months) is int


def test_seed_page_raw_text_gives_the_same_duration():
    raw = (SEEDS / "fao-liaison-internship.txt").read_text(encoding="utf-8")
    assert values(parse_duration(raw, reference_date=REFERENCE)) == (6, 6, "2025-04-15", "2025-10-15")


# --- Sentences from the seed pages --------------------------------------------------------------

SEED_SENTENCES = [
    ("fao-duree-6-mois", "Durée: 6 mois", (6, 6, None, None)),
    ("fao-dates-annee-partagee", "Dates du stage: 15 avril au 15 octobre 2025", (6, 6, "2025-04-15", "2025-10-15")),
    ("unesco-duree-du-au", "Durée : du 1 avril 2025 au 30 septembre 2025 (6 mois).", (6, 6, "2025-04-01", "2025-09-30")),
    ("unesco-offres-de-stage-de-6-mois", "3 offres de stage de 6 mois sont disponibles à l'UNESCO à Paris.",
     (6, 6, None, None)),
    ("latvia-jusqua-doctorants", "Durée du programme\nBourses d'études : jusqu'à 10 mois (pour les doctorants - "
     "jusqu'à 11 mois)", (None, 11, None, None)),
    ("decree-max-min-en-lettres", "La subvention vaut pour la durée du stage, avec une durée maximale de six mois et "
     "une durée minimale de deux mois.", (2, 6, None, None)),
]

# --- Phrasings from other WBI, Flemish and English pages ----------------------------------------

OTHER_PAGES = [
    ("fr-stage-4-semaines", "Le stage dure 4 semaines.", (0.9, 0.9, None, None)),
    ("fr-formation-8-semaines", "Wallonie-Bruxelles International organise une formation de 8 semaines destinée aux "
     "jeunes diplômé.e.s.", (1.8, 1.8, None, None)),
    ("fr-stage-10-semaines", "Réalise un stage de 10 semaines à Québec cet été.", (2.3, 2.3, None, None)),
    ("fr-sejour-2-a-4-semaines", "Ce programme permet aux doctorant.e.s d'effectuer un séjour de recherche de 2 à 4 "
     "semaines à l'étranger.", (0.5, 0.9, None, None)),
    ("fr-pendant-semaines", "Le séjour se déroule pendant 8 semaines à Montréal.", (1.8, 1.8, None, None)),
    ("fr-un-an", "Durée de la bourse : un an.", (12, 12, None, None)),
    ("fr-bourse-d-un-an", "WBI octroie une bourse d'un an à un.e chercheur.e.", (12, 12, None, None)),
    ("fr-2-ans", "Le programme dure 2 ans.", (24, 24, None, None)),
    ("fr-sejour-1-a-2-ans", "WBI offre des bourses postdoctorales pour un séjour de recherche de 1 à 2 ans.",
     (12, 24, None, None)),
    ("fr-cdd-1-an-prolongation", "Nous offrons un contrat à durée déterminée de 1 an, à temps plein, avec possibilité "
     "de prolongation.", (12, 12, None, None)),
    ("fr-entre-3-et-6-mois", "Durée : entre 3 et 6 mois.", (3, 6, None, None)),
    ("fr-duree-de-1-a-12-mois", "Une bourse de 2.120 euros par mois, pour une durée de 1 à 12 mois.", (1, 12, None, None)),
    ("fr-minimum", "Durée : minimum 3 mois.", (3, None, None, None)),
    ("fr-maximum-apres", "Durée : 6 mois maximum.", (None, 6, None, None)),
    ("fr-dix-huit-mois", "Le stage a une durée de dix-huit mois.", (18, 18, None, None)),
    ("fr-du-1er-au-jour-seul", "L'université d'été de deux semaines a lieu du 7 au 18 juillet 2025.",
     (0.5, 0.5, "2025-07-07", "2025-07-18")),
    ("fr-dates-sans-duree", "Dates du stage : du 1er septembre 2025 au 28 février 2026.",
     (6, 6, "2025-09-01", "2026-02-28")),
    ("fr-dates-sans-annee", "Dates du stage : du 1er juillet au 31 août.", (2, 2, "2025-07-01", "2025-08-31")),
    ("fr-dates-a-cheval-sur-deux-ans", "Dates du stage : 1er novembre au 30 avril 2026.",
     (6, 6, "2025-11-01", "2026-04-30")),
    ("nl-gedurende-8-weken", "De stage loopt gedurende 8 weken in Brussel.", (1.8, 1.8, None, None)),
    ("nl-1-jaar", "De beurs heeft een duur van 1 jaar.", (12, 12, None, None)),
    ("nl-een-jaar", "Wij bieden een contract van één jaar, voltijds.", (12, 12, None, None)),
    ("nl-zes-maanden", "De Vertegenwoordiging zoekt een stagiair voor een stage van zes maanden.", (6, 6, None, None)),
    ("nl-tussen-3-en-9", "Met deze beurs kunnen studenten een onderzoeksverblijf van tussen 3 en 9 maanden doen.",
     (3, 9, None, None)),
    ("en-6-weeks", "The summer school lasts 6 weeks.", (1.4, 1.4, None, None)),
    ("en-6-month-internship", "The Delegation offers a 6-month internship in its research and innovation team.",
     (6, 6, None, None)),
    ("en-period-of-10-months", "Successful candidates receive a monthly allowance of EUR 1,400 for a period of 10 "
     "months.", (10, 10, None, None)),
    ("en-from-12-to-24", "Projects may last from 12 to 24 months.", (12, 24, None, None)),
    ("en-up-to", "Duration: up to twelve months.", (None, 12, None, None)),
]

# --- Months and years that are not the opportunity's length -------------------------------------

NOT_DURATIONS = [
    ("decree-pieces-justificatives", "Les pièces justificatives sont déposées dans les deux mois qui suivent la "
     "cessation définitive de la période de stage subventionnée."),
    ("decree-reste-de-la-periode", "Après le début du stage, une subvention ne peut être octroyée que pour la période "
     "qui prend cours le jour qui suit le dépôt d'une demande complète, si le reste de la période s'élève au minimum à "
     "deux mois."),
    ("decree-au-plus-tot-six-mois-avant", "La demande de subventionnement peut être introduite au plus tôt six mois "
     "avant le début du stage et doit être introduite au plus tard le jour avant le début du stage."),
    ("decree-extension-conditionnelle", "La durée maximale du stage peut être portée à neuf mois à la demande explicite "
     "de l'organisation multilatérale en question et à condition que le stage soit lié à un projet."),
    ("decree-difference-six-mois", "Si une subvention est octroyée pour une période inférieure à six mois, un "
     "financement supplémentaire pourra être octroyé, qui s'élèvera au maximum à la différence entre les six mois et "
     "la durée de la subvention déjà accordée."),
    ("decree-annees-civiles", "Le même montant mensuel vaut pour la période subventionnée entière, même si celle-ci "
     "s'étend sur deux années civiles."),
    ("decree-age", "Ne pas encore avoir atteint l'âge de 35 ans au début du stage."),
    ("fao-diplome-2-ans-avant", "Être récemment diplômé(e) (le dernier diplôme obtenu doit avoir été délivré au plus "
     "tard 2 ans avant le début du stage)."),
    ("citoyens-rapport-un-mois-apres", "Le rapport sur la mission sera fourni au plus tard un mois après la réalisation "
     "du projet."),
    ("latvia-une-annee-universitaire", "Bourses d'études : Étudiants ayant réussi au minimum une année universitaire"),
    ("latvia-euros-par-mois", "étudiants en master : 600€/mois"),
    ("fr-diplome-depuis-moins-de", "Être diplômé depuis moins de 5 ans."),
    ("fr-projet-periode", "Les projets doivent se dérouler entre le 1er janvier et le 31 décembre 2026."),
    ("fr-candidatures-fenetre", "Les candidatures du stage sont ouvertes du 1er février au 15 mars 2025."),
    ("nl-geleden", "Studenten die ten hoogste twee jaar geleden afgestudeerd zijn."),
    ("en-experience", "Applicants need 2 years of experience."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case[1:] for case in SEED_SENTENCES + OTHER_PAGES],
    ids=[case[0] for case in SEED_SENTENCES + OTHER_PAGES],
)
def test_duration_sentence(text, expected):
    duration = parse_duration(text, reference_date=REFERENCE)
    assert values(duration) == expected
    assert duration.evidence


@pytest.mark.parametrize("text", [case[1] for case in NOT_DURATIONS], ids=[case[0] for case in NOT_DURATIONS])
def test_not_a_duration(text):
    assert parse_duration(text, reference_date=REFERENCE) is None


def test_two_different_stays_keep_months_but_not_dates():
    text = "Dates du stage : du 1er mars au 31 mai 2025.\nDates du stage : du 1er septembre au 30 novembre 2025."
    assert values(parse_duration(text, reference_date=REFERENCE)) == (3, 3, None, None)


@pytest.mark.parametrize("bad", ["", "   ", None, 7, "Aucune durée ici."])
def test_bad_input_gives_no_duration(bad):
    assert parse_duration(bad, reference_date=REFERENCE) is None


# --- Number words -------------------------------------------------------------------------------

NUMBER_WORDS = [
    ("fr-un", "un", 1), ("fr-une", "une", 1), ("fr-deux", "deux", 2), ("fr-six", "Six", 6), ("fr-onze", "onze", 11),
    ("fr-douze", "douze", 12), ("fr-quinze", "quinze", 15), ("fr-dix-huit", "dix-huit", 18),
    ("fr-vingt-et-un", "vingt et un", 21), ("fr-vingt-quatre", "vingt-quatre", 24), ("fr-trente-six", "trente-six", 36),
    ("fr-be-septante", "septante", 70), ("fr-be-nonante-neuf", "nonante-neuf", 99), ("fr-soixante-dix", "soixante-dix", 70),
    ("nl-een", "één", 1), ("nl-twee", "twee", 2), ("nl-zes", "zes", 6), ("nl-twaalf", "twaalf", 12),
    ("nl-vierentwintig", "vierentwintig", 24), ("nl-tweeentwintig", "tweeëntwintig", 22),
    ("en-one", "one", 1), ("en-twelve", "twelve", 12), ("en-twenty-four", "twenty-four", 24),
    ("not-a-number", "mois", None), ("empty", "", None),
]


@pytest.mark.parametrize(("word", "expected"), [case[1:] for case in NUMBER_WORDS], ids=[case[0] for case in NUMBER_WORDS])
def test_number_from_word(word, expected):
    assert number_from_word(word) == expected


@pytest.mark.parametrize(("token", "expected"), [("6", 6), ("1,5", 1.5), ("2.0", 2), ("six", 6), ("x", None)])
def test_parse_number(token, expected):
    assert parse_number(token) == expected
