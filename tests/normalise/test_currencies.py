"""The world's currencies table (normalise/data/currencies.json) against the CLDR data Babel ships."""
from __future__ import annotations

from functools import lru_cache

import babel.numbers
from babel import Locale, localedata

from normalise import currencies


@lru_cache(maxsize=1)
def _cldr_signs() -> dict[str, set[str]]:
    """Every sign the CLDR gives each currency in any locale."""
    signs: dict[str, set[str]] = {}
    for identifier in localedata.locale_identifiers():
        for code, sign in Locale.parse(identifier).currency_symbols.items():
            signs.setdefault(code, set()).add(sign)
    return signs


def test_codes_are_currencies_and_not_words():
    codes = currencies.table()["codes"]
    assert {"JPY", "KRW", "PKR", "MAD", "PHP", "VND"} <= set(codes)
    assert all(babel.numbers.is_currency(code) for code in codes)
    assert not set(codes) & currencies.WORD_CODES


def test_each_sign_is_the_cldr_sign_of_its_currency():
    signs = currencies.table()["signs"]
    assert signs["₩"] == "KRW" and signs["zł"] == "PLN" and signs["Ksh"] == "KES"
    assert all(sign in _cldr_signs().get(code, set()) for sign, code in signs.items())


def test_no_sign_is_one_or_two_plain_letters():
    assert not [sign for sign in currencies.table()["signs"] if sign.isascii() and sign.isalpha() and len(sign) <= 2]


def test_each_name_is_a_cldr_name_of_its_currency_or_their_word():
    names = currencies.table()["names"]
    assert names["yen"] == "JPY" and names["dirhams marocains"] == "MAD" and names["philippine pesos"] == "PHP"
    cldr: dict[str, set[str]] = {}
    for language in currencies.READ_LANGUAGES:
        locale = Locale.parse(language)
        for code, name in locale.currencies.items():
            for form in {name, *(locale._data["currency_names_plural"].get(code) or {}).values()}:
                cldr.setdefault(code, set()).add(form.lower())
    for name, code in names.items():
        assert any(name == form or name == form.split()[-1] for form in cldr[code]), name


def test_ambiguous_words_are_left_out():
    names = currencies.table()["names"]
    # "peso", "dollar", "rupee", "dirham" name several currencies of today; "real" and "rand" are other words too.
    assert not {"peso", "pesos", "dollar", "rupee", "rupees", "dirham", "won", "real", "rand"} & set(names)


def test_shared_words_name_several_currencies_and_countries_name_one():
    table = currencies.table()
    assert set(table["shared_words"]["pesos"]) >= {"MXN", "PHP"} and set(table["shared_words"]["dirhams"]) == {"AED", "MAD"}
    assert not set(table["shared_words"]) & set(table["names"])
    words = table["country_words"]
    assert words["maroc"] == "MAD" and words["philippines"] == "PHP" and words["mexican"] == "MXN"
    assert words["marokkaanse"] == "MAD"
