"""How long the opportunity lasts: months, and start and end dates when stated.

A page gives the length as a quantity ("Durée: 6 mois", "3 offres de stage
de 6 mois", "une durée maximale de six mois et une durée minimale de deux
mois", "gedurende 8 weken", "un an") and/or as a date range ("Dates du stage:
15 avril au 15 octobre 2025", "du 1 avril 2025 au 30 septembre 2025"). Both
are read sentence by sentence and combined into one ``Duration``.

Which quantities count. Pages also use months and years for other things
(documents due "dans les deux mois qui suivent", "diplômé depuis moins de 2
ans", "si le reste de la période s'élève au minimum à deux mois", "l'âge de
35 ans"). A quantity counts only when

- the sentence, or the heading above it, is about length ("durée", "duur",
  "duration"...), or the quantity is attached to the opportunity ("stage de 6
  mois", "bourse d'un an", "le stage dure 4 semaines", "pendant 8 semaines"
  in a sentence about a stay/stage/bourse/programme);
- it is not introduced or followed by words that make it a delay or a
  condition ("dans les", "depuis", "au plus tard", "avant", "après", "qui
  suivent", "années civiles"...);
- the sentence is not about documents, payments, extensions or leftovers
  ("pièces justificatives", "rapport", "différence entre", "portée à",
  "si le reste", "inférieure à"); "avec possibilité de prolongation" is
  not a condition on the stated length and does not disqualify it.

Units. Months as written; a year is 12 months; days and weeks are converted
as CONTRACT.md says, months = days / 30.44 (a week is 7 days), rounded to
one decimal: "2 semaines" is 0.5, "4 semaines" 0.9, "8 weken" 1.8, "6 weeks"
1.4, "62 dagen" 2.0. Whole values are ints (6, not 6.0) so JSON shows 6. A
count restated in brackets ("maximaal 2 maanden (62 dagen)") is not a second
length: the stated months win.

Combining. Within a sentence, the lowest stated minimum and the highest
stated maximum are kept ("jusqu'à 10 mois (pour les doctorants - jusqu'à 11
mois)" is at most 11). Across sentences, ``max_months`` is the longest any
applicant can get (the Latvian page offers up to 10, 11 or 5 months: max 11)
and ``min_months`` the shortest; a bound is left out (None) when any sentence
leaves it open ("jusqu'à 5 mois" has no minimum, so the page has none). A
conditional extension is not a maximum: the Flemish decree's "durée maximale
de six mois ... peut être portée à neuf mois ... à condition que" gives max 6.

Dates. A range gives ``start`` and ``end``; a start without a year takes the
end's year ("15 avril au 15 octobre 2025"), a range without any year starts
at its next occurrence. A range only counts in a sentence about the stay
("Dates du stage", "durée", "séjour", "stage"...), not in one about applying
("candidatures du 1er février au 15 mars") nor a project window ("les projets
doivent se dérouler entre..."). Several different ranges on a page are
ambiguous and give no dates. When no quantity is stated, the months are
computed from the range(s), end day included, to one decimal ("1er septembre
2025 au 28 février 2026" is 6).

Evidence: the range sentence, then each quantity sentence that adds
something, joined by " | " ("Dates du stage: 15 avril au 15 octobre 2025 |
Durée: 6 mois").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from normalise import languages
from normalise.dates import DateMention, dated_sentences, find_dates, resolve_date
from normalise.facts import Fact
from normalise.numbers import NUMBER, NUMBER_WORDS, halves_reader, parse_number
from normalise.literals import Prefilter
from normalise.patterns import compiled, literal_alternation

_DAYS_PER_MONTH = 365 / 12
#: CONTRACT.md: months = days / 30.44, a week is 7 days.
_CONTRACT_DAYS_PER_MONTH = 30.44
_MONTHS_PER_UNIT = {"month": 1, "year": 12, "week": 7 / _CONTRACT_DAYS_PER_MONTH, "day": 1 / _CONTRACT_DAYS_PER_MONTH}
_UNITS = {
    # and their English abbreviations: "6 mo.", "2 yrs", "12 wks"
    "month": r"mois|maanden|maand|maandse|months?|monate?n?|monatige[nmrs]?|monatig|mos?|mths?",
    "year": r"années?|ans?|jaren|jaar|years?|jahre?n?|yrs?",
    "week": r"semaines?|weken|week|weekse|weeks?|wochen|woche|wöchige[nmrs]?|wks?",
    "day": r"jours?|dagen|dag|days?|tage?n?|tägige[nmrs]?|tägig|daagse",
}
_ANY_UNIT = "|".join(_UNITS.values())
#: The words of a further length ("ein weiteres Jahr", "a further 3 years"): ``_NUMBER_BEFORE_UNIT`` reads them
#: between the number and its unit, and ``_may_end_with_number`` looks past them.
_FURTHER_WORDS = frozenset(("weitere", "weiteren", "weiteres", "further", "additional", "extra", "bijkomend", "bijkomende"))
#: Words between a count and its unit that leave the length as it is: "5 consecutive days", "12 full months".
_PLAIN_WORDS = frozenset(("consecutive", "consécutifs", "consécutives", "opeenvolgende", "aufeinanderfolgende",
                          "full", "complete", "volle", "ganze", "pleins", "entiers", "calendar"))
#: A unit word; run on lower-cased text (much faster than IGNORECASE), one named group per unit.
_UNIT_WORD = compiled(r"\b(?:" + "|".join(f"(?P<{unit}>{pattern})" for unit, pattern in _UNITS.items()) + r")\b")
_UNIT_WORD_ANY_CASE = compiled(_UNIT_WORD.pattern, re.IGNORECASE)
#: The word of an upper bound after a lower one's number: "(et) au maximum", "and a maximum of", "höchstens".
_SECOND_BOUND_WORD = (r"(?:(?:au\s+|(?:a|un|een)\s+)?maximum\s+(?:(?:of|de|van)\s+)?|maximaal\s+|maximal\s+|max\.\s*"
                      # "At least 1 month and no more than 6 months"
                      r"|at\s+most\s+|hoogstens\s+|höchstens\s+|no\s+more\s+than\s+|niet\s+meer\s+dan\s+|pas\s+plus\s+de\s+"
                      r"|nicht\s+mehr\s+als\s+)")
#: The number (or range of numbers) written just before a unit word: "6", "six", "2 à 4", "tussen 3 en 9", "6-".
_NUMBER_BEFORE_UNIT = compiled(
    # "minstens 2 en maximum 6 maanden", "au moins 2 et au maximum 6 mois": the second bound's word sits
    # between the connector and the number.
    # (a list of counts offered is read as its first and last: "voor een duur van 6, 8 of 12 maanden")
    rf"(?:(?P<low>{NUMBER})(?:\s*,\s*{NUMBER})*\s*"
    rf"(?:(?P<low_unit>{_ANY_UNIT})(?:\s+(?:consécutifs|consecutive|opeenvolgende|aufeinanderfolgende))?)?"
    rf"(?:\s*(?:-\s*(?=bis\b|tot\b|à\b|to\b))?(?:à|-|–|to|tot|et|and|en|bis|und|ou|or|of|oder)\s*"
    # "drei bis maximal sechs Monate", "mindestens ein und höchstens zwei Jahre", "a minimum of 3 and a maximum of 6
    # months"; or a comma, then the bound word: "mindestens 3, höchstens 6 Monate"
    rf"{_SECOND_BOUND_WORD}?|\s*,\s*{_SECOND_BOUND_WORD}))?"
    # "um ein weiteres Jahr verlängert", "for a further 3 years": a further length is only ever an extension
    rf"(?P<number>{NUMBER})\s*-?\s*(?P<further>{literal_alternation(sorted(_FURTHER_WORDS))}\s+)?"
    rf"(?:{literal_alternation(sorted(_PLAIN_WORDS))}\s+)?$",
    re.IGNORECASE,
)

#: "un an et demi", "anderhalf jaar", "half a year" in digits; months and years only ("une demi-journée" is no stay).
_WITH_HALVES = halves_reader(f"{_UNITS['month']}|{_UNITS['year']}")
#: Cheap tests before ``_WITH_HALVES``: the stems every half is written with (a substring test on every sentence),
#: then the words themselves (not the "halb" of "innerhalb").
_HALF_STEMS = ("demi", "half", "halb", "halv")
_HALF_HINT = compiled(r"\bdemi|demie?\b|half|\bhalb|einhalb|anderthalb|halve", re.IGNORECASE)
#: A count written in words and restated in digits: "six (6) months", "trois (3) mois".
_DIGITS_RESTATED = compiled(r"(?<=[^\W\d_])\s*\(\d{1,3}\)(?=\s+[^\W\d_])")
_LAST_WORD = compiled(r"[^\W\d_]+$")
#: The last part of every number word ("huit" for "dix-huit", "twintig" for "eenentwintig").
_NUMBER_WORD_ENDINGS = frozenset(re.split(r"[-\s]", word)[-1] for word in NUMBER_WORDS)

_ABOUT_LENGTH = compiled(
    # "Stageperiode: 3 tot 6 maanden" (a compound), not the application period ("aanvraagperiode")
    r"durée|duur|looptijd|duration|length|dauer|laufzeit|förderzeit|zeitraum|\bperiod\b|\bpériode\b|(?:minimum|maximum)termijn"
    # an award's tenure ("Tenure: 12 months"), not a tenure-track post
    r"|\btenure\b(?![\s-]*track)"
    # the question as a label: "Wie lange: 2-12 Monate pro Studienniveau", "How long: 3 to 6 months"
    r"|\bwie\s+lange\b|\bhow\s+long\b|\bhoe\s+lang\b|\bcombien\s+de\s+temps\b"
    r"|(?<!aanvraag)(?<!indien)(?<!inschrijvings)(?<!tussen)(?<!proef)(?<!wacht)periode\b",
    re.IGNORECASE,
)
#: Two counts offered as alternatives, not a range: "2 ou 3 mois", "3 or 6 months".
_ALTERNATIVE = compiled(r"\s*\b(?:ou|or|of|oder)\s*", re.IGNORECASE)
#: A sentence that is only a length's label: "Duration.", "Durée :" (its value follows as the next sentence).
_LENGTH_LABEL_ALONE = compiled(r"\W*(?:duration|durée|duur|looptijd|dauer|laufzeit|förderdauer|length|tenure)\s*[.:]?\s*",
                               re.IGNORECASE)
_LENGTH_NOUN = compiled(r"\b(?:durée|duur|duration|length|dauer|laufzeit|period|période|periode)\b", re.IGNORECASE)
#: How far after a unit word its length noun may stand ("10-month fellowship period").
_NOUN_AFTER_REACH = 30
#: The bound named by the sentence's subject: "the maximum duration of the scholarship … is 48 months",
#: "Die maximale finanzielle Förderzeit beträgt … drei Monate", "Minimum fellowship period is six months".
_MAXIMUM_SUBJECT = compiled(
    r"(?:maximum|maximale?|maximal|höchst)\s+(?:\w+\s+){0,2}?(?:duration|durée|duur|dauer|förderzeit|period|période|periode"
    # "The maximum stay is six months"
    r"|stay|internship|placement|verblijf|stage|aufenthalt)"
    # (and German compounds: "Höchstförderdauer", "Maximalaufenthaltsdauer")
    r"|durée\s+maximale|maximale\s+duur|höchst\w*dauer|maximal\w*dauer|maximumtermijn|höchstaufenthalt",
    re.IGNORECASE,
)
#: The opportunity's own nouns, as the subject or the label of its length.
_OPPORTUNITY_NOUN = (r"verblijf|stay|séjour|stage|praktikum|internship|traineeship|residenc[ey]|résidence|residentie"
                     r"|fellowship|beurs|stipendium|bourse|mandaat|mandat|contract|contrat|vertrag")
#: The opportunity as the subject of a copula before its length: "Het verblijf bedraagt zes maanden", "Der
#: Aufenthalt beträgt sechs Monate", "The internship is six months".
_OPPORTUNITY_IS = compiled(
    # (German names the funding itself so: "Die Förderung beträgt bis zu 12 Monate")
    rf"\b(?:{_OPPORTUNITY_NOUN}|aufenthalt\w*|mobilit(?:y|é|eit)|förderung|finanzierung)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:bedraagt|beträgt|is|est\s+de|sera\s+de|will\s+be)\s*:?\s*$",
    re.IGNORECASE,
)
#: The opportunity's noun as the label of its length, alone before the colon: "Internship: 6 months", "Stage : 6 mois",
#: "Contract: 2 jaar", "Praktikum: 6 Monate" (the whole of the sentence before the length).
_OPPORTUNITY_LABEL = compiled(rf"\W*(?:{_OPPORTUNITY_NOUN}|aufenthalt|residenz|scholarship)\s*:\s*", re.IGNORECASE)
#: The verb between a bound-naming subject and its length: "The minimum stay is two months".
_COPULA_BEFORE = compiled(r"(?:\b(?:is|are|est|sont|bedraagt|beträgt|amounts\s+to|s'élève\s+à)\s*:?|:)\s*$", re.IGNORECASE)
_MINIMUM_SUBJECT = compiled(
    r"(?:minimum|minimale?|minimal|mindest)\s+(?:\w+\s+){0,2}?(?:duration|durée|duur|dauer|period|période|periode"
    # "The minimum stay is two months"
    r"|stay|internship|placement|verblijf|stage|aufenthalt)"
    # (and German compounds: "Mindeststipendiendauer", "Mindestaufenthaltsdauer")
    r"|durée\s+minimale|minimale\s+duur|mindest\w*dauer|minimal\w*dauer|minimumtermijn|mindestaufenthalt",
    re.IGNORECASE,
)
_OPPORTUNITY = compiled(
    r"stages?\b|stagiaires?\b|\binterns?\b|\btrainees?\b|bourses?\b|séjours?|mobilités?|mobility|mobilities|mobiliteit|programmes?|programs?\b|formations?|cours\b|missions?"
    r"|internships?|traineeships?|scholarships?|fellowships?|studentships?|\bstays?\b|placements?|summer\s+school|école\s+d'été"
    r"|allowance|allocation|subvention|\bgrants?\b|toelage|subsidie|universités?\s+d'été|summer\s+(?:university|course)|contrats?|contracts?|emploi|\bjob\b|\bcdd\b"
    r"|beurs\b|beurzen\b|verblijf|verblijven\b|opleiding|zomerschool|cursus(?:sen)?\b|courses?\b"
    r"|sommer(?:schule|universität|kurs|akademie)|winter\s*school|école\s+d'hiver|winterschule|\bkurse?\b"
    r"|uitwisseling|\bexchanges?\b|\béchanges?\b|austausch"
    r"|praktik(?:um|a)|stipendi(?:um|en)|programm|aufenthalt|résidences?\b|residenc(?:y|ies)\b|residenties?\b|residenz(?:en)?\b"
    r"|subsides?\b|subsidy|subsidies|\bvisits?\b|\bvisites?\b|\bbezoek|\bbesuch|\bforschungsaufenthalt|zuschuss"
    r"|freiwillig|volunteer|volontariat|vrijwilligers|mandaat|mandats?\b|mandates?\b|\bstelle\b|positions?\b|\bpostes?\b"
    r"|traject(?:en)?\b|trajet\b|parcours\b|\bc\.d\.[di]\.",
    re.IGNORECASE,
)
#: The same for lower-case text: without IGNORECASE the long alternation is several times faster.
_OPPORTUNITY_LOWER = Prefilter(compiled(_OPPORTUNITY.pattern))
#: A number glued to its unit: "viermonatigen", "12-monatiges", "sechswöchige", "zehntägiger", Dutch "tweedaagse";
#: the opportunity after it may end a compound ("einen einmonatigen Arbeitsaufenthalt"). Years only before an
#: opportunity ("Dreijähriges Promotionsstipendium", "3-jarige doctoraatsbeurs", "tweejarig mandaat"): elsewhere
#: "-jährig", "-jarig" are ages ("16- bis 25-jährige Jugendliche").
_GLUED_UNITS = ("monatig", "wöchig", "tägig", "daagse", "maandse", "weekse", "jährig", "jarig")
_GLUED_UNIT = compiled(
    r"\b(\d{1,2}|" + "|".join(sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True))
    + r")-?(" + "|".join(_GLUED_UNITS) + r")(\w*)(?:(\s+(?:[\w-]+\s+)?)([^\W\d_]*?)(?=" + _OPPORTUNITY.pattern + "))?",
    re.IGNORECASE,
)


def _unglued(match: re.Match[str]) -> str:
    """The count apart from its unit, and the opportunity's compound head apart from what it names."""
    number, unit, ending, space, head = match.groups()
    if space is None:
        return match.group(0) if unit.lower() in ("jährig", "jarig") else f"{number} {unit}{ending}"
    if unit.lower() in ("jährig", "jarig"):
        unit, ending = "jahre", ""
    return f"{number} {unit}{ending}{space}{head} " if head else f"{number} {unit}{ending}{space}"


#: The quantity belongs to the opportunity: "stage de 6 mois", "bourse d'un an", "internship of 6 months".
_ATTACHED_NOUN = compiled(
    rf"(?:{_OPPORTUNITY.pattern})\w*(?:\s+[\w'.()-]+){{0,5}}?"
    r"(?:\s+\(?(?:de|of|van|von|for|lasting)\s+(?:(?:entre|between|tussen|from|zwischen)\s+)?|\s+\(?d'"
    r"|\s+(?:entre|between|tussen|zwischen)\s+)$",
    re.IGNORECASE,
)
#: A renewal named as a second term: "a second term of maximum 2 years", "een tweede termijn van maximaal 2 jaar",
#: "une seconde période de 2 ans", "eine zweite Förderperiode von bis zu 2 Jahren".
_SECOND_TERM = compiled(
    r"\b(?:second|seconde|deuxième|tweede|zweite[ns]?|another|further|nouvelle)\s+(?:term|termijn|period|periode|période"
    r"|förderperiode|förderphase|mandat|mandaat|mandate)\s+(?:of\s+|van\s+|de\s+|d'|von\s+)?"
    r"(?:(?:maximum|max\.?|maximaal|maximal|up\s+to|bis\s+zu|au\s+plus|hoogstens|höchstens)\s+)?$",
    re.IGNORECASE,
)
#: "less than" right before a length whose verb of lasting follows it ("die weniger als zwei Wochen dauern") or
#: comes just before ("stays that last less than three months").
_LASTING_VERB = r"last|lasts|dure|durent|duurt|duren|dauert|dauern"
_LESS_THAN_THEN_LASTS = compiled(
    rf"(?:\b(?P<verb>{_LASTING_VERB}|lasting)\s+)?"
    r"\b(?:weniger\s+als|less\s+than|moins\s+de|minder\s+dan|korter\s+dan|kürzer\s+als|shorter\s+than)\s*$",
    re.IGNORECASE,
)
#: A condition, not the stay's bound: "Très peu acceptent des contrats de stage, surtout si ceux-ci durent moins de 2 mois".
_IF_BEFORE = compiled(r"\b(?:si|if|wenn|falls|indien|lorsque|when)\b", re.IGNORECASE)
_LASTING_AFTER = compiled(rf"^\s*(?:{_LASTING_VERB})\b", re.IGNORECASE)
#: A count of terms before a length: "2 x 2 jaar", "3 × 12 Monate".
_TIMES_BEFORE = compiled(r"(?<![\w.,])(?P<times>[1-9])\s*[x×]\s*$")
#: The length before the word that fixes it: "Die Stelle ist auf fünf Jahre befristet", "auf maximal drei Jahre
#: begrenzt".
_FIXED_TERM_AFTER = compiled(r"^\s*(?:befristet|begrenzt|beschränkt|angelegt|ausgelegt|fixed[-\s]term)\b", re.IGNORECASE)
#: The quantity comes before the opportunity: "a 6-month internship", "6 mois de stage".
_ATTACHED_AFTER = compiled(rf"^\s*(?:(?:de|d'|of)\s*)?(?:[\w-]+\s+){{0,2}}(?:{_OPPORTUNITY.pattern})", re.IGNORECASE)
#: Funding that long: "The fellowship provides one year of funding", "two years of support".
_FUNDING_AFTER = compiled(r"^\s*(?:of|de|d'|van)\s*(?:[\w-]+\s+)?(?:funding|support|financement|soutien|financiering|steun)\b",
                          re.IGNORECASE)
#: A year or a month name, then an opening bracket: the dates of the stay restated as a count.
_AFTER_DATES_IN_BRACKETS = compiled(
    r"(?:\b(?:19|20)\d\d|\b(?:" + literal_alternation(languages.full_month_names()) + r"))\s*\(\s*$", re.IGNORECASE
)
#: Made available for that long, said after the length (German and Dutch put it last).
_MADE_AVAILABLE_AFTER = compiled(r"^\s*(?:[\w-]+\s+){0,2}?(?:zur\s+verfügung|ter\s+beschikking)\b", re.IGNORECASE)
#: What a residency makes available: a studio, rooms, a flat.
_STUDIO = compiled(r"atelier|arbeitsr[aä]um|wohnung|studio|werkplaats|woning|workspace|räume", re.IGNORECASE)
#: German "ein Jahr lang", "sechs Monate lang" in a sentence about the opportunity: for that long.
_LANG_AFTER = compiled(r"^\s+(?:lang|long)\b", re.IGNORECASE)
#: A sentence that tells what happened or what holds if: its "N Jahre lang" is no opportunity's length.
_NARRATED_OR_CONDITIONAL = compiled(
    r"\b(?:hatten?|waren|wurden|had|were|avaient|étaient|hadden|wenn|falls|if|si|indien)\b", re.IGNORECASE)
#: Dutch "N maanden (van het academiejaar) stage (willen) lopen": the length of the internship.
_STAGE_LOPEN_AFTER = compiled(r"^[^.;:\n]{0,40}?\bstage\s+(?:willen\s+|wil\s+|te\s+|gaan\s+)?lopen\b", re.IGNORECASE)
#: A length in parentheses right after what it measures: "d'octobre 2025 à mai 2026 (8 mois)",
#: "Missions de réseautage (1 à 3 semaines)"; counted in a sentence about the opportunity.
_PARENTHESISED = compiled(r"\(\s*(?:de\s+|d'|of\s+|van\s+|from\s+)?$", re.IGNORECASE)
#: The second bound of "minimaal een maand en maximaal zes maanden", "de trois mois au moins et de douze".
_SECOND_BOUND = compiled(
    r"^\s*(?:au\s+\w+\s+)?(?:,|et|and|en|und)\s*(?:(?:but|mais|maar|aber)\s+)?"
    # "at least two months and can be as long as six months", "et peut durer jusqu'à", "en mag … duren"
    r"(?:(?:can|may|could|peut|kan|mag|kann|darf)\s+(?:be|last|durer|aller|duren|zijn|dauern|sein)?\s*)?"
    r"(?:de\s+|of\s+|van\s+)?$", re.IGNORECASE
)
#: Whose age, before a bound word: "voor jongeren van minstens 18 jaar", "âgés d'au moins 18 ans".
_AGE_BEFORE = compiled(
    r"\b(?:jongeren|jeunes|young\s+people|jugendliche|kinderen|enfants|children|personen|personnes|persons)\s+"
    r"(?:van|de|d'|of|von)\s*$|\b(?:âgée?s?|aged|alt)\s+(?:de\s+|d')?$|\bl'âge\s+(?:de\s+|d')$|\bage\s+of\s*$",
    re.IGNORECASE,
)
#: How long a condition has held, before a bound word: "interrompu leurs études depuis au moins deux ans".
_SINCE_BEFORE = compiled(r"\b(?:depuis|seit|since|sinds|il\s+y\s+a)\s*$", re.IGNORECASE)
#: Verbs of lasting ("le stage dure 4 semaines", "projects may last from 12 to 24 months").
_LASTS = compiled(
    r"\b(?:dure|durent|durera|dureront|durer|last|lasts|lasting|runs|duurt|duren|loopt|dauert|dauern|läuft|laufen"
    # "Projects run for 12 to 24 months", "De projecten lopen 1 tot 3 jaar", "De beurs loopt over drie jaar", "Le
    # programme se déroule sur 10 mois"
    r"|runs?\s+for|lopen|loopt\s+over|se\s+déroul(?:e|ent|era|eront)\s+sur"
    # "Bezahlte Praktika erstrecken sich über fünf Monate", "s'étend sur", "s'effectue sur"
    r"|erstreck(?:t|en)\s+sich\s+über|s'étend(?:ent|re)?\s+sur|spans|strekt\s+zich\s+uit\s+over|s'effectuen?t?\s+sur"
    # "Das Stipendium läuft über zwei Jahre", "The summer school takes place over 5 days", "s'étale sur"
    r"|(?:läuft|laufen)\s+über|takes?\s+place\s+over|(?:is\s+)?spread\s+over|s'étalen?t?\s+sur"
    # What a grant covers is its length: "The scholarship covers three years of doctoral study", "couvre une année"
    r"|covers|couvre|couvrent|dekt|dekken|deckt|decken|umfasst|umfassen"
    r"|(?:pouvant|peut|peuvent)\s+aller"
    # Staying there that long: "Je verblijft er drie maanden", "Vous séjournerez 3 mois", "Students stay for 3 months",
    # "Sie verbringen sechs Monate in Tokio", "You will spend six months at the host institution"
    r"|verblijf(?:t|\s+je|ven)(?:\s+er)?|séjourn(?:e|es|ez|ent|era|eras|erez|eront)|stays?\s+for|verbring(?:en|t|st)"
    r"|spends?|spending|(?:will|to)\s+spend|passerez|passeront|doorbreng(?:t|en|\s+je))\s+"
    # "Ein Praktikum dauert in der Regel 6 Monate", "The fellowship lasts typically 10 months"
    # "Les stages durent en moyenne dix semaines", "De stages duren gemiddeld tien weken"
    r"(?:(?:in\s+der\s+regel|usually|normally|generally|typically|normalement|généralement|doorgaans|normaal"
    r"|en\s+moyenne|gemiddeld|on\s+average|durchschnittlich)\s+)?"
    # "Das Volontariat dauert insgesamt zwei Jahre", "le programme dure au total 10 mois"
    r"(?:(?:insgesamt|in\s+total|au\s+total|en\s+tout|in\s+totaal)\s+)?"
    r"(?:(?:environ|about|ongeveer|de|from|van|entre|between|tussen|anywhere\s+(?:from|between))\s+)?$",
    re.IGNORECASE,
)
#: Prepositions of time that need the sentence to be about the opportunity ("pendant 8 semaines",
#: "for a period of 10 months").
_DURING = compiled(
    r"\b(?:pendant|durant|during|for|gedurende|tijdens|für|voor|pour|(?:périodes?|periods?|periodes?|zeitr(?:a|ä)ume?)(?:\s+(?:de|of|van|von))?)"
    r"\s+(?:(?:entre|between|tussen|from|de|van|zwischen)\s+)?$",
    re.IGNORECASE,
)
#: "for a period between three months and one year", "für einen Zeitraum von": the period funded.
_FOR_A_PERIOD = compiled(
    r"\b(?:for|pour|voor|für)\s+(?:a|une|een|einen)\s+(?:period|période|periode|zeitraum)\s+(?:(?:of|de|van|von)\s+)?"
    r"(?:(?:between|entre|tussen|zwischen|from)\s+)?$",
    re.IGNORECASE,
)
#: What is granted, funded or committed to for that long: "a position funded for 3 years", "It is granted for
#: 2 years", "Le candidat s'engage pour 12 mois", "The position is limited to five years".
_GRANTED_FOR = compiled(
    r"\b(?:funded|granted|awarded|tenable|financed|financée?s?|accordée?s?|octroyée?s?|toegekend|gefinancierd|s'engagen?t?"
    r"|commits?|engages?)\s+(?:for|pour|voor)\s+(?:(?:a\s+)?(?:maximum|minimum|period)\s+of\s+|up\s+to\s+)?$"
    # "Gefördert wird über 6 Monate", "Il finance pendant deux ans le salaire des chercheurs"
    r"|\b(?:gefördert|finanziert|unterstützt|bezuschusst)\s+(?:wird|werden)\s+(?:(?:kann|können)\s+)?(?:(?:über|für|bis\s+zu)\s+)?$"
    r"|\bfinanc(?:e|ent|era|eront)\s+(?:pendant|durant)\s+$"
    # The funding itself as long: "Quoi ? : financement de 4 ans", "financiering voor 2 jaar", "eine Förderung über
    # 3 Jahre", "a monthly stipend over 4 years"
    r"|\bfinancement\s+(?:de|sur|pendant|durant)\s+$|\bfinanciering\s+(?:van|voor|gedurende)\s+$"
    r"|\bförderung\s+(?:für|über)\s+$|\b(?:stipend|allowance|funding)\s+over\s+$"
    # A grant paid out over that long: "La bourse est versée sur 10 mois", "paid over twelve months", "wird über zwölf
    # Monate ausgezahlt"
    r"|\b(?:versée?s?|payée?s?|paid(?:\s+out)?|disbursed|uitbetaald|uitgekeerd)\s+(?:sur|over|pendant|durant)\s+$"
    # Employment for that long: "You will be appointed for four years", "Je wordt aangesteld voor 4 jaar", "The
    # appointment is for three years", "Die Förderung erfolgt für 2 bis 3 Jahre"
    r"|\b(?:appointed|employed|hired|recruited|engagée?s?|recrutée?s?|nommée?s?|aangesteld|aangeworven|tewerkgesteld)"
    r"\s+(?:for|pour|voor)\s+(?:(?:a\s+)?(?:maximum|minimum|period)\s+of\s+|up\s+to\s+)?$"
    r"|\b(?:appointment|employment|aanstelling|tewerkstelling)\s+(?:is|will\s+be|wordt)\s+(?:for|voor)\s+$"
    # (also the last part of a compound: "Die Promotionsförderung erfolgt für drei Jahre")
    r"|(?:förderung|finanzierung|anstellung|beschäftigung)\s+erfolgt\s+(?:für|über)\s+$"
    # "Funding is provided for four years", "Support is provided for a maximum of 6 months", "Funding is for two years"
    r"|\bfunding\s+(?:is\s+|will\s+be\s+)?(?:provided|available|offered|guaranteed)\s+for\s+(?:up\s+to\s+)?$"
    r"|\b(?:funding|support)\s+(?:is|will\s+be|may\s+be|can\s+be)\s+(?:(?:provided|requested|granted|given|available)\s+)?for\s+"
    r"(?:(?:a\s+)?(?:maximum|minimum|period)\s+of\s+|up\s+to\s+)?$"
    r"|\b(?:position|post|contract|stelle|poste|contrat)\s+(?:is\s+|est\s+|ist\s+)?(?:limited|limitée?|befristet)\s+(?:to|à|auf)\s+$"
    # "Vertrag: Befristet auf 4 Jahre" (only a contract is "befristet")
    r"|\bbefristet\s+auf\s+$",
    re.IGNORECASE,
)
#: The German passive's auxiliary right before the length, its participle after: "Das Stipendium wird 48 Monate gewährt".
_GERMAN_PASSIVE = compiled(r"\b(?:wird|werden|kann|können)\s+$", re.IGNORECASE)
#: The verb that grants, German-style, after the length: "Er wird für sechs bis zwölf Monate gewährt".
_GRANTED_AFTER = compiled(r"^\s*(?:\w+\s+){0,2}?(?:gewährt|gefördert|finanziert|bewilligt|toegekend|gefinancierd|begrenzt|beschränkt"
                          # "einen auf zwei Jahre befristeten Vertrag"
                          r"|befristet\w*"
                          # "Sie werden für drei Jahre angestellt", "Die Stelle ist für drei Jahre ausgeschrieben"
                          r"|angestellt|eingestellt|beschäftigt|ausgeschrieben|vergeben"
                          # "Die ausgewählten Bewerber werden für fünf Monate nach Berlin eingeladen"
                          r"|eingeladen)\b",
                          re.IGNORECASE)
#: The German cap's preposition, its participle after the length: "ist auf (höchstens) sechs Monate begrenzt".
_LIMITED_TO = compiled(r"\bauf\s+$", re.IGNORECASE)
#: A length that extends the one stated before it: "kann um bis zu 6 Monate verlängert werden", "extended by one year".
_EXTENDED_BY = compiled(
    # "verlengd worden met 2 jaar", "renewed for up to two further years"
    r"(?:verlängert|verlängerung|verlengd|verlenging|extended|extension|prolongée?|prolongation|renewed|renouvelée?)\s+"
    r"(?:(?:worden|werden|be)\s+)?(?:(?:um|by|met|de|d'|for|pour|voor|für)\s*)?(?:(?:bis\s+zu|up\s+to|maximaal|maximum|au\s+plus|max\.?)\s+)?"
    r"(?:(?:eine?n?|a|an|one|een|un|une)\s+)?(?:(?:weitere[ns]?|further|additional|extra|supplémentaire|bijkomende?)\s+)?$"
    r"|\b(?:um|by)\s+(?:bis\s+zu\s+|up\s+to\s+)?(?:(?:weitere[ns]?|a\s+further|another)\s+)?$",
    re.IGNORECASE,
)
#: "… kann 1 Jahr Verlängerung beantragt werden", "… verlängert werden", "6 months' extension".
_EXTENSION_AFTER = compiled(
    r"^'?\s*(?:(?:verlängerung|verlenging|extension|prolongation)\b|(?:\w+\s+){0,2}(?:verlängert|verlengd|extended|prolongée?)\b)",
    re.IGNORECASE,
)
#: An extension to a new total, not by an increment: "kann … auf maximal 12 Monate verlängert werden", "extended to
#: a maximum of 12 months", "prolongé jusqu'à 12 mois", "verlengd tot 12 maanden".
_EXTENDED_TO = compiled(
    r"\b(?:auf|(?<!\bup\s)to|tot|jusqu'à|à)\s+(?:(?:a\s+)?(?:maximal|maximum|max\.?|höchstens|maximaal|hoogstens|total)\s+"
    r"(?:of\s+|de\s+|van\s+)?)?$",
    re.IGNORECASE,
)
#: An exception opening its sentence: "Exceptionally,", "Exceptionnellement,", "In Ausnahmefällen", "Uitzonderlijk".
_EXCEPTION_OPENING = compiled(
    r"\W*(?:exceptionally|in\s+exceptional\s+(?:cases|circumstances)|exceptionnellement|à\s+titre\s+exceptionnel"
    r"|dans\s+des\s+cas\s+exceptionnels|in\s+ausnahmefällen|ausnahmsweise|uitzonderlijk|in\s+uitzonderlijke\s+gevallen)\b",
    re.IGNORECASE,
)
#: A term that may be renewed once: twice the length at most.
_RENEWABLE_ONCE = compiled(
    r"\b(?:renewable\s+once|once\s+renewable|renewed\s+once|eenmaal\s+(?:hernieuwbaar|verlengbaar)"
    r"|einmal\s+verlängerbar|einmalig\s+verlängerbar|renouvelable\s+une\s+(?:seule\s+)?fois)\b",
    re.IGNORECASE,
)
_NOT_LENGTH_BEFORE = compiled(
    r"(?:dans\s+les|depuis|il\s+y\s+a|au\s+plus\s+tard|au\s+plus\s+tôt|moins\s+de|plus\s+de|âgé(?:e|\(e\))?s?\s+de|l'âge\s+de"
    r"|within|since|binnen|sinds|no\s+later\s+than|at\s+least\s+\w+\s+before|différence\s+entre\s+les"
    # how often, not how long: "The Trustees meet roughly every two months", "tous les deux mois", "alle zwei Monate"
    r"|\bevery|\btous\s+les|\belke|\bom\s+de|\balle"
    # how long the applicant's studies last: "when the normal period of university education is three years or more",
    # "la durée normale des études est de 3 ans", "Regelstudienzeit von 6 Semestern"
    # (not what a grant covers: "given for the length of undergraduate studies, up to a maximum of five years")
    r"|(?:period|duration|length)\s+of\s+(?:\w+\s+){0,2}?(?:education|studies|study)\s+(?:is|was)\s+(?:at\s+least\s+)?"
    r"|durée\s+(?:normale\s+)?des\s+études\s+(?:est\s+de|était\s+de)\s+(?:au\s+moins\s+)?"
    r"|\bstudieduur\s+(?:van|bedraagt|is)\s+(?:minstens\s+)?|(?:regelstudienzeit|studiendauer)\s+(?:von|beträgt)\s+(?:mindestens\s+)?"
    # an evaluation along the way: "toegekend voor 4 jaar, met een tussentijdse evaluatie na 2 jaar"
    r"|(?:tussentijdse\s+)?evaluatie\s+na|(?:mid-?term\s+|interim\s+)?(?:evaluation|review)\s+after"
    r"|évaluation\s+(?:intermédiaire\s+)?après|(?:zwischen)?(?:evaluierung|evaluation|begutachtung)\s+nach"
    # the length of a degree the applicant holds: "a degree from a university of at least three years' duration",
    # "een diploma van een opleiding van minstens drie jaar"
    r"|\b(?:degree|diploma|diplôme|diplom|abschluss)\b[^.;,]{0,50}?\b(?:of|van|de|d'|von)\s*"
    r"(?:at\s+least\s+|minstens\s+|minimum\s+|au\s+moins\s+|mindestens\s+)?"
    # a trial period is no length of the post: "assortie d'une période d'essai de 6 mois"
    r"|(?:période\s+d'essai|proefperiode|probezeit|proeftijd|(?:probation(?:ary)?|trial)\s+period)\s+(?:de\s+|d'|of\s+|van\s+|von\s+)?"
    # "resided in Belgium for more than 12 months in the last 3 years", "graduated within the last two years"
    # ("last" alone is also the verb: "Traineeships last five months")
    r"|\b(?:the|their|his|her|your|its)\s+(?:last|past|previous|preceding)|\b(?:past|previous|preceding)|laatste|afgelopen"
    r"|more\s+than|less\s+than|meer\s+dan"
    # an age limit: "below 45 years", "under 30 years of age"; a total over a programme: "Au total, 21 mois"
    r"|\bbelow|\bunder|(?<!\bdure\s)(?<!\bdurent\s)\bau\s+total,?|(?<!\blasts\s)\bin\s+total,?"
    # … unless a verb of lasting says whose total it is: "Das Volontariat dauert insgesamt zwei Jahre"
    r"|(?<!\bdauert\s)\binsgesamt|(?<!\bduurt\s)\bin\s+totaal,?"
    # a renewal's step, not the length: "three-year contract, renewable for one-year periods"
    r"|renewable\s+for|renouvelable\s+(?:pour|par\s+périodes?\s+d[e'])|verlengbaar\s+(?:met|voor)|verlängerbar\s+um"
    r"|minder\s+dan|over\s+(?:the\s+)?(?:last|past)"
    r"|s'élève\s+(?:au\s+minimum\s+)?à|inférieure?\s+à|supérieure?\s+à"
    # An age range is no length: "des jeunes de 18 à 30 ans", "Jugendliche zwischen 15 und 30 Jahren".
    r"|jeunes\s+de|âgé(?:e|\(e\))?s?\s+entre|jongeren\s+(?:van|tussen)|young\s+people\s+(?:aged\s+)?(?:between\s+)?"
    r"|\baged\s+(?:between\s+)?|\balter\s+(?:von|zwischen)|jugendliche\s+(?:von|zwischen)"
    # "seit mindestens 5 Jahren beschäftigt": how long a condition has held.
    r"|\bseit(?:\s+(?:mindestens|mehr\s+als|über))?"
    # An age is no length: "kinderen jonger dan 18 jaar", "older than 30 years".
    r"|jonger\s+dan|ouder\s+dan|younger\s+than|older\s+than|jünger\s+als|älter\s+als"
    # How often, not how long: "once in a 12 month period", "om de twee jaar", "alle zwei Jahre", "tous les deux ans"
    r"|\bonce\s+(?:in|every)\s+(?:a\s+)?|\bom\s+de\s+|\balle\s+|\btous\s+les\s+"
    # A wait or a fee's period: "une période d'attente de 12 mois", "the tuition fee for 1 year"
    r"|(?:période|periode|period)\s+(?:d'attente|of\s+waiting)\s+(?:de\s+)?|\bwaiting\s+period\s+of\s+|\bwachttijd\s+van\s+"
    r"|\bwartezeit\s+von\s+|\bfees?\s+for\s+|\bfrais\s+(?:\w+\s+){0,2}pour\s+|\bcollegegeld\s+voor\s+"
    # How long the applicant has lived or worked somewhere: "who have lived in the UK for 3 years or more"
    r"|\b(?:lived|resided|been\s+living|been\s+resident|worked|habité|résidé|travaillé|gewoond|gewerkt|gelebt|gewohnt"
    r"|gearbeitet)\b[^.;]{0,40}?\s(?:for|pendant|durant|gedurende|voor)\s+)\s*$"
)  # searched on lower-cased words: IGNORECASE made this end-anchored list twice as slow
_NOT_LENGTH_AFTER = compiled(
    r"^\s*(?:avant|après|qui\s+suivent|qui\s+précèdent|suivant|précédant|before|after|following|prior|na\b"
    # "1 mois à la suite du dépôt de la demande", "2 Wochen im Anschluss an die Sitzung": a delay after a step
    r"|à\s+la\s+suite\b|suite\s+à|im\s+anschluss\b"
    # Dutch "voor" is "before" only before a point in time: not "een traineeprogramma van 2 jaar voor pas afgestudeerden"
    r"|voor\s+(?:de|het|aanvang|vertrek|start|begin|afloop|einde|indiening|uw|je|jouw|zijn|haar)\b"
    # German "vor Beginn", "nach Beendigung"; in advance: "2 maanden op voorhand", "im Voraus", "à l'avance"
    r"|vor\b|nach\b|op\s+voorhand|van\s+te\s*voren|vooraf|im\s+voraus|in\s+advance|à\s+l'avance|d'avance"
    r"|d'expérience|of\s+experience|ervaring|civiles?|calendaires|old|d'âge|of\s+age|oud|ago|geleden|auparavant"
    # experience, not a stay: "8 years of full-time equivalent research experience", "drie jaar relevante werkervaring"
    r"|(?:of|d')\s*(?:[\w-]+\s+){0,4}(?:experience|expérience)|(?:[\w-]+\s+){0,2}\w*(?:ervaring|erfahrung)\b"
    # a gap between two steps: "at least two months between the submission of an application and the start"
    r"|between\s+(?:the|an?)\s|entre\s+(?:le|la|l')|tussen\s+(?:de|het)\s|zwischen\s+(?:der|dem|den)\s"
    # a rate, not a length: "5 dagen per week", "3 jours par semaine", "two days a week"
    r"|(?:per|par|pro|a|an)\s+(?:week|semaine|woche|maand|mois|month|monat|jaar|an|year|jahr)\b"
    # an academic year gives no number of months (CONTRACT.md): "une année académique (10 mois)"
    r"|académique|scolaire|universitaire)",
    re.IGNORECASE,
)
#: A sentence about a condition on the applicant (age, experience, residence, time since a degree): its bounded
#: lengths are conditions, not the opportunity's ("minstens drie jaar actief", "seit mindestens zwei Jahren wohnen").
_CONDITION_SENTENCE = compiled(
    r"experience|expérience|ervaring|erfahrung|zurückliegen|\bago\b|geleden|\bseit\b|\bsince\b|\bsinds\b|\bdepuis\b"
    r"|\bwohn|\bwoon|résid|\bresid|\bactie[fv]|\bâgée?s?\b|\baged?\b|leeftijd|\balter\b|\bjaar\s+oud|years?\s+old"
    r"|\bans\s+révolus|\bjongeren\s+(?:van|tot|tussen)|\bjeunes\s+de|diplom|graduat|afgestudeerd|abschluss"
    # studies done, a registration held, a degree obtained, work done before; an appointment's delay
    r"|années\s+d'études|years?\s+of\s+(?:university\s+)?stud|studiejaren|ingeschreven|\binscrite?s?\b|registered"
    r"|obtained|obtenue?\b|behaald|erworben|gewerkt|\bworked\b|travaillé|gearbeitet|appointment|rendez-vous|afspraak",
    re.IGNORECASE,
)
#: Five years, in months: the longest bounded length read without a noun or verb of lasting.
_LONGEST_BOUNDED = 60
#: Ten years, in months: no opportunity lasts longer; a longer "quantity" is an age ("jeunes de 17 ans").
_LONGEST_LENGTH = 120
_NOT_LENGTH_ANYWHERE = (
    # (reports to hand in: not "reporting", "reporters", a journalist's trade)
    r"pièces\s+justificatives|rapport(?!eu)|report(?!ing|er|age)|verslag|différence\s+entre|portée\s+à"
    r"|à\s+condition|si\s+le\s+(?:reste|solde)|inférieure?\s+à"
    # how long a call stays open: "A call usually stays open for 4 weeks"
    r"|\b(?:call|appel|oproep|ausschreibung)s?\b[^.;]{0,30}\b(?:stays?|remains?|reste|blijft|bleibt)\s+(?:\w+\s+)?(?:open|ouvert|offen)"
    # "De regeling gaat jaarlijks drie keer open, telkens voor een periode van zes weken"
    r"|\bgaat\s+(?:\w+\s+){0,5}open\b"
    # how long something stays valid: "bleibt der Vorschlag drei Jahre lang gültig", "a proposal valid for 3 years"
    r"|\b(?:gültig|geldig|valable|valid)\b"
)
#: Payment words only before the length: "De uitbetaling duurt zes weken" is about paying, "des contrats
#: pouvant aller de 15 jours à deux mois, payés au SMIC" about the contracts.
_NOT_LENGTH_SENTENCE = compiled(_NOT_LENGTH_ANYWHERE + r"|paiement|payée?s?\b|betaling|payment", re.IGNORECASE)
_NOT_LENGTH_AFTERWARDS = compiled(_NOT_LENGTH_ANYWHERE, re.IGNORECASE)
_MAXIMUM_BEFORE = compiled(
    r"(?:jusqu'à|maximum(?:\s+de)?|max\.?|maximale?(?:\s+de)?|au\s+maximum(?:\s+de)?|up\s+to|at\s+most"
    r"|(?:a\s+)?maximum\s+of|(?:een\s+)?maximum\s+van|maximaal|hoogstens|ten\s+hoogste|tot|bis\s+zu|höchstens"
    # "Das Stipendium wird längstens 48 Monate gewährt"
    r"|längstens|(?:für\s+)?die\s+dauer\s+von\s+(?:höchstens|längstens)"
    r"|no\s+longer\s+than|not\s+longer\s+than|pas\s+plus\s+de|niet\s+langer\s+dan|nicht\s+länger\s+als"
    # "Il ne peut pas dépasser 9 mois", "may not exceed 12 months", "The stay shall not exceed three months", "can be
    # as long as six months"
    r"|(?:ne\s+)?(?:peut|peuvent|doit|doivent|pourra|pourront)\s+(?:pas\s+)?(?:dépasser|excéder)|sans\s+(?:dépasser|excéder)"
    r"|(?:may|must|can|shall|should|will|does|do)\s*not\s+exceed|not\s+to\s+exceed"
    r"|cannot\s+exceed|as\s+long\s+as|mag\s+niet\s+langer\s+(?:zijn\s+|duren\s+)?dan"
    # "Le séjour est limité à 12 mois"
    r"|limitée?s?\s+à)\s*$",
    re.IGNORECASE,
)
_MINIMUM_BEFORE = compiled(
    r"(?:au\s+moins|minimum(?:\s+de)?|min\.?|minimale?(?:\s+de)?|au\s+minimum(?:\s+de)?|at\s+least"
    r"|(?:a\s+)?minimum\s+of|minimaal|minstens|ten\s*minste|mindestens|\bmind\.)\s*$",
    re.IGNORECASE,
)
#: The maximum after a minimum, its unit left out: "Minimum 3 mois, maximum 6", "at least 2 months, at most 4".
_ELIDED_MAXIMUM = compiled(
    rf"^\s*[,;]?\s*(?:(?:et|and|en|und)\s+)?(?:au\s+)?(?:maximum|max\.?|maximaal|maximal|höchstens|hoogstens|at\s+most)"
    rf"\s+(?P<number>{NUMBER})(?!\s*(?:[%€$£]|[^\W\d_]))",
    re.IGNORECASE,
)
#: "… maximum", and German's cap put last: "Der Aufenthalt darf zwölf Monate nicht überschreiten".
#: ("12 mois au plus", not "au plus tard")
_MAXIMUM_AFTER = compiled(r"^\s*(?:maximum|max\b|au\s+maximum|maximaal|at\s+most|nicht\s+(?:überschreiten|übersteigen)"
                          r"|au\s+plus\b(?!\s+tard))", re.IGNORECASE)
_MINIMUM_AFTER = compiled(r"^\s*(?:minimum|min\b|au\s+minimum|minimaal|at\s+least)", re.IGNORECASE)

_RANGE_BETWEEN = compiled(
    r"^\s*(?:au|à|-|–|—|to|until|till|tot(?:\s+en\s+met)?|t/m|jusqu'au|bis|et|and|en)\s*(?:(?:le|the|de)\s+)?$",
    re.IGNORECASE,
)
_RANGE_OPENING = compiled(r"(?:entre|between|tussen|zwischen)\s+(?:le\s+|the\s+)?$", re.IGNORECASE)
_DAY_ONLY_START = compiled(
    r"(?:\bdu|\bfrom|\bvan|\bvom)\s+(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|e)?\s*(?:au|-|–|to|tot|bis)\s*$",
    re.IGNORECASE,
)
#: Words about the stay, read on lower-cased text (no IGNORECASE: faster over the alternation).
_ABOUT_STAY_LOWER = compiled(
    r"durée|dates?\s+du\s+stage|période\s+de\s+stage|stage|séjour|internship|traineeship|\bstay\b|placement"
    r"|duur|periode|looptijd|verblijf|duration|dates\s+of\s+the"
)
#: A window in which funded projects must take place is an eligible period, not the stay.
_PROJECT_WINDOW = compiled(
    r"\bproje(?:c)?t(?:s|en)?\b[^.]{0,40}(?:se\s+dérou|take\s+place|plaatsvind|vinden\s+plaats|carried\s+out"
    r"|uitgevoerd|réalis)|période\s+éligible|eligible\s+period|subsidiabele\s+periode",
    re.IGNORECASE,
)
#: Words that make a lone date the start of the stay ("à partir du 1er septembre 2025").
_START_CUE = compiled(
    r"(?:à\s+partir\s+du|à\s+compter\s+du|dès\s+le|début(?:ant|era|e)?\s+le|commen\w*\s+le"
    r"|date\s+de\s+début\s*:|début\s+du\s+stage\s*:|starting(?:\s+on|\s+from)?|starts?\s+on|start\s+date\s*:"
    r"|begins?\s+on|beginning\s+on|vanaf|begint\s+op|startdatum\s*:|ab\s+dem|beginnt\s+am)\s*(?:le\s+|the\s+|de\s+)?$",
    re.IGNORECASE,
)
#: Words that make a later date the end of the stay whose start was named ("start on 1 March and end on 31 July").
_END_CUE = compiled(
    r"(?:se\s+termin(?:e|ent|era|eront)|prend(?:ra)?\s+fin|s'achève(?:nt|ra)?|(?:finit|finissent)|end(?:s|ing)?"
    r"|finish(?:es)?|eindig(?:t|en)|loopt\s+af|endet|enden)\s+(?:le|on|the|op|am)?\s*$",
    re.IGNORECASE,
)
#: The stay itself starting: "le stage débute le", "the internship starts on" (a start date alone
#: counts only then, or in a sentence that also states the length).
_STAY_STARTS = compiled(
    r"(?:stage|séjour|mission|mandat|contrat|internship|traineeship|placement|fellowship|verblijf|praktikum)s?"
    r"\s+(?:\S+\s+){0,3}?(?:commence|débute|démarre|prend\s+cours|starts?|begins?|begint|start|beginnt)",
    re.IGNORECASE,
)
#: A window in which the stay must start ("devra commencer entre le 1er octobre 2026 et le 1er janvier
#: 2027") says when it begins, not how long it lasts.
_START_WINDOW = compiled(
    r"(?:commenc|début|démarr|start|begin|beginn|aanvang)\w*\s+(?:\w+\s+)?(?:entre|between|tussen|zwischen)\s+"
    r"(?:le\s+|the\s+)?$",
    re.IGNORECASE,
)
_ABOUT_APPLYING = compiled(
    r"candidature|inscription|dépôt|déposer|\bappel\b|aanvra|kandidatuur|application|\bapply|submi|registration"
    # "DATE LIMITE : du 10 septembre au 20 novembre 2025", "La demande doit être faite entre le 2 mars et …":
    # a window for applying, not the stay (CONTRACT.md).
    r"|date\s+limite|deadline|clôtur|\bdemandes?\b|\bdossiers?\b|\bindienen|\bingediend|uiterste|\bantr[aä]g"
    r"|\bbewerb|\bfrist\b|einreich|\bpostuler|introduite?s?\b"
    # A contest's dates are its entries' ("Le concours se tiendra du 18 novembre au 13 décembre", "The entry period is
    # from … to …"), never how long an opportunity lasts.
    r"|\bentry\s+period|\bentries\b|\bconcours\b|wettbewerb|wedstrijd|\bcompetition\b|\bcontest\b|aanvraagtermijn"
    # a campaign or an award session open for the window ("La campagne de bourses est ouverte du … au …"), and how
    # long an act is in force ("Geldend van 01-04-2019 t/m 31-12-2019")
    r"|\bcampagne\b|\bsessions?\s+(?:d'|de\s+)(?:attribution|inscription|candidature|reconduction|renouvellement)|\bgeldend\s+van\b|\bgültig\s+(?:vom|von|ab)\b"
    r"|\bvalid\s+from\b|\ben\s+vigueur\b"
    # when a work must have come out: "je debuut moet verschenen zijn tussen 1 januari 2018 en 1 juli 2020"
    r"|\bverschenen\b|\bparue?s?\b|\berschienen\b|\bpublished\s+between\b",
    re.IGNORECASE,
)
#: A count restated in brackets after a unit: "maximaal 2 maanden (62 dagen)" is 2 months.
_RESTATED = compiled(rf"\b(?:{_ANY_UNIT})\s*\(\s*$", re.IGNORECASE)
#: An academic year restated as months: "1 academic year (9 months)" is its month count (CONTRACT.md: an
#: academic year without one gives no number).
_ACADEMIC_YEAR_RESTATED = compiled(
    r"(?:academic|academie|académique|studien|school)\w*\s+years?\s*\(\s*$|année\s+académique\s*\(\s*$"
    r"|(?:academie|studie|school)jaar\s*\(\s*$|studienjahr\s*\(\s*$|akademische[sn]?\s+jahr\s*\(\s*$", re.IGNORECASE)
#: What an amount pays for: "500 € pour un mois" is a rate; "300 € pour 3 à 4 semaines de stage" a sub-case, the
#: page's length only when no other sentence states one (a weak length). (Whole words: the "Eur" of "Europe for 5
#: months" is no currency.)
_PAID_FOR = compiled(r"(?:€|\beuros?\b|\bEUR\b|\$|£)\s*(?:\S+\s+){0,2}?(?:pour|for|voor|für)\s+(?:un|une|a|an|een|ein)?\s*$",
                       re.IGNORECASE)
#: Cheap test (lower case) before the academic-year range, whose number words make it slow.
#: Both bounds stated as limits: "ne peut être inférieure à deux mois ni supérieure à neuf mois", "not less than
#: two months nor more than nine", "niet korter dan twee maanden en niet langer dan negen", "nicht kürzer als … und
#: nicht länger als …".
_BOUNDS = compiled(
    rf"(?:inférieure?\s+à|less\s+than|shorter\s+than|korter\s+dan|kürzer\s+als)\s+(?P<low>{NUMBER})\s+(?P<low_unit>{_ANY_UNIT})"
    r"\b[^.;]{0,40}?(?:supérieure?\s+à|more\s+than|longer\s+than|langer\s+dan|länger\s+als)\s+"
    rf"(?P<high>{NUMBER})\s+(?P<high_unit>{_ANY_UNIT})\b",
    re.IGNORECASE,
)
_ACADEMIC_WORD = compiled(r"academ|académ|scola|school|universita|studie|studien")
#: "between 4 months and a single academic year (10 months)": a range whose upper bound is an academic
#: year, with its month count in brackets or not (then the upper bound is not known).
_ACADEMIC_YEAR_RANGE = compiled(
    rf"(?:entre|between|tussen|zwischen|from|de|van|von)\s+(?P<low>{NUMBER})\s+(?P<unit>{_ANY_UNIT})\s+"
    r"(?:et|and|en|und|to|à|tot|bis)\s+(?:(?:a|one|un|une|een|één|ein)\s+)?(?:(?:single|seule)\s+)?"
    r"(?:academic\s+year|school\s+year|année\s+(?:académique|scolaire|universitaire)|academiejaar|studiejaar"
    r"|schooljaar|akademisches\s+jahr|studienjahr)"
    rf"(?:\s*\(\s*(?P<high>{NUMBER})\s+(?P<high_unit>{_ANY_UNIT})\s*\))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration(Fact):
    """Length of the opportunity in months (bounds) and its dates, with evidence (span: its first sentence)."""

    min_months: float | None
    max_months: float | None
    start: str | None
    end: str | None
    evidence: str


@dataclass(frozen=True)
class _Length:
    low: float | None
    high: float | None
    evidence: str
    #: Months a renewal adds to the page's length, when the sentence states only that ("a second term of 2 years").
    renewal: float = 0
    #: The length counts its terms ("2 x 2 jaar"): a second term named elsewhere is already in it.
    terms_counted: bool = False
    #: Read only from what an amount pays for ("230 Euro für zwei Jahre") or from "N Jahre lang" in a sentence
    #: that names no opportunity: the page's length when no other sentence states one, else a sub-case.
    weak: bool = False


@dataclass(frozen=True)
class _Period:
    start: date
    end: date | None  # None: the page states when the stay starts, not when it ends
    evidence: str


def parse_duration(text: str, *, reference_date: date, language: str = "fr") -> Duration | None:
    """The opportunity's length and dates stated in a page body, or None.

    ``language`` is accepted for the shared normaliser signature; the words of
    every supported language are always read, since Belgian pages mix them.
    """
    if not isinstance(text, str) or not text:
        return None
    lengths: list[_Length] = []
    periods: list[_Period] = []
    spans: dict[str, tuple[int, int]] = {}
    question = None  # "Hoe lang? 5 maanden", "How long? Six weeks": the question heads its answer
    for sentence, mentions in dated_sentences(text):
        if sentence.text in spans:
            continue
        spans[sentence.text] = (sentence.start, sentence.end)
        asked = question if question and 0 <= sentence.start - question[2] <= 2 else None
        # The question just above says what the answer is about, whatever heading both stand under ("Dienstverband:
        # Trainee" over "Hoe lang? 5 maanden").
        context = " / ".join(part for part in (sentence.heading, asked and asked[0]) if part) or None
        length = length_in_sentence(sentence.text, context)
        if length is not None and asked:
            # The evidence is the question and its answer: "5 maanden" alone would not say what lasts.
            length = replace(length, evidence=f"{asked[0]} {length.evidence}")
            spans[length.evidence] = (asked[1], sentence.end)
        if length is not None:
            lengths.append(length)
        # (or a length's label cut off by its full stop: "● Duration. 36 months")
        question = ((sentence.text, sentence.start, sentence.end)
                    if sentence.text.endswith("?") or _LENGTH_LABEL_ALONE.fullmatch(sentence.text) else None)
        period = period_in_sentence(sentence.text, sentence.heading, reference_date=reference_date,
                                    mentions=mentions)
        if period is not None:
            periods.append(period)
    duration = _combine(lengths, periods)
    if duration is None:
        return None
    first = duration.evidence.split(" | ")[0]
    return replace(duration, span=spans.get(first), cue="stated length" if lengths else "dates of the stay")


def length_in_sentence(text: str, heading: str | None = None) -> _Length | None:
    """Bounds in months stated by one sentence, or None when it states no length of the opportunity."""
    written = text  # the evidence, as the page writes it
    if "(" in text:
        text = _DIGITS_RESTATED.sub("", text)
    if any(unit in text for unit in _GLUED_UNITS):
        # "je viermonatigen Aufenthalt", "12-monatiges Stipendium": the number glued to its unit.
        text = _GLUED_UNIT.sub(_unglued, text)
    lowered = text.lower()
    if any(stem in lowered for stem in _HALF_STEMS) and _HALF_HINT.search(text):
        text = _WITH_HALVES(text)
        lowered = text.lower()
    unit_words = _UNIT_WORD if len(lowered) == len(text) else _UNIT_WORD_ANY_CASE
    # Most unit words follow no number ("les mois d'été", "an internship"): every reading below needs one.
    hits = [hit for hit in unit_words.finditer(lowered if unit_words is _UNIT_WORD else text)
            if _may_end_with_number(text, max(0, hit.start() - 60), hit.start())]
    if not hits:
        return None
    bounds = _BOUNDS.search(text)
    if bounds and (_ABOUT_LENGTH.search(text) or _OPPORTUNITY_LOWER.search(lowered)):
        low = _months(parse_number(bounds.group("low")), _unit_of(bounds.group("low_unit")))
        high = _months(parse_number(bounds.group("high")), _unit_of(bounds.group("high_unit")))
        if low is not None and high is not None and low <= high:
            return _Length(low, high, written)
    academic = _ACADEMIC_YEAR_RANGE.search(text) if _ACADEMIC_WORD.search(lowered) else None
    if academic and not _NOT_LENGTH_SENTENCE.search(text):
        low = _months(parse_number(academic.group("low")), _unit_of(academic.group("unit")))
        high = (_months(parse_number(academic.group("high")), _unit_of(academic.group("high_unit")))
                if academic.group("high") else None)
        if low is not None:
            return _Length(low, high, written)
    # The sentence-wide tests run once a quantity is found: most unit words follow none.
    about: tuple[bool, bool] | None = None
    previous_end: int | None = None  # end of the last quantity counted in this sentence
    lows: list[float] = []
    highs: list[float] = []
    extra = 0.0  # months an extension may add
    terms_counted = False
    strong = False  # a quantity read from a noun or verb of the opportunity, not only from an amount or "lang"
    for hit in hits:
        quantity = _NUMBER_BEFORE_UNIT.search(text, max(0, hit.start() - 60), hit.start())
        if quantity is None:
            continue
        if about is None:
            # A sentence about reports, payments or extensions says nothing of the length ("De uitbetaling
            # duurt zes weken", "peut être portée à neuf mois"), unless those words only follow a length
            # named before it ("La durée de la bourse est de 2 ans, renouvelable si un rapport…").
            # The length noun may also follow the quantity it names: "Over a 10-month fellowship period, … a
            # series of news reports".
            if _NOT_LENGTH_SENTENCE.search(text, 0, quantity.start()) or (
                _NOT_LENGTH_AFTERWARDS.search(text)
                and not _LENGTH_NOUN.search(text, 0, min(len(text), hit.end() + _NOUN_AFTER_REACH))
            ):
                return None
            about = (
                bool(_ABOUT_LENGTH.search(text) or (heading and _ABOUT_LENGTH.search(heading))),
                bool(_OPPORTUNITY_LOWER.search(lowered) or (heading and _OPPORTUNITY_LOWER.search(heading.lower()))),
            )
        about_length, about_opportunity = about
        before = text[max(0, quantity.start() - 80) : quantity.start()]
        after = text[hit.end() : hit.end() + 60]
        unit = next(name for name in _UNITS if hit.group(name))
        number = _months(parse_number(quantity.group("number")), unit)
        if number is not None and number > _LONGEST_LENGTH:
            continue  # "jongeren (13 tot 30 jaar)", "élèves de 17 ans": an age, never how long an opportunity lasts
        # "een termijn van 2 x 2 jaar": two terms of two years, four years; the words before the count are the noun's
        if (times := _TIMES_BEFORE.search(before)) and number is not None and not quantity.group("low"):
            number, before = number * int(times.group("times")), before[: times.start()]
            terms_counted = True
        # "Die Regelförderdauer beträgt 3 Jahre und kann um bis zu 6 Monate verlängert werden": an extension
        # adds to the length stated before it.
        if ((lows or highs) and number is not None and not quantity.group("low")
                and (_EXTENDED_BY.search(before[-40:]) or _EXTENSION_AFTER.match(after))):
            if _EXTENDED_TO.search(before[-30:]):
                highs.append(number)  # "dauert 6 Monate und kann … auf maximal 12 Monate verlängert werden": 6 to 12
            else:
                extra = max(extra, number)
            previous_end = hit.end()
            continue
        if quantity.group("further"):
            continue  # "ein weiteres Jahr" with no length before it to extend
        if _SECOND_TERM.search(before[-60:]):
            # "a second term of maximum 2 years can be granted": a renewal, not another length of the opportunity
            extra = max(extra, number or 0)
            previous_end = hit.end()
            continue
        if ((less := _LESS_THAN_THEN_LASTS.search(before)) and (less.group("verb") or _LASTING_AFTER.match(after))
                and number is not None and not _IF_BEFORE.search(before[-40:])):
            # "Aufenthalte, die weniger als zwei Wochen dauern", "stays that last less than three months": an upper
            # bound of the stay, where "less than" elsewhere is a condition ("moins de 2 ans d'expérience")
            highs.append(number)
            previous_end = hit.end()
            continue
        if _NOT_LENGTH_BEFORE.search(before.lower()) or _NOT_LENGTH_AFTER.match(after):
            continue
        if _RESTATED.search(before) and not _ACADEMIC_YEAR_RESTATED.search(before):
            continue
        # What an amount pays for: "500 € pour un mois" is a rate; "230 Euro für zwei Jahre" a length, but perhaps
        # of a sub-case ("300 € pour 3 à 4 semaines de stage"): weak.
        paid_for = bool(_PAID_FOR.search(before[-40:]))
        if paid_for and not quantity.group("low") and parse_number(quantity.group("number")) == 1:
            continue
        # "sich ein Jahr lang ganz ihrem Schaffen zu widmen": how long, in a sentence that names no opportunity
        # (not a condition, a past or a bound: "wenn man … mindestens fünf Jahre lang … ausübt", "hatten … vier
        # Monate lang begleitet")
        weak = paid_for or (not about_opportunity and _LANG_AFTER.match(after) is not None
                            and not _CONDITION_SENTENCE.search(text) and not _NARRATED_OR_CONDITIONAL.search(text)
                            and not _MINIMUM_BEFORE.search(before) and not _MAXIMUM_BEFORE.search(before))
        # "for a period of up to 12 months", "un stage de maximum 6 mois": the bound word
        # stands between the noun or preposition and the number.
        bound = _MAXIMUM_BEFORE.search(before) or _MINIMUM_BEFORE.search(before)
        core = before[: bound.start()] if bound else before
        if bound and (_SINCE_BEFORE.search(core) or _AGE_BEFORE.search(core)):
            # "depuis au moins deux ans": how long a condition has held, the bound word in between; "voor
            # jongeren van minstens 18 jaar": an age
            continue
        second_bound = (
            bound is not None and previous_end is not None
            and _SECOND_BOUND.match(text[previous_end : quantity.start() - len(before) + bound.start()])
        )
        if not (
            weak
            or about_length
            or second_bound
            or (about_opportunity and _PARENTHESISED.search(before))
            # A count in brackets right after dates: "When? – 1-10 July 2024 (10 days)"
            or (before.rstrip().endswith("(") and _AFTER_DATES_IN_BRACKETS.search(before) is not None)
            or _ATTACHED_NOUN.search(before)
            or _ATTACHED_AFTER.match(after)
            or _FUNDING_AFTER.match(after)
            or _STAGE_LOPEN_AFTER.match(after)
            or (about_opportunity and _LANG_AFTER.match(after))
            or _LASTS.search(before)
            or (about_opportunity and _DURING.search(before))
            or _FOR_A_PERIOD.search(before)
            or _GRANTED_FOR.search(before)
            or _OPPORTUNITY_IS.search(before)
            or _OPPORTUNITY_LABEL.fullmatch(text, 0, quantity.start())
            # "Die Förderung wird für (bis zu) 12 Monate gewährt", "Sie ist auf höchstens sechs Monate begrenzt", "Das
            # Stipendium wird (längstens) 48 Monate gewährt"
            or ((_DURING.search(core) or _LIMITED_TO.search(core) or _GERMAN_PASSIVE.search(core))
                and _GRANTED_AFTER.match(after))
            or (_FIXED_TERM_AFTER.match(after) and about_opportunity)
            # A studio made available that long: "Wohn- und Arbeitsräume stehen zehn Monate mietfrei zur Verfügung"
            or (_MADE_AVAILABLE_AFTER.match(after) and _STUDIO.search(text) is not None)
            # "The minimum stay is two months", "Die Höchstdauer des Aufenthalts beträgt sechs Monate"
            or (_COPULA_BEFORE.search(before) and (_MAXIMUM_SUBJECT.search(before) or _MINIMUM_SUBJECT.search(before)))
            # A bounded or ranged length in a sentence about the opportunity and not about a condition on the
            # applicant: "maximaal drie weken bij elkaar wonen", "un mois minimum", "3 tot 12 maanden in het
            # buitenland studeren". Five years at most: a longer one is an age or a career.
            or (about_opportunity and (bound or quantity.group("low") or _MAXIMUM_AFTER.match(after)
                                       or _MINIMUM_AFTER.match(after))
                and (unit != "year" or (number is not None and number <= _LONGEST_BOUNDED))
                and not _CONDITION_SENTENCE.search(text))
            or (bound and (_ATTACHED_NOUN.search(core) or _LASTS.search(core) or _GRANTED_FOR.search(core)
                           or _OPPORTUNITY_IS.search(core)
                           or (about_opportunity and (_DURING.search(core) or _PARENTHESISED.search(core)))))
        ):
            continue
        # "de 4 semaines à 6 mois": the lower bound has its own unit.
        low_unit = _UNIT_WORD_ANY_CASE.search(quantity.group("low_unit") or "")
        low_unit = next(name for name in _UNITS if low_unit.group(name)) if low_unit else unit
        low = _months(parse_number(quantity.group("low")), low_unit) if quantity.group("low") else None
        if number is None or (quantity.group("low") and low is None):
            continue
        alternatives = low is not None and _ALTERNATIVE.fullmatch(text, quantity.end("low"), quantity.start("number"))
        if alternatives and _MINIMUM_BEFORE.search(before):
            lows.append(min(low, number))  # "une durée minimum de 2 ou 3 mois selon le type de bourse": at least 2
        elif alternatives and _MAXIMUM_BEFORE.search(before):
            highs.append(max(low, number))
        elif low is not None or _RANGE_OPENING.search(before):
            lows.append(low if low is not None else number)
            highs.append(number)
        elif _MAXIMUM_BEFORE.search(before) or _MAXIMUM_AFTER.match(after):
            highs.append(number)
        elif _MINIMUM_BEFORE.search(before) or _MINIMUM_AFTER.match(after):
            lows.append(number)
            if elided := _ELIDED_MAXIMUM.match(after):
                highs.append(_months(parse_number(elided.group("number")), unit))
        elif (subject := _bound_subject(before) or _heading_bound(heading, before)) == "max":
            highs.append(number)
        elif subject == "min":
            lows.append(number)
        else:
            lows.append(number)
            highs.append(number)
        strong = strong or not weak
        previous_end = hit.end()
    if not lows and not highs:
        # Only a second term: it lengthens what another sentence states ("first awarded for 2 years. … a second
        # term of maximum 2 years can be granted").
        return _Length(None, None, written, renewal=extra) if extra else None
    low, high = (min(lows) if lows else None), (max(highs) if highs else None)
    if extra or _RENEWABLE_ONCE.search(text):
        # "2 jaar, eenmaal hernieuwbaar" is two to four years, "minimum 1 year, renewable once" one to two;
        # "3 Jahre; … kann 1 Jahr Verlängerung beantragt werden" three to four.
        base = high if high is not None else low
        high = base + extra if extra else 2 * base
    # A sentence that opens on an exception ("Exceptionally, an internship may be extended … for a maximum of 24
    # weeks") states the page's length only when no other sentence does.
    return _Length(low, high, written, terms_counted=terms_counted, weak=not strong or bool(_EXCEPTION_OPENING.match(text)))


def _heading_bound(heading: str | None, before: str) -> str | None:
    """"max" or "min" when the length stands alone under a heading that names its bound ("Durée maximale" over
    "12 mois", "Minimum duration" over "3 months"), else None."""
    # (Not a question answered: "Durée maximale de tous les stages? 6 mois" bounds all stays together.)
    if not heading or before.strip(" -–•*:") or "?" in heading:
        return None
    return _bound_subject(heading)


def _bound_subject(before: str) -> str | None:
    """"max" or "min" when the closest bound-naming subject before a quantity says so, else None."""
    maximum = [match.end() for match in _MAXIMUM_SUBJECT.finditer(before)]
    minimum = [match.end() for match in _MINIMUM_SUBJECT.finditer(before)]
    if not maximum and not minimum:
        return None
    return "max" if max(maximum, default=-1) > max(minimum, default=-1) else "min"


def _unit_of(word: str) -> str:
    hit = _UNIT_WORD_ANY_CASE.fullmatch(word.strip())
    return next(name for name in _UNITS if hit.group(name))


def _may_end_with_number(text: str, start: int, end: int) -> bool:
    """Cheap test: can ``_NUMBER_BEFORE_UNIT`` match ``text[start:end]``?

    That pattern ends with a number (digits or a number word) followed only by
    spaces and a hyphen, so the last character left after stripping them must
    be a digit, or the last word a number word's last part ("huit" of
    "dix-huit").
    """
    stripped = text[start:end].rstrip()
    if stripped.endswith("-"):
        stripped = stripped[:-1].rstrip()
    if not stripped:
        return False
    if stripped[-1].isdigit():
        return True
    word = _LAST_WORD.search(stripped)
    if not word:
        return False
    lower = word.group().lower()
    # "ein weiteres Jahr", "5 consecutive days": the number is one word back
    if lower in _FURTHER_WORDS or lower in _PLAIN_WORDS:
        return _may_end_with_number(text, start, start + word.start())
    return lower in _NUMBER_WORD_ENDINGS


def _months(value: int | float | None, unit: str) -> int | float | None:
    if value is None or value <= 0:
        return None
    return _tidy(value * _MONTHS_PER_UNIT[unit], decimals=2 if unit in ("month", "year") else 1)


def _tidy(months: float, decimals: int = 2) -> int | float:
    """Months rounded (two decimals: 2 weeks are 0.46 month); an int when whole."""
    rounded = round(months, decimals)
    return int(rounded) if float(rounded).is_integer() else rounded


def period_in_sentence(
    text: str, heading: str | None = None, *, reference_date: date, mentions: list[DateMention] | None = None
) -> _Period | None:
    """The start and end dates of the stay stated by one sentence, or None.

    ``mentions``: the sentence's dates when the caller has already found them.
    """
    mentions = find_dates(text) if mentions is None else mentions
    if not mentions:
        return None
    # Lower-cased once: the two long alternations run several times faster without IGNORECASE.
    places = (text.lower(), heading.lower() if heading else "")
    if not any(pattern.search(place) for pattern in (_ABOUT_STAY_LOWER, _OPPORTUNITY_LOWER) for place in places):
        return None
    if _ABOUT_APPLYING.search(text):
        return None  # "candidatures du 1er février au 15 mars" is an application window
    if _PROJECT_WINDOW.search(text) or (heading and _PROJECT_WINDOW.search(heading)):
        return None
    for first, second in zip(mentions, mentions[1:]):
        between = text[first.end : second.start]
        if not _RANGE_BETWEEN.match(between):
            continue
        if re.match(r"^\s*(?:et|and|en)\b", between, re.IGNORECASE) and not _RANGE_OPENING.search(
            text[: first.start]
        ):
            continue
        if _START_WINDOW.search(text, max(0, first.start - 60), first.start):
            continue
        period = _period(first.day, first.month, first.year, second, text, reference_date)
        if period is not None:
            return period
    starts = [mention for mention in mentions if _START_CUE.search(text, max(0, mention.start - 40), mention.start)]
    if len(starts) == 1:
        # "The traineeships start on 1 March and end on 31 July": the start and the end each named by its verb.
        ends = [mention for mention in mentions if mention.start > starts[0].end
                and _END_CUE.search(text, max(0, mention.start - 30), mention.start)]
        if len(ends) == 1:
            first = starts[0]
            period = _period(first.day, first.month, first.year, ends[0], text, reference_date)
            if period is not None:
                return period
    last = mentions[-1]
    day_only = _DAY_ONLY_START.search(text[: last.start])
    if day_only:
        return _period(int(day_only.group("day")), last.month, last.year, last, text, reference_date)
    if len(starts) == 1 and (_STAY_STARTS.search(text) or length_in_sentence(text, heading) is not None):
        # "pour une période de 6 mois à partir du 1er septembre 2025": a start, no end stated.
        first = starts[0]
        start = resolve_date(first.day, first.month, first.year, reference_date=reference_date,
                             weekday=first.weekday)
        if start is not None:
            return _Period(start, None, text)
    return None


def _period(
    day: int, month: int, year: int | None, end_mention: DateMention, text: str, reference_date: date
) -> _Period | None:
    end_year = end_mention.year
    if year is None and end_year is not None:
        year = end_year if (month, day) <= (end_mention.month, end_mention.day) else end_year - 1
    start = resolve_date(day, month, year, reference_date=reference_date)
    if start is None:
        return None
    if end_year is None:
        end_year = start.year if (end_mention.month, end_mention.day) >= (month, day) else start.year + 1
    end = resolve_date(end_mention.day, end_mention.month, end_year, reference_date=reference_date)
    if end is None or end < start:
        return None
    return _Period(start, end, text)


def _months_between(start: date, end: date) -> int | float:
    """Calendar months from start to end, the end day included."""
    after_end = end + timedelta(days=1)
    whole = (after_end.year - start.year) * 12 + after_end.month - start.month
    if after_end.day < start.day:
        whole -= 1
    remainder = (after_end - _add_months(start, whole)).days
    # One decimal: "15 avril au 15 octobre" (end day included) is 6 months, not 6.03.
    return _tidy(whole + remainder / _DAYS_PER_MONTH, decimals=1)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the target month (31 January + 1 month is 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _combine(lengths: list[_Length], periods: list[_Period]) -> Duration | None:
    """One Duration from every sentence's bounds and dates (rules in the module docstring)."""
    renewals = [length for length in lengths if length.renewal]
    lengths = [length for length in lengths if not length.renewal]
    # A length read only from an amount or "lang" is the page's when nothing else states one.
    if any(not length.weak for length in lengths) or any(period.end is not None for period in periods):
        lengths = [length for length in lengths if not length.weak]
    # A start without an end counts only when no sentence gives a whole range.
    ranges = [period for period in periods if period.end is not None]
    periods = ranges or periods
    distinct_periods = sorted({(period.start, period.end) for period in periods})
    period = periods[0] if len(distinct_periods) == 1 else None
    if not ranges:
        distinct_periods = []  # no months to derive from a start alone
    complementary = any(length.low is None for length in lengths) and any(length.high is None for length in lengths)
    if lengths and complementary:
        # "pendant 6 mois maximum" and "Le stage doit durer au minimum 3 mois": each sentence gives the
        # bound the other leaves open, so together they state both.
        low = min(length.low for length in lengths if length.low is not None)
        high = max(length.high for length in lengths if length.high is not None)
        if low > high:
            low = high = None
    elif lengths:
        low = None if any(length.low is None for length in lengths) else min(length.low for length in lengths)
        # "for a period of 12 months" and "the minimum fellowship period is 6 months": the stated length is the
        # most, the minimum the least; a minimum alone leaves the most open.
        highs = [length.high for length in lengths if length.high is not None]
        minimums = [length.low for length in lengths if length.high is None]
        high = max(highs) if highs and max(highs) >= max(minimums, default=0) else None
    elif distinct_periods:
        derived = [_months_between(start, end) for start, end in distinct_periods]
        low, high = min(derived), max(derived)
    else:
        return None
    if low is None and high is None and period is None:
        return None  # bounds that contradict each other and no dates: nothing sure to say
    evidence = list(dict.fromkeys(p.evidence for p in periods)) if period is None and not lengths else []
    stated: set[tuple] = set()
    if period is not None:
        evidence.append(period.evidence)
        stated.update((length.low, length.high) for length in lengths if length.evidence == period.evidence)
    for length in lengths:
        if length.evidence in evidence or (length.low, length.high) in stated:
            continue  # says nothing the kept evidence does not already say
        evidence.append(length.evidence)
        stated.add((length.low, length.high))
    if renewals and lengths and high is not None and not any(length.terms_counted for length in lengths):
        high += max(length.renewal for length in renewals)
        evidence.extend(dict.fromkeys(length.evidence for length in renewals if length.evidence not in evidence))
    return Duration(
        low,
        high,
        period.start.isoformat() if period else None,
        period.end.isoformat() if period and period.end else None,
        " | ".join(evidence),
    )
