"""What the browser tests share: Debian's Chromium (one per module) and the site served by its own command line.

Playwright drives ``/usr/bin/chromium`` through ``executable_path`` (its own
browser download does not work offline). The site is the ``datasette serve``
command line of ``opportunities.site`` in a child process, on a loopback port.
"""
from __future__ import annotations

import subprocess
import time
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pytest

from opportunities.site import datasette_argv
from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
#: Screenshots at 1366 and 390 px (git-ignored); one file per page, language and width, so workers never share one.
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
NO_CHROMIUM = pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="Debian's chromium is not installed (apt-get install chromium)")


# Per module, not per session: Playwright's sync API keeps an event loop running while it is open, which
# would stop the asyncio.run() of the tests collected after these (tests/test_finder.py).
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@contextmanager
def served_site(db_path: Path, feeds_dir: Path, env: dict | None = None,
                before_start: Callable[[str], None] = lambda base: None, attempts: int = 3):
    """The site's own ``datasette serve`` on a free loopback port, for as long as the block runs: its base URL.

    Datasette takes its port on the command line, so a free one is picked
    first (``before_start`` gets the base URL then, e.g. to build feeds
    with absolute links); should another process take the port in between,
    Datasette exits and the next attempt picks another one.
    """
    for attempt in range(attempts):
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        before_start(base)
        process = subprocess.Popen(datasette_argv(db_path, port=port, feeds_dir=feeds_dir), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            try:
                wait_until_serving(base + "/", process)
            except RuntimeError as exc:
                if "address already in use" in str(exc).lower() and attempt + 1 < attempts:
                    continue
                raise
            yield base
            return
        finally:
            process.terminate()
            process.wait(timeout=10)


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited: {process.stderr.read()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"datasette did not answer on {url}")
