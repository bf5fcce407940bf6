"""parse_eligibility() on real page wording and on the seed pages."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from normalise.eligibility import (
    LEVELS,
    Eligibility,
    age_limit,
    graduated_within_years,
    mentions_fwb_institution,
    parse_eligibility,
    required_languages,
    study_levels,
)

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


# --- requires_fwb: an FWB institution or diploma, not FWB the organisation

FWB_REQUIRED = [
    pytest.param("Être inscrit(e) dans un établissement d'enseignement supérieur de la Fédération "
                 "Wallonie-Bruxelles (en Belgique), de premier ou de deuxième cycle", id="fao-enrolled"),
    pytest.param("Vous êtes diplômé.e d'une institution d'enseignement supérieur de la Fédération "
                 "Wallonie-Bruxelles et vous souhaitez effectuer un stage", id="unesco-graduated"),
    pytest.param("Attention, ces offres sont uniquement à destination des personnes qui possèdent un diplôme "
                 "de la Fédération Wallonie-Bruxelles, en Belgique !", id="unesco-diploma"),
    pytest.param("Bourses d’études : Étudiants d’établissements d’enseignement supérieur belge francophone "
                 "ayant réussi au minimum une année universitaire", id="latvia-belge-francophone"),
    pytest.param("Le public cible est celui des étudiant.e.s régulièrement inscrit.e.s dans un établissement "
                 "d’enseignement supérieur (EES) reconnu par la Fédération Wallonie-Bruxelles", id="citoyens-ees"),
    pytest.param("Ce programme permet aux doctorant.e.s d'une université de la Fédération Wallonie-Bruxelles "
                 "d'effectuer un séjour de recherche", id="doctoral-students-of-fwb"),
    pytest.param("Hold a master's degree from a university of the Wallonia-Brussels Federation.", id="en-degree"),
    pytest.param("être titulaire d'un diplôme d'enseignant délivré par la FWB", id="fwb-acronym"),
]

FWB_NOT_REQUIRED = [
    pytest.param("Wallonie-Bruxelles International (agence chargée des relations extérieures pour la Wallonie et "
                 "la Fédération Wallonie-Bruxelles) octroie une bourse d’un montant forfaitaire mensuel de "
                 "1.200 euros /mois.", id="fao-organisation"),
    pytest.param("Les membres fondateurs sont la France, le Canada, le Québec et la Fédération "
                 "Wallonie-Bruxelles.", id="citf-founding-member"),
    pytest.param("l’intérêt que représente le projet du point de vue de la promotion et des objectifs de la "
                 "Fédération Wallonie-Bruxelles ou de la Wallonie ;", id="citoyens-objectives"),
    pytest.param("Le programme IN.WBI permet à des chercheur.e.s étrangers de réaliser un séjour de recherche "
                 "dans une université de la Fédération Wallonie-Bruxelles.", id="fwb-is-the-host"),
    pytest.param("The Wallonia-Brussels Federation opens a call for proposals.", id="en-organisation"),
    pytest.param("être titulaire d'un diplôme d'enseignement secondaire délivré par un établissement reconnu "
                 "par la Communauté flamande", id="flemish-community"),
]


@pytest.mark.parametrize("text", FWB_REQUIRED)
def test_fwb_required(text):
    assert mentions_fwb_institution(text)
    assert parse_eligibility(text).requires_fwb is True


@pytest.mark.parametrize("text", FWB_NOT_REQUIRED)
def test_fwb_not_required_is_none(text):
    assert not mentions_fwb_institution(text)
    assert parse_eligibility(text).requires_fwb is None


# --- levels

LEVEL_CASES = [
    pytest.param("Être inscrit(e) dans un établissement d'enseignement supérieur, de premier ou de deuxième "
                 "cycle, ou être récemment diplômé(e)", ["bachelor", "master", "graduate"], id="fao-cycles"),
    pytest.param("étudiants en bac : 500€/mois", ["bachelor"], id="latvia-bac"),
    pytest.param("étudiants en master : 600€/mois", ["master"], id="latvia-master"),
    pytest.param("doctorants : 700 €/mois", ["phd"], id="latvia-doctorants"),
    pytest.param("Employés académiques et scientifiques d’établissements d’enseignement supérieur", ["staff"],
                 id="latvia-staff"),
    pytest.param("Tu es étudiant.e en bachelier dans une haute école", ["bachelor"], id="bachelier"),
    pytest.param("ouvert aux étudiant.e.s inscrit.e.s en master", ["master"], id="inscrits-en-master"),
    pytest.param("Vous êtes diplômé.e d'une institution d'enseignement supérieur", ["graduate"], id="diplomee"),
    pytest.param("destinée aux jeunes diplômé.e.s", ["graduate"], id="jeunes-diplomes"),
    pytest.param("Être titulaire d'un diplôme de master délivré par un établissement", ["graduate"],
                 id="held-master-is-graduate"),
    pytest.param("diplômé.e.s d'un master de la Fédération Wallonie-Bruxelles", ["graduate"],
                 id="diplome-d-un-master"),
    pytest.param("Profil : master en relations internationales", ["graduate"], id="job-profile-master"),
    pytest.param("Les candidat.e.s doivent être titulaires d'un master et inscrits en doctorat, ou titulaires "
                 "d'un doctorat.", ["phd", "postdoc"], id="master-held-by-doctoral-candidate"),
    pytest.param("avoir obtenu son doctorat il y a moins de cinq ans", ["postdoc"], id="held-doctorate"),
    pytest.param("Bourses postdoctorales en Amérique du Nord", ["postdoc"], id="postdoctorales"),
    pytest.param("ouvert aux post-doctorants", ["postdoc"], id="post-doctorants"),
    pytest.param("PhD students and postdocs", ["phd", "postdoc"], id="en-phd"),
    pytest.param("must hold a bachelor's degree", [], id="held-bachelor-gives-no-level"),
    pytest.param("Are you a recent graduate looking for international experience?", ["graduate"],
                 id="en-recent-graduate"),
    pytest.param("Ben je student of pas afgestudeerd?", ["graduate"], id="nl-pas-afgestudeerd"),
    pytest.param("Je hebt een masterdiploma of volgt een masteropleiding.", ["master", "graduate"],
                 id="nl-masterdiploma-masteropleiding"),
    pytest.param("être titulaire d'un diplôme d'enseignement secondaire", ["secondary"], id="secondary-diploma"),
    pytest.param("ouvert aux chercheurs des universités", ["researcher"], id="chercheurs"),
    pytest.param("chercheurs d'emploi de longue durée", [], id="job-seekers-are-not-researchers"),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_CASES)
def test_levels(text, expected):
    assert study_levels(text) == expected


def test_preference_is_not_a_requirement():
    text = ("La préférence ira aux candidats actuellement inscrits ou récemment diplômés d'un programme "
            "universitaire de troisième cycle dans un domaine pertinent.")
    assert parse_eligibility(text) == Eligibility()


def test_researchers_on_a_doctoral_page_are_the_doctoral_students():
    text = ("Bourses de courts séjours pour jeunes chercheurs\n"
            "Ce programme permet aux doctorant.e.s d'une université de la Fédération Wallonie-Bruxelles "
            "d'effectuer un séjour de recherche.")
    assert parse_eligibility(text).levels == ["phd"]


def test_students_of_higher_education_without_level_are_bachelor_and_master():
    text = ("Le public cible est celui des étudiant.e.s régulièrement inscrit.e.s dans un établissement "
            "d’enseignement supérieur (EES) reconnu par la Fédération Wallonie-Bruxelles.")
    assert parse_eligibility(text).levels == ["bachelor", "master"]


def test_levels_follow_the_declared_order():
    text = "Ouvert aux doctorants, aux étudiants en master et aux étudiants en bac."
    assert parse_eligibility(text).levels == ["bachelor", "master", "phd"]
    assert set(LEVELS) >= set(parse_eligibility(text).levels)


# --- age

AGES = [
    pytest.param("ne pas encore avoir atteint l'âge de 35 ans au début du stage.", 35, id="decree-not-reached"),
    pytest.param("vous n'avez pas atteint l'âge de 35 ans ?", 35, id="n-avez-pas-atteint"),
    pytest.param("Être âgé.e de moins de 30 ans au moment de la candidature", 30, id="moins-de-30"),
    pytest.param("aux artistes de moins de 35 ans résidant en Wallonie", 35, id="moins-de-35"),
    pytest.param("avoir moins de trente ans", 30, id="number-word"),
    pytest.param("être âgé de 35 ans au plus", 35, id="au-plus"),
    pytest.param("âgé(e) de maximum 32 ans", 32, id="parenthesised-feminine"),
    pytest.param("âgée de maximum 32 ans", 32, id="agee-de-maximum"),
    pytest.param("Limite d'âge : 30 ans", 30, id="limite-d-age"),
    pytest.param("Tu as entre 18 et 25 ans et tu étudies le droit", 25, id="entre-18-et-25"),
    pytest.param("Je bent jonger dan 30 jaar.", 30, id="nl-jonger-dan"),
    pytest.param("niet ouder dan 29 jaar", 29, id="nl-niet-ouder-dan"),
    pytest.param("Applicants must be under 30 at the time of application.", 30, id="en-under"),
    pytest.param("aged 30 or under", 30, id="en-aged-or-under"),
    pytest.param("Candidates must not have reached the age of 35 on the closing date", 35, id="en-not-reached"),
    pytest.param("diplômé depuis moins de 3 ans", None, id="graduation-window-is-not-age"),
    pytest.param("au moins deux ans d'expérience", None, id="experience"),
    pytest.param("un séjour de moins de 20 ans d'ancienneté", None, id="seniority"),
    pytest.param("under 30 days", None, id="en-days"),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_age_limit(text, expected):
    assert age_limit(text) == expected


# --- graduated within N years

GRADUATED_WITHIN = [
    pytest.param("ou être récemment diplômé(e) (le dernier diplôme obtenu doit avoir été délivré au plus tard "
                 "2 ans avant le début du stage).", 2, id="fao-au-plus-tard"),
    pytest.param("Être diplômé depuis moins de 3 ans à la date de la candidature.", 3, id="depuis-moins-de"),
    pytest.param("récemment diplômé (moins de deux ans)", 2, id="recemment-diplome-word"),
    pytest.param("Vous êtes diplômé.e d'une université depuis moins de cinq ans et vous n'avez pas atteint "
                 "l'âge de 35 ans ?", 5, id="five-years-and-age"),
    pytest.param("avoir obtenu son doctorat il y a moins de cinq ans", 5, id="doctorate-obtained"),
    pytest.param("Studenten die ten hoogste twee jaar geleden afgestudeerd zijn", 2, id="nl-ten-hoogste"),
    pytest.param("graduated within the last 3 years", 3, id="en-within-last"),
    pytest.param("diplômé et âgé de moins de 30 ans", None, id="age-is-not-a-window"),
    pytest.param("avoir au moins deux ans d'expérience", None, id="no-diploma-word"),
]


@pytest.mark.parametrize(("text", "expected"), GRADUATED_WITHIN)
def test_graduated_within_years(text, expected):
    assert graduated_within_years(text) == expected


# --- languages

LANGUAGES = [
    pytest.param("Langues : capacités de communication en anglais, tant à l'oral qu'à l'écrit, à un niveau "
                 "professionnel, et capacités de communication en français", ["en", "fr"], id="fao-langues"),
    pytest.param("excellente maîtrise de l'espagnol et du français.", ["es", "fr"], id="maitrise"),
    pytest.param("Maîtrise du néerlandais exigée", ["nl"], id="neerlandais"),
    pytest.param("Je beheerst het Engels en het Frans.", ["en", "fr"], id="nl-beheerst"),
    pytest.param("Je spreekt vlot Nederlands, Frans en Engels.", ["en", "fr", "nl"], id="nl-spreekt-vlot"),
    pytest.param("Goede kennis van het Engels", ["en"], id="nl-kennis-van"),
    pytest.param("Fluent English and French.", ["en", "fr"], id="en-fluent"),
    pytest.param("Les cours sont donnés en anglais.", [], id="taught-in-english-is-not-required"),
    pytest.param("Le gouvernement français soutient le programme.", [], id="adjective-without-cue"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_required_languages(text, expected):
    assert required_languages(text) == expected


def test_language_asset_clause_is_dropped():
    text = "Maîtrise du français ; une bonne connaissance de l'anglais est un atout."
    assert parse_eligibility(text).languages == ["fr"]


# --- fields

def test_fields_from_citoyens_du_monde():
    text = ("Le public cible est celui des étudiant.e.s régulièrement inscrit.e.s dans un établissement "
            "d’enseignement supérieur (EES) reconnu par la Fédération Wallonie-Bruxelles et poursuivant leurs "
            "études dans les domaines du droit, des sciences politiques, des relations internationales ou des "
            "sciences économiques ou, le cas échéant, dans tout autre domaine pertinent.")
    assert parse_eligibility(text).fields == [
        "droit", "sciences politiques", "relations internationales", "sciences économiques"
    ]


@pytest.mark.parametrize("text", [
    pytest.param("Ces compétitions touchent le droit civil, le droit pénal.", id="no-cue"),
    pytest.param("dans un domaine pertinent", id="cue-without-field"),
    pytest.param("dans le domaine des droits de l'homme", id="droits-de-l-homme"),
])
def test_no_fields(text):
    assert parse_eligibility(text).fields == []


# --- whole pages

def expected(**values) -> dict:
    empty = asdict(Eligibility())
    empty.pop("evidence")
    return {**empty, **values}


SEED_PAGES = [
    ("fao-liaison-internship.txt", expected(requires_fwb=True, levels=["bachelor", "master", "graduate"],
                                            graduated_within_years=2, languages=["en", "fr"])),
    ("unesco-internships.txt", expected(requires_fwb=True, levels=["graduate"])),
    ("latvia-scholarships.txt", expected(requires_fwb=True, levels=["bachelor", "master", "phd", "staff"])),
    ("citoyens-du-monde.txt", expected(requires_fwb=True, levels=["bachelor", "master"], fields=[
        "relations internationales", "droit", "sciences politiques", "sciences économiques"])),
    # A Flemish diploma is asked for: nothing is said about FWB.
    ("ejustice-decree-2016036668.md", expected(age_max=35, levels=["graduate", "secondary"])),
    ("citf-theatre.txt", expected()),
    ("tatiana-wolska-exhibition.txt", expected()),
    ("alain-aspect-conference.txt", expected()),
    ("uk-research-innovation.txt", expected()),
]


@pytest.mark.parametrize(("name", "values"), SEED_PAGES, ids=[p[0] for p in SEED_PAGES])
def test_seed_page(name, values):
    result = asdict(parse_eligibility(seed(name)))
    evidence = result.pop("evidence")
    assert result == values
    assert len(evidence) == len(set(evidence))
    assert bool(evidence) == any(v not in (None, []) for v in values.values())


def test_fao_evidence_in_page_order():
    evidence = parse_eligibility(seed("fao-liaison-internship.txt")).evidence
    assert [sentence[:40] for sentence in evidence] == [
        "Être inscrit(e) dans un établissement d'",
        "Langues : capacités de communication en ",
    ]


def test_decree_evidence():
    evidence = parse_eligibility(seed("ejustice-decree-2016036668.md")).evidence
    assert evidence[-1] == "4. ne pas encore avoir atteint l'âge de 35 ans au début du stage."
    assert "diplôme d'enseignement secondaire" in evidence[0]


def test_result_is_json_able():
    assert json.loads(json.dumps(asdict(parse_eligibility(seed("latvia-scholarships.txt")))))


@pytest.mark.parametrize("text", ["", "   ", "moins de", "âgé de ans", "€" * 100, None])
def test_never_raises(text):
    assert isinstance(parse_eligibility(text), Eligibility)
