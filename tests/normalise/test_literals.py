"""The automaton scans of ``normalise.literals``: faster than the regexes they replace, never different.

Each scan is compared with the regex it replaced (built again here from the
same words) on every line of a third of the real pages of the ``train`` corpus, as
written and lower-cased.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from normalise import classify, dates, durations, eligibility, money
from normalise.literals import Literals, Prefilter
from normalise.patterns import literal_alternation, openings

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "train"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """Every non-empty line of a third of the train pages, as written and lower-cased."""
    found = []
    for path in sorted(CORPUS.glob("*.txt"))[::3]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found += [line, line.lower()]
    return found


def test_longest_yields_what_finditer_of_the_prefix_tree_yields(lines):
    """Leftmost, longest, not overlapping: "master en" and not "master" then "en" (the eligibility triggers)."""
    words = list(eligibility._FAMILIES_OF_TRIGGER)
    tree = re.compile(literal_alternation(words))
    found = 0
    for line in lines:
        text = " " + line
        expected = [(m.start(), m.group()) for m in tree.finditer(text)]
        assert list(eligibility._TRIGGER.longest(text)) == expected, line
        found += len(expected)
    assert found > 1000


def test_longest_prefers_the_longer_word_and_skips_overlaps():
    words = Literals(["master", "master en", "en droit", "age"])
    assert list(words.longest("un master en droit, sans limite d'âge ou d'age")) == [
        (3, "master en"), (43, "age")]


def test_any_says_what_a_search_of_the_alternation_says(lines):
    """The relative-rule cues, asked once a sentence."""
    tree = re.compile(literal_alternation(list(dates._RELATIVE_CUES.words), shortest=True))
    hits = 0
    for line in lines:
        expected = tree.search(line) is not None
        assert dates._RELATIVE_CUES.any(line) is expected, line
        hits += expected
    assert 0 < hits < len(lines)


def _prefilters():
    for module in (classify, dates, durations, eligibility, money):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, Prefilter):
                yield pytest.param(value, id=f"{module.__name__.split('.')[-1]}.{name}")


@pytest.mark.parametrize("prefilter", list(_prefilters()))
def test_prefilter_finds_what_the_pattern_finds(prefilter, lines):
    """Every prefiltered pattern of the normalisers: the same matches, spans and groups as the pattern's own
    search, finditer (also from a position, up to an end) and sub, on the real lines."""
    regex = prefilter.regex
    hits = 0
    for line in lines:
        expected = [(m.span(), m.groups()) for m in regex.finditer(line)]
        assert [(m.span(), m.groups()) for m in prefilter.finditer(line)] == expected, line
        first = regex.search(line)
        assert (found := prefilter.search(line)) is first or found.span() == first.span(), line
        middle, end = len(line) // 3, 2 * len(line) // 3
        inner = regex.search(line, middle, end)
        assert (found := prefilter.search(line, middle, end)) is inner or found.span() == inner.span(), line
        assert prefilter.sub("_", line) == regex.sub("_", line), line
        hits += len(expected)
    assert hits  # the sample holds real matches


@pytest.mark.parametrize(("text", "span"), [
    ("une bourse de 500 EUROS par mois", (18, 23)),
    ("leur valeur, en Europe", None),
    ("chercheur (1500EUR)", (15, 18)),
    ("Fr. 3000.–", (0, 3)),
])
def test_prefilter_keeps_the_patterns_conditions(text, span):
    found = money._CURRENCY_HINT.search(text)
    assert (found and found.span()) == span


@pytest.mark.parametrize(("pattern", "expected"), [
    pytest.param(r"\bbourse\s+de", {"bour"}, id="word-boundary-passed-over-and-four-characters-kept"),
    pytest.param(r"f[ée]d[ée]ration", {"fedé", "fede", "fédé", "féde"}, id="small-class-spelt-out"),
    pytest.param(r"(?:werk|kalender)?dagen", {"werk", "kale", "dage"}, id="optional-part-taken-and-skipped"),
    pytest.param(r"(?<![\w])(?:19|20)\d\d", {"19", "20"}, id="lookbehind-passed-over-digit-class-stops"),
    pytest.param(r"euro(?i:s)?|€", {"euro", "€"}, id="each-branch-its-own"),
    pytest.param(r"\d+\s*€", None, id="may-begin-with-any-digit"),
    pytest.param(r"(?:bourse)?", None, id="may-match-nothing"),
    pytest.param(r"\w+ans", None, id="may-begin-with-any-letter"),
])
def test_openings(pattern, expected):
    found = openings(re.compile(pattern))
    assert (set(found) if found is not None else None) == expected


def test_openings_of_a_pattern_that_ignores_case_are_not_known():
    assert openings(re.compile("bourse", re.IGNORECASE)) is None


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError):
        Literals(["bourse", ""])
    with pytest.raises(ValueError):
        Prefilter(re.compile(r"\w+ans"))  # may begin with any letter
