"""German words of the extractors: data only, compiled by ``normalise.languages`` (see ``fr.py``)."""

MONTHS = {
    1: ["januar", "jänner", "jän", "jan"], 2: ["februar", "feber", "feb"], 3: ["märz", "maerz", "mär", "mrz"], 4: ["april", "apr"],
    5: ["mai"], 6: ["juni", "jun"], 7: ["juli", "jul"], 8: ["august", "aug"], 9: ["september", "sep", "sept"],
    10: ["oktober", "okt"], 11: ["november", "nov"], 12: ["dezember", "dez"],
}
WEEKDAYS = {0: ["montag"], 1: ["dienstag"], 2: ["mittwoch"], 3: ["donnerstag"], 4: ["freitag"], 5: ["samstag"],
            6: ["sonntag"]}

NUMBERS = {
    "units": ["", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "teens": ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
              "neunzehn"],
    "tens": {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig", 80: "achtzig",
             90: "neunzig"},
    # "einundzwanzig": unit ("ein" for one), "und", tens.
    "compound": "unit-und-tens",
    "extra": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "zwo": 2},
    # Hundreds and thousands in amounts written out, glued to the count: "fünftausend Euro", "zweihundert Franken".
    "multipliers": {100: ["hundert"], 1000: ["tausend"]},
    # Words that make a hundred or a thousand vague, no amount: "ein paar hundert Euro", "mehrere tausend".
    "vague": ["paar", "einige", "mehrere", "viele"],
    # Lengths with a half: "zweieinhalb Jahre" (after the count); "anderthalb Jahre", "eineinhalb Jahre", "ein halbes
    # Jahr" (words).
    "halves": {"after_count": [r"einhalb"], "after_unit": [],
               "words": {r"(?:anderthalb|eineinhalb)\s+": 1.5, r"ein(?:e[nms]?)?\s+halbe[nms]?\s+": 0.5},
               "article": []},
}

CUES = {
    # "Letzter Tag für Bewerbungen ist der …"
    "deadline_cue": [r"\bletzter\s+tag\s+(?:für|zur)\s+(?:die\s+)?(?:bewerbung|anmeldung|einreichung|antragstellung)",
                     r"(?:einreich(?:ungs|e)?|einsende|eingabe|abgabe|teilnahme|melde|vorlage)(?:frist|schluss|termin)", r"stichtag", r"(?:vorschlags|nominierungs|ansuchens)frist", r"einsendeschluss", r"bewerbungsschluss", r"bewerbungsfrist", r"antragsfrist", r"anmeldeschluss",
                     r"anmeldefrist", r"einreichungsfrist", r"abgabefrist", r"\bfrist(?:en)?\b", r"spätestens",
                     # "Letzter Abgabetag: 15.03.2023", "Fristende:", "Annahmeschluss:", "Bewerbungsende:"
                     r"\bletzter\s+(?:abgabe|einsende|bewerbungs|einreich(?:ungs)?|anmelde)tag", r"\bfristende\b", r"annahmeschluss",
                     r"bewerbungsende"],
    "application": [r"\babgabe\b", r"\bmelden\s+sie\s+sich\b", r"\bmelde\s+dich\b", r"\bvorlage\s+(?:bis|spätestens)", r"\bbewirb", r"\bregistrier\w*\s+(?:sie\s+sich\s+|dich\s+|euch\s+)?(?:bis|vor|spätestens)\b", r"\b(?:wettbewerb|ausschreibung|programm|förderprogramm)\s+(?:ist\s+)?(?:geöffnet|offen)",
                    # what is applied for, said to close: "Das Förderprogramm öffnet am 1. Februar und schließt am 30. November"
                    r"\b(?:förderprogramm|programm|wettbewerb|preis|stipendium|fonds|ausschreibung|bewerbungsportal)\w*\b"
                    r"[^;:]{0,60}?\bschließ(?:t|en)\b",
                    # a vacancy: "Die Stelle ist bis zum … ausgeschrieben"
                    r"\bstelle\s+ist\s+bis\b", r"\bunterlagen", r"\bvorschläge", r"\babstracts?\b", r"(?<!wett)bewerb", r"einreich", r"anmeld", r"(?:be)?antr[aä]g", r"\b(?:ein)?senden", r"einsendung", r"\b(?:wettbewerb|ausschreibung|aufruf)\s+läuft", r"registrierung", r"\bansuchen", r"eingebracht", r"einzubringen",
                    r"\baufruf", r"\bausschreibung", r"\bvorzuschlagen\b",
                    # a nomination: "können ab sofort für den Nachwuchspreis vorgeschlagen werden"
                    r"\bvorgeschlagen\s+werden\b",
                    # "Schicken Sie Ihren Beitrag bis …", "Teilnahme bis 15. März möglich", "Melden Sie sich bis …"
                    r"\bschick", r"formular", r"\beinschreib", r"\binteressenbekundung", r"\bteilnahme\s+(?:ist\s+)?(?:noch\s+)?bis\b", r"\bnominier(?:en|ung)",
                    r"\bmelde[nt]?\s+(?:sie\s+|du\s+|ihr\s+)?(?:sich|dich|euch)\b",
                    # "Reiche dein Projekt bis zum 31. März im Jugendbüro ein": "einreichen" split around the date
                    r"\breich(?:e|t|en|st)\s+(?:sie\s+)?(?:dein|ihr|euer|eur|sein)\w*\b"],
    "apply_verb": [r"\bentgegengenommen\b", r"zeit\s+für\s+(?:deine|ihre|eure|die)\s+bewerbung", r"beantragen", r"beantragt", r"einsenden", r"eingesendet", r"eingeschickt", r"einschicken", r"(?:antrag|anträge)\s+(?:\w+\s+)?gestellt", r"einzureichen", r"einzusenden", r"zu\s+bewerben", r"anzumelden", r"zu\s+stellen", r"bewerben", r"einreichen", r"eingereicht", r"anmelden", r"hochladen", r"hochzuladen",
                   # Austria and South Tyrol: "können … beim Land um Studienförderung ansuchen"
                   r"\bansuchen\b", r"anzusuchen", r"\bvorliegen\b", r"\beingehen\b",
                   # what is to arrive: "Die Bewerbungen müssen am … bei uns eingegangen sein", "… am … erwartet"
                   r"\beingegangen\b", r"\berwartet\b", r"zu\s+schicken", r"nominieren\b", r"nominiert\s+werden", r"vorschlagen\b"],
    # Another party's step, not the applicant's sending: questions asked before the deadline.
    "other_party": [r"\bfragen\s+(?:\w+\s+){0,4}(?:stellen|gestellt)\b",
                    # the referees' own step: "von den Gutachtern bis zum … einzureichen"
                    r"\bvon\s+(?:den|ihren|ihrem|dem)\s+(?:gutachter(?:n|innen)?|betreuer(?:n|innen)?)\b",
                    # "Die Gutachten der betreuenden Professoren müssen bis zum … vorliegen"
                    r"\b(?:gutachten|empfehlungsschreiben)\s+(?:der|des|von)\s+(?:betreuenden\s+)?(?:professor|gutachter|betreuer)"],
    # Money that is not the beneficiary's: a research project's running costs; a sum made available as a whole.
    # (none: "Sachkostenzuschuss" is the doctoral student's own, and "Betriebskosten" are often what a grant covers)
    "running_costs": [],
    "made_available": [r"bereit(?:gestellt)?", r"zur\s+verfügung", r"vorgesehen"],
    # Hours or days of work before a period word ("16 Stunden pro Woche"): a working time, not a rate.
    "working_time": [r"stunden", r"std\.?", r"tage"],
    # Studies or a degree, the work a perfect tense may say is done by a date ("… abgeschlossen haben").
    "studies": [r"studium", r"studien", r"ausbildung", r"abschluss", r"masterarbeit", r"bachelorarbeit", r"diplom"],
    # The selection's body as the one the application goes to: "an den Auswahlausschuss bis … zu richten"
    "to_the_committee": [r"\b(?:an|bei)\s+(?:die|den|das|der)\s+(?:auswahl)?(?:kommission|ausschuss|jury|gremium)\b"],
    # Someone else examines the applications by the date: "Die Jury prüft die Bewerbungen bis zum …"
    "evaluates_applications": [r"\b(?:prüf|bewert|begutacht|sichte)\w*\s+(?:die|alle|ihre)\s+(?:bewerbungen|anträge|einreichungen|unterlagen|projekte)\b"],
    "selection_act": [r"\berh(?:alten|ältst|altet|ält)\b", r"rückmeldung", r"\bentscheid", r"bewillig", r"\binformiert\b", r"benachrichtig", r"\bauswahl", r"ausgewählt", r"vorstellungsgespräch",
                      r"(?:wird|werden)\s+(?:\w+\s+)?(?:mitgeteilt|bekannt\s?gegeben|enthüllt|verkündet)",
                      r"\bbestätig\w*\s+(?:ihre|seine|deine|die)\s+(?:teilnahme|annahme)", r"\bbegutacht",
                      # "Versand der Formulare für die nominierten Werke": those already chosen
                      r"\bnominierte[nrs]?\b"],
    "date_event": [r"\bvorstellung\s+(?:der|des|unserer|unseres)\b", r"\bgültig\s+bis", r"auszahlung", r"\bschlüssel\b", r"abrechnung", r"bericht\b", r"verwendungsnachweis", r"\bhearing", r"\bfinale\b", r"\bdauert", r"stattfind", r"\bfindet\b", r"verleihung", r"zeremonie", r"ergebnis",
                   # "Verteilt werden die Stipendien zum 19. März": the grants handed out, not applied for
                   r"\bverteilt\b", r"bekannt\s?gegeben", r"\benthüllt",
                   r"info(?:rmations)?veranstaltung", r"\bwebinars?\b", r"\binfo(?:abend|tag)\b",
                   r"rückerstattung", r"\b(?:vorjahres|letzten\s+ausschreibung|vorigen\s+ausschreibung)\b",
                   # the period funded: "Für den Zeitraum vom 1. Juni bis zum 30. November bekommt die Stipendiatin …"
                   r"\bfür\s+den\s+zeitraum\b"],
    "start": [r"\bbeginn(?!ende?\s+(?!am\b|im\b|mit\b|ab\b))", r"\b(?:praktikum|aufenthalt|stipendium|förderung)\s+ab\s+(?:dem|den)\s*$"],
    # A year-long period named before its dates: "das Studienjahr vom 1. Oktober bis 30. September".
    "year_period": [r"\b(?:studien|schul|kalender|haushalts|wirtschafts|förder)jahr(?:es)?\s+(?:vom|von|ab)?\s*$"],
    "start_attribute": [r"\b(?:praktik(?:um|a)|aufenthalte?|stipendi(?:um|en)|förderung)\s+(?:ab\s+(?:dem|den)?|vom)\s*$",
                        r"\bbeginnend\s+(?:am|im|mit\s+dem)?\s*$"],
    # A call closing as a call closes (a year or a stay "endet": not these), said after its opening:
    # "das am 1. März öffnet und am 30. April schließt".
    "closes": [r"\bschließt\b", r"\bschließen\b"],
    "opening": [r"\böffnet\b", r"\bgeöffnet\b", r"\beröffn", r"\bfreigeschaltet",
                # the start of the call or of applying as a compound: "Ausschreibungsbeginn", "Bewerbungsstart"
                r"(?:ausschreibungs|bewerbungs|antrags|einreichungs)(?:beginn|start)",
                # a timeline row "1. Februar 2026: Ausschreibung" is the call's publication
                r"^\s*(?:start\s+der\s+|veröffentlichung\s+der\s+)?ausschreibung\s*$"],
    "recurring": [r"jedes\s+jahr", r"jährlich"],
    # Done, said after the date (German puts the verb last): "bis zum 30. Juni abgeschlossen sein".
    # What is handed in after the activity, not an application: "Spätestens einen Monat nach Ende der Reise ist ein
    # kurzer Bericht … einzureichen".
    "due_afterwards": [r"(?<!\w)(?:abschluss|erfahrungs|reise|sach|schluss)?bericht\b", r"\bbelege\b", r"reisebelege", r"verwendungsnachweis",
                       r"abrechnung", r"\berstattung"],
    # (not a window's status after a dash: "Frist 20. August bis 15. September 2020 – beendet")
    "completed": [r"\babgeschlossen\b", r"(?<!–\s)(?<!-\s)(?<!\()\bbeendet\b", r"\bfertiggestellt\b", r"\bdurchgeführt\b", r"\bangetreten\b"],
    "postponed": [r"\bverschoben", r"\bverlängert", r"\bneue\s+frist"],
    # A sentence that points back to the one before: "Dat kan tot 23 december" after "Kandidaten voordragen".
    "anaphora": [r"(?:das|dies)\s+(?:ist|kann|geht)\b", r"(?:sie|du)\s+(?:können|kannst)\s+dies\b"],
    # A question asking when ("Wann bewerben?", "Bis wann kann ich mich bewerben?"): a bare date answering it is when.
    "when_question": [r"\bwann\b", r"\ban\s+welchem\s+tag\b"],
    # A table column of the call's close ("Runde | Beginn | Bewerbungsschluss"): its dates are the deadlines.
    "closing_column": [r"schluss\b", r"\bende\b", r"\bendet\b", r"frist\b"],
    # A later clause that makes the date the deadline after all: "… ; bis zu diesem Datum eingegangene Bewerbungen …".
    "received_by_that_date": [r"\bbis\s+zu\s+diesem\s+(?:datum|tag|termin)\s+(?:\w+\s+)?eingegangenen?\s+(?:bewerbungen|anträge)"],
    # The deadline named as a noun, which may govern its date ("nach dem Bewerbungsschluss vom 12. Mai", "Frist?").
    "deadline_noun": [r"(?:bewerbungs|einsende|abgabe|anmelde|einreichungs|teilnahme)(?:schluss|frist)", r"\bstichtag", r"\bdeadline", r"\bfrist\b"],
    # A line that is only the closing preposition and its date ("Bis 15. März 2023" under a call's name).
    "until_line": [r"(?:offen\s+|geöffnet\s+)?bis(?:\s+zum|\s+am)?"],
    # A birth date bounding an age ("geboren nach dem 31. Dezember 1990"): no deadline.
    "born": [r"\bgeboren\s+(?:vor|nach|am|zwischen|im)"],
    # An age said in years ("17 Jahre alt"): a date in brackets right before it is the day the age is counted on.
    "years_old": [r"jahre\s+alt"],
    "earliest": [r"frühestens"],
    # An act cited by its date ("das Gesetz vom 23. März 1995", "die Verordnung vom 12. Juni 2001").
    "act_cited": [r"(?:gesetz(?:es)?|verordnung|dekret(?:s|es)?|erlass(?:es)?|richtlinie)\b[^.;:()]{0,40}?\bvom"],
    # An act's recitals ("Gestützt auf …", "Nach Anhörung des …").
    "recital": [r"(?<!\w\s)(?<!\w)gestützt\s+auf\b", r"(?<!\w\s)(?<!\w)nach\s+anhörung\b"],
    "publication_stamp": [r"veröffentlicht"],
    "deadline_cue_after": [r"spätestens", r"fällig\b",
                           # "Noch bis 15. Mai läuft die Bewerbungsfrist", "Am 15. Mai ist Bewerbungsschluss"
                           r"läuft\s+(?:noch\s+)?die\s+\w*frist", r"ist\s+(?:der\s+)?\w*schluss\b"],
    "closing_label": [r"einsendeschluss", r"bewerbungsschluss"],
    "deadline_preposition": [r"\b(?:verlängert|verschoben)\s+(?:bis|auf)", r"\bbis", r"\bendet\s+am", r"\bschließt\s+am", r"\bläuft\s+bis",
                             r"\bbis\s+(?:einschließlich|inklusive|inkl\.)",
                             # "Bewerbungen können zum 1. Januar, 1. April … eingereicht werden"
                             r"\bzum",
                             # "Die Einreichfrist wird vom 5. September auf den 2. Dezember verschoben"
                             r"\bauf\s+den"],
    # A window named as the application's: "période d'inscription", "Registration runs from …".
    "application_period": [r"(?:bewerbungs|antrags|einreichungs)(?:zeitraum|phase)", r"(?:anmeldung|bewerbung|ausschreibung|einreichung)(?:en)?\s+l(?:ä|a)uf(?:t|en)\b"],
    "range_from": [r"\bvom", r"\bvon", r"\bab", r"\bzwischen"],
    "range_to": [r"bis\s+(?:inklusive|einschließlich|inkl\.)(?:\s+zum)?", r"bis(?:\s+zum)?", r"und",
                 # a date moved: "vom 5. September auf den 2. Dezember verschoben" (its end is the new deadline)
                 r"auf(?:\s+den)?"],
    "period_month": [r"^\s*mtl\b", r"/\s?mtl\b", r"\bmonatl\b", r"/\s?mon\b", r"\bim\s+monat\b", r"monatsrate", r"monatspauschale", r"monatliche", r"\b(?:pro|je)\s+(?:(?:vollem|vollen|ganzem|angefangenem|angefangenen)\s+)?(?:kalender|förder|stipendien)?monat\b", r"/\s?monat\b", r"\bmonatlich", r"\bjeden\s+monat\b", r"monatsgehalt", r"monatslohn", r"monatsstipendi"],
    "period_week": [r"\bwöchentlich", r"wochenpauschale", r"wochengeld", r"\bpro\s+woche\b", r"/\s?woche\b"],
    "period_day": [r"\bpro\s+(?:praktikums|arbeits|werk|kalender|anwesenheits|einsatz)tag\b", r"^\s*am\s+tag\b(?!\s+de[rs])", r"tagegeld", r"tagessatz", r"tagespauschale", r"täglich", r"\bpro\s+tag\b", r"/\s?tag\b"],
    "period_year": [r"\bpro\s+projektjahr\b", r"\bfür\s+das\s+erste\s+jahr\b", r"\bfür\s+zwei\s+semester\b", r"(?<!einmal\s)\bim\s+jahr\b(?!\s*\d)", r"/\s?jahr\b", r"\bjährlich", r"\bfür\s+ein\s+(?:studien|schul|kalender)?jahr\b", r"\bim\s+jahr\s+\d{4}",
                    r"\b(?:pro|je|und)\s+(?:(?:vollem|vollen|ganzem|ganzes|volles|akademischem|akademisches)\s+)?(?:studien|kalender|schul)?jahr\b", r"\bauf\s+jahresbasis\b", r"kalenderjahr",
                    # "Die Studierenden erhalten jedes Jahr 500 Euro", "Jahresgehalt: 40.000 Euro"
                    r"\bjede[ms]\s+(?:studien)?jahr\b", r"jahrespauschale", r"jahresgehalt", r"jahresstipendi"],
    # "pro Projekt", "je gefördertem Vorhaben", "Jedes ausgewählte Projekt erhält …"
    "period_project": [r"\b(?:pro|je)\s+(?:\w+\s+)?(?:projekt|vorhaben)\b", r"\bjedes\s+(?:\w+\s+)?(?:projekt|vorhaben)\b"],
    "period_once": [r"\beinmalig"],
    # (and what the page says you get, as a label or a question: "Was du bekommst", "Wie viel?" — not what it costs)
    "paid": [r"\bwas\s+(?:du\s+bekommst|sie\s+bekommen|sie\s+erhalten|du\s+erhältst)\b", r"\bwie\s+viel\b(?![^?]*\bkost)",
             r"\bgewinn(?:t|en|st|e)\b", r"\bbeantrag(?:t|en)\b", r"pauschale", r"budget\s+(?:\w+\s+)?pro\s+projekt", r"\b(?:pro|je)\s+projekt\b", r"belohnung", r"stipendi", r"förder", r"zuschuss", r"zuschüsse", r"preis", r"gehalt", r"vergütung", r"beihilfe", r"unterstütz",
             r"erhalt", r"gezahlt", r"zahlung", r"prämie", r"betrag", r"zuwendung", r"erstatt", r"honorar(?!y)",
             r"bafög", r"pro\s+(?:person|teilnehmer|student)", r"gewinner", r"preisträger", r"preisgeld", r"reise", r"kosten",
             # "Er ist mit 15.000 Euro dotiert", "die Auszeichnung"
             r"dotiert", r"auszeichnung",
             # a ranking's prize: "1. Platz mit 1.500 Euro", "Platzierung: CHF 2'500"
             r"\d\.\s*platz\b", r"\bplatz\s+\d", r"platzierung"],
    # (not "einkommensunabhängig", "unabhängig vom Einkommen": a grant that is not means-tested)
    # A Community's study allowance, paid per school or academic year by law: "Die Studienbeihilfe beträgt …".
    "study_allowance": [r"studienbeihilfe"],
    "income": [r"(?<!unabhängig vom )(?<!hängt vom )(?<!abhängig vom )(?<!richtet sich nach dem )einkommen(?!s?unabhängig)", r"geringfügig", r"einkünfte", r"verdienst(?!en?\b|elijk)",
               # the means the applicant must prove: "einen Finanzierungsnachweis über 11.208 Euro"
               r"finanzierungsnachweis", r"nachweis\s+(?:ausreichender\s+)?finanzieller\s+mittel"],
    "average": [r"durchschnitt", r"\bim\s+schnitt\b"],
    "requested": [r"förderbedarf", r"beantragte\w*\s+(?:betrag|summe|fördersumme)", r"\bantragssumme"],
    # Compounds too: "Förderpreis", "Literaturpreis", "Jahrespreis"
    "prize": [r"preis(?!wert)", r"\bgewinn(?:t|en|st|e)\b"],
    # Enrolment required of the applicant ("an der Hochschule eingeschrieben", "immatrikuliert"); on an FWB
    # institution's own page, enrolment there (not "an einer ausländischen Hochschule": ``enrolled_elsewhere``).
    "enrolled": [r"\beingeschrieben\b", r"\bimmatrikuliert\b"],
    "enrolled_elsewhere": [r"ausländisch", r"ausland", r"partner", r"anderen\s+(?:universität|hochschule)"],
    "preference": ["wünschenswert", "von vorteil", "vorrang", "bevorzugt", "priorität", "vorzugsweise"],
    # A line that only joins two items of a list ("- 15.03.2026" / "und" / "- 30.09.2026"): no heading.
    "list_joiner": [r"und", r"oder"],
    # "Per year" said outright, or each year of the studies ("£500 in each year of study"): a prize paid yearly.
    "per_year_explicit": [r"\bpro\s+(?:akademischem\s+|akademisches\s+)?(?:studien|kalender)?jahr\b", r"\bin\s+jedem\s+studienjahr"],
    # The word that ties an amount to a project ("Pour les projets menés avec l'Italie : … un plafond de 4.000 €").
    "project_word": [r"\bprojekte?n?\b"],
    # The word that opens a range of two amounts, right before the first ("between €10,000 and €30,000").
    "range_between": [r"\bzwischen", r"\bvon"],
    # A preposition that carries a deadline's application context to a later date of the sentence
    # ("candidatures … ouvertes jusqu'au 31 mars ; pour les départs de février, jusqu'au 30 septembre").
    "parallel_preposition": [r"\bbis(?:\s+zum)?", r"\bspätestens(?:\s+am)?", r"\b(?:verlängert|verschoben)\s+(?:bis|auf)", r"\bauf\s+den"],
}

STOP_WORDS = ("der die das und ist mit von zu den im für auf des dem nicht ein eine sich auch als "
              "wird sind bei oder sie").split()
