"""French words of the extractors: data only, compiled by ``normalise.languages``.

Each entry of ``CUES`` is a list of regex fragments (matched on text as it is
written, case-insensitive). Adding a phrasing is adding a fragment here and a
row to the case table of its fact family (tests/normalise/).
"""

MONTHS = {
    1: ["janvier", "janv", "jan"], 2: ["février", "fevrier", "févr", "fevr", "fév", "fev"], 3: ["mars", "mar"],
    4: ["avril", "avr"], 5: ["mai"], 6: ["juin"], 7: ["juillet", "juil"], 8: ["août", "aout"],
    9: ["septembre", "sept", "sep"], 10: ["octobre", "oct"], 11: ["novembre", "nov"],
    12: ["décembre", "decembre", "déc", "dec"],
}
WEEKDAYS = {0: ["lundi"], 1: ["mardi"], 2: ["mercredi"], 3: ["jeudi"], 4: ["vendredi"], 5: ["samedi"], 6: ["dimanche"]}

NUMBERS = {
    "units": ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "teens": ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"],
    "tens": {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 70: "septante",
             80: "quatre-vingt", 90: "nonante"},
    # How a compound is written: "vingt-deux", "vingt-et-un" (Belgian and France's forms both read).
    "compound": "french",
    "extra": {"une": 1, "quatre-vingts": 80, "soixante-et-onze": 71},
    # Hundreds and thousands in amounts written out: "cinq mille euros", "deux mille cinq cents euros".
    "multipliers": {100: ["cent", "cents"], 1000: ["mille"]},
    # Words that make a hundred or a thousand vague, no amount: "quelques centaines", "plusieurs mille euros".
    "vague": ["quelques", "plusieurs"],
    # Lengths with a half: "un an et demi", "six mois et demi" (after the unit); "une demi-année" (a word).
    "halves": {"after_count": [], "after_unit": [r"et\s+demie?"], "words": {r"une?\s+demi-": 0.5}, "article": []},
}

CUES = {
    # A date is a deadline on its own after these words.
    # "Le dernier jour pour postuler est le …"
    "deadline_cue": [r"\bdernier\s+jour\s+pour\s+(?:postuler|s'inscrire|introduire|déposer|envoyer|candidater)", r"dernier\s+délai", r"\bse\s+clôt\b", r"délai\s+de\s+rigueur", r"(?:appel|candidatures?|inscriptions?|concours)\b[^.;:]{0,40}?(?:se\s+termine(?:nt|ront|ra)?|pren(?:d|nent|dra|dront)\s+fin|ferme(?:nt|ra|ront)?|se\s+clôt)",
                     # "Fin des inscriptions le 15 mars"
                     r"\bfin\s+des\s+(?:inscriptions|candidatures|dépôts|soumissions)\b",
                     r"dates?\s+(?:de\s+)?limites?", r"dates?\s+de\s+clôture", r"clôtur", r"clotur", r"au\s+plus\s+tard",
                     r"date\s+butoir", r"échéance", r"\bdates?\s+ultimes?",
                     # "Date de remise : 15 mars", "Délai : 15 mars", "Délai d'inscription : …"
                     r"\bdates?\s+de\s+(?:remise|dépôt|réception|soumission|envoi)\b", r"\bdélai\s*:",
                     r"\bdélai\s+(?:de\s+|d')(?:candidature|dépôt|soumission|inscription|remise|rentrée|envoi|introduction)",
                     r"\bdélai\s+pour\s+(?:le\s+dépôt|l'envoi|la\s+remise|l'introduction|postuler|s'inscrire|les\s+candidatures"
                     # "Le délai pour déposer vos projets est le 29 avril 2024"
                     r"|déposer|envoyer|introduire|soumettre|rentrer|remettre|transmettre|candidater)",
                     # Belgian French: "la date de rentrée des dossiers de candidature est le …"
                     r"rentrée\s+des\s+(?:dossiers|candidatures)"],
    # Words about sending an application (nouns and verbs).
    "application": [r"\b(?:sont|est)\s+à\s+(?:rentrer|remettre|renvoyer|retourner)\b", r"\bcompléter\s+(?:votre|son|leur|le|la|les|ta)\s+(?:partie|dossier|candidature|formulaire|demande|inscription)\b", r"\bcampagne\s+(?:de\s+|d')?(?:[\w'-]+\s+){0,3}?(?:est\s+|sera\s+)?ouverte\b", r"\bsessions?\s+(?:d'|de\s+)(?:attribution|inscription|candidature|reconduction|renouvellement)", r"\b(?:concours|appel|dispositif|programme|prix)\s+(?:est\s+)?ouvert", r"\bcandidate[zr]\b",
                    # a vacancy: "Cette offre d'emploi est ouverte jusqu'au …", "Le poste est à pourvoir … candidatures jusqu'au"
                    r"\boffre\s+(?:d'emploi\s+)?(?:est\s+)?ouverte\s+jusqu", r"\bposte\s+(?:est\s+)?ouvert\s+jusqu",
                    r"\bproposer\s+(?:un|une|des|leur|sa|son)\s+candidat",
                    r"\brecrutement\s+(?:est\s+ouvert|se\s+termine|se\s+clôture|(?:sera\s+)?clôturé)", r"\bpropositions?\b", r"candidat(?:ure|ures)\b", r"\bdemande", r"\bdossier", r"dépos", r"depos", r"dépôt", r"\bà\s+rendre\b",
                    r"\binscri(?:ption|re|vez|t\s+en\s+ligne)", r"postul", r"envo[yi]", r"\bintrodu",
                    r"soum(?:ettre|is|ission)", r"date\s+limite", r"clôtur", r"\bappel\b", r"formulaire",
                    r"adress(?:er|ée?s?)\b", r"faire\s+parvenir", r"transm(?:ettre|is)", r"\bremise\s+des\s+(?!prix)",
                    # "Les candidats ont jusqu'au 24 juillet pour se manifester", "Participation possible jusqu'au …"
                    r"\bse\s+manifester\b", r"\bmises?\s+au\s+concours\b", r"\bfenêtres?\s+(?:d'application|de\s+candidature|de\s+dépôt)",
                    r"\bmanifestations?\s+d'intérêt", r"\b(?:le|la|les)\s+rendre\b", r"\bse\s+faire\s+connaître",
                    # "Il est possible de participer jusqu'au …"
                    r"\bparticiper\s+jusqu", r"\bparticipations?\s+(?:est\s+|sont\s+)?(?:possibles?|acceptées?|ouvertes?)\b"],
    # The act of applying as a verb, read after a date.
    # Belgian "rentrer un projet": to hand it in
    "apply_verb": [r"\bcompléter\s+(?:votre|son|leur|le|la|les|ta)\s+(?:partie|dossier|candidature|formulaire|demande|inscription)\b", r"\brentrer\s+(?:un|une|leur|son|sa|votre|vos|les|des|ton|ta|tes)\s+(?:projet|dossier|candidature|demande)", r"\binscrire\b", r"déposer\b", r"introduire\b", r"envoyer\b", r"transmettre\b", r"soum(?:ettre|is)", r"postuler", r"introduite?s?\b", r"déposée?s?\b", r"envoyée?s?\b", r"s'inscrire",
                   r"candidater", r"se\s+manifester\b", r"se\s+faire\s+connaître",
                   # "Les associations ont jusqu'au 28 février pour demander une subvention"
                   r"\bdemander\s+(?:une?|la|le|l'|des|leur|votre|son|sa)\s*(?:\w+\s+)?(?:subventions?|bourses?|aides?|soutiens?|allocations?|subsides?|financements?|primes?)\b",
                   # what is to arrive: "Les candidatures doivent (nous) parvenir le …", "sont attendues le …",
                   # Belgian "à rentrer le …"
                   r"\bparvenir\b", r"\battendue?s\b", r"\bà\s+rentrer\b",
                   # "Les jeunes ont jusqu'au 15 avril pour rentrer leur projet"
                   r"\bpour\s+rentrer\b"],
    # The selection's acts, not the applicant's: a date after them is not a deadline.
    # Another party's step, not the applicant's sending: questions asked before the deadline.
    "other_party": [r"\bposer\s+(?:vos|des|leurs|ses|tes)\s+questions\b",
                    # the referees' own step: "envoyées par les référents avant le …"
                    r"\bpar\s+(?:les|leurs|vos)\s+(?:référents|répondants|recommandataires)\b", r"\bles\s+référents\s+doivent\b", r"\bquestions\s+(?:\w+\s+){0,2}(?:posées|envoyées|adressées)\b"],
    # Money that is not the beneficiary's: a research project's running costs; a sum made available as a whole.
    "running_costs": [r"frais\s+de\s+fonctionnement", r"crédits?\s+de\s+fonctionnement"],
    "made_available": [r"mise?s?\s+à\s+(?:la\s+)?disposition"],
    # Hours or days of work before a period word ("3 jours par semaine"): a working time, not a rate.
    "working_time": [r"heures?", r"jours"],
    # Studies or a degree, the work a perfect tense may say is done by a date.
    "studies": [r"études", r"diplôme", r"mémoire", r"thèse"],
    # The selection's body as the one the application goes to: "à adresser au comité de sélection pour le …"
    "to_the_committee": [r"\b(?:au|à\s+la|auprès\s+du|auprès\s+de\s+la)\s+(?:comité|jury|commission)\b(?:\s+de\s+sélection)?"],
    # Someone else examines the applications by the date: "Le comité examinera les dossiers pour le …"
    "evaluates_applications": [r"\b(?:examin|évalu|analys)\w*\s+(?:les|vos|leurs|toutes\s+les)\s+(?:candidatures|dossiers|demandes|projets|propositions)\b"],
    "selection_act": [r"\baverti(?:e|s|es)?\b", r"\brecevr(?:ez|ont|a|as)\b", r"\bfixée?s?\s+sur\s+(?:votre|leur|son)\s+sort", r"\bsélection\b", r"\binforme(?:nt|ra|ront)?\b", r"notifi", r"\bdécision", r"\binformée?s?\b", r"sélectionn", r"\bchoix\b", r"\bjury\b",
                      r"\bretenue?s?\b", r"\bentretiens?\b", r"\bréponse", r"\bcontactée?s?\b", r"\bconvoqu",
                      r"(?:sera|seront)\s+(?:\w+\s+)?(?:communiqu|annonc|publi|dévoil|révél|proclam)",
                      r"\bconfirm\w*\s+(?:leur|votre|sa|son|la)\s+(?:participation|acceptation|présence|place)",
                      r"\bexaminée?s?\b", r"\bévaluée?s?\b", r"\bnominée?s\b"],
    # What makes a date about something else than applying (events, results, payments, acts, the stay's end).
    "date_event": [r"\bvalables?\s+jusqu", r"se\s+renseigner", r"remise\s+des\s+prix", r"éliminatoire", r"\bfinale\b", r"webinai?re", r"séance\s+d'information", r"session\s+d'information", r"aura\s+lieu",
                   r"se\s+tiendra", r"se\s+tient", r"\ba\s+lieu", r"se\s+dérou", r"\borganis(?:e|era|ent|eront)\b",
                   r"résultat", r"resultat", r"annonc", r"cérémonie", r"rapport", r"justificati", r"paiement",
                   r"payé", r"versement", r"exposition", r"vernissage", r"conférence", r"diplôm", r"obtenu",
                   r"\bné\b", r"\bnée\b", r"publié", r"publication", r"en\s+vigueur", r"abrogé", r"s'achèv",
                   r"s'achev", r"prendr?(?:ont|a)\s+fin",
                   r"\bremboursement", r"\bcl(?:é|e)s\b", r"\bclefs\b", r"\brestitu", r"\bversée?s?\b", r"\bproclam", r"\bcontrats?\s+(?:\w+\s+){0,3}?sign",
                   r"\b(?:séjour|stage|projet|mobilité|activités?)s?\s+(?:\w+\s+){0,3}?(?:se\s+termin|prend\s+fin|s'achève)", r"\b(?:édition|session)\s+précédente", r"\bprécédente\s+édition"],
    # The stay starting.
    "start": [r"commence", r"débute", r"démarr"],
    # A date naming when the thing applied for starts, inside its noun phrase: "pour un stage débutant le".
    # A year-long period named before its dates: "l'année académique du 14 septembre au 13 septembre".
    "year_period": [r"\bannée\s+(?:académique|scolaire|universitaire|civile|budgétaire)\s+(?:du|de)?\s*$"],
    "start_attribute": [r"\b(?:débutant|commençant|démarrant)\s+(?:le|en|au|dès\s+le)?\s*$",
                        r"\b(?:stages?|séjours?|mobilités?|sessions?)\s+(?:à\s+partir\s+du|dès\s+le|du)\s*$"],
    # A call opening on the date (an other date "opening", not a deadline).
    # A call closing as a call closes (a year or a stay "se termine": not these), said after its opening:
    # "qui ouvre le 1er mars et se clôt le 30 avril".
    "closes": [r"\bse\s+clôt", r"\bse\s+clôture", r"\bse\s+ferme", r"\bferme(?:nt|ra|ront)?\b"],
    "opening": [r"\bouvre\b", r"\bouvrent\b", r"\bouvriront\b", r"s'ouvr", r"\bouverture", r"\bouvert(?:e|es)?\s+(?:le|à\s+partir)",
                # "Lancement : 1er février 2026", "L'appel sera lancé le …"
                r"\blancement\b", r"\bsera\s+lancée?\b", r"\blancée?\s+le\b"],
    # A yearly rule.
    "recurring": [r"chaque\s+année", r"tous\s+les\s+ans", r"annuellement"],
    # An opening, not a closing.
    # Done, said after the date (the verb at the end of a clause): "… avant le 30 juin achevé".
    # What is handed in after the activity, not an application: "un rapport … dans le mois qui suit le retour".
    "due_afterwards": [r"\brapports?\b", r"justificati", r"\bdécompte", r"\bremboursement", r"\bpièces\s+comptables"],
    "completed": [r"\bachevée?s?\b", r"\bterminée?s?\b", r"\bclôturée?s?\b"],
    "postponed": [r"\breport(?:ée?s?|e)\b", r"\bprolong(?:ée?s?|e)\b", r"\bdécal(?:ée?s?|e)\b", r"\bnouvelle\s+date\s+limite"],
    # A sentence that points back to the one before: "Dat kan tot 23 december" after "Kandidaten voordragen".
    "anaphora": [r"(?:cela|ceci|ça|c'est|il\s+est)\s+(?:est\s+|sera\s+)?(?:possible|peut|pourra)\b", r"(?:vous|tu)\s+(?:pouvez|peux)\s+le\s+faire\b"],
    # A question asking when ("Quand postuler ?", "Jusqu'à quand puis-je m'inscrire ?"): a bare date answering it is when.
    "when_question": [r"\bquand\b", r"\bà\s+quelle\s+date\b"],
    # A table column of the call's close ("Session | Ouverture | Clôture"): its dates are the deadlines.
    "closing_column": [r"\bclôtur", r"\bclotur", r"\bfermeture\b", r"\bfin\b"],
    # A later clause that makes the date the deadline after all: "… ; les candidatures reçues avant cette date …".
    "received_by_that_date": [r"\b(?:candidatures|dossiers|demandes)\s+(?:\w+\s+)?reçu(?:e|es|s)?\s+(?:avant|pour|jusqu'à)\s+cette\s+date\b"],
    # The deadline named as a noun, which may govern its date ("après la date limite du 12 mai", "Date limite ?").
    "deadline_noun": [r"\bdates?\s+limites?", r"\bdate\s+de\s+clôture", r"\béchéance", r"\bdeadline"],
    # A line that is only the closing preposition and its date ("Jusqu'au 27-03-2019" under a call's name).
    "until_line": [r"(?:ouvert(?:e|es|s)?\s+)?jusqu'(?:au|à)(?:\s+le)?"],
    # A birth date bounding an age ("nés après le 31 décembre 1990 et avant le 1er janvier 2004"): no deadline.
    "born": [r"\bnée?s?\s+(?:avant|après|le|entre|au\s+plus\s+tôt)"],
    # An age said in years ("17 ans"): a date in brackets right before it is the day the age is counted on.
    "years_old": [r"ans\b"],
    "earliest": [r"au\s+plus\s+tôt"],
    # The page's own publication stamp, before its date.
    # An act cited by its date ("la loi du 23 mars 1995", "l'arrêté royal du 12 juin 2001"): the date is the act's,
    # not the page's, so it tells no year to the page's yearless dates.
    "act_cited": [r"\b(?:loi|décret|arrêté|ordonnance|circulaire|règlement|directive)\b[^.;:()]{0,40}?\bdu"],
    # An act's recitals and formalities ("Vu l'avis du Conseil d'État, donné le …", under "Formalités"): dates of
    # its own making, never a deadline.
    "recital": [r"(?<!\w\s)(?<!\w)vu\s+(?:l'|le\s|la\s|les\s)\s*(?:loi|décret|arrêté|avis|ordonnance|proposition|accord|délibération|règlement|code|constitution|demande)",
                r"\bformalités\b", r"\bfondements?\s+juridiques?\b"],
    "publication_stamp": [r"publié", r"mis\s+en\s+ligne", r"date\s+de\s+publication"],
    # The same written after the date ("15 mars 2025 au plus tard").
    "deadline_cue_after": [r"dernier\s+délai", r"délai\s+de\s+rigueur", r"au\s+plus\s+tard", r"date\s+limite",
                           # "Le 15 mai est la date de clôture"
                           r"est\s+la\s+date\s+de\s+clôture"],
    # A timeline row's label after its date: "2 mars 2026 : clôture de l'appel".
    "closing_label": [r"clôture", r"cloture", r"date\s+limite", r"fin\s+de\s+l'appel", r"fermeture"],
    # Prepositions that introduce a deadline in a sentence about applying.
    "deadline_preposition": [r"\b(?:prolongée?s?|reportée?s?)\s+(?:au|jusqu'au)", r"\bpour", r"\bavant",
                             # "dans un délai ne dépassant pas le 9 juin"
                             r"\bne\s+dépassant\s+pas", r"\bn'excédant\s+pas", r"\bjusqu'(?:au|à)", r"\bd'ici(?:\s+au)?", r"\bfixée?s?\s+(?:au|à)",
                             r"\best\s+fixée?\s+(?:au|le)",
                             # "le délai de dépôt … démarre le 12 avril et se termine le 20 mai"
                             r"\bse\s+(?:termine|terminent|clôt|clôture|clôturent|ferme|ferment)\s+(?:le|au)",
                             # "La plateforme, qui ouvre le 1er mars et ferme le 30 avril"
                             r"\bferme(?:nt|ra|ront)?\s+(?:le|au)",
                             # "La fenêtre 1 s'est terminée le 29 février 2024"
                             r"\bs'est\s+(?:terminée?|clôturée?|fermée?)\s+le"],
    # The words that open a window ("du … au …", "entre … et …") and join its two dates.
    # A window named as the application's: "période d'inscription", "Registration runs from …".
    "application_period": [r"périodes?\s+d(?:e\s+|')(?:candidature|dépôt|soumission|inscription)", r"(?:inscriptions?|candidatures?|appel)\s+se\s+déroul"],
    "range_from": [r"\bà\s+compter\s+du", r"\b(?:à\s+compter|à\s+partir)\s+d'aujourd'hui", r"\bdu", r"\bde", r"\bentre", r"\bdepuis", r"\bà\s+partir\s+du"],
    "range_to": [r"au", r"à", r"et(?:\s+jusqu'(?:au|à))?", r"jusqu'(?:au|à)"],
    # Money: the period an amount is paid for.
    "period_month": [r"/\s?mois\b", r"\bpar\s+mois\b", r"\bchaque\s+mois\b", r"\bmensuel", r"\bmensualité"],
    "period_week": [r"/\s?semaine\b", r"\bpar\s+semaine\b", r"\bhebdomadaire"],
    "period_day": [r"indemnité\s+journalière", r"/\s?jour\b", r"\bpar\s+jour\b", r"\bjournali(?:er|ère)", r"\bpar\s+nuit\b"],
    "period_year": [r"\bpar\s+année\s+de\s+projet\b", r"\bpour\s+la\s+première\s+année\b", r"^\s*l'an\b(?!\s+(?:dernier|prochain|passé))", r"/\s?an\b", r"\bpar\s+an(?:née)?\b", r"\bannuel",
                    r"\bpar\s+année\s+(?:académique|universitaire|d'études)",
                    # "pour un an"; a lead-in "Pour l'année 2024, vous touchez :" gives its items this period.
                    r"\bpour\s+(?:une?|1)\s+an(?:née)?\b", r"\bchaque\s+année\b", r"\bpour\s+l'année\s+(?:académique\s+)?\d{4}", r"\bsur\s+une\s+base\s+annuelle",
                    # "10.000 € pour l'année académique"
                    r"\bpour\s+(?:l'|toute\s+l')année\s+(?:académique|universitaire|scolaire)\b"],
    "period_project": [r"\bpar\s+proje(?:c)?t\b", r"\bchaque\s+(?:\w+\s+)?proje(?:c)?t\b",
                       r"\(\s*par\s+proje(?:c)?t\b"],
    "period_once": [r"\bforfait\s+unique\b", r"\bune\s+(?:seule\s+)?fois\b", r"\b(?:versement|paiement|prime|montant)\s+unique\b"],
    # The applicant's means are a condition, not money paid.
    # Words that say money is paid to someone: a one-off amount needs one in its sentence or heading.
    # (and what the page says you get, as a question: "Combien ?", "Quel montant ?" — not what it costs)
    "paid": [r"\bcombien\b(?![^?]*\bco[uû]t)", r"\bquel\s+montant\b", r"\bpour\s+les\s+projets\b", r"\bremport(?:e|ez|ent|er|eront)\b", r"\bgagn(?:e|ez|ent|er|eront)\b", r"\bdemander\b", r"\bdemandée?s?\b", r"budget\s+(?:\w+\s+)?par\s+projet", r"\bpar\s+proje(?:c)?t\b", r"\bsoutien", r"\bsoutenue?s?\b", r"\bà\s+hauteur\s+de\b", r"récompens", r"bourse", r"allocation", r"indemnit", r"subvention", r"subside", r"\baides?\b", r"\bprix\b",
             r"\bprimes?\b", r"forfait", r"montant", r"intervention", r"rémunér", r"salaire", r"\breçoi",
             # "Chaque projet peut recevoir jusqu'à 5 000 euros", "les stagiaires perçoivent", "vous touchez"
             r"\brecev", r"\bperç", r"\bpercev", r"\btouch(?:e|ez|ent|era|eront)\b",
             r"\bversée?s?\b", r"financ", r"rembours", r"dotation", r"octroy", r"accordée?s?\b", r"\battribuée?s?\b", r"plafon",
             r"gratification", r"per\s+diem", r"frais\s+de\s+(?:voyage|transport|séjour|logement)",
             r"par\s+(?:participant|personne|étudiant|lauréat)", r"lauréat", r"gagnant", r"voyage", r"transport",
             # "5.000€ pour un séjour hors Union européenne" (as Dutch "verblijf")
             r"\bséjours?\b",
             # a ranking's prize: "2e place : 500 €"
             r"\b(?:1re|1ère|2e|3e|première|deuxième|troisième)\s+place\b",
             r"logement"],
    # (not "sans condition de ressources", "indépendamment des revenus": a grant that is not means-tested)
    # A Community's study allowance, paid per school or academic year by law: "L'allocation d'études s'élève à …".
    "study_allowance": [r"allocations?\s+d'études"],
    "income": [r"(?<!sans condition de )(?<!indépendamment des )(?<!dépend des )(?<!dépend de vos )(?<!en fonction des )(?<!en fonction de vos )(?<!selon les )(?<!selon vos )\brevenus?\b",
               r"(?<!sans condition de )(?<!indépendamment des )\bressources\b", r"\bimposable", r"\bsalaire\s+(?:des\s+parents|du\s+ménage)",
               r"quotient\s+familial", r"foyer\s+fiscal",
               r"\bplafond\s+de\s+revenus",
               # the means the applicant must prove: "justifier de moyens d'existence de 700 € par mois"
               r"\bmoyens\s+d'existence", r"\bpreuve\s+de\s+(?:moyens|solvabilité)"],
    # A prize: paid once even when awarded every year.
    # An average or a statistic, not money paid (CONTRACT.md).
    "average": [r"\ben\s+moyenne\b", r"\bmoyenne\s+(?:de|d'|des)\b", r"\bmontant\s+(?:mensuel\s+|annuel\s+)?moyen\b"],
    # An amount the applicant asks for: its minimum is a condition of the request, not money paid.
    "requested": [r"montant\s+(?:sollicité|demandé)", r"\bbesoin\s+de\s+financement"],
    "prize": [r"\bprix\b", r"\blauréat", r"\bgagnant", r"\bdécern", r"\brécompens", r"\bremport(?:e|ez|ent|er|eront)\b", r"\bgagn(?:e|ez|ent|er|eront)\b"],
    # Enrolment required of the applicant ("L'étudiant·e doit être inscrit·e comme élève régulier·e", "étudiants
    # inscrits en 1ère année"); on an FWB institution's own page, enrolment there (not "inscrits dans une université
    # étrangère": ``enrolled_elsewhere``).
    "enrolled": [r"\b(?:être|est|sont|soit|soient)\s+(?:régulièrement\s+)?inscrit",
                 r"\bétudiant(?:·?e)?s?\s+(?:régulièrement\s+)?inscrit",
                 r"\binscrit(?:·?e)?s?\s+(?:comme\s+(?:élève|étudiant)|en\s+(?:\d|premi|bac|master|doctorat))"],
    "enrolled_elsewhere": [r"étrang", r"partenaire", r"autre\s+(?:université|établissement|institution)"],
    # A preference or priority, not an eligibility limit.
    # "seront prioritaires", not "les quartiers prioritaires" (places a project should reach).
    "preference": ["préférence", "un atout", "un avantage", "est un plus", "souhaité", "apprécié", "priorité",
                   "prioritairement", "ront prioritaire", "sont prioritaire", "sera prioritaire", "est prioritaire",
                   "pas prioritaire", "privilégi"],
    # A line that only joins two items of a list ("- du 1er au 15 mars" / "et" / "- du 1er au 15 septembre"): no heading.
    "list_joiner": [r"et", r"ou"],
    # "Per year" said outright, or each year of the studies ("£500 in each year of study"): a prize paid yearly.
    "per_year_explicit": [r"/\s?an\b", r"\bpar\s+an\b", r"\bpar\s+année\s+(?:académique|scolaire|d'études)", r"\b(?:pour|durant)\s+chaque\s+année\s+d'études"],
    # The word that ties an amount to a project ("Pour les projets menés avec l'Italie : … un plafond de 4.000 €").
    "project_word": [r"\bprojets?\b"],
    # The word that opens a range of two amounts, right before the first ("between €10,000 and €30,000").
    "range_between": [r"\bentre", r"\bde"],
    # A preposition that carries a deadline's application context to a later date of the sentence
    # ("candidatures … ouvertes jusqu'au 31 mars ; pour les départs de février, jusqu'au 30 septembre").
    "parallel_preposition": [r"\bjusqu'(?:au|à)", r"\bavant", r"\bpour", r"\b(?:prolongée?|reportée?)\s+(?:au|jusqu'au)"],
}

STOP_WORDS = ("le la les des du de un une et est en pour que qui dans sur au aux par avec ce cette sont "
              "vous nous il elle ne pas plus ou son ses leur").split()
