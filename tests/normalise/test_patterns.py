"""The regex helpers of ``normalise.patterns``: faster, never different.

``compiled`` puts a lookahead on the characters a match can begin with in
front of a pattern, and regroups a long alternation by first character; it
must find exactly what the pattern as written finds, on the real cue
patterns of the normalisers and on the text of real pages.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from normalise import dates, durations, eligibility, money
from normalise.patterns import WRITTEN, compiled, first_characters, literal_alternation

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
    bare = re.compile(WRITTEN[guarded], guarded.flags)
    for text in page_texts:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_many_cue_patterns_are_guarded():
    assert len(list(_cue_patterns())) >= 120


def test_literal_alternation_prefers_the_longest_word():
    pattern = re.compile(literal_alternation(["ma", "master", "maîtrise"]))
    assert [m.group(0) for m in pattern.finditer("master, maîtrise, ma")] == ["master", "maîtrise", "ma"]


#: Thirteen branches that open with a word boundary (the engine cannot skip them by their first character; one
#: branch without it keeps ``re`` from taking the boundary out as a shared prefix), several of which match at
#: the same place: the written order decides which one does.
_OVERLAPPING = "|".join(["envoi", r"\bapp", r"\bapply\s+now", r"\bapplication", r"\bdeadline", r"\bdead\w+", r"\bsubmit",
                         r"\bsub\w*", r"\bregist", r"\bregistration\s+form", r"\bclos", r"\bclosing\s+date",
                         r"\b(?:call|appel)\s+for", r"\bcall"])


def test_long_alternation_is_dispatched_and_keeps_the_written_order():
    pattern = compiled(_OVERLAPPING)
    assert pattern.pattern.count("(?=[") > 1  # dispatched
    text = "Apply now: application deadline, submit the registration form before the closing date; call for papers"
    for flags_text in (text, text.lower()):
        assert ([m.group(0) for m in pattern.finditer(flags_text)]
                == [m.group(0) for m in re.finditer(_OVERLAPPING, flags_text)])
    assert [m.group(0) for m in pattern.finditer(text.lower())][:3] == ["app", "app", "deadline"]


@pytest.mark.parametrize(
    ("pattern", "dispatched"),
    [
        pytest.param(r"\bfwb\b|belges?\s+francophones?", False, id="few-branches"),
        pytest.param(literal_alternation([f"w{i}ord" for i in range(30)]), False, id="prefix-tree-opens-with-characters"),
        pytest.param("|".join(rf"\bw{i}" for i in range(30)), False, id="shared-word-boundary-taken-out-by-re"),
        pytest.param("(" + _OVERLAPPING + ")", False, id="capturing-group"),
        pytest.param(_OVERLAPPING + r"|\w+x", False, id="a-branch-may-begin-anywhere"),
        pytest.param(_OVERLAPPING + r"|\d+\s*€|5\s*%", False, id="digit-class-beside-a-digit"),
        pytest.param("(?:" + _OVERLAPPING + ")", True, id="one-group-around-everything"),
    ],
)
def test_which_alternations_are_dispatched(pattern, dispatched):
    assert (compiled(pattern).pattern.count("(?=[") > 1) is dispatched
    assert WRITTEN[compiled(pattern)] == pattern


def test_long_cue_lists_of_the_deadline_parser_are_dispatched():
    """The application cues (some 120 fragments) were scanned branch by branch: a fifth of a page's time."""
    for pattern in (dates._APPLICATION, dates._SELECTION_ACT, dates._EVENT):
        assert pattern.pattern.count("(?=[") > 1, WRITTEN[pattern][:60]
