"""Is a page an opportunity? A small linear model over the rules' cues and the page's words.

The cue rules of ``normalise.classify`` fit the pages they were written
from: on the held-out real pages of ``tests/corpus/test`` they are right
for 74 % of pages, and each round of new cues moved that little. A logistic
regression trained on ``tests/corpus/train`` (and the labelled set) weighs
the same cue counts together with what the extractors found (a deadline, a
stipend, a length, an eligibility condition) and the page's own words; it
is right for 87 % of the held-out pages (docs/extraction.md, scorecard).

It stays explainable: ``predict`` returns the features that pushed the
verdict most, and the record keeps them as the reason. The weights are a
small JSON file beside this module (``data/opportunity_model.json``), made
by ``python -m normalise.training`` (scikit-learn, a development
dependency); reading them needs nothing but the standard library.
"""
from __future__ import annotations

import heapq
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalise.classify import Classification, _fold

MODEL_PATH = Path(__file__).with_name("data") / "opportunity_model.json"
_WORD = re.compile(r"[a-z]{3,}")
#: Counts are capped: the tenth "deadline" says no more than the fifth.
_CAP = 5


def features(title: str | None, text: str, classification: Classification, record: dict) -> dict[str, float]:
    """The model's inputs for one page: cue weights, facts found, and the words present (once each)."""
    found = signals(classification, record)
    for word in page_words(title, text):
        found[f"word:{word}"] = 1.0
    return found


def signals(classification: Classification, record: dict) -> dict[str, float]:
    """The inputs other than words: the rules' cue weights and verdict, and which facts the page states."""
    eligibility = record.get("eligibility") or {}
    return {
        "cue:request": min(classification.request, _CAP),
        "cue:offer": min(classification.offer, _CAP),
        "cue:event": min(classification.event, _CAP),
        "cue:news": min(classification.news, _CAP),
        "rules:opportunity": float(classification.is_opportunity),
        "fact:deadline": float(bool(record.get("deadlines"))),
        "fact:stipend": float(bool(record.get("stipends"))),
        "fact:duration": float(record.get("duration") is not None),
        "fact:eligibility": float(bool(eligibility.get("age_max") or eligibility.get("levels")
                                       or eligibility.get("requires_fwb"))),
    }


def page_words(title: str | None, text: str) -> set[str]:
    """The words of the title and the body, folded; the body's folding is the classifier's, cached."""
    return set(_WORD.findall(_fold(title or ""))) | set(_WORD.findall(_fold(text)))


@dataclass(frozen=True)
class Verdict:
    """The model's probability that the page is an opportunity, and the features that weighed most."""

    probability: float
    cues: tuple[str, ...]

    @property
    def is_opportunity(self) -> bool:
        return self.probability >= 0.5


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, float], float, dict[str, float], frozenset[str]]:
    """The weights, the intercept, the word weights by bare word (a page's words are looked up, not listed), and
    those words as a set (a page's words meet it by the smaller side)."""
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    weights = model["weights"]
    by_word = {name[len("word:"):]: weight for name, weight in weights.items() if name.startswith("word:")}
    return weights, model["intercept"], by_word, frozenset(by_word)


def predict(title: str | None, text: str, classification: Classification, record: dict) -> Verdict:
    """The model's verdict on one page, with the three features that pushed it most towards it.

    The same sum as over ``features``: the page's words (value 1) are looked up in the word weights
    instead of each becoming a named feature first.
    """
    weights, intercept, by_word, vocabulary = _weights()
    contributions = [(value * weights[name], name) for name, value in signals(classification, record).items()
                     if name in weights and value]
    words = [(by_word[word], word) for word in page_words(title, text) & vocabulary]
    score = intercept + sum(weight for weight, _ in contributions) + sum(weight for weight, _ in words)
    probability = 1 / (1 + math.exp(-score))
    # The three that pushed most, as sorting them all would give them (a long page matches a thousand words);
    # a word is named "word:…" only if it is among them ((weight, word) orders words as (weight, "word:" + word)).
    pick = heapq.nlargest if score >= 0 else heapq.nsmallest
    contributions += [(weight, f"word:{word}") for weight, word in pick(3, words)]
    return Verdict(round(probability, 3), tuple(name for _, name in pick(3, contributions)))
