"""The audit log's hash chain: pure functions over entries (docs/storage.md, "Audit log")."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from intake.errors import StoreError

GENESIS = "0" * 64
_ACTION = re.compile(r"[a-z][a-z_.]{0,39}")


@dataclass(frozen=True)
class AuditEntry:
    """One audit entry. ``action`` is a short word; it never holds answer text."""

    seq: int
    time: str
    action: str
    interview_id: str | None
    prev_hash: str
    hash: str


def check_action(action: str) -> None:
    if not _ACTION.fullmatch(action):
        raise StoreError("audit action must be a short lowercase word like 'interview.export'")


def entry_hash(prev_hash: str, seq: int, time: str, action: str, interview_id: str | None) -> str:
    """SHA-256 of the previous hash and the canonical JSON of the entry's fields."""
    body = json.dumps([seq, time, action, interview_id], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(bytes.fromhex(prev_hash) + body.encode("utf-8")).hexdigest()


def next_entry(
    last: AuditEntry | None, time: str, action: str, interview_id: str | None
) -> AuditEntry:
    """The entry that follows ``last`` (or the first entry)."""
    check_action(action)
    seq = last.seq + 1 if last else 1
    prev = last.hash if last else GENESIS
    return AuditEntry(
        seq, time, action, interview_id, prev, entry_hash(prev, seq, time, action, interview_id)
    )


def verify_chain(entries: Iterable[AuditEntry]) -> int:
    """Check the chain; return the number of entries, or raise StoreError naming the bad one."""
    expected_seq, prev = 1, GENESIS
    for entry in entries:
        if entry.seq != expected_seq:
            raise StoreError(f"audit entry {expected_seq} is missing")
        if entry.prev_hash != prev:
            raise StoreError(
                f"audit entry {entry.seq} does not follow entry {entry.seq - 1}: "
                f"one of them was altered"
            )
        try:
            actual = entry_hash(
                entry.prev_hash, entry.seq, entry.time, entry.action, entry.interview_id
            )
        except ValueError:
            actual = ""
        if actual != entry.hash:
            raise StoreError(f"audit entry {entry.seq} was altered")
        expected_seq, prev = entry.seq + 1, entry.hash
    return expected_seq - 1
