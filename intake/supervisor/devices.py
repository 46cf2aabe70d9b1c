"""The registry of field devices whose bundles a supervisor accepts (docs/supervisor.md).

A device is known by its minisign signing key. ``trust`` records a key the
supervisor checked out of band; ``first use`` records a key accepted by
``intake import --trust-new-device``. A revoked device stays listed, so its
key is never silently trusted again.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.crypto import minisign
from intake.errors import SupervisorError
from intake.store import Store
from intake.store.database import Connection
from intake.store.store import utc_now
from intake.supervisor.workspace import require_supervisor


@dataclass(frozen=True)
class Device:
    """A registered field device."""

    key_id: str
    name: str
    public_key: str
    trust: str
    added: str
    revoked: str | None


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or not name.isprintable():
        raise SupervisorError("a device name must be 1 to 64 printable characters")
    return name


def devices(store: Store) -> list[Device]:
    """Every registered device, by name."""
    require_supervisor(store)
    with store.reader() as db:
        rows = db.execute(
            "SELECT key_id, name, public_key, trust, added, revoked FROM devices ORDER BY name"
        ).fetchall()
    return [Device(*row) for row in rows]


def trusted_keys(store: Store) -> dict[str, minisign.PublicKey]:
    """Key id → public key of every device that is not revoked."""
    return {
        d.key_id: minisign.PublicKey.parse(d.public_key) for d in devices(store) if not d.revoked
    }


def record_device(
    db: Connection, public: minisign.PublicKey, name: str, trust: str, now: str
) -> None:
    """Insert a device row inside the caller's transaction."""
    row = db.execute(
        "SELECT name, revoked FROM devices WHERE key_id = ?", (public.id_text,)
    ).fetchone()
    if row is not None:
        state = "revoked" if row[1] else "registered"
        raise SupervisorError(f"this key is already {state} as device '{row[0]}'")
    if db.execute("SELECT 1 FROM devices WHERE name = ?", (name,)).fetchone():
        raise SupervisorError(f"a device named '{name}' already exists")
    db.execute(
        "INSERT INTO devices (key_id, name, public_key, trust, added) VALUES (?, ?, ?, ?, ?)",
        (public.id_text, name, public.base64(), trust, now),
    )


def trust_device(store: Store, key: str, name: str) -> Device:
    """Register a device key (the base64 line or ``minisign.pub`` text) under ``name``."""
    require_supervisor(store)
    public = minisign.PublicKey.parse(key)
    name = _check_name(name)
    with store.transaction() as db:
        record_device(db, public, name, "trusted", utc_now())
        store.audit("device.trust")
    return next(d for d in devices(store) if d.key_id == public.id_text)


def revoke_device(store: Store, name: str) -> Device:
    """Stop accepting bundles from the device called ``name``; already imported data stays."""
    require_supervisor(store)
    with store.transaction() as db:
        changed = db.execute(
            "UPDATE devices SET revoked = ? WHERE name = ? AND revoked IS NULL",
            (utc_now(), name),
        ).rowcount
        if not changed:
            known = db.execute("SELECT 1 FROM devices WHERE name = ?", (name,)).fetchone()
            raise SupervisorError(
                f"device '{name}' is already revoked" if known else f"no device named '{name}'",
                hint=None if known else "see: intake devices list",
            )
        store.audit("device.revoke")
    return next(d for d in devices(store) if d.name == name)


def device_name(store: Store, key_id: str) -> str | None:
    """The name under which a key id is registered, or None."""
    return next((d.name for d in devices(store) if d.key_id == key_id), None)
