"""Where the test suite's time goes: CPU seconds per test module, as shares of the whole.

    python -m pytest -q -n 0 -p bench.suite

A pytest plugin, loaded with ``-p`` (it is not a test). Wall time on a
shared machine says as much about the neighbours as about the suite, so each
module is charged the CPU time of the test process and of the children it
waited for (the ``opportunities`` crawls and nights, Datasette, the feed
builds): ``getrusage`` of both, around each test. Run it in one process
(``-n 0``): under pytest-xdist each worker would see only its own modules.
Results are printed and written to bench/results/suite.json (git-ignored).
"""
from __future__ import annotations

import json
import resource
import time
from collections import defaultdict

import pytest

from opportunities.paths import ROOT

RESULTS = ROOT / "bench" / "results" / "suite.json"
#: test module → [CPU seconds, wall seconds, tests]
_modules: dict[str, list] = defaultdict(lambda: [0.0, 0.0, 0])


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    cpu, wall = _cpu_seconds(), time.monotonic()
    yield
    totals = _modules[item.nodeid.split("::")[0]]
    totals[0] += _cpu_seconds() - cpu
    totals[1] += time.monotonic() - wall
    totals[2] += 1


def pytest_terminal_summary(terminalreporter):
    if not _modules:
        return
    total = sum(cpu for cpu, _, _ in _modules.values())
    rows = sorted(_modules.items(), key=lambda item: -item[1][0])
    terminalreporter.section("CPU seconds per module (bench.suite)")
    for module, (cpu, wall, tests) in rows[:25]:
        terminalreporter.write_line(f"{cpu:7.1f} s {100 * cpu / total:5.1f} %  {wall:7.1f} s wall  {tests:5d}  {module}")
    terminalreporter.write_line(f"{total:7.1f} s CPU in tests, all modules")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "cpu_seconds": round(total, 1),
        "modules": {module: {"cpu_seconds": round(cpu, 2), "wall_seconds": round(wall, 2), "tests": tests}
                    for module, (cpu, wall, tests) in rows},
    }, indent=2) + "\n", encoding="utf-8")
