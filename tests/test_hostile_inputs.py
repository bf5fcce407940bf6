"""Inputs that are not pages, or pages built to break the parser, given to extract and the page objects."""
from __future__ import annotations

import json
import zlib

import pytest
from click.testing import CliRunner

from opportunities.cli import cli
from scrapers.pages.generic import GenericPage
from scrapers.pages.html_text import MAX_PAGE_BYTES
from scrapers.pages.wbi import WbiArticlePage
from tests.conftest import SEEDS
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
# Deterministic "random" bytes: compressed text looks like noise and has no signature.
NOISE = zlib.compress(("Stage au bureau de liaison, date limite le 14 mars 2025. " * 400).encode())[2:]


def nested(depth: int) -> str:
    return ('<html lang="fr"><body><main><h1>Appel</h1><div class="field--name-body">' + "<div>" * depth
            + "<p>Date limite : 14 mars 2025.</p>" + "</div>" * depth + "</div></main></body></html>")


@pytest.mark.parametrize("depth", [1_000, 20_000])
def test_deeply_nested_pages_are_read_whole(depth):
    page = WbiArticlePage("https://www.wbi.be/fr/actualites/appel", nested(depth))
    assert page.body_text == "Date limite : 14 mars 2025."
    # The fallback reader (trafilatura over lxml) does not fail either; libxml2 stops at its
    # nesting limit (256), so it keeps only what lies above it.
    assert GenericPage("https://example.org/x", nested(depth)).title == "Appel"


def extract(*paths):
    result = CliRunner().invoke(cli, ["extract", *map(str, paths), "--reference-date", "2025-02-24"])
    return result, [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("name, data, reason", [
    ("scan.png", PNG, "a PNG image"),
    ("reglement.pdf", PDF, "a PDF document"),
    ("page.html", PDF, "a PDF document"),          # the name does not decide
    ("noise.html", NOISE, "binary data"),
    ("noise.txt", NOISE, "binary data"),
    ("huge.html", b"<p>" + b"x" * MAX_PAGE_BYTES + b"</p>", "larger than the 5 MB"),
])
def test_extract_refuses_what_is_not_a_page_and_keeps_going(tmp_path, name, data, reason):
    bad = tmp_path / name
    bad.write_bytes(data)
    deep = tmp_path / "deep.html"
    deep.write_text(nested(1_000), encoding="utf-8")
    result, records = extract(bad, SEEDS / "fao-liaison-internship.txt", deep)
    assert result.exit_code == 1
    assert f"{bad}: " in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert len(records) == 2  # both pages after the refused one are extracted
    assert records[0]["is_opportunity"] is True
