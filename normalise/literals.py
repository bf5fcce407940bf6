"""Many literal words found in one pass (an Aho–Corasick automaton, ``pyahocorasick``).

Before the costly patterns run, the normalisers ask cheap questions of every
sentence: which eligibility families does it wake, does it hold a relative-rule
cue or a currency? And the long cue lists (application, selection, event
words) are searched over whole sentences. Asked with ``re``, an alternation of
a few hundred words is tried at every position of the text: those scans were
a third of the extractor's time. An automaton reads each character once, in
C, whatever the number of words, and the pattern is then tried only where one
of its words begins (``docs/benchmarks.md``).

Each class here answers exactly what the regex it replaces answered; the
tests in ``tests/normalise/test_literals.py`` compare the two on the lines of
real pages.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from normalise.patterns import openings, word_automaton


class Literals:
    """A fixed set of words, searched as ``re`` searches their alternation.

    ``longest`` yields the matches ``finditer`` of a prefix-tree alternation
    (``patterns.literal_alternation``) yields: leftmost, the longest word at
    that position, not overlapping. ``any`` says whether one word occurs.
    """

    def __init__(self, words: Iterable[str]):
        self.words = tuple(dict.fromkeys(words))
        self._automaton = word_automaton(self.words)

    def any(self, text: str) -> bool:
        for _ in self._automaton.iter(text):
            return True
        return False

    def longest(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, word) of each match, left to right."""
        for end, word in self._automaton.iter_long(text):
            yield end - len(word) + 1, word


class Prefilter:
    """A pattern searched only where one of its openings stands (``patterns.openings``).

    Every match of the pattern begins with one of its literal openings, read
    from the pattern itself: the automaton finds where they occur (overlaps
    included), and the pattern is matched there only. A look-behind or a
    word boundary at the start of the pattern still sees the text before
    (``match`` at a position of the whole text), so ``search`` and
    ``finditer`` return the pattern's own matches; the other methods are the
    pattern's, so a Prefilter stands wherever the pattern stood.
    """

    def __init__(self, regex: re.Pattern[str]):
        found = openings(regex)
        if not found:
            raise ValueError(f"a match of {regex.pattern[:60]!r}… may begin with anything")
        self.regex = regex
        self.pattern = regex.pattern
        self.match = regex.match
        self.fullmatch = regex.fullmatch
        # Each opening's value is how far back from its last character it begins.
        self._automaton = word_automaton(sorted(found), lambda word: len(word) - 1)
        self._reach = max(map(len, found)) - 1

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Where an opening begins, in order, once each."""
        hits = self._automaton.iter(text, pos, len(text) if endpos is None else endpos)
        return sorted({last - back for last, back in hits})

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What ``regex.search`` returns: the leftmost match.

        The automaton reports openings by where they end; one that ends more
        than ``_reach`` characters after a match's start cannot begin before it.
        """
        match = self.regex.match
        end = len(text) if endpos is None else endpos
        tried: set[int] = set()
        best = None
        for last, back in self._automaton.iter(text, pos, end):
            if best is not None and last - self._reach > best.start():
                break
            start = last - back
            if start in tried:
                continue
            tried.add(start)
            found = match(text, start, end)
            if found and (best is None or start < best.start()):
                best = found
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What ``regex.finditer`` yields: each match from the end of the one before."""
        match = self.regex.match
        end = len(text) if endpos is None else endpos
        position = pos
        for start in self.starts(text, pos, end):
            if start < position:
                continue
            found = match(text, start, end)
            if found:
                yield found
                position = max(found.end(), start + 1)

    def findall(self, text: str) -> list:
        """What ``regex.findall`` returns."""
        return self.regex.findall(text) if self.search(text) else []

    def sub(self, replacement, text: str, count: int = 0) -> str:
        """What ``regex.sub`` returns (the text itself, without a second scan, where nothing matches)."""
        return self.regex.sub(replacement, text, count) if self.search(text) else text
