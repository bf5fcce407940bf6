"""The words of every language the extractors read, kept out of their logic.

One data module per language (``fr``, ``nl``, ``en``, ``de``) holds month and
weekday names, stop words and ``CUES``: for each concept ("deadline_cue",
"application", "selection_act", "period_month"…) a list of regex fragments.
This module compiles them, every language at once — Belgian pages mix
languages, and a Dutch page quotes a French programme name — so the logic of
``normalise.dates``, ``normalise.money``, ``normalise.eligibility`` and
``normalise.classify`` names a concept, never a word. dateparser splits its
language data from its logic the same way (``dateparser/data/``,
``languages/locale.py``).

Adding a phrasing: one fragment in the language's module and a row in the
case table of its fact family. Adding a language: one module with the same
keys (``tests/normalise/test_languages.py`` checks that every language
defines every concept and that no fragment matches the empty string).
"""
from __future__ import annotations

import re
from types import ModuleType

from normalise.languages import de, en, fr, nl
from normalise.patterns import compiled

LANGUAGES: dict[str, ModuleType] = {"fr": fr, "nl": nl, "en": en, "de": de}


def fragments(concept: str) -> list[str]:
    """Every language's fragments for ``concept``, in the order fr, nl, en, de, each once."""
    return list(dict.fromkeys(fragment for module in LANGUAGES.values() for fragment in module.CUES[concept]))


def alternation(concept: str) -> str:
    """One regex alternative (non-capturing) of every fragment of ``concept``."""
    return "(?:" + "|".join(fragments(concept)) + ")"


def cue_pattern(concept: str, template: str = "{}", flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``concept``'s alternation compiled inside ``template`` ("{}" stands for it)."""
    return compiled(template.replace("{}", alternation(concept)), flags)


def months() -> dict[str, int]:
    """Month names and abbreviations of every language, lower case, to their number."""
    return {name: number for module in LANGUAGES.values() for number, names in module.MONTHS.items() for name in names}


def full_month_names() -> list[str]:
    """Every language's month names written out (the first name of each month; no abbreviation), sorted, once each."""
    return sorted({names[0] for module in LANGUAGES.values() for names in module.MONTHS.values()})


def weekdays() -> dict[str, int]:
    """Weekday names of every language, lower case, to ``date.weekday()`` numbers (Monday = 0)."""
    return {name: number for module in LANGUAGES.values() for number, names in module.WEEKDAYS.items()
            for name in names}


def stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words, for telling the page language."""
    return {language: frozenset(module.STOP_WORDS) for language, module in LANGUAGES.items()}

