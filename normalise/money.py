"""Money paid to the beneficiary: stipends, allowances, reimbursement caps.

A page sentence such as "une bourse d'un montant forfaitaire mensuel de
1.200 euros /mois + un remboursement des frais de transport avec un maximum
de 500 euros" holds two stipends. Each money expression is read with its own
context, split from its neighbours at ";", "+" and "et"/"and":

- the *left context* (the clause before the amount) and the *right context*
  (up to the next separator) give the period ("/mois", "mensuel", "par
  projet"), whether it is a ceiling ("maximum", "jusqu'à") and what it pays
  for ("pour l'hébergement", "étudiants en master");
- money the applicant pays (registration fees, participation, rent, cost of
  living) and programme budgets ("enveloppe", "budget total", "2 millions
  d'euros") are not stipends and are dropped;
- an amount with no period word is paid once (or like the amount just
  before it, when only a comma or "et" separates them);
- bare numbers listed before one currency ("1.200, 1.400 ou 1.600 euros par
  mois") are amounts of their own with its period; a range ("de 1.200 à
  1.600 euros") gives its two bounds, the upper one ``is_maximum``.

Amount strings are read by price-parser; this module only decides which
separator is the decimal one (Belgian pages write "1.200" for twelve hundred,
English ones "2,120"): a separator followed by exactly three digits groups
thousands, any other is decimal.

The cheap currency regex runs over the whole page first, so a page without
money costs one regex scan.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass, replace

from price_parser import Price

from normalise import currencies, languages
from normalise.facts import Fact, located
from normalise.literals import Literals, Prefilter
from normalise.numbers import AMOUNT_WORDS, MULTIPLIER_WORDS, amount_from_words
from normalise.patterns import compiled, literal_alternation
from normalise.text import Sentence, body_sentences


@dataclass(frozen=True)
class Stipend(Fact):
    """One amount paid to the beneficiary, with the sentence it came from; ``cue`` is the amount as written."""

    amount: float
    currency: str
    period: str
    is_maximum: bool
    applies_to: str | None
    evidence: str
    #: The lower bound of a range ("between €10,000 and €30,000": ``amount`` 30000, ``amount_min`` 10000).
    amount_min: float | None = None


_CURRENCY_CODES = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "£": "GBP", "gbp": "GBP", "livre sterling": "GBP", "livres sterling": "GBP",
    "chf": "CHF", "franc suisse": "CHF", "francs suisses": "CHF", "franken": "CHF",
    # Pages that still write francs are Swiss ("ce prix doté de 250 000 francs").
    "francs": "CHF",
    "cad": "CAD", "ca$": "CAD", "c$": "CAD", "$ ca": "CAD", "$ca": "CAD", "$ can": "CAD", "$can": "CAD",
    "$ cad": "CAD",
    # Other dollars by their prefix: "A$25,392 per annum", "NZ$5000", "S$800", "HK$30,000".
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "s$": "SGD", "hk$": "HKD",
    # Other currencies the corpus pages state, by code or sign: Indian rupees, CFA francs, Belgian francs and
    # Dutch guilders of old acts, and other codes written as such.
    "₹": "INR", "rs": "INR", "rs.": "INR", "fr.": "CHF", "sfr": "CHF", "sfr.": "CHF", "fcfa": "XOF", "f cfa": "XOF", "francs cfa": "XOF",
    "francs belges": "BEF", "franken belgisch": "BEF", "gulden": "NLG",
    **{code.lower(): code for code in ("INR", "AUD", "NZD", "CNY", "KES", "XOF", "XAF", "XPF", "JPY", "SGD",
                                        "ZAR", "NGN", "SEK", "NOK", "DKK", "PLN", "BEF", "NLG")},
}
#: The rest of the world's currencies (``normalise.currencies``, from the CLDR): codes in capitals, signs and names
#: the hand-written spellings above do not already read ("KRW 200,000", "₩900,000", "160,000 yen", "82.000 kronor",
#: "PKR 6000", "3.000 Kč", "5 000 dirhams marocains").
_WORLD = currencies.table()
_WORLD_CODES = sorted(code for code in _WORLD["codes"] if code.lower() not in _CURRENCY_CODES)
_WORLD_CODE_SET = frozenset(_WORLD_CODES)
_WORLD_SIGNS = sorted((sign for sign in _WORLD["signs"] if sign.lower() not in _CURRENCY_CODES), key=len, reverse=True)
_WORLD_NAMES = sorted(name for name in _WORLD["names"] if name not in _CURRENCY_CODES)
#: A word several currencies share ("pesos", "dirhams", "rupees"): its "currency" is the lower-case word itself, which
#: the page's countries turn into a code (``_shared_currency``).
_WORLD_SHARED = _WORLD["shared_words"]
_WORLD_NAMES += sorted(word for word in _WORLD_SHARED if word not in _CURRENCY_CODES)
_CURRENCY_CODES.update({code.lower(): code for code in _WORLD_CODES})
_CURRENCY_CODES.update({sign.lower(): _WORLD["signs"][sign] for sign in _WORLD_SIGNS})
_CURRENCY_CODES.update({name: _WORLD["names"].get(name, name) for name in _WORLD_NAMES})
#: A code or a sign of letters is read as written (case kept: "TRY 4500", not "try 4500"), not inside a word;
#: signs before the number may take a full stop ("Ksh.31,270").
_WORLD_CODE = rf"(?-i:(?<![^\W\d_]){literal_alternation(_WORLD_CODES)}(?![^\W\d_]))"
_WORLD_SIGN = rf"(?-i:(?<![^\W\d_]){literal_alternation(_WORLD_SIGNS)})"
_WORLD_BEFORE = rf"{_WORLD_CODE}|{_WORLD_SIGN}(?:(?<=[^\W\d_])\.)?"
_WORLD_AFTER = rf"{_WORLD_CODE}|{_WORLD_SIGN}(?![^\W\d_])|(?:{literal_alternation(_WORLD_NAMES)})(?![^\W\d_])"
#: Ten million in any currency is a programme's money, not one person's ("168 bourses … 618 608 000 FCFA").
_PROGRAMME_SIZED = 10_000_000
#: Those codes, written before or after the number ("INR 50,000", "25.000 BEF").
_OTHER_CODES = r"INR|AUD|NZD|CNY|KES|XOF|XAF|XPF|JPY|SGD|ZAR|NGN|SEK|NOK|DKK|PLN|BEF|NLG"
_US_DOLLAR_NAMED = compiled(r"\$\s?US\b|\bUSD\b|dollars?\s+(?:US|américains?)", re.IGNORECASE)
_SIGN_AFTER_DOLLAR = compiled(r"[\d\s.,'  ]+\$")
# A code may be glued to its number ("EUR1500", "USD2000").
# "Rs. 15,000/- per month" (Indian rupees), "Fr. 3000.–" (Swiss francs; three digits at least: "Fr. 15.03." is a Friday).
_CURRENCY_BEFORE = rf"\b(?:{_OTHER_CODES})(?![A-Za-z])|₹|\bRs\.?(?=\s?\d)|\bFr\.(?=\s?\d[\d']{{2,}})|\bS[Ff]r\.?(?=\s?\d)|" r"€|\bEUR(?![A-Za-z])|\bEuros?(?=\s?\d)(?!\s?(?:19|20)\d\d(?![\d.,']))|\bUSD(?![A-Za-z])|US\$|\bCA\$|\bC\$|\bA\$|\bAU\$|\bNZ\$|\bS\$|\bHK\$|\$|£|\bGBP(?![A-Za-z])|\bCHF(?![A-Za-z])|\bCAD(?![A-Za-z])"
_CURRENCY_AFTER = (
    # "15 000,00 $ CA" (Canadian dollars, as Québec writes them) before a bare "$".
    # "1418euros/month", "1500EUR": the word may be glued to the number.
    # A sign followed by digits belongs to them: "Years 1-2 £15,000" is £15,000, not £2.
    r"€(?!\s?\d)|(?:\b|(?<=\d))euros?\b|(?:\b|(?<=\d))EUR\b|(?:\b|(?<=\d))USD\b|\bdollars?\b|\$\s?CA(?:N|D)?\b"
    r"|\$(?!\s?\d)|£(?!\s?\d)"
    # Swiss "3.000,- SFr." beside "CHF", and "2'500 Fr." (after a number only: "Fr." is also Friday and Frau)
    r"|(?<=\d\s)Fr\.|(?:\b|(?<=\d))GBP\b|\blivres?\s+sterling\b|(?:\b|(?<=\d))CHF\b|\bS[Ff]r\b\.?|\bfrancs?\s+suisses\b|\bCAD\b|\bFranken\b|\bfrancs\b(?!\s+(?:CFA|belges|français|fran[cç]ais|pacifique))"
    rf"|(?:\b|(?<=\d))(?:{_OTHER_CODES})\b|\bF\s?CFA\b|\bfrancs\s+(?:CFA|belges)\b|\bgulden\b"
)
#: Cheap first pass: plain literals, which the regex engine scans fast (a
#: pattern with word boundaries costs ten times more on a long page).
#: (Not after a letter: the "eur" of "leur", "chercheur", "valeur" is no euro; "500EUR" still is. Nor before
#: one: "Europe", "européen". One search: on a WBI page, every "Europe" used to be a hint tested again.)
_CURRENCY_HINT = Prefilter(compiled(
    rf"[€$£₹]|(?<![^\W\d_])(?:euro|Euro|EUR|eur|Eur)(?i:o?s?)(?![^\W\d_])|USD|GBP|CHF|CAD|dollar|sterling"
    rf"|francs|Franken|CFA|gulden|Rs|Fr\.|SFr|sFr|{_OTHER_CODES}"))

# "1.200", "1 200,50", "2,120", "12.50", "500": groups of three after the
# first separator are thousands, a final group of one or two digits is decimal.
# Swiss pages group thousands with an apostrophe ("CHF 1'000").
_NUMBER = r"\d{1,3}(?:[., ']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
#: (and India's lakh, a hundred thousand: "Rs 8 lakh" is one fellow's grant, not a programme's budget)
_SCALE = r"(?P<{name}>millions?|milliards?|billions?|miljoen|miljard|mio\.?|mln\.?|lakhs?|lacs?)"
#: "€ 20.000,-", "EUR 750,--", "1.500.-", Swiss "3000.–", German "1.000,– €", Indian "15,000/-": no cents.
#: (and its full stop before a rate: "€ 2.000,-. per studiejaar")
_NO_CENTS = r",[-–—]{1,2}(?:\.(?=\s+(?:per|pro|par|je)\b))?|\.[-–—]{1,2}(?!\d)|/-{1,2}(?!\d)"
#: Thousands written "k": "€10k", "$5K", "10k €".
_THOUSANDS = r"(?P<{name}>k)(?![^\W\d_])"


def _money_pattern(before: str, after: str, scale_joiner: str, number: str = _NUMBER) -> re.Pattern[str]:
    """A money expression, its currency (``before``) written before the number or (``after``) after it, a scale
    ("millions", joined to the currency by ``scale_joiner``) between, the number written as ``number`` says: the groups
    ``_amount_of`` reads."""
    return compiled(
        rf"(?:(?P<before>{before})\s?(?P<n1>{number})(?:{_NO_CENTS}|{_THOUSANDS.format(name='k1')})?"
        rf"(?:\s*{_SCALE.format(name='s1')})?"
        rf"|(?<![\d.,])(?P<n2>{number})(?:{_NO_CENTS}|{_THOUSANDS.format(name='k2')})?"
        rf"\s*(?:{_SCALE.format(name='s2')}\s*{scale_joiner})?"
        rf"(?P<after>{after}))",
        re.IGNORECASE,
    )


_MONEY = _money_pattern(_CURRENCY_BEFORE, _CURRENCY_AFTER, r"(?:d'|de\s+|van\s+)?")
#: The world's currencies, read apart: most pages have none, and one pattern over both doubled the time of every
#: sentence with money. ``_WORLD_HINT`` finds a world currency beside a number, written after it (names, codes,
#: signs) or before it (codes, signs); a sentence without one never runs ``_WORLD_MONEY``.
_WORLD_MONEY = _money_pattern(_WORLD_BEFORE, _WORLD_AFTER, "")

#: Amounts written in words, read apart too: "vijfduizend euro", "cinq mille euros", "five thousand dollars" (the
#: currency after them). ``_MULTIPLIER_HINT``, a word of a hundred or a thousand, says when a sentence may hold one.
_WORDED_MONEY = _money_pattern(r"(?!)", _CURRENCY_AFTER, r"(?:d'|de\s+|van\s+)?", number=AMOUNT_WORDS)
_MULTIPLIER_HINT = compiled(literal_alternation(list(MULTIPLIER_WORDS), shortest=True), re.IGNORECASE)


def _world_hint() -> re.Pattern[str]:
    """A digit with a world currency after it, or just before it ("160,000 yen", "KRW 200,000", "Ksh.31,270").

    One pass over the page that the regex engine starts only at digits: the signs and codes before a number are
    read backwards from the digit, one look-behind per length (a look-behind has a fixed width).
    """
    written = _WORLD_CODES + _WORLD_SIGNS
    by_width: dict[int, list[str]] = {}
    for token in written:
        for form in (token, f"{token} ", f"{token}.", f"{token}. "):
            by_width.setdefault(len(form), []).append(form)
    before = "|".join(rf"(?<=(?:{literal_alternation(sorted(forms))})\d)" for _, forms in sorted(by_width.items()))
    return re.compile(rf"\d(?:\s?(?:{literal_alternation(written)}|(?i:{literal_alternation(_WORLD_NAMES)}))|{before})")


_WORLD_HINT = _world_hint()
_SCALES = {"million": 1e6, "millions": 1e6, "miljoen": 1e6, "mio": 1e6, "mio.": 1e6, "mln": 1e6,
           "mln.": 1e6, "milliard": 1e9, "milliards": 1e9, "miljard": 1e9, "billion": 1e9,
           "billions": 1e9, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5}

# Where one amount's context ends and the next one's begins.
_CLAUSE_BREAK = compiled(r"[;+]")
#: A new conjunct ends an amount's words: "500€ par mois ainsi qu'une allocation journalière de 26,82€".
_RIGHT_STOP = compiled(
    r"[;+(,]|\sbzw\.?\s|(?<!max)\.(?:\s|$)|\s(?:et|and|und|ou|or)\s(?!(?:pro|per|par|je)\s|(?:studien|kalender|schul)?jahr\b)|\sainsi\s+qu|\sas\s+well\s+as\s|\ssowie\s|\salsook\s|\splus\s+(?:an?|une?|een|ein\w*)\s"
    # Dutch "en" before a new noun phrase: "850 euro en een eenmalige reiskostenvergoeding" (not the French "en",
    # "in": "500 € en moyenne")
    r"|\sen\s+(?:een|één|het|daarnaast|bovendien|ook)\s",
    re.IGNORECASE,
)
_RIGHT_WIDTH = 60
_LEFT_WIDTH = 120
_NEAR_LEFT_WIDTH = 50

# Bare numbers listed before an amount ("1.200, 1.400 ou 1.600 euros", "de 1.200 à 1.600 €").
_LIST_ITEM = rf"(?<![\w.,])(?:{_NUMBER})(?:,[-–—]{1,2})?(?:\s*(?:€|euros?|EUR))?"
_JOINER = r"\s*(?:,|/|-|–|\bet\b|\bou\b|\bor\b|\band\b|\bund\b|\ben(?:\s+de)?\b|\bof\b|\bà\b|\bto\b|\btot\b)\s*"
_AMOUNT_LIST = compiled(
    rf"(?P<items>(?:{_LIST_ITEM}{_JOINER})*{_LIST_ITEM})(?P<joiner>{_JOINER})$", re.IGNORECASE
)
_LIST_NUMBER = compiled(rf"(?<![\w.,])(?P<number>{_NUMBER})")
#: "789,71 euros (€) pour les programmes de 2e cycle et de 963,29 € pour …": what the first amount is for,
#: then the joiner; the second amount is paid like the first.
_QUALIFIED_JOINER = compiled(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:(?:pour|for|voor|für)\s+[^,;.()€$£]{0,60}?\s+)?(?:et|ou|and|or|en|bzw\.?|,)\s*"
    r"(?:(?:de|d'|of|van)\s*)?",
    re.IGNORECASE,
)
#: "789,71 euros pour … et de 963,29 € pour …": the second amount's "de" belongs to the joiner.
_ONLY_JOINER = compiled(
    r"\s*(?:,|/|\bet\b|\bou\b|\band\b|\bor\b|\ben\b|\bof\b|\bbzw\.?)?\s*(?:(?:de|d'|of|van)\s*)?", re.IGNORECASE
)
#: A study level as the label of the next amount in a list: "La bourse mensuelle s'élève à : bachelier 500 €,
#: master 600 €, doctorat 700 €", "monthly allowance: bachelor €500, master €600" (each level paid like the first).
_LEVEL_JOINER = compiled(
    r"\s*(?:,|;|/|\bet\b|\band\b|\ben\b|\bund\b)\s*(?:(?:pour\s+(?:les\s+)?|for\s+|voor\s+|für\s+)?(?:bacheliers?|bachelors?"
    r"|masters?|doctorats?|doctorants?|ph\.?\s?d\.?|phd\s+students|doctoral\s+students|doktorand(?:en|innen)?|promovend(?:i|en)"
    r"|postdocs?|post-docs?|ba|ma|undergraduates?|graduates?|licence|master(?:studenten|studierende)"
    r"|bachelor(?:studenten|studierende))\s*:?\s*)",
    re.IGNORECASE,
)
#: The words that make two amounts alternatives: "500 ou 700 €", "maximal CHF 600 … bzw. CHF 1000".
_OR = r"\bou\b|\bor\b|\bof\b|\boder\b|\bbzw\.?"
#: What stands between two amounts that are alternatives of one payment: "€479/€529", "500 ou 700 €".
_ALTERNATIVE = compiled(rf"\*?\s*(?:/|{_OR})\s*", re.IGNORECASE)
#: The gap between two amounts that are alternatives of one cap: "jusqu'à 500 € ou 700 €".
_ALTERNATIVE_GAP = compiled(rf"\s*(?:{_OR})\s*", re.IGNORECASE)
#: An amount's alternative: its period words, then "or" ("€ 8.148,-- pro Jahr oder € 679,-- pro Monat").
_OR_BETWEEN = compiled(rf"[^.;:\d]{{0,25}}?\b(?:{_OR})\s*", re.IGNORECASE)
_RANGE_JOINERS = {"à", "-", "–", "to", "tot"}
_RANGE_OPENING = compiled(r"\b(?:entre|between|tussen(?:\s+de)?|zwischen)\s+$", re.IGNORECASE)

#: Periods in the order they are tried on the words after an amount; their words live in
#: ``normalise.languages`` ("period_month": "/mois", "per maand", "monthly", "monatlich"…).
_PERIODS = ("month", "week", "day", "year", "project", "once")
_PERIOD = [(period, languages.cue_pattern(f"period_{period}")) for period in _PERIODS]
#: An hourly rate has no CONTRACT.md period; in an act it is part of a formula ("majoré de 2 euros par
#: heure de formation"): not a stipend. Nor is a rate per distance travelled ("een kilometervergoeding van 0,15
#: euro per kilometer", "£0.45 per mile").
_PER_HOUR = compiled(r"^\s*(?:/\s?h(?:eure|our|r)?\b|par\s+heure|de\s+l'heure|per\s+(?:uur|hour)|an\s+hour"
                     r"|/\s?uur\b|pro\s+stunde|horaires?\b"
                     r"|(?:per|par|pro|a|/)\s?(?:kilom[eè]t(?:er|re|res|ers)?|km|mile|mijl)\b)", re.IGNORECASE)
#: Where, in the words before an amount, a new conjunct begins ("les frais de participation et un forfait
#: de 800 euros"): a fee named before it is another item of the list.
_NEW_CONJUNCT = compiled(
    r"\s(?:et|and|en|ou|or|plus|ainsi\s+que|as\s+well\s+as)\s+(?:d'une?|une?|le|la|les|des|a|an|the|een|het)\s",
    re.IGNORECASE,
)

_MAXIMUM_BEFORE = compiled(
    r"\bmaximum\b|\bmaximal\b|\bmax\b\.?|\bjusqu'?\s?à|\bau\s+plus\b|\bplafon[dn]|\bmaximaal\b|\bup\s+to\b|\bat\s+most\b"
    r"|\bn'excédant\s+pas\b|\bne\s+dépassant\s+pas\b|\blimitée?\s+à\b|\bà\s+concurrence\s+de\b"
    r"|\bnot\s+exceeding\b|\bhöchstens\b|\bbis\s+zu\b|\bmaximumbedrag|\bhöchstbetrag|\bmaximalbetrag"
    # "Das Höchststipendium beträgt 5.800 Euro", "Höchstförderung", "Höchstsumme"
    r"|\bhöchst(?:stipendi|förder|summ|zuschuss|beihilf|beitr)\w*|\bcapped\s+at\b|\bbegrensd\s+tot\b|\bne\s+dépass\w*\s+pas\b|\bn'excèd\w*\s+pas\b"
    # "tot € 2.500,- per studiejaar": "tot" right before the amount is its ceiling.
    r"|\btot\s*$",
    re.IGNORECASE,
)
#: The subject names the amounts as maxima: "Maximum amounts awarded to individual applicants are $200 and $75".
#: The grant itself, named in every language ("toelage", "bourse", "Zuschuss", "stipend"…).
_GRANT_NOUNS = (r"toelage\w*|tegemoetkoming\w*|premie\w*|beurs\w*|allocations?|bourses?|subventions?|zuschuss\w*|zuschüsse"
                r"|stipendi\w*|beihilfe\w*|stipends?|grants?")
_MAXIMUM_SUBJECT = compiled(
    r"\b(?:maximum|maximal\w*|höchst\w*|maximaal|maximale)\s+(?:\w+\s+)?(?:amounts?|awards?|montants?|bedrag\w*"
    rf"|beträge|betrag|förderung|subsid\w*|steun|aides?|allowances?|funding|contributions?|{_GRANT_NOUNS})"
    r"\b(?![^.;]*\b(?:minimum|minimal|minimaal|mindest))",
    re.IGNORECASE,
)
_MAXIMUM_AFTER = compiled(r"^\W*(?:€|euros?)?\s*(?:maximum|max\b|au\s+maximum|au\s+plus|maximaal|at\s+most)",
                          re.IGNORECASE)

# Money the applicant pays, or prices that are not paid to anyone on the page.
_PAID_BY_APPLICANT = compiled(
    r"\bdroits?\s+d'inscription|\bfrais\s+d'inscription|\bminerval|\bfrais\s+de\s+participation"
    r"|\bparticipation\s+(?:du|de\s+l'|des)\s*(?:candidat|étudiant|participant)|\bfees?\b|\btuition\b"
    r"|\binschrijvingsgeld|\binschrijvingskost|\bdeelnameprijs|\beigen\s+bijdrage|\bgebühr"
    r"|\bparticipation\s+aux\s+frais|\bbijdrage\s+in\s+de\s+kosten|\bcontribution\s+to\s+(?:the\s+)?costs?"
    r"|\bprix\s+d'entrée|\bentrée\b|\btarif|\bloyer|\brent\b|\bco[uû]t|\bcost|\bkost"
    r"|\bà\s+payer\b|\bpayable\b|\bs'acquitter|\bcaution\b|\bdeposit\b|\bfrais\s+de\s+dossier|\bdossierkosten"
    r"|\badministrati(?:ve|on)\s+fee|\bfrais\s+(?:additionnels|supplémentaires)"
    r"|\bdiscount|\bréduction|\bkorting|\brabatt|\bermäßigung"
    # compounds: "de deelnamekosten (€175,00)", "Teilnahmegebühr", "het lage tarief", "assurance maladie obligatoire"
    r"|deelnamekost|collegegeld|\btarief|gebühr|teilnahmebeitrag|eigenbeitrag|eigenanteil"
    r"|\bassurance\s+maladie|krankenversicherung|\bhealth\s+insurance\b"
    # the cost of living in compounds ("levenskosten", "Lebenshaltungskosten"), and means the applicant must
    # show ("must prove they have at least €11,000", "disposer d'au moins", "beschikken over")
    r"|levenskost|lebenshaltungskost|\bmiete\b|\bhuur(?:prijs)?\b|\bprove\s+(?:that\s+)?(?:they|you)\s+have"
    # what students spend: "Students typically spend around €1,000 a month"
    r"|\bspend\b"
    # expenses: "die Aufwendungen von 400 €", "les dépenses de 400 €"
    r"|aufwendungen|\bausgaben\b|\bdépenses\b|\buitgaven\b"
    r"|\bproof\s+of\s+(?:sufficient\s+)?(?:funds|means)|\bdisposer\s+d[e']|\bbeschikken\s+over",
    re.IGNORECASE,
)
_PAID_BY_APPLICANT_AFTER = compiled(
    r"\bà\s+(?:la\s+)?charge\s+(?:du|de\s+la|des|de\s+l')\s*(?:candidat|étudiant|participant|stagiaire|boursier"
    r"|artiste|bénéficiaire|demandeu|résident|lauréat)|\b(?:est|sont|reste|restent)\s+à\s+votre\s+charge"
    # not what the money is for: "une somme de 600 €, destinée notamment à payer les livres"
    r"|\bdemandée?s?\b|(?<!destinée\s)(?<!destinés\s)(?<!notamment\s)\bà\s+payer\b|\bpayable\s+by\b|\bte\s+betalen\b|\bpaid\s+by\s+the\s+(?:applicant|student)"
    r"|\bof\s+the\s+(?:registration\s+|participation\s+|tuition\s+)?fee"
    r"|\b(?:ne\s+sont|n'est)\s+pas\s+rembours|\bnon\s+rembours|\bnot\s+(?:be\s+)?(?:covered|reimbursed|refunded)\b"
    r"|\bniet\s+terugbetaald|\bten\s+laste\s+van\s+de\s+(?:student|kandidaat|deelnemer)"
    r"|\bzur\s+verfügung\s+haben"  # "Bewerber müssen mindestens 11.000 Euro pro Jahr zur Verfügung haben"
    # a fee sent with the application: "15 € à joindre au dossier d'inscription, par chèque"
    r"|^\s*(?:\w+\s+){0,2}?à\s+joindre\b|\bpar\s+chèque\b|\bby\s+cheque\b"
    # expenses to expect, the noun after the amount: "400 € monatlichen Aufwendungen rechnen"
    r"|^\s*(?:\w+\s+)?(?:aufwendungen|ausgaben|expenses|dépenses|uitgaven)\b"
    # a fee, the noun after the amount: "a 30€ fee is requested", "a $25 application fee" (not a fee waived)
    r"|^\s*(?:\w+\s+)?(?:fees?|gebühr\w*|inschrijvingsgeld)\b(?!\s+(?:waiver|reduction|remission|exemption))",
    re.IGNORECASE,
)
# A fee word does not exclude money that covers the fee ("remboursement des
# frais d'inscription jusqu'à 300 €").
_COVERS = compiled(
    r"rembours|pris\w*\s+en\s+charge|couvr|intervention|bourse|indemnit|allocation|vergoed|terugbetal"
    r"|reimburs|\bcover|\baides?\b|\baccordée?s?\b|\boctroy|\bsubsid|\bgrants?\b|\bbeurs|\btoelage"
    r"|\bstipend|\bförder|\bdekt\b|\bdekken\b|\bgedekt\b|\bdeckt\b|abgedeckt|übernommen|übernimmt"
    # a fee paid to the beneficiary: "The artist will receive a fee of €600" (a research bench fee is not theirs)
    r"|\b(?:receives?|receiving|get|gets|earn|earns|be\s+paid)\s+(?:an?\s+)?(?:\w+\s+)?fee\b|\bhonorar"
    # "accordées selon les coûts réels et plafonnées à 8.000 euros": the actual costs are what is reimbursed
    r"|co[uû]ts?\s+réels|\b(?:actual|real)\s+costs?|werkelijke\s+kosten|tatsächliche\w*\s+kosten"
    # a share of the costs, capped: "beperkt tot 75% van de kosten met een plafond van 5.000 euro"
    r"|\d\s*%\s+(?:van|of|des?|du|der)\s+(?:de\s+|the\s+|les\s+|la\s+)?(?:\w+\s+)?(?:kosten|costs?|frais|co[uû]ts?)",
    re.IGNORECASE,
)
_PROGRAMME_BUDGET = compiled(
    r"\bbudget|\benveloppe|\bdotation|\bmontant\s+total|\btotal\s+de\b|\bau\s+total\b|\bcofinanc"
    r"|\bchiffre\s+d'affaires|\binvesti|\blevée\s+de\s+fonds|\btotaal|\btotal\s+(?:of|funding)"
    # ("für den gesamten Aufenthalt" is the whole stay, not a total budget)
    r"|\bfunding\s+pot\b|\bsets?\s+aside\b|\bdispose\b|gesamt(?!e[nrs]?\s+\w*(?:aufenthalt|zeitraum|dauer|laufzeit))|insgesamt"
    r"|zur\s+verfügung|\bbereit\b|\bfor\s+the\s+\d{4}\s+call"
    r"|\bdotée?s?\s+d[e']|\bendowed\s+with"
    # "The open call has a total allocation of €1,165,000", "the overall indicative amount made available", "Total fund:"
    r"|\btotal\s+allocation|\boverall\s+(?:indicative\s+)?amount|\bindicative\s+amount|\btotal\s+fund\b"
    r"|\bpour\s+l'appel\s+\d{4}|\bin\s+totaal|\bin\s+total\b"
    # the ceiling of the whole scheme, and what it paid out: "Het subsidieplafond is € 25.000", "Auszahlungssummen"
    r"|subsidieplafond|\bplafond\s+(?:de\s+la\s+mesure|du\s+dispositif|global)|auszahlungssumme|\bprize\s+pool"
    # "The total prize money of €50,000 will be shared among the winners"
    r"|\btotal\s+prize\s+money",
    re.IGNORECASE,
)
#: A large sum made available or asked for as a whole, the verb after it: "Heuer stellt die Landesregierung dafür
#: 380.000 Euro bereit", "Per jaar is er ca. 1.125.000 euro beschikbaar", "een recordbedrag van € 884.911 werd
#: aangevraagd". Not one grant's: a sum per grant ("Pro Stipendium stehen 25.000 Euro zur Verfügung") names its unit,
#: and a grant is smaller than ``_SUM_MADE_AVAILABLE``.
_MADE_AVAILABLE_AFTER = languages.cue_pattern("made_available", r"^[^.;:]{0,40}?\b(?:{})\b")
_PER_UNIT_BEFORE = compiled(
    r"\b(?:(?:pro|per|je|par)\s+(?!(?:jaar|year|an|annum|jahr|mois|month|maand|monat|semaine|week|woche|jour|day|dag|tag)\b)"
    r"|(?:chaque|each|elke?|jede[nrs]?|jeweils)\b)", re.IGNORECASE)
_SUM_MADE_AVAILABLE = 20_000
#: A research project's running costs, paid to the lab or the supervisor, not to the student: "Forfaitaire
#: werkingstoelage: € 3.720 per jaar", "krijgt de promotor … €310 per beursmaand aan werkingsmiddelen", "eligible
#: direct research expenses of €3,250 per annum". (Not a bench fee: "The fellowship holder will receive a bench fee".)
_RUNNING_COSTS = languages.cue_pattern("running_costs")
#: The same words right after the amount, before anything else is named: "€310 per beursmaand aan werkingsmiddelen".
_RUNNING_COSTS_AFTER = languages.cue_pattern("running_costs", r"^[^,;+]{0,40}?{}")
#: A budget per project is the cap of one project ("the maximum budget of 20.000€ per project").
_PER_PROJECT = compiled(r"^\W*(?:\w+\s+){0,3}?(?:par|per|pro|(?:à|pour)\s+chaque|for\s+each|voor\s+elk|für\s+jedes)\s+"
                        r"(?:proje(?:c)?[kt]|personne|persoon|person|student|étudiant"
                        r"|deelnemer|participant|teilnehmer\w*|kandidaat|candidat)"
                        # "Maximum 40 000 € pour les projets de 1 an" under "Budget ?": each project's cap
                        r"|^\W*(?:pour\s+les|for|voor|für)\s+(?:projets|projects|projecten|projekte)\b", re.IGNORECASE)

#: A funder that contributes to the costs pays them, however far the verb stands from the amount: "The Trust will
#: contribute 50% of each Fellow's total salary costs up to a maximum of £25,000 per year".
_CONTRIBUTES = compiled(r"\b(?:will|shall|may)\s+contribute\b|\bcontributes\s+(?:up\s+to\s+)?\d", re.IGNORECASE)
#: A rate right after the amount: "39 000 € par an", "39 000 € maximum par an", "€ 500 per month".
_RATE_AFTER = compiled(r"^\s*(?:maximum\s+|max\.\s*)?(?:par|per|pro|a|an|/)\s*(?:an|année|mois|month|year|annum|jaar|maand"
                       r"|jahr|monat)\b", re.IGNORECASE)
#: One grant as the subject of a budget word: "La bourse consiste en une enveloppe de …".
_GRANT_ITSELF = compiled(r"\b(?:la\s+bourse|the\s+(?:grant|scholarship|bursary)|de\s+beurs|das\s+stipendium)\s+"
                         r"(?:consiste\s+en|consists\s+of|bestaat\s+uit|besteht\s+aus)\s+(?:une?|an?|een|einer?|)\s*$"
                         # the grant's own total, before the budget word: "une bourse d'un montant total de", "De prijs
                         # bedraagt in totaal"
                         r"|\b(?:bourse|prix|grant|scholarship|prize|beurs|prijs|stipendium|preis)\s+"
                         r"(?:d'un|of\s+a|van\s+een|bedraagt|beträgt|amounts\s+to)\s+$",
                         re.IGNORECASE)
#: The budget words a prize's amount is also written with.
_PRIZE_ENDOWED = compiled(r"dot|endowed", re.IGNORECASE)
#: "Le budget par projet pourra s'élever de 1000 à 2000 euros": a budget per project is one project's cap.
_BUDGET_PER_PROJECT = compiled(r"\bbudget\s+(?:\w+\s+)?(?:par|per|pro)\s+proje(?:c)?[kt]", re.IGNORECASE)

#: The applicant's means are a condition, not money paid ("le revenu ne peut dépasser 30.000 € par an",
#: "mag het gezinsinkomen tot €2.500 boven de grens liggen").
_INCOME = languages.cue_pattern("income")
#: Money paid to someone ("bourse", "allocation", "grant", "Förderung", "vergoeding"…). A rate ("par mois") is
#: paid by its nature; a one-off amount in a sentence and under a heading that name no payment is a price, a
#: cost or a budget far more often than a stipend (measured on the train split: 20 wrong for 7 right).
_PAID = languages.cue_pattern("paid")
#: "not more than", "nicht mehr als", "pas plus de", "niet meer dan" (a maximum), before the amount.
_NEGATED_MORE = compiled(r"\b(?:not|no|nicht|kein\w*|pas|jamais|niet|nooit)\b(?:\s+\w+){0,4}?"
                         r"\s+(?:more\s+than|mehr\s+als|plus\s+de|meer\s+dan)\s*$", re.IGNORECASE)
#: A threshold is a condition: "Bij meer dan € 1.000,- te ontvangen subsidie ook…", "above €5,000".
_THRESHOLD = compiled(r"(?:\bmeer\s+dan|\bplus\s+de|\bmore\s+than|\bmehr\s+als|\bau-delà\s+de|\babove|\bboven"
                      # "Als het toegekende bedrag niet hoger is dan 7.000 euro", "higher than", "höher als"
                      r"|\b(?:hoger|lager)\s+(?:is\s+)?dan|\b(?:höher|niedriger)\s+(?:ist\s+)?als"
                      r"|\b(?:higher|lower)\s+than"
                      # "Beträge unter 50 Franken werden nicht ausbezahlt", "amounts below €50"
                      r"|\b(?:beträge|amounts?|montants?|bedragen)\s+(?:unter|below|under|inférieurs?\s+à|onder|lager\s+dan))\s*$",
                      re.IGNORECASE)
_OR_LESS = compiled(r"\s*(?:or\s+(?:less|more)|ou\s+(?:moins|plus)|of\s+(?:minder|meer)|oder\s+(?:weniger|mehr))\b",
                    re.IGNORECASE)
#: An insurance's cover is no money paid: "limited insurance coverage up to USD 30,000".
_INSURED_SUM = compiled(r"\bcoverage\b|\bcouverture\s+(?:d'assurance|jusqu)|\bdekking\b|versicherungssumme",
                        re.IGNORECASE)
#: An average or a statistic ("gemiddeld", "on average", "im Durchschnitt") is not money paid (CONTRACT.md).
_AVERAGE = languages.cue_pattern("average")
#: What the applicant asks for ("het aangevraagde bedrag", "Förderbedarf"): with a minimum, a condition.
_REQUESTED = languages.cue_pattern("requested")
#: A line that states a minimum amount: "Minimum grant: EUR 5 000", "minimum amount: EUR 300,000".
_MINIMUM_LABEL = compiled(r"\W*(?:minimum|minimal|minimaal|mindest)\w*\s+[\w ]{0,25}?:", re.IGNORECASE)
#: The words of a minimum ("minimaal € 10.000", "at least", "au moins").
_MINIMUM_WORDS = r"minimum|minimaal|mindestens|at\s+least|au\s+moins"
_MINIMUM_WORD = compiled(rf"\b(?:{_MINIMUM_WORDS}|minimal)\b", re.IGNORECASE)
#: A salary, and an internship's pay, stated without a period (a period word wins where there is one).
_SALARY = compiled(
    r"\bsalar(?:y|ies|is)\b|\bsalaire|\bgehalt|\bbezoldiging|\bwedde\b|\bbrutoloon|\bnettoloon"
    r"|\bstagevergoeding|\bstagiairevergoeding|\binternship\s+(?:allowance|pay)\b|\bindemnité\s+de\s+stage"
    r"|praktikumsvergütung|praktikantenvergütung"
    # A doctoral fellowship's net amount is its monthly pay: "Netto beursbedrag: minimum € 1.897,76", "The net
    # scholarship amount is at least €1,889.66"
    r"|\bnetto\s*beursbedrag|\bnet\s+(?:scholarship|fellowship|grant)\s+amount|\bmontant\s+net\s+de\s+la\s+bourse",
    re.IGNORECASE,
)
#: In euros, the least a salary stated without a period is read as a year's (a month's above it is rare).
_YEARLY_SALARY = 15_000
#: A prize given every year is paid once (CONTRACT.md): "Prix annuel de 1 500 euros".
_PRIZE = languages.cue_pattern("prize")
#: "per year" said outright, or each year of the studies: such a prize is yearly after all.
_PER_YEAR_EXPLICIT = languages.cue_pattern("per_year_explicit")
#: Words that tie an amount to a project ("Pour les projets menés avec l'Italie : … un plafond de 4.000 €").
_PROJECT = languages.cue_pattern("project_word")
#: A range of two amounts: "between €10,000 and €30,000", "de 150€ à 250€/mois", "tussen €500 en €900".
_RANGE_BETWEEN = languages.cue_pattern("range_between", r"{}\s*$")
_RANGE_AND = compiled(r"\s*(?:et|and|en|und|à|to|tot|bis|-|–)\s*$", re.IGNORECASE)
#: Joiners that make a range without an opening word ("$1,000 to $30,000", "1.000 € – 2.500 €").
_RANGE_TO = compiled(r"\s*(?:à|to|tot|bis|-|–)\s*$", re.IGNORECASE)
#: The upper bound of a range written without its currency after an amount that has it: "USD 10,000 - 30,000".
#: "and" joins the bounds only after "between" (``_RANGE_OPENING``): "zwischen EUR 540,- und 640,- pro Monat".
_BARE_UPPER = compiled(rf"\s*(?:-|–|—|to|à|tot|bis|(?P<and>und|and|et|en))\s*(?P<n>{_NUMBER})(?:{_NO_CENTS})?(?![\d%])",
                       re.IGNORECASE)
#: "minimum € 820 and maximum € 1500": a range stated by its two bounds.
_MINIMUM_OPENING = compiled(rf"\b(?:{_MINIMUM_WORDS})\s*(?:de\s+|of\s+|van\s+)?$", re.IGNORECASE)
_MAXIMUM_JOINER = compiled(r"^\s*(?:,|et|and|en|und|-|–)?\s*(?:au\s+)?(?:maximum|maximaal|höchstens|at\s+most)\s*"
                           r"(?:de\s+|of\s+|van\s+)?$", re.IGNORECASE)

_APPLIES_TO_PATTERNS = (
    ("accommodation", r"hébergement|logement|accommodation|housing|lodging|huisvesting|unterkunft"),
    ("travel", r"transport|voyage|déplacement|avion|travel|flight|airfare|\bplane\b|billet|ticket|reiskost|vliegtuig"
               r"|reisekost"),
    ("tuition", r"frais\s+d'inscription|droits?\s+d'inscription|minerval|tuition|inschrijvingsgeld"),
    ("insurance", r"assurance|insurance|verzekering|versicherung"),
    ("postdoc", r"post-?doc"),
    ("phd", r"(?<!post)(?<!post-)(?:doctorant|doctorat|doctoral)|\bphd\b|ph\.\s?d\b|troisième\s+cycle"
            r"|doctoraat|doctorand"),
    ("master", r"\bmasters?\b|deuxième\s+cycle|second\s+cycle"),
    ("bachelor", r"\bbac\b|bachelier|bachelor|premier\s+cycle|undergraduate"),
    ("research", r"recherche|research|onderzoek|forschung"),
)
_APPLIES_TO = [(label, re.compile(pattern, re.IGNORECASE)) for label, pattern in _APPLIES_TO_PATTERNS]


def parse_amount(text: str) -> tuple[float, str] | None:
    """One money expression as ``(amount, ISO currency)``, or None.

    "1.200 euros" -> (1200.0, "EUR"); "1 200,50 €" -> (1200.5, "EUR");
    "€2,120" -> (2120.0, "EUR"); "2 millions d'euros" -> (2000000.0, "EUR").
    """
    found = [match for match in (_MONEY.search(text or ""), _WORLD_MONEY.search(text or "")) if match]
    if not found:
        return None
    return _amount_of(min(found, key=lambda match: match.start()))


def _amount_of(match: re.Match[str]) -> tuple[float, str] | None:
    written = match.group("before") or match.group("after")
    symbol = re.sub(r"\s+", " ", written.lower())
    currency = _CURRENCY_CODES.get(symbol) or _CURRENCY_CODES.get(symbol.rstrip("."))  # "Ksh.31,270"
    if currency is None:
        return None
    amount = _number_value(match.group("n1") or match.group("n2"))
    if amount is None or (amount < 10 and written in _WORLD_CODE_SET):
        return None  # "PHP 8.1", "TRY 2": a version or a count after a word in capitals, not pesos or lira
    if match.group("k1") or match.group("k2"):
        amount *= 1000
    scale = match.group("s1") or match.group("s2")
    if scale:
        amount *= _SCALES.get(scale.lower(), 1.0)
    return amount, currency


def _number_value(number: str) -> float | None:
    """A number written without a currency ("30,000", "1.500", "vijfduizend"), read as the amounts are."""
    if number[0].isalpha():
        value = amount_from_words(number)
        return float(value) if value is not None else None
    number = number.replace("'", "")
    price = Price.fromstring(number, decimal_separator=_decimal_separator(number))
    return float(price.amount) if price.amount is not None else None


def _decimal_separator(number: str) -> str | None:
    """The decimal separator of a number as written, None when it has none.

    The last "." or "," is decimal unless exactly three digits follow it and
    it is the only kind of separator ("1.200", "2,120" are thousands; "1,5",
    "12.50", "1.200,50", "2,120.75" have decimals).
    """
    last = max(number.rfind("."), number.rfind(","))
    if last < 0:
        return None
    mark = number[last]
    other = "," if mark == "." else "."
    if other in number:
        return mark
    if len(number) - last - 1 == 3:
        return other  # the mark groups thousands; price-parser needs the other one as decimal
    return mark


def parse_stipends(text: str, *, language: str = "fr") -> list[Stipend]:
    """Every amount paid to the beneficiary on a page, in page order, once each.

    The patterns cover French, Dutch, English and German wording at once
    because WBI pages mix them; ``language``, the page's, only says what a
    bare "$" after the number is (Canadian dollars in French).
    """
    if not text:
        return []
    starts = _money_starts(text)
    if not starts:
        return []
    found: dict[tuple, Stipend] = {}
    paid_once: list[tuple] = []  # keys of the last sentence's amounts paid once, which a rhythm just after may rate
    # Not clean_text: callers pass a cleaned body, and a teaser printed twice
    # only gives duplicates, which the key below folds.
    question = None  # the sentence before, when it asks a question its answer's amounts answer ("Hoeveel?")
    for sentence in body_sentences(text):
        asked, question = question, (sentence.text if sentence.text.rstrip().endswith("?") else None)
        if not _mentions_money(sentence, text, starts):
            # "Amount: €1,000" then "Paid monthly.": the rhythm said in the next sentence rates the amounts before it.
            if paid_once and (period := _paid_rhythm(sentence.text)):
                for key in paid_once:
                    stipend = found.pop(key)
                    found[(stipend.amount, stipend.currency, period, stipend.applies_to)] = replace(stipend, period=period)
            paid_once = []
            continue
        paid_once = []
        if _fee_heading(sentence.heading) and not _GRANT_NAMED.search(sentence.text):
            continue
        for stipend in (located(stipend, sentence) for stipend in stipends_in_sentence(sentence)):
            if stipend.currency in _WORLD_SHARED:
                currency = _shared_currency(text, stipend.currency)
                if currency is None:
                    continue  # "5 000 pesos" on a page that names none of the peso's countries: which pesos?
                stipend = replace(stipend, currency=currency)
            if stipend.period in ("once", "project") and not _PAID.search(
                    f"{sentence.heading or ''} {asked or ''} {sentence.text}"):
                continue
            if (language == "fr" and stipend.currency == "USD" and _SIGN_AFTER_DOLLAR.fullmatch(stipend.cue)
                    and not _US_DOLLAR_NAMED.search(stipend.evidence)):
                # "20 000 $", "Jusqu'à 45 000 $": French writes the sign after the number in Canada (Québec);
                # American dollars are named ("$ US", "dollars américains").
                stipend = replace(stipend, currency="CAD")
            # The title's "up to €1,000" and the body's "€1,000 a month" are one stipend; so are "5000 €" read
            # as a prize once and "bis zu 5000 € pro Projekt" (CONTRACT.md: once and project are both totals),
            # which keeps the more precise "project".
            total = "total" if stipend.period in ("once", "project") else stipend.period
            key = (stipend.amount, stipend.currency, total, stipend.applies_to)
            if key not in found or (stipend.period == "project" and found[key].period == "once"):
                found[key] = stipend
                if stipend.period == "once" and not stipend.is_maximum:
                    paid_once.append(key)
    return _bounds_on_two_lines(list(found.values()))


#: A short sentence that only says how often the money is paid: "Paid monthly.", "Het bedrag wordt jaarlijks
#: uitbetaald.", "La bourse est versée mensuellement.", "Die Auszahlung erfolgt monatlich."
_PAID_VERB = compiled(r"\b(?:paid|payable|disbursed|payée?s?|versée?s?|versement|paiement|(?:uit)?betaald|uitbetaling"
                      r"|ausgezahlt|ausbezahlt|gezahlt|auszahlung)\b", re.IGNORECASE)
_RHYTHM_WORDS = 12


def _paid_rhythm(text: str) -> str | None:
    """The period a short payment sentence states ("Paid monthly."), else None."""
    if len(text.split()) > _RHYTHM_WORDS or not _PAID_VERB.search(text):
        return None
    return _heading_period(text)


def _bounds_on_two_lines(stipends: list[Stipend]) -> list[Stipend]:
    """"Minimum grant: EUR 5 000" and, next, "Maximum grant: EUR 25 000": one range, as CONTRACT.md writes it."""
    merged: list[Stipend] = []
    for stipend in stipends:
        low = merged[-1] if merged else None
        if (low is not None and stipend.is_maximum and not low.is_maximum and low.amount_min is None
                and low.evidence != stipend.evidence and low.currency == stipend.currency
                and low.amount < stipend.amount and _MINIMUM_LABEL.match(low.evidence)):
            merged[-1] = replace(stipend, amount_min=low.amount)
            continue
        merged.append(stipend)
    return merged


#: A sentence naming the grant it pays: kept under a fee heading. Flemish municipalities' product pages state
#: the subsidy under their template's "Kostprijs" (cost) heading: "De subsidie bedraagt 300 euro".
_GRANT_NAMED = compiled(
    rf"\b(?:subsidie\w*|tussenkomst\w*|primes?|scholarships?|förderbetrag|{_GRANT_NOUNS})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)  # one heading stands over many sentences
def _fee_heading(heading: str | None) -> bool:
    """Items under a heading that names fees ("Tuition fees", "Frais d'inscription") are prices, not stipends."""
    return bool(heading and _PAID_BY_APPLICANT.search(heading) and not _COVERS.search(heading))


def _shared_currency(page: str, word: str) -> str | None:
    """Which of the currencies sharing ``word`` a page means: the one whose country it names ("pesos" on a page
    about the Philippines are Philippine pesos), or None when it names none of them, or several."""
    named = _countries_named(page)
    found = [code for code in _WORLD_SHARED[word] if code in named]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4)
def _countries_named(page: str) -> frozenset[str]:
    """The currencies of the countries a page names, in our four languages ("Maroc", "Philippines", "Marokko")."""
    low = page.lower()
    return frozenset(
        _WORLD["country_words"][name] for start, name in _country_word_finder().longest(low)
        if not (start and low[start - 1].isalpha()) and not low[start + len(name) : start + len(name) + 1].isalpha())


@lru_cache(maxsize=1)
def _country_word_finder() -> Literals:
    """The countries' names and adjectives, found in one pass; built the first time a page holds a shared currency
    word."""
    return Literals(_WORLD["country_words"])


def may_mention_money(text: str) -> bool:
    """True when the text holds a currency sign or word; cheap enough for every page."""
    return bool(_CURRENCY_HINT.search(text) or _WORLD_HINT.search(text))


def _money_starts(text: str) -> list[int]:
    """Where the page's currency signs and words stand, found in one pass over the page rather than one per
    sentence."""
    return sorted([match.start() for match in _CURRENCY_HINT.finditer(text)]
                  + [match.start() for match in _WORLD_HINT.finditer(text)])


def _mentions_money(sentence: Sentence, page: str, starts: list[int]) -> bool:
    """Whether a sentence of ``page`` holds one of its currency signs or words (``_money_starts``)."""
    if not page.startswith(sentence.text, sentence.start):
        return may_mention_money(sentence.text)  # a body whose spaces were not normalised: read the sentence
    index = bisect_left(starts, sentence.start)
    return index < len(starts) and starts[index] < sentence.end


def _currency_matches(text: str) -> list[re.Match[str]]:
    """The money expressions of a sentence, left to right: the common currencies', the world's where the
    sentence has one ("NT$ 20,000" over its "$ 20,000"), and amounts in words where it has a hundred or a thousand."""
    matches = list(_MONEY.finditer(text))
    others = [*(_WORLD_MONEY.finditer(text) if _WORLD_HINT.search(text) else ()),
              *(_WORDED_MONEY.finditer(text) if _MULTIPLIER_HINT.search(text) else ())]
    if not others:
        return matches
    merged: list[re.Match[str]] = []
    for match in sorted([*matches, *others], key=lambda match: (match.start(), -match.end())):
        if not merged or match.start() >= merged[-1].end():
            merged.append(match)
    return merged


def stipends_in_sentence(sentence: Sentence) -> list[Stipend]:
    """The stipends of one sentence; its heading helps say what they pay for."""
    text = sentence.text
    matches = _currency_matches(text)
    result: list[Stipend] = []
    previous_end = 0
    previous: tuple[re.Match[str], Stipend | None] | None = None  # the amount before, and its stipend if kept
    totals = _totals_with_parts(text, matches)
    for index, match in enumerate(matches):
        next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        listed, list_start, is_range = _listed_amounts(text, previous_end, match)
        left = _left_context(text, previous_end, list_start)
        gap = text[previous_end:list_start]
        right, right_end = _right_context(text, match.end(), next_start)
        previous_end = right_end
        tail = text[match.end() : next_start]
        kept_before, previous = previous, (match, None)
        if index in totals or _is_not_a_stipend(match, left, tail):
            continue
        if kept_before and kept_before[1] is None and _OR_BETWEEN.fullmatch(text, kept_before[0].end(), match.start()):
            continue  # "(€ 8.148,-- pro Jahr oder € 679,-- pro Monat)" after an income cap: the same cap, by month
        if kept_before and kept_before[1] and _CONVERSION_OPENING.fullmatch(text, kept_before[0].end(), match.start()):
            parsed_here = _amount_of(match)
            if parsed_here and parsed_here[1] != kept_before[1].currency:
                continue  # the same money converted: "4,400 EUR ($5,000 Dollars)"
            if _EQUIVALENT.search(text, kept_before[0].end(), match.start()):
                continue  # said to be the same: "$10,093.50 Mexican pesos (equivalent to US$747.69)"
        parsed = _amount_of(match)
        if parsed is None or parsed[0] <= 0 or parsed[0] >= _PROGRAMME_SIZED:
            continue
        amount, currency = parsed
        if (amount >= _SUM_MADE_AVAILABLE and _MADE_AVAILABLE_AFTER.match(tail)
                and not _PER_UNIT_BEFORE.search(_near_left(left))):
            continue
        period = _period(left, right)
        if period == "once" and index + 1 < len(matches) and _ALTERNATIVE.fullmatch(tail):
            # "€479/€529* per maand", "$500 or $700 a month": two alternatives paid alike.
            after_next = matches[index + 2].start() if index + 2 < len(matches) else len(text)
            period = _period("", _right_context(text, matches[index + 1].end(), after_next)[0])
        applies_to = _applies_to(left, right, sentence.heading)
        if (period == "once" and sentence.heading and applies_to not in _ONE_OFF_PURPOSES
                and not _ONCE_STATED.search(f"{text[: match.start()]} {right}")):
            # "Le montant mensuel de la bourse est déterminé selon la catégorie : - catégorie A : 1.200 euros":
            # a list item takes the period its lead-in states; a table's row, the period its header names
            # ("Level | Monthly amount" over "PhD | €1,200").
            period = (_heading_period(sentence.heading)
                      or (sentence.table_header and _heading_period(sentence.table_header)) or period)
        if period == "once" and _STUDY_ALLOWANCE.search(f"{sentence.heading or ''} {left}"):
            period = "year"  # a study allowance named before its amount is a year's (CONTRACT.md: per-year wordings)
        if period == "once" and result and _first_label(right[:25], closest_last=False) not in _ONE_OFF_PURPOSES and (
            _ONLY_JOINER.fullmatch(gap) or _QUALIFIED_JOINER.fullmatch(gap) or _LEVEL_JOINER.fullmatch(gap)
        ):
            # "800 € par mois, 900 € pour les doctorants": the second amount is paid like the first.
            period = result[-1].period
        # "un plafond de 4.000 €" right before the amount, even when the clause began with another amount.
        closest = text[max(kept_before[0].end() if kept_before else 0, match.start() - 30) : match.start()]
        is_maximum = _is_maximum(left, right) or bool(_MAXIMUM_BEFORE.search(closest))
        if not is_maximum and result and result[-1].is_maximum and _ALTERNATIVE_GAP.fullmatch(gap):
            is_maximum = True  # "maximal CHF 600 … bzw. CHF 1000", "up to $500 or $700": both are caps
        # (A space between the two: "… per annum" glued to "The award …" lost the word boundary after "annum".)
        if period == "year" and _PRIZE.search(left + right) and not _PER_YEAR_EXPLICIT.search(f"{right} {_near_left(left)}"):
            period = "once"  # "Prix annuel de 1 500 euros": a prize given every year is paid once
        if is_maximum:
            period = _project_cap(period, sentence.heading, text)
        if period == "once" and currency == "EUR" and _SALARY.search(
                f"{sentence.heading or ''} {text[max(0, match.start() - _LEFT_WIDTH) : match.start()]}"):
            # A salary is never paid once: "Salary scale: minimum €4,565.20 - maximum €7,116.70" is a month's,
            # "Salary scale of PhD Assistant: minimum € 29.069,73 - maximum € 45.317,25" a year's.
            period = "month" if amount < _YEARLY_SALARY else "year"
        upper = _BARE_UPPER.match(text, match.end()) if match.group("before") else None
        if upper and upper.group("and") and not _RANGE_OPENING.search(text, max(0, match.start() - 25), match.start()):
            upper = None
        top = _number_value(upper.group("n")) if upper else None
        if upper and top and amount < top <= 1000 * amount and (
                index + 1 == len(matches) or matches[index + 1].start() >= upper.end()):
            # "grants ranging from USD 10,000 - 30,000", "$5,000–10,000": the currency written once, before the
            # lower bound; one stipend, the upper bound a maximum, paid as the words after it say.
            period = _project_cap(_period(left, _right_context(text, upper.end(), next_start)[0]), sentence.heading, text)
            result.append(Stipend(top, currency, period, True, applies_to, text, amount_min=amount,
                                  cue=text[match.start() : upper.end()]))
            previous = (match, result[-1])
            continue
        low = _range_opening(text, kept_before, match)
        if low is not None:
            # "between €10,000 and €30,000", "de 150€ à 250€/mois": one stipend, the upper bound a maximum.
            result.remove(low)
            result.append(Stipend(amount, currency, _project_cap(period, sentence.heading, text), True, applies_to, text, amount_min=low.amount,
                                  cue=text[kept_before[0].start() : match.end()]))
            continue
        if is_range:
            # "de 1.200 à 1.600 euros": the same, with the lower bound written without its currency.
            result.append(Stipend(amount, currency, _project_cap(period, sentence.heading, text), True, applies_to, text,
                                  amount_min=listed[0],
                                  cue=text[list_start : match.end()]))
            previous = (match, result[-1])
            continue
        for value in listed:
            result.append(Stipend(value, currency, period, is_maximum, applies_to, text, cue=text[list_start : match.end()]))
        result.append(
            Stipend(
                amount=amount,
                currency=currency,
                period=period,
                is_maximum=is_maximum,
                applies_to=applies_to,
                evidence=text,
                cue=match.group(0),
            )
        )
        previous = (match, result[-1])
    return result


def _project_cap(period: str, heading: str | None, text: str) -> str:
    """A cap or a range paid "once" in a sentence about projects is one project's ("Projects can receive between
    €2,000 and €10,000", "un plafond de 4.000 € par projet")."""
    if period == "once" and _PROJECT.search(f"{heading or ''} {text}"):
        return "project"
    return period


def _totals_with_parts(text: str, matches: list[re.Match[str]]) -> set[int]:
    """Amounts followed by their own breakdown in brackets: only the parts are paid as stipends.

    "60,000 euro (20,000 euro as personal reward and 40,000 euro for the research)".
    """
    totals = set()
    for index, match in enumerate(matches):
        opening = re.match(r"\s*\(", text[match.end() :])
        if not opening:
            continue
        closing = text.find(")", match.end())
        parts = [_amount_of(m) for m in matches[index + 1 :] if m.end() <= closing]
        total = _amount_of(match)
        if len(parts) >= 2 and total and all(parts) and abs(sum(a for a, _ in parts) - total[0]) < 0.01:
            totals.add(index)
    return totals


#: A short aside in brackets with no amount in it: "(z. B. Ungarn)", "(brut)".
#: (a year may stand in it: "A$25,392 (2013 rate) per annum")
_ASIDE = compiled(r"\s*\((?:[^()\d€$£]|(?:19|20)\d\d){1,40}\)")
#: The same money in another currency, in brackets after the amount: "4,400 EUR ($5,000 Dollars)", "$10,093.50
#: Mexican pesos (equivalent to US$747.69)", "1 000 € (soit environ 1 100 USD)" (the currency's name may stand
#: between the amount and the bracket).
_CONVERSION_OPENING = compiled(
    # ("cca", Central European "circa": "HUF 40 460 (cca EUR 130)")
    r"\s*(?:[^\W\d_]+\s+){0,2}?\(\s*(?:(?:approx(?:\.|imately)?|cca\.?|ca\.?|env\.?|environ|soit(?:\s+environ|\s+l'équivalent\s+de)?"
    r"|about|around|rund|etwa|ongeveer|circa|equivalent\s+to|équivalent\s+à|entspricht|±|≈|~)\s*)?(?:us|ca|au|nz)?$",
    re.IGNORECASE)

#: Words that say the bracketed amount is the one before, restated: "(equivalent to …)", "(soit environ …)".
_EQUIVALENT = compiled(r"\(\s*(?:approx|cca\b|ca\.|env\.|environ|soit|about|around|rund|etwa|ongeveer|circa|equivalent|équivalent"
                       r"|entspricht|±|≈|~)", re.IGNORECASE)


def _range_opening(
    text: str, previous: tuple[re.Match[str], Stipend | None] | None, match: re.Match[str]
) -> Stipend | None:
    """The stipend of the amount that opens a range closed by ``match``, if there is one."""
    if previous is None or previous[1] is None:
        return None
    opening, stipend = previous
    gap = _ASIDE.sub(" ", text[opening.end() : match.start()])
    if stipend.amount >= (_amount_of(match) or (0,))[0]:
        return None
    lead = text[max(0, opening.start() - 20) : opening.start()]
    if _MAXIMUM_JOINER.match(gap) and _MINIMUM_OPENING.search(lead):
        return stipend
    if _RANGE_TO.fullmatch(gap) or (_RANGE_AND.fullmatch(gap) and _RANGE_BETWEEN.search(lead)):
        return stipend
    return None


def _listed_amounts(text: str, start: int, match: re.Match[str]) -> tuple[list[float], int, bool]:
    """Bare numbers listed before an amount that share its currency and period.

    "1.200, 1.400 ou 1.600 euros par mois" is three monthly amounts; "de
    1.200 à 1.600 euros" and "entre 1.200 et 1.600 euros" a range, read as
    its two bounds (the upper one a maximum). Returns the values, where the
    list starts (the amount's own start when there is none) and whether it
    is a range. Numbers far from the amount's size (an article number, a
    year) are not list items.
    """
    if not match.group("n2") or match.group("s2"):
        return [], match.start(), False
    window_start = max(start, match.start() - _LEFT_WIDTH)
    found = _AMOUNT_LIST.search(text, window_start, match.start())
    if not found:
        return [], match.start(), False
    parsed = _amount_of(match)
    if parsed is None:
        return [], match.start(), False
    values: list[float] = []
    for item in _LIST_NUMBER.finditer(found.group("items")):
        number = item.group("number")
        if re.fullmatch(r"(?:19|20)\d\d", number):
            return [], match.start(), False  # a year
        value = _number_value(number)
        if value is None:
            return [], match.start(), False
        values.append(value)
    if not values or any(not parsed[0] / 20 <= value <= parsed[0] * 20 for value in values):
        return [], match.start(), False
    last_joiner = found.group("joiner").strip().lower().split(" ")[0]
    is_range = len(values) == 1 and (
        last_joiner in _RANGE_JOINERS
        or (last_joiner in {"et", "and", "en", "und"} and bool(_RANGE_OPENING.search(text, window_start, found.start())))
    )
    if is_range and values[0] >= parsed[0]:
        return [], match.start(), False
    return values, found.start(), is_range


def _left_context(text: str, start: int, end: int) -> str:
    """The clause before an amount, from the previous amount or ";"/"+", without its parentheses.

    "Montant mensuel de l'allocation (revalorisé annuellement le 1er mars) :
    950,20 €": what a parenthesis says is about something else than the
    amount's period.
    """
    left = text[max(start, end - _LEFT_WIDTH) : end]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    left = left[breaks[-1].end() :] if breaks else left
    return _PARENTHESIS.sub(" ", left) if "(" in left else left


_PARENTHESIS = compiled(r"\([^()]*\)")


def _right_context(text: str, start: int, limit: int) -> tuple[str, int]:
    """Words after an amount up to the next separator; and where they end.

    A short aside in brackets right after the amount is skipped: "582,00 EUR (z. B. Japan) monatlich", unless
    it names the rate: "€1,500 (monthly)".
    """
    aside = _ASIDE.match(text, start, limit)
    skipped = aside.end() - start if aside else 0
    window = text[start + skipped : min(limit, start + skipped + _RIGHT_WIDTH)]
    stop = _RIGHT_STOP.search(window)
    end = stop.start() if stop else len(window)
    right = window[:end]
    if (aside and len(aside.group(0).split()) <= 3
            and _heading_period(aside.group(0)) is not None):
        # "Stipend: €1,500 (monthly)", "(brut par mois)": the aside is the amount's rate (not a longer one that
        # names several: "500 Euro (pro Antrag oder pro Person pro Jahr)").
        right = f"{aside.group(0).strip().strip('()')} {right}"
    return right, start + skipped + end


def _near_left(left: str) -> str:
    """The last words before an amount, not crossing a comma."""
    near = left[-_NEAR_LEFT_WIDTH:]
    return near[near.rfind(",") + 1 :]


#: A thing given, valued in money: "een verrassingspakket ter waarde van 100 euro", "a voucher worth €50", "un bon
#: d'achat d'une valeur de 50 €", "ein Gutschein im Wert von 50 Euro". Not money paid.
_IN_KIND = compiled(
    r"(?:pakket|package|voucher|bon\b|bons\b|bon\s+d'achat|gutschein|cadeau|gift|geschenk|sachpreis|waardebon|hamper|goodie)"
    r"\w*\s+(?:[\w']+\s+){0,2}?(?:ter\s+waarde\s+van|t\.w\.v\.|worth|valued\s+at|d'une\s+valeur\s+de|(?:d'une\s+)?valeur\s+de"
    r"|im\s+wert\s+von|im\s+wert\s+vom)\s*$",
    re.IGNORECASE,
)


def _is_not_a_stipend(match: re.Match[str], left: str, tail: str) -> bool:
    scale = match.group("s1") or match.group("s2")
    if scale and _SCALES.get(scale.lower(), 1.0) >= 1e6:
        return True  # millions are programme budgets, never a student's stipend
    near = _near_left(left)
    budget = _PROGRAMME_BUDGET.search(left)
    if budget and not (_PER_PROJECT.match(tail) or _BUDGET_PER_PROJECT.search(left)
                       # "ce prix doté de 250 000 francs", "Il est doté d'un prix unique de 500 €", "La dotation du prix
                       # junior est de CHF 2000": the prize (a total of several prizes is no one prize).
                       or (_PRIZE_ENDOWED.search(budget.group(0))
                           and _PRIZE.search(f"{left[: budget.start()][-40:]} {left[budget.end() :]} {tail[:60]}"))
                       # "La bourse consiste en une enveloppe de 1300 euros": the grant itself is the envelope.
                       or _GRANT_ITSELF.search(left[: budget.start()])
                       # "La dotation scientifique – 39 000 € par an": a grant's endowment paid at a rate
                       or (budget.group(0).lower().startswith("dot") and _RATE_AFTER.match(tail))):
        return True
    if _PER_HOUR.match(tail):
        return True
    if _IN_KIND.search(near):
        return True
    if _RUNNING_COSTS.search(near) or _RUNNING_COSTS_AFTER.match(tail):
        return True
    # The applicant's income may be named a clause earlier ("das Einkommen darf … nicht übersteigen (EUR 8.148)").
    # "in keinem Fall aber zu mehr als 2'400 Franken", "will not receive more than $40": a cap, not a threshold.
    if _INCOME.search(left) or _INSURED_SUM.search(near) or (_THRESHOLD.search(near) and not _NEGATED_MORE.search(near)):
        return True
    # "De beurs bedraagt gemiddeld 300 euro", "€800 on average": a statistic, not what is paid.
    if _AVERAGE.search(near) or _AVERAGE.match(tail[:20].lstrip(" )")):
        return True
    # "Het aangevraagde bedrag is minimaal € 10.000": a condition of the request, not money paid.
    if _REQUESTED.search(left) and _MINIMUM_WORD.search(near):
        return True
    conjuncts = list(_NEW_CONJUNCT.finditer(near))
    fee_scope = near[conjuncts[-1].end() :] if conjuncts else near
    if _PAID_BY_APPLICANT.search(fee_scope) and not (_COVERS.search(fee_scope) or _CONTRIBUTES.search(left)):
        return True
    if _OR_LESS.match(tail):
        return True  # "Sie beantragen einen Förderbetrag von 2.500 Euro oder weniger?": a threshold
    # Money that goes to someone else: "L'entreprise d'accueil reçoit une prime de 1 000 €", "De promotor ontvangt …"
    if _PAID_TO_OTHERS.search(left):
        return True
    return bool(_PAID_BY_APPLICANT_AFTER.search(tail))


def _period(left: str, right: str) -> str:
    """The period words after the amount first; else, before it, the period word closest to it.

    "500€ brut par mois ainsi qu'une allocation journalière de 26,82€": the
    second amount is daily, whatever the first one's period said.
    """
    for period, pattern in _PERIOD:
        if pattern.search(right):
            return period
    for context in (_near_left(left), left):
        # The closest words first; then the whole clause, whose subject may name the rate
        # ("Je krijgt een maandelijkse beurs die, afhankelijk van het land, varieert tussen …").
        closest = [(match.end(), period) for period, pattern in _PERIOD for match in pattern.finditer(context)
                   if not _WORKING_TIME_BEFORE.search(context, 0, match.start())
                   and not (period == "year" and _AWARDS_COUNTED.match(context, match.end()))]
        if closest:
            return max(closest)[1]
    return "once"


#: A count of awards after a yearly word: the year says how often they are given, not the rate of each ("Every year,
#: the School offers approximately 8 scholarships, worth $1500 each", "vergibt jedes Jahr rund 20 Stipendien in Höhe
#: von bis zu 12 000 Euro", "Chaque année, la fondation attribue 10 bourses de 2 000 euros").
_AWARDS_COUNTED = compiled(
    r"[^.;]{0,60}?\b\d{1,3}\s+(?:[^\W\d_]+\s+)?(?:scholarships|grants|awards|fellowships|prizes|bursaries|stipendien|preise"
    r"|bourses|prix|beurzen|prijzen|toelagen)\b",
    re.IGNORECASE,
)


#: Hours or days of work before a period word: "tot 16 uur per week bedraagt de premie € 1.050" is a working time,
#: not the rate of the amount.
_WORKING_TIME_BEFORE = languages.cue_pattern("working_time", r"\b{}\s*$")

#: The study allowances of the Communities, paid per school or academic year by law: "allocation d'études",
#: "studietoelage", "Studienbeihilfe".
_STUDY_ALLOWANCE = languages.cue_pattern("study_allowance")
#: The host or the supervisor as the one who receives the money: "Host companies receive €1,500 per student placed",
#: "De onthaalinstelling krijgt een forfait van € 10.000", "Die Betreuungsperson erhält 500 € je Semester".
_PAID_TO_OTHERS = compiled(
    r"\b(?:(?:host|hosting)\s+(?:institutions?|compan(?:y|ies)|organi[sz]ations?|universit(?:y|ies)|labs?)|universities"
    r"|entreprises?\s+d'accueil|institutions?\s+d'accueil|organismes?\s+d'accueil|promoteur(?:\s+académique)?|encadrant"
    r"|onthaalinstelling|gastinstelling|promotor|begeleider|aufnehmende\s+einrichtung|gasteinrichtung|betreuungsperson"
    r"|betreuer(?:in)?|supervisors?)\b[^.;:]{0,25}?\b(?:receives?|reçoi(?:t|vent)|perçoi(?:t|vent)|ontvang(?:t|en)|krijg(?:t|en)"
    r"|erhält|erhalten)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
#: A one-off payment stated in the words around the amount ("versement unique", "one-off", "einmalig").
_ONCE_STATED = languages.cue_pattern("period_once")
#: What is paid once even under a heading that names a monthly amount.
_ONE_OFF_PURPOSES = frozenset({"travel", "insurance", "tuition"})


def _heading_period(heading: str) -> str | None:
    """The period a heading states ("Montant mensuel", "Bedrag per maand"); never "once".

    A heading does not follow an amount: the cues anchored right after one ("€750 pm", "Rs 500 p.m.") do not
    apply to its start ("PM Internship Scheme"); searching from 1 after a space keeps ``^`` from matching.
    """
    padded = " " + heading
    for period, pattern in _PERIOD:
        if period != "once" and pattern.search(padded, 1):
            return period
    return None


def _is_maximum(left: str, right: str) -> bool:
    near = _near_left(left)
    return bool(_MAXIMUM_BEFORE.search(near) or _MAXIMUM_AFTER.search(right) or _MAXIMUM_SUBJECT.search(left)
                or _NEGATED_MORE.search(near))


def _applies_to(left: str, right: str, heading: str | None) -> str | None:
    """What an amount pays for: words after it first, then the closest before, then the heading."""
    after = _first_label(right, closest_last=False)
    if after:
        return after
    return _first_label(left, closest_last=True) or (_first_label(heading, closest_last=False) if heading else None)


def _first_label(context: str, *, closest_last: bool) -> str | None:
    best: tuple[int, str] | None = None
    for label, pattern in _APPLIES_TO:
        hits = [hit for hit in pattern.finditer(context) if not _in_proper_name(context, hit.start())]
        if not hits:
            continue
        position = hits[-1].start() if closest_last else -hits[0].start()
        if best is None or position > best[0]:
            best = (position, label)
    return best[1] if best else None


def _in_proper_name(context: str, start: int) -> bool:
    """A capitalised word inside a sentence names something ("Centre International de Recherche sur le
    Cancer", "Service Public de Wallonie Recherche"): it does not say what an amount pays for."""
    if not context[start].isupper():
        return False
    before = context[:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "',")


def monthly_equivalent(stipend: Stipend) -> float | None:
    """Euros per month, for comparing offers; None for one-off, project or non-EUR amounts.

    A day counts as 1/30 of a month and a week as 12/52 of one (the
    allowances these pages describe are paid for calendar days).
    """
    if stipend.currency != "EUR":
        return None
    factor = {"month": 1.0, "day": 30.0, "week": 52 / 12, "year": 1 / 12}.get(stipend.period)
    if factor is None:
        return None
    return round(stipend.amount * factor, 2)
