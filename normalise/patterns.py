"""Regexes built from word lists, shared by the normalisers.

A flat alternation ("master|maîtrise|…") makes the regex engine try every
word at every position of every page; a prefix tree ("ma(?:ster|îtrise)")
lets it give up after one character. Every cue list of the normalisers
goes through here.
"""
from __future__ import annotations

import re
from re import _constants, _parser  # the standard parser: which characters can begin a match


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


_LONGEST_GUARDED = 3000
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
    space stays a class: ``(?=[\\d€$])``). A pattern that may begin with almost
    any character (``\\w``, ``.``, ``[^…]``) or match the empty string is
    compiled as it is, and so is a pattern of more than
    ``_LONGEST_GUARDED`` characters (number words of four languages): parsing
    it twice would cost more at import than the guard saves.
    """
    firsts = (first_characters(pattern, flags)
              if len(pattern) <= _LONGEST_GUARDED and not _GLOBAL_FLAGS.match(pattern) else None)
    if firsts:
        # A verbose pattern may end in a comment: the group closes on a line of its own.
        close = "\n)" if flags & re.VERBOSE else ")"
        pattern = "(?=[" + "".join(_in_class(char) for char in sorted(firsts)) + "])(?:" + pattern + close
    return re.compile(pattern, flags)


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when any may (or none is needed)."""
    parsed = _parser.parse(pattern, flags)
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
