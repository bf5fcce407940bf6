"""`opportunities extract` as CONTRACT.md specifies, and the CLI's documentation."""
import json

import pytest
from click.testing import CliRunner

from opportunities.cli import cli
from opportunities.snapshot import EJUSTICE_HOST, SNAPSHOT_DIR, WBI_HOST
from tests.conftest import ROOT, SEEDS

WBI = SNAPSHOT_DIR / WBI_HOST
EJUSTICE = SNAPSHOT_DIR / EJUSTICE_HOST


def extract(*args, input=None):
    result = CliRunner().invoke(cli, ["extract", *map(str, args)], input=input)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


def test_extract_fao_text_gives_the_contract_values():
    result, [record] = extract(SEEDS / "fao-liaison-internship.txt", "--reference-date", "2025-02-24")
    assert result.exit_code == 0
    assert record["is_opportunity"] is True and record["kind"] == "internship"
    assert [(d["date"], d["time"], d["kind"]) for d in record["deadlines"]] == [("2025-03-14", "23:59", "application")]
    assert [(s["amount"], s["currency"], s["period"]) for s in record["stipends"]] == [(1200.0, "EUR", "month")]
    duration = record["duration"]
    assert (duration["min_months"], duration["max_months"], duration["start"], duration["end"]) == (6, 6, "2025-04-15", "2025-10-15")
    assert record["eligibility"]["requires_fwb"] is True
    assert record["contact_emails"] == ["bourses@wbi.be"]
    assert all(d["evidence"] for d in record["deadlines"] + record["stipends"])


def test_a_parser_error_empties_its_field_only(monkeypatch):
    """One parser tripping on a page's wording costs that field, not the page's record (nor the batch's exit code)."""
    import normalise.record

    def broken(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'group'")

    monkeypatch.setattr(normalise.record, "parse_stipends", broken)
    result, [record] = extract(SEEDS / "fao-liaison-internship.txt", "--reference-date", "2025-02-24")
    assert result.exit_code == 0
    assert record["stipends"] == []
    assert record["extraction_errors"] == ["stipends: AttributeError: 'NoneType' object has no attribute 'group'"]
    assert "a field could not be read (stipends: AttributeError" in result.stderr
    assert [d["date"] for d in record["deadlines"]] == ["2025-03-14"]
    assert record["duration"]["max_months"] == 6 and record["eligibility"]["requires_fwb"] is True


def test_a_page_read_without_error_names_none():
    result, [record] = extract(SEEDS / "fao-liaison-internship.txt", "--reference-date", "2025-02-24")
    assert "extraction_errors" not in record


def test_extract_unesco_html_resolves_year_from_the_page_date():
    page = next(WBI.glob("fr/actualites/*unesco*/index.html"))
    result, [record] = extract(page)
    assert result.exit_code == 0
    assert record["title"]
    assert [(d["date"], d["time"]) for d in record["deadlines"]] == [("2025-02-20", "23:59")]
    assert {(s["amount"], s["period"]) for s in record["stipends"]} == {(1600.0, "month"), (500.0, "once")}


def test_extract_decree_html_is_a_legal_scheme():
    page = EJUSTICE / "eli/arrete/2016/12/09/2016036668/justel/index.html"
    result, [record] = extract(page, "--url", "https://www.ejustice.just.fgov.be/eli/arrete/2016/12/09/2016036668/justel")
    assert result.exit_code == 0
    assert record["kind"] == "legal_scheme" and record["is_opportunity"] is True
    assert record["eligibility"]["age_max"] == 35
    assert (record["duration"]["min_months"], record["duration"]["max_months"]) == (2, 6)
    assert any(d["rule"] and "jour avant le début du stage" in d["rule"] for d in record["deadlines"])


def test_extract_reads_standard_input():
    text = (SEEDS / "latvia-scholarships.txt").read_text()
    result, [record] = extract("-", "--reference-date", "2025-02-10", input=text)
    assert result.exit_code == 0
    assert sorted(s["amount"] for s in record["stipends"] if s["applies_to"] in ("bachelor", "master", "phd")) == [500, 600, 700]


def test_unreadable_path_is_reported_and_others_still_processed(tmp_path):
    result, records = extract(tmp_path / "missing.html", SEEDS / "alain-aspect-conference.txt")
    assert result.exit_code == 1
    assert "missing.html" in result.stderr
    assert len(records) == 1 and records[0]["is_opportunity"] is False


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in cli.commands:
        assert f"opportunities {name}" in readme, f"README does not document `opportunities {name}`"


def test_page_in_another_template_is_read_generically(tmp_path):
    """A WBI page whose markup changed still gives its facts instead of an error."""
    page = tmp_path / "redesign.html"
    text = (SEEDS / "fao-liaison-internship.txt").read_text()
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    page.write_text(f'<html lang="fr"><body><main><h1>Stage FAO</h1><h1>Doublon</h1>'
                    f'<div class="field--name-body">{paragraphs}</div></main></body></html>', encoding="utf-8")
    result, [record] = extract(page, "--reference-date", "2025-02-24")
    assert result.exit_code == 0
    assert [(d["date"], d["time"]) for d in record["deadlines"]] == [("2025-03-14", "23:59")]


def test_bot_challenge_page_is_an_error_not_a_record():
    result, records = extract(ROOT / "tests" / "fixtures" / "ejustice" / "tspd.html",
                              "--url", "https://www.ejustice.just.fgov.be/eli/arrete/2016/12/09/2016036668/justel")
    assert result.exit_code == 1 and records == []
    assert "bot_challenge" in result.stderr


def test_cron_entry_point_runs_the_nightly_command():
    import subprocess

    crontab = (ROOT / "cron" / "crontab").read_text()
    assert "cron/nightly.sh" in crontab
    result = subprocess.run(["bash", str(ROOT / "cron" / "nightly.sh"), "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "Crawl, extract, update the catalogue" in result.stdout
