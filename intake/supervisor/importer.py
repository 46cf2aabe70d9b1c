"""``intake import``: verify a bundle and record its interviews (docs/supervisor.md).

A bundle is identified twice: by the SHA-256 of its bytes (the same file
again is "already imported" and changes nothing) and by the bundle id inside
it (another file with a known id is a replay, refused). Every check of
``intake.crypto.bundle.open_bundle`` runs before anything is written, and a
bundle is imported in one transaction: all of it, or nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from intake.crypto import minisign
from intake.crypto.bundle import AUDIT, INTERVIEWS, SEALED, OpenedBundle, open_bundle
from intake.errors import DecryptionError, SupervisorError
from intake.store import Store
from intake.store.database import Connection
from intake.store.store import utc_now
from intake.supervisor import field_audit
from intake.supervisor.devices import device_name, devices, record_device, trusted_keys
from intake.supervisor.workspace import identities, require_supervisor


@dataclass(frozen=True)
class ImportResult:
    """What importing one bundle did. ``already`` means nothing changed."""

    bundle_id: str
    device: str
    interviews: int
    duplicates: int
    already: bool
    new_device: bool


def _refused(store: Store, error: DecryptionError, hint: str | None = None) -> DecryptionError:
    """Record the refusal's category in the audit log; attach a hint for the user."""
    store.audit("import.refused." + error.category.replace(" ", "_"))
    error.hint = hint
    return error


def _open(store: Store, data: bytes, trust_new_device: bool) -> tuple[OpenedBundle, bool]:
    """The verified bundle, and whether its device is new (trusted on first use)."""
    keys = identities(store)
    with store.reader() as db:
        seen = {row[0] for row in db.execute("SELECT bundle_id FROM bundles")}
    try:
        return open_bundle(data, keys, devices=trusted_keys(store), seen=seen), False
    except DecryptionError as error:
        if error.category != "unknown device":
            raise _refused(store, error) from None
    try:
        bundle = open_bundle(data, keys, devices=None, seen=seen)  # integrity, not origin
    except DecryptionError as error:
        raise _refused(store, error) from None
    revoked = next((d for d in devices(store) if d.key_id == bundle.device_key_id), None)
    if revoked is not None:
        raise _refused(
            store, DecryptionError("unknown device"), f"device '{revoked.name}' was revoked"
        )
    if not trust_new_device:
        raise _refused(
            store,
            DecryptionError("unknown device"),
            f"the bundle is signed by device {bundle.device_key_id}: compare it with "
            "'intake device key' on that device, then 'intake devices trust KEY --name NAME' "
            "(or import with --trust-new-device)",
        )
    return bundle, True


def _records(bundle: OpenedBundle, name: str) -> list[Any]:
    """The JSON values of a ``.jsonl`` member; a line that is not JSON refuses the bundle."""
    try:
        return bundle.records(name)
    except (ValueError, RecursionError):  # the decoder's message quotes the line
        raise SupervisorError(f"the bundle's {name} is not JSON lines") from None


def _interviews(bundle: OpenedBundle) -> list[tuple[str, str, dict[str, Any]]]:
    """``(interview id, questionnaire hash, record)`` for each interview, checked for shape."""
    questionnaires = bundle.manifest.get("questionnaires")
    if not isinstance(questionnaires, Mapping):
        raise SupervisorError("the bundle's manifest lists no questionnaires")
    result = []
    for record in _records(bundle, INTERVIEWS):
        if not (
            isinstance(record, dict)
            and isinstance(record.get("id"), str)
            and isinstance(record.get("answers"), dict)
            and isinstance(record.get("questionnaire"), str)
            and isinstance(questionnaires.get(record["questionnaire"]), str)
        ):
            raise SupervisorError("the bundle holds a malformed interview record")
        result.append((record["id"], questionnaires[record["questionnaire"]], record))
    if len(result) != bundle.manifest["interviews"]:
        raise SupervisorError("the bundle's interview count does not match its manifest")
    return result


def _record(
    db: Connection, bundle: OpenedBundle, digest: str, rows: Sequence[tuple[str, str, Any]]
) -> int:
    now = utc_now()
    db.execute(
        "INSERT INTO bundles (bundle_id, sha256, device_key_id, created, imported, interviews, "
        "sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            bundle.bundle_id,
            digest,
            bundle.device_key_id,
            str(bundle.manifest.get("created", "")),
            now,
            len(rows),
            bundle.members.get(SEALED),  # still encrypted to the supervisor: never opened here
        ),
    )
    new = 0
    for interview_id, questionnaire_hash, record in rows:
        inserted = db.execute(
            "INSERT INTO imported_interviews (id, bundle_id, device_key_id, questionnaire_hash, "
            "record) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (
                interview_id,
                bundle.bundle_id,
                bundle.device_key_id,
                questionnaire_hash,
                json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            ),
        ).rowcount
        new += inserted
    return new


def import_bundle(store: Store, data: bytes, *, trust_new_device: bool = False) -> ImportResult:
    """Verify ``data`` (a bundle file) and import it; see the module docstring."""
    require_supervisor(store)
    digest = hashlib.sha256(data).hexdigest()
    with store.reader() as db:
        row = db.execute(
            "SELECT bundle_id, device_key_id, interviews FROM bundles WHERE sha256 = ?", (digest,)
        ).fetchone()
    if row is not None:
        name = device_name(store, row[1]) or row[1]
        return ImportResult(row[0], name, 0, int(row[2]), already=True, new_device=False)
    bundle, new_device = _open(store, data, trust_new_device)
    rows = _interviews(bundle)
    entries = field_audit.parse_entries(_records(bundle, AUDIT))
    name = device_name(store, bundle.device_key_id) or f"device-{bundle.device_key_id}"
    with store.transaction() as db:
        if new_device:
            public = minisign.PublicKey.parse(str(bundle.manifest["device_public_key"]))
            record_device(db, public, name, "first use", utc_now())
            store.audit("device.trust_first_use")
        field_audit.merge(db, bundle.device_key_id, entries, bundle.bundle_id)
        new = _record(db, bundle, digest, rows)
        for interview_id, _, _ in rows:
            store.audit("interview.import", interview_id)
        store.audit("bundle.import")
    return ImportResult(
        bundle.bundle_id, name, new, len(rows) - new, already=False, new_device=new_device
    )
