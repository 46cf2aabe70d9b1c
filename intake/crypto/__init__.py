"""Cryptography of intake: age v1 files, minisign signatures, export bundles.

The on-disk formats are specified in ``docs/bundle-format.md``; every module
here implements a part of that page and keeps its compatibility promise.
"""
