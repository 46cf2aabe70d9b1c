"""Schema migrations: a small ordered registry, one transaction per step.

Migration ``n`` (1-based position in :data:`MIGRATIONS`) brings the schema from
``user_version`` ``n - 1`` to ``n``. Versions are never renumbered or edited
once released; a database newer than this registry is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from intake.errors import StoreError
from intake.store.database import Connection, translate_errors

Migration = Callable[[Connection], None]


def _v1_initial(db: Connection) -> None:
    # One statement at a time: executescript() would commit the open transaction.
    for statement in _V1_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


_V1_SCHEMA = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE interviews (
            id TEXT PRIMARY KEY,
            interviewer TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            questionnaire_hash TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('draft', 'finalized', 'exported')),
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            finalized TEXT,
            exported TEXT,
            consent TEXT,
            deny TEXT NOT NULL DEFAULT '[]',
            pseudonyms TEXT
        );
        CREATE INDEX interviews_state ON interviews (state);
        CREATE TABLE answers (
            interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            repeat_group TEXT NOT NULL,
            instance INTEGER NOT NULL,
            value TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (interview_id, question_id, repeat_group, instance)
        ) WITHOUT ROWID;
        CREATE TABLE repeat_instances (
            interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            repeat_group TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (interview_id, repeat_group)
        ) WITHOUT ROWID;
        CREATE TABLE redactions (
            interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            repeat_group TEXT NOT NULL,
            instance INTEGER NOT NULL,
            original TEXT,
            redacted TEXT NOT NULL,
            findings TEXT NOT NULL,
            decisions TEXT NOT NULL,
            PRIMARY KEY (interview_id, question_id, repeat_group, instance)
        ) WITHOUT ROWID;
        CREATE TABLE recipients (
            name TEXT PRIMARY KEY,
            recipient TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            added TEXT NOT NULL
        );
        CREATE TABLE device_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            private_key BLOB NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            action TEXT NOT NULL,
            interview_id TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
"""


def _v2_supervisor(db: Connection) -> None:
    # The supervisor workspace's tables (docs/supervisor.md); empty in field stores.
    for statement in _V2_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


_V2_SCHEMA = """
        CREATE TABLE supervisor_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            identity TEXT NOT NULL,
            recipient TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE devices (
            key_id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            public_key TEXT NOT NULL,
            trust TEXT NOT NULL CHECK (trust IN ('trusted', 'first use')),
            added TEXT NOT NULL,
            revoked TEXT
        );
        CREATE TABLE bundles (
            bundle_id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            device_key_id TEXT NOT NULL,
            created TEXT NOT NULL,
            imported TEXT NOT NULL,
            interviews INTEGER NOT NULL,
            sealed BLOB
        );
        CREATE TABLE imported_interviews (
            id TEXT PRIMARY KEY,
            bundle_id TEXT NOT NULL REFERENCES bundles (bundle_id),
            device_key_id TEXT NOT NULL,
            questionnaire_hash TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE TABLE field_audit (
            device_key_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            time TEXT NOT NULL,
            action TEXT NOT NULL,
            interview_id TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            PRIMARY KEY (device_key_id, seq)
        ) WITHOUT ROWID;
"""

MIGRATIONS: tuple[Migration, ...] = (_v1_initial, _v2_supervisor)


def schema_version(db: Connection) -> int:
    with translate_errors():
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Run every pending migration, each in its own transaction; return the new version."""
    current = schema_version(db)
    if current > len(migrations):
        raise StoreError(
            f"this store has schema {current}, written by a newer version of intake "
            f"(this one knows up to {len(migrations)})",
            hint="upgrade intake",
        )
    for number in range(current + 1, len(migrations) + 1):
        with translate_errors():
            db.execute("BEGIN IMMEDIATE")
            try:
                migrations[number - 1](db)
                db.execute(f"PRAGMA user_version = {int(number)}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    return len(migrations)
