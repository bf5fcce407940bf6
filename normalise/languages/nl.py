"""Dutch words of the extractors: data only, compiled by ``normalise.languages`` (see ``fr.py``)."""

MONTHS = {
    1: ["januari", "jan"], 2: ["februari", "feb"], 3: ["maart", "mrt"], 4: ["april", "apr"], 5: ["mei"],
    6: ["juni"], 7: ["juli"], 8: ["augustus", "aug"], 9: ["september", "sep", "sept"], 10: ["oktober", "okt"],
    11: ["november", "nov"], 12: ["december", "dec"],
}
WEEKDAYS = {0: ["maandag"], 1: ["dinsdag"], 2: ["woensdag"], 3: ["donderdag"], 4: ["vrijdag"], 5: ["zaterdag"],
            6: ["zondag"]}

NUMBERS = {
    "units": ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "teens": ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
              "negentien"],
    "tens": {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig",
             80: "tachtig", 90: "negentig"},
    # "tweeëntwintig": unit, "en" (with a diaeresis after an e), tens; also accepted without it.
    "compound": "unit-en-tens",
    "extra": {"één": 1, "eén": 1},
    # Hundreds and thousands in amounts written out, glued to the count: "vijfduizend euro", "zevenhonderd euro".
    "multipliers": {100: ["honderd"], 1000: ["duizend"]},
    # Words that make a hundred or a thousand vague, no amount: "een paar honderd euro", "enkele duizenden".
    "vague": ["paar", "enkele", "aantal"],
    # Lengths with a half: "twee en een half jaar", "tweeënhalf jaar" (after the count); "anderhalf jaar",
    # "een half jaar" (words).
    "halves": {"after_count": [r"\s+en\s+een\s+halve?", r"ënhalf", r"enhalf"], "after_unit": [],
               "words": {r"anderhal(?:f|ve)\s+": 1.5, r"een\s+hal(?:f|ve)\s+": 0.5}, "article": [r"een"]},
}

CUES = {
    "deadline_cue": [r"\blaatste\s+(?:dag|datum)\s+(?:om|voor)\b", r"afgesloten\s+op", r"(?:indien(?:ings)?|aanvraag|inzend|inschrijvings)termijn", r"inleverdatum", r"inzenddatum", r"uiterlijk", r"uiterste\s+\w*datum", r"\buiterste\s+data\b", r"\buiterste\s+termijn", r"indiendata", r"indienmoment", r"sluitingsdatum", r"\bsluiting\s*:", r"indiendatum", r"ten\s+laatste", r"\btermijn\s*:"],
    "application": [r"\bmeedingen\b", r"kandidaatstelling", # "Laat het ons vóór vrijdag 7 april weten": let us know by
                    r"\blaat\s+(?:het\s+)?(?:ons|me|mij)\s+(?:dan\s+)?(?:vóór|voor|tegen|uiterlijk|ten\s+laatste)\b", r"\baan\s+te\s+melden\b", r"\bregistratie", r"\bregistre(?:er|ren)\s+(?:je\s+|jezelf\s+|u\s+)?(?:vóór|voor|tot|ten\s+laatste|uiterlijk)\b", r"\binlever", r"\bstuur(?:t)?\b", r"\bverstuur", r"\bin(?:ge)?stu(?:urd|ren|urt)\b", r"\b(?:wedstrijd|oproep|programma)\s+(?:is\s+|staat\s+)?open",
                    # a vacancy: "De vacature staat open tot …", "Deze vacature sluit op …"
                    r"\bvacature\s+(?:staat\s+open|is\s+open|sluit|loopt)\b", r"regeling\s+(?:is\s+|staat\s+)?open",
                    # what is applied for, said to close: "Het fonds opent op 1 februari en sluit op 30 november"
                    r"\b(?:fonds|regeling|subsidie\w*|wedstrijd|prijsvraag|beurs|oproep|ronde|inschrijvingen|aanmeldingen)\b"
                    r"[^;:]{0,60}?\bsluit(?:en)?\b", r"aanvra(?:ag|gen)", r"aangevraagd", r"kandidat(?:uur|uren|eren)",
                    # "Kandideer vóór 15 april!", "Inzenden kan tot en met woensdag 19 oktober"
                    r"kandide(?:er|ert|ren)\b", r"\baanmeld",
                    # "Inzendingen tussen 1 februari en 15 juni", "Reageren vóór 17 mei" (a vacancy)
                    r"\binzend", r"\bperiode\s+om\s+(?:in\s+te\s+dienen|aan\s+te\s+vragen|te\s+solliciteren)", r"\breageren\s+(?:kan\s+)?(?:tot|voor|vóór|t/m)\b", r"\breageer\s+(?:vóór|voor|tot|ten\s+laatste|uiterlijk)\b",
                    r"\bformulier",
                    # a prize's candidates are put forward: "personen voordragen", "Een talent voordragen kan tot"
                    r"\bvoordr(?:agen|acht)\b", r"\bvoor\s+te\s+dragen\b", r"\binzenden\b", r"\bin\s+te\s+zenden", r"\bingezonden",
                    # not "indien" alone (the Dutch "if": "Indien je vragen hebt"), the French "indienne(s)", "indiens",
                    # nor "indiensttreding" (taking up a post)
                    r"indien(?!\b|stt|nes?\b|s\b)", r"inschrij(?!vingsgeld)", r"\bschrijf\s+(?:je|u|jullie)\s+(?:(?:je|u|zich)\s+)?(?:(?:dan|nu|snel|hier|online)\s+)?in\b",
                    # "Stel je kandidaat vóór 15 maart"
                    r"\bstel\s+(?:je|u|jezelf|uzelf)\s+kandidaat\b", r"\bmeld\s+(?:je|u)\s+(?:(?:je|u|zich)\s+)?(?:(?:dan|nu|snel|hier|online)\s+)?aan\b",
                    # "Wie in aanmerking wil komen, schrijft zich vóór 22 mei in"
                    r"\bschrijf(?:t|en)?\s+zich\b",
                    r"sollicit", r"uiterlijk", r"\b(?:in|op)sturen", r"\bbezorg", r"voorstel", r"\boproep",
                    # "De wedstrijd loopt nog tot …"
                    r"\bwedstrijd\s+loopt\s+(?:nog\s+)?tot\b",
                    # a vacancy: "Geïnteresseerden sturen hun cv en motivatiebrief naar … tegen 15 maart"
                    r"motivatiebrief",
                    # separable "aanvragen": "Eenmalige subsidies vraagt u … aan", "Vraag dit … aan"
                    r"\bvraagt?\s+(?:u|je|jij|dit|de|een)\b",
                    # "om zich kandidaat te stellen", "Deelnemen kan tot 15 maart"
                    r"\bkandidaat\s+(?:te\s+)?stel", r"\bintentieverklaring", r"\bblijk(?:en)?\s+van\s+interesse", r"\baandr(?:agen|aagt)\b", r"\bnomineren\b",
                    # separable "indienen", "inschrijven": "Dien je project in vóór …", "Laatste dag om in te schrijven"
                    r"\bdient?\s+(?:\w+\s+){1,3}in\b", r"\bin\s+te\s+schrijven\b", r"\bregistre(?:ren|ratie)", r"\bdeelnemen\s+(?:aan\s+(?:de|het)\s+\w+\s+)?kan\s+(?:nog\s+)?(?:tot|t/m|vóór|voor)\b"],
    "apply_verb": [r"\bmeedingen\b", r"\bformulier\s+(?:\w+\s+)?in\s+te\s+vullen\b", r"aan\s+te\s+melden", r"\baanmelden\b", r"in\s+te\s+dienen", r"\bvoordragen\b", r"\bvoor\s+te\s+dragen\b", r"(?:in|op)\s+te\s+sturen", r"aan\s+te\s+vragen", r"\bindienen", r"ingediend", r"solliciteren", r"inschrijven", r"aanvragen",
                   # the verb last, in the third person: "indien de vereniging minstens 2 maanden op voorhand de fuif
                   # officieel aanvraagt"
                   r"\baanvraagt\b", r"\bindient\b", r"kandidaat\s+(?:te\s+)?stellen", r"\baandragen\b", r"\bnomineren\b", r"\bin\s+te\s+schrijven\b", r"\bregistreren\b",
                   # a candidate passed on: "Wie een geschikte kandidaat kent, kan die nog tot 15 februari doorgeven"
                   r"\bdoorgeven\b", r"\bdoor\s+te\s+geven\b",
                   # "Geïnteresseerden kunnen tot 15 april hun project insturen"
                   r"\binsturen\b", r"\bopsturen\b"],
    # Another party's step, not the applicant's sending: questions asked before the deadline.
    "other_party": [r"\bvragen\s+(?:\w+\s+){0,3}(?:stellen|gesteld)\b",
                    # the referees' own step: "door de referenten worden ingediend"
                    r"\bdoor\s+(?:de|je|uw)\s+referent(?:en)?\b", r"\b(?:de|je|uw)\s+referenten\b"],
    # Money that is not the beneficiary's: a research project's running costs; a sum made available as a whole.
    "running_costs": [r"werkingsmiddel", r"werkingstoelage", r"werkingskrediet"],
    "made_available": [r"beschikbaar", r"ter\s+beschikking", r"werd(?:en)?\s+aangevraagd"],
    # Hours or days of work before a period word ("16 uur per week"): a working time, not a rate.
    "working_time": [r"uur", r"uren", r"dagen"],
    # Studies or a degree, the work a perfect tense may say is done by a date ("… afgerond hebben").
    "studies": [r"studie", r"opleiding", r"diploma", r"scriptie", r"masterproef"],
    # The selection's body as the one the application goes to: "Stuur je kandidatuur naar de selectiecommissie vóór …"
    "to_the_committee": [r"\b(?:aan|naar|bij)\s+de\s+(?:selectie)?(?:commissie|jury)\b"],
    # Someone else examines the applications by the date: "De commissie beoordeelt de aanvragen tegen …"
    "evaluates_applications": [r"\b(?:beoordeel|bekijk|evalueer|onderzoek)\w*\s+(?:de|alle|uw|je|jouw)\s+(?:aanvragen|kandidaturen|dossiers|projecten|voorstellen)\b"],
    "selection_act": [r"\bbeoordeeld\b", r"\b(?:je|jij|u|kandidaten|aanvragers|deelnemers)\s+(?:ontvang(?:t|en)|krijg(?:t|en)?)\b",
                      # "Uiterlijk 4 oktober hoor je of je aanvraag is toegekend"
                      r"\bhoor(?:t)?\s+(?:je|jij|u)\b", r"\blaten\s+(?:je|jou|u|jullie)\b", r"bekendmaking", r"\bbeslis", r"geïnformeerd", r"geselecteerd", r"\bselectie", r"\bgesprek", r"\bantwoord",
                      r"\buitslag", r"\bgecontacteerd", r"op\s+de\s+hoogte\s+(?:gebracht|gesteld)", r"genomineerd", r"in\s+kennis\s+gesteld", r"(?:wordt|worden)\s+(?:\w+\s+)?(?:meegedeeld|bekendgemaakt|onthuld)",
                      r"\bbevestig\w*\s+(?:hun|je|jouw|uw|zijn|haar|de)\s+(?:deelname|aanwezigheid|plaats)", r"\bbeoordeel"],
    "date_event": [r"\bgeldig\s+tot", r"\bafgestudeerd", r"afrekening", r"infosessie", r"vindt\s+plaats", r"bekendgemaakt", r"\bonthuld", r"verslag", r"betaling",
                   # "Het inschrijvingsgeld moet … betaald zijn", "Het eindrapport moet … worden ingediend"
                   r"\bbetaald\b", r"\bgestort\b", r"\beindrapport", r"in\s+werking",
                   r"inwerkingtreding", r"opgeheven", r"\bloopt\s+(?:van|tussen)", r"plaatsvind",
                   # (not the applying ending: "De indieningstermijn eindigt op …", "De aanvraagperiode eindigt …")
                   r"(?<!termijn\s)(?<!periode\s)(?<!oproep\s)(?<!\bcall\s)(?<!inschrijvingen\s)(?<!kandidaturen\s)(?<!aanvragen\s)eindig",
                   r"\bbehaald", r"verdedig",
                   r"\bwebinars?\b", r"\binfo(?:moment|avond|dag|namiddag)", r"\bbetaa?l(?:d|t|en)\b",
                   r"\bterugbetaling", r"\buitbetaald", r"\buitgekeerd", r"\bsleutels?\b", r"\b(?:voorbije|vorige)\s+editie"],
    "start": [r"aanvang", r"\bbegint"],
    # A year-long period named before its dates: "het academiejaar van 1 september tot 31 augustus" is that year,
    # not an application window.
    "year_period": [r"\b(?:academie|school|studie|werk|boek|kalender|college)jaar\s+(?:van|vanaf)?\s*$"],
    "start_attribute": [r"\b(?:stages?|verblijf|mobiliteit|stageperiode)\s+(?:vanaf|van)\s*$",
                        r"\b(?:startend|beginnend)\s+(?:op|in)?\s*$"],
    # A call closing as a call closes (a year or a stay "eindigt": not these), said after its opening:
    # "die 18 september 2023 opent en sluit op 1 december 2023".
    "closes": [r"\bsluit\b", r"\bsluiten\b"],
    "opening": [r"\bopent\b", r"\bopenen\b", r"\bgeopend\b", r"\b(?:oproep|vacature)\s+gepubliceerd\b", r"\bopening", r"\bgaat\s+open", r"\bgelanceerd\b", r"\blanceert\b"],
    "recurring": [r"elk\s+jaar", r"ieder\s+jaar", r"jaarlijks"],
    # Done, said after the date (Dutch puts the verb last): "Het project moet uiterlijk op 30 juni afgerond zijn".
    # What is handed in after the activity, not an application: "een verslag … binnen de maand na terugkeer".
    "due_afterwards": [r"verslag", r"afrekening", r"\bbewijsstukken", r"\bterugbetaling", r"\bonkostennota"],
    "completed": [r"\bafgerond\b", r"\bvoltooid\b", r"\bafgewerkt\b", r"\bbeëindigd\b", r"\buitgevoerd\b",
                  # the grant taken up, the project started: "De beurs moet uiterlijk op 1 oktober opgenomen worden"
                  # (not what is handed back: "Het formulier moet uiterlijk … terugbezorgd worden" is applying)
                  r"\bopgenomen\s+(?:worden|zijn|hebben)\b", r"\bvan\s+start\s+(?:gaan|gaat)\b"],
    "postponed": [r"\bverleng(?:d|de)?\b", r"\buitgesteld", r"\bverschoven", r"\bnieuwe\s+deadline"],
    # A sentence that points back to the one before: "Dat kan tot 23 december" after "Kandidaten voordragen".
    "anaphora": [r"(?:dat|dit|het)\s+(?:kan|mag|is\s+(?:nog\s+)?mogelijk)\b", r"(?:je|u|jij)\s+(?:kan|kunt|mag)\s+dat\b"],
    # A question asking when ("Wanneer aanvragen?", "Tot wanneer kan ik indienen?"): a bare date answering it is when.
    "when_question": [r"\bwanneer\b", r"\bop\s+welke\s+datum\b"],
    # A table column of the call's close ("Ronde | Opening | Sluiting"): its dates are the deadlines.
    "closing_column": [r"\bsluit", r"\beinde\b", r"\buiterste\b"],
    # A later clause that makes the date the deadline after all: "… ; aanvragen die vóór die datum binnenkomen …".
    "received_by_that_date": [r"\b(?:aanvragen|kandidaturen|inzendingen)\s+(?:die\s+)?(?:vóór|voor|tegen|tot)\s+(?:die|deze)\s+datum\s+(?:\w+\s+)?(?:binnen|ontvangen|ingediend)"],
    # The deadline named as a noun, which may govern its date ("na de deadline van 12 mei", "Deadline?").
    "deadline_noun": [r"\bdeadline", r"\bsluitingsdatum", r"\buiterste\s+\w*datum", r"\bindiendatum"],
    # A line that is only the closing preposition and its date ("Tot 15 maart 2023" under a call's name).
    "until_line": [r"(?:open\s+)?tot(?:\s+en\s+met)?", r"(?:open\s+)?t/m", r"(?:open\s+)?tem\b"],
    # A birth date bounding an age ("geboren na 31 december 1990"): no deadline.
    "born": [r"\bgeboren\s+(?:vóór|voor|na|op|tussen|in)"],
    # An age said in years ("17 jaar oud"): a date in brackets right before it is the day the age is counted on.
    "years_old": [r"jaar\s+oud"],
    "earliest": [r"ten\s+vroegste"],
    # An act cited by its date ("de wet van 23 maart 1995", "het besluit van de Vlaamse Regering van 12 juni 2001").
    "act_cited": [r"\b(?:wet|decreet|besluit|koninklijk\s+besluit|ordonnantie|omzendbrief|verordening|richtlijn)\b[^.;:()]{0,40}?\bvan"],
    # An act's recitals and formalities ("Gelet op het advies van de Raad van State", under "Vormvereisten").
    "recital": [r"(?<!\w\s)(?<!\w)gelet\s+op\b", r"\bvormvereisten\b", r"\brechtsgronden\b"],
    "publication_stamp": [r"gepubliceerd", r"gepost"],
    # "De werken moeten vóór 15 maart binnen zijn": sent in by the date
    "deadline_cue_after": [r"uiterlijk", r"ten\s+laatste", r"\bbinnen\s+(?:zijn|moeten\s+zijn)\b",
                           # "Tot 15 mei loopt de indieningstermijn", "15 mei is de deadline"
                           r"loopt\s+de\s+\w*termijn", r"is\s+de\s+(?:deadline|uiterste\s+datum)"],
    "closing_label": [r"sluiting"],
    "deadline_preposition": [r"\b(?:verlengd|uitgesteld)\s+(?:tot|naar)", r"\bt\.e\.m\.", r"\bt/m", r"\btem\b", r"\bsluit\s+op", r"\beindigt\s+op", r"\btot(?:\s+en\s+met)?", r"\bvóór", r"\bvoor", r"\btegen", r"\bop"],
    # A window named as the application's: "période d'inscription", "Registration runs from …".
    "application_period": [r"(?:aanvraag|indien(?:ings)?|inzend|inschrijvings)(?:periode|termijn)", r"periode\s+om\s+(?:in\s+te\s+dienen|aan\s+te\s+vragen|te\s+solliciteren)",
                           r"(?:inschrijvingen|aanmeldingen|aanvragen|oproep)\s+lo(?:pen|opt)\b"],
    "range_from": [r"\bvan", r"\bvanaf", r"\btussen"],
    # (Flemish writes "tot en met" "tem": "20 januari 2024 tem 31 maart 2024")
    "range_to": [r"tot\s+en\s+met", r"t/m", r"t\.e\.m\.", r"tem\b", r"tot", r"en",
                 # a date moved: "verschoven van 5 september naar 2 december" (its end is the new deadline)
                 r"naar"],
    "period_month": [r"^\s*(?:netto\s+|bruto\s+)?p\s?[/.]\s?m\b", r"^\s*pm\b", r"/\s?mnd\b", r"\bper\s+mnd\b", r"\bper\s+(?:kalender|stage|beurs)maand\b", r"maandvergoeding", r"maandbedrag", r"maandbeurs", r"maandtoelage", r"/\s?maand\b", r"\bper\s+maand\b", r"\bper\s+(?:volledige|hele|volle)\s+maand\b", r"\bmaandelijks", r"\belke\s+maand\b", r"maandsalaris", r"maandloon"],
    "period_week": [r"/\s?week\b", r"\bper\s+week\b", r"\bwekelijks", r"weekvergoeding", r"weekbedrag"],
    "period_day": [r"\bper\s+(?:fysieke|virtuele|gewerkte|gepresteerde|volle|halve)\s+dag\b", r"dagvergoeding", r"per\s+werkdag", r"\bper\s+dag\b", r"/\s?dag\b"],
    "period_year": [r"\bper\s+projectjaar\b", r"\bvoor\s+het\s+eerste\s+jaar\b", r"\bper\s+(?:volledig|heel|vol)\s+(?:kalender|academie|school|studie|werk)?jaar\b", r"\bper\s+kalenderjaar\b",
                    r"\bper\s+jaar\b", r"/\s?jaar\b", r"\bjaarlijks", r"\bper\s+(?:studie|academiejaar|collegejaar)",
                    # "per schooljaar een tegemoetkoming van € 250", "maximaal € 450 per kind, per cursusjaar"
                    r"\bper\s+(?:school|cursus)jaar\b",
                    r"\bvoor\s+(?:één|een|1)\s+jaar\b", r"\bvoor\s+het\s+(?:\w+\s+)?(?:school|academie|studie|werk)?jaar\b",
                    # "25 euro per bestaand jaar"
                    r"\bper\s+[a-z]+\s+jaar\b", r"\bop\s+jaarbasis\b",
                    # "Studenten ontvangen elk jaar 500 euro", "Jaarsalaris: € 40.000"
                    r"\b(?:elk|ieder)\s+(?:academie|studie|school)?jaar\b", r"\bjaarsalaris", r"\bjaarloon",
                    r"\bjaarbeurs", r"\bjaarvergoeding", r"\bjaarbedrag", r"\bjaartoelage"],
    "period_project": [r"\bper\s+proje(?:c)?t\b", r"\b(?:elk|ieder)\s+(?:\w+\s+)?proje(?:c)?t\b",
                       r"\(\s*per\s+proje(?:c)?t\b"],
    "period_once": [r"\beenmalig"],
    "paid": [r"\bwin(?:t|nen)?\b", r"\baan(?:te\s+)?vragen\b", r"\baangevraagd\b", r"budget\s+(?:\w+\s+)?per\s+project", r"\bper\s+project\b", r"beloning", r"beurs", r"beurzen", r"prijzen", r"stipendi(?:um|a)", r"toelage", r"vergoeding", r"subsidie", r"premie(?!r)", r"prijs", r"salaris", r"bedrag",
             r"ontvang", r"\bkrijg(?:t|en)\b",
             # what the page says you get, as a label or a question: "Dit krijg je", "Hoeveel?" (not what it costs)
             r"\bkrijg\s+(?:je|jij|u)\b", r"\bhoeveel\b(?!\s+kost)", r"bijdrage", r"subsidiër", r"startkapitaal", r"betaald", r"financier", r"terugbetal", r"tegemoetkoming", r"steun", r"(?<!wal)loon",
             r"tussenkomst", r"kosten", r"per\s+(?:deelnemer|persoon|student)", r"winnaar", r"laure?a(?:at|ten)", r"reis", r"verblijf",
             # a ranking's prize: "2de plaats: € 500"
             r"\b(?:1ste|2de|3de|eerste|tweede|derde)\s+plaats\b"],
    # (not "inkomensonafhankelijk", "ongeacht het inkomen")
    # A Community's study allowance, paid per school or academic year by law: "Studietoelage: € 1.500".
    "study_allowance": [r"studietoelage"],
    "income": [r"(?<!ongeacht het )(?<!afhankelijk van het )(?<!afhankelijk van je )(?<!afhankelijk van uw )(?<!hangt af van het )(?<!hangt af van je )(?<!naargelang het )inkomen(?!s?onafhankelijk)", r"inkomsten", r"\bbelastbaar",
               # the means the applicant must prove: "aantonen dat je over 700 euro per maand beschikt"
               r"\baantonen\s+dat\s+(?:je|u|hij|zij)\s+over\b", r"\bbestaansmiddelen"],
    "average": [r"\bgemiddeld"],
    "requested": [r"\b(?:aan)?gevraagde?\s+(?:subsidie)?bedrag", r"\bbegrot"],
    "prize": [r"prijs(?!geg|klasse|lijst|verhoging|stijging)", r"\bwinnaar", r"\buitgereikt", r"\bwin(?:t|nen)?\b"],
    # Enrolment required of the applicant ("ingeschreven als student"); on an FWB institution's own page, enrolment
    # there (not "ingeschreven aan een buitenlandse universiteit": ``enrolled_elsewhere``).
    "enrolled": [r"\bingeschreven\s+(?:aan|als|in)\b"],
    "enrolled_elsewhere": [r"buitenland", r"partner", r"andere\s+(?:universiteit|instelling)"],
    "preference": ["bij voorkeur", "een pluspunt", "een troef", "voorrang", "prioriteit", "de voorkeur",
                   # "richt zich prioritair, maar niet uitsluitend, tot": not the French "prioritaires"
                   "prioritair,", "prioritair tot", "prioritair aan", "prioritair voor"],
    # A line that only joins two items of a list ("- voor studiejaar …" / "en" / "- voor studiejaar …"): no heading.
    "list_joiner": [r"en", r"of"],
    # "Per year" said outright, or each year of the studies ("£500 in each year of study"): a prize paid yearly.
    "per_year_explicit": [r"\bper\s+(?:academie|school|studie|kalender)?jaar\b", r"/\s?jaar\b", r"\bvoor\s+(?:elk|ieder)\s+studiejaar"],
    # The word that ties an amount to a project ("Pour les projets menés avec l'Italie : … un plafond de 4.000 €").
    "project_word": [r"\bprojecten\b"],
    # The word that opens a range of two amounts, right before the first ("between €10,000 and €30,000").
    "range_between": [r"\btussen", r"\bvan"],
    # A preposition that carries a deadline's application context to a later date of the sentence
    # ("candidatures … ouvertes jusqu'au 31 mars ; pour les départs de février, jusqu'au 30 septembre").
    "parallel_preposition": [r"\btot(?:\s+en\s+met)?", r"\bvóór", r"\bvoor", r"\buiterlijk(?:\s+op)?", r"\bten\s+laatste(?:\s+op)?", r"\bverlengd\s+tot"],
}

STOP_WORDS = ("de het een en van in is op te dat die voor met zijn niet aan er om ook als bij of uit "
              "worden wordt je uw naar tot deze").split()
