"""File names in a home directory (docs/storage.md, "Home directory")."""

from __future__ import annotations

KEYSLOT_FILE = "keyslot"
DATABASE_FILE = "intake.db"
LOCKOUT_FILE = "lockout.json"

# In the order a wipe destroys them: the key slot (and an interrupted rewrap) first.
STORE_FILES = (
    KEYSLOT_FILE,
    KEYSLOT_FILE + ".new",
    DATABASE_FILE,
    DATABASE_FILE + "-wal",
    DATABASE_FILE + "-shm",
    LOCKOUT_FILE,
    LOCKOUT_FILE + ".new",
)
