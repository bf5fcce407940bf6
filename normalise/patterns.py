"""Regexes built from word lists, shared by the normalisers.

A flat alternation ("master|maîtrise|…") makes the regex engine try every
word at every position of every page; a prefix tree ("ma(?:ster|îtrise)")
lets it give up after one character. Every cue list of the normalisers
goes through here.
"""
from __future__ import annotations

import re


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
