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
from normalise.patterns import WRITTEN, compiled, first_characters, literal_alternation, necessary_words, waking_words

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
    for prefilter in (dates._APPLICATION, dates._SELECTION_ACT, dates._EVENT):
        pattern = prefilter.regex  # matched where its openings stand (``literals.Prefilter``), dispatched there
        assert pattern.pattern.count("(?=[") > 1, WRITTEN[pattern][:60]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        pytest.param(r"\brésid\w*\s+en\s+wallonie", 0, [{"résid"}, {"wallonie"}], id="each-word-of-a-sequence"),
        pytest.param(r"(?:euro|dollar)s?\b", 0, [{"euro", "dollar"}], id="one-word-of-each-branch"),
        pytest.param(r"(?:foo)?barre", 0, [{"barre"}], id="optional-part-requires-nothing"),
        pytest.param(r"(?<=originaire\s)de\s+bruxelles", 0, [{"originaire"}, {"bruxelles"}],
                     id="lookbehind-reads-the-text-too"),
        pytest.param(r"(?!abcd)defg", 0, [{"defg"}], id="negative-lookahead-requires-nothing"),
        pytest.param(r"à\s+bruxelles", 0, [{"bruxelles"}], id="short-words-left-out"),
        pytest.param(r"\s(?:wonen|woont|wohnen|wohnt)\b", 0, [{"wonen", "woont", "wohnen", "wohnt"}],
                     id="prefix-taken-out-by-the-parser-joined-again"),
        pytest.param(r"(?i:abcd)defg", 0, [{"defg"}], id="part-under-inline-flags-gives-no-word"),
        pytest.param(r"euro", re.IGNORECASE, [], id="pattern-ignoring-case-gives-no-set"),
        pytest.param(r"\d+\s*€", 0, [], id="nothing-literal-long-enough"),
    ],
)
def test_necessary_words(pattern, flags, expected):
    found = [set(words) for words in necessary_words(re.compile(pattern, flags))]
    for words in expected:
        assert words in found
    if not expected:
        assert found == []


def _branches_patterns():
    for name in ("_RESIDENT_IN_WALLONIA_BRUSSELS", "_RESIDENTS_BY_NAME", "_AGE"):
        yield pytest.param(getattr(eligibility, name), id=f"eligibility.{name}")


@pytest.fixture(scope="module")
def clauses() -> list[str]:
    """Lower-cased lines of half the real pages (the eligibility patterns read clauses of sentences).

    Half, not a third: the sample must hold real matches of every pattern, and a third of the pages held only four
    of one once round thirteen shifted which pages fall in it.
    """
    return [line for path in sorted(CORPUS.glob("*.txt"))[::2]
            for line in path.read_text(encoding="utf-8").lower().splitlines() if line.strip()]


@pytest.mark.parametrize("branches", list(_branches_patterns()))
def test_branches_find_what_the_alternation_finds(branches, clauses):
    """Searched branch by branch where their words are, the same matches, groups and all, as the whole pattern."""
    whole = re.compile(branches.pattern)
    found = 0
    for clause in clauses:
        expected = whole.search(clause)
        match = branches.search(clause)
        assert (match and (match.span(), match.group(0), {k: v for k, v in match.groupdict().items() if v})) == (
            expected and (expected.span(), expected.group(0), {k: v for k, v in expected.groupdict().items() if v}))
        assert branches.matches(clause) is (expected is not None)
        if expected:
            found += 1
            later = whole.search(clause, expected.start() + 1)
            again = branches.search(clause, expected.start() + 1)
            assert (again and again.span()) == (later and later.span())
    assert found >= 5  # the sample holds real matches, not only clauses that match nothing


@pytest.mark.parametrize("guarded", list(_cue_patterns()))
def test_necessary_words_are_in_every_text_that_matches(guarded, page_texts):
    needs = necessary_words(guarded)
    for text in page_texts:
        if guarded.search(text):
            assert all(any(word in text for word in words) for words in needs)


def test_patterns_holding_the_number_words_are_compiled_as_written():
    """Parsing the number words of four languages twice costs a quarter of a second at import: they stay bare,
    whatever the length of the pattern; a longer cue list without them is guarded."""
    from normalise.numbers import NUMBER

    assert compiled(NUMBER).pattern == NUMBER
    assert compiled(r"\bsome\s+cue\s+" + NUMBER).pattern.startswith(r"\bsome")
    long_cues = "|".join(rf"\bcue{i}\s+word" for i in range(300))
    assert len(long_cues) > 3700 and compiled(long_cues).pattern.startswith("(?=[")


def test_waking_words_add_only_what_the_known_words_miss():
    pattern = compiled(r"\b(?:not\s+(?:be\s+)?over|younger\s+than)\s+\d+")
    assert waking_words(("younger",), (pattern,)) == ("over",)  # the longer word of "not … over", not "not"
    assert waking_words(("younger", "over"), (pattern,)) == ()
    with pytest.raises(ValueError):
        waking_words((), (compiled(r"\d+\s*%"),))  # needs no word: it cannot be gated


@pytest.mark.parametrize(("family", "patterns"), [
    ("age", lambda: eligibility._AGE.branches),
    ("within", lambda: (*eligibility._THESIS_NOT_OLDER.branches, *eligibility._GRADUATES_OF.branches,
                        *eligibility._EXPERIENCE_SINCE_DOCTORATE.branches)),
])
def test_every_clause_a_pattern_matches_wakes_its_family(family, patterns, clauses):
    """The triggers gate the parsers: a clause of a real page that an age or graduation pattern matches holds one
    ("Applicants must not be over 30" woke nothing until extractor v114)."""
    woken = 0
    for clause in clauses:
        if any(pattern.search(clause) for pattern in patterns()):
            assert family in eligibility._families_needed(clause), clause
            woken += 1
    assert woken  # the sample holds real matches
