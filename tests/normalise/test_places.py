"""parse_host() on the seed pages, their titles and labelled lines of real pages."""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import normalise.places
from normalise.places import CITIES, Host, parse_host

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def short(host: Host | None):
    return None if host is None else (host.organisation, host.city, host.country)


# --- seed pages with their titles (as stored in pages.title by the crawl)
SEED_PAGES = [
    pytest.param("fao-liaison-internship.txt", "Offre de stage au Bureau de liaison de la FAO à Bruxelles",
                 ("FAO", "Bruxelles", "BE"), id="fao"),
    pytest.param("unesco-internships.txt", "Offres de stage à l'UNESCO à Paris", ("UNESCO", "Paris", "FR"), id="unesco"),
    pytest.param("citf-theatre.txt", "Commission internationale du théâtre francophone (CITF) : appel à projets",
                 ("CITF", None, None), id="citf-founders-are-not-a-place"),
    pytest.param("latvia-scholarships.txt", "Bourses de l’État letton : études, recherche et cours d’été",
                 (None, None, "LV"), id="latvia-state-adjective"),
    pytest.param("alain-aspect-conference.txt", "Conférence d’Alain Aspect sur les révolutions quantiques à l’UMONS",
                 ("UMONS", None, None), id="title-before-lead"),
    pytest.param("citoyens-du-monde.txt",
                 "Participer à des simulations d’organisations internationales ou à un concours de plaidoirie – Citoyens du Monde",
                 None, id="no-host"),
    pytest.param("wallonie-nrw-cooperation.txt",
                 "Wallonie – Rhénanie-du-Nord-Westphalie : une coopération qui porte ses fruits", None,
                 id="regions-without-locative"),
    pytest.param("uk-research-innovation.txt", "Recherche et innovation au Royaume-Uni : les axes prioritaires",
                 (None, None, "GB"), id="country-after-au"),
]


@pytest.mark.parametrize("name, title, expected", SEED_PAGES)
def test_seed_pages(name, title, expected):
    assert short(parse_host(seed(name), title=title)) == expected


def test_fao_evidence_is_the_labelled_lines():
    host = parse_host(seed("fao-liaison-internship.txt"))
    assert short(host) == ("FAO", "Bruxelles", "BE")
    assert "Lieu d'affectation: Bruxelles" in host.evidence
    assert "Division / département: Bureau de Liaison de la FAO" in host.evidence


def test_unesco_place_line():
    host = parse_host(seed("unesco-internships.txt"))
    assert short(host) == ("UNESCO", "Paris", "FR")
    assert "Lieu: Siège de l'UNESCO, Paris." in host.evidence


# --- single lines and titles
LINES = [
    ("Lieu d'affectation: Bruxelles", ("Lieu d'affectation: Bruxelles", None), (None, "Bruxelles", "BE")),
    ("Lieu: Siège de l'UNESCO, Paris.", None, ("UNESCO", "Paris", "FR")),
    ("- Division / département: Bureau de Liaison de la FAO (Food and Agriculture organization of United Nations) (FAOLOB)",
     None, ("FAO", None, None)),
    ("Duty station: Geneva", None, (None, "Geneva", "CH")),
    ("Lieu de stage : Louvain-la-Neuve", None, (None, "Louvain-la-Neuve", "BE")),
    ("Lieu : Québec (Canada)", None, (None, "Québec", "CA")),
    ("Pays : Sénégal", None, (None, None, "SN")),
    ("Organisme d'accueil : Organisation internationale de la Francophonie", None, ("OIF", None, None)),
]


@pytest.mark.parametrize("line, _, expected", LINES, ids=[line for line, _, _ in LINES])
def test_labelled_lines(line, _, expected):
    assert short(parse_host(line)) == expected


TITLES = [
    ("Offre de stage au Centre international de recherche sur le cancer (CIRC) à Lyon", ("CIRC", "Lyon", "FR")),
    ("Stage à la Délégation Wallonie-Bruxelles à Kinshasa", (None, "Kinshasa", "CD")),
    ("Appel à candidatures : devenir formateur·trice en Louisiane", (None, None, "US")),
    ("Bourses VIAA pour étudier en Lettonie", ("VIAA", None, "LV")),
    ("Stage au PNUD à New York", ("PNUD", "New York", "US")),
    ("Bourses d'excellence IN.WBI", ("WBI", None, None)),
]


@pytest.mark.parametrize("title, expected", TITLES, ids=[t for t, _ in TITLES])
def test_titles(title, expected):
    assert short(parse_host("", title=title)) == expected


@pytest.mark.parametrize("text", [
    "",
    "La Fédération Wallonie-Bruxelles soutient les étudiants.",       # part of a name, not a place
    "Un stage pour améliorer vos compétences en communication.",
    "Les membres fondateurs sont la France et le Canada.",            # no locative: not where the host is
    "Le pam et la fao en minuscules ne sont pas des sigles.",
])
def test_no_host(text):
    assert parse_host(text) is None


def test_lowercase_city_word_is_not_a_city():
    assert parse_host("Lieu: une ville nice et calme") is None


def test_every_city_has_an_iso_country():
    assert all(len(code) == 2 and code.isupper() for code in CITIES.values())


def test_doctest():
    assert doctest.testmod(normalise.places).failed == 0
