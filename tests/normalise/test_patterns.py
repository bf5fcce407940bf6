"""The regex helpers of ``normalise.patterns``: faster, never different.

``compiled`` puts a lookahead on the characters a match can begin with in
front of a pattern; it must find exactly what the bare pattern finds, on the
real cue patterns of the normalisers and on the text of real pages.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from normalise import dates, durations, eligibility, money
from normalise.patterns import compiled, first_characters, literal_alternation

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "train"


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        pytest.param(r"\bfwb\b|belges?\s+francophones?", 0, {"f", "b"}, id="word-boundary-before-each-branch"),
        pytest.param(r"(?<![\w.])\d+\s*€|€\s*\d", 0, {r"\d", "€"}, id="digit-class-kept-whole"),
        pytest.param(r"(?:au\s+)?plus\s+tard", 0, {"a", "p"}, id="optional-group-adds-what-follows"),
        pytest.param(r"\s*[-–]\s*bis", 0, {r"\s", "-", "–"}, id="optional-spaces-then-required-dash"),
        pytest.param(r"[a-c]x", 0, {"a", "b", "c"}, id="small-range-spelt-out"),
        pytest.param(r"\w+ans", 0, None, id="word-class-may-be-anything"),
        pytest.param(r"[^.]{3}", 0, None, id="negated-class-may-be-anything"),
        pytest.param(r"x?", 0, None, id="empty-match-needs-no-guard"),
        pytest.param(r"(?i:eur)o", 0, None, id="inline-flags-not-followed"),
    ],
)
def test_first_characters(pattern, flags, expected):
    found = first_characters(pattern, flags)
    assert (set(found) if found is not None else None) == expected


def test_global_flags_and_verbose_comments_stay_valid():
    multiline = compiled(r"(?m)^\s*Art\.?\s+\d+", re.IGNORECASE)
    assert multiline.findall("intro\n  Art. 3 texte\nArt 12") == ["  Art. 3", "Art 12"]
    verbose = compiled("(?:mois|months)  # a comment on the last line", re.VERBOSE)
    assert verbose.search("six months").group(0) == "months"


def _cue_patterns():
    for module in (dates, durations, eligibility, money):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=["):
                yield pytest.param(value, id=f"{module.__name__.rsplit('.', 1)[-1]}.{name}")


@pytest.fixture(scope="module")
def page_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[::20]]
    return texts + [text.lower() for text in texts]


@pytest.mark.parametrize("guarded", list(_cue_patterns()))
def test_guarded_pattern_finds_what_the_bare_pattern_finds(guarded, page_texts):
    """Every guarded cue pattern of the normalisers, on a sample of real pages as written and lower-cased."""
    bare = re.compile(guarded.pattern[guarded.pattern.index("])(?:") + 5 : -1].rstrip("\n"), guarded.flags)
    for text in page_texts:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_many_cue_patterns_are_guarded():
    assert len(list(_cue_patterns())) >= 120


def test_literal_alternation_prefers_the_longest_word():
    pattern = re.compile(literal_alternation(["ma", "master", "maîtrise"]))
    assert [m.group(0) for m in pattern.finditer("master, maîtrise, ma")] == ["master", "maîtrise", "ma"]
