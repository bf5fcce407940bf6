"""`opportunities crawl --capture DIR` on the snapshot: the sample is saved raw, in the snapshot's layout."""
import json
from collections import Counter

import pytest

from opportunities.snapshot import SNAPSHOT_DIR, file_for
from scrapers.capture import CAPTURE_SAMPLE, page_kind
from tests.crawl.test_end_to_end import run_cli

pytestmark = pytest.mark.slow  # crawls through the CLI in a subprocess (pytest -m "not slow" leaves it out)


def test_capture_saves_the_sample_byte_for_byte(tmp_path):
    capture = tmp_path / "capture"
    result = run_cli("crawl", "--snapshot", "--snapshot-port", "0", "--db", str(tmp_path / "c.db"),
                     "--cache-dir", str(tmp_path / "cache"), "--capture", str(capture))
    assert result.returncode == 0, result.stderr[-3000:]
    manifest = [entry for name in ("wbi", "ejustice")
                for entry in json.loads((capture / f"manifest-{name}.json").read_text(encoding="utf-8"))]
    kinds = Counter(entry["kind"] for entry in manifest)
    # Every listing page the spider read (4 listings with two pages and ?page=0, 4 single-page indices) ...
    assert kinds.pop("listing") == 14
    # ... and the chosen number of each other kind.
    assert kinds == {kind: limit for kind, limit in CAPTURE_SAMPLE.items() if limit}
    for entry in manifest:
        host, _, relative = entry["file"].partition("/")
        saved = (capture / entry["file"]).read_bytes()
        # The live URL maps back to the same file the snapshot server answers it from: raw bytes, same layout.
        url_path = entry["url"].split(host, 1)[1]
        assert saved == file_for(SNAPSHOT_DIR / host, url_path).read_bytes(), entry["url"]
        assert entry["status"] == 200 and entry["content_type"].startswith("text/html")


def test_page_kinds():
    assert page_kind("https://www.wbi.be/fr/bourses?page=1", "parse_listing") == "listing"
    assert page_kind("https://www.wbi.be/fr/aide-service/x", "parse_article") == "programme"
    assert page_kind("https://www.wbi.be/fr/actualites/x", "parse_article") == "news"
    assert page_kind("https://www.ejustice.just.fgov.be/eli/loi/2024/01/07/2024000164/justel", "parse_act") == "act"
    assert page_kind("https://www.ejustice.just.fgov.be/cgi_loi/list.pl?language=fr", "parse_search") == "search"
    assert page_kind("https://www.wbi.be/robots.txt", None) is None
