"""The world's currencies as pages write them: ISO codes, signs and names, from the Unicode CLDR (Babel).

``normalise.money`` reads the currencies Belgian and European pages use most
(euro, dollar, pound, Swiss franc…) with hand-written care for their local
spellings ("2'500 Fr.", "15 000,00 $ CA", "Rs. 15,000/-"). Scholarship pages
from elsewhere pay in yen, won, pesos, dirhams, rupees or złoty: an amount in
a currency the parser does not know is not read at all, whatever its words
say. Rather than a hand list that grows page by page, the rest of the world
comes from the CLDR data Babel ships (already the site's translation
library): the codes of every currency some territory has used since 1999,
their signs in English, French, Dutch and German and in the languages of the
countries that use them ("₩", "₱", "zł", "Kč", "Ksh"), and their names in our
four languages ("Japanese yen", "dirhams marocains", "Japanische Yen", and a
currency's own word, "yen", "kronor", "naira", when no other currency of
today has it). A word several currencies share ("pesos", "dirhams") is kept
with its currencies, and the countries' names and adjectives ("Maroc",
"Mexican") with theirs, so that a page's country can say which it means.

Loading every CLDR locale takes a second, too long for each start of the
command line, so ``python -m normalise.currencies`` writes the table once to
``data/currencies.json``; ``tests/normalise/test_currencies.py`` checks each
entry against Babel. Only what is safe to read next to a number is kept:

- codes that are words in capitals ("ALL", "TOP", "SOS", "CUP", "PEN") are
  left out: "TOP 10" is not ten Tongan paʻanga;
- a sign shared by several currencies ("kr", "¥" outside English, "$") is
  left out unless one of our four languages gives it to one currency;
- a sign of one or two plain letters ("R", "P", "Le", "Ft", "RM") is left
  out: "Le 15 mars" is a date, "KM 5" a distance.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "currencies.json"
#: The languages whose signs and names pages are read in (``normalise.languages``).
READ_LANGUAGES = ("en", "fr", "nl", "de")
#: Codes that are also words or acronyms written in capitals in our four languages.
WORD_CODES = frozenset({"ALL", "TOP", "SOS", "CUP", "PEN", "GEL", "BAM", "BOB", "AMD", "CVE", "LAK", "XXX", "XTS",
                        "STD", "SIT", "ATS", "ESP", "MTL"})
#: The euro's first day: the currencies it and its neighbours replaced since then are still on older pages.
_OLDEST_TENDER = (1999, 1, 1)
#: Currency words that are also common words of our four languages after a number ("3 real problems", "der
#: Rand", "a sum", "Mark"): read only in a currency's full name ("Brazilian real", "real brésilien").
COMMON_WORDS = frozenset({"real", "reals", "rand", "sum", "sums", "mark", "marks", "sol", "sols", "kip", "tala",
                          "pula", "kina", "leone", "dobra", "lek", "gold"})
#: Currency words ``normalise.money`` reads itself, whatever else they name ("dollars" are American unless a sign says
#: otherwise, "francs" Swiss, "pounds" are rarely money on our pages).
_READ_BY_HAND = frozenset({"dollar", "dollars", "franc", "francs", "pound", "pounds", "euro", "euros"})
#: The shortest currency word read on its own: three letters ("yen"); shorter ones are other words.
_SHORTEST_WORD = 3


@lru_cache(maxsize=1)
def table() -> dict[str, dict]:
    """The data file: ``codes`` (code: code), ``signs`` (sign: code), ``names`` (lower-case name: code),
    ``shared_words`` (a word: the codes sharing it) and ``country_words`` (a country's name or adjective: its code)."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def build() -> dict[str, dict[str, str]]:
    """The table from the installed Babel's CLDR data (rules in the module docstring)."""
    from babel import Locale, languages, localedata
    from babel.core import get_global

    territory_currencies = get_global("territory_currencies")
    current = {code for history in territory_currencies.values() for code in _tender_today(history)}
    # Older pages pay in the currencies the euro and its neighbours replaced ("HRK 700", "LTL 1 500", "DEM 2620"):
    # codes of every currency legal tender since 1999 are read (today's among them); signs and words stay today's.
    codes = {code: code for code in sorted(_codes_since(territory_currencies, _OLDEST_TENDER) - WORD_CODES)}
    ours = [Locale.parse(language) for language in READ_LANGUAGES]
    signs: dict[str, set[str]] = {}
    for locale in ours:
        for code in current:
            sign = locale.currency_symbols.get(code)
            if sign and _readable_sign(sign, code):
                signs.setdefault(sign, set()).add(code)
    chosen = {sign: next(iter(found)) for sign, found in signs.items() if len(found) == 1}
    # Then the signs of the countries' own languages ("zł" in Polish, "Ksh" in Kenyan English), where ours have none.
    homes: dict[str, set[str]] = {}
    available = set(localedata.locale_identifiers())
    for territory, history in territory_currencies.items():
        tender = _tender_today(history)
        if not tender:
            continue
        for language in {*languages.get_official_languages(territory), *READ_LANGUAGES}:
            identifier = f"{language}_{territory}"
            if identifier not in available:
                continue
            sign = Locale.parse(identifier).currency_symbols.get(tender[0])
            if sign and _readable_sign(sign, tender[0]):
                homes.setdefault(sign, set()).add(tender[0])
    for sign, found in homes.items():
        if len(found) == 1 and sign not in signs:
            chosen[sign] = next(iter(found))
    names: dict[str, set[str]] = {}
    nouns: dict[str, set[str]] = {}
    for locale in ours:
        plurals = locale._data["currency_names_plural"]
        for code in current:
            for name in {locale.currencies.get(code), *(plurals.get(code) or {}).values()} - {None}:
                name = name.lower()
                names.setdefault(name, set()).add(code)
                if locale.language == "en":
                    # English names end with the currency's own word, after the country's adjective ("Japanese
                    # yen", "Swedish kronor", "Hong Kong dollars").
                    nouns.setdefault(name.split()[-1], set()).add(code)
    named = {name: next(iter(found)) for name, found in names.items() if len(found) == 1 and " " in name}
    shared: dict[str, list[str]] = {}
    for word, found in nouns.items():
        if len(word) < _SHORTEST_WORD or not word.isalpha() or word in COMMON_WORDS:
            continue
        if len(found) == 1:
            named.setdefault(word, next(iter(found)))
        elif word not in _READ_BY_HAND:
            shared[word] = sorted(found)
    # Where the currencies of today are legal tender, by the territory's name in our four languages ("Maroc",
    # "Philippines", "Marokko"): what says which of the currencies sharing a word ("pesos", "dirhams") a page means.
    places: dict[str, str] = {}
    for territory, history in territory_currencies.items():
        tender = _tender_today(history)
        if len(territory) != 2 or len(tender) != 1:
            continue
        for locale in ours:
            name = locale.territories.get(territory)
            if name and len(name) >= 4:
                places.setdefault(name.lower(), tender[0])
    # … and by the country's adjective in the currencies' names ("Philippine peso", "dirhams marocains", "Zuid-Koreaanse
    # won"): the name without its currency word (the last word, the first in French).
    adjectives: dict[str, set[str]] = {}
    for name, found in names.items():
        words = name.split()
        if len(words) < 2 or len(found) != 1:
            continue
        for phrase in (" ".join(words[:-1]), " ".join(words[1:])):
            if phrase.replace(" ", "").replace("-", "").isalpha() and len(phrase) >= 4 and phrase not in nouns:
                adjectives.setdefault(phrase, set()).update(found)
    for phrase, found in adjectives.items():
        if len(found) == 1:
            places.setdefault(phrase, next(iter(found)))
    return {"codes": codes, "signs": dict(sorted(chosen.items())), "names": dict(sorted(named.items())),
            "shared_words": dict(sorted(shared.items())), "country_words": dict(sorted(places.items()))}


def _codes_since(territory_currencies: dict, oldest: tuple[int, int, int]) -> set[str]:
    """The codes some territory used as legal tender on or after ``oldest`` (year, month, day)."""
    return {code for history in territory_currencies.values() for code, start, end, is_tender in history
            if is_tender and (end is None or end >= oldest)}


def _tender_today(history: list[tuple]) -> list[str]:
    """The codes a territory's currency history (CLDR: code, start, end, tender) gives as legal tender today."""
    return [code for code, start, end, is_tender in history if end is None and is_tender]


def _readable_sign(sign: str, code: str) -> bool:
    """A sign safe to read beside a number: not the code itself, not one or two plain letters."""
    sign = sign.strip("\u200e\u200f\u200b ")
    if not sign or sign == code:
        return False
    return not (sign.isascii() and sign.isalpha() and len(sign) <= 2)


def main(argv: list[str] | None = None) -> int:
    """Write ``data/currencies.json`` from the installed Babel."""
    built = build()
    DATA.write_text(json.dumps(built, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {DATA.name}: {len(built['codes'])} codes, {len(built['signs'])} signs, {len(built['names'])} names, "
          f"{len(built['shared_words'])} shared words, {len(built['country_words'])} country words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
