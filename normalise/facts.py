"""What every extracted value carries besides itself: where it was read and what decided.

CONTRACT.md asks for the evidence sentence of each value; a student checks it,
and so do we. ``Fact`` adds the sentence's character span in the page body
(so a page can highlight it) and the cue that decided (the words that made a
date a deadline, the amount as written). Every fact family (``Deadline``,
``Stipend``, ``Duration``, ``OtherDate``) extends it; the record serialises
them to the contract's shape at the edge (``normalise.record``), the extra
keys being new fields the contract allows.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import TypeVar

from normalise.text import Sentence


@dataclass(frozen=True, kw_only=True)
class Fact:
    """The span of a value's evidence sentence in the page body, and the cue that decided it."""

    # Not compared: two facts are the same when their values and evidence are.
    span: tuple[int, int] | None = field(default=None, compare=False)
    cue: str | None = field(default=None, compare=False)


F = TypeVar("F", bound=Fact)


def located(fact: F, sentence: Sentence) -> F:
    """``fact`` with the span of the sentence it was read from."""
    return replace(fact, span=(sentence.start, sentence.end))


def serialised(fact: Fact) -> dict:
    """A fact as a CONTRACT.md object: its own fields first, then ``span`` and ``cue``."""
    # Every field is a scalar (the span a tuple): a shallow copy is what ``asdict``'s deep one would give,
    # at a fraction of its cost on every fact of every page.
    values = {name: getattr(fact, name) for name in _field_names(type(fact)) if name not in ("span", "cue")}
    values["span"] = fact.span
    values["cue"] = fact.cue
    return values


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(kind))
