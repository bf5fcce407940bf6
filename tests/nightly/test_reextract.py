"""`opportunities reextract` rebuilds facts from the stored pages, with the sites gone."""
import os
import subprocess

import pytest
import sqlite_utils

from tests.nightly.conftest import OPPORTUNITIES, run_nightly
from tests.nightly.test_nights import FAO

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)


def test_reextract_restores_facts_without_network(site, tmp_path):
    work = tmp_path / "work"
    assert run_nightly(site, work, "2025-02-25").returncode == 0
    db = sqlite_utils.Database(work / "catalogue.db")
    fao_id = next(db.query("select id from opportunities where url like ?", [f"%{FAO}"]))["id"]
    expected = sorted((r["amount"], r["period"]) for r in db["stipends"].rows_where("opportunity_id = ?", [fao_id]))
    assert expected == [(1200.0, "month")]
    # What an older, worse extractor would have left behind.
    db["stipends"].delete_where("opportunity_id = ?", [fao_id])
    db["deadlines"].delete_where("opportunity_id = ?", [fao_id])
    db.close()
    site.close()  # nothing may be fetched from now on

    result = subprocess.run([OPPORTUNITIES, "reextract", "--db", str(work / "catalogue.db")], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING"})
    assert result.returncode == 0, result.stderr[-2000:]
    db = sqlite_utils.Database(work / "catalogue.db")
    assert sorted((r["amount"], r["period"]) for r in db["stipends"].rows_where("opportunity_id = ?", [fao_id])) == expected
    assert [(r["date"], r["time"]) for r in db["deadlines"].rows_where("opportunity_id = ?", [fao_id])] == [("2025-03-14", "23:59")]
    last = list(db.query("select pages, bytes from crawl_runs order by id desc limit 1"))[0]
    assert last["bytes"] == 0, "a re-extraction transfers nothing"
    assert last["pages"] > 0


def test_reextract_without_stored_pages_says_what_to_do(tmp_path):
    db = sqlite_utils.Database(tmp_path / "catalogue.db")
    from pipelines.schema import migrate

    migrate(db)
    db.close()
    result = subprocess.run([OPPORTUNITIES, "reextract", "--db", str(tmp_path / "catalogue.db")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert "run a crawl first" in result.stderr
