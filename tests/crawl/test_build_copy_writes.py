"""The crawl's store writes a build copy that publish() makes durable: its commits do not wait for the disk."""
from __future__ import annotations

from scrapy.utils.test import get_crawler

from opportunities.catalogue import build_path_for
from pipelines.store import Catalogue, StorePipeline

SYNCHRONOUS_OFF, SYNCHRONOUS_FULL = 0, 2


def test_only_the_crawls_build_copy_is_written_without_waiting_for_the_disk(tmp_path):
    catalogue = tmp_path / "catalogue.db"
    crawler = get_crawler(settings_dict={"OPPORTUNITIES_DB_PATH": str(build_path_for(catalogue))})
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    other_writer = Catalogue(catalogue)  # the CLI and the run's bookkeeping open the catalogue this way
    try:
        assert pipeline.catalogue.db.execute("PRAGMA synchronous").fetchone()[0] == SYNCHRONOUS_OFF
        assert other_writer.db.execute("PRAGMA synchronous").fetchone()[0] == SYNCHRONOUS_FULL
    finally:
        pipeline.close_spider()
        other_writer.close()
