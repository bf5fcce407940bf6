"""Benchmarks run with ``python -m bench.<name>``; results go to bench/results/ (git-ignored)."""
