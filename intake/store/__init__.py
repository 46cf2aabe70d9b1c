"""The encrypted local store: SQLCipher database, key slot, migrations, audit chain.

Specification: docs/storage.md. Compatibility promise: key slot format 1 and
every database schema version written by a release of intake are opened (and
migrated in place) by every later release; an older release refuses a newer
key slot or schema with a clear error instead of guessing. Nothing this
package writes to disk is plaintext except the key slot's public parameters
and the failed-unlock counter (``lockout.json``).
"""

from __future__ import annotations

from intake.store.audit import AuditEntry
from intake.store.keyslot import KdfParams, calibrate_kdf
from intake.store.store import (
    STATES,
    InterviewSummary,
    QuestionnaireRef,
    Recipient,
    RedactionRecord,
    RepeatInstance,
    Store,
)

__all__ = [
    "STATES",
    "AuditEntry",
    "InterviewSummary",
    "KdfParams",
    "QuestionnaireRef",
    "Recipient",
    "RedactionRecord",
    "RepeatInstance",
    "Store",
    "calibrate_kdf",
]
