"""English words of the extractors: data only, compiled by ``normalise.languages`` (see ``fr.py``)."""

MONTHS = {
    1: ["january", "jan"], 2: ["february", "feb"], 3: ["march", "mar"], 4: ["april", "apr"], 5: ["may"],
    6: ["june", "jun"], 7: ["july", "jul"], 8: ["august", "aug"], 9: ["september", "sept", "sep"],
    10: ["october", "oct"], 11: ["november", "nov"], 12: ["december", "dec"],
}
WEEKDAYS = {0: ["monday"], 1: ["tuesday"], 2: ["wednesday"], 3: ["thursday"], 4: ["friday"], 5: ["saturday"],
            6: ["sunday"]}

NUMBERS = {
    "units": ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "teens": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
              "nineteen"],
    "tens": {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
             90: "ninety"},
    # "twenty-one"
    "compound": "tens-unit",
    "extra": {},
    # Hundreds and thousands in amounts written out: "five thousand euros", "two hundred dollars".
    "multipliers": {100: ["hundred"], 1000: ["thousand"]},
    # Words that make a hundred or a thousand vague, no amount: "a few hundred dollars", "several thousand".
    "vague": ["few", "several", "some", "many"],
    # Lengths with a half: "two and a half years" (after the count), "a year and a half" (after the unit), "half a
    # year", "a half-year" (words).
    "halves": {"after_count": [r"\s+and\s+a\s+half"], "after_unit": [r"and\s+a\s+half"],
               "words": {r"half\s+an?\s+": 0.5, r"an?\s+half[\s-]": 0.5}, "article": [r"an?"]},
}

CUES = {
    # "The last day to apply is …"
    "deadline_cue": [r"\blast\s+day\s+(?:to|for)\s+(?:apply|submit|register|applications?|submissions?)\b",
                     r"\bend\s+of\s+(?:the\s+)?(?:call|applications?|registrations?|submissions?)\b", r"\bclosing\s*[:–-]?\s*(?:on\s+)?$", r"\bclosed\s+on\b",
                     # "April 1, 2025 - Intent to Compete Due": a form, a letter or an abstract named as due
                     r"\b(?:intent|proposals?|abstracts?|forms?|letters?|nominations?|materials?|essays?|papers?|expressions?\s+of\s+interest)\s+(?:\(?[\w-]+\)?\s+){0,4}due\b",
                     # a listing's abbreviation: "Internship: International Labour Organization in Brussels DL: 30 June 2012"
                     r"\bdl\s*:\s*$",
                     # a job board's label: "Expiry date: 15 March 2023" (not a passport's "with an expiry date after …")
                     r"\bexpiry\s+date\s*[:–-]?\s*$", r"(?:applications?|submissions?|entries|calls?|(?<!bird\s)registrations?|proposals?|nominations?)\s+(?:are\s+|is\s+)?(?:close|closes|closing|due|ends?|will\s+end)\b", r"cut-?off\s+date", r"\bclose\s+date", r"deadline", r"no\s+later\s+than", r"not\s+later\s+than", r"closing\s+date", r"due\s+date", r"\bclosing\s*:", r"\bcloses\s*:", r"\bdue\s*:",
                     # "Application window closes 15 March", "The online form will close on …"
                     r"\b(?:application|submission|entry)\s+(?:window|period|portal|form)\s+(?:closes|will\s+close|is\s+closed)",
                     r"\b(?:form|portal|platform)\s+(?:closes|will\s+close)"],
    # "Letters of intent must be received by …", "Entries must be postmarked by …"
    "application": [r"\bletters?\s+of\s+intent\b", r"\bsign\s+up\b", r"\bexpressions?\s+of\s+interest\b",
                    # what an entrant sends: "Essays … should be emailed … before 30 April"
                    r"\be-?mailed\b",
                    # what the applicant sends: "All materials must be received by …", "Supporting documents must be
                    # submitted by …"
                    r"\b(?:application\s+)?materials\b", r"\bdocuments\s+(?:must|should|have\s+to)\s+be\s+(?:received|submitted|sent|uploaded)", r"\bpostmarked\b", r"\b(?:entry|application|submission|call)\s+period", r"\b(?:competition|contest|call|award|programme|program|scheme)\s+is\s+open",
                    # a vacancy: "The vacancy closes on …", "The position is open until …"
                    r"\b(?:vacancy|position|post|job\s+(?:offer|posting|advert))\s+(?:is\s+|will\s+be\s+|remains\s+)?(?:open\s+until|closes?)\b",
                    # "The competition runs until 31 May" (as "Der Wettbewerb läuft bis", "De wedstrijd loopt tot")
                    r"\b(?:competition|contest|call)\s+(?:\w+\s+){0,8}?runs\s+(?:until|till|through|to)\b",
                    # "Call open until 15 March", "Entries must be received by 15 March"
                    r"\bcall\s+open\b", r"\bentries\s+(?:\w+\s+){0,2}(?:received|submitted|sent|accepted|close|due)",
                    # what is applied for, said to close: "This grant opens on 1 February and closes on 30 November",
                    # "Entries open Wednesday, 6 March and close 9am Tuesday, 2 April"
                    r"\b(?:grant|fund|scheme|programme|program|competition|contest|award|prize|scholarship|bursary|fellowship"
                    r"|round|entries|applications|nominations|registrations?)\b[^;:]{0,60}?\bclos(?:e|es|ing)\b",
                    # "The call is launched on 1 December 2025 and will remain open … until 1 November 2026"
                    r"\b(?:call|competition|contest|programme|program|scheme)\b[^.;]{0,80}\b(?:remains?|stays?|will\s+be)\s+open\b",
                    r"\b(?:remains?|stays?)\s+open\s+as\s+an?\s+(?:rolling\s+|open\s+)?call\b",
                    # "Recruitment starts on 1st March, 2024 and will last until April 10"
                    r"\brecruitment\s+(?:starts|opens|is\s+open|runs|will\s+(?:last|run|close)|period|closes)", r"\babstracts?\b", r"\bfill\s+(?:in|out)\b", r"\b(?:entry|registration|interest|nomination)\s+form\b", r"deadline", r"\bappl(?:y|ication|ications|icants)\b", r"submi(?:t|ssion|tted)",
                    r"\bregist(?:er|ration)", r"\bsen[dt]\b", r"\bupload", r"\bentry\s+form", r"\bproposals?\b",
                    r"\bcall\s+for", r"\bnominations?\b",
                    # "CVs will be accepted until …", "Those interested should get in touch before …"
                    r"\bcvs?\b", r"\bget\s+in\s+touch\b",
                    # "The call has been extended until 15 March", "You can nominate a candidate until …"
                    r"\b(?:the|this|our)\s+call\b(?!\s+(?:us|me|him|her|them)\b)", r"\bcall\s+20\d\d\b", r"\bopen\s+call\b",
                    # "Expressions of interest: 22 July", "Forms will be accepted through September 10"
                    r"\bexpressions?\s+of\s+interest\b",
                    r"\b(?:forms?|documents?|dossiers?|files?)\s+(?:will\s+be\s+|are\s+|must\s+be\s+)?(?:accepted|received)\b", r"\bnominat(?:e|ing)\b"],
    "apply_verb": [r"\bapply\b", r"\bsubmit", r"\bregister\b", r"\bupload\b", r"\bnominate\b",
                   # what is to arrive: "Applications must reach us on …", "Entries must be received on …"
                   r"\breach\s+(?:us|the\s+\w+)", r"\b(?:must|should|shall|will)\s+be\s+received", r"\bare\s+expected"],
    # Another party's step, not the applicant's sending: questions asked before the deadline, an office's endorsement.
    "other_party": [r"\bfaqs?\s+deadline", r"\bdeadline\s+for\s+(?:\w+\s+){0,2}questions\b",
                    r"\bquestions\s+(?:\w+\s+){0,2}(?:asked|submitted|sent|raised)\b", r"\bask\s+(?:your\s+|any\s+)?questions\b",
                    r"\bendorsement\s+deadline",
                    # the referees' or the supervisor's own step: "Supervisor deadline:", "Deadline for referees:",
                    # "uploaded by the referees by …", "Referees must submit their letters by …"
                    r"\b(?:referees?|recommenders?|supervisors?|mentors?)(?:\s*/\s*\w+)?\s+deadline",
                    r"\bdeadline\s+for\s+(?:the\s+)?(?:referees?|recommenders?|supervisors?|mentors?)\b",
                    r"\bby\s+(?:the\s+|their\s+|your\s+)?(?:referees|recommenders|supervisors?)\b",
                    r"\b(?:referees|recommenders)\s+(?:must|should|are\s+to|need\s+to)\b"],
    # Money that is not the beneficiary's: a research project's running costs; a sum made available as a whole.
    "running_costs": [r"\brunning\s+costs", r"\bresearch\s+(?:consumables|expenses)"],
    "made_available": [r"were\s+requested", r"(?:has|have)\s+been\s+made\s+available"],
    # Hours or days of work before a period word ("20 hours per week"): a working time, not a rate.
    "working_time": [r"hours?", r"hrs", r"days"],
    # Studies or a degree, the work a perfect tense may say is done by a date.
    "studies": [r"degree", r"thesis", r"studies"],
    # The selection's body as the one the application goes to, not an act of selecting: "send your application to
    # the selection committee by …"
    "to_the_committee": [r"\bto\s+(?:the|our)\s+(?:\w+\s+)?(?:committee|panel|board|jury)\b"],
    # Someone else examines the applications by the date: "The selection committee will review the applications by …"
    "evaluates_applications": [r"\b(?:review|assess|evaluate|examine|consider)s?\s+(?:the|all|your|their|incoming)\s+(?:\w+\s+)?(?:applications|proposals|candidatures|submissions|entries)\b"],
    "selection_act": [r"\bhear\s+(?:back|from\s+us)", r"\bwill\s+receive\b", r"notifi", r"\bdecision", r"\bdecide", r"\binformed\b", r"\bselected\b", r"\bselect(?:s|ion)\b",
                      r"\bchoice\b", r"\bjury\b", r"\bretained\b", r"\binterviews?\b", r"\bheard\b", r"\bresponse\b",
                      r"\breply\b", r"\bcontacted\b", r"\bacceptance\b", r"\bwaiting\s+list",
                      r"will\s+be\s+(?:\w+\s+)?(?:announc|publi|communicat|reveal|unveil)",
                      # after the selection: "Selected applicants must confirm their participation before …"
                      r"\bconfirm\w*\s+(?:their|your|his|her|the)\s+(?:participation|acceptance|place|attendance)",
                      r"\b(?:reviewed|assessed|evaluated)\b", r"\bshortlisted\b", r"\bnominees\b",
                      # "successful applicants will be told by 15 March", "… will be advised of the outcome by …"
                      r"\b(?:be|been)\s+(?:told|advised)\b"],
    "date_event": [r"\bvalid\s+(?:until|through|till)", r"\bgraduated\b", r"information\s+session", r"takes?\s+place", r"will\s+be\s+held", r"result", r"announc",
                   r"ceremon",
                   # "report" in English only: not the French "reportée au 2 décembre" (a deadline moved)
                   r"\breport(?:s|ing|ed)?\b", r"\breceipts\b", r"payment", r"\bkeys\b", r"conference", r"\bexhibition", r"\bfestival", r"into\s+force", r"effect\s+on",
                   r"\bruns?\s+(?:from|between)", r"will\s+end", r"\bobtained\b", r"\bdefen[cs]e", r"taken\s+place",
                   # registering for an information event is not applying: "Register for the info session by …"
                   r"\binfo\s+(?:session|day|event|evening)", r"\bwebinars?\b", r"\bopen\s+day\b",
                   # a claim after the stay, a past edition's date
                   r"\brefund", r"\breimburse", r"\bprevious\s+(?:edition|call|round)", r"\blast\s+year'?s\b",
                   # the work done by then, not the application: "The project must be completed by 31 May 2006"
                   r"\b(?:projects?|work|activit(?:y|ies)|research|stay|mobility)\s+(?:\w+\s+){0,3}?(?:completed|finished|carried\s+out"
                   r"|implemented|realised|realized)\b"],
    # Not who starts out: "start-ups", Dutch "starters", "startende ondernemers" (the fragments read every language)
    "start": [r"\bstart(?!ers?\b|ende?\b|(?:-|\s)?ups?\b)", r"\bbegin(?!ner|nend)"],
    # A year-long period named before its dates: "the academic year from 1 September to 31 August".
    "year_period": [r"\b(?:academic|school|calendar|financial|fiscal)\s+year\s+(?:from|of)?\s*$"],
    "start_attribute": [r"\b(?:starting|beginning|commencing)\s+(?:in|on|from)?\s*$",
                        r"\b(?:traineeships?|internships?|placements?|stays?)\s+(?:of|from)\s*$"],
    # A call closing as a call closes (a year or a stay "ends": not these), said after its opening:
    # "which opens on 1 March and closes on 30 April".
    "closes": [r"\bcloses\b", r"\bcloses?\s+on\b", r"\bwill\s+close\b", r"\band\s+close\b"],
    "opening": [r"\b(?:applications|registrations?|submissions|entries|nominations)\s+(?:will\s+)?open\b(?!\s+(?:until|till|through|to)\b)", r"\bopens\b",
                r"\b(?:call|vacancy)\s+published\b", r"\bopening\b", r"\bwill\s+open\b", r"\blaunch\s+of\b", r"\blaunched\b"],
    "recurring": [r"every\s+year", r"each\s+year", r"annually"],
    # Done, said after the date: "… by 30 June 2027 completed".
    # What is handed in after the activity, not an application: "send a report … within one month after the activity".
    "due_afterwards": [r"\breports?\b", r"financial\s+statement", r"\breceipts\b", r"\brefund", r"\breimburse", r"\bexpense\s+claim"],
    "completed": [r"\bcompleted\b", r"\bfinished\b"],
    "postponed": [r"\bextended\b", r"\bpostponed\b", r"\bnew\s+deadline"],
    # A sentence that points back to the one before: "Dat kan tot 23 december" after "Kandidaten voordragen".
    "anaphora": [r"(?:this|that|it)\s+(?:can|may|is\s+possible|must)\b", r"you\s+(?:can|may)\s+do\s+(?:so|this|that)\b"],
    # A question asking when ("When to apply?", "By when can I apply?"): a bare date answering it is when.
    "when_question": [r"\bwhen\b", r"\bwhat\s+date\b"],
    # A table column of the call's close ("Round | Opens | Closes"): its dates are the deadlines.
    "closing_column": [r"\bclos(?:e|es|ing)\b", r"\bends?\b", r"\bdue\b"],
    # A later clause that makes the date the deadline after all: "Review begins on 15 March; applications received by that date …".
    "received_by_that_date": [r"\b(?:applications?|materials|nominations|submissions)\s+(?:\w+\s+)?received\s+(?:by|before|on\s+or\s+before)\s+(?:that|this|the\s+above)\s+date\b"],
    # The deadline named as a noun, which may govern its date ("after the deadline of 12 May", "Deadline?").
    "deadline_noun": [r"\bdeadline", r"\bclosing\s+date", r"\bdue\s+date", r"\bcut-?off\s+date"],
    # A line that is only the closing preposition and its date ("Until 15 March 2023" under a call's name).
    "until_line": [r"(?:open\s+)?until(?:\s+the)?", r"(?:open\s+)?till"],
    # A birth date bounding an age ("born on or after 2 April 1988"): no deadline.
    "born": [r"\bborn\s+(?:on\s+or\s+(?:before|after)|before|after|on|between|in|no\s+earlier\s+than)"],
    # An age said in years ("17 years old"): a date in brackets right before it is the day the age is counted on.
    "years_old": [r"years\s+old"],
    "earliest": [r"at\s+the\s+earliest", r"no\s+earlier\s+than"],
    # An act cited by its date ("the Act of 23 March 1995", "Regulation (EU) … of 12 June 2001").
    "act_cited": [r"\b(?:act|law|decree|regulation|directive|ordinance)\b[^.;:]{0,40}?\bof"],
    # An act's recitals ("Having regard to the opinion of …").
    "recital": [r"(?<!\w\s)(?<!\w)having\s+regard\s+to\b"],
    "publication_stamp": [r"posted", r"published", r"publication\s+date"],
    "deadline_cue_after": [r"at\s+the\s+latest", r"deadline", r"is\s+the\s+closing\s+date"],
    "closing_label": [r"deadline", r"closing", r"call\s+closes", r"closes", r"last\s+(?:application|submission)"],
    "deadline_preposition": [r"\b(?:extended|postponed)\s+(?:to|until)", r"\bthrough", r"\bby", r"\bbefore", r"\buntil", r"\btill", r"\bon\s+or\s+before",
                             r"\b(?:until|up\s+to|through)\s+and\s+including",
                             r"\bclos(?:e|es|ing)\s+(?:on|at|by)", r"\band\s+closes?\s*$", r"\bends?\s+on"],
    # A window named as the application's: "période d'inscription", "Registration runs from …".
    "application_period": [r"(?:application|submission|entry|registration|call)\s+(?:period|window)", r"(?:call|registration|applications?|submissions?|entries)\s+(?:runs?|is\s+running)\b"],
    "range_from": [r"\bfrom", r"\bbetween"],
    "range_to": [r"up\s+to\s+and\s+including", r"through", r"thru", r"to", r"until", r"till", r"and"],
    "period_month": [r"\bpcm\b", r"\beach\s+month\b", r"/\s?mo\b", r"^\s*p\.\s?m\b", r"^\s*pm\b", r"/\s?month\b", r"\bper\s+month\b", r"\bper\s+(?:full|whole|complete|entire|calendar)\s+month\b", r"\ba\s+month\b", r"\bmonthly\b", r"\bevery\s+month\b"],
    "period_week": [r"/\s?week\b", r"\bper\s+week\b", r"\ba\s+week\b", r"\bweekly\b"],
    "period_day": [r"\bper\s+(?:timetabled|working|calendar|training)\s+day\b", r"\bper\s+diem\b", r"\beach\s+day\b", r"\bper\s+day\b", r"/\s?day\b", r"\ba\s+day\b", r"\bdaily\b", r"\bper\s+night\b"],
    "period_year": [r"\bper\s+project\s+year\b", r"\bfor\s+the\s+first\s+year\b", r"/\s*(?:1|one)\s+year\b", r"^\s*p\.\s?a\b", r"/\s?yr\b", r"\bper\s+year\b", r"/\s?year\b", r"\ba\s+year\b", r"\bannual", r"\bper\s+annum\b",
                    r"\bper\s+(?:(?:full|whole|complete|entire)\s+)?(?:academic|school|calendar)\s+year\b",
                    r"\bper\s+(?:full|whole|complete|entire)\s+year\b",
                    r"\bfor\s+(?:one|a|1|the)\s+(?:academic\s+|school\s+|single\s+)?year\b",
                    r"\bfor\s+the\s+(?:academic\s+)?year\s+\d{4}",
                    r"\b(?:one|1)[-\s]year\s+(?:stipend|grant|salary|allowance|fellowship)", r"\bon\s+an\s+annual\s+basis\b",
                    # "a cash bursary of £500 in each year of study", "€500 every year"
                    r"\b(?:each|every)\s+(?:academic\s+|school\s+)?year\b", r"\byearly\b"],
    "period_project": [r"\bper\s+proje(?:c)?t\b", r"\b(?:each|every)\s+(?:\w+\s+)?proje(?:c)?t\b",
                       r"\(\s*per\s+proje(?:c)?t\b"],
    "period_once": [r"\bone-?off\b", r"\bone-?time\b", r"\bonce\b"],
    # (and what the page says you get, as a label or a question: "What you get", "How much?" — not what it costs)
    "paid": [r"\bwhat\s+(?:you|do\s+you|will\s+you|can\s+you)\s+(?:get|receive)\b", r"\bhow\s+much\b(?![^?]*\bcost)",
             r"\bwin(?:s|ning)?\b(?!\s+(?:a\s+)?(?:place|spot|seat))", r"\brequest(?:ed)?\b", r"budget\s+(?:\w+\s+)?per\s+project", r"\bper\s+project\b", r"reward", r"\bgrant", r"stipend", r"scholarship", r"fellowship", r"allowance", r"award", r"prize", r"salary",
             r"funding", r"\bfund(?!ament)", r"receive", r"\bpaid\b", r"\bpayment\b", r"reimburs", r"bursar", r"remuneration", r"\bwage",
             r"per\s+diem", r"support", r"amount", r"\bcover", r"per\s+(?:participant|person|student|winner)",
             r"winner", r"laureate", r"travel", r"accommodation", r"costs?\s+(?:of|for)",
             # a ranking's prize: "2nd place: €500"
             r"\b(?:1st|2nd|3rd|\d+th|first|second|third)\s+place\b"],
    # (not "regardless of income", "income-independent", "not means-tested")
    # A Community's study allowance, paid per school or academic year by law: "The study allowance amounts to …".
    "study_allowance": [r"study\s+allowances?"],
    "income": [r"(?<!regardless of )(?<!irrespective of )(?<!depends on )(?<!depending on )(?<!depends on your )(?<!depending on your )(?<!based on )(?<!based on your )\bincome(?![-\s]independent)", r"(?<!not )\bmeans[-\s]test",
               # the means the applicant must prove: "proof of funds of at least €11,208"
               r"\bproof\s+of\s+(?:sufficient\s+)?(?:funds|financial\s+means|financial\s+resources)"],
    "average": [r"\baverag", r"\bon\s+average\b", r"\bmedian\b"],
    "requested": [r"\b(?:amount|budget|funding)\s+requested\b", r"\brequested\s+(?:amount|budget|funding)\b"],
    "prize": [r"\bprize", r"\baward", r"\blaureate", r"\bwinner", r"\bwin(?:s|ning)?\b(?!\s+(?:a\s+)?(?:place|spot|seat))"],
    # Enrolment required of the applicant ("must be enrolled in a master's programme"); on an FWB institution's own
    # page, enrolment there (not "enrolled at a foreign university": ``enrolled_elsewhere``).
    "enrolled": [r"\b(?:be|are|is|currently)\s+(?:\w+\s+)?enrolled\b", r"\benrolled\s+(?:at|in)\b"],
    "enrolled_elsewhere": [r"abroad", r"foreign", r"partner", r"another\s+(?:university|institution)"],
    "preference": ["preferabl", "preferred", "is an asset", "is a plus", "priority", "prioriti",
                   # "Preference is given to applicants under the age of 30"
                   "preference is given", "preference will be given", "given preference"],
    # A line that only joins two items of a list ("- 1 March" / "and" / "- 1 September"): no heading.
    "list_joiner": [r"and", r"or"],
    # "Per year" said outright, or each year of the studies ("£500 in each year of study"): a prize paid yearly.
    "per_year_explicit": [r"\bper\s+(?:(?:academic|school|calendar)\s+)?(?:year|annum)\b", r"/\s?year\b", r"^\s*a\s+year\b", r"\b(?:in|for)\s+(?:each|every)\s+(?:academic\s+)?year\s+of\s+(?:study|studies|the\s+course)"],
    # The word that ties an amount to a project ("Pour les projets menés avec l'Italie : … un plafond de 4.000 €").
    "project_word": [r"\bprojects?\b"],
    # The word that opens a range of two amounts, right before the first ("between €10,000 and €30,000").
    "range_between": [r"\bbetween", r"\bfrom"],
    # A preposition that carries a deadline's application context to a later date of the sentence
    # ("candidatures … ouvertes jusqu'au 31 mars ; pour les départs de février, jusqu'au 30 septembre").
    "parallel_preposition": [r"\buntil", r"\bbefore", r"\bby", r"\b(?:extended|postponed)\s+(?:to|until)"],
}

STOP_WORDS = ("the and of to in is for on that with are be by this as at from or an will you your "
              "it which have has not").split()
