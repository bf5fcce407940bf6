"""Train the opportunity model (``normalise.opportunity_model``) on the ``train`` split.

Usage (scikit-learn is a development dependency: ``pip install -e '.[train]'``)::

    python -m normalise.training            # writes normalise/data/opportunity_model.json
    python -m normalise.training --check    # trains and prints held-out accuracy, writes nothing

Only ``tests/corpus/train`` and the hand-written labelled set are read; the
``test`` split is scored, never trained on (the file lists the pages it was
trained from, and a test checks that none of them is a ``test`` page).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from normalise.opportunity_model import MODEL_PATH, features
from normalise.record import facts_record
from normalise.scoring import Case, load_cases

ROOT = Path(__file__).resolve().parents[1]
TRAIN = (ROOT / "tests" / "corpus" / "train", ROOT / "tests" / "labelled")
TEST = ROOT / "tests" / "corpus" / "test"
#: Collection rounds whose labels do not train the model yet (the round letter of their ids: ``fr-l-…``).
#: Round twelve was labelled in a few minutes a helper; with its train pages added, the model is right less
#: often on the earlier rounds' train pages in 5-fold cross-validation over them (0.884 → 0.876). A review of
#: its is_opportunity labels against the contract changed 7 of 272 (press relays of an open call are
#: opportunities) and left the loss at 0.884 → 0.880, so it stays out. Its pages are still read (train) and
#: scored (test).
#: Round thirteen (careful labellers, no review) is kept out on the same test: with its 185 train pages the
#: earlier rounds' cross-validated accuracy falls 0.880 → 0.875 (three shuffles: 0.881/0.878/0.872 without,
#: 0.875/0.876/0.870 with); its labellers split press relays and guides otherwise than the model learnt.
#: Rounds fourteen and fifteen pass the same test (fourteen: 0.882/0.878/0.871 without, 0.883/0.879/0.875 with;
#: fifteen: 0.866/0.865/0.873 without, 0.867/0.867/0.874 with) and train the model.
UNREVIEWED_ROUNDS = ("l", "m", "n")
#: Inverse regularisation strength, chosen by 5-fold cross-validation on ``train`` (0.1 to 3 tried).
C = 1.0
#: Weights smaller than this are dropped: they change no verdict and would only make the file large.
_SMALLEST_WEIGHT = 0.005


def training_cases() -> list[Case]:
    """The pages the model learns from: ``train`` and the labelled set, less the unreviewed rounds."""
    return [case for folder in TRAIN for case in load_cases(folder)
            if case.name.split("-")[1] not in UNREVIEWED_ROUNDS]


def case_features(case: Case) -> dict[str, float]:
    record, classification, body = facts_record(case.text, title=case.title, url=case.url,
                                                reference_date=case.reference_date, kind_hint=case.kind_hint)
    return features(case.title, body, classification, record)


def train(cases: list[Case]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([case_features(case) for case in cases])
    # Words seen on fewer than three pages are noise at this corpus size.
    counts = (matrix > 0).sum(axis=0).A1
    keep = [i for i, name in enumerate(vectoriser.feature_names_) if not name.startswith("word:") or counts[i] >= 3]
    matrix = matrix[:, keep]
    names = [vectoriser.feature_names_[i] for i in keep]
    labels = [bool(case.expected["is_opportunity"]) for case in cases]
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, labels)
    weights = {name: round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) >= _SMALLEST_WEIGHT}
    return {"intercept": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items())),
            "trained_on": sorted(case.name for case in cases), "C": C}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m normalise.training", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="print held-out accuracy, do not write the model")
    args = parser.parse_args(argv)
    cases = training_cases()
    model = train(cases)
    if args.check:
        import math

        held_out = load_cases(TEST)
        right = 0
        for case in held_out:
            values = case_features(case)
            score = model["intercept"] + sum(model["weights"].get(k, 0) * v for k, v in values.items())
            right += (1 / (1 + math.exp(-score)) >= 0.5) == bool(case.expected["is_opportunity"])
        print(f"held-out accuracy: {right}/{len(held_out)} = {right / len(held_out):.3f}")
        return 0
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(model['weights'])} weights from {len(cases)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
