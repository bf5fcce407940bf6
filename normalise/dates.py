"""Application deadlines: dates, times and rules, each with its sentence.

A page states many dates (events, ceremonies, project periods, results);
only the ones by which an application must be submitted are deadlines. The
page is read sentence by sentence (``normalise.text.sentences``); in each
sentence every date expression is found with this module's own regex and
month table (French, Dutch, English, German names, "1er"/"1st", numeric
DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY, ISO), and a date is a deadline when the
words before it say so:

- a *deadline cue* shortly before it ("date limite", "clôture", "deadline",
  "au plus tard", "uiterlijk", "no later than"...) or just after it
  ("15 mars 2025 au plus tard"); or
- a *deadline preposition* right before it ("pour (le)", "avant le",
  "jusqu'au", "by", "before", "tot", "vóór", "fixée au", a label colon) in a
  sentence about applying (candidature, demande, dossier, déposer,
  introduire, envoyer, soumettre, inscription, postuler; aanvraag,
  kandidatuur, indienen; apply, application, submit), the heading above the
  sentence included;
- and no *event word* in the same clause (webinaire, aura lieu, résultats,
  cérémonie, rapport, pièces justificatives, se dérouler, commence...).

Times come from the few words after the date: "à minuit" is 23:59 of that
date, "à 12h" is 12:00, "23h59"/"23:59"/"17u"/"17.00 uur"/"5 pm" as written;
English also puts the time first ("by 5 p.m. on 14 March 2025").
The date and time are kept as the page writes them, whatever zone follows
("1er juillet 2019 (23h59 GMT -5)" is 1 July at 23:59, as a reader and the
corpus labels read it). A zone given as UTC or GMT (with or without an offset)
is kept beside them as ``utc_offset`` ("-05:00"), so that the catalogue can
place the deadline in Brussels time (``pipelines.store``); "CET"/"CEST" are how
Belgian pages name their own local time, and a local abbreviation ("4:30 p.m.
(EST)") is read and kept as written.

Dates without a year:

- with a weekday ("jeudi 20 février"), the year within one year of the
  reference date where that day falls on that weekday; if none or several
  fit, the date is not guessed: ``date`` is None and ``rule`` holds the words;
- otherwise ("jusqu'au 15 septembre", "chaque année le 1er février (UTC+1)"),
  the page states a yearly window: ``date`` is its next occurrence on or
  after the reference date (a deadline is announced before it falls) and
  ``rule`` keeps the words, so a reader sees the year was inferred.

Relative rules ("doit être introduite au plus tard le jour avant le début du
stage", "au moins deux mois avant le début du stage") give a deadline with
``date`` None and ``rule`` holding the clause. "Au plus tôt" (an opening, not
a closing) is not a deadline, nor a report due "au plus tard un mois après la
réalisation du projet".

Dates listed after one cue ("1er février (UTC+1) et 1er octobre (UTC+2)",
"avant le 1er avril et le 1er octobre de chaque année") are each a deadline;
when their year was inferred, each keeps the whole enumeration as its rule.

The same date stated twice gives one deadline; the kept evidence is the one
with a time, else the one with an explicit deadline cue, else the first.

dateparser is not used: its month tables do not decide which date is a
deadline, and the page's own patterns read a 10 KB page in about 2 ms,
sentence splitting included (the naive baseline of ``normalise.baseline``
uses it, for comparison).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from normalise import languages
from normalise.facts import Fact, located
from normalise.literals import Literals, Prefilter
from normalise.numbers import NUMBER
from normalise.patterns import compiled, literal_alternation
from normalise.text import Sentence, body_sentences

#: Month names and abbreviations (fr, nl, en, de), lower case, accents optional.
MONTHS: dict[str, int] = languages.months()
#: Weekday names (fr, nl, en, de), Monday = 0 as in ``date.weekday()``.
WEEKDAYS: dict[str, int] = languages.weekdays()


def _alternatives(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_MONTH_NAME = rf"(?:{_alternatives(MONTHS)})(?![\w])\.?"
_WEEKDAY_NAME = rf"(?:{_alternatives(WEEKDAYS)})(?![\w])"
_ENGLISH_MONTH = _alternatives(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: "1er", "1st", "1ste", German "1." (also "5 . Mai", as a page set it), "1ier" (as some write it)
_ORDINAL = r"(?:er|ère|ier|re|e|ème|ᵉʳ|ᵉ|st|nd|rd|th|ste|de|\s?\.)?"

# Every date form starts with a digit except English "March 1, 2025"; anchoring
# the scan on digits (the lookahead) keeps it fast, and the month or weekday
# written before the day is looked up behind the digits afterwards.
_DATE = compiled(
    rf"""
    # (also glued to a label, as text taken from a web page's blocks may be: "Application Deadline25 Aug 2025")
    (?=\d)(?:(?<![\w/.-])|(?<=deadline)|(?<=Deadline)|(?<=DEADLINE))
    (?:
        # "15 mars 2025", "1st of May, 2025"; "2-May-23", as notices of calls write it
        (?P<day>[0-3]?\d){_ORDINAL}(?:\s*(?:of\s+)?|-)(?P<month>{_MONTH_NAME})
            (?:\s*,?\s+(?P<year>(?:19|20)\d\d)(?!\d)|-(?P<short_year>(?:19|20)?\d\d)(?!\d)
               |\s+['’](?P<apostrophe_year>\d\d)(?!\d))?   # "15 mei '26"
      | (?P<nday>[0-3]?\d)(?P<sep>[/.-])(?P<nmonth>[01]?\d)(?P=sep)(?P<nyear>(?:19|20)\d\d|\d\d)(?![\d])
      # "15. 3. 2023", "15.3. 2023": German dates spaced after their dots (the year written in full)
      | (?P<sday>[0-3]?\d)\.\s?(?P<smonth>[01]?\d)\.\s?(?P<syear>(?:19|20)\d\d)(?![\d])
      # "bis spätestens 30.09. eines jeden Jahres": the German yearless date, its month in two digits and both dots
      | (?P<gday>[0-3]?\d)\.(?P<gmonth>[01]\d)\.(?![\w.-])
      | (?P<iyear>(?:19|20)\d\d)(?P<isep>[-/])(?P<imonth>[01]\d)(?P=isep)(?P<iday>[0-3]\d)(?![\d])
      | (?P<day_en>[0-3]?\d)(?:st|nd|rd|th)?(?![\w/-]|\.\w)(?:\s*,?\s+(?P<year_en>(?:19|20)\d\d)(?!\d))?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DIGIT = compiled(r"\d")
_MONTH_BEFORE = compiled(rf"(?<![\w])(?P<month>{_ENGLISH_MONTH})\.?\s+$", re.IGNORECASE)
_WEEKDAY_BEFORE = compiled(rf"(?<![\w])(?P<weekday>{_WEEKDAY_NAME})\s*,?\s+(?:(?:le|the|de|den)\s+)?$", re.IGNORECASE)

#: Time zones pages name by a local abbreviation, read after a time and kept as written (UTC and GMT give ``utc_offset``).
_LOCAL_ZONES = "BST|EST|EDT|CDT|PST|PDT|AEST|AEDT"
_TIME = compiled(
    r"""
    ^[\s,]*(?:[-–]\s*)?\(?\s*(?:(?:à|a|at|om|vers|avant|before|jusqu'à|tot|by|uiterlijk\s+om|um)\s+)?
    (?:
        # "24 Uhr", "24:00", "24h00": the end of the day, as "minuit" after a date
        (?P<midnight>minuit|midnight|middernacht|24\s*(?:[:.h]\s*00|uhr|uur|heures?|h|u)(?![\w]))
      | (?P<noon>midi|(?:12\s+)?noon|middag)
      | (?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\.?(?![\w])
      # "11:59p": an American clock without its m, minutes written
      | (?P<h12b>1[0-2]|0?[1-9]):(?P<m12b>[0-5]\d)\s*(?P<ampmb>[ap])(?![\w])
      | (?P<hour>[01]?\d|2[0-3])\s*(?:h|u|:|\.)\s*(?P<minute>[0-5]\d)(?:\s*(?:uur|heures?|uhr|h))?(?![\w])
      # "2359 hours": a military clock
      | (?P<hhmm>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hours|hrs)(?![\w])
      | (?P<hour_only>[01]?\d|2[0-3])\s*(?:heures?|uur|uhr|h|u)(?![\w])
    )
    (?:\s*\(?\s*(?P<tz>UTC|GMT|CEST|CET|MESZ|MEZ|""" + _LOCAL_ZONES + r""")\s*(?P<offset>[+-]\s*\d{1,2})?\s*\)?)?
    """,
    re.IGNORECASE | re.VERBOSE,
)

# The cue patterns below read lower-case text (``lowered``): without IGNORECASE the regex engine runs
# several times faster over their long alternations. Positions in the lowered text are those of the text.

#: Words that make a date a deadline on their own (before the date).
_DEADLINE_CUE = Prefilter(languages.cue_pattern("deadline_cue", flags=0))
#: The same, written after the date ("15 mars 2025 au plus tard").
_DEADLINE_CUE_AFTER = compiled(
    # "le 15/03/2026 à 12h au plus tard": a time may stand between the date and the cue
    rf"[\s,]*(?:(?:à|at|om|um)\s+\d{{1,2}}\s*(?:[h:.]\s*\d{{0,2}}|u\b|uur\b|[ap]\.?m\.?)\s*)?"
    rf"(?:\(?\s*{languages.alternation('deadline_cue_after')}\b)"
    # A timeline line: "2 mars 2026 : clôture de l'appel", "1 December at 5pm: call closes".
    rf"|[^.;:\n]{{0,25}}?\s*[:–—-]\s*{languages.alternation('closing_label')}"
    # "15. März 2023 Bewerbungsschluss": a row of key dates, the label right after the date
    rf"|[ \t]+{languages.alternation('closing_label')}\b",
)
#: Prepositions that introduce a deadline in a sentence about applying.
_DEADLINE_PREPOSITION = languages.cue_pattern(
    # (a demonstrative too: "avant ce 30 avril", "before this 15 March", "vóór deze 1 juni")
    "deadline_preposition", r"(?:{}|[:–—>|-])\s*(?:(?:le|the|de|het|den|zum|zur|dem|am|ce|this|deze)\s+)?$", flags=0
)
#: The act of applying, then the date with only its article: "Les dossiers sont à déposer le 15 mars",
#: "aanvragen indienen op 1 mei", "Applications must be submitted on 2 May".
_APPLY_VERB_THEN_DATE = languages.cue_pattern(
    "apply_verb", r"{}\w*\s+(?:(?:en\s+ligne|online|électroniquement|electronically)\s+)?"
    # or with nothing between: "Les candidatures doivent être déposées fin août", "must submit their
    # applications April 5"
    r"(?:(?:(?:their|your|the)\s+)?(?:applications?|entries|proposals?)\s+)?(?:(?:le|op|on|am)\s*)?$", flags=0
)
#: A time written before the date it qualifies: "by 5 p.m. on 14 March", "before midnight on Friday".
_TIME_BEFORE = compiled(
    r"(?P<time>\b(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h|u|uur)|\d{1,2}[:.]\d\d|midnight|noon|minuit|midi"
    # "by 5 p.m. on 14 March", "midnight (CET), 05 February 2020"
    # (or just a space before the date's weekday: "close 9am Tuesday, 2 April 2024")
    r"|middernacht)(?:\s*\(?(?:CET|CEST|" + _LOCAL_ZONES + r")\)?)?)\s*(?:,\s*|\s+(?:on|op|le)\s+|\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words about submitting an application.
_APPLICATION = Prefilter(languages.cue_pattern("application", flags=0))
#: Another party's step before the deadline: "Deadline for questions: 10 March", "FAQ deadline", "poser vos questions".
_OTHER_PARTY = languages.cue_pattern("other_party", flags=0)
#: Words that make a date or a rule about something other than applying (checked in its own clause).
_EVENT = Prefilter(languages.cue_pattern("date_event", flags=0))
#: The act of applying as a verb, for words that follow the date ("Jusqu'au 12 février, il est possible de
#: soumettre une candidature"); a noun after a date ("… van het jaar van de aanvraag") says nothing.
_APPLY_VERB = languages.cue_pattern("apply_verb", flags=0)
#: Acts of the selection process, not of the applicant: "votre candidature sera notifiée au plus tard le…",
#: "the agency makes its final choice no later than…", "if nothing has been heard by…". A date whose clause
#: names one of them after the last application word is not a deadline (CONTRACT.md: other_dates).
_SELECTION_ACT = Prefilter(languages.cue_pattern("selection_act", flags=0))
#: The selection's body named as the application's recipient ("to the selection committee"): no act of selecting.
_TO_THE_COMMITTEE = languages.cue_pattern("to_the_committee", flags=0)
#: Someone else examining the applications by the date ("The selection committee will review the applications by …"):
#: the applications are the object, not the subject, of the act.
_EVALUATES_APPLICATIONS = languages.cue_pattern("evaluates_applications", flags=0)
#: What joins a date to the one before it when both share one subject ("après le … et au plus tard le …").
#: A closing as a call closes (a year or a stay "ends", "se termine", "endet": not these).
_CLOSES = languages.cue_pattern("closes", flags=0)
_SAME_SUBJECT = compiled(r"^\s*(?:,\s*)?(?:et|and|en|ou|or|und|oder)\b", re.IGNORECASE)
#: A lead-in that asks for a document, not for the application ("it will be necessary to send proof of
#: achievement at the latest on:" above a list of dates).
_DOCUMENT_DUE = compiled(
    r"proof\s+of|preuve|attestation|certificat|justificati|diplôm|diploma|transcript|relevé\s+de\s+notes",
    re.IGNORECASE,
)
#: Words that make a date the start of the stay, not a deadline ("le stage commence le 1er avril").
_START = Prefilter(languages.cue_pattern("start", flags=0))
#: A call opening on the date: "nieuwe oproep opent op 17 december", "ouverture de l'appel : 1er mars".
_OPENING = languages.cue_pattern("opening", flags=0)
#: A date inside the noun phrase of what is applied for: "Die Bewerbungsfrist für ein Praktikum ab dem 1. März
#: läuft vom …", "The application period for traineeships starting in March 2024 is open from …".
_START_ATTRIBUTE = languages.cue_pattern("start_attribute", flags=0)
#: A year-long period named right before its window: "het academiejaar van 1 september tot 31 augustus".
_YEAR_PERIOD = languages.cue_pattern("year_period", flags=0)
#: Prepositions that carry an earlier deadline's application context to a later date of the same
#: sentence ("candidatures … ouvertes jusqu'au 31 mars ; pour les départs de février, jusqu'au 30 septembre").
_PARALLEL_PREPOSITION = languages.cue_pattern("parallel_preposition", r"{}\s*(?:(?:le|the|de|het)\s+)?$")
_RECURRING = languages.cue_pattern("recurring", flags=0)
#: A sentence opening on a pronoun for the one before ("Dat kan tot 23 december", "This can be done until …").
_ANAPHORA = languages.cue_pattern("anaphora", r"^\W*{}", flags=0)
#: A question asking when ("When to apply?", "Wann bewerben?"): the bare date on the line after answers it.
_WHEN_QUESTION = languages.cue_pattern("when_question", flags=0)
#: A table column of the call's close ("Closes", "Clôture", "Sluiting", "Bewerbungsschluss").
_CLOSING_COLUMN = languages.cue_pattern("closing_column", flags=0)
#: A later clause that points back at the date as the applications' deadline ("applications received by that date").
_RECEIVED_BY_THAT_DATE = languages.cue_pattern("received_by_that_date", flags=0)
#: The deadline as a noun that governs the date right after it: "after the deadline of 12 May", "na de deadline van".
_DEADLINE_NOUN_OF = languages.cue_pattern(
    "deadline_noun", r"(?:{})\s*(?:of|du|de|van|vom|von)?\s*(?:the|le|la|het|de|dem|den)?\s*\(?\s*$", flags=0)
#: What may stand right before a deadline noun that governs its date: an article or a preposition ("after the
#: deadline of", "après la date limite du"), or nothing.
_ARTICLE_BEFORE = compiled(
    r"(?:^|\b(?:the|la|le|l'|de|het|dem|den|die|der|after|before|après|avant|na|vóór|nach|vor)\s*|[:(]\s*)$", re.IGNORECASE)
#: A line that is only the closing preposition before its date: "Jusqu'au 27-03-2019" under a call's name.
_UNTIL_LINE = languages.cue_pattern("until_line", r"^\W*(?:{})\s*:?\s*$", flags=0)
#: A question that is the deadline's noun alone: "Deadline?", "Date limite ?".
_DEADLINE_NOUN = languages.cue_pattern("deadline_noun", flags=0)
#: A sentence that opens on a window's first word or a deadline preposition, then a date: "Du 1er février au …".
_OPENS_ON_DATE = compiled(
    r"\W*(?:" + languages.alternation("range_from") + "|" + languages.alternation("deadline_preposition")
    + r")\s+(?:(?:le|the|dem|den|het|de)\s+)?\d"
)
#: A deadline moved: "Einsendeschluss … auf den 15. Juni verschoben", "deadline extended to 30 April".
_POSTPONED = languages.cue_pattern("postponed")
#: What is handed in after the activity (a report, receipts): never the application.
_DUE_AFTERWARDS = languages.cue_pattern("due_afterwards", flags=0)
#: Words after a date that say a piece of work is done by then (the verb at the end of the clause).
_COMPLETED = languages.cue_pattern("completed", flags=0)
#: How far before a moved deadline the date it replaces may be.
_POSTPONEMENT = timedelta(days=120)
_UNIT = (r"(?:jours?(?:\s+(?:ouvrables|calendrier|civils))?|semaines?|mois|(?:werk|kalender)?dag(?:en)?|weken|week"
         r"|maand(?:en)?|(?:(?:calendar|working|business)\s+)?days?|weeks?|months?|wochen|woche|monate?n?"
         r"|(?:werk|kalender|arbeits)?tage?n?)")
#: An unstated number of days or weeks: "quelques semaines avant", "enkele weken voor", "a few weeks before".
_FEW = r"(?:quelques|plusieurs|enkele|een\s+paar|einige|ein\s+paar|mehrere|a\s+few|several)"
#: Deadlines stated relative to another event ("au plus tard le jour avant le début du stage").
_RELATIVE = compiled(
    rf"""
    (?:
        (?:au\s+plus\s+tard|uiterlijk|ten\s+laatste|no\s+later\s+than|at\s+the\s+latest|au\s+moins|au\s+minimum
          |minimum|at\s+least|minstens|ten\s+minste|minimaal|spätestens|mindestens|bis)\s+
        (?:le\s+jour|la\s+veille|(?:op\s+)?de\s+dag|the\s+day|{NUMBER}\s+{_UNIT})\s*,?\s+
        (?:avant|qui\s+précèdent|précédant|après|suivant|qui\s+suivent|v[oó]{1,2}rdat|vóór|voor|na|before|prior\s+to
          |after|following|vor|bevor|nach)
      # "8 semaines avant la mobilité", "quelques semaines avant le projet", "4 weeks before a call opens"
      | (?:{NUMBER}|{_FEW})\s+{_UNIT}\s+(?:avant|before|prior\s+to|vóór|voor|vor)\s+
        (?=(?:le|la|l'|les|the|a|an|je|jouw|uw|het|de|dem|der|des|den|ihrer?|ihres|elk|each|chaque)\b|\w+beginn)
      # "3 maanden voordat je gaat starten", "6 Wochen bevor die Reise beginnt": a clause follows
      | (?:{NUMBER}|{_FEW})\s+{_UNIT}\s+(?:v[oó]{1,2}rdat|bevor|avant\s+que)\s+
      # "je aanvraag moet drie maanden van te voren worden ingediend": before the (named) event
      | (?:{NUMBER}|{_FEW})\s+{_UNIT}\s+(?:van\s+te\s*voren|vooraf|op\s+voorhand|in\s+advance|à\s+l'avance|d'avance
          |im\s+voraus|vorher)\b
      | (?:au\s+plus\s+tard\s+)?la\s+veille\s+(?=d)
      # "within 30 days after the end of the project", "innert zwei Monaten nach Kongressende", "maximal 3 Monate
      # nach Beendigung des Aufenthaltes", "tot drie jaar nadat je afgestudeerd bent"
      | (?:dans\s+les|within|binnen|innerhalb(?:\s+von)?|innert|maximal|längstens|höchstens|tot|bis\s+(?:zu\s+)?)\s+
        {NUMBER}\s+{_UNIT}\s+(?:qui\s+suivent|suivant|après|following|after|nadat|na|nach)
      # "Die Einreichefrist endet drei Monate nach Abschluss der Bildungsmaßnahme": the deadline's own end
      | (?:endet|ends|expires|eindigt|verstrijkt|se\s+termine|expire)\s+{NUMBER}\s+{_UNIT}\s+(?:après|after|na|nach)
      # "Claims must be submitted within 30 days of the end of the event"
      | within\s+{NUMBER}\s+{_UNIT}\s+of\s+(?=the\s+(?:end|completion|close)|(?:your|their)\s+return)
      # "déposer votre dossier de candidature avant de commencer votre séjour d'études"
      | (?:avant\s+de\s+commencer|avant\s+d'entamer|before\s+(?:starting|beginning|commencing))\s+
      # "La demande doit être réalisée avant le départ", "Der Antrag ist vor Projektbeginn zu stellen"
      | (?:avant|before|vóór|voor|vor)\s+(?:(?:le|la|votre|your|the|je|jouw|uw|het|de|dem|der|ihrer?)\s+)?
        (?=départ|departure|vertrek|abreise|antritt|reisebeginn|projektbeginn|beginn\s+des|début\s+d[ue]s?\s+(?:projet|séjour|stage)
           |start\s+of\s+(?:the|your)\s+(?:project|stay|internship)|aanvang|begin\s+van)
    )
    # what the rule is relative to; "in advance" may end the sentence ("Please apply at least six weeks in advance.")
    (?:\s*[^,;.()\n]{{3,80}}|(?<=advance)|(?<=voraus)|(?<=tevoren)|(?<=te\svoren)|(?<=vooraf)|(?<=voorhand)|(?<=avance)
       |(?<=vorher))
    """,
    re.VERBOSE,  # read on lower-cased text: case-blind matching would only slow it down (twice)
)
#: A rule that counts days, weeks or months ("14 calendar days before", "drie maanden van te voren").
_COUNTED_LENGTH = compiled(rf"(?:{NUMBER}|{_FEW})\s+{_UNIT}\b", re.IGNORECASE)
#: What a relative rule is relative to: the words after its last preposition.
_RELATIVE_TARGET = compiled(
    r".*\b(?:avant|before|prior\s+to|v[oó]{1,2}rdat|vóór|voor|vor|bevor|après|after|following|na|nach|suivant)\s+(.*)",
    re.IGNORECASE
)
#: An opening, not a closing: "au plus tôt six mois avant le début du stage".
_EARLIEST = languages.cue_pattern("earliest", rf"{{}}\s+(?:{NUMBER}\s+\w+\s+)?$", flags=0)
_EARLIEST_WORDS = languages.cue_pattern("earliest", flags=0)
#: What every relative rule holds besides its cue: a unit of time, "le jour", "la veille", the start or the departure
#: it is relative to. A sentence with a cue but none of these is not searched with the (costly) rule regex.
_RELATIVE_NEEDS = Prefilter(compiled(
    rf"{_UNIT}|jour|veille|\bdag\b|\bday\b|commencer|entamer|starting|beginning|commencing|départ|departure"
    r"|vertrek|abreise|antritt|beginn|début|start\s+of|aanvang|begin\s+van"
))
#: Cheap test (on lower-cased text) before the relative-rule regex.
_RELATIVE_CUES = Literals((
    "au plus tard|uiterlijk|ten laatste|later than|at the latest|au moins|minimum|at least|minstens|ten minste|veille"
    "|minimaal|spätestens|mindestens|bis "
    "|dans les|within|binnen|avant de commencer|avant d'entamer|before starting|before beginning|before commencing"
    "|départ|departure|vertrek|abreise|antritt|projektbeginn|van te voren|vooraf|op voorhand|in advance|l'avance"
    "|im voraus|vorher|voordat|vóórdat|bevor|beginn des|début du|début de|start of|aanvang|begin van"
    # a length before something: "8 semaines avant", "vier weken voor", "5 tage vor"
    "|s avant|s before|s prior|n vóór|n voor|n vor|e vor|k voor|k vóór|s voor|s vóór"
    # a length after something: "zwei Monaten nach", "drie jaar nadat", "30 dagen na"
    "|innert|monaten nach|monate nach|wochen nach|tagen nach|tage nach|maanden na|weken na|dagen na"
    "|tevoren|days of|weeks of|months of"
).split("|"))
#: What may stand between two dates that share one deadline cue: a time zone, then "et", "ou", ",".
_LIST_JOIN = compiled(
    r"\s*(?:\((?:UTC|GMT|CET|CEST)[^)]{0,12}\)\s*)?"
    # "31. Januar für das Herbstsemester, 31. Juli für …", "le 15 mars pour une décision à l'été et le 30 juin":
    # what each date is for may stand between the dates of one list.
    # In brackets too: "fin août (pour la session de mars) ou fin janvier (pour la session d'octobre)", and who it
    # is for, in brackets: "31 August (International Students) or 31 October (Domestic Students)".
    r"(?:\(?(?:pour|for|für|voor)\s+[^,;.\d()]{1,60}?\)?\s*|\([^()\d]{1,40}\)\s*)?"
    # "15. März sowie 15. Juni", "1 March as well as 1 October", "ainsi que", "alsook", "evenals"
    r"(?:,|/|&|\bet\b|\band\b|\ben\b|\bou\b|\bor\b|\bof\b|\bund\b|\boder\b|\bsowie\b|\bas\s+well\s+as\b"
    r"|\bainsi\s+que\b|\balsook\b|\bevenals\b)"
    r"\s*(?:(?:avant|pour|jusqu'au|before|by|vóór|voor|tot|bis\s+zum|bis)\s+)?(?:(?:le|the|de|het|op|on|dem|am|der|den)\s+)?",
    re.IGNORECASE,
)
#: Words after a yearly deadline that belong to its rule: a time zone, "de chaque année".
_RULE_TAIL = languages.cue_pattern(
    "recurring", r"(?:\s*\((?:utc|gmt|cet|cest)[^)]{0,12}\))?(?:\s*,?\s*(?:de\s+|of\s+|van\s+)?{})?", flags=0
)
#: Right before the date, or before the first of two joined: "nés après le 31 décembre 1990 et avant le".
_BORN = languages.cue_pattern(
    "born", r"(?:{})\s+(?:(?:le|the|dem|den|de)\s+)?(?:[^.;:()]{0,30}?\s(?:et|and|en|und)\s+(?:\w+\s+){0,2})?$",
    flags=0)
#: An age counted on a date in brackets, said right after them: "(Stichtag 31. Juli 2021) mindestens 15 und höchstens
#: 17 Jahre alt" (not an age in the same clause as a deadline: "by 15 March for applicants under 30 years old").
_AGED_AFTER = languages.cue_pattern("years_old", r"\s*\)\s*[^.;:()\d]{0,30}?\d{1,2}\b[^.;:()]{0,30}?\b(?:{})")
#: A window written "du … au …", "from … to …", "van … tot …".
_RANGE_FROM = languages.cue_pattern("range_from", r"{}\s+(?:(?:le|the|dem)\s+)?$", flags=0)
_RANGE_TO = languages.cue_pattern("range_to", r"\s*,?\s*(?:{}|–|-)\s+(?:(?:le|the|dem)\s+)?", flags=0)
#: German "bis" between two dates, "bis einschließlich", "bis zum": a window's "to".
_BIS = r"\bbis(?:\s+(?:inklusive|einschließlich|inkl\.))?(?:\s+zum)?"
#: A refusal of what arrives late: "Aanvragen die na 1 april binnenkomen kunnen niet …", "applications received
#: after 30 June will not be considered", "les dossiers parvenus après le 15 mars ne seront pas examinés".
_AFTER_BEFORE = compiled(r"\b(?:after|après|na|nach)\s+(?:(?:le|the|dem|de)\s+)?$")
_LATE_VERB = compiled(r"binnenkom|toekom|aankom|ontvangen|ingediend|ingezonden|verstuurd|eingeh|eingegangen|eingereicht"
                      r"|reçue?s?|parvenue?s?|introduite?s?|déposée?s?|envoyée?s?|received|submitted|sent\b|arriv")
#: "ne seront pas examinés", and the literary "ne pourra être retenue" without its "pas".
#: (or refused in a word: "fera l'objet d'un rejet", "will be rejected", "wird abgelehnt", "is onontvankelijk")
_REFUSED = compiled(r"[^.;]{0,60}?\b(?:niet|not|pas|nicht|kein|geen|no\s+longer|plus|ne\s+(?:pourr|peu|ser)\w*"
                    r"|rejet\w*|refus\w*|irrecevables?|rejected|refused|ineligible|abgelehnt|geweigerd|onontvankelijk)\b")
_ARRIVES_LATE = compiled(r"[^.;]{0,40}?(?:" + _LATE_VERB.pattern + r")" + _REFUSED.pattern)
#: "through", "until", "tot", "bis", a dash: what joins the two ends of a window, never a list's "and".
_WINDOW_THROUGH = compiled(rf"\s*(?:–|—|-|\bthrough|\bthru|\buntil|\btill|\bto|\btot(?:\s+en\s+met)?|\bt\.e\.m\.|t/m|\btem\b"
                           rf"|{_BIS}|\bau|\bjusqu'au)\s*", re.IGNORECASE)
#: The window's own name: "application period", "période de candidature", "aanvraagperiode", "Bewerbungszeitraum";
#: or the application as the subject of the window: "Registration runs from …", "Les inscriptions se déroulent du …".
_APPLICATION_PERIOD = languages.cue_pattern("application_period")
#: An apposition saying the thing is open: "La remise des dossiers, ouverte depuis le 2 mars jusqu'au 20 avril".
_OPEN_APPOSITION = compiled(r"\s*(?:ouverte?s?|open|geopend|geöffnet|accessibles?)\b", re.IGNORECASE)
#: Where a clause ends: a conjunction ("of" is Dutch "or"; not the English "of" after a length: "within 30 days of the
#: end of the event").
_CLAUSE_END = compiled(r"\s+(?:et|and|en|ou|or|(?<!days\s)(?<!weeks\s)(?<!months\s)of)\s|\s*[!?]", re.IGNORECASE)


@dataclass(frozen=True)
class Deadline(Fact):
    """One application deadline: a fixed date (and time), or a rule in words.

    ``recurring``: the page states a yearly window ("chaque année le 1er
    février", "ieder jaar uiterlijk op 1 maart"); ``date`` is then its next
    occurrence after the reference date, and a catalogue rolls it forward
    (``normalise.status``) rather than calling the call closed.
    """

    date: str | None
    time: str | None
    kind: str
    rule: str | None
    evidence: str
    recurring: bool = False
    #: The offset from UTC the page names after the time ("23h59 GMT -5": "-05:00"); None for Brussels time.
    utc_offset: str | None = None


@dataclass(frozen=True)
class OtherDate(Fact):
    """A date of the page that is not an application deadline, and what it is (CONTRACT.md ``other_dates``)."""

    date: str
    what: str
    evidence: str


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text; ``year``/``weekday`` are None when not written."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None
    text: str


def lowered(text: str) -> str:
    """Lower case with every character where it was ("İ" alone lowers to two characters)."""
    return text.replace("\u0130", "I").lower()


def find_dates(text: str, *, month_ends: bool = True, month_first: bool = False) -> list[DateMention]:
    """Every well-formed date expression in ``text``, in order (no year resolution).

    The end of a month counts as its last day ("jusque fin août", "by the end of June 2025", "eind
    juni", "bis Ende März"): pages state deadlines that way. ``month_ends=False`` skips that scan (the
    caller knows the page has no such words). ``month_first``: the page writes its slashed dates month
    first (``writes_month_first``), so "04/01/2023" is 1 April.
    """
    mentions = []
    if _DIGIT.search(text):  # every other date form has a digit; this scan is far cheaper than ``_DATE``'s
        for match in _DATE.finditer(text):
            mention = _mention(match, month_first)
            if mention is not None:
                mentions.append(mention)
    if month_ends and _MONTH_END_HINT.search(text):
        ends = [_month_end(match) for match in _MONTH_END.finditer(text)]
        mentions = sorted(mentions + [end for end in ends if end is not None], key=lambda mention: mention.start)
    return mentions


_MONTH_END_HINT = compiled(r"\b(?:fin|end|eind|einde|ende|late)\b", re.IGNORECASE)
_MONTH_END_WRITTEN = (
    rf"\b(?:fin|(?:the\s+)?end\s+of|eind|einde|ende|late)\s+(?:de\s+|d'|van\s+)?(?P<month>{_MONTH_NAME})"
    r"(?:\s*,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
)
_MONTH_END = compiled(_MONTH_END_WRITTEN, re.IGNORECASE)
#: The same on lower-case text: scanning a whole page without IGNORECASE is several times faster.
_MONTH_END_LOWER = Prefilter(compiled(_MONTH_END_WRITTEN))


def _month_end(match: re.Match) -> DateMention | None:
    name = match.group("month").rstrip(".").lower()
    if len(name) < 3 or name not in MONTHS:
        return None
    month = MONTHS[name]
    year = int(match.group("year")) if match.group("year") else None
    day = calendar.monthrange(year or 2001, month)[1]  # a common year: 28 February, unless the year says
    return DateMention(match.start(), match.end(), day, month, year, None, match.group(0))


def dated_sentences(text: str) -> list[tuple[Sentence, list[DateMention]]]:
    """The body's sentences (``body_sentences``) with the dates each holds.

    Deadlines and durations both read the dates of every sentence of a page;
    the last few bodies are cached (like ``body_sentences``, too few to serve
    a page read again later: only the normalisers of one page share it).
    """
    return [(sentence, list(mentions)) for sentence, mentions in _dated_sentences(text)]


@lru_cache(maxsize=4)
def _dated_sentences(text: str) -> tuple[tuple[Sentence, tuple[DateMention, ...]], ...]:
    # Once a page: most pages have no "fin juin", "end of June" (and "fin", "end", "late" alone are common words).
    month_ends = bool(_MONTH_END_LOWER.search(lowered(text)))
    dated = tuple((sentence, tuple(find_dates(sentence.text, month_ends=month_ends)))
                  for sentence in body_sentences(text))
    # Read again month first only where it matters: a slashed date that could be either ("04/01/2023"), on a page
    # that writes them month first (the whole-page scan is skipped on the many pages without one).
    if any("/" in mention.text and mention.day <= 12 and mention.month <= 12 for _, mentions in dated
           for mention in mentions) and writes_month_first(text):
        dated = tuple((sentence, tuple(find_dates(sentence.text, month_ends=month_ends, month_first=True)))
                      for sentence in body_sentences(text))
    return dated


#: A slashed date: "03/15/2023", "15/03/23" (its two first numbers).
_SLASHED_DATE = compiled(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?:19|20)?\d\d(?![\d/])")


def writes_month_first(text: str) -> bool:
    """Whether the page writes its slashed dates month first: one of them can only be read so ("03/15/2023"), and
    none can only be read day first ("15/03/2023"). Then "04/01/2023" on it is 1 April, not 4 January."""
    if "/" not in text:
        return False
    month_first = day_first = False
    for match in _SLASHED_DATE.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        month_first |= second > 12 >= first
        day_first |= first > 12 >= second
    return month_first and not day_first


def _mention(match: re.Match, month_first: bool = False) -> DateMention | None:
    groups = match.groupdict()
    text = match.string
    start = match.start()
    if groups["month"]:
        day, month, year = (int(groups["day"]), MONTHS[groups["month"].rstrip(".").lower()],
                            groups["year"] or groups["short_year"] or groups["apostrophe_year"])
    elif groups["nday"]:
        day, month, year = int(groups["nday"]), int(groups["nmonth"]), groups["nyear"]
        if groups["sep"] == "/" and (month > 12 >= day or (month_first and month <= 12)):
            day, month = month, day  # "3/15/2025": an American page writes the month first
    elif groups["sday"]:
        day, month, year = int(groups["sday"]), int(groups["smonth"]), groups["syear"]
    elif groups["iyear"]:
        day, month, year = int(groups["iday"]), int(groups["imonth"]), groups["iyear"]
    elif groups["gday"]:
        day, month, year = int(groups["gday"]), int(groups["gmonth"]), None
    else:
        month_before = _MONTH_BEFORE.search(text, max(0, start - 12), start)
        if not month_before:
            return None  # a bare number
        start = month_before.start()
        day, month, year = int(groups["day_en"]), MONTHS[month_before.group("month").lower()], groups["year_en"]
    year_number = None if year is None else (2000 + int(year) if len(year) == 2 else int(year))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    try:
        date(year_number or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return None
    weekday = None
    weekday_before = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if weekday_before:
        start = weekday_before.start()
        weekday = WEEKDAYS[weekday_before.group("weekday").lower()]
    end = match.end()
    if text[end - 1] == "." and not year and not groups["gday"]:
        end -= 1  # "jusqu'au 15 janvier." : the full stop ends the sentence, not an abbreviation ("30.09." keeps it)
    return DateMention(start, end, day, month, year_number, weekday, text[start:end])


def resolve_date(
    day: int, month: int, year: int | None, *, reference_date: date, weekday: int | None = None
) -> date | None:
    """The calendar date of a day and month, finding the year when it is not written.

    With a weekday, the one year within a year of ``reference_date`` whose
    date falls on that weekday (None when no single year fits). Without one,
    the next occurrence on or after ``reference_date``.
    """
    try:
        if year is not None:
            return date(year, month, day)
        if weekday is not None:
            fits = []
            for candidate in range(reference_date.year - 1, reference_date.year + 2):
                try:
                    day_in_year = date(candidate, month, day)
                except ValueError:
                    continue
                if day_in_year.weekday() == weekday:
                    fits.append(day_in_year)
            return fits[0] if len(fits) == 1 else None
        for candidate in range(reference_date.year, reference_date.year + 5):
            try:
                day_in_year = date(candidate, month, day)
            except ValueError:
                continue  # 29 February in a common year
            if day_in_year >= reference_date:
                return day_in_year
    except (ValueError, OverflowError):
        return None
    return None


#: A bracketed time zone: "(heure de Paris)", "(CET)", "(Brussels time)".
_ASIDE = compiled(r"\((?:heure|utc|gmt|cet|cest|mez|mesz|ortszeit)[^()]{0,30}\)|\([^()]{0,30}(?:time|heure|tijd|zeit)\)",
                  re.IGNORECASE)


def _after_time(text: str) -> str:
    """``text`` past the time written at its start, if any (", minuit", " à 12h", " 17:00 CET")."""
    return text[_time_after(text)[2] :]


def _time_after(text: str) -> tuple[str | None, str | None, int]:
    """Time written just after a date, as written; the UTC offset it names ("GMT -5": "-05:00"), if any; length."""
    match = _TIME.match(text[:40])
    if not match:
        return None, None, 0
    if match.group("midnight"):
        hour, minute = 23, 59
    elif match.group("noon"):
        hour, minute = 12, 0
    elif match.group("ampm"):
        hour = int(match.group("h12")) % 12 + (12 if match.group("ampm").lower() == "p" else 0)
        minute = int(match.group("m12") or 0)
    elif match.group("ampmb"):
        hour = int(match.group("h12b")) % 12 + (12 if match.group("ampmb").lower() == "p" else 0)
        minute = int(match.group("m12b"))
    elif match.group("hhmm"):
        hour, minute = int(match.group("hhmm")), int(match.group("mm"))
    elif match.group("hour"):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
    else:
        hour, minute = int(match.group("hour_only")), 0
    offset = None
    if (match.group("tz") or "").lower() in {"utc", "gmt"}:
        hours = int(match.group("offset").replace(" ", "")) if match.group("offset") else 0
        offset = f"{'-' if hours < 0 else '+'}{abs(hours):02d}:00"
    return f"{hour:02d}:{minute:02d}", offset, match.end()


@dataclass(frozen=True)
class _Found:
    deadline: Deadline
    position: int
    explicit: bool


def parse_deadlines(text: str, *, reference_date: date, language: str = "fr") -> list[Deadline]:
    """Application deadlines stated in a page body, in page order, each date once.

    ``language`` is accepted for the shared normaliser signature; the words of
    every supported language are always read, since Belgian pages mix them.
    """
    if not isinstance(text, str) or not text:
        return []
    sentences = dated_sentences(text)
    calendar = page_calendar(text, reference_date)
    found: list[_Found] = []
    low = lowered(text)
    relative = _RELATIVE_CUES.any(low)  # once a page: most pages state no relative rule
    # Once a page too: where a month stands without its day (few sentences; most pages have none).
    months_alone = [start for start, _ in _months_alone(low)]
    for position, (sentence, mentions) in enumerate(sentences):
        if not mentions:
            if months_alone and any(sentence.start <= at < sentence.end for at in months_alone):
                found.extend(_Found(located(deadline, sentence), position, True)
                             for deadline in _month_only_deadlines(sentence.text))
            # A sentence without a date can only state a relative rule ("au moins deux mois avant le départ").
            if not relative or not _RELATIVE_CUES.any(lowered(sentence.text)):
                continue
        # "Kandidaten voordragen? Dat kan tot 23 december.": the sentence before names the act; so does a
        # question answered by a short sentence ("Quand postuler ? Avant le 15 mars.", "When to apply? By …"),
        # and a short sentence that is only a window or a deadline ("Applications are now open. From 1 February
        # to 15 March 2026.").
        previous = sentences[position - 1][0].text if mentions and position else ""
        follows_applying = answers_when = False
        if previous:
            low, words = lowered(sentence.text), len(_WORDS.findall(sentence.text))
            previous_low = lowered(previous)
            asked = previous.rstrip().endswith("?") and words <= 8
            follows_applying = bool(
                (_ANAPHORA.match(low) or asked or (words <= 12 and _OPENS_ON_DATE.match(low)))
                and _APPLICATION.search(previous_low))
            # "When to apply?" over "15 March 2023": the answer needs no preposition. The question's verb is the
            # applicant's act: not "When will I know if my application is accepted?".
            answers_when = bool(
                (follows_applying and asked and _WHEN_QUESTION.search(previous_low) and _APPLY_VERB.search(previous_low)
                 and not _names_another_step(previous_low))
                # "Deadline?" over "12 May 2023": the question is the deadline's noun alone
                or (asked and len(_WORDS.findall(previous)) <= 3 and _DEADLINE_NOUN.search(previous_low)))
        # "Gelet op het advies …", a bullet under "Vormvereisten": the act's own procedure, not the applicant's.
        if mentions and (_RECITAL.search(lowered(sentence.text))
                         or (sentence.heading and _RECITAL.search(lowered(sentence.heading)))):
            continue
        in_columns = _column_deadlines(sentence.text, sentence.heading, calendar, mentions) if mentions else None
        found.extend(
            _Found(located(deadline, sentence), position, explicit)
            for deadline, explicit in (in_columns if in_columns is not None else _deadlines_in_sentence(
                sentence.text, sentence.heading, calendar, mentions, relative, sentence.group, follows_applying,
                answers_when))
        )
    deadlines = _without_superseded(_deduplicate(found))
    if any(deadline.date for deadline in deadlines):
        # "annual call with deadline in September" beside "Deadline: 12 September 2018": the day is stated.
        deadlines = [deadline for deadline in deadlines if deadline.cue != _MONTH_ONLY_CUE]
    return deadlines


#: A month named without its day: "clôture en octobre", "date limite prévue mi-mai", "Die Bewerbungsfrist endet im
#: März", "applications close in early March". Full names only (an abbreviation alone is too often a word), after
#: a preposition, a part of the month, or a label's colon ("Deadline: mid-October").
_MONTH_WORD = Prefilter(compiled(
    r"\b(?:" + literal_alternation(name for name in MONTHS if len(name) >= 4 or name in ("mai", "mei", "may")) + r")(?![\w])"
))
_MONTH_ONLY_BEFORE = compiled(
    r"(?:\b(?:début|mi-|mi\s|early|mid-?|late|begin|half|medio|anfang|mitte)\s*"
    r"|\b(?:en|in|im|au\s+mois\s+d[e']|courant|vers|meestal|tegen|rond|ab)\s+|:\s*)$"
)
#: How far before a month its preposition or part word may start ("au mois de ", "dans le courant de ").
_MONTH_ONLY_REACH = 20


def _months_alone(low: str) -> list[tuple[int, int]]:
    """(start of the words before the month, end of the month) of each month named after a preposition.

    The month names are scanned first (a plain word list), then only their few hits are tested for what stands
    before them: scanning the prepositions first tries the month list after every "in" and "en" of a page.
    """
    found = []
    for month in _MONTH_WORD.finditer(low):
        before = _MONTH_ONLY_BEFORE.search(low, max(0, month.start() - _MONTH_ONLY_REACH), month.start())
        if before:
            found.append((before.start(), month.end()))
    return found


_MONTH_ONLY_CUE = "month without its day"


def _month_only_deadlines(written: str) -> list[Deadline]:
    """Deadlines stated as a month without its day, in a sentence with no full date: a rule, not a date.

    CONTRACT.md: what cannot be resolved to a day keeps ``date`` null and its words in ``rule``. The month
    must follow a deadline cue with no other step named in between ("ouverture en mai, clôture en octobre":
    only October), or the act of applying directly ("doivent être envoyées début mars").
    """
    text = lowered(written)
    if not _DEADLINE_CUE.search(text) and not _APPLY_VERB.search(text):
        return []
    results = []
    start = 0
    for match_start, match_end in _months_alone(text):
        before = text[max(start, match_start - 100) : match_start]
        start = match_end
        cue = None
        for cue in _DEADLINE_CUE.finditer(before):
            pass
        if cue is not None:
            rule_start = match_start - len(before) + cue.start()
            # "Der Aufenthalt beginnt frühestens im Juli bzw. spätestens im März": the cue's clause is another step's.
            between = _clause(text[max(0, rule_start - 100) : rule_start]) + before[cue.end() :]
            if _names_another_step(between):
                continue
        elif _APPLY_VERB_THEN_DATE.search(before):
            rule_start = match_start
        else:
            continue
        # "De sluitingsdatum … wordt in december bekendgemaakt": the month is when something else happens.
        if _step_follows(text[match_end : match_end + _APPLICATION_AFTER], text[:match_start]):
            continue
        rule = written[rule_start:match_end].strip(" ,:")
        results.append(Deadline(None, None, "application", rule, written, cue=_MONTH_ONLY_CUE))
    return results


def _without_superseded(deadlines: list[Deadline]) -> list[Deadline]:
    """A deadline moved later replaces the one it moved from (the earlier date within a few months).

    "Einsendeschluss ist der 31. Mai. … wurde der Einsendeschluss auf den 15.
    Juni verschoben": only 15 June is still a deadline.
    """
    moved = [date.fromisoformat(d.date) for d in deadlines if d.date and _POSTPONED.search(d.evidence or "")]
    if not moved:
        return deadlines
    return [d for d in deadlines if not d.date or not any(
        timedelta(0) < later - date.fromisoformat(d.date) <= _POSTPONEMENT for later in moved)]


#: "juin 2024", "September 2024": a month of the page's calendar. The scan is anchored on the year (digits
#: are rare, a month alternation is tried at every letter); the month is looked up behind it.
_YEAR = Prefilter(compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)"))
_MONTH_BEFORE_YEAR = compiled(rf"(?<![\w])(?P<month>{_MONTH_NAME})\s+$", re.IGNORECASE)


#: A page's own publication stamp: "Publié le 15.06.2021", "Mis en ligne le 3 mars 2024", "Gepubliceerd op
#: 12/05/2023", "Published on 1 March 2024", "Veröffentlicht am 15.03.2026".
#: (a weekday may stand before the date: "Gepubliceerd op dinsdag 4 april 2023", "Publié le mardi 4 avril 2023")
_PUBLICATION_STAMP = languages.cue_pattern(
    "publication_stamp",
    r"{}(?:\s+(?:le|on|op|am))?\s*:?\s*(?:(?:le|on|op|am)\s+)?"
    rf"(?:{_WEEKDAY_NAME}\s*,?\s+(?:(?:le|the|den)\s+)?)?$",
    flags=0,
)


_PUBLICATION_WORDS = Prefilter(languages.cue_pattern("publication_stamp", flags=0))


def publication_stamp(text: str) -> date | None:
    """The date a page says it was published ("Publié le 15.06.2021"), else None.

    CONTRACT.md makes it the default reference date of a page read without one.
    """
    if not isinstance(text, str):
        return None
    low = lowered(text[:5000])
    if not _PUBLICATION_WORDS.search(low):
        return None
    for match in find_dates(text[:5000]):
        if match.year is not None and _PUBLICATION_STAMP.search(low, max(0, match.start - 40), match.start):
            return date(match.year, match.month, match.day) if _valid(match.year, match.month, match.day) else None
    return None


@dataclass(frozen=True)
class PageCalendar:
    """What a page's own dates say about the year of a date written without one.

    CONTRACT.md: a yearless date takes "the year that makes sense from the
    page". A date stated elsewhere on the page with its year keeps that year
    ("Date limite : 30 septembre 2021" … "avant le 30 septembre"). Otherwise
    the reference date (publication or crawl) decides, as the next
    occurrence; but when the reference is well after every dated mention of
    the page (an old page read today), the page's own dates decide: the last
    occurrence by the page's latest date, not before its publication stamp
    ("fixée au 2 novembre prochain. Les séjours auront lieu entre mars et
    juin 2024" is 2 November 2023).
    """

    reference_date: date
    written: tuple[date, ...] = ()
    published: date | None = None
    #: An act's dates without a year are yearly rules ("uiterlijk op 1 maart"), whatever the act's own date.
    legal: bool = False
    #: A page that writes no year at all (a standing programme: "au plus tard le 15 janvier") states yearly
    #: dates: a one-off call names its year somewhere.
    standing: bool = False
    #: The dates written in full (day, month, year), without the months named with a year ("septembre 2024"),
    #: which ``written`` holds as their first day: a yearly "1er septembre de chaque année" (or an act's) takes
    #: its next occurrence, not the year of "version du 25 septembre 2024".
    dated: tuple[date, ...] = ()

    @classmethod
    def of(cls, text: str, sentences, reference_date: date) -> "PageCalendar":
        published = publication_stamp(text)
        written = {
            date(mention.year, mention.month, mention.day)
            for sentence, mentions in sentences
            for mention in mentions
            if mention.year is not None and _valid(mention.year, mention.month, mention.day)
            and not _ACT_CITED.search(sentence.text, max(0, mention.start - _ACT_CITED_REACH), mention.start)
        }
        dated = written - {published}
        for year in _YEAR.finditer(text):
            month = _MONTH_BEFORE_YEAR.search(text, max(0, year.start() - 14), year.start())
            if month and not _ACT_CITED.search(text, max(0, month.start() - _ACT_CITED_REACH), month.start()):
                written.add(date(int(year.group()), MONTHS[month.group("month").rstrip(".").lower()], 1))
        written.discard(published)
        legal = len(_ARTICLE_MARKER.findall(text)) >= 2
        return cls(reference_date, tuple(sorted(written)), published, legal, standing=not _YEAR.search(text),
                   dated=tuple(sorted(dated)))

    def is_stamp(self, mention: DateMention) -> bool:
        """Whether a mention is the page's publication date (its stamp, else the reference date given)."""
        return _valid(mention.year, mention.month, mention.day) and (
            date(mention.year, mention.month, mention.day) == (self.published or self.reference_date))

    def resolve(self, mention: DateMention, *, recurring: bool = False) -> date | None:
        """The date of a mention; a yearless one resolved from the reference date or the page's dates."""
        when = resolve_date(mention.day, mention.month, mention.year, reference_date=self.reference_date,
                            weekday=mention.weekday)
        if mention.year is not None or mention.weekday is not None or when is None:
            return when
        same_day = [written for written in (self.dated if recurring or self.legal else self.written)
                    if (written.month, written.day) == (mention.month, mention.day)]
        if same_day:
            return same_day[-1]
        if recurring or self.legal:
            return when
        latest = self.written[-1] if self.written else self.published
        if latest is None or self.reference_date <= latest + _PAGE_AGE:
            return when
        floor = self.published or date.min
        for year in range(latest.year, floor.year - 1 if self.published else latest.year - 2, -1):
            if _valid(year, mention.month, mention.day) and floor <= date(year, mention.month, mention.day) <= latest:
                return date(year, mention.month, mention.day)
        return resolve_date(mention.day, mention.month, None, reference_date=self.published or latest)


#: An act's recitals and formalities ("Gelet op …", "Vu l'avis …", under "Vormvereisten"): the act's own procedure.
#: (Read on lower-cased text, where its words' openings stand: the cues that open a sentence say so by a look-behind.)
_RECITAL = Prefilter(languages.cue_pattern("recital", flags=0))
#: An act named just before a date ("la loi du 23 mars 1995"): the act's date, not the page's time.
_ACT_CITED = languages.cue_pattern("act_cited", r"(?:{})\s*(?:[0-3]?\d(?:er|\.)?\s*)?$")
_ACT_CITED_REACH = 60
_ARTICLE_MARKER = compiled(r"(?m)^\s*(?:Art(?:icle|ikel)?\.?)\s+\d+", re.IGNORECASE)

#: How long after a page's latest date a reference date still reads the page as current.
_PAGE_AGE = timedelta(days=60)


@lru_cache(maxsize=4)
def page_calendar(text: str, reference_date: date) -> PageCalendar:
    """The page's calendar, read once for the deadlines and the other dates of one page."""
    return PageCalendar.of(text, _dated_sentences(text), reference_date)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _on_or_before(month: int, day: int, end: date) -> date | None:
    """The day and month in ``end``'s year, or the year before: the last such date not after ``end``.

    What a yearless date takes from the dated one that closes its window or its list.
    """
    for year in (end.year, end.year - 1):
        if _valid(year, month, day) and date(year, month, day) <= end:
            return date(year, month, day)
    return None


def _step_follows(after: str, before: str) -> bool:
    """The verb after a sentence's last date names another step: "Ten laatste op 31 januari van het jaar dat
    volgt, ken je de uitslag", "Anträge können rückwirkend bis zum 1. Januar bewilligt werden".

    Dutch and German put the verb after the date. It decides when nothing in the sentence before the date
    names the application, or when it closes the clause in the passive ("bewilligt werden"): then the date
    is the step's.
    """
    clause_after = _CLAUSE_END.split(_SENTENCE_PUNCTUATION.split(after, maxsplit=1)[0], maxsplit=1)[0]
    head = clause_after.split(",", 1)[0]
    # "De winnaars worden uiterlijk op 30 juni bekendgemaakt", "Het project moet uiterlijk op 30 juni afgerond
    # zijn": an event or the end of the work, up to the first comma.
    # (also the call's opening: "De oproep wordt op 15 januari gelanceerd")
    step = (_SELECTION_ACT.search(clause_after) or _EVENT.search(head) or _COMPLETED.search(head)
            or _OPENING.search(head))
    if not step or _APPLY_VERB.search(clause_after) or _APPLICATION.search(clause_after):
        return False
    # "De kandidaturen worden op 15 maart beoordeeld": the applications are what the step is done to.
    # "Bewerber müssen ihr Studium bis zum 1. September abgeschlossen haben": studies done by then, a condition
    # (not "Die Bewerbung muss bis zum 15. März abgeschlossen sein": finishing the application is applying).
    return (not _applying_words(before) or bool(_PASSIVE_END.search(head))
            or bool(_PASSIVE_BEFORE.search(before[-_PASSIVE_REACH:]))
            or bool(_COMPLETED.search(head) and _PERFECT_END.search(head)
                    and _STUDIES.search(before[-_PASSIVE_REACH:])))


_SENTENCE_PUNCTUATION = compiled(r"[.;:]")
#: A bracketed aside holding a year: another step's own date ("(Auswahltermin Mai 2025)", "(selection in May 2025)").
_DATED_ASIDE = compiled(r"\([^()]*\b(?:19|20)\d\d\b[^()]*\)")
#: A clause that ends in the passive ("… bewilligt werden", "… worden toegekend" is not verb-final).
_PASSIVE_END = compiled(r"\b(?:werden|wird|worden|wordt)\s*$")
#: The passive's auxiliary just before the date, its participle after it: "worden op 15 maart beoordeeld".
_PASSIVE_BEFORE = compiled(r"\b(?:werden|wird|worden|wordt)\s+(?:\w+\s+){0,2}$")
_PASSIVE_REACH = 40
#: A perfect tense closing the clause: "… abgeschlossen haben", "… afgerond hebben".
_PERFECT_END = compiled(r"\b(?:haben|hat|hebben|heeft)\s*$")
#: Studies or a degree, the work a perfect tense may say is done by a date.
_STUDIES = languages.cue_pattern("studies")


def _names_another_step(words: str) -> bool:
    """The (lower-cased) words name a step other than applying: a selection, an event, a start, an opening."""
    return any(pattern.search(words) for pattern in (_SELECTION_ACT, _EVENT, _START, _OPENING))


def _opens_not_closes(clause: str) -> bool:
    """The (lower-cased) clause's end names the call's opening and no deadline ("ouverture de l'appel :",
    "Applications open six weeks before …")."""
    end = clause[-50:]
    openings = list(_OPENING.finditer(end))
    # (nor when the call closes after it opens: "die 18 september 2023 opent en sluit op")
    return bool(openings) and not _DEADLINE_CUE.search(end) and not _CLOSES.search(end, openings[-1].end())


def _selection_act(clause: str) -> bool:
    """The clause's last act is the selection's (notified, chosen, heard), not the applicant's sending."""
    if _EVALUATES_APPLICATIONS.search(clause):
        return True
    recipients = [match.span() for match in _TO_THE_COMMITTEE.finditer(clause)]
    act = None
    for found in _SELECTION_ACT.finditer(clause):
        if not any(start <= found.start() < end for start, end in recipients):
            act = found
    if act is None:
        return False
    words = _applying_words(clause)
    return not words or words[-1].start() < act.start()


def _applying_words(text: str) -> list[re.Match]:
    """The words about applying in ``text``, less the deadline cues among them.

    "Je ontvangt uiterlijk op …", "De winnaars worden uiterlijk op … bekendgemaakt": "uiterlijk" says by
    when, not who acts.
    """
    return [found for found in _APPLICATION.finditer(text) if not _DEADLINE_CUE.fullmatch(found.group())]


_DAY_ONLY_WINDOW = compiled(
    r"(?:\bdu|\bfrom|\bvan|\bvom|\bentre\s+le|\bbetween(?:\s+the)?|\btussen)\s+[0-3]?\d(?:er|st|nd|rd|th|e|ste|de"
    # "du 1/02 au 15/03/2026", "vom 1.2. bis 15.3.2026": the first date's month is written, its year is not
    r"|\s*[/.]\s*[01]?\d)?\.?\s*"
    r"(?:au|to|tot(?:\s+en\s+met)?|bis(?:\s+zum)?|et|and|en|und|-|–)\s*(?:(?:le|the)\s+)?$"
)
#: Only the German or Dutch "on" before the date, whose verb comes last: "müssen am … eingegangen sein".
_ON_BEFORE = compiled(r"\b(?:am|op)\s*$")
#: A short label before a date in a list under a deadline heading: "- Research Proposals: 2 September 2019".
_SHORT_LABEL = compiled(r"[^.;:\n]{1,60}:\s*")
#: Only an article before a date under a deadline heading: "Date limite de candidature" / "Le 15 mars 2026 à midi."
_ARTICLE_ONLY = compiled(r"\s*(?:le|the|on|op|am|den|der)\s+", re.IGNORECASE)
_ROW_LABEL = compiled(r"^[^|:–—\n]{0,25}?\s*(?:\||:|–|—|\s-)\s*([^|\n]{1,60})")

#: How far before a date the words about applying may stand ("Les candidatures doivent être adressées au
#: Fonds Y, avenue des Arts 12, boîte 4, 1040 Etterbeek, par voie postale (…), AVANT le 12 mars").
_APPLICATION_REACH = 320
#: How far after a date the words about applying may stand ("Jusqu'au 12 février, il est possible de
#: soumettre une candidature").
_APPLICATION_AFTER = 90
#: The last words of a sentence, where German puts the verb of a long clause.
_VERB_AT_END = 25
#: The noun a window's dates qualify when it is the stay's, written right after them.
_STAY_AFTER = compiled(r"\s*(?:traineeships?|internships?|stages?|séjours?|stay|praktik(?:um|a)|verblijf|mobilit(?:y|é))\b",
                       re.IGNORECASE)
_WORDS = compiled(r"\w+")
_LETTER_WORDS = compiled(r"[^\W\d_]+")


def _deadlines_in_sentence(
    written: str, heading: str | None, calendar: PageCalendar, mentions: list[DateMention] | None = None,
    relative: bool = True, group: str | None = None, follows_applying: bool = False, answers_when: bool = False,
) -> list[tuple[Deadline, bool]]:
    """The deadlines of one sentence, each with whether a deadline cue stated it (not a mere preposition).

    ``group`` is the label above the heading's own ("Application deadlines:" over "EU students:"): its cue
    reaches the dates under each group, unless the group's own label names another step ("Results:").
    ``follows_applying``: the sentence points back to one about applying ("Dat kan tot …").
    ``answers_when``: the sentence answers a question asking when to apply ("When to apply?" over "15 March").
    """
    text = lowered(written)  # every cue is read on it; the deadlines keep the words as written
    heading = lowered(heading) if heading else heading
    results: list[tuple[Deadline, bool]] = []
    previous_end = 0
    # The date accepted just before (its end, its time's length, its index in
    # ``results``, its list's first index): a date joined to it by "et", "ou",
    # "," ("1er février (UTC+1) et 1er octobre (UTC+2)") shares its cue.
    accepted: tuple[int, int, int] | None = None
    lists: list[tuple[int, int]] = []  # (first, last) indices of the dates of one enumeration
    event_before = False  # the previous date's clause was about something other than applying
    applying_before = False  # the previous date's clause named the application
    window_end = -1  # index of the date that closes a window "du … au …", "entre … et …"
    window_opening = ""  # the words before the window's first date: what the window is of
    window_labelled = False  # the window is the only text under a deadline heading
    mentions = find_dates(written) if mentions is None else list(mentions)
    # "Jusqu'au 27-03-2019" alone on its line, under a call's name (not under an event's heading): the call's close.
    # (a time and its zone may close the line: "jusqu'au 1er juin, minuit (heure de Paris)")
    until_line = bool(len(mentions) == 1 and _UNTIL_LINE.match(text, 0, mentions[0].start)
                      and not _ASIDE.sub("", _after_time(text[mentions[0].end :])).strip(" .!:;-–,")
                      and not (heading and _names_another_step(heading)))
    if heading and mentions:
        mentions = _in_the_heading_year(mentions, heading)
    # What the heading above says matters only to a sentence with dates (most have none).
    heading_cue = bool(mentions and heading and _DEADLINE_CUE.search(heading[-60:]))
    # "Open until :" on its own line, the date on the next: the line's first half is the heading.
    heading_until = bool(mentions and heading and _UNTIL_LINE.match(heading.rsplit(" / ", 1)[-1].lower()))
    if mentions and heading and not heading_cue and group:
        group = lowered(group)
        if (_DEADLINE_CUE.search(group[-60:])
                and not _names_another_step(heading)):
            heading_cue, heading = True, f"{group} / {heading}"
    # (not a heading that names an event about the call: "Online-Seminar: Vorstellung der Ausschreibung")
    heading_applies = bool(mentions and heading and _APPLICATION.search(heading)
                           and not _DOCUMENT_DUE.search(_clause(heading[-160:])) and not _EVENT.search(heading))
    # A heading naming the deadline and then another step is a table header: one column each.
    cue_in_heading = _DEADLINE_CUE.search(heading) if heading_cue else None
    heading_columns = bool(cue_in_heading and (_START.search(heading, cue_in_heading.end())
                                               or _SELECTION_ACT.search(heading, cue_in_heading.end())
                                               or _EVENT.search(heading, cue_in_heading.end())))
    stay_window_end = -1  # index of the date that closes a window of the stay or of a year, not of the applying
    stamped = bool(mentions and _PUBLICATION_WORDS.search(text))  # the sentence may hold the page's stamp
    for index, mention in enumerate(mentions):
        if index == stay_window_end:
            continue
        before = text[max(previous_end, mention.start - 120) : mention.start]
        # What stands between this date and the next, without asides: "between 10 February 2020 (from 15.00
        # CET) and 31 March 2020".
        between = text[mention.end : mentions[index + 1].start] if index + 1 < len(mentions) else ""
        if "(" in between:
            between = _PARENTHESIS.sub(" ", between)
        # "1 September 2017 - 17:00 to 18 October 2017 - 16:00": the opening's hour is no word between the ends.
        opening_time = _TIME.match(between) if between else None
        if opening_time:
            between = between[opening_time.end():]
        # The start named inside the subject's noun phrase is no deadline, and the subject's words reach past
        # it to the dates that follow (previous_end stays where it was).
        if (between and _START_ATTRIBUTE.search(text, max(0, mention.start - 40), mention.start)
                and not _RANGE_TO.fullmatch(between) and not _LIST_JOIN.fullmatch(between)):
            continue
        # "Bewerbungsfrist" above a line "1. Oktober 2019 bis 30. November 2019": the label's window.
        labelled_window = bool(heading_cue and not heading_columns and not before.strip(" -–•*:")
                               and _WINDOW_THROUGH.fullmatch(between))
        # "DATE LIMITE : du 13 août au 18 octobre 2024": an application window; its first date is the
        # opening, and the cue before it belongs to the closing date.
        if (
            index + 1 < len(mentions)
            and _RANGE_TO.fullmatch(between)
            # "du … au …", "between … and …"; or a dash, "to", "bis", "tot" with no opening word: "Période
            # d'inscription : 1er février – 15 mars", "Registration: February 1 - March 15" (only "and", "et"
            # without an opening word join a list of dates: "avant le 1er avril et le 1er octobre")
            and (_RANGE_FROM.search(before) or _WINDOW_THROUGH.fullmatch(between))
        ):
            # "Sollicitatieperiode voor de stageperiode van 1 oktober t/m 28 februari: 1 juni – 30 juni": the
            # first window is the stay's, named inside the subject; the label's words reach past it to the dates
            # that follow (when some do: alone, it may be the application window after all).
            if index + 2 < len(mentions) and _START_ATTRIBUTE.search(text, max(0, mention.start - 40), mention.start):
                stay_window_end = index + 1
                continue
            # "De aanvraag geldt voor het academiejaar van 1 september tot 31 augustus": the window is that year.
            if _YEAR_PERIOD.search(text, max(0, mention.start - 40), mention.start):
                stay_window_end = index + 1
                continue
            window_end, window_opening, window_labelled = index + 1, before, labelled_window
            continue
        if stamped and _PUBLICATION_STAMP.search(text, max(0, mention.start - 40), mention.start):
            continue  # "Gepubliceerd op dinsdag 4 april 2023" under an application's bullets: the page's own stamp
        wide_before = text[max(previous_end, mention.start - _APPLICATION_REACH) : mention.start]
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        after = text[mention.end : min(next_start, mention.end + _APPLICATION_AFTER)]
        previous_end = mention.end
        if index + 1 == len(mentions) and _RECEIVED_BY_THAT_DATE.search(text, mention.end):
            # "Review of applications will begin on March 15, 2023; applications received by that date will receive
            # full consideration": whatever the first clause names, the date is the applications' deadline.
            results.append((_deadline_from_mention(written, text, mention, before, calendar, cue="by that date"), True))
            continue
        joined = accepted is not None and (
            _LIST_JOIN.fullmatch(text, accepted[0] + accepted[1], mention.start)
            # "Deadlines aanmelden 19 sept 2022 17 okt 2022 9 jan 2023": full dates one after the other
            or (mention.year is not None and mentions[index - 1].year is not None
                and not text[accepted[0] + accepted[1] : mention.start].strip()))
        if joined:
            results.append((_deadline_from_mention(written, text, mention, before, calendar), results[accepted[2]][1]))
            first = lists.pop()[0] if lists and lists[-1][1] == accepted[2] else accepted[2]
            lists.append((first, len(results) - 1))
            accepted = (mention.end, _time_after(text[mention.end :])[2], len(results) - 1)
            continue
        accepted = None
        # "avoir obtenu son doctorat après le 1/10/2021 et au plus tard le 15/10/2026": the second date
        # shares the first one's subject (a diploma, an event), not an application.
        same_subject = bool(_SAME_SUBJECT.match(before))
        # "Le concours démarre le 15 septembre et se clôt le 30 novembre": what started closes on the second date.
        shares_event = event_before and same_subject and not _APPLICATION.search(before) and not _CLOSES.search(before)
        # "Recruitment starts on 1st March, 2024 and will last until April 10": what starts is the applying,
        # and the second date shares that subject.
        shares_applying = applying_before and same_subject
        applying_before = bool(_APPLICATION.search(_clause(before))) or shares_applying
        event_before = True if shares_event else bool(
            (_EVENT.search(_clause(before)) or _START.search(_clause(before))) and not applying_before)
        if shares_event:
            continue
        # "Date limite :" on its own line, the date on the next line or in the bullets below it.
        # "avant le 29/3/23 (midi) : dépôt du dossier", "16 JANUARI 2023: Indienen van het plan": a timeline row
        # whose label, after the date, names the application.
        row = _ROW_LABEL.match(after)
        row_label = row.group(1) if row else ""
        row_names_act = bool(row_label and (_APPLICATION.search(row_label) or _DEADLINE_CUE.search(row_label)))
        # (not a label that opens a window of its own: "- 1er février 2024 – projet se déroulant entre le 14 mars 2024
        # et le 31 décembre 2024", under "les dates limites suivantes :", is what the deadline is for)
        row_names_step = bool(row_label and any(p.search(row_label) for p in (_SELECTION_ACT, _EVENT, _START))
                              and not (index + 1 < len(mentions) and _RANGE_FROM.search(row_label)))
        row_applies = row_names_act and not (row_names_step or _OPENING.search(row_label))
        labelled = ((not before.strip(" -–•*:") or bool(_SHORT_LABEL.fullmatch(before)) or bool(_ARTICLE_ONLY.fullmatch(before)))
                    and (heading_cue or heading_applies or heading_until)
                    or (row_applies and not before.strip(" -–•*")))
        # A table row under "Bewerbungsfrist | Beginn der Förderung": only the deadline column's date.
        if index and heading_columns:
            labelled = False
            if not _DEADLINE_CUE.search(before):
                continue  # the next column of "Round | Deadline | Decision": another step's date
        # "Toute photographie reçue après le 13 décembre ne pourra être retenue": what arrives later is refused.
        refused_after = bool(_AFTER_BEFORE.search(before[-20:]) and (
            _ARRIVES_LATE.match(text, mention.end)
            or (_LATE_VERB.search(before[-40:]) and _REFUSED.match(text, mention.end))))
        strong = bool(
            _DEADLINE_CUE.search(before) or _DEADLINE_CUE_AFTER.match(text, mention.end) or (labelled and heading_cue)
            or refused_after
        )
        if (labelled and mention.year is not None and not _DEADLINE_CUE.search(before)
                and not _DEADLINE_CUE_AFTER.match(text, mention.end) and calendar.is_stamp(mention)):
            continue  # "1 mei deadline subsidieaanvragen" above "09 april 2013": the page's own stamp
        time_before = _TIME_BEFORE.search(before)
        # "Inscriptions du 1er au 15 mars 2025": a window whose first day is written without its month.
        if index != window_end and _DAY_ONLY_WINDOW.search(before):
            window_end, window_opening = index, before
        if _STAY_AFTER.match(text, mention.end):
            continue  # "For the 1 March – 31 July traineeship – Application period: …": the stay's own dates
        # An age's bound: a birth date ("nés après le 31 décembre 1990 et avant le 1er janvier 2004"), or the day an
        # age is counted on ("zum Zeitpunkt der Ausreise (Stichtag 31. Juli 2021) mindestens 15 und höchstens 17 Jahre
        # alt"): not what applying is due by, whatever cue names it.
        if _BORN.search(before, max(0, len(before) - 80)) or _AGED_AFTER.match(text, mention.end):
            continue
        if not strong and index == window_end:
            # A window is an application window only when its own words say so ("les demandes peuvent être
            # introduites entre … et …"); "the fellowship runs from … to …" under an "Apply" heading is the stay.
            # "vom 5. Oktober bis zum 17. November 2021 … einreichen": the act may follow the window; a short
            # line "- vom 8. bis zum 26. Mai 2023" under "Anträge können in drei Phasen gestellt werden:" takes it
            # from its lead-in. Either only when no other date follows in the sentence (which would be the
            # deadline of whatever the window is: "In de periode van 1 januari tot 30 juni, … tegen 15 september").
            last = index + 1 == len(mentions)
            # The words about applying must be the window's own, in its clause: not "invited to apply for the
            # ninth round, which will run in Singapore from 24 July to 13 October", "Votre projet doit se réaliser
            # durant l'année civile de l'appel à projet, du 01 janvier au 31 décembre". A clause of a word or two
            # ("…, from") reads on into the one before, and so does an apposition that says the thing is open:
            # "La remise des dossiers, ouverte depuis le 2 mars jusqu'au 20 avril".
            opening = _clause(window_opening)
            # (nor does a clause that is only the window's opening words: "…, à compter du 1 août jusqu'au 6 août")
            if (len(_WORDS.findall(opening)) < 3 or not _RANGE_FROM.sub("", lowered(opening)).strip(" ,;:")
                    or _OPEN_APPOSITION.match(opening)):
                opening = window_opening[-120:]
            if not (_APPLICATION.search(opening) or _APPLY_VERB.search(opening) or window_labelled or follows_applying
                    # "Van 28 april tot 29 mei 2020: oproep #2 nieuwe posten voor Junior Experten"
                    or (last and row_applies)
                    # (words, not numbers: "- voor studiejaar 2010-2011 van 1 april … tot en met 13 mei" under "De
                    # subsidie kan worden aangevraagd in de volgende perioden:")
                    or (last and heading_applies and len(_LETTER_WORDS.findall(window_opening)) <= 4)
                    or (last and _APPLY_VERB.search(after) and not _EVENT.search(after))):
                continue
        elif not strong:
            tail = (before[: time_before.start()] if time_before else before)[-40:]
            preposition = _DEADLINE_PREPOSITION.search(tail) or _APPLY_VERB_THEN_DATE.search(tail)
            # "Die Bewerbungen müssen am 15. März bei uns eingegangen sein", "Bewerbungen werden am … erwartet":
            # the act comes after the date, which has only its article.
            verb_after = bool(index + 1 == len(mentions) and _ON_BEFORE.search(tail)
                              and _APPLY_VERB.search(after) and not _EVENT.search(after))
            answered = answers_when and not before.strip(" -–•*:")
            if not (preposition or _RECURRING.search(before) or labelled or verb_after or answered):
                continue
            # "Donnerstag, 6. November 2014", "Appel à projets - 19/8/2015": the page's own date stamp under
            # an application heading or after a dash is when it was published, not a deadline.
            if (mention.year is not None
                    and (labelled or preposition is None or not preposition.group(0).strip(" :–—>|-"))
                    and calendar.is_stamp(mention)):
                continue
            if not (
                _APPLICATION.search(wide_before)
                # "Voor de oproep 2024, die 18 september 2023 opent en sluit op 1 december 2023": what opened on the
                # date before closes on this one, and the words about applying stand before both.
                or (index and _CLOSES.search(before)
                    and _OPENING.search(text, max(0, mentions[index - 1].start - 40), mention.start)
                    and _APPLICATION.search(text, max(0, mention.start - _APPLICATION_REACH), mention.start))
                or follows_applying
                or shares_applying
                or heading_applies
                or row_applies
                or (results and _PARALLEL_PREPOSITION.search(tail))
                or until_line or (heading_until and labelled)
                # "Jusqu'au 12 février, il est possible de soumettre une candidature": the last date of its
                # sentence may have its application words after it — in German at the very end of a long
                # clause ("Bis Montag, 23. November 2020 können Gemeinden, … Vereine … ihre Aktionen einreichen").
                or (index + 1 == len(mentions) and not _EVENT.search(text, mention.end)
                    and (_APPLY_VERB.search(after) or _APPLY_VERB.search(text, max(mention.end, len(text) - _VERB_AT_END))))
            ):
                continue
        # "May 6th | Notification of acceptance", "20 mai : résultats": a table or timeline row whose label,
        # after the date, names another step.
        # Not when a deadline cue stands just before the date: "Deadline 15.03.2026 | Results 30.04.2026" is two cells.
        if row_names_step and not row_names_act and not _DEADLINE_CUE.search(before[-25:]):
            continue
        # (an aside with its own time names another step's date: "26.02.2025 (Auswahltermin Mai 2025)")
        if index + 1 == len(mentions) and not refused_after and _step_follows(_DATED_ASIDE.sub(" ", after),
                                                                              text[: mention.start]):
            continue
        clause = _clause(window_opening if index == window_end else before)
        # A window named an application period closes the applying, whatever starts later ("The application
        # period for traineeships starting in March is open from … to …").
        named_period = index == window_end and _APPLICATION_PERIOD.search(clause)
        # "Applications will be reviewed after the deadline of 12 May": the deadline noun governs the date, whatever
        # the clause's other step.
        # (Not "Payment Deadline 5 May": a word of another step before the noun makes it that step's deadline.)
        near = before[-40:]
        noun = _DEADLINE_NOUN_OF.search(near)
        governed = noun is not None and _ARTICLE_BEFORE.search(near[: noun.start()]) is not None
        if ((not governed and ((not named_period and (_EVENT.search(clause) or _START.search(clause)))
                               or _selection_act(_clause(wide_before))))
                or _OTHER_PARTY.search(clause)):
            continue
        if index != window_end and _opens_not_closes(clause):
            continue
        clock_before = time_before.group("time") if time_before else None
        results.append((_deadline_from_mention(written, text, mention, before, calendar, clock_before,
                                               _cue(before, text, mention, heading, index == window_end)), strong))
        accepted = (mention.end, _time_after(text[mention.end :])[2], len(results) - 1)
    for first, last in lists:
        _share_year(results, first, last)
        _share_rule(results, first, last, written)
    if not relative or not _RELATIVE_CUES.any(text) or not _RELATIVE_NEEDS.search(text):
        return results
    position = 0
    while match := _RELATIVE.search(text, position):
        # A rejected match may overlap the real rule after it ("au plus tôt six mois avant le début du
        # stage et … au plus tard le jour avant…"): the search resumes just after its start.
        position = match.start() + 1
        before = text[max(0, match.start() - 120) : match.start()]
        # The rule itself names a start ("avant le début du stage"), so only events disqualify it; a colon
        # opens the rule's own clause ("sollte man früh beginnen: mindestens sechs Monate vor …").
        clause = _clause(before).rsplit(":", 1)[-1]
        # A counted length may be relative to a named event ("14 days before the start of the conference");
        # "la veille du webinaire" is when the event's own steps happen.
        if _EVENT.search(clause) or _START.search(clause) or (
            _EVENT.search(match.group(0)) and not _COUNTED_LENGTH.search(match.group(0))
        ):
            continue
        # What is due: named before the rule, by a deadline label, by the heading above, or after the rule
        # ("mindestens sechs Monate vor Antritt … muss der Antrag gestellt werden").
        target = _RELATIVE_TARGET.search(match.group(0))
        if target and _APPLICATION.search(target.group(1)[:30]):
            continue  # "before starting your application", "zwei Monate nach einer Eingabedeadline": not a deadline
        if not (_APPLICATION.search(before) or _DEADLINE_CUE.search(before) or _APPLY_VERB.search(match.group(0))
                or (heading and _APPLICATION.search(heading))):
            continue
        if _selection_act(clause) or _EARLIEST.search(before[-40:]):
            continue
        # "Applications open six weeks before the closing date": when the call opens, not closes.
        if _opens_not_closes(clause):
            continue
        # A report or receipts due after the stay: "Applicants must send a report and final financial statement
        # within one month after the activity", "Spätestens einen Monat nach Ende der Reise ist ein Bericht …
        # einzureichen" (the sentence up to the rule, past its "and", or the rule itself names it).
        if _DUE_AFTERWARDS.search(before.rsplit(";", 1)[-1]) or _DUE_AFTERWARDS.search(match.group(0)):
            continue
        # "must be submitted six months before the start … at the earliest": the rule opens the window (not an
        # aside after it: "Vóór je vertrek (ten vroegste 2 maanden voor jouw vertrek)" closes at the departure).
        tail = text[match.start() : match.end() + 20].split("(", 1)[0]
        if _EARLIEST_WORDS.search(tail) and not _DEADLINE_CUE.search(tail):
            continue
        rule = _CLAUSE_END.split(written[match.start() : match.end()], maxsplit=1)[0].strip()
        results.append((Deadline(None, None, "application", rule, written, cue="relative rule"), True))
        position = match.end()
    return results


def _column_deadlines(
    written: str, heading: str | None, calendar: PageCalendar, mentions: list[DateMention]
) -> list[tuple[Deadline, bool]] | None:
    """The deadlines of a table row read by its columns, or None when the header names no closing column.

    "Round | Opens | Closes" over "1 | 1 February 2023 | 15 March 2023": the date under the column that names the
    call's close (or a deadline) is the deadline, the others are the other steps' (in whatever order the columns
    come). A column that also names another step ("Start of applications") is no close; a header without a
    closing column leaves the row to the sentence reader.
    """
    # As many cells in the row as in the header: otherwise the columns cannot be told apart.
    if not heading or "|" not in heading or heading.count("|") != written.count("|"):
        return None
    cells = heading.split("|")
    closing = [bool((_DEADLINE_CUE.search(cell) or _CLOSING_COLUMN.search(cell)) and not _names_another_step(cell))
               for cell in map(lowered, cells)]
    if not any(closing):
        return None
    text = lowered(written)
    bounds = [index for index, char in enumerate(written) if char == "|"]
    results = []
    for mention in mentions:
        column = sum(1 for bound in bounds if bound < mention.start)
        if closing[column]:
            cell_start = bounds[column - 1] + 1 if column else 0
            before = text[cell_start : mention.start]
            results.append((_deadline_from_mention(written, text, mention, before, calendar,
                                                   cue=f"column: {cells[column].strip()}"), True))
    return results


def _in_the_heading_year(mentions: list[DateMention], heading: str) -> list[DateMention]:
    """Yearless dates under a heading that names one year take it ("Die Fristen im Jahr 2028" over "- Freitag, 28.
    Januar"), when the weekday written with them agrees and the sentence writes no year of its own (which its
    other dates share: "op 6 juli en 21 september 2018")."""
    years = set(_YEAR.findall(heading))
    if len(years) != 1 or any(mention.year is not None for mention in mentions):
        return mentions
    year = int(years.pop())
    return [replace(mention, year=year) if mention.year is None and _valid(year, mention.month, mention.day) and (
        mention.weekday is None or date(year, mention.month, mention.day).weekday() == mention.weekday) else mention
            for mention in mentions]


def _cue(before: str, text: str, mention: DateMention, heading: str | None, window_end: bool) -> str:
    """The words that made a date a deadline, for the record's reason ("date limite", "window end")."""
    cue = _DEADLINE_CUE.search(before) or _DEADLINE_CUE_AFTER.match(text, mention.end)
    if cue:
        return cue.group(0).strip(" ,:(")
    if window_end:
        return "end of an application window"
    preposition = _DEADLINE_PREPOSITION.search(before[-40:])
    if preposition and preposition.group(0).strip():
        return preposition.group(0).strip()
    return f"heading: {heading}" if heading else "application words"


def _share_rule(results: list[tuple[Deadline, bool]], first: int, last: int, text: str) -> None:
    """Dates of one enumeration whose year was inferred all keep the whole enumeration as their rule.

    "avant le 1er avril et le 1er octobre de chaque année" is one rule with
    two dates; each deadline shows it, from the cue to the last date (and
    its time zone or "de chaque année").
    """
    rules = [results[index][0].rule for index in range(first, last + 1)]
    if not rules[0] or not any(rules):
        return
    start = text.find(rules[0])
    end_rule = next((rule for rule in reversed(rules) if rule), None)
    end = text.find(end_rule, start) + len(end_rule) if end_rule else -1
    if start < 0 or end <= start:
        return
    tail = _RULE_TAIL.match(lowered(text), end)
    if tail:
        end = tail.end()
    phrase = text[start:end].strip(" ,:")
    for index in range(first, last + 1):
        deadline, strong = results[index]
        if deadline.rule:
            results[index] = (replace(deadline, rule=phrase), strong)


def _share_year(results: list[tuple[Deadline, bool]], first: int, last: int) -> None:
    """The year written after an enumeration's last date is the year of the yearless dates before it.

    "Antragsfrist: 15. März sowie 15. Juni sowie 15. November 2018" is three dates of 2018 (the year before
    for a date that would fall after the last one), as "du 1er février au 31 mai 2009" opens in 2009. A
    yearly rule ("de chaque année") writes no year and is left as it is.
    """
    closing = results[last][0]
    if closing.rule or not closing.date or closing.recurring:
        return
    end = date.fromisoformat(closing.date)
    for index in range(first, last):
        deadline, strong = results[index]
        if not deadline.rule or not deadline.date or deadline.recurring:
            continue
        when = _on_or_before(int(deadline.date[5:7]), int(deadline.date[8:10]), end)
        if when is not None:
            results[index] = (replace(deadline, date=when.isoformat()), strong)


_PARENTHESIS = compiled(r"\([^()]*\)")
_ADDRESS = compiled(r"(?:https?://|www\.)\S+|\S+@\S+")


def _clause(before: str) -> str:
    """The end of ``before`` from its last clause boundary (",", ";", "et", "and").

    A closed parenthesis is dropped first: "Les candidatures (CV, copie du
    diplôme) sont à envoyer pour le…" is about applying, and the diploma in
    the list is not what the date is for.
    """
    if "(" in before:
        before = _PARENTHESIS.sub(" ", before)
    if "www." in before or "://" in before or "@" in before:
        before = _ADDRESS.sub(" ", before)  # "via www.start-academy.be": an address's words say nothing
    lowered = before.lower()
    cut = _last_boundary(lowered)
    if cut > 0 and _ADVERB_ALONE.fullmatch(lowered, cut + 1):
        # "Results will be announced as soon as possible, and no later than": the adverb joins the verb before the
        # comma, whose clause says what the date is for.
        cut = _last_boundary(lowered[:cut].rstrip(" ,;"))
    return before[cut + 1 :]


def _last_boundary(lowered: str) -> int:
    """Where the last clause of ``lowered`` begins, less one: its last ",", ";", " et " or " and " (-1 if none)."""
    return max(lowered.rfind(","), lowered.rfind(";"), lowered.rfind(" et "), lowered.rfind(" and "))


#: A deadline's adverb alone after a clause boundary, with its conjunction: ", and no later than", ", et au plus tard le".
_ADVERB_ALONE = compiled(r"\s*(?:(?:and|et|en|und|or|ou|of|oder)\s+)?(?:" + languages.alternation("deadline_cue_after")
                         + r"|(?:no|not)\s+later\s+than)\s*(?:(?:le|op|am|on|the)\s+)?")


def _deadline_from_mention(
    text: str, low: str, mention: DateMention, before: str, calendar: PageCalendar, clock_before: str | None = None,
    cue: str | None = None,
) -> Deadline:
    """The deadline of one date of ``text`` (as written; ``low`` is it lowered, which the cues read)."""
    recurring = bool(_RECURRING.search(before) or _RECURRING.match(low, mention.end, mention.end + 40)
                     or _RULE_TAIL.match(low, mention.end).end() > mention.end)
    when = (_past_occurrence(low, mention, calendar) or _sentence_year(text, mention, calendar)
            or calendar.resolve(mention, recurring=recurring))
    clock, offset, time_length = _time_after(text[mention.end :])
    if clock is None and mention.year is None:
        # "au plus tard le 15 mars de chaque année, à 12h": the time follows the yearly words.
        tail = _RULE_TAIL.match(low, mention.end)
        if tail and tail.end() > mention.end:
            clock, offset, _ = _time_after(text[tail.end() :])
    if clock is None and clock_before:
        clock, offset, _ = _time_after(clock_before)
    rule = None
    if mention.year is None and (when is None or mention.weekday is None):
        # The year was not written and no weekday pins it: keep the words.
        rule = _rule_phrase(text, low, mention, before, time_length)
    return Deadline(when.isoformat() if when else None, clock, "application", rule, text,
                    recurring=(recurring or calendar.standing or calendar.legal) and mention.year is None,
                    utc_offset=offset if clock else None, cue=cue)


#: A yearless date said to be past: "le 14 décembre dernier", "op 14 december jongstleden" (not "dernier délai").
_PAST_MARK = compiled(r"\s*(?:dernier(?!\s+délai)|passé\b|jongstleden|j\.l\.|jl\.)")


def _past_occurrence(low: str, mention: DateMention, calendar: PageCalendar) -> date | None:
    """The last occurrence on or before the reference date of a yearless date marked as past."""
    if mention.year is not None or not _PAST_MARK.match(low, mention.end):
        return None
    for year in (calendar.reference_date.year, calendar.reference_date.year - 1):
        if _valid(year, mention.month, mention.day) and date(year, mention.month, mention.day) <= calendar.reference_date:
            return date(year, mention.month, mention.day)
    return None


#: A year on its own, not part of a date or of a range of years ("Provinzzuschuss 2023", not "2023-2024").
_LONE_YEAR = compiled(r"(?<![\d./-])(?:19|20)\d\d(?![\d./-]|\s*[-–/]\s*(?:19|20)?\d\d\b)")


def _sentence_year(text: str, mention: DateMention, calendar: PageCalendar) -> date | None:
    """A yearless date in a sentence that names one current year takes it.

    "Provinzzuschuss 2023 bis zum 30. Juni beantragen" read in 2023 is 30 June 2023, whatever older years
    the page names. Another year says nothing of the deadline's: "Depuis 2019, …", and "Beurzen 2016 – vóór
    7 oktober" read in 2015 is the programme year, applied for the year before.
    """
    if mention.year is not None:
        return None
    years = {int(match.group()) for match in _LONE_YEAR.finditer(text)}
    if len(years) != 1:
        return None
    year = years.pop()
    if year != calendar.reference_date.year or not _valid(
            year, mention.month, mention.day):
        return None
    return date(year, mention.month, mention.day)


def _rule_phrase(text: str, low: str, mention: DateMention, before: str, time_length: int) -> str:
    """The words of a yearly or unresolved deadline: from its cue to the date (and time)."""
    starts = [
        match.start()
        for pattern in (_RECURRING, _DEADLINE_CUE, _DEADLINE_PREPOSITION)
        for match in [pattern.search(before)]
        if match
    ]
    start = mention.start - len(before) + min(starts) if starts else mention.start
    end = mention.end + time_length
    tail = _RULE_TAIL.match(low, end)
    if tail:
        end = tail.end()
    return text[start:end].strip(" ,:>|")


def _deduplicate(found: list[_Found]) -> list[Deadline]:
    """One deadline per date (or per rule text), keeping the most explicit evidence."""
    best: dict[str, _Found] = {}
    for item in found:
        key = item.deadline.date or f"rule:{item.deadline.rule}"
        kept = best.get(key)
        if kept is None or _explicitness(item) > _explicitness(kept):
            best[key] = item if kept is None else _Found(item.deadline, kept.position, item.explicit)
    return [item.deadline for item in sorted(best.values(), key=lambda item: item.position)]


def _explicitness(item: _Found) -> tuple[bool, bool]:
    return item.deadline.time is not None, item.explicit


#: What a date that is not a deadline is (CONTRACT.md ``other_dates``), by the words of its clause; the
#: first that matches wins.
_NOTIFICATION = compiled(
    r"notifi|informée?s?\b|\binformed\b|communiqu|meegedeeld|mitgeteilt|geïnformeerd|benachrichtig|\bheard\b"
    r"|réponse|\bresponse\b|\breply\b|antwoord",
    re.IGNORECASE,
)
_RESULTS = compiled(r"résultat|\bresult|uitslag|ergebnis|lauréat|laureate|\bwinners?\b|winnaar|gewinner",
                    re.IGNORECASE)
_END = compiled(r"\bfin\b|\bend(?:s|ing)?\b|s'achèv|s'achev|se\s+termin|eindig|\bende\b|\bendet\b", re.IGNORECASE)


def parse_other_dates(
    text: str, *, reference_date: date, deadlines: list[Deadline] | None = None
) -> list[OtherDate]:
    """The page's dates that are not application deadlines, each with what it is, in page order, once each.

    Notifications, selections, results, events, the stay's start and end, the
    opening of a call and the page's publication (CONTRACT.md). A date written
    without a year is resolved as deadlines are; one that cannot be is left out.
    """
    if not isinstance(text, str) or not text:
        return []
    taken = {d.date for d in deadlines if d.date} if deadlines is not None else {
        d.date for d in parse_deadlines(text, reference_date=reference_date) if d.date}
    sentences = dated_sentences(text)
    calendar = page_calendar(text, reference_date)
    found: dict[str, OtherDate] = {}
    for sentence, mentions in sentences:
        for index, mention in enumerate(mentions):
            when = _window_start(sentence.text, mentions, index) or calendar.resolve(mention)
            if when is None or when.isoformat() in taken or when.isoformat() in found:
                continue
            what, cue = _what_date(lowered(sentence.text), mentions, index, calendar)
            found[when.isoformat()] = located(OtherDate(when.isoformat(), what, sentence.text, cue=cue), sentence)
    return list(found.values())


def _window_start(text: str, mentions: list[DateMention], index: int) -> date | None:
    """The first date of a window written without its year takes the closing date's year, or the one before.

    "open from the 1 February until the 31st of May 2009" opens on 1 February 2009, whatever the reference date.
    """
    mention = mentions[index]
    if mention.year is not None or index + 1 >= len(mentions):
        return None
    end = mentions[index + 1]
    if (end.year is None or not _RANGE_TO.fullmatch(lowered(text), mention.end, end.start)
            or not _valid(end.year, end.month, end.day)):
        return None
    return _on_or_before(mention.month, mention.day, date(end.year, end.month, end.day))


def _what_date(text: str, mentions: list[DateMention], index: int, calendar: PageCalendar) -> tuple[str, str | None]:
    """What a date is, and the words that said so."""
    mention = mentions[index]
    before = _clause(text[max(0, mention.start - 120) : mention.start])
    row = _ROW_LABEL.match(text[mention.end : mention.end + 80])
    words = f"{before} {row.group(1) if row else ''}"
    if calendar.published and (mention.year, mention.month, mention.day) == (
            calendar.published.year, calendar.published.month, calendar.published.day):
        return "publication", None
    opens_range = index + 1 < len(mentions) and _RANGE_TO.fullmatch(text, mention.end, mentions[index + 1].start)
    closes_range = index > 0 and _RANGE_TO.fullmatch(text, mentions[index - 1].end, mention.start)
    application = _APPLICATION.search(text[max(0, mention.start - _APPLICATION_REACH) : mention.start])
    if opens_range and application:
        return "opening", application.group(0)
    for what, pattern in (("opening", _OPENING), ("notification", _NOTIFICATION), ("results", _RESULTS),
                          ("selection", _SELECTION_ACT),
                          ("start", _START), ("end", _END), ("event", _EVENT)):
        found = pattern.search(words)
        if found:
            return what, found.group(0)
    if opens_range:
        return "start", None
    if closes_range:
        return "end", None
    return "other", None
