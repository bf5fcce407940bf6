"""Schema changes are sqlite-utils ``Migrations``; catalogues built before them upgrade in place.

``tests/fixtures/catalogue-before-migrations.db`` was built by the store as
it was before ``Migrations`` (one stored FAO internship, migrations recorded
in ``_migrations``): a published catalogue of that age must open, keep its
rows, and have nothing applied twice.
"""
import shutil
import sqlite3

import sqlite_utils

from opportunities.paths import ROOT
from pipelines.schema import MIGRATIONS, migrate
from pipelines.store import Catalogue

BEFORE = ROOT / "tests" / "fixtures" / "catalogue-before-migrations.db"
FAO_ID = "wbi-offre-stage-bureau-liaison-fao-bruxelles"


def registered() -> list[str]:
    return [pending.name for pending in MIGRATIONS.pending(sqlite_utils.Database(memory=True))]


def test_a_new_catalogue_gets_every_migration_once_in_order():
    db = sqlite_utils.Database(memory=True)
    assert migrate(db) == registered()
    assert migrate(db) == []
    assert [applied.name for applied in MIGRATIONS.applied(db)] == registered()


def test_an_older_catalogue_keeps_its_rows_and_applies_nothing_twice(tmp_path):
    path = shutil.copy(BEFORE, tmp_path / "catalogue.db")
    with sqlite3.connect(path) as conn:
        legacy = conn.execute("select name, applied from _migrations order by rowid").fetchall()
    catalogue = Catalogue(path)
    applied = MIGRATIONS.applied(catalogue.db)
    assert [(m.name, m.applied_at) for m in applied[:len(legacy)]] == legacy, "the old records carried over, none re-run"
    # Only what the catalogue was built without is applied on opening: the finder's index (issue 10) and the
    # deadlines' stated UTC offset (extractor v188).
    assert [m.name for m in applied[len(legacy):]] == ["m006_finder_index", "m007_deadline_utc_offset"]
    assert "utc_offset" in catalogue.db["deadlines"].columns_dict
    assert "opportunities_finder" in {index.name for index in catalogue.db["opportunities"].indexes}
    assert not catalogue.db["_migrations"].exists()
    assert catalogue.db["opportunities"].get(FAO_ID)["status"] == "open"
    assert catalogue.db["deadlines"].count == 1
    catalogue.close()


def test_an_older_catalogue_gets_the_migrations_it_lacks(tmp_path):
    path = shutil.copy(BEFORE, tmp_path / "catalogue.db")
    with sqlite3.connect(path) as conn:
        conn.execute("delete from _migrations where name = 'm005_landing_indexes'")
        conn.execute("drop index idx_opportunities_status_levels")
    db = sqlite_utils.Database(path)
    assert migrate(db) == ["m005_landing_indexes", "m006_finder_index", "m007_deadline_utc_offset"]
    assert "idx_opportunities_status_levels" in {index.name for index in db["opportunities"].indexes}
    assert [applied.name for applied in MIGRATIONS.applied(db)] == registered()
