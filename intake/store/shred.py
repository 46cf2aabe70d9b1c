"""Crypto-shred: destroy the key slot first, then everything it protected."""

from __future__ import annotations

import contextlib
from pathlib import Path

from intake.errors import StoreError
from intake.store.files import os_failure, shred
from intake.store.layout import DATABASE_FILE, KEYSLOT_FILE, STORE_FILES


def wipe(home: Path) -> None:
    """Crypto-shred the store in ``home`` (docs/storage.md, "Wipe").

    The key slot is overwritten, synced and unlinked before anything else: once
    it is gone the database key exists nowhere. Then the database, its WAL and
    index, and the lockout file are overwritten and removed, and the home
    directory too when nothing else is left in it.
    """
    if not any((home / name).exists() for name in (KEYSLOT_FILE, DATABASE_FILE)):
        raise StoreError(f"no store to wipe in {home}")
    for name in STORE_FILES:
        path = home / name
        try:
            shred(path)
        except OSError as exc:
            raise os_failure("wipe", path, exc) from None
    with contextlib.suppress(OSError):
        home.rmdir()
