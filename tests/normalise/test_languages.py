"""The language data modules (normalise/languages): complete, consistent, and every cue a real match."""
from __future__ import annotations

import re

import pytest

from normalise import languages

MODULES = languages.LANGUAGES
CONCEPTS = sorted(MODULES["fr"].CUES)


def test_every_language_defines_the_same_concepts():
    for name, module in MODULES.items():
        assert sorted(module.CUES) == CONCEPTS, name
        assert set(module.NUMBERS) == set(MODULES["fr"].NUMBERS), name


@pytest.mark.parametrize("name", MODULES)
def test_months_and_weekdays_are_complete(name):
    module = MODULES[name]
    assert sorted(module.MONTHS) == list(range(1, 13)) and all(module.MONTHS.values())
    assert sorted(module.WEEKDAYS) == list(range(7)) and all(module.WEEKDAYS.values())
    assert all(name == name.lower() for names in module.MONTHS.values() for name in names)


def test_a_name_means_one_month_in_every_language():
    seen: dict[str, int] = {}
    for module in MODULES.values():
        for number, names in module.MONTHS.items():
            for month in names:
                assert seen.setdefault(month, number) == number, month


@pytest.mark.parametrize(("name", "concept"), [(n, c) for n in MODULES for c in CONCEPTS])
def test_no_cue_matches_the_empty_string(name, concept):
    for fragment in MODULES[name].CUES[concept]:
        pattern = re.compile(fragment, re.IGNORECASE)
        assert not pattern.fullmatch(""), (name, concept, fragment)
        assert pattern.groups == 0, f"{fragment!r}: use (?:…), the logic numbers no groups of yours"


@pytest.mark.parametrize("name", MODULES)
def test_numbers_have_units_teens_and_tens(name):
    numbers = MODULES[name].NUMBERS
    assert len(numbers["units"]) == 10 and len(numbers["teens"]) == 10 and sorted(numbers["tens"]) == list(
        range(20, 100, 10))


def test_every_concept_has_a_word_in_french_and_in_at_least_two_other_languages():
    for concept in CONCEPTS:
        having = [name for name, module in MODULES.items() if module.CUES[concept]]
        assert "fr" in having and len(having) >= 3, (concept, having)
