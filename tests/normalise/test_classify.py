"""classify() and detect_language() on the seed pages and on real-world phrasings."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalise.classify import KINDS, Classification, classify, detect_language
from normalise.text import clean_text

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def seed(name: str) -> str:
    return clean_text((SEEDS / name).read_text(encoding="utf-8"))


# (seed file, a plausible page title, is_opportunity, kind)
SEED_PAGES = [
    ("fao-liaison-internship.txt", "Offre de stage au Bureau de liaison de la FAO à Bruxelles", True, "internship"),
    ("unesco-internships.txt", "3 offres de stage à l'UNESCO", True, "internship"),
    ("latvia-scholarships.txt", "Bourses d'études en Lettonie 2025-2026", True, "scholarship"),
    ("citoyens-du-monde.txt", "Citoyens du monde : appel à projets 2025", True, "call_for_projects"),
    ("citf-theatre.txt", "Commission Internationale du Théâtre Francophone : appel à projets", True, "call_for_projects"),
    ("tatiana-wolska-exhibition.txt", "Tatiana Wolska, Belladone : exposition au Drawing Lab", False, "event"),
    ("alain-aspect-conference.txt", "Conférence d'Alain Aspect à l'UMONS", False, "event"),
    ("biotech-life-sciences.txt", "Les sciences du vivant, un secteur envié", False, "news"),
    ("wallonie-nrw-cooperation.txt", "Wallonie - Rhénanie-du-Nord-Westphalie : une coopération qui porte ses fruits", False, "news"),
    ("uk-research-innovation.txt", "Recherche et Innovation au Royaume-Uni", False, "news"),
]


@pytest.mark.parametrize(("name", "title", "is_opportunity", "kind"), SEED_PAGES, ids=[p[0] for p in SEED_PAGES])
def test_seed_page_with_title(name, title, is_opportunity, kind):
    result = classify(title, seed(name))
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind), result.reason


@pytest.mark.parametrize(("name", "title", "is_opportunity", "kind"), SEED_PAGES, ids=[p[0] for p in SEED_PAGES])
def test_seed_page_without_title(name, title, is_opportunity, kind):
    result = classify("", seed(name))
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind), result.reason


def test_decree_is_a_legal_scheme_by_hint():
    text = seed("ejustice-decree-2016036668.md")
    result = classify("Arrêté du Gouvernement flamand relatif au subventionnement de stages", text, kind_hint="legal_scheme")
    assert result == Classification(True, "legal_scheme", result.reason)
    assert result.reason


# (title, body, is_opportunity, kind): sentences as they appear on real pages.
PHRASINGS = {
    # French opportunities
    "fr-offre-stage-minuit": ("Offre de stage au CIRC", "Les candidatures sont à envoyer pour le 14 mars 2025 à minuit.", True, "internship"),
    "fr-bourse-date-limite": ("", "Bourse de spécialisation\nDate limite : 30/04/2025. Le formulaire est à renvoyer à bourses@wbi.be.", True, "scholarship"),
    "fr-appel-a-projets": ("Appel à projets Jeunesse 2025", "Déposez votre projet avant le 15 septembre.", True, "call_for_projects"),
    "fr-appel-candidatures-bourse": ("Appel à candidatures : bourses IN.WBI", "Les candidatures doivent être introduites pour le 1er mars.", True, "scholarship"),
    "fr-universite-ete": ("Université d'été de Liège", "Inscriptions jusqu'au 30 avril 2025. Frais de participation : 350 €.", True, "summer_school"),
    "fr-cours-ete": ("", "Bourses pour des cours d'été en Lettonie\nInscriptions jusqu'au 1er avril sur le site.", True, "scholarship"),
    "fr-formation": ("Formation en gestion de projets", "Pour vous inscrire, envoyez votre candidature avant le 15 février.", True, "training"),
    "fr-offre-emploi": ("Offre d'emploi : chargé.e de mission", "Date limite d'envoi des candidatures : 28 février 2025.", True, "job"),
    "fr-recrutement": ("Recrutement d'un attaché (H/F/X)", "Postulez au plus tard le 10 mars 2025.", True, "job"),
    "fr-concours": ("Concours de plaidoirie 2025", "Inscris ton équipe au plus tard le 20 mars 2025 à 23h59.", True, "competition"),
    "fr-prix": ("Prix Jeunes Talents", "Déposez votre candidature au plus tard le 31 mai 2025.", True, "competition"),
    # Dutch
    "nl-stage": ("Stage bij de VN in Genève", "Kandidaturen moeten uiterlijk op 15 maart 2025 worden ingediend.", True, "internship"),
    "nl-beurs": ("Beurs voor een verblijf in Québec", "De deadline is 1 april 2025 om 17.00 uur.", True, "scholarship"),
    "nl-vacature": ("Vacature: projectmedewerker", "Solliciteren kan tot en met 31 januari 2025.", True, "job"),
    "nl-zomerschool": ("Zomerschool Europees recht", "Schrijf je in vóór 1 mei 2025.", True, "summer_school"),
    "nl-wedstrijd": ("Wedstrijd voor jonge ontwerpers", "Dien je project in: de deadline is 1 juni 2025.", True, "competition"),
    # English
    "en-internship": ("6-month internship in London", "How to apply: send your CV. Deadline: 1 March 2025", True, "internship"),
    "en-call": ("Call for proposals: digital culture", "Submission deadline: 15 April 2025, 12:00 CET.", True, "call_for_projects"),
    "en-summer-school": ("Summer School on European Law", "Applications must be submitted by 1 May 2025.", True, "summer_school"),
    "en-scholarship": ("Master scholarships for Canada", "Applications must be submitted by 31 January 2025 at 23:59.", True, "scholarship"),
    # Not opportunities, even with dates, amounts or opportunity words
    "fr-colloque": ("Colloque Francophonie et numérique", "Le colloque se tiendra le 12 mars 2025 à 14h. Inscription obligatoire jusqu'au 10 mars.", False, "event"),
    "fr-webinaire": ("Webinaire : présentation des programmes", "Participez à notre webinaire le 5 février 2025 à 10h.", False, "event"),
    "fr-exposition": ("Exposition Lignes de fuite", "Du 10 janvier au 15 mars 2025. Vernissage le 9 janvier à 18h30.", False, "event"),
    "fr-laureats": ("Découvrez les lauréats de l'appel à projets 2024", "Douze projets ont été sélectionnés ; chacun a reçu une bourse de 5.000 €.", False, "news"),
    "fr-stagiaires-en-passant": ("La filière hydrogène se renforce", "Une vingtaine de stagiaires ont été accueillis, a souligné le directeur.", False, "news"),
    "fr-futurs-appels": ("", "Cette initiative facilitera l'accès aux futurs appels à projets Horizon Europe.", False, "news"),
    "en-conference": ("Conference on quantum technologies", "The conference takes place on 10 April 2025. Register by 1 April 2025.", False, "event"),
    "en-winners": ("Researchers awarded ERC grants", "Three researchers were awarded grants this year.", False, "news"),
    "nl-terugblik": ("Terugblik op de samenwerking met Québec", "De samenwerking werd in 2024 verlengd.", False, "news"),
}


@pytest.mark.parametrize(("title", "body", "is_opportunity", "kind"), list(PHRASINGS.values()), ids=list(PHRASINGS))
def test_phrasing(title, body, is_opportunity, kind):
    result = classify(title, body)
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind), result.reason


def test_title_outweighs_body_words():
    body = "Une formation courte précède le séjour. Les candidatures doivent parvenir pour le 1er mars."
    assert classify("Bourse d'études au Japon", body).kind == "scholarship"
    assert classify("Formation au Japon", body).kind == "training"


def test_url_slug_is_a_cue():
    result = classify("", "Les candidatures doivent être envoyées pour le 1er mars 2025.",
                      url="https://www.wbi.be/fr/actualites/offre-stage-centre-international-recherche-cancer-circ")
    assert (result.is_opportunity, result.kind) == (True, "internship")


def test_empty_page_is_not_an_opportunity():
    result = classify("", "")
    assert not result.is_opportunity
    assert result.kind in KINDS


def test_every_result_has_a_reason_and_a_known_kind():
    for name, _title, _, _ in SEED_PAGES:
        result = classify("", seed(name))
        assert result.kind in KINDS
        assert result.reason


LANGUAGES = {
    "fr-seed": (seed("fao-liaison-internship.txt"), "fr"),
    "fr-sentence": ("Les candidatures sont à envoyer pour le jeudi 20 février à minuit.", "fr"),
    "nl": ("De kandidaturen moeten uiterlijk op 15 maart 2025 worden ingediend bij de dienst.", "nl"),
    "en": ("Applications must be submitted by 31 January 2025 at the latest to the office.", "en"),
    "de": ("Die Bewerbung ist bis zum 31. März 2025 an die Vertretung zu richten und wird nicht verlängert.", "de"),
    "empty": ("", "fr"),
    "numbers-only": ("2025 - 1.200 € - 15/03", "fr"),
}


@pytest.mark.parametrize(("text", "language"), list(LANGUAGES.values()), ids=list(LANGUAGES))
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_detect_language_reads_only_the_start():
    text = "Le stage est ouvert aux étudiants de la Fédération. " * 60 + "the and of to in is for " * 200
    assert detect_language(text) == "fr"
