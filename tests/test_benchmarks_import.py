"""Every benchmark under bench/ still imports: they run by hand (docs/benchmarks.md), not in the suite,
so a helper moved elsewhere broke ``python -m bench.nightly`` unnoticed once."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize("module", sorted(path.stem for path in BENCH.glob("*.py") if path.stem != "__init__"))
def test_benchmark_module_imports(module):
    imported = importlib.import_module(f"bench.{module}")
    assert imported.__doc__, f"bench/{module}.py says what it measures in its docstring"
