"""What a student types in the search box, made into an SQLite FTS5 query.

SQLite has no French stemmer, and the catalogue's index tokenizer
(``unicode61 remove_diacritics 2``) only folds case and accents. So the query
side does the rest: each word is folded the same way, its French plural and
feminine endings are cut ("réseaux" → ``reseau``, "étudiantes" → ``etudiant``,
"internationaux" → ``internationa``) and it is searched as a prefix, so one
stem finds every form ("stages", "stagiaire"…). Each word is quoted: no
character a student types can break the query syntax.
"""
from __future__ import annotations

import re
import unicodedata

#: Words too common to narrow a search (and "a*" would match nearly everything).
STOPWORDS = frozenset(
    "a au aux avec ce ces d dans de des du en et il j l la le les leur m n ne ou par pas pour qu que qui "
    "s sa se ses son sur t un une vos votre the of and to in for at on".split()
)
MIN_STEM = 3
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without accents, as the index tokenizer sees text."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def french_stem(word: str) -> str:
    """A light stem: plural and feminine endings cut, never below three letters."""
    for ending, replacement in (("eaux", "eau"), ("aux", "a"), ("s", ""), ("x", "")):
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= MIN_STEM:
            word = word[: len(word) - len(ending)] + replacement
            break
    if word.endswith("e") and len(word) - 1 >= MIN_STEM and not word.endswith("ee"):
        word = word[:-1]
    elif word.endswith("ee") and len(word) - 2 >= MIN_STEM:
        word = word[:-2]
    return word


def fts_query(text: str | None) -> str:
    """The FTS5 query for ``text``: every word's stem as a quoted prefix, all required.

    >>> fts_query("Réseaux sociaux à l'UNESCO")
    '"reseau"* "socia"* "unesco"*'
    >>> fts_query("stage 2025")
    '"stag"* "2025"'

    Text with no searchable word gives ``'""'``, which matches nothing.
    """
    terms = []
    for word in _WORD.findall(fold(text or "")):
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        if word.isdigit():
            terms.append(f'"{word}"')  # a year or an amount is exact
        else:
            terms.append(f'"{french_stem(word)}"*')
    return " ".join(dict.fromkeys(terms)) or '""'
