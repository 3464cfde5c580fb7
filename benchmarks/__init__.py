"""Benchmarks: `python -m benchmarks [--size small|large|N]` runs them all and prints one table."""
