"""parse_stipends(), parse_amount() and monthly_equivalent() on real page wording."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from normalise.money import Stipend, monthly_equivalent, parse_amount, parse_stipends

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def short(stipends: list[Stipend]) -> list[tuple]:
    """(amount, currency, period, is_maximum, applies_to) of each stipend."""
    return [(s.amount, s.currency, s.period, s.is_maximum, s.applies_to) for s in stipends]


# --- parse_amount: one money expression (Belgian "." thousands, "," decimals)

AMOUNTS = [
    ("1.200 euros", (1200.0, "EUR")),
    ("1 200,50 €", (1200.5, "EUR")),
    ("EUR 2.120", (2120.0, "EUR")),
    ("2.120 euros", (2120.0, "EUR")),
    ("€2,120", (2120.0, "EUR")),  # English thousands comma
    ("€ 1.200", (1200.0, "EUR")),
    ("500€", (500.0, "EUR")),
    ("5.000 €", (5000.0, "EUR")),
    ("12.50 €", (12.5, "EUR")),
    ("1,5 €", (1.5, "EUR")),
    ("1.200,- €", (1200.0, "EUR")),
    ("€1,500.75", (1500.75, "EUR")),
    ("2 millions d'euros", (2_000_000.0, "EUR")),
    ("€1.5 million", (1_500_000.0, "EUR")),
    ("USD 3,000", (3000.0, "USD")),
    ("800 CHF", (800.0, "CHF")),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["", "85 %", "en 2025", "1.200", "la Commission européenne", "Europe"])
def test_parse_amount_without_money_is_none(text):
    assert parse_amount(text) is None


# --- parse_stipends: sentences from the seed pages

SEED_SENTENCES = [
    pytest.param(
        "Wallonie-Bruxelles International (agence chargée des relations extérieures pour la Wallonie et la "
        "Fédération Wallonie-Bruxelles) octroie une bourse d’un montant forfaitaire mensuel de 1.200 euros /mois.",
        [(1200.0, "EUR", "month", False, None)],
        id="fao-monthly-flat-rate",
    ),
    pytest.param(
        "Aspect financier: Wallonie-Bruxelles International (agence chargée des relations extérieures pour la "
        "Wallonie et la fédération Wallonie-Bruxelles) octroie une bourse d’un montant forfaitaire mensuel de "
        "1.600 euros /mois + un remboursement des frais de transport avec un maximum de 500 euros.",
        [(1600.0, "EUR", "month", False, None), (500.0, "EUR", "once", True, "travel")],
        id="unesco-monthly-plus-travel-cap",
    ),
    pytest.param("500€/mois", [(500.0, "EUR", "month", False, None)], id="latvia-compact"),
    pytest.param(
        "30€/jour et 300€/mois pour l’hébergement",
        [(30.0, "EUR", "day", False, None), (300.0, "EUR", "month", False, "accommodation")],
        id="latvia-day-and-accommodation-no-heading",
    ),
    pytest.param(
        "Bourses pour la recherche\n30€/jour et 300€/mois pour l’hébergement",
        [(30.0, "EUR", "day", False, "research"), (300.0, "EUR", "month", False, "accommodation")],
        id="latvia-research-heading",
    ),
    pytest.param(
        "- Bourses pour la recherche : 30€/jour et 300€/mois pour l’hébergement",
        [(30.0, "EUR", "day", False, "research"), (300.0, "EUR", "month", False, "accommodation")],
        id="latvia-research-label",
    ),
    pytest.param(
        "- Bourses d’études :\n- étudiants en bac : 500€/mois\n- étudiants en master : 600€/mois\n"
        "- doctorants : 700 €/mois",
        [(500.0, "EUR", "month", False, "bachelor"), (600.0, "EUR", "month", False, "master"),
         (700.0, "EUR", "month", False, "phd")],
        id="latvia-per-level-list",
    ),
    pytest.param("Frais de voyage (avion, classe économique) à charge de WBI.", [], id="latvia-travel-no-amount"),
    pytest.param(
        "L’intervention financière de Wallonie-Bruxelles International est de 5.000 € maximum par projet et "
        "portera uniquement sur les frais d’inscription et de voyage aller/retour vers le lieu du concours.",
        [(5000.0, "EUR", "project", True, None)],
        id="citoyens-project-cap",
    ),
    pytest.param(
        "Une première tranche de 85 % de la subvention est payée après la réception du formulaire type.",
        [],
        id="decree-percentage",
    ),
]

OTHER_WORDINGS = [
    pytest.param("1 200,50 €", [(1200.5, "EUR", "once", False, None)], id="space-thousands-comma-decimals"),
    pytest.param("EUR 2.120 par mois", [(2120.0, "EUR", "month", False, None)], id="eur-prefix"),
    pytest.param("2.120 euros", [(2120.0, "EUR", "once", False, None)], id="no-period-is-once"),
    pytest.param("€2,120 per month", [(2120.0, "EUR", "month", False, None)], id="en-thousands-comma"),
    pytest.param("3.000 € par mois", [(3000.0, "EUR", "month", False, None)], id="par-mois"),
    pytest.param("€ 1.200 per maand", [(1200.0, "EUR", "month", False, None)], id="nl-per-maand"),
    pytest.param("500 euro per week", [(500.0, "EUR", "week", False, None)], id="nl-per-week"),
    pytest.param("une allocation de 1.000 € par an", [(1000.0, "EUR", "year", False, None)], id="par-an"),
    pytest.param("een beurs van 6.000 euro per jaar", [(6000.0, "EUR", "year", False, None)], id="nl-per-jaar"),
    pytest.param("a grant of €12,000 per year", [(12000.0, "EUR", "year", False, None)], id="en-per-year"),
    pytest.param("une bourse annuelle de 18.000 €", [(18000.0, "EUR", "year", False, None)], id="annuelle"),
    pytest.param("WBI verse un per diem de 45 €/jour", [(45.0, "EUR", "day", False, None)], id="per-diem"),
    pytest.param("een vergoeding van 40 euro per dag", [(40.0, "EUR", "day", False, None)], id="nl-per-dag"),
    pytest.param("an allowance of €50 per day", [(50.0, "EUR", "day", False, None)], id="en-per-day"),
    pytest.param("une indemnité de 150 € par semaine", [(150.0, "EUR", "week", False, None)], id="par-semaine"),
    pytest.param("un forfait unique de 300 €", [(300.0, "EUR", "once", False, None)], id="forfait-unique"),
    pytest.param("300 € versés une fois", [(300.0, "EUR", "once", False, None)], id="une-fois"),
    pytest.param("un forfait de 800 € pour le billet d'avion", [(800.0, "EUR", "once", False, "travel")],
                 id="plane-ticket"),
    pytest.param("une bourse de 1.000 € par mois pour les post-doctorants",
                 [(1000.0, "EUR", "month", False, "postdoc")], id="postdoc-after"),
    pytest.param("une assurance jusqu'à 200 €", [(200.0, "EUR", "once", True, "insurance")], id="insurance"),
]

MAXIMUM = [
    pytest.param("avec un maximum de 500 euros", True, id="avec-un-maximum"),
    pytest.param("max. 500 € par mois", True, id="max-dot"),
    pytest.param("jusqu’à 400 € pour le voyage", True, id="jusqu-a"),
    pytest.param("une bourse de 800 € au plus par mois", True, id="au-plus"),
    pytest.param("une intervention plafonnée à 2.000 €", True, id="plafonne"),
    pytest.param("tot maximaal 750 euro per maand", True, id="nl-tot-maximaal"),
    pytest.param("up to €1,500 per month", True, id="en-up-to"),
    pytest.param("Grants of up to €50,000 per project will be awarded.", True, id="en-grant-up-to"),
    pytest.param("les frais de voyage sont remboursés à concurrence de 600 € maximum", True, id="a-concurrence"),
    pytest.param("une bourse de 1.200 € par mois", False, id="plain"),
    pytest.param("pour une durée maximum de 6 mois, une bourse de 1.000 € par mois", False,
                 id="maximum-of-another-value"),
]

NOT_STIPENDS = [
    pytest.param("Les frais d'inscription de 835 € sont à charge du candidat.", id="fees-charged-to-candidate"),
    pytest.param("Les droits d’inscription de 835 € restent dus.", id="droits-d-inscription"),
    pytest.param("Une participation de 50 € est demandée aux participants.", id="participation-demandee"),
    pytest.param("Frais de participation : 350 € (cours, activités culturelles et excursions).",
                 id="frais-de-participation"),
    pytest.param("A fee of €100 applies.", id="en-fee"),
    pytest.param("the tuition fee of €4,000 is not covered by the scholarship", id="en-tuition-fee"),
    pytest.param("Les frais de dossier de 50 € ne sont pas remboursés.", id="frais-de-dossier"),
    pytest.param("Het inschrijvingsgeld van € 100 is ten laste van de student.", id="nl-inschrijvingsgeld"),
    pytest.param("Le programme dispose d’une budget total de 2 millions d’euros.", id="budget-millions"),
    pytest.param("un budget total de 2 millions d’euros", id="budget-total"),
    pytest.param("Le programme dispose d’une enveloppe de 500.000 €.", id="enveloppe"),
    pytest.param("The call has a total budget of €1.5 million.", id="en-total-budget"),
    pytest.param("À ce jour, plus de 400 projets ont été soutenus financièrement.", id="count-not-money"),
    pytest.param("Le coût de la vie à Paris est d'environ 1.500 € par mois.", id="cost-of-living"),
    pytest.param("Le loyer est de 400 € par mois.", id="rent"),
    pytest.param("85 %", id="percentage"),
    pytest.param("Le présent arrêté entre en vigueur le 1er janvier 2017.", id="year"),
]


@pytest.mark.parametrize(("text", "expected"), SEED_SENTENCES + OTHER_WORDINGS)
def test_parse_stipends(text, expected):
    assert short(parse_stipends(text)) == expected


@pytest.mark.parametrize(("text", "is_maximum"), MAXIMUM)
def test_is_maximum(text, is_maximum):
    (stipend,) = parse_stipends(text)
    assert stipend.is_maximum is is_maximum


@pytest.mark.parametrize("text", NOT_STIPENDS)
def test_not_a_stipend(text):
    assert parse_stipends(text) == []


def test_fee_covered_by_the_grant_is_a_stipend():
    assert short(parse_stipends("remboursement des frais d’inscription jusqu’à 300 €")) == [
        (300.0, "EUR", "once", True, "tuition")
    ]


def test_prize_and_registration_fee_in_one_page():
    text = "L'équipe lauréate remporte un prix de 2.500 €.\nLes frais d'inscription de 30 € par équipe sont offerts."
    assert short(parse_stipends(text)) == [(2500.0, "EUR", "once", False, None)]


def test_evidence_is_the_sentence():
    text = "Financement\nWBI octroie une bourse de 1.200 euros /mois. La dernière mensualité sera payée en 2 fois."
    (stipend,) = parse_stipends(text)
    assert stipend.evidence == "WBI octroie une bourse de 1.200 euros /mois."


def test_repeated_sentence_gives_one_stipend():
    line = "WBI octroie une bourse de 1.200 euros /mois."
    assert len(parse_stipends(f"{line}\nAutre chose.\n{line}")) == 1


def test_stipend_is_json_able():
    (stipend,) = parse_stipends("500€/mois")
    assert asdict(stipend) == {"amount": 500.0, "currency": "EUR", "period": "month", "is_maximum": False,
                               "applies_to": None, "evidence": "500€/mois", "amount_min": None,
                               "span": (0, 9), "cue": "500€"}


@pytest.mark.parametrize("text", ["", "   ", "€", "€€€ 1.2.3.4 €", "EUR EUR", "1" * 5000 + " €", None])
def test_never_raises(text):
    assert isinstance(parse_stipends(text), list)


# --- whole seed pages

SEED_PAGES = [
    ("fao-liaison-internship.txt", [(1200.0, "EUR", "month", False, None)]),
    ("unesco-internships.txt", [(1600.0, "EUR", "month", False, None), (500.0, "EUR", "once", True, "travel")]),
    ("latvia-scholarships.txt", [
        (500.0, "EUR", "month", False, "bachelor"),
        (600.0, "EUR", "month", False, "master"),
        (700.0, "EUR", "month", False, "phd"),
        (30.0, "EUR", "day", False, "research"),
        (300.0, "EUR", "month", False, "accommodation"),
    ]),
    ("citoyens-du-monde.txt", [(5000.0, "EUR", "project", True, None)]),
    ("ejustice-decree-2016036668.md", []),  # the monthly amount is a formula, not a number
    ("citf-theatre.txt", []),
    ("biotech-life-sciences.txt", []),
    ("wallonie-nrw-cooperation.txt", []),
    ("tatiana-wolska-exhibition.txt", []),
    ("alain-aspect-conference.txt", []),
    ("uk-research-innovation.txt", []),
]


@pytest.mark.parametrize(("name", "expected"), SEED_PAGES, ids=[p[0] for p in SEED_PAGES])
def test_seed_page(name, expected):
    assert short(parse_stipends(seed(name))) == expected

def stipend(amount: float, period: str, currency: str = "EUR") -> Stipend:
    return Stipend(amount, currency, period, False, None, "")


MONTHLY = [
    pytest.param(stipend(1200.0, "month"), 1200.0, id="month"),
    pytest.param(stipend(30.0, "day"), 900.0, id="day-times-30"),
    pytest.param(stipend(150.0, "week"), 650.0, id="week-times-52-over-12"),
    pytest.param(stipend(18000.0, "year"), 1500.0, id="year-over-12"),
    pytest.param(stipend(500.0, "once"), None, id="once"),
    pytest.param(stipend(5000.0, "project"), None, id="project"),
    pytest.param(stipend(1000.0, "month", "USD"), None, id="not-eur"),
]


@pytest.mark.parametrize(("value", "expected"), MONTHLY)
def test_monthly_equivalent(value, expected):
    assert monthly_equivalent(value) == expected
