"""What a student types in the search box, made into an SQLite FTS5 query, in French, Dutch or English.

SQLite has no French stemmer, and the catalogue's index tokenizer
(``unicode61 remove_diacritics 2``) only folds case and accents. So the query
side does the rest: each word is folded the same way, its French plural and
feminine endings are cut ("réseaux" → ``reseau``, "étudiantes" → ``etudiant``,
"internationaux" → ``internationa``) and it is searched as a prefix, so one
stem finds every form ("stages", "stagiaire"…). Each word is quoted: no
character a student types can break the query syntax.

Pages are mostly French while readers write in three languages, so a word
of ``EQUIVALENTS`` also finds its equivalents ("internship" finds "stage",
"Letland" finds "Lettonie", "beurs" finds "bourse"). The pages the crawler
read in another language (``translations`` with their ``pages`` text) are
matched by ``text_matches``, the same test in Python: they have no index.
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
#: Words of the catalogue's domain in French, Dutch and English that name the same thing. A query word
#: whose stem is the stem of one of a group's words is searched as any of them. Words that already
#: share a stem across the languages ("master", "UNESCO", "doctorat"/"doctoraat") need no entry.
EQUIVALENTS = (
    ("stage", "stagiaire", "stagiair", "internship", "traineeship"),
    ("bourse", "beurs", "beurzen", "studiebeurs", "scholarship", "grant"),
    ("appel", "oproep", "oproepen", "call"),
    ("concours", "wedstrijd", "wedstrijden", "competition", "contest"),
    ("Lettonie", "letton", "Letland", "Latvia", "Latvian"),
    ("Bruxelles", "Brussel", "Brussels"),
    ("Paris", "Parijs"),
    ("Genève", "Geneva", "Genf"),
    ("recherche", "onderzoek", "research"),
    ("étudiant", "student", "studenten"),
    ("formation", "opleiding", "opleidingen", "training"),
    ("emploi", "baan", "vacature", "job"),
)
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


def _stem_groups() -> dict[str, tuple[str, ...]]:
    groups = {}
    for words in EQUIVALENTS:
        stems = tuple(dict.fromkeys(french_stem(fold(word)) for word in words))
        groups.update((stem, stems) for stem in stems)
    return groups


def equivalent_stems(stem: str) -> tuple[str, ...]:
    """The stem and, when it is a word of ``EQUIVALENTS``, the stems of the same word in the other languages."""
    return tuple(dict.fromkeys([stem, *_STEM_GROUPS.get(stem, ())]))


@lru_cache(maxsize=1024)
def query_terms(text: str | None) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """The words of a query, each as its alternatives ``(stem, is_prefix)``, each once, in order; every word is required.

    A number is exact (a year, an amount); any other word is its light stem and the stems of its
    equivalents, searched as prefixes. Cached: ``student_order`` asks for the same search's words
    once per result row.
    """
    terms = []
    for word in _WORD.findall(fold(text or "")):
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        if word.isdigit():
            terms.append(((word, False),))  # a year or an amount is exact
        else:
            terms.append(tuple((stem, True) for stem in equivalent_stems(french_stem(word))))
    return tuple(dict.fromkeys(terms))


_STEM_GROUPS = _stem_groups()


def fts_query(text: str | None) -> str:
    """The FTS5 query for ``text``: every word's stem (or its equivalents) as a quoted prefix, all required.

    >>> fts_query("Réseaux sociaux à l'UNESCO")
    '"reseau"* "socia"* "unesco"*'
    >>> fts_query("internships 2025")
    '("internship"* OR "stag"* OR "stagiair"* OR "traineeship"*) AND "2025"'

    Text with no searchable word gives ``'""'``, which matches nothing.
    """
    parts = []
    for alternatives in query_terms(text):
        quoted = [f'"{stem}"*' if prefix else f'"{stem}"' for stem, prefix in alternatives]
        parts.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
    # FTS5 joins bare phrases by an implicit AND, but a parenthesised group needs the word.
    return " AND ".join(parts) if any(part.startswith("(") for part in parts) else " ".join(parts) or '""'


def _holds_terms(words, terms) -> bool:
    return all(any(w == stem or (prefix and w.startswith(stem)) for stem, prefix in alternatives for w in words)
               for alternatives in terms)


def text_matches(text: str | None, query: str | None) -> int:
    """1 when ``text`` holds every word of ``query`` as ``fts_query`` would find it (for unindexed page texts)."""
    terms = query_terms(query)
    if not terms or not text:
        return 0
    return int(_holds_terms(set(_WORD.findall(fold(text))), terms))


def title_matches(title: str | None, text: str | None) -> bool:
    """Whether every searchable word of ``text`` (or one of its equivalents) is in ``title``, as the index would match it.

    >>> title_matches("Offre de stage au Bureau de liaison de la FAO", "stages FAO")
    True
    >>> title_matches("Offre de stage au Bureau de liaison de la FAO", "internship")
    True
    >>> title_matches("Décret relatif aux stages", "UNESCO")
    False
    """
    terms = query_terms(text)
    return bool(terms) and _holds_terms(set(_WORD.findall(fold(title or ""))), terms)


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
    (in any of the three languages) before pages that only mention it.

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
    """``french_fts_query(text)``, ``text_matches(text, query)`` and ``student_order(status, kind, title, text)``."""
    conn.create_function("french_fts_query", 1, fts_query, deterministic=True)
    conn.create_function("text_matches", 2, text_matches, deterministic=True)
    conn.create_function("student_order", 4, student_order, deterministic=True)
