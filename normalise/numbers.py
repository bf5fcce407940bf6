"""Small numbers written as words, in French, Dutch, English and German.

Legal texts and WBI pages write lengths and counts in words ("une durée
maximale de six mois", "vierentwintig maanden", "twelve weeks"). This module
reads the numbers 1 to 99 in the three languages, Belgian French included
("septante", "nonante"), so that every normaliser shares one table.

``NUMBER`` is a regex fragment (no capturing groups) matching either digits
or a number word; ``parse_number`` reads what it matched.
"""
from __future__ import annotations

import re

_FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante",
            70: "septante", 80: "quatre-vingt", 90: "nonante"}

_NL_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_NL_TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
             "negentien"]
_NL_TENS = {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig",
            80: "tachtig", 90: "negentig"}

_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
            90: "ninety"}


_DE_UNITS = ["", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
             "neunzehn"]
_DE_TENS = {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig", 80: "achtzig",
            90: "neunzig"}


def _german() -> dict[str, int]:
    words = {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "zwo": 2}
    words.update({word: n for n, word in enumerate(_DE_UNITS) if word})
    words.update({word: 10 + n for n, word in enumerate(_DE_TEENS)})
    for tens, word in _DE_TENS.items():
        words[word] = tens
        for unit in range(1, 10):
            unit_word = "ein" if unit == 1 else _DE_UNITS[unit]
            words[f"{unit_word}und{word}"] = tens + unit
    return words


def _french() -> dict[str, int]:
    words = {"une": 1}
    words.update({word: n for n, word in enumerate(_FR_UNITS) if word})
    words.update({word: 10 + n for n, word in enumerate(_FR_TEENS)})
    for tens, word in _FR_TENS.items():
        words[word] = tens
        for unit in range(1, 10):
            if unit == 1 and tens != 80:
                words[f"{word}-et-un"] = tens + 1
                words[f"{word}-et-une"] = tens + 1
            words[f"{word}-{_FR_UNITS[unit]}"] = tens + unit
    words["quatre-vingts"] = 80
    # France's 70-79 and 90-99 ("soixante-dix", "quatre-vingt-douze").
    for n, teen in enumerate(_FR_TEENS):
        words[f"soixante-{teen}"] = 70 + n
        words[f"quatre-vingt-{teen}"] = 90 + n
    words["soixante-et-onze"] = 71
    return words


def _dutch() -> dict[str, int]:
    words = {"één": 1, "eén": 1}
    words.update({word: n for n, word in enumerate(_NL_UNITS) if word})
    words.update({word: 10 + n for n, word in enumerate(_NL_TEENS)})
    for tens, word in _NL_TENS.items():
        words[word] = tens
        for unit in range(1, 10):
            unit_word = _NL_UNITS[unit]
            # "tweeëntwintig": a diaeresis when the unit ends in e; also accepted without it.
            words[f"{unit_word}en{word}"] = tens + unit
            if unit_word.endswith("e"):
                words[f"{unit_word}ën{word}"] = tens + unit
    return words


def _english() -> dict[str, int]:
    words = {word: n for n, word in enumerate(_EN_UNITS) if word}
    words.update({word: 10 + n for n, word in enumerate(_EN_TEENS)})
    for tens, word in _EN_TENS.items():
        words[word] = tens
        for unit in range(1, 10):
            words[f"{word}-{_EN_UNITS[unit]}"] = tens + unit
    return words


#: Every number word, hyphenated form as key ("dix-huit", "twenty-four").
NUMBER_WORDS: dict[str, int] = {**_german(), **_english(), **_dutch(), **_french()}

# Longest first so "dix-huit" wins over "dix"; hyphens also match spaces.
_WORD_ALTERNATIVES = "|".join(
    re.escape(word).replace(r"\-", r"[-\s]") for word in sorted(NUMBER_WORDS, key=len, reverse=True)
)

#: Regex fragment for a number word, without capturing groups. A hyphen may
#: follow only when a unit does: English compounds ("a six-month internship",
#: "a one-year contract"; or the end of a window that stops before the unit),
#: not the first half of "dix-huit".
NUMBER_WORD = (
    rf"(?<![\w-])(?:{_WORD_ALTERNATIVES})"
    r"(?!\w)(?!-(?!(?:months?|years?|weeks?|days?)\b|$))"
)

#: Regex fragment for digits ("6", "1,5", "2.5") or a number word.
NUMBER = rf"(?:(?<![\w.,])\d{{1,3}}(?:[.,]\d+)?(?![\w])|{NUMBER_WORD})"


def number_from_word(word: str) -> int | None:
    """The value of a number word ("six", "dix-huit", "vierentwintig", "Twelve"), else None."""
    if not word:
        return None
    key = re.sub(r"[-\s]+", "-", word.strip().lower())
    return NUMBER_WORDS.get(key)


def parse_number(token: str) -> int | float | None:
    """Digits or a number word as a number; ints stay ints ("1,5" gives 1.5)."""
    token = token.strip()
    if re.fullmatch(r"\d+", token):
        return int(token)
    if re.fullmatch(r"\d+[.,]\d+", token):
        value = float(token.replace(",", "."))
        return int(value) if value.is_integer() else value
    return number_from_word(token)
