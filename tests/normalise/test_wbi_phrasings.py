"""Real WBI / FWB phrasings that the extractors missed or misread (extractor version 3).

Yearly windows with several dates ("1er février (UTC+1) et 1er octobre
(UTC+2)"), amounts listed before one currency ("1.200, 1.400 ou 1.600 euros
par mois"), ranges of amounts, a start date without an end, a doctoral
candidate *or* a young researcher, and opportunity wordings the classifier
did not know. Each case passes its own reference date: no test reads the clock.
"""
from __future__ import annotations

from datetime import date

import pytest

from normalise.classify import classify
from normalise.dates import parse_deadlines
from normalise.durations import parse_duration
from normalise.eligibility import parse_eligibility
from normalise.money import parse_stipends
from normalise.record import extract_record
from normalise.text import clean_text

REFERENCE = date(2025, 1, 10)

# --- Deadlines ------------------------------------------------------------------------------------

DEADLINES = [
    pytest.param(
        "Date limite de dépôt des candidatures : 1er février (UTC+1) et 1er octobre (UTC+2).",
        [("2025-02-01", None), ("2025-10-01", None)],
        id="two-yearly-windows-with-offsets",
    ),
    pytest.param(
        "Applications must be submitted online. No later than the 1st of March (UTC/GMT +1).",
        [("2025-03-01", None)],
        id="euraxess-no-later-than-the-1st-of-march",
    ),
    pytest.param(
        "Les demandes doivent être introduites avant le 1er avril et le 1er octobre de chaque année.",
        [("2025-04-01", None), ("2025-10-01", None)],
        id="avant-le-1er-avril-et-le-1er-octobre-de-chaque-annee",
    ),
    pytest.param(
        "Les candidatures sont reçues deux fois par an : avant le 1er février et avant le 1er octobre.",
        [("2025-02-01", None), ("2025-10-01", None)],
        id="preposition-repeated-in-the-list",
    ),
    pytest.param("Date limite : le 15 mars 2025 à 12h00 (heure belge).", [("2025-03-15", "12:00")],
                 id="date-limite-12h00-heure-belge"),
    pytest.param("Envoyez votre candidature au plus tard le lundi 3 mars 2025.", [("2025-03-03", None)],
                 id="au-plus-tard-le-lundi"),
    pytest.param("Les projets doivent être déposés avant le 31/03/2025.", [("2025-03-31", None)],
                 id="avant-le-slash-date"),
    pytest.param("Clôture : 28 février 2025.", [("2025-02-28", None)], id="cloture-colon"),
    pytest.param("Les dossiers doivent être rentrés pour le 15 avril 2025 au plus tard.", [("2025-04-15", None)],
                 id="rentres-pour-le-au-plus-tard"),
    pytest.param("Les demandes sont à introduire avant le 31/03/2025 à minuit.", [("2025-03-31", "23:59")],
                 id="slash-date-a-minuit"),
    pytest.param("Deadline: 1 March 2025, 23:59 (UTC+1).", [("2025-03-01", "23:59")], id="deadline-utc-plus-1"),
    pytest.param(
        "Date limite : 15 mars 2025 et les résultats seront annoncés le 15 mai 2025.",
        [("2025-03-15", None)],
        id="a-results-date-after-et-is-not-listed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES)
def test_deadlines(text, expected):
    found = parse_deadlines(text, reference_date=REFERENCE)
    assert [(d.date, d.time) for d in found] == expected


def test_every_date_of_a_yearly_list_keeps_the_whole_rule():
    found = parse_deadlines(
        "Date limite de dépôt des candidatures : 1er février (UTC+1) et 1er octobre (UTC+2).",
        reference_date=REFERENCE,
    )
    rule = "Date limite de dépôt des candidatures : 1er février (UTC+1) et 1er octobre (UTC+2)"
    assert [d.rule for d in found] == [rule, rule]


def test_rule_keeps_the_utc_gmt_offset():
    [found] = parse_deadlines("No later than the 1st of March (UTC/GMT +1).", reference_date=REFERENCE)
    assert found.rule == "No later than the 1st of March (UTC/GMT +1)"


def test_dated_list_has_no_rule():
    found = parse_deadlines("Date limite : 1er mars 2025 ou 1er septembre 2025.", reference_date=REFERENCE)
    assert [(d.date, d.rule) for d in found] == [("2025-03-01", None), ("2025-09-01", None)]


# --- Stipends --------------------------------------------------------------------------------------

STIPENDS = [
    pytest.param(
        "Le soutien s'élève à 1.200, 1.400 ou 1.600 euros par mois selon la zone géographique.",
        [(1200.0, "month", False), (1400.0, "month", False), (1600.0, "month", False)],
        id="three-amounts-one-currency",
    ),
    pytest.param("Une bourse de 500, 600 et 700 €/mois selon le niveau d'études.",
                 [(500.0, "month", False), (600.0, "month", False), (700.0, "month", False)],
                 id="list-with-et"),
    pytest.param("Une bourse de 1.200 à 1.600 euros par mois est octroyée selon la destination.",
                 [(1600.0, "month", True)], id="range-de-a-is-one-stipend-up-to-its-upper-bound"),
    pytest.param("L'allocation est comprise entre 800 et 1.000 euros par mois.",
                 [(1000.0, "month", True)], id="range-entre-et-is-one-stipend-up-to-its-upper-bound"),
    pytest.param("Allocation mensuelle : 3.000 € par mois.", [(3000.0, "month", False)], id="circ-monthly"),
    pytest.param("Intervention : 75% des frais de voyage, plafonnée à 1.000 €.", [(1000.0, "once", True)],
                 id="capped-travel-share"),
    pytest.param("Une indemnité journalière de 45 € est prévue.", [(45.0, "day", False)],
                 id="indemnite-journaliere"),
    pytest.param("Bourse de 10.000 € par an.", [(10000.0, "year", False)], id="per-year"),
    pytest.param("Le stagiaire reçoit une indemnité de 800 € par mois, 900 € pour les titulaires d'un doctorat.",
                 [(800.0, "month", False), (900.0, "month", False)], id="second-amount-paid-like-the-first"),
    pytest.param("La bourse de 1.200 €/mois + 500 € pour le voyage.",
                 [(1200.0, "month", False), (500.0, "once", False)], id="plus-does-not-share-the-period"),
    pytest.param("Le 15 mars 2025, 500 € seront versés.", [(500.0, "once", False)], id="a-year-is-not-an-amount"),
    pytest.param("En vertu de l'article 3, 500 € sont octroyés.", [(500.0, "once", False)],
                 id="a-small-number-is-not-an-amount"),
]


@pytest.mark.parametrize(("text", "expected"), STIPENDS)
def test_stipends(text, expected):
    assert [(s.amount, s.period, s.is_maximum) for s in parse_stipends(text)] == expected


def test_an_institution_name_does_not_say_what_an_amount_pays_for():
    text = (
        "Stage au Centre International de Recherche sur le Cancer (CIRC)\n"
        "Profil : doctorant(e) ou jeune chercheur(se) dans le domaine de l'épidémiologie.\n"
        "Allocation mensuelle : 3.000 € par mois."
    )
    assert [(s.amount, s.applies_to) for s in parse_stipends(text)] == [(3000.0, None)]


# --- Durations -------------------------------------------------------------------------------------

DURATIONS = [
    pytest.param(
        "Le CIRC accueille un(e) stagiaire pour une période de 6 mois à partir du 1er septembre 2025.",
        (6, 6, "2025-09-01", None), id="six-months-from-a-start",
    ),
    pytest.param("The internship lasts 6 months and starts on 1 September 2025.", (6, 6, "2025-09-01", None),
                 id="en-lasts-and-starts-on"),
    pytest.param("Bourse de 10.000 € par an, pour une durée de 1 à 3 mois.", (1, 3, None, None), id="1-a-3-mois"),
    pytest.param("Université d'été : séjour de 2 semaines à Québec.", (0.5, 0.5, None, None), id="two-weeks"),
    pytest.param("Mandat d'une durée d'un an renouvelable.", (12, 12, None, None), id="un-an-renouvelable"),
    pytest.param("Le stage débute le 1er mars 2025.", None, id="a-start-alone-is-no-duration"),
    pytest.param("The fellowship amounts to 2.120 euros per month for a period of up to 12 months.",
                 (None, 12, None, None), id="en-period-of-up-to"),
    pytest.param("WBI propose un stage de maximum 6 mois.", (None, 6, None, None), id="stage-de-maximum"),
    pytest.param("Consultation des versions antérieures à partir du 23-12-2016. Le stage dure six mois.",
                 (6, 6, None, None), id="a-start-cue-in-another-sentence"),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_durations(text, expected):
    duration = parse_duration(text, reference_date=REFERENCE)
    got = None if duration is None else (duration.min_months, duration.max_months, duration.start, duration.end)
    assert got == expected


# --- Eligibility -----------------------------------------------------------------------------------

ELIGIBILITY = [
    pytest.param("Profil : doctorant(e) ou jeune chercheur(se) dans le domaine de l'épidémiologie.",
                 {"levels": ["phd", "researcher"]}, id="doctorant-ou-jeune-chercheur"),
    pytest.param("Le programme s'adresse aux doctorants et jeunes chercheurs en doctorat.",
                 {"levels": ["phd"]}, id="jeunes-chercheurs-of-a-doctoral-programme"),
    pytest.param("Les candidats doivent être âgé(e)s de 18 à 30 ans.", {"age_max": 30}, id="18-a-30-ans"),
    pytest.param("Avoir moins de 35 ans au 31 décembre 2025.", {"age_max": 35}, id="moins-de-35-ans-au"),
    pytest.param("Participants must be aged between 20 and 28.", {"age_max": 28}, id="en-aged-between"),
    pytest.param("Deelnemers zijn tussen 18 en 30 jaar oud.", {"age_max": 30}, id="nl-tussen-en-jaar"),
    pytest.param("Être de nationalité belge et résider en Wallonie ou à Bruxelles.",
                 {"requires_fwb": True}, id="living-in-wallonia-or-brussels-attaches-to-the-fwb"),
    pytest.param("Conditions : niveau B2 en anglais.", {"languages": ["en"]}, id="niveau-b2-en-anglais"),
    pytest.param("Être inscrit(e) dans un établissement de la Fédération Wallonie-Bruxelles.",
                 {"requires_fwb": True}, id="inscrit-fwb"),
]


@pytest.mark.parametrize(("text", "expected"), ELIGIBILITY)
def test_eligibility(text, expected):
    found = parse_eligibility(text)
    assert {key: getattr(found, key) for key in expected} == expected


# --- Classification --------------------------------------------------------------------------------

CLASSIFICATION = [
    pytest.param("Bourse de voyage\nLes dossiers doivent être rentrés pour le 15 avril 2025 au plus tard.",
                 (True, "scholarship"), id="dossiers-rentres-au-plus-tard"),
    pytest.param("Mandat de chercheur\nCandidatures jusqu'au 30 juin 2025.", (True, "other"),
                 id="candidatures-jusqu-au"),
    pytest.param("Bourses WBI.WORLD\nLes candidatures sont reçues deux fois par an : avant le 1er février.",
                 (True, "scholarship"), id="candidatures-sont-recues"),
    pytest.param("Formation en gestion culturelle\nFormation de 5 jours à Namur. Inscription gratuite avant le 10 mars.",
                 (True, "training"), id="training-free-registration"),
    pytest.param("Conférence sur la diplomatie culturelle\nLa conférence aura lieu le 20 mars 2025 à Bruxelles. "
                 "Inscription gratuite avant le 10 mars.", (False, "event"), id="conference-free-registration"),
    pytest.param("Visite d'une délégation wallonne au Québec\nDu 12 au 15 mars 2025, une délégation de 20 "
                 "entreprises s'est rendue à Montréal. Le ministre a annoncé un soutien de 500.000 € à la "
                 "coopération. Les échanges ont porté sur les stages et les bourses.", (False, "news"),
                 id="delegation-visit-news"),
    pytest.param("Mission économique au Japon\nDu 10 au 17 mai 2025, l'AWEX et WBI organisent une mission "
                 "économique à Tokyo. Le budget de la mission s'élève à 250.000 €. Inscription des entreprises "
                 "avant le 15 février.", (False, "news"), id="economic-mission-news"),
]


@pytest.mark.parametrize(("text", "expected"), CLASSIFICATION)
def test_classification(text, expected):
    result = classify("", clean_text(text))
    assert (result.is_opportunity, result.kind) == expected


def test_circ_internship_record():
    text = (
        "Stage au CIRC à Lyon\n"
        "Le CIRC accueille un(e) stagiaire pour une période de 6 mois à partir du 1er septembre 2025.\n"
        "Profil : doctorant(e) ou jeune chercheur(se) dans le domaine de l'épidémiologie.\n"
        "Allocation mensuelle : 3.000 € par mois.\n"
        "Les candidatures doivent être envoyées au plus tard le 15 mars 2025 à bourses@wbi.be."
    )
    record = extract_record(text, reference_date=REFERENCE)
    assert record["kind"] == "internship"
    assert [(s["amount"], s["period"], s["applies_to"]) for s in record["stipends"]] == [(3000.0, "month", None)]
    duration = record["duration"]
    assert (duration["min_months"], duration["max_months"], duration["start"], duration["end"]) == (
        6, 6, "2025-09-01", None)
    assert record["eligibility"]["levels"] == ["phd", "researcher"]
    assert [d["date"] for d in record["deadlines"]] == ["2025-03-15"]


# --- Classifier rewrite ------------------------------------------------------------------------------

def test_fast_cue_scan_matches_the_plain_alternation():
    """``_cues`` rewrites each family for speed; it must match exactly what the plain alternation matches."""
    import re

    from normalise import classify as module

    cues = [r"\bdate limite\b", r"\b(?:envoyer|envoyez) (?:votre|une) candidature", r"\b(?:job )?vacancy\b",
            r"\bstage(?<!every stage)s?\b(?! of\b)", r"\bpar [a-z]+ [a-z]+\n", r"\ba envoyer (?:pour|avant)"]
    fast = module._cues(*cues)
    plain = re.compile("|".join(f"(?:{cue})" for cue in cues))
    text = ("date limite: envoyez votre candidature; job vacancy, vacancy. every stage, stages of, stage. "
            "par jean dupont\npar x y z a envoyer pour candidates date limitee xdate limite")
    assert fast.pattern != plain.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    candidates = module._candidates(text)
    for family in (module._INVITATION, module._NEWS, module._OFFER):
        assert [m.span() for m in module._matches_at(family, text, candidates)] == [
            m.span() for m in family.finditer(text)]
