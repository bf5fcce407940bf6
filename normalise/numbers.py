"""Small numbers written as words, in French, Dutch, English and German.

Legal texts and WBI pages write lengths and counts in words ("une durée
maximale de six mois", "vierentwintig maanden", "twelve weeks"). This module
reads the numbers 1 to 99 in the four languages, Belgian French included
("septante", "nonante"), so that every normaliser shares one table. The
words are data (``normalise.languages``); the way each language composes
21-99 is the only logic here.

``NUMBER`` is a regex fragment (no capturing groups) matching either digits
or a number word; ``parse_number`` reads what it matched. ``halves_reader``
writes the lengths with a half ("un an et demi", "anderhalf jaar", "half a
year", "zweieinhalb Jahre") in digits, from each language's
``NUMBERS["halves"]``.
"""
from __future__ import annotations

import re

from normalise.languages import LANGUAGES
from normalise.patterns import UNGUARDED_PARTS, literal_alternation

def _compounds(style: str, units: list[str], tens: dict[int, str]) -> dict[str, int]:
    """The number words 21-99 of one language, written the way its ``NUMBERS["compound"]`` says."""
    words: dict[str, int] = {}
    for ten, ten_word in tens.items():
        for unit in range(1, 10):
            unit_word = units[unit]
            if style == "tens-unit":
                words[f"{ten_word}-{unit_word}"] = ten + unit
            elif style == "unit-en-tens":
                words[f"{unit_word}en{ten_word}"] = ten + unit
                if unit_word.endswith("e"):
                    words[f"{unit_word}ën{ten_word}"] = ten + unit
            elif style == "unit-und-tens":
                words[f"{'ein' if unit == 1 else unit_word}und{ten_word}"] = ten + unit
            elif style == "french":
                if unit == 1 and ten != 80:
                    words[f"{ten_word}-et-un"] = words[f"{ten_word}-et-une"] = ten + 1
                words[f"{ten_word}-{unit_word}"] = ten + unit
    return words


def _number_words(numbers: dict) -> dict[str, int]:
    """One language's number words from its data module's ``NUMBERS``."""
    words = {word: n for n, word in enumerate(numbers["units"]) if word}
    words.update({word: 10 + n for n, word in enumerate(numbers["teens"])})
    words.update({word: ten for ten, word in numbers["tens"].items()})
    words.update(_compounds(numbers["compound"], numbers["units"], numbers["tens"]))
    if numbers["compound"] == "french":
        # France's 70-79 and 90-99 ("soixante-dix", "quatre-vingt-douze") beside Belgium's "septante", "nonante".
        for n, teen in enumerate(numbers["teens"]):
            words[f"soixante-{teen}"] = 70 + n
            words[f"quatre-vingt-{teen}"] = 90 + n
    words.update(numbers["extra"])
    return words


#: Every number word, hyphenated form as key ("dix-huit", "twenty-four"). Where two languages share a
#: word ("acht", "elf", "vier") they agree on its value; French is read last and wins any other clash.
NUMBER_WORDS: dict[str, int] = {
    word: value
    for language in ("de", "en", "nl", "fr")
    for word, value in _number_words(LANGUAGES[language].NUMBERS).items()
}

# A prefix tree ("d(?:ix(?:-(?:huit|…)|)|eux…)"): the longest word first where one begins another ("dix-huit"
# before "dix"), and the regex engine gives up after one letter where no number word starts; hyphens also
# match spaces.
_WORD_ALTERNATIVES = literal_alternation(list(NUMBER_WORDS)).replace(r"\-", r"[-\s]")

#: Regex fragment for a number word, without capturing groups. A hyphen may
#: follow only when a unit does: English compounds ("a six-month internship",
#: "a one-year contract"; or the end of a window that stops before the unit),
#: not the first half of "dix-huit"; nor when the unit comes after a second number, the German way ("zwei- bis
#: zwölfmonatige").
NUMBER_WORD = (
    rf"(?<![\w-])(?:{_WORD_ALTERNATIVES})"
    r"(?!\w)(?!-(?!(?:months?|years?|weeks?|days?)\b|$|\s+(?:bis|und|oder|tot|of|to|or)\b))"
)

UNGUARDED_PARTS.append(_WORD_ALTERNATIVES)
#: Regex fragment for digits ("6", "1,5", "2.5") or a number word.
NUMBER = rf"(?:(?<![\w.,])\d{{1,3}}(?:[.,]\d+)?(?![\w])|{NUMBER_WORD})"


#: Hundreds and thousands, the words that make an amount of a count: "mille", "duizend", "thousand", "tausend".
MULTIPLIER_WORDS: dict[str, int] = {
    word: value
    for language in ("de", "en", "nl", "fr")
    for value, words in LANGUAGES[language].NUMBERS["multipliers"].items()
    for word in words
}
_MULTIPLIER_ALTERNATIVES = literal_alternation(list(MULTIPLIER_WORDS))
#: Regex fragment, no capturing group, for an amount written in words with a hundred or a thousand in it:
#: "cinq mille", "deux mille cinq cents", "five thousand", "vijfduizend", "zweitausendfünfhundert",
#: "honderdduizend", "two hundred and fifty". Dutch and German glue the words, French and English space or hyphenate
#: them; a bare count ("cinq", "fifty") is not read as an amount, nor a thousand after digits ("5 mille") or after a
#: word that makes it vague ("a few hundred dollars", "een paar honderd euro").
_VAGUE_BEFORE = "".join(rf"(?<!\b{word}\s)" for language in ("fr", "nl", "en", "de")
                        for word in LANGUAGES[language].NUMBERS["vague"])
AMOUNT_WORDS = (
    rf"(?<![\w-])(?<!\d\s){_VAGUE_BEFORE}(?:(?:{_WORD_ALTERNATIVES})[-\s]?)?(?:{_MULTIPLIER_ALTERNATIVES})"
    rf"(?:(?:\s+and\s+|[-\s]?)(?:{_WORD_ALTERNATIVES}|{_MULTIPLIER_ALTERNATIVES}))*(?![\w-])"
)
_AMOUNT_PART = re.compile(rf"{_MULTIPLIER_ALTERNATIVES}|{_WORD_ALTERNATIVES}", re.IGNORECASE)


def amount_from_words(words: str) -> int | None:
    """The value of an amount ``AMOUNT_WORDS`` matched ("deux mille cinq cents" is 2500), else None.

    A count before a hundred multiplies it, a thousand closes the count so far: "zweitausendfünfhundert" is
    2 × 1000 + 5 × 100, "honderdduizend" is 100 × 1000.
    """
    total = count = 0
    multiplied = False
    for part in _AMOUNT_PART.finditer(words.lower()):  # (the "and" between parts is no part)
        multiplier = MULTIPLIER_WORDS.get(part.group())
        if multiplier is None:
            count += number_from_word(part.group())
        elif multiplier < 1000:
            multiplied, count = True, (count or 1) * multiplier
        else:
            multiplied, total, count = True, total + (count or 1) * multiplier, 0
    return total + count if multiplied else None


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


def _halves(key: str) -> list[str]:
    return [fragment for language in ("fr", "nl", "en", "de")
            for fragment in LANGUAGES[language].NUMBERS["halves"][key]]


#: A count, digits or a word, with no guard after it: German and Dutch glue the half to it ("zweieinhalb").
_COUNT = rf"(?<![\w.,-])(?:\d{{1,2}}|{_WORD_ALTERNATIVES})"
_HALF_WORDS = {fragment: value for language in ("fr", "nl", "en", "de")
               for fragment, value in LANGUAGES[language].NUMBERS["halves"]["words"].items()}


def halves_reader(unit: str):
    """A function writing lengths with a half in digits before ``unit`` (a regex of unit words).

    "un an et demi", "two and a half years", "anderhalf jaar", "ein halbes Jahr" become "1.5 an",
    "2.5 years", "1.5 jaar", "0.5 Jahr", so that a reader of "<number> <unit>" reads them like "18 mois".
    """
    after_count = re.compile(rf"(?P<count>{_COUNT})(?:{'|'.join(_halves('after_count'))})\s*(?P<unit>{unit})\b",
                             re.IGNORECASE)
    # No count is one, and the article that stands for it goes too: "a year and a half".
    after_unit = re.compile(rf"(?:(?P<count>{_COUNT})\s+|\b(?:{'|'.join(_halves('article'))})\s+)?(?P<unit>{unit})"
                            rf"\s+(?:{'|'.join(_halves('after_unit'))})\b", re.IGNORECASE)
    words = [(re.compile(rf"(?<![\w-]){fragment}(?P<unit>{unit})\b", re.IGNORECASE), value)
             for fragment, value in _HALF_WORDS.items()]

    def plus_half(match: re.Match[str]) -> str:
        count = parse_number(match.group("count")) if match.group("count") else 1
        return f"{count + 0.5:g} {match.group('unit')}" if count is not None else match.group(0)

    def read(text: str) -> str:
        text = after_unit.sub(plus_half, after_count.sub(plus_half, text))
        for pattern, value in words:
            text = pattern.sub(lambda match, value=value: f"{value:g} {match.group('unit')}", text)
        return text

    return read
