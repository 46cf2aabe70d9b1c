"""Key slot format, audit chain and migrations as pure units."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.errors import StoreError, WrongPassphrase
from intake.store.audit import GENESIS, entry_hash, next_entry, verify_chain
from intake.store.database import Connection, open_database
from intake.store.keyslot import HEADER_SIZE, SLOT_SIZE, KdfParams, KeySlot, wrap_with
from intake.store.migrations import MIGRATIONS, migrate, schema_version

KEY = bytes(range(32))
SALT = bytes(16)
NONCE = bytes(12)


def test_key_slot_layout_and_round_trip() -> None:
    slot = wrap_with(KEY, "passphrase", KdfParams.FLOOR, SALT, NONCE)
    data = slot.to_bytes()
    assert len(data) == SLOT_SIZE == 96 and HEADER_SIZE == 48
    assert data[:8] == b"intakeks" and data[8] == 1 and data[9] == 1 and data[19] == 1
    assert int.from_bytes(data[10:14], "big") == 65536
    assert int.from_bytes(data[14:18], "big") == 3 and data[18] == 4
    assert data[20:36] == SALT and data[36:48] == NONCE
    assert KeySlot.from_bytes(data).unwrap("passphrase") == KEY
    # Deterministic given salt and nonce: the same inputs give the same slot.
    assert wrap_with(KEY, "passphrase", KdfParams.FLOOR, SALT, NONCE).to_bytes() == data


def test_the_header_is_authenticated() -> None:
    data = bytearray(wrap_with(KEY, "passphrase", KdfParams.FLOOR, SALT, NONCE).to_bytes())
    data[40] ^= 1  # one nonce bit: not used by the KDF, so only the AEAD can notice
    with pytest.raises(WrongPassphrase):
        KeySlot.from_bytes(bytes(data)).unwrap("passphrase")
    data[40] ^= 1
    data[18] = 5  # lanes 4 -> 5: still in bounds, but the header no longer matches
    with pytest.raises(WrongPassphrase):
        KeySlot.from_bytes(bytes(data)).unwrap("passphrase")


def test_audit_chain_units() -> None:
    first = next_entry(None, "2026-01-01T00:00:00Z", "store.init", None)
    assert first.seq == 1 and first.prev_hash == GENESIS
    assert first.hash == entry_hash(GENESIS, 1, "2026-01-01T00:00:00Z", "store.init", None)
    second = next_entry(first, "2026-01-01T00:00:01Z", "interview.create", "abc")
    assert verify_chain([first, second]) == 2
    with pytest.raises(StoreError, match="audit entry 1 is missing"):
        verify_chain([second])
    with pytest.raises(StoreError, match="short lowercase word"):
        next_entry(second, "t", "Kim Chol said hello", None)


def _database(tmp_path: Path) -> Connection:
    return open_database(tmp_path / "db", KEY, create=True)


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    db = _database(tmp_path)

    def broken(conn: Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise StoreError("migration failed")

    with pytest.raises(StoreError, match="migration failed"):
        migrate(db, (*MIGRATIONS, broken))
    assert schema_version(db) == len(MIGRATIONS)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables and "interviews" in tables
    db.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = _database(tmp_path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer version of intake"):
        migrate(db)
    db.close()


def test_the_database_file_is_not_plaintext(tmp_path: Path) -> None:
    db = _database(tmp_path)
    migrate(db)
    db.close()
    assert not (tmp_path / "db").read_bytes().startswith(b"SQLite format 3\0")
