"""The docs name only things that exist: files, Python names, commands, tables and columns.

Every name in backticks in README.md and docs/*.md is checked by its shape:
a repository path must exist; a dotted name under one of the project's
packages must import (module, then attributes); ``opportunities CMD`` must
be a command; in docs/catalogue.md each ``### `table` `` heading must be a
table or view of a new catalogue and each first cell of its table a column
of it. The changelog is history and is left alone.
"""
from __future__ import annotations

import importlib
import re

import pytest
import sqlite_utils

from opportunities.cli import cli
from opportunities.paths import ROOT
from pipelines.schema import migrate

DOCS = [ROOT / "README.md", *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name != "extraction-changelog.md")]
PACKAGES = ("opportunities", "scrapers", "pipelines", "normalise", "feeds", "bench")
CODE = re.compile(r"`([^`\n]+)`")
PATH = re.compile(r"^[\w.-]+(?:/[\w.@-]+)*(?:/|\.(?:py|md|yaml|json|toml|sh|txt|html|css|service|timer|example))$")
DOTTED = re.compile(rf"^(?:{'|'.join(PACKAGES)})(?:\.\w+)+$")
COMMAND = re.compile(r"^opportunities ([a-z][a-z-]*)\b")


def cited() -> list[tuple[str, str]]:
    return [(doc.relative_to(ROOT).as_posix(), name) for doc in DOCS
            for name in dict.fromkeys(CODE.findall(doc.read_text(encoding="utf-8")))]


def catalogue() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    return db


def resolves(dotted: str) -> bool:
    """A module and its attributes, or a ``table.column`` of the catalogue (``opportunities.id``)."""
    table, _, column = dotted.partition(".")
    if column.isidentifier() and db_table_has(table, column):
        return True
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(found, attribute):
                return False
            found = getattr(found, attribute)
        return True
    return False


#: What runs write (git-ignored) and what other projects hold, which the docs name on purpose.
GENERATED = ("data/feeds/", "bench/results/", "var/", "tests/artifacts/")
ELSEWHERE = {"dateparser/data/date_translation_data/", "adapters/be-wbi/adapter.py"}


def path_exists(doc: str, name: str) -> bool:
    """A path from the repository root, the doc's folder, a package or ``data/``; a bare file name anywhere."""
    if name.startswith(GENERATED) or name in ELSEWHERE or any(part.isupper() for part in name.split("/")):
        return True  # generated, another project's, or a placeholder (DIR/…)
    bases = [ROOT, (ROOT / doc).parent, ROOT / "data", *(ROOT / package for package in PACKAGES)]
    if any((base / name).exists() for base in bases):
        return True
    return "/" not in name.rstrip("/") and any(ROOT.glob(f"[!.]*/**/{name}"))


@pytest.mark.parametrize("doc, name", [(d, n) for d, n in cited() if PATH.match(n) and not n.startswith("../")])
def test_cited_files_exist(doc, name):
    assert path_exists(doc, name), f"{doc} cites {name}, which is not in the repository"


@pytest.mark.parametrize("doc, name", [(d, n) for d, n in cited() if DOTTED.match(n) and not PATH.match(n)])
def test_cited_python_names_exist(doc, name):
    assert resolves(name), f"{doc} cites {name}, which does not import"


@pytest.mark.parametrize("doc, name", [(d, n) for d, n in cited() if COMMAND.match(n)])
def test_cited_commands_exist(doc, name):
    assert COMMAND.match(name)[1] in cli.commands, f"{doc} cites `{name}`, not a command of `opportunities`"


def db_table_has(table: str, column: str) -> bool:
    db = catalogue()
    return table in db.table_names() + db.view_names() and column in db[table].columns_dict


def catalogue_tables() -> list[tuple[str, list[str]]]:
    """Each ``### `table` `` section of docs/catalogue.md and the first cells of its column table."""
    sections = re.split(r"^### ", (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8"), flags=re.M)[1:]
    found = []
    for section in sections:
        section = section.split("\n## ", 1)[0]  # up to the next heading of any level
        heading = re.match(r"`(\w+)`", section)
        if heading:
            found.append((heading[1], re.findall(r"^\| `(\w+)` \|", section, flags=re.M)))
    return found


def test_catalogue_doc_names_only_tables_and_columns_that_exist():
    db = catalogue()
    names = {**{t.name: t for t in db.tables}, **{v.name: v for v in db.views}}
    sections = catalogue_tables()
    assert len(sections) >= 10, "the catalogue doc lists its tables under ### `name` headings"
    for table, columns in sections:
        assert table in names, f"docs/catalogue.md describes `{table}`, which a new catalogue does not have"
        missing = [c for c in columns if c not in names[table].columns_dict]
        assert not missing, f"docs/catalogue.md gives `{table}` columns it does not have: {missing}"
