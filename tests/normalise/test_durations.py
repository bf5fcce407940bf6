"""Durations: parse_duration() and the number words it reads, on real strings.

Case tables grouped by where the strings come from: the seed pages and other WBI, Flemish and English pages;
the probe rounds on WBI phrasings (extractor v3, v4) and their English and Dutch versions; real pages PARAPHRASED
(extractor v5, v6; the real texts are not kept in the repository); and invented shapes of the known misses in
/work/shared/EXTRACTION-MISSES.md (U1-U4 and the duration sub-bullets of F0), strict xfail while they fail.

Every row carries its reference date: no test reads the clock.
"""
from __future__ import annotations

import pytest

from normalise.durations import Duration, parse_duration
from normalise.numbers import number_from_word, parse_number
from tests.normalise.helpers import (
    EN_NL_ROUND,
    MISSES,
    REAL_PAGES_V5,
    REAL_PAGES_V7,
    SEEDS_SAVED,
    WBI_ROUND,
    seed,
    seed_raw,
)


def values(duration: Duration | None) -> tuple | None:
    if duration is None:
        return None
    return (duration.min_months, duration.max_months, duration.start, duration.end)


# --- Whole seed pages: (file, (min, max, start, end), evidence) -----------------------------------

SEED_PAGES = [
    pytest.param("fao-liaison-internship.txt", (6, 6, "2025-04-15", "2025-10-15"),
                 "Dates du stage: 15 avril au 15 octobre 2025 | Durée: 6 mois", id="fao-liaison-internship"),
    pytest.param("unesco-internships.txt", (6, 6, "2025-04-01", "2025-09-30"),
                 "Durée : du 1 avril 2025 au 30 septembre 2025 (6 mois).", id="unesco-internships"),
    pytest.param("latvia-scholarships.txt", (None, 11, None, None),
                 "Bourses d'études : jusqu'à 10 mois (pour les doctorants - jusqu'à 11 mois) | "
                 "Bourses pour la recherche : Jusqu'à 5 mois", id="latvia-scholarships"),
    pytest.param("ejustice-decree-2016036668.md", (2, 6, None, None),
                 "La subvention vaut pour la durée du stage, avec une durée maximale de six mois et une durée minimale "
                 "de deux mois.", id="ejustice-decree"),
    pytest.param("citoyens-du-monde.txt", None, None, id="citoyens-du-monde-has-none"),
    pytest.param("citf-theatre.txt", None, None, id="citf-theatre-has-none"),
    pytest.param("alain-aspect-conference.txt", None, None, id="conference-has-none"),
    pytest.param("biotech-life-sciences.txt", None, None, id="biotech-news-has-none"),
    pytest.param("tatiana-wolska-exhibition.txt", None, None, id="exhibition-has-none"),
    pytest.param("uk-research-innovation.txt", None, None, id="uk-news-has-none"),
    pytest.param("wallonie-nrw-cooperation.txt", None, None, id="cooperation-news-has-none"),
]

# --- Sentences: (text, reference date, (min, max, start, end)) -------------------------------------

DURATIONS = [
    # --- From corpus round twenty-three's train pages (extractor v211): lengths offered as a list are read from the
    # first to the last, and Dutch "of" and German "oder" join two as French "ou" does
    pytest.param("Ze starten elk jaar op 1 oktober voor een duur van 6, 8 of 12 maanden.", REAL_PAGES_V7,
                 (6, 12, None, None), id="nl-een-duur-van-6-8-of-12-maanden"),
    pytest.param("Paid traineeships for short periods (one, two or maximum three months) are occasionally available for "
                 "university students.", REAL_PAGES_V7, (1, 3, None, None), id="en-one-two-or-maximum-three-months"),
    pytest.param("Das Praktikum dauert 3 oder 6 Monate.", REAL_PAGES_V7, (3, 6, None, None), id="de-3-oder-6-monate"),
    # --- From corpus round twenty-one's train pages (extractor v205): the funding itself as long ("financement de 4
    # ans"), a stipend paid over the years of a PhD
    pytest.param("· Quoi ? : financement de 4 ans,", REAL_PAGES_V7, (48, 48, None, None), id="fr-financement-de-4-ans"),
    pytest.param("Attractive monthly stipend over 4 years of PhD studies", REAL_PAGES_V7, (48, 48, None, None),
                 id="en-a-stipend-over-four-years"),
    # --- From corpus round twenty's train pages (extractor v198): a delay after a step ("à la suite de") below the
    # length is no lower bound
    pytest.param("Durée du financement : De 2 à 6 mois\nAnnonce des résultats : 1 mois à la suite du dépôt de la "
                 "demande au FRQNT", REAL_PAGES_V7, (2, 6, None, None), id="fr-a-delay-after-the-request"),
    # --- From corpus round fourteen's train pages (extractor v174): "Gefördert werden können …", "spending … weeks"
    pytest.param("Gefördert werden können 3 bis 12 Monate.", REAL_PAGES_V7, (3, 12, None, None),
                 id="de-gefoerdert-werden-koennen"),
    pytest.param("Eligibility\n- Are looking at spending four to eight weeks overseas", REAL_PAGES_V7, (0.9, 1.8, None, None),
                 id="en-spending-weeks-overseas"),
    # --- From corpus round thirteen's train pages (extractor v167): words between a count and its unit, a minimum
    # of alternatives, German compounds of Mindest-/Höchst-…dauer, a label cut off by its full stop
    pytest.param("Your stay lasts minimum 5 consecutive days and maximum 6 weeks;", REAL_PAGES_V7,
                 (0.2, 1.4, None, None), id="en-five-consecutive-days"),
    pytest.param("The fellowship lasts 12 full months.", REAL_PAGES_V7, (12, 12, None, None), id="en-twelve-full-months"),
    pytest.param("Les bourses de stage financent des stages pour une durée minimum de 2 ou 3 mois selon le type de bourse.",
                 REAL_PAGES_V7, (2, None, None, None), id="fr-a-minimum-of-two-or-three-months"),
    pytest.param("Le stage dure au maximum 3 ou 6 mois selon le programme.", REAL_PAGES_V7, (None, 6, None, None),
                 id="fr-a-maximum-of-three-or-six-months"),
    pytest.param("Die Mindeststipendiendauer ist von 3 auf 2 Monate verkürzt.", REAL_PAGES_V7, (2, None, None, None),
                 id="de-mindeststipendiendauer"),
    pytest.param("Die Höchstförderdauer beträgt 6 Monate.", REAL_PAGES_V7, (None, 6, None, None),
                 id="de-hoechstfoerderdauer"),
    pytest.param("Other information\n● Value. $35,000 per year\n● Duration. 36 months", REAL_PAGES_V7,
                 (36, 36, None, None), id="en-a-label-cut-off-by-its-full-stop"),
    # --- Lengths with a half, in words (extractor v163)
    pytest.param("Tous ces emplois sont des contrats de sept mois à un an et demi.", REAL_PAGES_V7, (7, 18, None, None),
                 id="fr-un-an-et-demi-as-the-upper-bound"),
    pytest.param("Le stage dure six mois et demi.", REAL_PAGES_V7, (6.5, 6.5, None, None), id="fr-six-mois-et-demi"),
    pytest.param("De beurs loopt anderhalf jaar.", REAL_PAGES_V7, (18, 18, None, None), id="nl-anderhalf-jaar"),
    pytest.param("Het mandaat duurt tweeënhalf jaar.", REAL_PAGES_V7, (30, 30, None, None), id="nl-tweeenhalf-jaar"),
    pytest.param("The internship lasts half a year and starts in September.", REAL_PAGES_V7, (6, 6, None, None),
                 id="en-half-a-year"),
    pytest.param("The fellowship lasts a year and a half.", REAL_PAGES_V7, (18, 18, None, None),
                 id="en-a-year-and-a-half"),
    pytest.param("Das Praktikum dauert ein halbes Jahr.", REAL_PAGES_V7, (6, 6, None, None), id="de-ein-halbes-jahr"),
    pytest.param("De opleiding duurt een half jaar.", REAL_PAGES_V7, (6, 6, None, None), id="nl-een-half-jaar"),
    pytest.param("Die Förderung beträgt zweieinhalb Jahre.", REAL_PAGES_V7, (30, 30, None, None),
                 id="de-zweieinhalb-jahre"),
    # --- Page shapes probed (extractor v162): "no more than" after a minimum, an evaluation along the way, "befristet auf"
    pytest.param("Length of stay\nAt least 1 month and no more than 6 months.", REAL_PAGES_V7, (1, 6, None, None),
                 id="en-at-least-and-no-more-than"),
    pytest.param("De beurs wordt toegekend voor 4 jaar, met een tussentijdse evaluatie na 2 jaar.", REAL_PAGES_V7,
                 (48, 48, None, None), id="nl-an-evaluation-after-is-no-length"),
    pytest.param("Vertrag\nBefristet auf 4 Jahre, Vollzeit.", REAL_PAGES_V7, (48, 48, None, None), id="de-befristet-auf"),
    # --- Probed forms (extractor v161): Dutch compounds "zesmaandse", "tienmaandse"; "auf zwei Jahre befristet"; "last
    # anywhere from"
    pytest.param("Deze zesmaandse stage vindt plaats op onze kantoren in Antwerpen.", REAL_PAGES_V7, (6, 6, None, None),
                 id="nl-zesmaandse-stage"),
    pytest.param("Het tienmaandse traject combineert coaching, opleiding en praktijkervaring.", REAL_PAGES_V7,
                 (10, 10, None, None), id="nl-tienmaandse-traject"),
    pytest.param("Wir bieten einen auf zwei Jahre befristeten Vertrag.", REAL_PAGES_V7, (24, 24, None, None),
                 id="de-auf-zwei-jahre-befristet"),
    pytest.param("Residencies can last anywhere from 4 weeks to 12 months.", REAL_PAGES_V7, (0.9, 12, None, None),
                 id="en-last-anywhere-from"),
    # --- A length alone under a heading that names its bound (extractor v158)
    pytest.param("Bourse\n\nDurée maximale\n12 mois", REAL_PAGES_V7, (None, 12, None, None), id="fr-sous-duree-maximale"),
    pytest.param("Internship\n\nMinimum duration\n3 months", REAL_PAGES_V7, (3, None, None, None),
                 id="en-under-minimum-duration"),
    pytest.param("Stipendium\n\nHöchstdauer\n12 Monate", REAL_PAGES_V7, (None, 12, None, None), id="de-unter-hoechstdauer"),
    pytest.param("Quelle est la durée du stage ? Minimum 3 mois, maximum 6\nDurée maximale de tous les stages? 6 mois",
                 REAL_PAGES_V7, (3, 6, None, None), id="fr-a-question-naming-the-bound-is-no-heading"),
    # --- A sentence opening on an exception states the length only when no other does (extractor v154)
    pytest.param("Bursaries are normally given for the length of undergraduate studies, up to a maximum of five years.",
                 REAL_PAGES_V7, (None, 60, None, None), id="en-a-bursary-for-the-length-of-studies-up-to"),
    pytest.param("Interns are accepted for a minimum of 6 weeks and a maximum of 12 weeks.\nExceptionally, an internship "
                 "may be extended with the agreement of the technical unit, for a maximum of 24 weeks.", REAL_PAGES_V7,
                 (1.4, 2.8, None, None), id="en-an-exceptional-extension-is-not-the-length"),
    pytest.param("Exceptionnellement, le stage peut durer jusqu'à 9 mois.", REAL_PAGES_V7, (None, 9, None, None),
                 id="fr-an-exception-alone-is-the-length"),
    # --- An extension to a new total bounds the length; a trial period is no length (extractor v153)
    pytest.param("Ein Berufspraktikum dauert in der Regel 6 Monate und kann in Ausnahmefällen auf maximal 12 Monate "
                 "verlängert werden.", REAL_PAGES_V7, (6, 12, None, None), id="de-auf-maximal-verlaengert-is-a-new-total"),
    pytest.param("The internship lasts 6 months and can be extended to a maximum of 12 months.", REAL_PAGES_V7,
                 (6, 12, None, None), id="en-extended-to-a-maximum-is-a-new-total"),
    pytest.param("Durée de l'engagement : 3 ans renouvelables, assortie d'une période d'essai de 6 mois.", REAL_PAGES_V7,
                 (36, 36, None, None), id="fr-une-periode-d-essai-is-no-length"),
    pytest.param("The contract is for 12 months, with a probation period of 3 months.", REAL_PAGES_V7,
                 (12, 12, None, None), id="en-a-probation-period-is-no-length"),
    # --- An award's tenure, "tenable for" a length (extractor v151)
    pytest.param("Tenure: 12 months", REAL_PAGES_V7, (12, 12, None, None), id="en-tenure-label"),
    pytest.param("Tenure of the award is two years.", REAL_PAGES_V7, (24, 24, None, None), id="en-tenure-of-the-award"),
    pytest.param("The award is tenable for up to three years.", REAL_PAGES_V7, (None, 36, None, None),
                 id="en-tenable-for-up-to"),
    # --- German names the funding as the subject of its length (extractor v151)
    pytest.param("Die Förderung beträgt sechs Monate.", REAL_PAGES_V7, (6, 6, None, None), id="de-die-foerderung-betraegt"),
    pytest.param("Die Förderung beträgt bis zu 12 Monate.", REAL_PAGES_V7, (None, 12, None, None),
                 id="de-die-foerderung-betraegt-bis-zu"),
    # --- A minimum and a maximum with one unit: "a maximum of", or a comma before the bound word (extractor v145)
    pytest.param("The internship lasts a minimum of 3 and a maximum of 6 months.", REAL_PAGES_V7, (3, 6, None, None),
                 id="en-a-minimum-of-and-a-maximum-of"),
    pytest.param("Praktikumsdauer: mindestens 3, höchstens 6 Monate", REAL_PAGES_V7, (3, 6, None, None),
                 id="de-mindestens-comma-hoechstens"),
    pytest.param("Le stage dure au minimum 3 mois, au maximum 6 mois.", REAL_PAGES_V7, (3, 6, None, None),
                 id="fr-au-minimum-comma-au-maximum"),
    # --- A cap worded as a verb: "shall not exceed", German "auf … begrenzt", a bound after "für" (extractor v145)
    pytest.param("Stays shall not exceed three months.", REAL_PAGES_V7, (None, 3, None, None), id="en-shall-not-exceed"),
    pytest.param("The stay should not exceed three months.", REAL_PAGES_V7, (None, 3, None, None), id="en-should-not-exceed"),
    pytest.param("Die Förderung ist auf höchstens sechs Monate begrenzt.", REAL_PAGES_V7, (None, 6, None, None),
                 id="de-auf-hoechstens-begrenzt"),
    pytest.param("Die Förderung wird für bis zu 12 Monate gewährt.", REAL_PAGES_V7, (None, 12, None, None),
                 id="de-fuer-bis-zu-gewaehrt"),
    # --- Staying, spending that long; funding that long (extractor v145)
    pytest.param("Je verblijft er drie maanden.", REAL_PAGES_V7, (3, 3, None, None), id="nl-je-verblijft-er"),
    pytest.param("Vous séjournerez 3 mois à Québec.", REAL_PAGES_V7, (3, 3, None, None), id="fr-vous-sejournerez"),
    pytest.param("Sie verbringen sechs Monate in Tokio.", REAL_PAGES_V7, (6, 6, None, None), id="de-sie-verbringen"),
    pytest.param("You will spend six months at the host institution.", REAL_PAGES_V7, (6, 6, None, None),
                 id="en-you-will-spend"),
    pytest.param("The fellowship provides one year of funding.", REAL_PAGES_V7, (12, 12, None, None),
                 id="en-one-year-of-funding"),
    pytest.param("Support is provided for a maximum of 6 months.", REAL_PAGES_V7, (None, 6, None, None),
                 id="en-support-is-provided-for-a-maximum-of"),
    pytest.param("Funding may be requested for up to 24 months.", REAL_PAGES_V7, (None, 24, None, None),
                 id="en-funding-may-be-requested-for-up-to"),
    pytest.param("La bourse est octroyée pour cinq ans au plus.", REAL_PAGES_V7, (None, 60, None, None), id="fr-ans-au-plus"),
    pytest.param("Le séjour ne pourra pas dépasser 6 mois.", REAL_PAGES_V7, (None, 6, None, None), id="fr-ne-pourra-pas-depasser"),
    pytest.param("Le séjour s'effectue sur trois mois.", REAL_PAGES_V7, (3, 3, None, None), id="fr-s-effectue-sur"),
    # A position "limited to" a length is a fixed term, not a cap (the German "befristet")
    pytest.param("The position is limited to five years and can also be filled on a pro rata basis.", REAL_PAGES_V7,
                 (60, 60, None, None), id="en-position-limited-to-is-its-term"),
    # --- The opportunity's noun alone as the label of its length (extractor v138)
    pytest.param("Internship: 6 months", REAL_PAGES_V7, (6, 6, None, None), id="en-internship-label-colon"),
    pytest.param("Contract: 2 years", REAL_PAGES_V7, (24, 24, None, None), id="en-contract-label-colon"),
    pytest.param("Stage : 6 mois", REAL_PAGES_V7, (6, 6, None, None), id="fr-stage-label-colon"),
    pytest.param("Contract: 2 jaar", REAL_PAGES_V7, (24, 24, None, None), id="nl-contract-label-colon"),
    pytest.param("Praktikum: 6 Monate", REAL_PAGES_V7, (6, 6, None, None), id="de-praktikum-label-colon"),
    # --- A count in brackets right after the dates restates the stay's length (extractor v130)
    pytest.param("When? – 1-10 July 2024 (10 days)", REAL_PAGES_V7, (0.3, 0.3, None, None), id="en-days-in-brackets-after-dates"),
    pytest.param("Du 3 au 14 juillet 2023 (12 jours)", REAL_PAGES_V7, (0.4, 0.4, None, None), id="fr-jours-in-brackets-after-dates"),
    # --- An average length, and a studio made available that long (extractor v129)
    pytest.param("Les stages durent en moyenne dix semaines.", REAL_PAGES_V7, (2.3, 2.3, None, None), id="fr-durent-en-moyenne"),
    pytest.param("De stages duren gemiddeld tien weken.", REAL_PAGES_V7, (2.3, 2.3, None, None), id="nl-duren-gemiddeld"),
    pytest.param("Wohn- und Arbeitsräume stehen zehn Monate mietfrei zur Verfügung.", REAL_PAGES_V7, (10, 10, None, None),
                 id="de-raeume-stehen-monate-zur-verfuegung"),
    pytest.param("Het atelier wordt tien maanden ter beschikking gesteld.", REAL_PAGES_V7, (10, 10, None, None),
                 id="nl-atelier-maanden-ter-beschikking"),
    # --- Probed forms, extractor v125: doctoral and multi-year funding (a studentship, "Funding is provided for",
    # a German compound that funds, an extension after an auxiliary, a renewal for further years)
    pytest.param("A three-year PhD studentship.", REAL_PAGES_V7, (36, 36, None, None), id="en-a-three-year-phd-studentship"),
    pytest.param("The studentship covers fees and a stipend for 3 years.", REAL_PAGES_V7, (36, 36, None, None),
                 id="en-the-studentship-covers-for-years"),
    pytest.param("Funding is provided for four years.", REAL_PAGES_V7, (48, 48, None, None), id="en-funding-is-provided-for"),
    pytest.param("Die Promotionsförderung erfolgt für drei Jahre.", REAL_PAGES_V7, (36, 36, None, None),
                 id="de-a-compound-foerderung-erfolgt-fuer"),
    pytest.param("Het mandaat wordt toegekend voor 2 jaar en kan eenmaal verlengd worden met 2 jaar.", REAL_PAGES_V7,
                 (24, 48, None, None), id="nl-verlengd-worden-met"),
    pytest.param("The fellowship is awarded for one year and may be renewed for up to two further years.", REAL_PAGES_V7,
                 (12, 36, None, None), id="en-renewed-for-up-to-two-further-years"),
    # --- Probed forms, extractor v110: verbs of running, the stay's start and end each named by its verb, a cap put
    # last, a label's colon, counts glued to years or to a compound's head
    pytest.param("Projects should run for 12 to 24 months.", REAL_PAGES_V7, (12, 24, None, None), id="en-run-for"),
    pytest.param("De projecten lopen 1 tot 3 jaar.", REAL_PAGES_V7, (12, 36, None, None), id="nl-lopen"),
    pytest.param("De beurs loopt over drie jaar.", REAL_PAGES_V7, (36, 36, None, None), id="nl-loopt-over"),
    pytest.param("Le programme se déroule sur 10 mois.", REAL_PAGES_V7, (10, 10, None, None), id="fr-se-deroule-sur"),
    pytest.param("The traineeships start on 1 March 2026 and end on 31 July 2026.", REAL_PAGES_V7,
                 (5, 5, "2026-03-01", "2026-07-31"), id="en-start-on-and-end-on"),
    pytest.param("Les stages commencent le 1er mars et se terminent le 31 juillet 2026.", REAL_PAGES_V7,
                 (5, 5, "2026-03-01", "2026-07-31"), id="fr-commencent-le-et-se-terminent-le"),
    pytest.param("Das Praktikum beginnt am 1. September 2025 und endet am 31. August 2026.", REAL_PAGES_V7,
                 (12, 12, "2025-09-01", "2026-08-31"), id="de-beginnt-am-und-endet-am"),
    pytest.param("Der Aufenthalt darf zwölf Monate nicht überschreiten.", REAL_PAGES_V7, (None, 12, None, None),
                 id="de-cap-put-last-nicht-ueberschreiten"),
    pytest.param("Le séjour est limité à 12 mois.", REAL_PAGES_V7, (None, 12, None, None), id="fr-limite-a"),
    pytest.param("Minimum stay: 3 months.", REAL_PAGES_V7, (3, None, None, None), id="en-minimum-stay-label"),
    pytest.param("Mindestaufenthalt: 3 Monate.", REAL_PAGES_V7, (3, None, None, None), id="de-mindestaufenthalt-label"),
    pytest.param("Die Residenz ist auf drei Monate ausgelegt.", REAL_PAGES_V7, (3, 3, None, None),
                 id="de-auf-monate-ausgelegt"),
    pytest.param("Stipendien für ein akademisches Jahr (10 Monate).", REAL_PAGES_V7, (10, 10, None, None),
                 id="de-akademisches-jahr-restated-in-months"),
    pytest.param("Dreijähriges Promotionsstipendium.", REAL_PAGES_V7, (36, 36, None, None), id="de-dreijaehriges-compound"),
    pytest.param("3-jarige doctoraatsbeurs.", REAL_PAGES_V7, (36, 36, None, None), id="nl-3-jarige-compound"),
    pytest.param("Tweejarig mandaat.", REAL_PAGES_V7, (24, 24, None, None), id="nl-tweejarig-mandaat"),
    pytest.param("Künstler können sich für einen einmonatigen Arbeitsaufenthalt in Paliano bewerben.", REAL_PAGES_V7,
                 (1, 1, None, None), id="de-glued-month-before-a-compound"),
    # --- The length noun after the quantity it names, in a sentence that then speaks of reports (extractor v96)
    pytest.param("Over a 10-month fellowship period, the selected journalist will produce a series of news reports.",
                 REAL_PAGES_V7, (10, 10, None, None), id="en-length-noun-after-the-quantity"),
    # --- "last" as the verb, not "the last N years"; "takes place over"; the stay as the subject of its length;
    # "mobility" (extractor v81)
    pytest.param("Traineeships last five months.", REAL_PAGES_V7, (5, 5, None, None), id="en-last-as-the-verb"),
    pytest.param("The summer school takes place over 5 days.", REAL_PAGES_V7, (0.2, 0.2, None, None),
                 id="en-takes-place-over"),
    pytest.param("Het verblijf bedraagt zes maanden.", REAL_PAGES_V7, (6, 6, None, None), id="nl-het-verblijf-bedraagt"),
    pytest.param("Der Aufenthalt beträgt sechs Monate.", REAL_PAGES_V7, (6, 6, None, None), id="de-der-aufenthalt-betraegt"),
    pytest.param("Mobility periods from 3 to 12 months.", REAL_PAGES_V7, (3, 12, None, None),
                 id="en-mobility-periods-from-to"),
    # --- Employment, what a grant covers, what an amount pays for, "N Jahre lang" (extractor v75)
    pytest.param("You will be appointed for four years.", REAL_PAGES_V7, (48, 48, None, None),
                 id="en-appointed-for-is-the-length"),
    pytest.param("Je wordt aangesteld voor 4 jaar.", REAL_PAGES_V7, (48, 48, None, None), id="nl-aangesteld-voor"),
    pytest.param("Sie werden für drei Jahre angestellt.", REAL_PAGES_V7, (36, 36, None, None),
                 id="de-fuer-drei-jahre-angestellt"),
    pytest.param("Die Promotionsstelle ist für drei Jahre ausgeschrieben.", REAL_PAGES_V7, (36, 36, None, None),
                 id="de-fuer-drei-jahre-ausgeschrieben"),
    pytest.param("Die Förderung erfolgt für 2 bis 3 Jahre.", REAL_PAGES_V7, (24, 36, None, None),
                 id="de-foerderung-erfolgt-fuer-a-range"),
    pytest.param("Das Stipendium läuft über zwei Jahre.", REAL_PAGES_V7, (24, 24, None, None), id="de-laeuft-ueber"),
    pytest.param("Das Stipendium ist auf maximal drei Jahre begrenzt.", REAL_PAGES_V7, (None, 36, None, None),
                 id="de-auf-maximal-begrenzt-is-a-maximum"),
    pytest.param("Les bourses de démarrage de l'ERC couvrent cinq ans et sont dotées de 1,5 millions d'euros en moyenne.",
                 REAL_PAGES_V7, (60, 60, None, None), id="fr-what-a-grant-covers-is-its-length"),
    pytest.param("The scholarship covers three years of doctoral study.", REAL_PAGES_V7, (36, 36, None, None),
                 id="en-covers-three-years"),
    pytest.param("Up to 25 young journalists will be recruited for a 12-month fellowship in the leadership, in-depth "
                 "reporting, data and multimedia skills they need.", REAL_PAGES_V7, (12, 12, None, None),
                 id="en-reporting-is-no-report-to-hand-in"),
    pytest.param("Bereitgestellt würden monatlich 230 Euro für zwei Jahre, um eine Arbeitsstätte zu finanzieren oder "
                 "anzumieten, teilte das Kunstministerium mit.", REAL_PAGES_V7, (24, 24, None, None),
                 id="de-an-amount-for-two-years-is-the-length-when-alone"),
    pytest.param("Es soll Nachwuchstalenten erlauben, sich ein Jahr lang ganz ihrem Schaffen zu widmen.", REAL_PAGES_V7,
                 (12, 12, None, None), id="de-ein-jahr-lang-is-the-length-when-alone"),
    pytest.param("Le stage dure deux mois. Une aide de 300 € pour trois semaines de stage est prévue pour les stages "
                 "courts.", REAL_PAGES_V7, (2, 2, None, None), id="fr-an-amount-for-weeks-is-a-sub-case-beside-a-length"),
    # --- "less than" with a verb of lasting (extractor v73)
    pytest.param("Gefördert werden Aufenthalte, die weniger als zwei Wochen dauern.", REAL_PAGES_V7, (None, 0.5, None, None),
                 id="de-weniger-als-dauern-is-a-maximum"),
    pytest.param("Stays that last less than three months are funded by the travel grant.", REAL_PAGES_V7,
                 (None, 3, None, None), id="en-last-less-than-is-a-maximum"),
    # --- Terms counted, a second term (extractor v72)
    pytest.param("Het mandaat loopt over een termijn van 2 x 2 jaar.", REAL_PAGES_V7, (48, 48, None, None),
                 id="nl-2-x-2-jaar-is-four-years"),
    # --- "excéder", a bound named by the subject, plural "verblijven" (extractor v65)
    pytest.param("La durée du séjour ne peut excéder 6 mois.", REAL_PAGES_V7, (None, 6, None, None),
                 id="fr-ne-peut-exceder-is-a-maximum"),
    pytest.param("The minimum stay is two months.", REAL_PAGES_V7, (2, None, None, None),
                 id="en-the-minimum-stay-is"),
    pytest.param("Verblijven van maximaal 12 maanden komen in aanmerking.", REAL_PAGES_V7, (None, 12, None, None),
                 id="nl-verblijven-plural"),
    # --- A further length is an extension (extractor v62)
    pytest.param("Die Förderdauer beträgt zunächst ein Jahr und kann auf Antrag um ein weiteres Jahr verlängert werden.",
                 REAL_PAGES_V7, (12, 24, None, None), id="de-um-ein-weiteres-jahr-verlaengert"),
    pytest.param("The contract runs for 1 year and will be extended for a further 3 years after a positive evaluation.",
                 REAL_PAGES_V7, (12, 48, None, None), id="en-extended-for-a-further-years"),
    # --- Bounds written between, a unit left out, a question as label, "Europe" (extractor v58)
    pytest.param("Vergeben werden die Stipendien für drei bis maximal sechs Monate.", REAL_PAGES_V7, (3, 6, None, None),
                 id="de-range-with-maximal-after-bis"),
    pytest.param("Die Förderung läuft mindestens ein und höchstens zwei Jahre.", REAL_PAGES_V7, (12, 24, None, None),
                 id="de-mindestens-und-hoechstens-one-unit"),
    pytest.param("Junge Menschen leisten eine zwei- bis zwölfmonatige Freiwilligentätigkeit.", REAL_PAGES_V7,
                 (2, 12, None, None), id="de-suspended-hyphen-glued-range"),
    pytest.param("Wie lange: 2-12 Monate pro Studienniveau", REAL_PAGES_V7, (2, 12, None, None),
                 id="de-wie-lange-as-a-label"),
    pytest.param("Hoe lang: 5 maanden", REAL_PAGES_V7, (5, 5, None, None), id="nl-hoe-lang-as-a-label"),
    pytest.param("Durée : minimum 3 mois, maximum 6", REAL_PAGES_V7, (3, 6, None, None),
                 id="fr-maximum-with-its-unit-left-out"),
    pytest.param("Je volgt een persoonlijk ontwikkeltraject (minimaal 1 jaar – maximaal 2 jaar).", REAL_PAGES_V7,
                 (12, 24, None, None), id="nl-a-traject-is-the-opportunity"),
    pytest.param("Schuman traineeships let you work in offices around Europe for 5 months.", REAL_PAGES_V7,
                 (5, 5, None, None), id="en-europe-for-is-no-amount-paid-for"),
    pytest.param("L'agglomération propose des contrats pouvant aller de 15 jours à deux mois, payés au SMIC.",
                 REAL_PAGES_V7, (0.5, 2, None, None), id="fr-paid-after-the-length-is-about-the-contract"),
    # --- Compounds, "long", an academic year restated in months (extractor v23)
    pytest.param("Stageperiode: 3 tot 6 maanden", REAL_PAGES_V7, (3, 6, None, None), id="nl-stageperiode-compound"),
    pytest.param("The placement must be at least two months long.", REAL_PAGES_V7, (2, None, None, None),
                 id="en-months-long"),
    pytest.param("Duration: 1 academic year (9 months)", REAL_PAGES_V7, (9, 9, None, None),
                 id="en-academic-year-restated-in-months"),
    pytest.param("Durée : une année académique (10 mois)", REAL_PAGES_V7, (10, 10, None, None),
                 id="annee-academique-restated-in-months"),
    pytest.param("Duration of the internship: 6 mo.", REAL_PAGES_V7, (6, 6, None, None), id="en-mo-abbreviated"),
    pytest.param("Fellowship duration: 2 yrs", REAL_PAGES_V7, (24, 24, None, None), id="en-yrs-abbreviated"),
    pytest.param("Internships should last at least 7 weeks.", REAL_PAGES_V7, (1.6, None, None, None),
                 id="en-last-at-least-is-a-minimum-not-the-last-years"),
    pytest.param("Das Stipendium wird alle zwei Jahre für 12 Monate vergeben.", REAL_PAGES_V7, (12, 12, None, None),
                 id="de-the-length-beside-how-often"),
    pytest.param("Das Stipendium soll Nachwuchstalenten erlauben, sich ein Jahr lang ganz ihrem Schaffen zu widmen.",
                 REAL_PAGES_V7, (12, 12, None, None), id="de-ein-jahr-lang"),
    pytest.param("Le poste propose des contrats pouvant aller de 15 jours à deux mois.", REAL_PAGES_V7,
                 (0.5, 2, None, None), id="fr-pouvant-aller-de-a"),
    pytest.param("Das Atelier steht Künstlern aus Uri für einen je viermonatigen Aufenthalt offen.", REAL_PAGES_V7,
                 (4, 4, None, None), id="de-number-glued-to-monatig"),
    pytest.param("Das Stipendium über 22.000 € läuft zwölf Monate.", REAL_PAGES_V7, (12, 12, None, None),
                 id="de-laeuft-zwoelf-monate"),
    pytest.param("Zuschuss für einen Teil (6-12 Monate) eines im Ausland absolvierten Doktoratsstudiums.", REAL_PAGES_V7,
                 (6, 12, None, None), id="de-zuschuss-months-in-brackets"),
    # --- Corpus train split, extractor v9: a stated length with a minimum elsewhere, bounds joined by a verb
    pytest.param("Fellows are expected to stay in Belgium for a period of 12 months.\n\nThe minimum fellowship "
                 "period is 6 months.", REAL_PAGES_V7, (6, 12, None, None),
                 id="a-stated-length-and-a-minimum-give-a-range"),
    pytest.param("The UN internship lasts for at least two months and can be as long as six months.", REAL_PAGES_V7,
                 (2, 6, None, None), id="en-at-least-and-can-be-as-long-as"),
    pytest.param("Le séjour doit durer au moins 2 mois et ne peut pas dépasser 9 mois.", REAL_PAGES_V7,
                 (2, 9, None, None), id="fr-au-moins-et-ne-peut-pas-depasser"),
    # --- Seed pages (tests/fixtures/seeds)
    pytest.param("Durée: 6 mois", SEEDS_SAVED, (6, 6, None, None), id="fao-duree-6-mois"),
    pytest.param(
        "Dates du stage: 15 avril au 15 octobre 2025",
        SEEDS_SAVED,
        (6, 6, "2025-04-15", "2025-10-15"),
        id="fao-dates-annee-partagee",
    ),
    pytest.param(
        "Durée : du 1 avril 2025 au 30 septembre 2025 (6 mois).",
        SEEDS_SAVED,
        (6, 6, "2025-04-01", "2025-09-30"),
        id="unesco-duree-du-au",
    ),
    pytest.param(
        "3 offres de stage de 6 mois sont disponibles à l'UNESCO à Paris.",
        SEEDS_SAVED,
        (6, 6, None, None),
        id="unesco-offres-de-stage-de-6-mois",
    ),
    pytest.param(
        "Durée du programme\nBourses d'études : jusqu'à 10 mois (pour les doctorants - jusqu'à 11 mois)",
        SEEDS_SAVED,
        (None, 11, None, None),
        id="latvia-jusqua-doctorants",
    ),
    pytest.param(
        "La subvention vaut pour la durée du stage, avec une durée maximale de six mois et une durée minimale de "
        "deux mois.",
        SEEDS_SAVED,
        (2, 6, None, None),
        id="decree-max-min-en-lettres",
    ),
    # --- Other WBI, Flemish and English pages
    pytest.param("Le stage dure 4 semaines.", SEEDS_SAVED, (0.9, 0.9, None, None), id="fr-stage-4-semaines"),
    pytest.param(
        "Wallonie-Bruxelles International organise une formation de 8 semaines destinée aux jeunes diplômé.e.s.",
        SEEDS_SAVED,
        (1.8, 1.8, None, None),
        id="fr-formation-8-semaines",
    ),
    pytest.param(
        "Réalise un stage de 10 semaines à Québec cet été.",
        SEEDS_SAVED,
        (2.3, 2.3, None, None),
        id="fr-stage-10-semaines",
    ),
    pytest.param(
        "Ce programme permet aux doctorant.e.s d'effectuer un séjour de recherche de 2 à 4 semaines à l'étranger.",
        SEEDS_SAVED,
        (0.5, 0.9, None, None),
        id="fr-sejour-2-a-4-semaines",
    ),
    pytest.param(
        "Le séjour se déroule pendant 8 semaines à Montréal.",
        SEEDS_SAVED,
        (1.8, 1.8, None, None),
        id="fr-pendant-semaines",
    ),
    pytest.param("Durée de la bourse : un an.", SEEDS_SAVED, (12, 12, None, None), id="fr-un-an"),
    pytest.param(
        "WBI octroie une bourse d'un an à un.e chercheur.e.",
        SEEDS_SAVED,
        (12, 12, None, None),
        id="fr-bourse-d-un-an",
    ),
    pytest.param("Le programme dure 2 ans.", SEEDS_SAVED, (24, 24, None, None), id="fr-2-ans"),
    pytest.param(
        "WBI offre des bourses postdoctorales pour un séjour de recherche de 1 à 2 ans.",
        SEEDS_SAVED,
        (12, 24, None, None),
        id="fr-sejour-1-a-2-ans",
    ),
    pytest.param(
        "Nous offrons un contrat à durée déterminée de 1 an, à temps plein, avec possibilité de prolongation.",
        SEEDS_SAVED,
        (12, 12, None, None),
        id="fr-cdd-1-an-prolongation",
    ),
    pytest.param("Durée : entre 3 et 6 mois.", SEEDS_SAVED, (3, 6, None, None), id="fr-entre-3-et-6-mois"),
    pytest.param(
        "Une bourse de 2.120 euros par mois, pour une durée de 1 à 12 mois.",
        SEEDS_SAVED,
        (1, 12, None, None),
        id="fr-duree-de-1-a-12-mois",
    ),
    pytest.param("Durée : minimum 3 mois.", SEEDS_SAVED, (3, None, None, None), id="fr-minimum"),
    pytest.param("Durée : 6 mois maximum.", SEEDS_SAVED, (None, 6, None, None), id="fr-maximum-apres"),
    pytest.param("Le stage a une durée de dix-huit mois.", SEEDS_SAVED, (18, 18, None, None), id="fr-dix-huit-mois"),
    pytest.param(
        "L'université d'été de deux semaines a lieu du 7 au 18 juillet 2025.",
        SEEDS_SAVED,
        (0.5, 0.5, "2025-07-07", "2025-07-18"),
        id="fr-du-1er-au-jour-seul",
    ),
    pytest.param(
        "Dates du stage : du 1er septembre 2025 au 28 février 2026.",
        SEEDS_SAVED,
        (6, 6, "2025-09-01", "2026-02-28"),
        id="fr-dates-sans-duree",
    ),
    pytest.param(
        "Dates du stage : du 1er juillet au 31 août.",
        SEEDS_SAVED,
        (2, 2, "2025-07-01", "2025-08-31"),
        id="fr-dates-sans-annee",
    ),
    pytest.param(
        "Dates du stage : 1er novembre au 30 avril 2026.",
        SEEDS_SAVED,
        (6, 6, "2025-11-01", "2026-04-30"),
        id="fr-dates-a-cheval-sur-deux-ans",
    ),
    pytest.param(
        "De stage loopt gedurende 8 weken in Brussel.",
        SEEDS_SAVED,
        (1.8, 1.8, None, None),
        id="nl-gedurende-8-weken",
    ),
    pytest.param("De beurs heeft een duur van 1 jaar.", SEEDS_SAVED, (12, 12, None, None), id="nl-1-jaar"),
    pytest.param(
        "Wij bieden een contract van één jaar, voltijds.",
        SEEDS_SAVED,
        (12, 12, None, None),
        id="nl-een-jaar",
    ),
    pytest.param(
        "De Vertegenwoordiging zoekt een stagiair voor een stage van zes maanden.",
        SEEDS_SAVED,
        (6, 6, None, None),
        id="nl-zes-maanden",
    ),
    pytest.param(
        "Met deze beurs kunnen studenten een onderzoeksverblijf van tussen 3 en 9 maanden doen.",
        SEEDS_SAVED,
        (3, 9, None, None),
        id="nl-tussen-3-en-9",
    ),
    pytest.param("The summer school lasts 6 weeks.", SEEDS_SAVED, (1.4, 1.4, None, None), id="en-6-weeks"),
    pytest.param(
        "The Delegation offers a 6-month internship in its research and innovation team.",
        SEEDS_SAVED,
        (6, 6, None, None),
        id="en-6-month-internship",
    ),
    pytest.param(
        "Successful candidates receive a monthly allowance of EUR 1,400 for a period of 10 months.",
        SEEDS_SAVED,
        (10, 10, None, None),
        id="en-period-of-10-months",
    ),
    pytest.param("Projects may last from 12 to 24 months.", SEEDS_SAVED, (12, 24, None, None), id="en-from-12-to-24"),
    pytest.param("Duration: up to twelve months.", SEEDS_SAVED, (None, 12, None, None), id="en-up-to"),
    # --- WBI / FWB phrasings (extractor v3): a start without an end
    pytest.param(
        "Le CIRC accueille un(e) stagiaire pour une période de 6 mois à partir du 1er septembre 2025.",
        WBI_ROUND,
        (6, 6, "2025-09-01", None),
        id="six-months-from-a-start",
    ),
    pytest.param(
        "The internship lasts 6 months and starts on 1 September 2025.",
        WBI_ROUND,
        (6, 6, "2025-09-01", None),
        id="en-lasts-and-starts-on",
    ),
    pytest.param(
        "Bourse de 10.000 € par an, pour une durée de 1 à 3 mois.",
        WBI_ROUND,
        (1, 3, None, None),
        id="1-a-3-mois",
    ),
    pytest.param(
        "Université d'été : séjour de 2 semaines à Québec.",
        WBI_ROUND,
        (0.5, 0.5, None, None),
        id="two-weeks",
    ),
    pytest.param("Mandat d'une durée d'un an renouvelable.", WBI_ROUND, (12, 12, None, None), id="un-an-renouvelable"),
    pytest.param(
        "The fellowship amounts to 2.120 euros per month for a period of up to 12 months.",
        WBI_ROUND,
        (None, 12, None, None),
        id="en-period-of-up-to",
    ),
    pytest.param("WBI propose un stage de maximum 6 mois.", WBI_ROUND, (None, 6, None, None), id="stage-de-maximum"),
    pytest.param(
        "Consultation des versions antérieures à partir du 23-12-2016. Le stage dure six mois.",
        WBI_ROUND,
        (6, 6, None, None),
        id="a-start-cue-in-another-sentence",
    ),
    # --- Second probe round on whole WBI pages (extractor v4)
    pytest.param(
        "The stay lasts from 6 to 24 months. Candidates must not have resided in Belgium for more than 12 months "
        "in the last 3 years.",
        WBI_ROUND,
        (6, 24, None, None),
        id="residence-rule-in-the-last-3-years",
    ),
    pytest.param(
        "The internship lasts 6 months. Master's degree obtained within the last two years.",
        WBI_ROUND,
        (6, 6, None, None),
        id="within-the-last-two-years",
    ),
    pytest.param(
        "L'assistant.e assure 12 heures de cours par semaine, d'octobre 2025 à mai 2026 (8 mois).",
        WBI_ROUND,
        (8, 8, None, None),
        id="parenthesised-after-a-year",
    ),
    pytest.param(
        "- Stages professionnels en entreprise (de 4 semaines à 6 mois) ;\n- Missions de réseautage (1 à 3 "
        "semaines).",
        WBI_ROUND,
        (0.2, 6, None, None),
        id="range-with-two-units",
    ),
    pytest.param(
        "WBI met à disposition deux ateliers pour des résidences de 3 à 6 mois.",
        WBI_ROUND,
        (3, 6, None, None),
        id="residences-de-3-a-6-mois",
    ),
    pytest.param(
        "Un verblijf van minimaal een maand en maximaal zes maanden in een residentie.",
        WBI_ROUND,
        (1, 6, None, None),
        id="minimaal-en-maximaal",
    ),
    pytest.param(
        "Une bourse pendant 6 mois maximum. Le stage doit durer au minimum 3 mois.",
        WBI_ROUND,
        (3, 6, None, None),
        id="complementary-bounds",
    ),
    pytest.param(
        "Durée du programme\n- Bourses d'études : jusqu'à 10 mois\n- Bourses de recherche : jusqu'à 5 mois",
        WBI_ROUND,
        (None, 10, None, None),
        id="one-sided-tracks-stay-open",
    ),
    # --- English and Dutch wordings of the French pages
    pytest.param(
        "Wallonie-Bruxelles International offers a 6-month internship in Dakar.",
        EN_NL_ROUND,
        (6, 6, None, None),
        id="en-wbi-offers-a-6-month-internship",
    ),
    pytest.param("a six-month internship at the Delegation", EN_NL_ROUND, (6, 6, None, None), id="en-six-month-hyphen"),
    pytest.param(
        "The Delegation is recruiting an officer on a one-year fixed-term contract.",
        EN_NL_ROUND,
        (12, 12, None, None),
        id="en-one-year-contract",
    ),
    pytest.param(
        "to attend a three-week summer school in Florence",
        EN_NL_ROUND,
        (0.7, 0.7, None, None),
        id="en-three-week-summer-school",
    ),
    pytest.param(
        "The grant is paid for a period of three to six months.",
        EN_NL_ROUND,
        (3, 6, None, None),
        id="en-period-of-three-to-six",
    ),
    pytest.param(
        "Internship dates: from 1 April to 30 September 2025.",
        EN_NL_ROUND,
        (6, 6, "2025-04-01", "2025-09-30"),
        id="en-from-to",
    ),
    pytest.param(
        "Duration of the programme\n- Study scholarships: up to 10 months (for doctoral students - up to 11 "
        "months)",
        EN_NL_ROUND,
        (None, 11, None, None),
        id="en-up-to-months",
    ),
    pytest.param(
        "WBI biedt een stage van zes maanden aan.",
        EN_NL_ROUND,
        (6, 6, None, None),
        id="nl-stage-van-zes-maanden",
    ),
    pytest.param(
        "Stage: van 1 april tot 30 september 2025",
        EN_NL_ROUND,
        (6, 6, "2025-04-01", "2025-09-30"),
        id="nl-van-tot",
    ),
    pytest.param(
        "voor een taalcursus van vier weken in juli 2025",
        EN_NL_ROUND,
        (0.9, 0.9, None, None),
        id="nl-taalcursus-weken",
    ),
    pytest.param(
        "Duur van het programma\n- Studiebeurzen: tot 10 maanden (voor doctorandi - tot 11 maanden)",
        EN_NL_ROUND,
        (None, 11, None, None),
        id="nl-tot-maanden",
    ),
    # --- Real pages paraphrased (extractor v5, v6)
    pytest.param("Chaque séjour dure 1 ou 2 mois.", REAL_PAGES_V5, (1, 2, None, None), id="un-ou-deux-mois"),
    pytest.param(
        "Le subside de recherche est de minimum 9 mois, maximum 18 mois.",
        REAL_PAGES_V5,
        (9, 18, None, None),
        id="subside-min-max",
    ),
    pytest.param(
        "  • Long-term grants (minimum 1 year, can be renewed one time) for postdoctoral researchers.\n  • "
        "Short-term grants (1 to 3 months, cannot be renewed) for postdoctoral researchers.",
        REAL_PAGES_V5,
        (1, None, None, None),
        id="track-with-minimum-only-leaves-max-open",
    ),
    pytest.param(
        "Le subside est de minimum 12 mois, maximum 24 mois.\nLe séjour de recherche devra commencer entre le "
        "1er septembre 2026 et le 1er décembre 2026.",
        REAL_PAGES_V5,
        (12, 24, None, None),
        id="start-window-is-not-the-stay",
    ),
    pytest.param(
        "Le subside est de minimum 12 mois, maximum 24 mois.\nLe séjour devra commencer entre le 1er septembre "
        "2026 et le 1er décembre 2026.",
        REAL_PAGES_V5,
        (12, 24, None, None),
        id="start-window-gives-no-dates",
    ),
    pytest.param(
        "Het verblijf duurt minstens 3 en maximum 9 maanden.",
        REAL_PAGES_V5,
        (3, 9, None, None),
        id="nl-at-least-and-maximum",
    ),
    pytest.param(
        "Het fonds reserveert budget voor studenten die minimum 1 en maximum 4 maanden van het academiejaar "
        "stage willen lopen bij een agentschap.",
        REAL_PAGES_V5,
        (1, 4, None, None),
        id="nl-months-of-internship-to-run",
    ),
    pytest.param(
        "Le séjour dure au moins 2 et au maximum 5 mois.",
        REAL_PAGES_V5,
        (2, 5, None, None),
        id="fr-au-moins-et-au-maximum",
    ),
    # --- Corpus train split, extractor v10: bounds stated as limits, volunteering, a contract's length
    pytest.param("La durée du séjour aidé à l'étranger ne peut être inférieure à deux mois ni supérieure à neuf mois "
                 "consécutifs.", REAL_PAGES_V5, (2, 9, None, None), id="fr-ni-inferieure-ni-superieure-is-a-range"),
    pytest.param("Mit dem Freiwilligendienst des ESK können junge Menschen zwischen 2 und 12 Monaten in einem "
                 "europäischen Land an einem sozialen Projekt mitarbeiten.", REAL_PAGES_V5, (2, 12, None, None),
                 id="de-volunteering-is-the-opportunity"),
    pytest.param("Each researcher selected will be offered a 36-month full-time employment contract.", REAL_PAGES_V5,
                 (36, 36, None, None), id="en-n-month-adjective-two-words-before-the-contract"),
    pytest.param("je stage/studie-uitwisseling duurt tenminste drie maanden.", REAL_PAGES_V5, (3, None, None, None),
                 id="nl-tenminste-is-a-minimum"),
    pytest.param("Die Stelle ist auf fünf Jahre befristet.", REAL_PAGES_V5, (60, 60, None, None),
                 id="de-a-position-fixed-to-five-years"),
    pytest.param("Each PhD project is a position funded for 3 years.", REAL_PAGES_V5, (36, 36, None, None),
                 id="en-a-position-funded-for"),
    pytest.param("It is granted for 2 years, renewable once.", REAL_PAGES_V5, (24, 48, None, None),
                 id="en-granted-for-renewable-once-is-twice-at-most"),
    pytest.param("Periode: 2 jaar, eenmaal hernieuwbaar", REAL_PAGES_V5, (24, 48, None, None), id="nl-eenmaal-hernieuwbaar"),
    pytest.param("Long-term scholarships (minimum 1 year, renewable once) at postdoctoral level;", REAL_PAGES_V5,
                 (12, 24, None, None), id="en-a-minimum-renewable-once"),
    pytest.param("Die Regelförderdauer beträgt 3 Jahre und kann im Einzelfall um bis zu 6 Monate verlängert werden.",
                 REAL_PAGES_V5, (36, 42, None, None), id="de-an-extension-adds-to-the-length"),
    pytest.param("Die Regellaufzeit beträgt 3 Jahre; in Ausnahmefällen kann 1 Jahr Verlängerung beantragt werden.",
                 REAL_PAGES_V5, (36, 48, None, None), id="de-a-year-of-extension-after-the-length"),
    pytest.param("Durée de l'engagement : 3 ans renouvelables", REAL_PAGES_V5, (36, 36, None, None),
                 id="fr-renewable-without-a-count-stays-the-length"),
    pytest.param("Le (la) candidat(e) s'engage pour 12 mois et s'engage à rentrer dans son pays.", REAL_PAGES_V5,
                 (12, 12, None, None), id="fr-s-engage-pour"),
    pytest.param("Het junior postdoctorale mandaat is een persoonsgebonden mandaat van 3 jaar.", REAL_PAGES_V5,
                 (36, 36, None, None), id="nl-a-mandate-of-three-years"),
    pytest.param("Contract length: three-year contract, renewable for one-year periods up to a maximum of 6 years.",
                 REAL_PAGES_V5, (36, 72, None, None), id="en-the-renewal-step-is-not-the-minimum"),
    # --- Forms probed in the four languages (extractor v29)
    pytest.param("Internship duration: six (6) months.", REAL_PAGES_V5, (6, 6, None, None),
                 id="en-a-number-word-restated-in-digits"),
    pytest.param("Ein zehntägiger Kurs in Wien.", REAL_PAGES_V5, (0.3, 0.3, None, None), id="de-glued-taegig"),
    pytest.param("Een tweedaagse cursus in Gent.", REAL_PAGES_V5, (0.1, 0.1, None, None), id="nl-glued-daagse"),
    pytest.param("Eine zweiwöchige Sommerschule in Wien.", REAL_PAGES_V5, (0.5, 0.5, None, None),
                 id="de-a-summer-school"),
    pytest.param("Gefördert wird über 6 Monate mit monatlich 250 €.", REAL_PAGES_V5, (6, 6, None, None),
                 id="de-funded-over-six-months"),
    # German "längstens" as a cap, and the passive with no preposition (probed from round eighteen's "längstens 48
    # Monate", extractor v192)
    pytest.param("Das Stipendium wird längstens 48 Monate gewährt.", REAL_PAGES_V5, (None, 48, None, None),
                 id="de-laengstens-as-a-cap"),
    pytest.param("Die Förderung dauert längstens 48 Monate.", REAL_PAGES_V5, (None, 48, None, None),
                 id="de-dauert-laengstens"),
    pytest.param("Das Stipendium wird 48 Monate gewährt.", REAL_PAGES_V5, (48, 48, None, None),
                 id="de-wird-months-gewaehrt"),
    # A grant paid out over that long (corpus round sixteen's `train` pages, extractor v187)
    pytest.param("La bourse est versée sur 10 mois sauf cas particuliers prévus par la circulaire en vigueur.",
                 REAL_PAGES_V5, (10, 10, None, None), id="fr-bourse-versee-sur-dix-mois"),
    pytest.param("The scholarship is paid over ten months.", REAL_PAGES_V5, (10, 10, None, None),
                 id="en-paid-over-ten-months"),
    pytest.param("De beurs wordt uitbetaald over 12 maanden.", REAL_PAGES_V5, (12, 12, None, None),
                 id="nl-uitbetaald-over-maanden"),
    pytest.param("Gefördert wird bis zu zwei Jahren.", REAL_PAGES_V5, (None, 24, None, None),
                 id="de-funded-for-up-to-two-years"),
    pytest.param("Er wird für sechs bis zwölf Monate gewährt.", REAL_PAGES_V5, (6, 12, None, None),
                 id="de-granted-after-the-length"),
    pytest.param("Il finance pendant deux ans le salaire des chercheurs.", REAL_PAGES_V5, (24, 24, None, None),
                 id="fr-finances-for-two-years"),
    pytest.param("Das Volontariat dauert insgesamt zwei Jahre.", REAL_PAGES_V5, (24, 24, None, None),
                 id="de-lasts-in-total"),
    pytest.param("Uitwisseling van minstens 2 maand en maximum 1 jaar in Franstalig België.", REAL_PAGES_V5,
                 (2, 12, None, None), id="nl-an-exchange-with-both-bounds"),
    pytest.param("Per studiejaar geldt een minimumtermijn van 1 maand en een maximumtermijn van 9 maanden.",
                 REAL_PAGES_V5, (1, 9, None, None), id="nl-minimum-and-maximum-term"),
    pytest.param("Het is een traineeprogramma van 2 jaar voor pas afgestudeerden.", REAL_PAGES_V5,
                 (24, 24, None, None), id="nl-voor-as-for-not-before"),
    pytest.param("De startsubsidie wordt jaarlijks toegekend en dit voor maximaal 5 jaar.", REAL_PAGES_V5,
                 (None, 60, None, None), id="nl-a-subsidy-for-at-most-five-years"),
    # --- A bounded or ranged length in a sentence about the opportunity (extractor v46)
    pytest.param("Jongeren uit verschillende landen wonen tijdens de uitwisseling maximaal drie weken bij elkaar.",
                 REAL_PAGES_V5, (None, 0.7, None, None), id="nl-at-most-three-weeks-in-an-exchange"),
    pytest.param("Un projet de voyage individuel d'un mois minimum, financé par une bourse.", REAL_PAGES_V5,
                 (1, None, None, None), id="fr-a-month-minimum-after-its-number"),
    pytest.param("Je kunt met een Erasmus+ beurs 3 tot 12 maanden in het buitenland studeren.", REAL_PAGES_V5,
                 (3, 12, None, None), id="nl-a-range-of-months-abroad"),
    pytest.param("The PhD student has to stay minimum 6 months and maximum 24 months at Ghent University.",
                 REAL_PAGES_V5, (6, 24, None, None), id="en-stay-minimum-and-maximum"),
    pytest.param("Fellows spend up to four weeks in a second country on their fellowship.", REAL_PAGES_V5,
                 (None, 0.9, None, None), id="en-up-to-four-weeks-on-a-fellowship"),
    pytest.param("In der Regel werden Reisen von einer Dauer von mind. 8 Wochen unterstützt.", REAL_PAGES_V5,
                 (1.8, None, None, None), id="de-mind-abbreviation-keeps-the-sentence-whole-and-is-a-minimum"),
]

NOT_DURATIONS = [
    # --- How often, not how long (round twenty-five's train pages, extractor v217)
    pytest.param("The Trustees meet roughly every two months to consider grant applications.", REAL_PAGES_V7,
                 id="en-every-two-months-is-how-often"),
    pytest.param("Om een beurs te ontvangen moet je debuut verschenen zijn tussen 1 januari 2018 en 1 juli 2020.", REAL_PAGES_V7,
                 id="nl-when-a-debut-must-have-come-out"),
    # --- From corpus round fourteen's train pages (extractor v174): a campaign's or an award session's window, how long
    # an act is in force, how long a call opens, how long something stays valid
    pytest.param("Bourses doctorales\nLa campagne de bourses doctorales est ouverte du 27/04/2025 au 18/05/2025.",
                 REAL_PAGES_V7, id="fr-a-campaigns-window"),
    pytest.param("Bourses d'études\nOuverture de la session de reconduction de bourses d'études, du lundi 07 mars au vendredi "
                 "27 mai 2022.", REAL_PAGES_V7, id="fr-an-award-sessions-window"),
    pytest.param("Subsidieregeling lerarenbeurs\nGeldend van 01-04-2019 t/m 31-12-2019", REAL_PAGES_V7,
                 id="nl-an-act-in-force"),
    pytest.param("Voor subsidie hoger dan € 25.000 gaat de regeling jaarlijks drie keer open, telkens voor een periode van "
                 "zes weken.", REAL_PAGES_V7, id="nl-a-scheme-opens-for-six-weeks"),
    pytest.param("Het stagecontract blijft twee jaar geldig.", REAL_PAGES_V7, id="nl-valid-for-two-years"),
    # --- How long the applicant's studies last (extractor v154)
    pytest.param("A diploma is required, when the normal period of university education is three years or more.",
                 REAL_PAGES_V7, id="en-the-period-of-university-education-is"),
    pytest.param("La durée normale des études est de 3 ans.", REAL_PAGES_V7, id="fr-la-duree-normale-des-etudes-est-de"),
    # --- The length of a degree the applicant holds (extractor v153)
    pytest.param("You need a degree from a university of at least three years' duration.", REAL_PAGES_V7,
                 id="en-a-degree-of-three-years"),
    pytest.param("Je hebt een diploma van een opleiding van minstens drie jaar.", REAL_PAGES_V7,
                 id="nl-een-diploma-van-een-opleiding-van-drie-jaar"),
    pytest.param("This is a tenure-track position with review after 6 years.", REAL_PAGES_V7, id="en-a-tenure-track-is-no-tenure"),
    # --- "au plus tard" is no cap on a length (extractor v145 reads "cinq ans au plus")
    pytest.param("Le dossier doit être envoyé deux mois au plus tard avant le départ du stage.", REAL_PAGES_V7,
                 id="fr-mois-au-plus-tard-is-no-cap"),
    # --- A label that is not the opportunity's own noun stays unread (extractor v138)
    pytest.param("Age: 30 years", REAL_PAGES_V7, id="en-an-age-label-is-no-length"),
    pytest.param("Experience: 2 years", REAL_PAGES_V7, id="en-an-experience-label-is-no-length"),
    # --- A bracket after a date that says how long before or ago is no length (extractor v130)
    pytest.param("Deadline: 15 March 2023 (2 weeks before the start)", REAL_PAGES_V7, id="en-weeks-before-in-brackets"),
    pytest.param("Published on 1 March 2024 (3 months ago)", REAL_PAGES_V7, id="en-months-ago-in-brackets"),
    # --- Money made available is no studio (extractor v129)
    pytest.param("Für das Programm stehen jährlich zehn Monate Förderung und 50.000 Euro zur Verfügung.", REAL_PAGES_V7,
                 id="de-funds-zur-verfuegung-without-a-studio"),
    # --- How long the applicant has lived or worked somewhere is no length (extractor v125)
    pytest.param("Full studentships for EU nationals who have lived in the UK for 3 years or more immediately before the "
                 "start of the project.", REAL_PAGES_V7, id="en-lived-in-the-uk-for-years"),
    # --- Years glued to a count are ages unless an opportunity follows; a count of years before a compound is no
    # length (extractor v110)
    pytest.param("Die 16- bis 25-jährigen Jugendlichen nehmen teil.", REAL_PAGES_V7, id="de-jaehrig-as-an-age"),
    pytest.param("Auch an der TU Berlin gelten die zehn Jahre Deutschlandstipendium als Erfolgsgeschichte.", REAL_PAGES_V7,
                 id="de-ten-years-of-a-scheme"),
    # --- A contest's dates and how long a call stays open are no stay's (extractor v88)
    pytest.param("Le concours se tiendra du mercredi 18 novembre 2015 au dimanche 13 décembre 2015.", REAL_PAGES_V7,
                 id="fr-a-contests-dates"),
    pytest.param("A) The entry period is from October 16, 2019 to April 1, 2020 (11:59 p.m. ET).", REAL_PAGES_V7,
                 id="en-the-entry-period"),
    pytest.param("A call usually stays open for 4 weeks.", REAL_PAGES_V7, id="en-a-call-stays-open-for"),
    # --- Ages read as lengths: longer than ten years, no opportunity lasts that long (extractor v88)
    pytest.param("Jongeren en organisaties kunnen subsidie aanvragen voor internationale projecten voor jongeren (13 tot 30 "
                 "jaar).", REAL_PAGES_V7, id="nl-an-age-range-in-brackets"),
    pytest.param("Ce concours annuel s'adresse aux élèves de 17 ans des écoles de l'Union européenne.", REAL_PAGES_V7,
                 id="fr-eleves-de-17-ans"),
    pytest.param("Pour 2022, le concours d'écriture s'ouvre à toute la jeunesse (11-25 ans) de la Communauté "
                 "d'agglomération.", REAL_PAGES_V7, id="fr-la-jeunesse-11-25-ans"),
    pytest.param("Applicants must have lived in Belgium for 12 months in the last 3 years.", REAL_PAGES_V7,
                 id="en-the-last-n-years-is-a-condition"),
    pytest.param("Vor der Prämierung hatten Innovationscoaches der bwcon die Studierenden vier Monate lang begleitet.",
                 REAL_PAGES_V7, id="de-n-monate-lang-in-a-past-is-no-length"),
    pytest.param("Zurückzahlen muss man das Geld nicht, wenn man nach Ende der Ausbildung mindestens fünf Jahre lang eine "
                 "Teilzeitbeschäftigung ausübt.", REAL_PAGES_V7, id="de-n-jahre-lang-in-a-condition-is-no-length"),
    pytest.param("Une bourse de 500 € pour un mois de séjour.", REAL_PAGES_V7, id="fr-an-amount-for-one-month-is-a-rate"),
    pytest.param("Très peu acceptent des contrats de stage rémunérés, surtout si ceux-ci durent moins de 2 mois.",
                 REAL_PAGES_V7, id="fr-if-they-last-less-than-is-a-condition"),
    pytest.param("Na een positieve evaluatie kan het mandaat met een tweede termijn van maximaal 2 jaar worden verlengd.",
                 REAL_PAGES_V7, id="nl-a-second-term-alone-is-no-length"),
    pytest.param("Eligible are postdoctoral researchers with at most 8 years of full-time equivalent research experience.",
                 REAL_PAGES_V5, id="en-years-of-experience-with-adjectives"),
    pytest.param("There will be at least two months between the submission of an application and the start of the "
                 "traineeship.", REAL_PAGES_V5, id="en-a-gap-between-two-steps"),
    pytest.param("Voltijds vrijwilligerswerk (5 dagen per week, 30-38 uur).", REAL_PAGES_V5,
                 id="nl-days-per-week-is-a-rate-not-a-length"),
    pytest.param("The student must be below 40 years of age for degree programs, and below 45 years for training courses.",
                 REAL_PAGES_V5, id="en-below-n-years-is-an-age"),
    pytest.param("Au total, 21 mois de gratification de stage seront répartis pour financer ces stages.", REAL_PAGES_V5,
                 id="fr-au-total-is-the-programme-not-one-stay"),
    pytest.param("Être âgé(e) entre 21 et 34 ans pendant la mission.", REAL_PAGES_V5,
                 id="fr-an-age-range-written-with-(e)-is-no-length"),
    # --- Corpus train split, extractor v9: age ranges and how long a condition has held
    pytest.param("D'une valeur de 7 600€, elles récompensent des jeunes de 18 à 30 ans qui veulent mener à bien un "
                 "projet personnel.", REAL_PAGES_V7, id="fr-age-range-of-young-people"),
    pytest.param("Le programme finance des emplois d'été destinés aux jeunes de 15 à 30 ans qui étudient à temps "
                 "plein.", REAL_PAGES_V7, id="fr-summer-jobs-for-young-people-aged"),
    pytest.param("Die Eltern müssen seit mindestens 5 Jahren ununterbrochen in Luxemburg beschäftigt sein.",
                 REAL_PAGES_V7, id="de-seit-mindestens-years-employed"),
    # --- Seed pages and other WBI pages: months and years that are something else
    pytest.param(
        "Les pièces justificatives sont déposées dans les deux mois qui suivent la cessation définitive de la "
        "période de stage subventionnée.",
        SEEDS_SAVED,
        id="decree-pieces-justificatives",
    ),
    pytest.param(
        "Après le début du stage, une subvention ne peut être octroyée que pour la période qui prend cours le "
        "jour qui suit le dépôt d'une demande complète, si le reste de la période s'élève au minimum à deux mois.",
        SEEDS_SAVED,
        id="decree-reste-de-la-periode",
    ),
    pytest.param(
        "La demande de subventionnement peut être introduite au plus tôt six mois avant le début du stage et "
        "doit être introduite au plus tard le jour avant le début du stage.",
        SEEDS_SAVED,
        id="decree-au-plus-tot-six-mois-avant",
    ),
    pytest.param(
        "La durée maximale du stage peut être portée à neuf mois à la demande explicite de l'organisation "
        "multilatérale en question et à condition que le stage soit lié à un projet.",
        SEEDS_SAVED,
        id="decree-extension-conditionnelle",
    ),
    pytest.param(
        "Si une subvention est octroyée pour une période inférieure à six mois, un financement supplémentaire "
        "pourra être octroyé, qui s'élèvera au maximum à la différence entre les six mois et la durée de la "
        "subvention déjà accordée.",
        SEEDS_SAVED,
        id="decree-difference-six-mois",
    ),
    pytest.param(
        "Le même montant mensuel vaut pour la période subventionnée entière, même si celle-ci s'étend sur deux "
        "années civiles.",
        SEEDS_SAVED,
        id="decree-annees-civiles",
    ),
    pytest.param("Ne pas encore avoir atteint l'âge de 35 ans au début du stage.", SEEDS_SAVED, id="decree-age"),
    pytest.param(
        "Être récemment diplômé(e) (le dernier diplôme obtenu doit avoir été délivré au plus tard 2 ans avant le "
        "début du stage).",
        SEEDS_SAVED,
        id="fao-diplome-2-ans-avant",
    ),
    pytest.param(
        "Le rapport sur la mission sera fourni au plus tard un mois après la réalisation du projet.",
        SEEDS_SAVED,
        id="citoyens-rapport-un-mois-apres",
    ),
    pytest.param(
        "Bourses d'études : Étudiants ayant réussi au minimum une année universitaire",
        SEEDS_SAVED,
        id="latvia-une-annee-universitaire",
    ),
    pytest.param("étudiants en master : 600€/mois", SEEDS_SAVED, id="latvia-euros-par-mois"),
    pytest.param("Être diplômé depuis moins de 5 ans.", SEEDS_SAVED, id="fr-diplome-depuis-moins-de"),
    pytest.param(
        "Les projets doivent se dérouler entre le 1er janvier et le 31 décembre 2026.",
        SEEDS_SAVED,
        id="fr-projet-periode",
    ),
    pytest.param(
        "Les candidatures du stage sont ouvertes du 1er février au 15 mars 2025.",
        SEEDS_SAVED,
        id="fr-candidatures-fenetre",
    ),
    pytest.param("Studenten die ten hoogste twee jaar geleden afgestudeerd zijn.", SEEDS_SAVED, id="nl-geleden"),
    pytest.param("Applicants need 2 years of experience.", SEEDS_SAVED, id="en-experience"),
    # --- WBI / FWB phrasings (extractor v3)
    pytest.param("Le stage débute le 1er mars 2025.", WBI_ROUND, id="a-start-alone-is-no-duration"),
    # --- English and Dutch wordings
    pytest.param(
        "Eligible period\nProjects must take place between 1 July and 31 December 2025.",
        EN_NL_ROUND,
        id="en-project-window",
    ),
    pytest.param(
        "At least three years of professional experience.",
        EN_NL_ROUND,
        id="en-years-of-professional-experience",
    ),
    pytest.param(
        "De projecten moeten plaatsvinden tussen 1 juli 2025 en 31 december 2025.",
        EN_NL_ROUND,
        id="nl-project-window",
    ),
    # --- Ages, frequencies, waits and fees are no lengths (extractor v15)
    pytest.param("Ouders van kinderen jonger dan 18 jaar kunnen een bijdrage voor de stage aanvragen.", EN_NL_ROUND,
                 id="nl-an-age-is-no-length"),
    pytest.param("You can apply to the fund for a residency once in a 12 month period.", EN_NL_ROUND,
                 id="en-how-often-one-may-apply"),
    pytest.param("U kan deze beurs om de twee jaar aanvragen.", EN_NL_ROUND, id="nl-om-de-twee-jaar"),
    pytest.param("Aanvraagperiode: 6 weken", EN_NL_ROUND, id="nl-the-application-period-is-no-stay"),
    pytest.param("Zat er tijd tussen het diploma en de start, dan gaat die tussenperiode af van de termijn van 4 jaar.",
                 EN_NL_ROUND, id="nl-a-gap-is-no-stay"),
    pytest.param("Une bourse pour une année académique.", EN_NL_ROUND, id="an-academic-year-gives-no-number"),
    pytest.param("Pour cette aide au stage, il faut avoir interrompu ses études depuis au moins deux ans.", EN_NL_ROUND,
                 id="since-at-least-two-years-is-a-condition"),
    pytest.param("La réglementation impose une période d'attente de 12 mois avant le stage.", EN_NL_ROUND,
                 id="a-waiting-period"),
    pytest.param("The tuition fee for 1 year and the insurance are included in the scholarship.", EN_NL_ROUND,
                 id="en-the-fee-for-one-year"),
    pytest.param("Au total, 21 mois de bourses ont été attribués.", EN_NL_ROUND, id="fr-a-total-without-a-verb-of-lasting"),
    pytest.param("De aanvragen moeten 6 maanden voor de start ingediend worden.", EN_NL_ROUND,
                 id="nl-voor-de-start-is-before"),
    pytest.param("Für 16- bis 25-jährige Jugendliche.", EN_NL_ROUND, id="de-jaehrig-is-an-age"),
    pytest.param("Gefördert werden Aufenthalte über 6 Monate.", EN_NL_ROUND, id="de-ueber-is-more-than"),
    # --- Bounded lengths that are conditions on the applicant, or delays (extractor v46)
    pytest.param("Het programma is voor jongeren van minstens 18 jaar.", EN_NL_ROUND, id="nl-at-least-18-is-an-age"),
    pytest.param("Pour le stage, il faut avoir réussi au moins trois années d'études.", EN_NL_ROUND,
                 id="fr-years-of-studies-done"),
    pytest.param("Für das Stipendium müssen Sie seit mindestens zwei Jahren in Tirol wohnen.", EN_NL_ROUND,
                 id="de-residence-for-at-least"),
    pytest.param("Der Antrag für das Praktikum muss mindestens einen Monat vor Beginn eingehen.", EN_NL_ROUND,
                 id="de-vor-beginn-is-before"),
    pytest.param("Voor de stage moet je minimum 78 dagen ingeschreven zijn als werkzoekende.", EN_NL_ROUND,
                 id="nl-registered-for-at-least"),
    pytest.param("De fuif voor de jeugdwerking moet minstens 2 maanden op voorhand aangevraagd worden.", EN_NL_ROUND,
                 id="nl-op-voorhand-is-in-advance"),
]

# --- Invented shapes of the misses in EXTRACTION-MISSES.md: (text, page language, (min, max) or None) ----

KNOWN_MISSES = [
    # --- U1: German ranges
    pytest.param(
        "Gefördert werden Aufenthalte zwischen zwei und fünf Monate.",
        "de",
        (2, 5),
        id="de-zwischen-zwei-und-fuenf-monate",
    ),
    pytest.param(
        "Gefördert werden Aufenthalte zwischen 2 und 5 Monaten.",
        "de",
        (2, 5),
        id="de-zwischen-2-und-5-monaten",
    ),
    # --- U2: the length far from its noun
    pytest.param(
        "The grant is for a stay in Belgium of between 2 months and 1 year.",
        "en",
        (2, 12),
        id="en-stay-in-belgium-of-between",
    ),
    pytest.param(
        "The grant is for a stay in the Flemish Region of between 2 months and 1 year.",
        "en",
        (2, 12),
        id="en-stay-in-a-multi-word-region-of-between",
    ),
    pytest.param(
        "The fellowship funds a research visit of between 3 and 6 months.",
        "en",
        (3, 6),
        id="en-research-visit-is-the-funded-thing",
    ),
    # --- U3: an academic year as the upper bound
    pytest.param(
        "Scholarships are granted to do research at a partner university for a period between 4 months and a "
        "single academic year (10 months).",
        "en",
        (4, 10),
        id="en-between-4-months-and-an-academic-year",
    ),
    # --- U4: a window to apply is not the stay
    pytest.param(
        "NIVEAU : Master.\nDATE LIMITE : du 10 septembre au 20 novembre 2025.\nFINANCEMENT : complet.",
        "fr",
        None,
        id="fr-date-limite-du-au-is-no-stay",
    ),
    pytest.param(
        "La demande doit être introduite entre le 1er février et le 15 mars 2025.",
        "fr",
        None,
        id="fr-demande-entre-et-is-no-stay",
    ),
    pytest.param(
        "Bourse de recherche\nLa demande doit être faite entre le 1er février et le 15 mars 2025.\nLe séjour "
        "dure trois mois.",
        "fr",
        (3, 3),
        id="fr-window-in-a-page-with-a-stay",
    ),
    # --- F0: parser errors hidden behind a news verdict
    pytest.param(
        "Le programme verse 900 € par mois aux étudiants d'une haute école de la Fédération Wallonie-Bruxelles, "
        "pendant deux mois au maximum",
        "fr",
        (None, 2),
        id="fr-pendant-deux-mois-au-maximum-in-a-feature",
    ),
    pytest.param(
        "Het verblijf duurt maximaal 2 maanden (62 dagen).",
        "nl",
        (None, 2),
        id="nl-days-in-brackets-do-not-replace-the-months",
    ),
    pytest.param(
        "Le stage d'un à deux mois est financé.\n300 € pour 3 à 4 semaines de stage.",
        "fr",
        (1, 2),
        id="fr-sub-case-length-does-not-lower-the-page-minimum",
    ),
]

# --- Number words -------------------------------------------------------------------------------

NUMBER_WORDS = [
    pytest.param("un", 1, id="fr-un"), pytest.param("une", 1, id="fr-une"), pytest.param("deux", 2, id="fr-deux"),
    pytest.param("Six", 6, id="fr-six"), pytest.param("onze", 11, id="fr-onze"),
    pytest.param("douze", 12, id="fr-douze"), pytest.param("quinze", 15, id="fr-quinze"),
    pytest.param("dix-huit", 18, id="fr-dix-huit"), pytest.param("vingt et un", 21, id="fr-vingt-et-un"),
    pytest.param("vingt-quatre", 24, id="fr-vingt-quatre"), pytest.param("trente-six", 36, id="fr-trente-six"),
    pytest.param("septante", 70, id="fr-be-septante"), pytest.param("nonante-neuf", 99, id="fr-be-nonante-neuf"),
    pytest.param("soixante-dix", 70, id="fr-soixante-dix"),
    pytest.param("één", 1, id="nl-een"), pytest.param("twee", 2, id="nl-twee"), pytest.param("zes", 6, id="nl-zes"),
    pytest.param("twaalf", 12, id="nl-twaalf"), pytest.param("vierentwintig", 24, id="nl-vierentwintig"),
    pytest.param("tweeëntwintig", 22, id="nl-tweeentwintig"),
    pytest.param("one", 1, id="en-one"), pytest.param("twelve", 12, id="en-twelve"),
    pytest.param("twenty-four", 24, id="en-twenty-four"),
    pytest.param("mois", None, id="not-a-number"), pytest.param("", None, id="empty"),
]

NUMBERS = [
    pytest.param("6", 6, id="digit"),
    pytest.param("1,5", 1.5, id="comma-decimal"),
    pytest.param("2.0", 2, id="dot-decimal"),
    pytest.param("six", 6, id="word"),
    pytest.param("x", None, id="not-a-number"),
]


# --- Tests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected", "evidence"), SEED_PAGES)
def test_seed_page(name, expected, evidence):
    duration = parse_duration(seed(name), reference_date=SEEDS_SAVED)
    assert values(duration) == expected
    if evidence:
        assert duration.evidence == evidence


def test_whole_months_are_ints_for_json():
    duration = parse_duration(seed("fao-liaison-internship.txt"), reference_date=SEEDS_SAVED)
    assert type(duration.min_months) is int and type(duration.max_months) is int


def test_seed_page_raw_text_gives_the_same_duration():
    raw = seed_raw("fao-liaison-internship.txt")
    assert values(parse_duration(raw, reference_date=SEEDS_SAVED)) == (6, 6, "2025-04-15", "2025-10-15")


@pytest.mark.parametrize(("text", "reference_date", "expected"), DURATIONS)
def test_duration_sentence(text, reference_date, expected):
    duration = parse_duration(text, reference_date=reference_date)
    assert values(duration) == expected
    assert duration.evidence


@pytest.mark.parametrize(("text", "reference_date"), NOT_DURATIONS)
def test_not_a_duration(text, reference_date):
    assert parse_duration(text, reference_date=reference_date) is None


@pytest.mark.parametrize(("text", "language", "expected"), KNOWN_MISSES)
def test_known_miss(text, language, expected):
    """(min, max) only, or None when no length should be read; the page's language is passed."""
    duration = parse_duration(text, reference_date=MISSES, language=language)
    assert (None if duration is None else (duration.min_months, duration.max_months)) == expected


def test_two_different_stays_keep_months_but_not_dates():
    text = "Dates du stage : du 1er mars au 31 mai 2025.\nDates du stage : du 1er septembre au 30 novembre 2025."
    assert values(parse_duration(text, reference_date=SEEDS_SAVED)) == (3, 3, None, None)


def test_a_second_term_in_the_next_sentence_lengthens_the_first():
    text = ("The grants are first awarded for 2 years. After an intermediate evaluation, a second term of maximum 2 "
            "years can be granted.")
    duration = parse_duration(text, reference_date=SEEDS_SAVED)
    assert (duration.min_months, duration.max_months) == (24, 48)
    assert "second term" in duration.evidence
    # Terms already counted ("2 x 2 jaar") take no second term again.
    counted = ("Het mandaat loopt over een termijn van 2 x 2 jaar. Na een positieve evaluatie kan het mandaat met een "
               "tweede termijn van maximaal 2 jaar worden verlengd.")
    assert values(parse_duration(counted, reference_date=SEEDS_SAVED))[:2] == (48, 48)


def test_a_question_about_length_heads_its_answer():
    """An FAQ's "Hoe lang? 5 maanden": the answer alone names no stay; the evidence keeps the question."""
    text = "Voor wie? Academici van 18 jaar en ouder.\nHoe lang? 5 maanden\nWaar? Brussel"
    duration = parse_duration(text, reference_date=SEEDS_SAVED)
    assert (duration.min_months, duration.max_months, duration.evidence) == (5, 5, "Hoe lang? 5 maanden")
    assert text[duration.span[0]:duration.span[1]] == "Hoe lang? 5 maanden"
    assert parse_duration("Voor wie? Academici.\nWaar? 5 maanden", reference_date=SEEDS_SAVED) is None
    # Under a heading that names no length (extractor v96: the heading used to hide the question).
    headed = "Dienstverband: Trainee\n\nVoor wie? Academici van 18 jaar en ouder.\n\nHoe lang? 5 maanden"
    duration = parse_duration(headed, reference_date=SEEDS_SAVED)
    assert (duration.min_months, duration.max_months, duration.evidence) == (5, 5, "Hoe lang? 5 maanden")


@pytest.mark.parametrize("bad", ["", "   ", None, 7, "Aucune durée ici."])
def test_bad_input_gives_no_duration(bad):
    assert parse_duration(bad, reference_date=SEEDS_SAVED) is None


@pytest.mark.parametrize(("word", "expected"), NUMBER_WORDS)
def test_number_from_word(word, expected):
    assert number_from_word(word) == expected


@pytest.mark.parametrize(("token", "expected"), NUMBERS)
def test_parse_number(token, expected):
    assert parse_number(token) == expected
