"""English and Dutch wordings of the facts the French pages state, normaliser by normaliser.

The strings are the typical phrasings of WBI's English pages and of Dutch
(Flemish and Brussels) opportunity pages, and the English translations of the
FAO and UNESCO seed pages (data/snapshot/translations/). Every case passes its
own reference date: no test reads the clock.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from normalise.classify import classify
from normalise.dates import parse_deadlines
from normalise.durations import parse_duration
from normalise.eligibility import parse_eligibility
from normalise.money import parse_stipends
from normalise.text import clean_text

TRANSLATIONS = Path(__file__).parents[2] / "data" / "snapshot" / "translations"
REFERENCE = date(2025, 1, 20)

# --- Deadlines ------------------------------------------------------------------------------------

DEADLINES = [
    ("en-fao-to-be-sent-by-friday", "Applications\nTo be sent by Friday 14 March 2025, at midnight to bourses@wbi.be",
     [("2025-03-14", "23:59")]),
    ("en-unesco-thursday-no-year", "Applications must be sent by Thursday 20 February at midnight to bourses@wbi.be",
     [("2025-02-20", "23:59")]),
    ("en-submitted-by", "Applications must be submitted by 31 March 2025.", [("2025-03-31", None)]),
    ("en-deadline-cet", "The deadline for applications is 15 April 2025 (23:59 CET).", [("2025-04-15", "23:59")]),
    ("en-closing-date", "Closing date: 1 May 2025", [("2025-05-01", None)]),
    ("en-apply-before", "Please apply before 30 June 2025.", [("2025-06-30", None)]),
    ("en-month-first-no-later-than", "Applications must be received no later than March 14, 2025 at 5 pm.",
     [("2025-03-14", "17:00")]),
    ("en-weekday-comma", "Deadline: Friday, 14 March 2025 at midnight", [("2025-03-14", "23:59")]),
    ("en-time-before-date", "Submit your application by 5 p.m. on 14 March 2025.", [("2025-03-14", "17:00")]),
    ("en-applications-close-on", "Applications close on 28 February 2025 at 23:59.", [("2025-02-28", "23:59")]),
    ("en-12-noon", "Applications: by 14 March 2025 at 12 noon.", [("2025-03-14", "12:00")]),
    ("en-monday-noon-no-year", "Send your application by Monday 3 March at noon to recrutement@wbi.be.",
     [("2025-03-03", "12:00")]),
    ("nl-uiterlijk-op", "Kandidaturen moeten uiterlijk op 15 maart 2025 worden ingediend.", [("2025-03-15", None)]),
    ("nl-deadline-om-12-uur", "De deadline is 1 april 2025 om 12 uur.", [("2025-04-01", "12:00")]),
    ("nl-indienen-voor", "Het volledige dossier indienen vóór 30 april 2025 via het online formulier.",
     [("2025-04-30", None)]),
    ("nl-tot-en-met-middernacht", "De aanvragen kunnen worden ingediend tot en met 28 februari 2025 om middernacht.",
     [("2025-02-28", "23:59")]),
    ("nl-ten-laatste-op", "Aanvragen moeten ten laatste op 15 mei 2025 worden ingediend.", [("2025-05-15", None)]),
    ("nl-vrijdag-zonder-jaar", "De kandidaturen moeten uiterlijk op vrijdag 14 maart om middernacht worden verstuurd.",
     [("2025-03-14", "23:59")]),
    ("nl-tegen", "De kandidaturen moeten tegen 1 april 2025 worden ingediend.", [("2025-04-01", None)]),
    ("nl-uiterste-datum", "De uiterste datum om een aanvraag in te dienen is vastgelegd op 1 april 2025.",
     [("2025-04-01", None)]),
]

NOT_DEADLINES = [
    ("en-webinar", "To present the two programmes, the CITF is organising a webinar on 12 February at 14:00 (UTC)."),
    ("en-ceremony", "The ceremony of the awards will take place on 12 June 2025."),
    ("en-eligible-period", "The project may take place until 31 October 2025."),
    ("en-report-after",
     "The report will be provided no later than one month after the project has been carried out."),
    ("nl-webinar",
     "Om de programma's voor te stellen, organiseert de CITF een webinar op 12 februari om 14 uur (UTC)."),
    ("nl-informatiesessie", "Een informatiesessie vindt plaats op 5 februari 2025 om 14 uur."),
    ("nl-verslag", "Het verslag wordt uiterlijk één maand na de uitvoering van het project bezorgd."),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DEADLINES], ids=[c[0] for c in DEADLINES])
def test_deadline(text, expected):
    deadlines = parse_deadlines(text, reference_date=REFERENCE)
    assert [(d.date, d.time) for d in deadlines] == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_DEADLINES], ids=[c[0] for c in NOT_DEADLINES])
def test_not_a_deadline(text):
    assert parse_deadlines(text, reference_date=REFERENCE) == []


# --- Stipends -------------------------------------------------------------------------------------

STIPENDS = [
    ("en-fao", "grants a monthly flat-rate allowance of 1,200 euros / month.", [(1200.0, "month", False)]),
    ("en-monthly-stipend", "The intern receives a monthly stipend of €1,200.", [(1200.0, "month", False)]),
    ("en-eur-per-month", "a grant of EUR 2,120 per month", [(2120.0, "month", False)]),
    ("en-per-month-decimals", "an allowance of €1,200.50 per month", [(1200.5, "month", False)]),
    ("en-up-to-per-project", "WBI grants up to €5,000 per project.", [(5000.0, "project", True)]),
    ("en-travel-up-to", "Travel costs reimbursed up to €500.", [(500.0, "once", True)]),
    ("en-weekly", "a weekly allowance of €250", [(250.0, "week", False)]),
    ("en-annual", "an annual grant of €15,000", [(15000.0, "year", False)]),
    ("en-fee-paid-by-participant", "Participants pay a registration fee of €150 to the organisers.", []),
    ("nl-maandelijkse-vergoeding", "een maandelijkse vergoeding van € 1.200", [(1200.0, "month", False)]),
    ("nl-maximaal-per-project", "De tussenkomst bedraagt maximaal € 5.000 per project.", [(5000.0, "project", True)]),
    ("nl-euro-per-maand", "de beurs bedraagt 600 euro per maand", [(600.0, "month", False)]),
    ("nl-budget-of-the-call", "Het totale budget van de oproep bedraagt € 60.000.", []),
    ("nl-inschrijvingsgeld", "Het inschrijvingsgeld van € 150 is ten laste van de kandidaat.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STIPENDS], ids=[c[0] for c in STIPENDS])
def test_stipends(text, expected):
    assert [(s.amount, s.period, s.is_maximum) for s in parse_stipends(text)] == expected


# --- Durations ------------------------------------------------------------------------------------

DURATIONS = [
    ("en-6-month-internship", "Wallonie-Bruxelles International offers a 6-month internship in Dakar.", (6, 6)),
    ("en-six-month-hyphen", "a six-month internship at the Delegation", (6, 6)),
    ("en-one-year-contract", "The Delegation is recruiting an officer on a one-year fixed-term contract.", (12, 12)),
    ("en-three-week-summer-school", "to attend a three-week summer school in Florence", (0.7, 0.7)),
    ("en-period-of-three-to-six", "The grant is paid for a period of three to six months.", (3, 6)),
    ("en-from-to", "Internship dates: from 1 April to 30 September 2025.", (6, 6)),
    ("en-up-to-months",
     "Duration of the programme\n- Study scholarships: up to 10 months (for doctoral students - up to 11 months)",
     (None, 11)),
    ("nl-stage-van-zes-maanden", "WBI biedt een stage van zes maanden aan.", (6, 6)),
    ("nl-van-tot", "Stage: van 1 april tot 30 september 2025", (6, 6)),
    ("nl-taalcursus-weken", "voor een taalcursus van vier weken in juli 2025", (0.9, 0.9)),
    ("nl-tot-maanden", "Duur van het programma\n- Studiebeurzen: tot 10 maanden (voor doctorandi - tot 11 maanden)",
     (None, 11)),
]

NOT_DURATIONS = [
    ("en-project-window", "Eligible period\nProjects must take place between 1 July and 31 December 2025."),
    ("en-experience", "At least three years of professional experience."),
    ("nl-project-window", "De projecten moeten plaatsvinden tussen 1 juli 2025 en 31 december 2025."),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DURATIONS], ids=[c[0] for c in DURATIONS])
def test_duration(text, expected):
    duration = parse_duration(text, reference_date=REFERENCE)
    assert duration is not None
    assert (duration.min_months, duration.max_months) == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_DURATIONS], ids=[c[0] for c in NOT_DURATIONS])
def test_not_a_duration(text):
    assert parse_duration(text, reference_date=REFERENCE) is None


# --- Eligibility ----------------------------------------------------------------------------------

ELIGIBILITY = [
    # (id, text, field, expected)
    ("en-under-30", "Applicants must be under 30.", "age_max", 30),
    ("en-35-or-younger", "Be aged 35 or younger on 1 January 2025.", "age_max", 35),
    ("en-not-be-older-than", "Applicants must not be older than 30.", "age_max", 30),
    ("nl-jonger-dan", "Je bent jonger dan 30 jaar.", "age_max", 30),
    ("nl-niet-ouder-dan", "Niet ouder dan 35 jaar zijn op de uiterste indieningsdatum.", "age_max", 35),
    ("en-graduated-no-more-than", "or have graduated no more than two years ago.", "graduated_within_years", 2),
    ("en-fao-awarded-before-start",
     "or be a recent graduate (the last degree obtained must have been awarded no more than 2 years before the "
     "start of the internship).", "graduated_within_years", 2),
    ("nl-pas-afgestudeerd", "Je bent pas afgestudeerd (maximaal twee jaar).", "graduated_within_years", 2),
    ("en-enrolled-fwb", "Be enrolled at a higher education institution of the Wallonia-Brussels Federation.",
     "requires_fwb", True),
    ("en-doctorate-obtained-fwb", "Hold a doctorate obtained from a university of the Wallonia-Brussels Federation.",
     "requires_fwb", True),
    ("nl-ingeschreven-fwb",
     "Je bent ingeschreven aan een instelling voor hoger onderwijs van de Federatie Wallonië-Brussel.",
     "requires_fwb", True),
    ("nl-franstalige-belgische", "Studenten van Franstalige Belgische instellingen voor hoger onderwijs",
     "requires_fwb", True),
    ("en-founding-member", "Its founding members are France, Canada, Quebec and the Wallonia-Brussels Federation.",
     "requires_fwb", None),
    ("en-fluent", "Be fluent in English and French.", "languages", ["en", "fr"]),
    ("nl-goede-kennis", "Je hebt een goede kennis van het Engels.", "languages", ["en"]),
    ("en-french-speaking-is-not-a-language", "giving French-speaking artists the opportunity to meet", "languages", []),
    ("en-german-is-an-asset", "Fluent in French and English; knowledge of German is an asset.", "languages",
     ["en", "fr"]),
    ("en-first-or-second-cycle",
     "Be enrolled at a higher education institution of the Wallonia-Brussels Federation, at first- or second-cycle "
     "level, or be a recent graduate.", "levels", ["bachelor", "master", "graduate"]),
    ("nl-enrolled-or-graduated",
     "Je bent ingeschreven aan een instelling voor hoger onderwijs of je bent pas afgestudeerd (maximaal twee jaar).",
     "levels", ["bachelor", "master", "graduate"]),
    ("en-academic-and-scientific-staff", "Academic and scientific staff of French-speaking Belgian institutions",
     "levels", ["staff"]),
    ("nl-academisch-personeel", "Academisch en wetenschappelijk personeel van Franstalige Belgische instellingen",
     "levels", ["staff"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in ELIGIBILITY], ids=[c[0] for c in ELIGIBILITY])
def test_eligibility(text, field, expected):
    assert getattr(parse_eligibility(text), field) == expected


# --- Classification -------------------------------------------------------------------------------

PAGES = [
    ("en-internship-at-title", "Internship at the Wallonia-Brussels Delegation in Dakar",
     "The intern receives a monthly stipend. Applications must be submitted by 31 March 2025.", True, "internship"),
    ("en-call-for-applications", "Call for applications: research fellowships in Montreal",
     "Fellows receive a monthly allowance.", True, "scholarship"),
    ("en-job-vacancy", "Job vacancy: communication officer",
     "Send your application by Monday 3 March at noon to recrutement@wbi.be.", True, "job"),
    ("en-submit-a-project", "",
     "The programme supports co-productions at every stage of creation. Submit a project: bit.ly/x\n"
     "The deadline for submitting an application is 1 April 2025.", True, "call_for_projects"),
    ("nl-stage-bij", "Stage bij de Delegatie Wallonië-Brussel in Parijs",
     "De deadline is 1 april 2025 om 12 uur.", True, "internship"),
    ("nl-beurzen-voor", "Beurzen voor een zomercursus Spaans in Salamanca",
     "Het volledige dossier indienen vóór 30 april 2025.", True, "scholarship"),
    ("nl-oproep-tot-kandidaturen", "Oproep tot kandidaturen: studentenprojecten",
     "De tussenkomst bedraagt maximaal € 5.000 per project. De aanvragen kunnen worden ingediend tot en met "
     "28 februari 2025.", True, "call_for_projects"),
    ("en-agreement-signed", "Wallonia-Brussels and Quebec sign a new agreement",
     "The ministers signed an agreement that renews the cooperation between the two governments, including "
     "internships and scholarships. The first calls for applications are expected in the autumn.", False, "news"),
    ("en-conference-registration", "Conference: artificial intelligence and the future of work",
     "A conference on 8 April 2025. Registration required before 1 April 2025.", False, "event"),
    ("nl-conferentie", "Conferentie: de toekomst van de Europese landbouw",
     "Deelname is gratis, maar inschrijving is verplicht vóór 20 maart 2025.", False, "event"),
    ("nl-akkoord-ondertekend", "Wallonië-Brussel en Vietnam ondertekenen een samenwerkingsprogramma",
     "Het programma voorziet in beurzen voor doctorandi. De eerste projectoproepen worden in het najaar gelanceerd.",
     False, "news"),
]


@pytest.mark.parametrize(("title", "body", "is_opportunity", "kind"), [c[1:] for c in PAGES], ids=[c[0] for c in PAGES])
def test_classify(title, body, is_opportunity, kind):
    result = classify(title, body)
    assert (result.is_opportunity, result.kind) == (is_opportunity, kind), result.reason


@pytest.mark.parametrize(
    ("name", "title", "url"),
    [
        ("fao-liaison-internship.en.txt", "", None),
        ("fao-liaison-internship.en.txt", "Internship at the FAO Liaison Office in Brussels",
         "https://www.wbi.be/en/news/internship-fao-liaison-office-brussels"),
        ("unesco-internships.en.txt", "", None),
    ],
)
def test_english_translations_are_internships(name, title, url):
    """The 'Applications' heading and 'To be sent by …' outweigh 'cooperation' and 'collaboration'."""
    body = clean_text((TRANSLATIONS / name).read_text(encoding="utf-8"))
    result = classify(title, body, url=url, language="en")
    assert (result.is_opportunity, result.kind) == (True, "internship"), result.reason
