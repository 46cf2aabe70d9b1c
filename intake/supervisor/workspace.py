"""The supervisor store's role and identity (docs/supervisor.md, "Supervisor store").

``intake init --supervisor`` generates the supervisor's age identity
(``mlkem768x25519`` unless classic) and keeps it in the store's encrypted
database; the store passphrase is the only thing that unlocks it.
"""

from __future__ import annotations

from intake.crypto.age import AnyIdentity, parse_identity_text
from intake.crypto.keys import identity_text, new_identity
from intake.errors import SupervisorError
from intake.store import Store
from intake.store.store import utc_now


def require_supervisor(store: Store) -> None:
    """Refuse a field store: bundles are imported only into a supervisor store."""
    if store.role != "supervisor":
        raise SupervisorError(
            f"{store.home} is a field store, not a supervisor store",
            hint="create one with: intake init --supervisor --home DIR",
        )


def create_identity(store: Store, *, classic: bool = False) -> str:
    """Generate the supervisor identity inside the store; returns its recipient."""
    require_supervisor(store)
    identity = new_identity(classic=classic)
    now = utc_now()
    with store.transaction() as db:
        if db.execute("SELECT 1 FROM supervisor_identity").fetchone():
            raise SupervisorError("this supervisor store already has an identity")
        db.execute(
            "INSERT INTO supervisor_identity (id, identity, recipient, created) "
            "VALUES (1, ?, ?, ?)",
            (identity_text(identity, now), str(identity.recipient()), now),
        )
        store.audit("supervisor.identity")
    return str(identity.recipient())


def _row(store: Store) -> tuple[str, str]:
    require_supervisor(store)
    with store.reader() as db:
        row = db.execute("SELECT identity, recipient FROM supervisor_identity").fetchone()
    if row is None:
        raise SupervisorError(
            "this supervisor store has no identity", hint="it was not created by intake init"
        )
    return str(row[0]), str(row[1])


def identities(store: Store) -> list[AnyIdentity]:
    """The supervisor's private identity (to open bundles)."""
    return parse_identity_text(_row(store)[0])


def recipient(store: Store) -> str:
    """The supervisor's public recipient, to add on field devices."""
    return _row(store)[1]
