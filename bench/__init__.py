"""Benchmarks, run by ``make bench``. See bench/__main__.py."""
