"""The demo's catalogue is the committed one: a refactor that changes what a student reads fails here.

See ``tests/catalogue_digest.py`` for what is compared and how to accept a
change made on purpose (an extractor fix).
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from tests.catalogue_digest import DIGEST, VOLATILE, differences, digest
from tests.conftest import copy_catalogue

pytestmark = pytest.mark.slow


def test_the_snapshot_catalogue_is_the_committed_one(snapshot_catalogue):
    changed = differences(json.loads(DIGEST.read_text(encoding="utf-8")), digest(snapshot_catalogue))
    assert not changed, "the demo's catalogue changed (python -m tests.catalogue_digest --write if meant):\n" + \
        "\n".join(changed[:40])


def test_a_changed_fact_is_named(snapshot_catalogue, tmp_path):
    """The comparison can fail, and says where: one stipend's amount changed in a copy."""
    changed_db = copy_catalogue(snapshot_catalogue, tmp_path / "catalogue.db")
    with sqlite3.connect(changed_db) as connection:
        connection.execute("UPDATE stipends SET amount = amount + 1 WHERE rowid = (SELECT min(rowid) FROM stipends)")
    changed = differences(digest(snapshot_catalogue), digest(changed_db))
    assert len(changed) == 2 and all(line.startswith("stipends: ") for line in changed), changed


def test_the_digest_leaves_out_what_changes_from_run_to_run():
    committed = json.loads(DIGEST.read_text(encoding="utf-8"))
    assert set(committed) == set(VOLATILE)
    assert committed["opportunities"] and committed["deadlines"] and committed["stipends"]
    for table, volatile in VOLATILE.items():
        assert not any(volatile & set(row) for row in committed[table]), table
