"""Opening the SQLCipher database safely, and turning SQLite failures into StoreErrors.

See docs/storage.md ("Opening the database safely") for the rules enforced here.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from intake.errors import StoreError
from intake.store.files import create_empty

PLAINTEXT_HEADER = b"SQLite format 3\x00"
_HEX_KEY = re.compile(r"[0-9a-f]{64}")

if TYPE_CHECKING:
    # sqlcipher3 is untyped; it is a fork of the standard sqlite3 module with the same API.
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher3.Connection


def open_database(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or, with ``create``, create) the encrypted database at ``path`` with a raw key."""
    if create:
        create_empty(path)
    else:
        _refuse_plaintext(path)
    hex_key = key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise StoreError("database key has the wrong length")
    with translate_errors():
        connection: Connection = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False
        )
    try:
        with translate_errors():
            _configure(connection, hex_key)
    except BaseException:
        connection.close()
        raise
    return connection


def _refuse_plaintext(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        raise StoreError(
            f"database {path} is missing", hint="restore it from a backup or wipe"
        ) from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {type(exc).__name__}") from None
    if head == PLAINTEXT_HEADER:
        raise StoreError(f"{path} is an unencrypted sqlite database: refusing to use it")
    if len(head) < len(PLAINTEXT_HEADER):
        raise StoreError(f"database {path} is damaged (truncated)", hint="restore it from a backup")


def _configure(connection: Connection, hex_key: str) -> None:
    version = connection.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise StoreError(
            "the sqlite library has no encryption (sqlcipher is missing): refusing to run"
        )
    connection.execute("PRAGMA cipher_memory_security = ON")
    # The key is 64 validated lower-case hex digits: nothing else can reach this statement.
    connection.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise StoreError(
            "database is damaged or does not belong to this key slot",
            hint="restore it from a backup",
        ) from None
    for pragma in (
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
    ):
        connection.execute(pragma)
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError("cannot switch the database to write-ahead logging")


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn sqlite exceptions into one-line StoreErrors that carry no data."""
    try:
        yield
    except sqlcipher3.Error as exc:
        raise sqlite_failure(exc) from None


def sqlite_failure(exc: sqlcipher3.Error) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return StoreError("disk full: the change was not saved", hint="free some space and retry")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreError("database is damaged", hint="restore it from a backup")
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return StoreError("the store is busy in another intake process", hint="close it and retry")
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN"):
        return StoreError("cannot write the store: permission denied or read-only")
    if name.startswith("SQLITE_IOERR"):
        return StoreError(
            "cannot read or write the store (i/o error): the change was not saved",
            hint="check the disk: it may be full, failing or removed",
        )
    if name.startswith("SQLITE_CONSTRAINT"):
        return StoreError("the change conflicts with what is stored")
    return StoreError(f"database error ({name or type(exc).__name__})")
