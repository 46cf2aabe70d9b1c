"""Field devices' audit entries, kept and chained on the supervisor side (docs/supervisor.md).

Every bundle carries its device's audit log. On import the entries are checked
as a hash chain (``intake.store.audit``), linked to the entries already kept
for that device, and added; an entry that contradicts one kept earlier (same
device, same number, other content) means the device's log was rewritten, and
the bundle is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from intake.errors import StoreError, SupervisorError
from intake.store.audit import GENESIS, AuditEntry, entry_hash
from intake.store.database import Connection

_FIELDS = ("seq", "time", "action", "interview_id", "prev_hash", "hash")


def parse_entries(records: Sequence[Any]) -> list[AuditEntry]:
    """Audit entries from a bundle's ``audit.jsonl`` records, each checked against its hash."""
    entries = []
    for record in records:
        if not isinstance(record, dict) or set(record) != set(_FIELDS):
            raise SupervisorError("the bundle's audit log is malformed")
        entry = AuditEntry(**{name: record[name] for name in _FIELDS})
        try:
            expected = entry_hash(
                entry.prev_hash, entry.seq, entry.time, entry.action, entry.interview_id
            )
        except (StoreError, TypeError, ValueError):
            expected = ""
        if not isinstance(entry.seq, int):
            raise SupervisorError("the bundle's audit log is malformed")
        if expected != entry.hash:
            raise SupervisorError(f"the bundle's audit entry {entry.seq} does not match its hash")
        entries.append(entry)
    return entries


def merge(db: Connection, device_key_id: str, entries: Sequence[AuditEntry], bundle_id: str) -> int:
    """Add the new entries of one device inside the caller's transaction; returns how many."""
    kept = dict(
        db.execute(
            "SELECT seq, hash FROM field_audit WHERE device_key_id = ?", (device_key_id,)
        ).fetchall()
    )
    known = dict(kept)
    for entry in entries:
        previous = GENESIS if entry.seq == 1 else known.get(entry.seq - 1)
        if previous is not None and entry.prev_hash != previous:
            raise SupervisorError(
                f"the device's audit entry {entry.seq} does not follow entry {entry.seq - 1}"
            )
        if entry.seq in known and known[entry.seq] != entry.hash:
            raise SupervisorError(
                f"the device's audit entry {entry.seq} contradicts the one imported earlier",
                hint="the field device's audit log was rewritten; investigate before importing",
            )
        known[entry.seq] = entry.hash
    new = [entry for entry in entries if entry.seq not in kept]
    db.executemany(
        "INSERT INTO field_audit (device_key_id, seq, time, action, interview_id, prev_hash, "
        "hash, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (device_key_id, e.seq, e.time, e.action, e.interview_id, e.prev_hash, e.hash, bundle_id)
            for e in new
        ],
    )
    return len(new)
