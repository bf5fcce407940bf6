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
from functools import lru_cache

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


@lru_cache(maxsize=256)
def query_terms(text: str | None) -> tuple[tuple[str, bool], ...]:
    """The searchable words of ``text``: (folded stem, searched as a prefix), each once, in order.

    A number is exact (a year, an amount); any other word is its light stem, searched as a prefix.
    Cached: ``student_order`` asks for the same search's words once per result row.
    """
    terms = []
    for word in _WORD.findall(fold(text or "")):
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        term = (word, False) if word.isdigit() else (french_stem(word), True)
        if term not in terms:
            terms.append(term)
    return tuple(terms)


def fts_query(text: str | None) -> str:
    """The FTS5 query for ``text``: every word's stem as a quoted prefix, all required.

    >>> fts_query("Réseaux sociaux à l'UNESCO")
    '"reseau"* "socia"* "unesco"*'
    >>> fts_query("stage 2025")
    '"stag"* "2025"'

    Text with no searchable word gives ``'""'``, which matches nothing.
    """
    return " ".join(f'"{stem}"*' if prefix else f'"{stem}"' for stem, prefix in query_terms(text)) or '""'


def title_matches(title: str | None, text: str | None) -> bool:
    """Whether every searchable word of ``text`` is in ``title``, as the full-text index would match it.

    >>> title_matches("Offre de stage au Bureau de liaison de la FAO", "stages FAO")
    True
    >>> title_matches("Décret relatif aux stages", "UNESCO")
    False
    """
    terms = query_terms(text)
    words = _WORD.findall(fold(title or ""))
    return bool(terms) and all(
        any(word.startswith(stem) if prefix else word == stem for word in words) for stem, prefix in terms
    )


#: What a student can still act on comes first: open, then rolling (continuous or recurring), then
#: unknown (no date read), then closed and withdrawn.
STATUS_ORDER = {"open": 0, "rolling": 1, "unknown": 2, "closed": 3, "withdrawn": 4}
#: SQL of the same order, for queries that sort many rows without calling Python per row.
STATUS_ORDER_SQL = "case {column} " + " ".join(
    f"when '{status}' then {rank}" for status, rank in STATUS_ORDER.items()) + f" else {len(STATUS_ORDER)} end"


def student_order(status: str | None, kind: str | None, title: str | None, text: str | None) -> int:
    """Where a search result ranks for a student, before relevance (lower first).

    The programmes first and the legal schemes that fund them after (a decree names "stage" and
    every organisation in its articles, and a student applies to the programme, not to the decree);
    within each, by status (``STATUS_ORDER``: closed ones last), and titles that match the search
    before pages that only mention it.

    >>> student_order("open", "internship", "Offre de stage à la FAO", "stage")
    0
    >>> student_order("closed", "internship", "Offres de stage à l'UNESCO", "UNESCO") < student_order(
    ...     "rolling", "legal_scheme", "Décret relatif aux stages", "UNESCO")
    True
    """
    rank = 2 * len(STATUS_ORDER) + 2 if kind == "legal_scheme" else 0
    rank += STATUS_ORDER.get(status or "", len(STATUS_ORDER)) * 2
    return rank + (0 if title_matches(title, text) else 1)


def register_sql_functions(conn) -> None:
    """``french_fts_query(text)`` and ``student_order(status, kind, title, text)`` on an SQLite connection."""
    conn.create_function("french_fts_query", 1, fts_query, deterministic=True)
    conn.create_function("student_order", 4, student_order, deterministic=True)
