"""Classification: is a page an opportunity, and of which kind, on the seed pages and real-world phrasings.

PHRASINGS test ``normalise.classify.classify`` (the rules alone), grouped by where the strings come from: WBI,
Flemish and English pages; the probe rounds on WBI phrasings (extractor v3, v4) and their English and Dutch
versions; real pages PARAPHRASED (extractor v5, v6; the real texts are not kept in the repository).
KNOWN_MISSES test the record's verdict, ``normalise.record.extract_record(...)["is_opportunity"]``, which adds the
trained opportunity model to the rules: they are invented shapes of the misses in
/work/shared/EXTRACTION-MISSES.md (C1-C4, F0), strict xfail while they fail.
"""
from __future__ import annotations

import re

import pytest

from normalise import classify as classify_module
from normalise.classify import KINDS, Classification, classify, detect_language, is_legal_scheme
from normalise.record import extract_record
from tests.normalise.helpers import MISSES, WBI_ROUND, seed, translation

# --- Whole seed pages: (file, a plausible page title, is_opportunity, kind) --------------------------

SEED_PAGES = [
    pytest.param("fao-liaison-internship.txt", "Offre de stage au Bureau de liaison de la FAO à Bruxelles", True,
                 "internship", id="fao-liaison-internship"),
    pytest.param("unesco-internships.txt", "3 offres de stage à l'UNESCO", True, "internship", id="unesco-internships"),
    pytest.param("latvia-scholarships.txt", "Bourses d'études en Lettonie 2025-2026", True, "scholarship",
                 id="latvia-scholarships"),
    pytest.param("citoyens-du-monde.txt", "Citoyens du monde : appel à projets 2025", True, "call_for_projects",
                 id="citoyens-du-monde"),
    pytest.param("citf-theatre.txt", "Commission Internationale du Théâtre Francophone : appel à projets", True,
                 "call_for_projects", id="citf-theatre"),
    pytest.param("tatiana-wolska-exhibition.txt", "Tatiana Wolska, Belladone : exposition au Drawing Lab", False,
                 "event", id="exhibition-is-an-event"),
    pytest.param("alain-aspect-conference.txt", "Conférence d'Alain Aspect à l'UMONS", False, "event",
                 id="conference-is-an-event"),
    pytest.param("biotech-life-sciences.txt", "Les sciences du vivant, un secteur envié", False, "news",
                 id="biotech-is-news"),
    pytest.param("wallonie-nrw-cooperation.txt",
                 "Wallonie - Rhénanie-du-Nord-Westphalie : une coopération qui porte ses fruits", False, "news",
                 id="cooperation-is-news"),
    pytest.param("uk-research-innovation.txt", "Recherche et Innovation au Royaume-Uni", False, "news",
                 id="uk-research-is-news"),
]

# --- Sentences as they appear on pages: (title, body, (is_opportunity, kind)) of classify() ----------

PHRASINGS = [
    # --- WBI, Flemish and English pages: (title, sentence as on the page)
    pytest.param(
        "Offre de stage au CIRC",
        "Les candidatures sont à envoyer pour le 14 mars 2025 à minuit.",
        (True, "internship"),
        id="fr-offre-stage-minuit",
    ),
    pytest.param(
        "",
        "Bourse de spécialisation\nDate limite : 30/04/2025. Le formulaire est à renvoyer à bourses@wbi.be.",
        (True, "scholarship"),
        id="fr-bourse-date-limite",
    ),
    pytest.param(
        "Appel à projets Jeunesse 2025",
        "Déposez votre projet avant le 15 septembre.",
        (True, "call_for_projects"),
        id="fr-appel-a-projets",
    ),
    pytest.param(
        "Appel à candidatures : bourses IN.WBI",
        "Les candidatures doivent être introduites pour le 1er mars.",
        (True, "scholarship"),
        id="fr-appel-candidatures-bourse",
    ),
    pytest.param(
        "Université d'été de Liège",
        "Inscriptions jusqu'au 30 avril 2025. Frais de participation : 350 €.",
        (True, "summer_school"),
        id="fr-universite-ete",
    ),
    pytest.param(
        "",
        "Bourses pour des cours d'été en Lettonie\nInscriptions jusqu'au 1er avril sur le site.",
        (True, "scholarship"),
        id="fr-cours-ete",
    ),
    pytest.param(
        "Formation en gestion de projets",
        "Pour vous inscrire, envoyez votre candidature avant le 15 février.",
        (True, "training"),
        id="fr-formation",
    ),
    pytest.param(
        "Offre d'emploi : chargé.e de mission",
        "Date limite d'envoi des candidatures : 28 février 2025.",
        (True, "job"),
        id="fr-offre-emploi",
    ),
    pytest.param(
        "Recrutement d'un attaché (H/F/X)",
        "Postulez au plus tard le 10 mars 2025.",
        (True, "job"),
        id="fr-recrutement",
    ),
    pytest.param(
        "Concours de plaidoirie 2025",
        "Inscris ton équipe au plus tard le 20 mars 2025 à 23h59.",
        (True, "competition"),
        id="fr-concours",
    ),
    pytest.param(
        "Prix Jeunes Talents",
        "Déposez votre candidature au plus tard le 31 mai 2025.",
        (True, "competition"),
        id="fr-prix",
    ),
    pytest.param(
        "Stage bij de VN in Genève",
        "Kandidaturen moeten uiterlijk op 15 maart 2025 worden ingediend.",
        (True, "internship"),
        id="nl-stage",
    ),
    pytest.param(
        "Beurs voor een verblijf in Québec",
        "De deadline is 1 april 2025 om 17.00 uur.",
        (True, "scholarship"),
        id="nl-beurs",
    ),
    pytest.param(
        "Vacature: projectmedewerker",
        "Solliciteren kan tot en met 31 januari 2025.",
        (True, "job"),
        id="nl-vacature",
    ),
    pytest.param(
        "Zomerschool Europees recht",
        "Schrijf je in vóór 1 mei 2025.",
        (True, "summer_school"),
        id="nl-zomerschool",
    ),
    pytest.param(
        "Wedstrijd voor jonge ontwerpers",
        "Dien je project in: de deadline is 1 juni 2025.",
        (True, "competition"),
        id="nl-wedstrijd",
    ),
    pytest.param(
        "6-month internship in London",
        "How to apply: send your CV. Deadline: 1 March 2025",
        (True, "internship"),
        id="en-internship",
    ),
    pytest.param(
        "Call for proposals: digital culture",
        "Submission deadline: 15 April 2025, 12:00 CET.",
        (True, "call_for_projects"),
        id="en-call",
    ),
    pytest.param(
        "Summer School on European Law",
        "Applications must be submitted by 1 May 2025.",
        (True, "summer_school"),
        id="en-summer-school",
    ),
    pytest.param(
        "Master scholarships for Canada",
        "Applications must be submitted by 31 January 2025 at 23:59.",
        (True, "scholarship"),
        id="en-scholarship",
    ),
    pytest.param(
        "Colloque Francophonie et numérique",
        "Le colloque se tiendra le 12 mars 2025 à 14h. Inscription obligatoire jusqu'au 10 mars.",
        (False, "event"),
        id="fr-colloque",
    ),
    pytest.param(
        "Webinaire : présentation des programmes",
        "Participez à notre webinaire le 5 février 2025 à 10h.",
        (False, "event"),
        id="fr-webinaire",
    ),
    pytest.param(
        "Exposition Lignes de fuite",
        "Du 10 janvier au 15 mars 2025. Vernissage le 9 janvier à 18h30.",
        (False, "event"),
        id="fr-exposition",
    ),
    pytest.param(
        "Découvrez les lauréats de l'appel à projets 2024",
        "Douze projets ont été sélectionnés ; chacun a reçu une bourse de 5.000 €.",
        (False, "news"),
        id="fr-laureats",
    ),
    pytest.param(
        "La filière hydrogène se renforce",
        "Une vingtaine de stagiaires ont été accueillis, a souligné le directeur.",
        (False, "news"),
        id="fr-stagiaires-en-passant",
    ),
    pytest.param(
        "",
        "Cette initiative facilitera l'accès aux futurs appels à projets Horizon Europe.",
        (False, "news"),
        id="fr-futurs-appels",
    ),
    pytest.param(
        "Conference on quantum technologies",
        "The conference takes place on 10 April 2025. Register by 1 April 2025.",
        (False, "event"),
        id="en-conference",
    ),
    pytest.param(
        "Researchers awarded ERC grants",
        "Three researchers were awarded grants this year.",
        (False, "news"),
        id="en-winners",
    ),
    pytest.param(
        "Terugblik op de samenwerking met Québec",
        "De samenwerking werd in 2024 verlengd.",
        (False, "news"),
        id="nl-terugblik",
    ),
    # --- WBI / FWB phrasings (extractor v3): first line as title, body cleaned as the pipeline does
    pytest.param(
        "",
        "Bourse de voyage\nLes dossiers doivent être rentrés pour le 15 avril 2025 au plus tard.",
        (True, "scholarship"),
        id="dossiers-rentres-au-plus-tard",
    ),
    pytest.param(
        "",
        "Mandat de chercheur\nCandidatures jusqu'au 30 juin 2025.",
        (True, "other"),
        id="candidatures-jusqu-au",
    ),
    pytest.param(
        "",
        "Bourses WBI.WORLD\nLes candidatures sont reçues deux fois par an : avant le 1er février.",
        (True, "scholarship"),
        id="candidatures-sont-recues",
    ),
    pytest.param(
        "",
        "Formation en gestion culturelle\nFormation de 5 jours à Namur. Inscription gratuite avant le 10 mars.",
        (True, "training"),
        id="training-free-registration",
    ),
    pytest.param(
        "",
        "Conférence sur la diplomatie culturelle\nLa conférence aura lieu le 20 mars 2025 à Bruxelles. "
        "Inscription gratuite avant le 10 mars.",
        (False, "event"),
        id="conference-free-registration",
    ),
    pytest.param(
        "",
        "Visite d'une délégation wallonne au Québec\nDu 12 au 15 mars 2025, une délégation de 20 entreprises "
        "s'est rendue à Montréal. Le ministre a annoncé un soutien de 500.000 € à la coopération. Les échanges "
        "ont porté sur les stages et les bourses.",
        (False, "news"),
        id="delegation-visit-news",
    ),
    pytest.param(
        "",
        "Mission économique au Japon\nDu 10 au 17 mai 2025, l'AWEX et WBI organisent une mission économique à "
        "Tokyo. Le budget de la mission s'élève à 250.000 €. Inscription des entreprises avant le 15 février.",
        (False, "news"),
        id="economic-mission-news",
    ),
    # --- Second probe round on whole WBI pages (extractor v4)
    pytest.param(
        "",
        "« Mon stage à l'ONU a changé ma vie » : rencontre avec Julie, ancienne boursière\nComment avez-vous "
        "découvert le programme ?\nUn professeur m'en a parlé.\nUn conseil ? Postuler tôt ! La date limite tombe "
        "souvent en février.\nPropos recueillis par WBI.",
        (False, "news"),
        id="interview-advice-is-not-an-invitation",
    ),
    pytest.param(
        "42 researchers selected for the 2025 excellence grants",
        'The laureates receive €2,120 per month. "An investment", said the Minister. The next call for '
        "applications is expected to open in the summer.",
        (False, "news"),
        id="call-for-applications-is-expected",
    ),
    pytest.param(
        "Volontariat international",
        "Les candidatures pour les départs de septembre sont ouvertes jusqu'au 31 mars.",
        (True, "other"),
        id="candidatures-sont-ouvertes-jusqu-au",
    ),
    pytest.param(
        "Erasmus Belgica",
        "Une bourse de 250 € par mois. Les candidatures sont introduites auprès de votre établissement.",
        (True, "scholarship"),
        id="candidatures-sont-introduites",
    ),
    # --- English and Dutch wordings of the French pages
    pytest.param(
        "Internship at the Wallonia-Brussels Delegation in Dakar",
        "The intern receives a monthly stipend. Applications must be submitted by 31 March 2025.",
        (True, "internship"),
        id="en-internship-at-title",
    ),
    pytest.param(
        "Call for applications: research fellowships in Montreal",
        "Fellows receive a monthly allowance.",
        (True, "scholarship"),
        id="en-call-for-applications",
    ),
    pytest.param(
        "Job vacancy: communication officer",
        "Send your application by Monday 3 March at noon to recrutement@wbi.be.",
        (True, "job"),
        id="en-job-vacancy",
    ),
    pytest.param(
        "",
        "The programme supports co-productions at every stage of creation. Submit a project: bit.ly/x\nThe "
        "deadline for submitting an application is 1 April 2025.",
        (True, "call_for_projects"),
        id="en-submit-a-project",
    ),
    pytest.param(
        "Stage bij de Delegatie Wallonië-Brussel in Parijs",
        "De deadline is 1 april 2025 om 12 uur.",
        (True, "internship"),
        id="nl-stage-bij",
    ),
    pytest.param(
        "Beurzen voor een zomercursus Spaans in Salamanca",
        "Het volledige dossier indienen vóór 30 april 2025.",
        (True, "scholarship"),
        id="nl-beurzen-voor",
    ),
    pytest.param(
        "Oproep tot kandidaturen: studentenprojecten",
        "De tussenkomst bedraagt maximaal € 5.000 per project. De aanvragen kunnen worden ingediend tot en met "
        "28 februari 2025.",
        (True, "call_for_projects"),
        id="nl-oproep-tot-kandidaturen",
    ),
    pytest.param(
        "Wallonia-Brussels and Quebec sign a new agreement",
        "The ministers signed an agreement that renews the cooperation between the two governments, including "
        "internships and scholarships. The first calls for applications are expected in the autumn.",
        (False, "news"),
        id="en-agreement-signed",
    ),
    pytest.param(
        "Conference: artificial intelligence and the future of work",
        "A conference on 8 April 2025. Registration required before 1 April 2025.",
        (False, "event"),
        id="en-conference-registration",
    ),
    pytest.param(
        "Conferentie: de toekomst van de Europese landbouw",
        "Deelname is gratis, maar inschrijving is verplicht vóór 20 maart 2025.",
        (False, "event"),
        id="nl-conferentie",
    ),
    pytest.param(
        "Wallonië-Brussel en Vietnam ondertekenen een samenwerkingsprogramma",
        "Het programma voorziet in beurzen voor doctorandi. De eerste projectoproepen worden in het najaar "
        "gelanceerd.",
        (False, "news"),
        id="nl-akkoord-ondertekend",
    ),
    # --- Real pages paraphrased (extractor v5): programme pages and reports; their kind is pinned as read
    pytest.param(
        "",
        "Aller au contenu principal\n\nObtenir une bourse de recherche dans une université de Wallonie\n\n"
        "Objectif de l'aide\n\nFinancer un séjour de recherche.\n\nCritères de recevabilité\n\nÊtre titulaire "
        "d'un doctorat étranger.",
        (True, "scholarship"),
        id="programme-page-title-and-eligibility-heading",
    ),
    pytest.param(
        "",
        "Obtain a grant for a research stay abroad - Horizon Fellows\n\nOur support\n\nWhat is the support?\n\n"
        "WBI supports holders of a Master's degree who wish to prepare a doctorate abroad.",
        (True, "scholarship"),
        id="english-obtain-a-grant-our-support",
    ),
    pytest.param(
        "",
        "Type of grant\n\nResearch grant\n\nTypes of programme:\n\n  • Short-term grants (1 to 3 months).\n\n"
        "Financial terms\n  • Monthly amount 2.250 euros.",
        (True, "scholarship"),
        id="english-grant-sheet-headings",
    ),
    pytest.param(
        "",
        "Call in Belgium - postdoctoral grants\n\nApplication deadlines:\n\n  • no later than 1 May 2026.",
        (True, "scholarship"),
        id="plural-deadlines-heading",
    ),
    pytest.param(
        "",
        "Vous êtes diplômé.e d'une haute école et vous souhaitez effectuer un stage dans une organisation "
        "internationale ? 2 offres de stage de 6 mois sont disponibles à l'OCDE.",
        (True, "internship"),
        id="reader-addressed-and-offers-available",
    ),
    pytest.param(
        "",
        "- Fonction: Stagiaire auprès de l'OIF\n- Lieu d'affectation: Dakar\nLes dossiers sont attendus pour le "
        "14 novembre.",
        (True, "internship"),
        id="posting-fields-and-dossiers-attendus",
    ),
    pytest.param(
        "",
        "Chaque année, le comité choisit quinze lauréats qui recevront une bourse de 2.000 €.\n> à qui s'adresse "
        "la bourse ?\n> comment poser votre candidature ?",
        (True, "scholarship"),
        id="comment-poser-votre-candidature",
    ),
    pytest.param(
        "",
        "BOURSES DE RECHERCHE OFFERTES PAR WALLONIE-BRUXELLES INTERNATIONAL AUX CHERCHEURS ETRANGERS\n\nWBI "
        "offre un programme de bourses au profit des chercheurs étrangers.",
        (True, "scholarship"),
        id="bourses-offertes-par",
    ),
    pytest.param(
        "",
        "Journée d'accueil des assistants de langue\n\nRetour sur deux journées de rencontre dans nos bureaux.\n"
        "Le stage (de 7 à 10 mois selon les pays) permet de découvrir le métier d'enseignant.",
        (False, "news"),
        id="welcome-day-report",
    ),
    pytest.param(
        "",
        "Le programme offre aux jeunes de 18 à 30 ans un soutien financier, grâce à notre soutien et à la "
        "coopération entre le Québec et la Fédération Wallonie-Bruxelles depuis 40 ans.",
        (False, "news"),
        id="anniversary-report-notre-soutien-mid-sentence",
    ),
    # --- Real pages paraphrased (extractor v6): Flemish programme pages and news about regulations
    pytest.param(
        "",
        "Reisbeurs voor jonge onderzoekers\n\nWie komt in aanmerking?\n\nKandidaten die een plaats hebben "
        "gevonden bij een onderzoekscentrum in het buitenland.",
        (True, "other"),
        id="nl-who-qualifies-heading",
    ),
    pytest.param(
        "",
        "Voorwaarden kandidaatstelling\n\n • De kandidaat heeft een diploma van een Vlaamse hogeschool.\n • De "
        "kandidaat is jonger dan 30 jaar.",
        (True, "other"),
        id="nl-conditions-heading-line",
    ),
    pytest.param(
        "",
        "Steun voor stages in het buitenland\n\nVoor wie is deze steun bedoeld?\n\nJonge afgestudeerden. Steun "
        "kan aangevraagd worden tot de dag voor het vertrek.",
        (True, "internship"),
        id="nl-for-whom-and-may-be-requested",
    ),
    pytest.param(
        "",
        "Procedures\n\nHet budget voor het voorjaar is op. Vanaf 15 september kunnen nieuwe aanvragen ingediend "
        "worden via het formulier.",
        (True, "other"),
        id="nl-requests-may-be-submitted",
    ),
    pytest.param(
        "",
        "Wat is het?\n\nDe provincie biedt met het programma Horizon beurzen aan voor jongeren die een "
        "vrijwilligersproject willen doen. De financiering is bedoeld voor kandidaten die in de provincie wonen.",
        (True, "scholarship"),
        id="nl-offers-grants-intended-for-candidates",
    ),
    pytest.param(
        "",
        "Plusieurs dispositifs permettent de recevoir une aide financière pour un échange. Le soutien de "
        "l'office consiste en une aide financière de 400 € par participant.",
        (True, "other"),
        id="fr-programme-described-to-its-public",
    ),
    pytest.param(
        "",
        "Programme Horizon\n\n3 juin 2024\n\nLe réseau a lancé cet appel en janvier et a organisé les sélections "
        "en avril. Pour plus d'informations sur les conditions, voyez le site du programme.\n\nInterview avec la "
        "coordinatrice.",
        (False, "news"),
        id="news-about-a-programme",
    ),
    pytest.param(
        "",
        "Provinciale steun voor stages bij internationale organisaties\n\nOp 3 maart keurde de provincie het "
        "reglement goed. Alle informatie over de voorwaarden voor financiering vindt u op de website.",
        (False, "news"),
        id="nl-news-about-a-regulation",
    ),
]

# --- Invented shapes of the misses in EXTRACTION-MISSES.md: (title, body, is_opportunity) of
#     extract_record(...)["is_opportunity"], the record's verdict (rules + the trained opportunity model) --

KNOWN_MISSES = [
    # --- C1: a call worded outside the cue lists
    pytest.param(
        "Appel à candidature pour cinq bourses de résidence d'artistes",
        "La résidence accueille des artistes plasticiens pendant trois mois à Montréal.",
        True,
        id="fr-appel-a-candidature-singular-title",
    ),
    pytest.param(
        "Appel à candidatures pour cinq bourses de résidence d'artistes",
        "La résidence accueille des artistes plasticiens pendant trois mois à Montréal.",
        True,
        id="fr-appel-a-candidatures-plural-title",
    ),
    pytest.param(
        "Aide à la mobilité des artistes",
        "La candidature à ce dispositif d'aide est désormais ouverte pour 2025.",
        True,
        id="fr-candidature-est-desormais-ouverte",
    ),
    pytest.param(
        "Bourse de voyage d'études",
        "Public : étudiants du supérieur.\nCandidature : avant le 15 mars ; auprès du service des bourses.",
        True,
        id="fr-directory-field-candidature-avant",
    ),
    pytest.param(
        "Résidences d'écriture",
        "Un appel annuel à candidatures reste ouvert jusqu'à la fin mai.",
        True,
        id="fr-appel-annuel-reste-ouvert",
    ),
    pytest.param(
        "Aide aux stages à l'étranger",
        "La demande d'aide doit être faite entre le 2 mars et le 30 avril.",
        True,
        id="fr-demande-d-aide-doit-etre-faite-entre",
    ),
    pytest.param(
        "Programme d'échange de jeunes",
        "Les intéressés doivent s'enregistrer en ligne sur la plateforme exemple.org.",
        True,
        id="fr-interesses-doivent-s-enregistrer",
    ),
    pytest.param(
        "Partir étudier à l'étranger",
        "Voici les aides auxquelles vous pouvez prétendre. Faites parvenir votre dossier deux mois avant le "
        "départ.",
        True,
        id="fr-guide-aides-auxquelles-vous-pouvez-pretendre",
    ),
    pytest.param(
        "Bourses de mobilité",
        "Étape 1 : appel à candidatures – ouverture en mars – fermeture en juin\nÉtape 2 : sélection des dossiers",
        True,
        id="fr-steps-block-month-only-open-close",
    ),
    pytest.param(
        "Stage op de ambassade",
        "De ambassade geeft pas afgestudeerden de kans een stage te doen.",
        True,
        id="nl-ambassade-geeft-de-kans-een-stage-te-doen",
    ),
    pytest.param(
        "Stage op de ambassade",
        "Kandidaten moeten aan deze criteria voldoen:\n- een masterdiploma hebben\n- Frans en Engels spreken",
        True,
        id="nl-kandidaten-moeten-aan-criteria-voldoen",
    ),
    pytest.param(
        "Beurs voor een buitenlandse stage",
        "Doel?\nJongeren ervaring laten opdoen in het buitenland.\nKenmerken?\nEen tussenkomst in de "
        "reiskosten.\nIndiening: online ten laatste 2 maanden vóór vertrek",
        True,
        id="nl-heading-style-scheme-page",
    ),
    pytest.param(
        "Concours de nouvelles 2025",
        "Le concours est ouvert aux étudiants. Envoyez votre texte avant le 31 mars 2025.",
        True,
        id="fr-competition-call",
    ),
    pytest.param(
        "Concours de nouvelles 2025",
        "Le concours est ouvert aux étudiants. Envoyez votre texte avant le 31 mars 2025.\nDécouvrez les "
        "lauréats de l'édition 2024.",
        True,
        id="fr-competition-call-linking-previous-winners",
    ),
    # --- C2: a scheme page that never says apply
    pytest.param(
        "Bourse de séjour",
        "La bourse attribuée se compose d'un forfait journalier de 5 € par jour, durée minimale du séjour : 3 "
        "semaines.",
        True,
        id="fr-grant-amount-and-minimum-stay-without-apply",
    ),
    pytest.param(
        "",
        "Titulaire d'un doctorat ? Envie de prolonger vos recherches ? Quelle aide financière ?\nUne bourse de "
        "2.000 € par mois pour un séjour de recherche de six mois.",
        True,
        id="fr-question-headings-without-apply",
    ),
    # --- C3: event words name what the grant pays for
    pytest.param(
        "Aide à la mobilité sortante",
        "Volet A : 4 allocations de 500 € pour présenter un poster à un congrès à l'étranger.\n- Fiche « "
        "conférence » 2025 et formulaire ; conference sheet and conference form\nVolet B : des allocations de "
        "300 € pour un colloque en Europe.\nLes dossiers seront déposés en continu et examinés en mars et en "
        "septembre.",
        True,
        id="fr-travel-grants-to-present-at-a-congress",
    ),
    # --- C4: a job profile without a job-offer keyword
    pytest.param(
        "",
        "L'association soutient les échanges culturels entre jeunes depuis 1990. Elle publie chaque année les "
        "rapports approuvés par le bureau\nProfil du poste de chargé·e de projet\nVous gérez les dossiers des "
        "participants.\nVous mettez en forme les rapports d'activité.\nVous accueillez les délégations "
        "étrangères.",
        True,
        id="fr-job-profile-without-offer-keyword",
    ),
    # --- F0: a press feature about a programme
    pytest.param(
        "Ils sont partis étudier au Québec",
        "Le programme verse 900 € par mois aux étudiants d'une haute école de la Fédération Wallonie-Bruxelles, "
        "pendant deux mois au maximum. Rencontre avec trois d'entre eux, de retour à Liège.",
        True,
        id="fr-magazine-feature-about-a-programme",
        marks=pytest.mark.xfail(
            strict=True,
            reason="F0: a press feature about a programme ('Rencontre avec…', 'de retour') reads as news to the "
                   "model trained on the larger train split (p about 0.42); its facts are still read",
        ),
    ),
]

# --- Acts: (text, url, is a legal scheme) -------------------------------------------------------------

LEGAL_SCHEMES = [
    # A relay of the Moniteur cut before its articles (extractor v133): its recitals, or the journal's dated title line
    pytest.param("Arrêté du Gouvernement de la Communauté française fixant la procédure des demandes d'allocations "
                 "d'études\nLe Gouvernement de la Communauté française,\nVu le décret du 7 novembre 1983;\nVu l'avis "
                 "du Conseil d'Etat;", None, True, id="recitals-of-an-act-cut-before-its-articles"),
    pytest.param("Arrêté du Gouvernement de la Communauté française relatif au soutien du secteur culturel\n"
                 "MINISTERE DE LA COMMUNAUTE FRANÇAISE\n23 AVRIL 2020. - Arrêté du Gouvernement de la Communauté "
                 "française relatif au soutien du secteur culturel\nRapport au Gouvernement.", None, True,
                 id="the-moniteur-dated-title-line"),
    pytest.param("Arrêté du Gouvernement : les bourses expliquées\nLe Gouvernement a adopté hier un arrêté sur les "
                 "bourses. Vu le succès, il sera prolongé.", None, False, id="a-news-item-about-an-act"),
    # Second probe round (extractor v4): acts without a kind hint
    pytest.param("Arrêté du Gouvernement de la Communauté française fixant les conditions d'octroi des bourses "
                 "de mobilité\nArticle 1er. Définitions.\nArt. 2. Une bourse peut être octroyée.", None, True,
                 id="arrete-bourses"),
    pytest.param("Decreet betreffende de toekenning van taalbeurzen aan leerlingen\nArtikel 1. Dit decreet "
                 "regelt een gemeenschapsaangelegenheid.\nArt. 2. De Vlaamse Regering kent beurzen toe.", None, True,
                 id="decreet-taalbeurzen"),
    pytest.param("Wet betreffende de bescherming van deposito's\nArtikel 1. ...\nArt. 2. ...", None, False,
                 id="act-without-a-scheme"),
    pytest.param("Bourses de mobilité\nArticle 1er. Une page qui cite des articles.\nArt. 2.", None, False,
                 id="no-act-title"),
    pytest.param("Tekst", "https://www.ejustice.just.fgov.be/eli/besluit/2016/12/09/2016036668/justel", True,
                 id="justel-url"),
    # Real pages paraphrased (extractor v6): Communauté française decrees as relayed from the Moniteur
    pytest.param("publié le 3 mars 2009\n"
                 "Arrêté du Gouvernement de la Communauté française relatif aux bourses de voyage des étudiants\n"
                 "Le Gouvernement de la Communauté française,\n"
                 "Vu le décret du 2 mai 2005 ;\n"
                 "Vu l'avis de l'Inspection des Finances ;\n"
                 "Arrête :\n"
                 "Article 1er. Des bourses de voyage sont accordées aux étudiants.\n"
                 "Art. 2. Chaque établissement fixe les modalités.\n", None, True,
                 id="relayed-act-with-publication-line"),
    pytest.param("publié le 9 juillet 2010\n"
                 "Arrêté du Gouvernement de la Communauté française modifiant la procédure des allocations d'études\n"
                 "Le Gouvernement de la Communauté française,\n"
                 "Vu le décret du 7 novembre 1983 ;\n"
                 "Vu l'avis du Conseil d'Etat ;\n"
                 "Arrête :\n"
                 "Article 1er. A l'article 4, le deuxième alinéa est remplacé par", None, True,
                 id="act-cut-after-first-article-is-a-scheme-by-its-recitals"),
    pytest.param("Arrêté relatif aux bourses\nArticle 1er. Le texte est abrogé.", None, False,
                 id="one-article-without-recitals-is-not-enough"),
]

# --- F0: a page classed as news keeps the facts it states (extract_record) ----------------------------

FACTS_WHATEVER_THE_VERDICT = [
    pytest.param(
        "Dix ans de mobilité vers le Québec",
        "Le ministre a salué le bilan du programme lors de la cérémonie du 12 décembre. Le programme verse 900 € par "
        "mois aux étudiants d'une haute école de la Fédération Wallonie-Bruxelles, pendant deux mois au maximum. "
        "« Une expérience unique », a souligné une ancienne boursière.",
        id="fr-press-feature-keeps-stipend-duration-and-fwb",
    ),
    pytest.param(
        "Retour sur la saison 2024",
        "Douze étudiants sont partis cette année, a annoncé la ministre. Le programme verse 900 € par mois aux "
        "étudiants d'une haute école de la Fédération Wallonie-Bruxelles, pendant deux mois au maximum.",
        id="fr-season-report-keeps-stipend-duration-and-fwb",
    ),
]

# --- detect_language: (text, language) -----------------------------------------------------------------

LANGUAGES = [
    pytest.param(seed("fao-liaison-internship.txt"), "fr", id="fr-seed"),
    pytest.param("Les candidatures sont à envoyer pour le jeudi 20 février à minuit.", "fr", id="fr-sentence"),
    pytest.param("De kandidaturen moeten uiterlijk op 15 maart 2025 worden ingediend bij de dienst.", "nl", id="nl"),
    pytest.param("Applications must be submitted by 31 January 2025 at the latest to the office.", "en", id="en"),
    pytest.param("Die Bewerbung ist bis zum 31. März 2025 an die Vertretung zu richten und wird nicht verlängert.",
                 "de", id="de"),
    pytest.param("", "fr", id="empty"),
    pytest.param("2025 - 1.200 € - 15/03", "fr", id="numbers-only"),
]


# --- Tests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "title", "is_opportunity", "kind"), SEED_PAGES)
def test_seed_page_with_title(name, title, is_opportunity, kind):
    result = classify(title, seed(name))
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind), result.reason


@pytest.mark.parametrize(("name", "title", "is_opportunity", "kind"), SEED_PAGES)
def test_seed_page_without_title(name, title, is_opportunity, kind):
    result = classify("", seed(name))
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind), result.reason


def test_decree_is_a_legal_scheme_by_hint():
    text = seed("ejustice-decree-2016036668.md")
    title = "Arrêté du Gouvernement flamand relatif au subventionnement de stages"
    result = classify(title, text, kind_hint="legal_scheme")
    assert result == Classification(True, "legal_scheme", result.reason)
    assert result.reason


@pytest.mark.parametrize(("title", "body", "expected"), PHRASINGS)
def test_phrasing(title, body, expected):
    result = classify(title, body)
    assert (result.is_opportunity, result.kind) == expected, result.reason


@pytest.mark.parametrize(("title", "body", "is_opportunity"), KNOWN_MISSES)
def test_known_miss(title, body, is_opportunity):
    record = extract_record(body, title=title or None, reference_date=MISSES)
    assert record["is_opportunity"] is is_opportunity, record["classification_reason"]


@pytest.mark.parametrize(("title", "body"), FACTS_WHATEVER_THE_VERDICT)
def test_the_facts_are_read_whatever_the_verdict(title, body):
    record = extract_record(body, title=title, reference_date=MISSES)
    assert [(s["amount"], s["period"]) for s in record["stipends"]] == [(900.0, "month")]
    assert (record["duration"]["min_months"], record["duration"]["max_months"]) == (None, 2)
    assert record["eligibility"]["requires_fwb"] is True


def test_a_news_verdict_is_among_them():
    """The table above must hold a page classed as news, or it would not show that news keeps its facts."""
    verdicts = [extract_record(p.values[1], title=p.values[0], reference_date=MISSES)["is_opportunity"]
                for p in FACTS_WHATEVER_THE_VERDICT]
    assert False in verdicts


@pytest.mark.parametrize(("text", "url", "expected"), LEGAL_SCHEMES)
def test_legal_scheme_without_hint(text, url, expected):
    assert is_legal_scheme("", text, url) is expected
    if expected:
        assert classify("", text, url=url).kind == "legal_scheme"


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
    for case in SEED_PAGES:
        result = classify("", seed(case.values[0]))
        assert result.kind in KINDS
        assert result.reason


@pytest.mark.parametrize(
    ("name", "title", "url"),
    [
        pytest.param("fao-liaison-internship.en.txt", "", None, id="fao-en-without-title"),
        pytest.param("fao-liaison-internship.en.txt", "Internship at the FAO Liaison Office in Brussels",
                     "https://www.wbi.be/en/news/internship-fao-liaison-office-brussels",
                     id="fao-en-with-title-and-url"),
        pytest.param("unesco-internships.en.txt", "", None, id="unesco-en-without-title"),
    ],
)
def test_english_translations_are_internships(name, title, url):
    """The 'Applications' heading and 'To be sent by …' outweigh 'cooperation' and 'collaboration'."""
    result = classify(title, translation(name), url=url, language="en")
    assert (result.is_opportunity, result.kind) == (True, "internship"), result.reason


def test_circ_internship_record():
    text = (
        "Stage au CIRC à Lyon\n"
        "Le CIRC accueille un(e) stagiaire pour une période de 6 mois à partir du 1er septembre 2025.\n"
        "Profil : doctorant(e) ou jeune chercheur(se) dans le domaine de l'épidémiologie.\n"
        "Allocation mensuelle : 3.000 € par mois.\n"
        "Les candidatures doivent être envoyées au plus tard le 15 mars 2025 à bourses@wbi.be."
    )
    record = extract_record(text, reference_date=WBI_ROUND)
    assert record["kind"] == "internship"
    assert [(s["amount"], s["period"], s["applies_to"]) for s in record["stipends"]] == [(3000.0, "month", None)]
    duration = record["duration"]
    assert (duration["min_months"], duration["max_months"], duration["start"], duration["end"]) == (
        6, 6, "2025-09-01", None)
    assert record["eligibility"]["levels"] == ["phd", "researcher"]
    assert [d["date"] for d in record["deadlines"]] == ["2025-03-15"]


def test_fast_cue_scan_matches_the_plain_alternation():
    """``_cues`` rewrites each family for speed; it must match exactly what the plain alternation matches."""
    cues = [r"\bdate limite\b", r"\b(?:envoyer|envoyez) (?:votre|une) candidature", r"\b(?:job )?vacancy\b",
            r"\bstage(?<!every stage)s?\b(?! of\b)", r"\bpar [a-z]+ [a-z]+\n", r"\ba envoyer (?:pour|avant)"]
    fast = classify_module._cues(*cues)
    plain = re.compile("|".join(f"(?:{cue})" for cue in cues))
    text = ("date limite: envoyez votre candidature; job vacancy, vacancy. every stage, stages of, stage. "
            "par jean dupont\npar x y z a envoyer pour candidates date limitee xdate limite")
    assert fast.pattern != plain.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    candidates = classify_module._candidates(text)
    for family in (classify_module._INVITATION, classify_module._NEWS, classify_module._OFFER):
        found = [m.span() for m in classify_module._matches_at(family, text, candidates.get(id(family), ()))]
        assert found == [m.span() for m in family.finditer(text)]


@pytest.mark.parametrize(("text", "language"), LANGUAGES)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_detect_language_reads_only_the_start():
    text = "Le stage est ouvert aux étudiants de la Fédération. " * 60 + "the and of to in is for " * 200
    assert detect_language(text) == "fr"


# --- Cues added from the train split of the real-page corpus (the rules' verdict, before the model) ----------
RULE_CUES = [
    # --- Probed (extractor v119): how to apply in words the cue lists missed
    pytest.param("Bourse de mobilité", "Pour bénéficier de la bourse, remplissez le formulaire en ligne.", True,
                 id="fr-remplissez-le-formulaire"),
    pytest.param("Bourse de mobilité", "Le dossier de candidature comprend un CV et une lettre de motivation.", True,
                 id="fr-le-dossier-de-candidature-comprend"),
    pytest.param("Reisbeurs", "Je kan een beurs aanvragen via het e-loket.", True, id="nl-je-kan-een-beurs-aanvragen"),
    pytest.param("Zomerstage", "Interesse? Meld je aan via het formulier.", True, id="nl-meld-je-aan"),
    pytest.param("Praktikum im Museum", "Interessierte melden sich bitte per E-Mail.", True, id="de-interessierte-melden-sich"),
    pytest.param("Research assistant", "Interested candidates should email their CV to jobs@example.org.", True,
                 id="en-email-their-cv"),
    pytest.param("Jetzt bewerben für ein Praktikum bei der Europäischen Kommission",
                 "Die Bewerbungsfrist läuft bis 31. August 2022.", True, id="de-jetzt-bewerben-and-bewerbungsfrist"),
    pytest.param("Provinzzuschüsse", "Anträge können ab sofort bei der Provinz eingereicht werden.", True,
                 id="de-antraege-koennen-eingereicht-werden"),
    pytest.param("Hochschulwettbewerb", "Teilnahmebedingungen: Teams von Studierenden aller Fächer.", True,
                 id="de-teilnahmebedingungen"),
    pytest.param("Assistant en gestion archivistique (m/f/x)", "Le SPF Justice cherche un assistant.", True,
                 id="fr-job-gender-marker-m-f-x"),
    pytest.param("Tekenwedstrijd", "Hoe deelnemen? Stuur je tekening naar de bibliotheek.", True,
                 id="nl-hoe-deelnemen"),
    pytest.param("Allocations d'études : et si j'y avais droit ?",
                 "Vous pouvez bénéficier d'une allocation d'études selon les revenus de vos parents.", True,
                 id="fr-vous-pouvez-beneficier"),
    pytest.param("WBI : Appel à projets de partenariat pour le développement",
                 "Les projets doivent être introduits avant le 15 mars 2019.", True,
                 id="fr-partenariat-in-a-programme-name-is-no-news-cue"),
    pytest.param("Retour sur la cérémonie", "Les lauréats ont été récompensés lors d'une cérémonie.", False,
                 id="fr-a-report-stays-news"),
]


@pytest.mark.parametrize(("title", "body", "is_opportunity"), RULE_CUES)
def test_rule_cue(title, body, is_opportunity):
    result = classify(title, body)
    assert result.is_opportunity is is_opportunity, result.reason


#: Reports the rules must weigh as news in every language (extractor v120): a press release, grants received, a call
#: closed, a testimony, winners known.
NEWS_CUES = [
    pytest.param("Communiqué de presse : le ministre annonce une nouvelle aide.", id="fr-communique-de-presse"),
    pytest.param("Cinq étudiants ont reçu une bourse pour partir au Canada.", id="fr-ont-recu-une-bourse"),
    pytest.param("L'appel est clôturé. Les résultats seront publiés en juin.", id="fr-l-appel-est-cloture"),
    pytest.param("Retour en images sur la remise des prix.", id="fr-retour-en-images"),
    pytest.param("Persbericht: de minister kondigt een nieuwe subsidie aan.", id="nl-persbericht"),
    pytest.param("Vijf studenten kregen een beurs om naar Canada te gaan.", id="nl-kregen-een-beurs"),
    pytest.param("De oproep is afgesloten.", id="nl-de-oproep-is-afgesloten"),
    pytest.param("Getuigenis: Marie vertelt over haar stage in Montreal.", id="nl-getuigenis"),
    pytest.param("De winnaars van de prijs zijn bekend.", id="nl-de-winnaars-van"),
    pytest.param("Pressemitteilung: Ministerin kündigt neue Förderung an.", id="de-pressemitteilung"),
    pytest.param("Fünf Studierende erhielten ein Stipendium für Kanada.", id="de-erhielten-ein-stipendium"),
    pytest.param("Die Ausschreibung ist beendet.", id="de-die-ausschreibung-ist-beendet"),
    pytest.param("Erfahrungsbericht: Marie erzählt von ihrem Praktikum in Montreal.", id="de-erfahrungsbericht"),
    pytest.param("Die Preisträgerinnen und Preisträger stehen fest.", id="de-preistraeger-stehen-fest"),
    pytest.param("Press release: the minister announces a new grant.", id="en-press-release"),
    pytest.param("Five students received a scholarship to study in Canada.", id="en-received-a-scholarship"),
    pytest.param("The call is now closed.", id="en-the-call-is-now-closed"),
    pytest.param("Testimonial: Marie tells us about her internship in Montreal.", id="en-testimonial"),
]


@pytest.mark.parametrize("body", NEWS_CUES)
def test_news_cue(body):
    assert classify("", body).news > 0
