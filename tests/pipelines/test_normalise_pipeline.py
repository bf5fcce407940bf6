"""The normalise pipeline step: a parser's error costs one field, counted, never the page."""
from datetime import date

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

import normalise.record
from pipelines.normalise import NormalisePipeline
from scrapers.items import CrawledPage
from tests.conftest import SEEDS


def _pipeline(tmp_path) -> NormalisePipeline:
    pipeline = NormalisePipeline(str(tmp_path / "catalogue.db"), date(2025, 2, 24))
    pipeline.stats = MemoryStatsCollector(get_crawler())
    pipeline.open_spider()
    return pipeline


def _page() -> CrawledPage:
    text = (SEEDS / "fao-liaison-internship.txt").read_text(encoding="utf-8")
    return CrawledPage(source="wbi", url="https://www.wbi.be/fr/actualites/offre-stage-fao", status=200,
                       title="Offre de stage FAO", body_text=text, fetched_at="2025-02-24T02:00:00Z",
                       content_hash="x", published="2025-02-24")


def test_a_field_error_keeps_the_page_and_is_counted(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a wording no rule foresaw")

    monkeypatch.setattr(normalise.record, "parse_duration", broken)
    pipeline = _pipeline(tmp_path)
    item = pipeline.process_item(_page())
    pipeline.close_spider()
    assert item.record["duration"] is None
    assert item.record["extraction_errors"] == ["duration: ValueError: a wording no rule foresaw"]
    assert [d["date"] for d in item.record["deadlines"]] == ["2025-03-14"]
    assert pipeline.stats.get_value("items/field_errors") == 1
    assert pipeline.stats.get_value("items/field_error_urls") == ["https://www.wbi.be/fr/actualites/offre-stage-fao"]
    assert pipeline.stats.get_value("items/extracted") == 1


def test_a_page_read_whole_counts_no_field_error(tmp_path):
    pipeline = _pipeline(tmp_path)
    item = pipeline.process_item(_page())
    pipeline.close_spider()
    assert item.record["duration"]["max_months"] == 6
    assert pipeline.stats.get_value("items/field_errors") is None
