"""Score an extractor against the labelled set (tests/labelled/*.json).

Each labelled case names an input text, the reference date a reader would
have had, and the values a careful human reads from the text (CONTRACT.md
conventions). A case is correct for a field when the extracted value equals
the expected one exactly; lists are compared as sets (deadlines) or
multisets (stipends). Where the truth is "nothing" (a news page), extracting
nothing is correct.

Scored as the hidden evaluation scores it: ``is_opportunity`` and ``kind``
on every page, the facts (deadlines, stipends, duration, eligibility) on
the pages whose truth is an opportunity; deadline dates and stipends
(amount + period, ``once`` and ``project`` alike) as micro-averaged F1 over
the items of all pages, the other fields as accuracy.

Two tolerances, both documented in docs/extraction.md:

* durations in weeks are months with decimals (2 weeks = 0.46 month), so
  ``min_months``/``max_months`` agree within 0.1 month;
* ``requires_fwb`` "not stated" and ``false`` are the same answer.

Usage::

    python -m normalise.scoring tests/labelled            # markdown table
    python -m normalise.scoring tests/labelled --failures # and what failed
    python -m normalise.scoring tests/corpus/test         # the held-out real pages (never --failures)
    python -m normalise.scoring tests/corpus/test --naive # the naive baseline on them
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: The held-out split's figures, as the site shows them to students (``--write``; a test keeps it true).
SCORECARD_PATH = Path(__file__).with_name("data") / "scorecard.json"

#: Fields that must reach the target score; the others are reported only.
GATED_FIELDS = (
    "is_opportunity", "deadlines", "stipends", "duration", "age_max", "requires_fwb", "graduated_within_years",
)
REPORTED_FIELDS = ("kind", "levels", "languages")
FIELDS = GATED_FIELDS + REPORTED_FIELDS
#: Fields scored on every page; the others only where the truth is an opportunity.
PAGE_FIELDS = ("is_opportunity", "kind")
#: Fields scored as F1 over their items rather than page by page.
F1_FIELDS = ("deadlines", "stipends")
TARGET = 0.95
_DURATION_TOLERANCE_MONTHS = 0.1


@dataclass(frozen=True)
class Case:
    """One labelled page: its text, what the reader knew, and the truth."""

    name: str
    text: str
    reference_date: date
    expected: dict
    title: str | None = None
    url: str | None = None
    kind_hint: str | None = None
    language: str | None = None


def strip_front_matter(text: str) -> str:
    """Drop a leading ``---``-delimited metadata block (the saved decree)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :].lstrip("\n")
    return text


def load_cases(directory: str | Path) -> list[Case]:
    """Every ``*.json`` case in ``directory`` (and its sub-folders), sorted by name."""
    directory = Path(directory)
    cases = []
    for path in sorted(directory.rglob("*.json"), key=lambda p: p.stem):
        directory = path.parent
        data = json.loads(path.read_text(encoding="utf-8"))
        text = strip_front_matter((directory / data["input"]).read_text(encoding="utf-8"))
        cases.append(
            Case(
                name=path.stem,
                text=text,
                reference_date=date.fromisoformat(data["reference_date"]),
                expected=data["expected"],
                title=data.get("title"),
                url=data.get("url"),
                kind_hint=data.get("kind_hint"),
                language=data.get("language"),
            )
        )
    return cases


def extract_naively(case: Case) -> dict:
    """The naive baseline (``normalise.baseline``) applied to one case."""
    from normalise.baseline import naive_record

    return naive_record(case.text, reference_date=case.reference_date)


def extract_with_record(case: Case) -> dict:
    """The project's extractor (normalise.record) applied to one case."""
    from normalise.record import extract_record

    return extract_record(
        case.text, title=case.title, url=case.url, reference_date=case.reference_date, kind_hint=case.kind_hint
    )


# --- field comparisons: (expected value, extracted record) -> correct?


def _deadlines_match(expected: list[dict], record: dict) -> bool:
    got = record.get("deadlines") or []
    got_dates = {d.get("date") for d in got if d.get("date")}
    if got_dates != {d["date"] for d in expected if d.get("date")}:
        return False
    for wanted in expected:
        same_day = [d for d in got if wanted.get("date") and d.get("date") == wanted["date"]]
        if wanted.get("time") and not any(d.get("time") == wanted["time"] for d in same_day):
            return False
        # A date inferred from a yearly rule must keep the rule's words.
        if wanted.get("rule") and same_day and not any(d.get("rule") for d in same_day):
            return False
    expects_rule = any(not d.get("date") for d in expected)
    has_rule = any(not d.get("date") and d.get("rule") for d in got)
    return expects_rule == has_rule


def _stipend_bag(items: Iterable[dict]) -> Counter:
    """Stipends as (amount, period); CONTRACT.md: a scorer treats ``once`` and ``project`` alike."""
    return Counter(
        (round(float(s["amount"]), 2), "once" if s.get("period") == "project" else s.get("period"))
        for s in items
        if s.get("amount") is not None
    )


def _deadline_bag(items: Iterable[dict]) -> Counter:
    """Deadline dates, and one item for "a rule with no date" when there is one."""
    bag = Counter({d["date"]: 1 for d in items if d.get("date")})
    if any(not d.get("date") and d.get("rule") for d in items):
        bag["rule"] = 1
    return bag


def item_counts(field: str, expected: dict, record: dict) -> tuple[int, int, int]:
    """(items right, items expected, items extracted) of an F1 field on one page."""
    bag = _deadline_bag if field == "deadlines" else _stipend_bag
    want, got = bag(expected.get(field) or []), bag(record.get(field) or [])
    return sum((want & got).values()), sum(want.values()), sum(got.values())


def _stipends_match(expected: list[dict], record: dict) -> bool:
    return _stipend_bag(expected) == _stipend_bag(record.get("stipends") or [])


def _months_equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= _DURATION_TOLERANCE_MONTHS


def _duration_matches(expected: dict | None, record: dict) -> bool:
    got = record.get("duration")
    if not expected or not got:
        return not expected and not got
    return _months_equal(expected.get("min_months"), got.get("min_months")) and _months_equal(
        expected.get("max_months"), got.get("max_months")
    )


def _eligibility(record: dict, key: str):
    return (record.get("eligibility") or {}).get(key)


def field_correct(field: str, expected: dict, record: dict) -> bool:
    """Whether ``record`` has the expected value for ``field``."""
    want = expected.get(field)
    if field == "deadlines":
        return _deadlines_match(want or [], record)
    if field == "stipends":
        return _stipends_match(want or [], record)
    if field == "duration":
        return _duration_matches(want, record)
    if field in ("is_opportunity", "kind"):
        return record.get(field) == want
    if field == "requires_fwb":
        return bool(_eligibility(record, field)) == bool(want)
    if field in ("levels", "languages"):
        return set(_eligibility(record, field) or []) == set(want or [])
    return _eligibility(record, field) == want


def compare(case: Case, record: dict) -> dict[str, bool]:
    """Field by field, whether the extraction of one case is correct.

    The facts of a page that is not an opportunity are not scored: its dates
    are event dates and its amounts budgets, and no student reads them.
    """
    fields = FIELDS if case.expected.get("is_opportunity") else PAGE_FIELDS
    return {field: field_correct(field, case.expected, record) for field in fields if field in case.expected}


def score(cases: Iterable[Case], extract: Callable[[Case], dict]) -> dict[str, tuple[int, int, float]]:
    """Per field: (correct cases, cases, ratio)."""
    return summarise(evaluate(cases, extract))


def evaluate(cases: Iterable[Case], extract: Callable[[Case], dict]) -> list[tuple[Case, dict, dict[str, bool]]]:
    """Each case with its extracted record and its field-by-field verdicts."""
    results = []
    for case in cases:
        record = extract(case)
        results.append((case, record, compare(case, record)))
    return results


def stated_scores(results: list[tuple[Case, dict, dict[str, bool]]]) -> dict[str, tuple[int, int]]:
    """Per page field: (right, pages) over the pages whose truth states a value.

    Most pages state no age limit: "nothing" right on them says little. This
    column shows how often a stated value is found.
    """
    return _page_field_scores(results, lambda case, record, field: case.expected.get(field) not in (None, [], False))


def shown_scores(results: list[tuple[Case, dict, dict[str, bool]]]) -> dict[str, tuple[int, int]]:
    """Per page field: (right, pages) over the pages where the record shows a value.

    What a student reading a duration or an age limit on an entry wants to know is how often a value
    shown is right; "nothing" right on the pages that state nothing is not part of it.
    """
    return _page_field_scores(results, lambda case, record, field: _shown(record, field))


def _shown(record: dict, field: str) -> bool:
    value = record.get(field) if field == "duration" else _eligibility(record, field)
    return value not in (None, [], False)


def _page_field_scores(results: list[tuple[Case, dict, dict[str, bool]]],
                       counted: Callable[[Case, dict, str], bool]) -> dict[str, tuple[int, int]]:
    """Per page field: (right, pages) over the pages ``counted`` keeps."""
    table: dict[str, tuple[int, int]] = {}
    for field in FIELDS:
        if field in F1_FIELDS or field in PAGE_FIELDS:
            continue
        verdicts = [v[field] for case, record, v in results if field in v and counted(case, record, field)]
        if verdicts:
            table[field] = (sum(verdicts), len(verdicts))
    return table


def summarise(results: list[tuple[Case, dict, dict[str, bool]]]) -> dict[str, tuple[int, int, float]]:
    """Per field: (pages right, pages scored, score); the score of an F1 field is its micro F1."""
    table: dict[str, tuple[int, int, float]] = {}
    for field in FIELDS:
        verdicts = [v[field] for _, _, v in results if field in v]
        if not verdicts:
            continue
        correct = sum(verdicts)
        ratio = correct / len(verdicts)
        if field in F1_FIELDS:
            counts = [item_counts(field, case.expected, record) for case, record, v in results if field in v]
            right, wanted, extracted = (sum(column) for column in zip(*counts))
            ratio = 1.0 if wanted + extracted == 0 else 2 * right / (wanted + extracted)
        table[field] = (correct, len(verdicts), ratio)
    return table


def markdown_table(table: dict[str, tuple[int, int, float]]) -> str:
    lines = ["| field | pages right/scored | score |", "|---|---|---|"]
    for field, (correct, total, ratio) in table.items():
        label = field if field in GATED_FIELDS else f"{field} (not gated)"
        label += " (F1)" if field in F1_FIELDS else ""
        lines.append(f"| {label} | {correct}/{total} | {ratio:.2f} |")
    return "\n".join(lines)


def _describe(field: str, case: Case, record: dict) -> str:
    if field in ("deadlines", "stipends", "duration", "is_opportunity", "kind"):
        got = record.get(field)
        if field == "deadlines":
            got = [{k: d.get(k) for k in ("date", "time", "rule")} for d in got or []]
        if field == "stipends":
            got = [{k: s.get(k) for k in ("amount", "period")} for s in got or []]
        if field == "duration" and got:
            got = {k: got.get(k) for k in ("min_months", "max_months")}
    else:
        got = _eligibility(record, field)
    return f"expected {json.dumps(case.expected.get(field), ensure_ascii=False)}, got {json.dumps(got, ensure_ascii=False)}"


def scorecard(cases: list[Case]) -> dict:
    """The figures of the extractor and of the naive baseline on ``cases``, as the accuracy page shows them."""
    from normalise.record import EXTRACTOR_VERSION

    def figures(extract: Callable[[Case], dict]) -> dict:
        results = evaluate(cases, extract)
        table = summarise(results)
        gated = [table[field][2] for field in GATED_FIELDS if field in table]
        return {
            "fields": {field: round(ratio, 2) for field, (_, _, ratio) in table.items()},
            "mean": round(sum(gated) / len(gated), 2),
            "stated": {field: list(counts) for field, counts in stated_scores(results).items()},
            "shown": {field: list(counts) for field, counts in shown_scores(results).items()},
        }

    return {
        "extractor_version": EXTRACTOR_VERSION,
        "pages": len(cases),
        "opportunities": sum(1 for case in cases if case.expected.get("is_opportunity")),
        "languages": dict(sorted(Counter(case.language for case in cases).items())),
        "ours": figures(extract_with_record),
        "naive": figures(extract_naively),
    }


def load_scorecard() -> dict | None:
    """The committed scorecard, or None when there is none."""
    try:
        return json.loads(SCORECARD_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m normalise.scoring", description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", default="tests/labelled", help="folder of labelled *.json cases")
    parser.add_argument("--failures", action="store_true", help="list every failing case and field")
    parser.add_argument("--naive", action="store_true", help="score the naive baseline instead (normalise.baseline)")
    parser.add_argument("--write", metavar="FILE", help="also write the scores of ours and of the naive baseline as JSON"
                        " (the site's accuracy page reads normalise/data/scorecard.json)")
    args = parser.parse_args(argv)
    cases = load_cases(args.directory)
    if not cases:
        print(f"No *.json case in {args.directory}; pass the labelled set folder, e.g. tests/labelled", file=sys.stderr)
        return 1
    if args.write:
        Path(args.write).write_text(json.dumps(scorecard(cases), indent=1) + "\n", encoding="utf-8")
    results = evaluate(cases, extract_naively if args.naive else extract_with_record)
    table = summarise(results)
    print(markdown_table(table))
    gated = [table[field][2] for field in GATED_FIELDS if field in table]
    print(f"\nMean of the gated fields: {sum(gated) / len(gated):.2f} over {len(cases)} pages.")
    stated = stated_scores(results)
    print("\nWhere the page states a value: " + ", ".join(
        f"{field} {right}/{total}" for field, (right, total) in stated.items()))
    if args.failures:
        print()
        for case, record, verdicts in results:
            for field, ok in verdicts.items():
                if not ok:
                    print(f"- {case.name} / {field}: {_describe(field, case, record)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
