"""Regexes built from word lists, shared by the normalisers.

A flat alternation ("master|maîtrise|…") makes the regex engine try every
word at every position of every page; a prefix tree ("ma(?:ster|îtrise)")
lets it give up after one character. Every cue list of the normalisers
goes through here.
"""
from __future__ import annotations

import re
from re import _constants, _parser  # the standard parser: which characters can begin a match

import ahocorasick


def literal_alternation(words: list[str], *, shortest: bool = False) -> str:
    """One regex matching any of ``words``, written as a prefix tree.

    ``shortest=False`` matches a whole word, the longest one first where
    one word begins another ("ma(?:ster|)"). ``shortest=True`` stops at the
    shortest word of a branch: enough to know a match may start there,
    which is all a candidate finder needs.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        if shortest and "" in node:
            return ""
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items(), reverse=True) if char]
        if "" in node:
            branches.append("")  # the shorter word ends here; longer branches are tried first
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


#: Parts of patterns that are not worth guarding: every number word of four languages (``numbers.NUMBER_WORD``,
#: which registers itself here) is some 3,700 characters, and parsing a pattern that holds it twice costs more at
#: import (a quarter of a second) than its guard saves. Such a pattern is compiled as it is.
UNGUARDED_PARTS: list[str] = []
#: Longer patterns are compiled as they are too (their parse alone would cost at import).
_LONGEST_GUARDED = 6000
#: Flags written at the start of a pattern ("(?m)^…") must stay there: such a pattern is left as it is.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, told which characters a match can begin with.

    The regex engine tries every branch of an alternation at every position;
    when branches open with ``\\b`` or a group, it cannot tell that a position
    is hopeless from its first character (``re`` builds that shortcut only for
    branches that open with a plain literal). A lookahead on the possible
    first characters gives it back: a long cue list runs two to three times
    faster, and matches exactly what the bare pattern matches (a digit or a
    space stays a class: ``(?=[\\d€$])``). A long alternation is also
    dispatched on its first character (``_dispatched``). A pattern that may
    begin with almost any character (``\\w``, ``.``, ``[^…]``) or match the
    empty string is compiled as it is, and so is a pattern that holds one of
    the ``UNGUARDED_PARTS`` (number words of four languages) or is longer than
    ``_LONGEST_GUARDED``: parsing it twice would cost more at import than the
    guard saves.
    ``WRITTEN`` keeps the pattern as it was written, for the tests that
    compare the two.
    """
    written = pattern
    parsed = (_parser.parse(pattern, flags)
              if len(pattern) <= _LONGEST_GUARDED and not _GLOBAL_FLAGS.match(pattern)
              and not any(part in pattern for part in UNGUARDED_PARTS) else None)
    firsts = _first_characters(parsed) if parsed is not None else None
    if firsts:
        pattern = _dispatched(pattern, parsed, flags) or pattern
        # A verbose pattern may end in a comment: the group closes on a line of its own.
        close = "\n)" if flags & re.VERBOSE else ")"
        pattern = "(?=[" + "".join(_in_class(char) for char in sorted(firsts)) + "])(?:" + pattern + close
    result = re.compile(pattern, flags)
    WRITTEN[result] = written
    return result


#: Each pattern ``compiled`` made, to the pattern as written.
WRITTEN: dict[re.Pattern[str], str] = {}
#: Fewer alternatives than this are tried one by one as they are: a dispatch would not pay.
_DISPATCH_FROM = 12


def _dispatched(pattern: str, parsed: _parser.SubPattern, flags: int) -> str | None:
    """``pattern``'s alternatives regrouped by the character they begin with, or None.

    At a position whose character is ``x``, the engine then tries a lookahead
    per group and the branches of the one group that may begin with ``x``,
    instead of every branch: the application cues of ``normalise.dates``
    (119 fragments) scan three to four times faster. Each group keeps its
    branches in the written order, and a branch that cannot begin with ``x``
    cannot match where ``x`` stands, so the first branch that matches is the
    same one: the matches are the same. Left as it is: fewer than
    ``_DISPATCH_FROM`` branches that the engine cannot skip by their first
    character (``_slow_branches``: a regrouped prefix tree runs slower),
    capturing groups (a branch may be in two groups), verbose patterns, a
    branch that may begin with any character, and a class (``\\d``) beside
    a character it holds.
    """
    if flags & re.VERBOSE or parsed.state.groups > 1:
        return None
    branches = _top_level_branches(pattern)
    if len(branches) < 2 or _slow_branches(parsed) < _DISPATCH_FROM:
        return None
    by_first: dict[str, list[str]] = {}
    for branch in branches:
        firsts = first_characters(branch, flags)
        if not firsts:
            return None
        for char in firsts:
            by_first.setdefault(char.lower() if flags & re.IGNORECASE else char, []).append(branch)
    if any(len(char) == 1 and re.fullmatch(category, char) for category in _CATEGORIES.values()
           if category in by_first for char in by_first):
        return None
    groups: dict[tuple[str, ...], list[str]] = {}  # branches -> the characters that dispatch to them
    for char, alternatives in by_first.items():
        groups.setdefault(tuple(alternatives), []).append(char)
    return "(?:" + "|".join(
        "(?=[" + "".join(_in_class(char) for char in sorted(chars)) + "])(?:" + "|".join(alternatives) + ")"
        for alternatives, chars in groups.items()) + ")"


def _slow_branches(parsed: _parser.SubPattern) -> int:
    """How many branches of the top alternation the engine cannot skip by their first character.

    ``re`` skips a branch that opens with a character or a class that the
    text does not have there; its parser has already taken a prefix shared
    by every branch out ("\\bmaximum|\\bmax" opens with ``\\b`` once, then
    characters).
    """
    items = list(parsed)
    while items and items[0][0] is _constants.AT:
        items = items[1:]
    if len(items) == 1 and items[0][0] is _constants.SUBPATTERN and not any(items[0][1][:3]):
        return _slow_branches(items[0][1][3])
    if len(items) != 1 or items[0][0] is not _constants.BRANCH:
        return 0
    return sum(1 for branch in items[0][1][1]
               if not branch or branch[0][0] not in (_constants.LITERAL, _constants.IN))


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` (or of the one non-capturing group that is all of it), as written."""
    while True:
        cuts = [index for index, char, depth in _syntax(pattern) if char == "|" and depth == 0]
        closing = next((index for index, char, depth in _syntax(pattern) if char == ")" and depth == 1), None)
        if not cuts and pattern.startswith("(?:") and closing == len(pattern) - 1:
            pattern = pattern[3:-1]
            continue
        ends = [*cuts, len(pattern)]
        return [pattern[start + (index > 0) : stop] for index, (start, stop) in enumerate(zip([0, *cuts], ends))]


def _syntax(pattern: str):
    """(index, character, group depth before it) of each ``(``, ``)`` and ``|`` outside classes and escapes."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]…]", "[^]…]": a bracket first in a class is one of its characters
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)
        elif char in "()|":
            yield index, char, depth
            depth += {"(": 1, ")": -1, "|": 0}[char]
        index += 1


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when any may (or none is needed)."""
    return _first_characters(_parser.parse(pattern, flags))


def _first_characters(parsed: _parser.SubPattern) -> frozenset[str] | None:
    if parsed.getwidth()[0] == 0:
        return None
    found, nullable = _firsts(list(parsed))
    return None if found is None or nullable else frozenset(found)


#: The classes a first character may be, kept whole in the guard (each is one test for the engine).
_CATEGORIES = {_constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_SPACE: r"\s"}


def _in_class(char: str) -> str:
    return char if char in _CATEGORIES.values() else re.escape(char)


def _firsts(items: list) -> tuple[set[str] | None, bool]:
    """(first characters, whether ``items`` can match nothing) of a parsed sequence; None: any character."""
    found: set[str] = set()
    for op, argument in items:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero width: the first character comes after
        if op is _constants.LITERAL:
            return found | {chr(argument)}, False
        if op is _constants.IN:
            chars = _class_characters(argument)
            return (None if chars is None else found | chars), False
        if op is _constants.SUBPATTERN:
            _group, added, removed, sub = argument
            if added or removed:
                return None, False  # inline flags ("(?i:…)"): not worth following
            branch_sets, nullable = _firsts(list(sub))
        elif op is _constants.BRANCH:
            results = [_firsts(list(branch)) for branch in argument[1]]
            if any(chars is None for chars, _ in results):
                return None, False
            branch_sets = set().union(*(chars for chars, _ in results))
            nullable = any(empty for _, empty in results)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            low, _high, sub = argument
            branch_sets, nullable = _firsts(list(sub))
            nullable = nullable or low == 0
        elif op is _constants.ATOMIC_GROUP:
            branch_sets, nullable = _firsts(list(argument))
        else:
            return None, False  # ".", "[^…]", a back reference: any character may begin
        if branch_sets is None:
            return None, False
        found |= branch_sets
        if not nullable:
            return found, False
    return found, True


def _class_characters(items: list) -> set[str] | None:
    """The characters of a parsed character class (``\\d``, ``\\s`` kept whole), or None when it is too wide.

    None for a negated class, a word-character class or a wide range.
    """
    chars: set[str] = set()
    for op, argument in items:
        if op is _constants.LITERAL:
            chars.add(chr(argument))
        elif op is _constants.RANGE and argument[1] - argument[0] < 256:
            chars.update(chr(code) for code in range(argument[0], argument[1] + 1))
        elif op is _constants.CATEGORY and argument in _CATEGORIES:
            chars.add(_CATEGORIES[argument])
        else:
            return None
    return chars


#: How many characters of a match's opening are worth knowing (``openings``), and how many openings at most.
_OPENING_LENGTH = 4
_MOST_OPENINGS = 512


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings such that every match of ``pattern`` begins with one of them, or None.

    Read from the parsed pattern (as written, before ``compiled`` rewrote
    it), up to ``_OPENING_LENGTH`` characters: a literal, a small class
    spelt out, every branch of an alternation, an optional part taken and
    skipped. Zero-width parts are passed over (``literals.Prefilter`` matches
    the pattern itself where an opening stands, so they are still checked
    there); a repetition, inline flags or a wide class end what is certain.
    None when a match may begin with anything, or when the pattern ignores
    case.
    """
    parsed = _parser.parse(WRITTEN.get(pattern, pattern.pattern), pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    finished, growing = _openings(list(parsed), {""})
    found = finished | growing
    return None if "" in found else frozenset(found)


def _openings(items: list, heads: set[str]) -> tuple[set[str], set[str]]:
    """(openings that are complete, openings the items after may still lengthen) of a parsed sequence."""
    finished: set[str] = set()
    for op, argument in items:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue
        if op is _constants.SUBPATTERN and not (argument[1] or argument[2]):
            done, heads = _openings(list(argument[3]), heads)
            finished |= done
        elif op is _constants.BRANCH:
            lengthened: set[str] = set()
            for branch in argument[1]:
                done, grown = _openings(list(branch), heads)
                finished |= done
                lengthened |= grown
            heads = lengthened
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            # With the part: what one repetition opens with (not what follows it); without it, what follows.
            done, grown = _openings(list(argument[2]), heads)
            if argument[0] > 0:
                return finished | done | grown, set()
            finished |= done | grown
        else:
            chars = ({chr(argument)} if op is _constants.LITERAL
                     else _class_characters(argument) if op is _constants.IN else None)
            if not chars or any(len(char) > 1 for char in chars) or len(chars) * len(heads) > _MOST_OPENINGS:
                return finished | heads, set()  # an optional part, any character, "\d", a wide class: stop
            heads = {head + char for head in heads for char in chars}
        if len(finished) + len(heads) > _MOST_OPENINGS:
            return finished | {head[:1] for head in heads}, set()
        long_enough = {head for head in heads if len(head) >= _OPENING_LENGTH}
        finished |= long_enough
        heads -= long_enough
        if not heads:
            break
    return finished, heads


def necessary_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of words such that every match of ``pattern`` holds a word of each set.

    A text that lacks every word of one set cannot match, so a long
    alternation need not be searched there (``Branches``): a test of a few
    dozen words with ``in`` costs a tenth of a search that tries every branch
    at every position. The sets are read from the parsed pattern, not kept
    by hand, so a branch added to the pattern is never skipped by a list
    that forgot its word. Words shorter than three characters ("à", "of")
    are in nearly every sentence and are left out; a part under inline flags
    gives no word, and a pattern that ignores case or requires nothing
    literal gives no set (it is always searched).
    """
    parsed = _parser.parse(WRITTEN.get(pattern, pattern.pattern), pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return ()  # "EUR" also matches "eur": a word tested with ``in`` would not
    needs = _needs(list(parsed))
    kept = {words for words in needs if min(map(len, words)) >= _SHORTEST_NEEDED}
    return tuple(sorted(kept, key=lambda words: (*_strength(words), sorted(words))))


def waking_words(known: tuple[str, ...], patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    """Words to add to ``known`` so that every text one of ``patterns`` can match holds a word of the whole.

    A reader that runs a costly parser only on sentences holding one of its
    trigger words (``normalise.eligibility``'s families, tested as substrings)
    silently loses every wording the triggers forget: "Applicants must not be
    over 30" was never read for an age, since no trigger was in it. Each
    pattern gives the ``necessary_words`` set that needs the fewest new words
    (the longest first: "over" rather than "not"); a pattern with no set cannot
    be gated, and is an error.
    """
    added: list[str] = []
    for pattern in patterns:
        needs = necessary_words(pattern)
        if not needs:
            raise ValueError(f"no word is needed by {pattern.pattern[:80]!r}: it cannot be gated by words")
        triggers = (*known, *added)
        added.extend(_not_woken(min(needs, key=lambda words: _waking_cost(words, triggers)), triggers))
    return tuple(sorted(added))


def _waking_cost(words: frozenset[str], triggers: tuple[str, ...]) -> tuple[int, int, int]:
    """Fewest new words first, then the longest ("over" rather than "not"), then the smallest set."""
    new = _not_woken(words, triggers)
    return len(new), -min(map(len, new), default=99), len(words)


def _not_woken(words: frozenset[str], triggers: tuple[str, ...]) -> list[str]:
    """The words of a needed set that hold none of the triggers (a trigger is found as a substring)."""
    return [word for word in sorted(words) if not any(trigger in word for trigger in triggers)]


def _has_a_word_of_each(needs: tuple[frozenset[str], ...], present: set[str]) -> bool:
    """Whether the words ``present`` in a text hold one of each set (a plain loop: ``all`` with a generator costs
    three times as much)."""
    for words in needs:
        if words.isdisjoint(present):
            return False
    return True


def word_automaton(words: list[str], value=lambda word: word) -> ahocorasick.Automaton:
    """An Aho–Corasick automaton of ``words`` (``pyahocorasick``): every occurrence of each, in one pass over a text.

    Each occurrence is reported as (index of its last character, ``value(word)``).
    """
    automaton = ahocorasick.Automaton()
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        automaton.add_word(word, value(word))
    automaton.make_automaton()
    return automaton


class Branches:
    """A long alternation searched one branch at a time, each only where its ``necessary_words`` are.

    The residence patterns of ``normalise.eligibility`` (some twenty branches,
    4,000 characters) are asked of every sentence that names Wallonia or
    Brussels, and the age pattern (sixty-five branches, 10,000 characters) of
    every sentence with a number: most such sentences hold the words of few
    branches, and the engine no longer tries every branch at every position.

    A branch matches in the text exactly when it matches as part of the whole
    alternation, so ``matches`` says what ``bool(search)`` of the pattern
    would; ``search`` returns the match the pattern's own search returns: the
    leftmost, and at one position the first branch as written.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern  # as written, for the tests that compare the two
        self.branches = tuple(compiled(branch) for branch in _top_level_branches(pattern))
        self._needs = tuple((branch, necessary_words(branch)) for branch in self.branches)
        # Which needed words a text holds, found in one pass (``word in text`` for each, in C).
        words = sorted({word for _, needs in self._needs for words in needs for word in words})
        self._words = word_automaton(words) if words else None

    def _present(self, text: str) -> set[str]:
        return {word for _, word in self._words.iter(text)} if self._words is not None else set()

    def matches(self, text: str) -> bool:
        present = self._present(text)
        for branch, needs in self._needs:
            if _has_a_word_of_each(needs, present) and branch.search(text):
                return True
        return False

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = None
        present = self._present(text)
        for branch, needs in self._needs:
            if _has_a_word_of_each(needs, present):
                match = branch.search(text, pos)
                if match and (found is None or match.start() < found.start()):
                    found = match
        return found


_SHORTEST_NEEDED = 3
#: How many unions of the branches' sets an alternation gives (see ``_needs``).
_RANKS_JOINED = 2
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _needs(items: list) -> list[frozenset[str]]:
    """The word sets a parsed sequence requires, all of them (see ``necessary_words``)."""
    needs: list[frozenset[str]] = []
    run: list[str] = []  # consecutive literal characters: one word
    for op, argument in items:
        if op is _constants.LITERAL:
            run.append(chr(argument))
            continue
        before = "".join(run)
        if run:
            needs.append(frozenset({before}))
            run = []
        if op is _constants.SUBPATTERN:
            _group, added, removed, sub = argument
            if not (added or removed):
                needs += _needs(list(sub))
        elif op in _REPEATS:
            low, _high, sub = argument
            if low >= 1:
                needs += _needs(list(sub))
        elif op is _constants.ASSERT:  # a lookahead or lookbehind reads the text too
            needs += _needs(list(argument[1]))
        elif op is _constants.ATOMIC_GROUP:
            needs += _needs(list(argument))
        elif op is _constants.BRANCH:
            # Some branch matches, with all its sets: a set made of one set of each branch holds too. Two
            # such unions, of each branch's most telling set and of its next one, keep "résidant … en Wallonie"
            # needing both a residence word and a place.
            ranked = [sorted(_needs(list(branch)), key=_strength) for branch in argument[1]]
            if all(ranked):
                for rank in range(_RANKS_JOINED):
                    needs.append(frozenset().union(*(sets[min(rank, len(sets) - 1)] for sets in ranked)))
            if before:
                # The parser takes a prefix shared by every branch out ("wo(?:nen|hnt)"): the words are whole again.
                needs.append(frozenset(before + _leading_literal(list(branch)) for branch in argument[1]))
    if run:
        needs.append(frozenset({"".join(run)}))
    return needs


def _strength(words: frozenset[str]) -> tuple[int, int]:
    """Sorts the more telling set first: longer shortest word, then fewer words."""
    return -min(map(len, words)), len(words)


def _leading_literal(items: list) -> str:
    """The literal characters a parsed sequence opens with ("" when it opens otherwise)."""
    chars = []
    for op, argument in items:
        if op is not _constants.LITERAL:
            break
        chars.append(chr(argument))
    return "".join(chars)
