import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.nightly.site import ChangingSite

OPPORTUNITIES = str(Path(sys.executable).with_name("opportunities"))
ELI = "/eli/arrete/2016/12/09/2016036668/justel"


@pytest.fixture
def site(tmp_path):
    changing = ChangingSite(tmp_path / "site")
    yield changing
    changing.close()


def nightly_args(site: ChangingSite, work: Path, today: str) -> list[str]:
    from opportunities.snapshot import EJUSTICE_HOST, WBI_HOST

    return [
        OPPORTUNITIES, "nightly",
        "--wbi-url", site.urls[WBI_HOST], "--ejustice-url", site.urls[EJUSTICE_HOST],
        "--allow", site.urls[EJUSTICE_HOST] + ELI, "--fast", "--today", today,
        "--db", str(work / "catalogue.db"), "--cache-dir", str(work / "cache"),
        "--feeds-dir", str(work / "feeds"), "--lock-file", str(work / "nightly.lock"),
        "--log-file", str(work / "log" / "nightly.log"),
    ]


def run_nightly(site, work, today, env=None, timeout=180, extra_args=()):
    return subprocess.run([*nightly_args(site, work, today), *extra_args], capture_output=True, text=True,
                          timeout=timeout,
                          env={**os.environ, "OPPORTUNITIES_LOG_LEVEL": "WARNING", **(env or {})})
