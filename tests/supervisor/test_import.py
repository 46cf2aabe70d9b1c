"""intake import and intake devices: verification, idempotence, replay, tampering, trust."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.crypto import minisign
from intake.crypto.age import decrypt, encrypt, parse_recipient
from intake.errors import DecryptionError, SupervisorError
from intake.store import KdfParams, Store
from intake.supervisor import devices, identities, import_bundle, trust_device

from .conftest import FieldDevice, Supervisor, interview

Run = Callable[..., object]


def _count(store: Store, table: str) -> int:
    with store.reader() as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _device_key(device: FieldDevice) -> str:
    return minisign.PublicKey.of(device.store.device_signing_key()).base64()


def _bundle(device: FieldDevice, out: Path, count: int = 2) -> Path:
    for year in range(count):
        device.ingest(interview(birth_year=1980 + year))
    return device.export(out)


def test_import_is_verified_and_idempotent(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    field = make_field("field-a")
    trust_device(supervisor.store, _device_key(field), "laptop-a")
    bundle = _bundle(field, tmp_path / "out", 3)
    first = intake_cli("import", str(bundle), *supervisor.args())
    assert first.code == 0, first.err
    assert "imported 3 interviews from laptop-a" in first.out
    state = [
        _count(supervisor.store, t)
        for t in ("imported_interviews", "bundles", "field_audit", "audit")
    ]
    assert state[0] == 3 and state[1] == 1 and state[2] > 0
    again = intake_cli("import", str(bundle), *supervisor.args())
    assert again.code == 0, again.err
    assert "already imported, nothing changed" in again.out
    after = [
        _count(supervisor.store, t)
        for t in ("imported_interviews", "bundles", "field_audit", "audit")
    ]
    assert after == state


def test_replayed_bundle_is_refused(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    field = make_field("field-a")
    trust_device(supervisor.store, _device_key(field), "laptop-a")
    bundle = _bundle(field, tmp_path / "out")
    assert intake_cli("import", str(bundle), *supervisor.args()).code == 0
    # Same signed content, encrypted again: other bytes, same bundle id.
    payload = decrypt(bundle.read_bytes(), identities(supervisor.store))
    replay = tmp_path / "replay.age"
    replay.write_bytes(bytes(encrypt(bytes(payload), [parse_recipient(supervisor.recipient)])))
    result = intake_cli("import", str(replay), *supervisor.args())
    assert result.code == 1
    assert f"intake: error: {replay}: cannot open bundle: replayed" in result.err
    assert _count(supervisor.store, "imported_interviews") == 2
    actions = [e.action for e in supervisor.store.audit_entries()]
    assert "import.refused.replayed" in actions


@pytest.mark.parametrize("where", [0.1, 0.5, 0.99])
def test_altered_bundle_is_refused(
    supervisor: Supervisor,
    make_field: Callable[..., FieldDevice],
    tmp_path: Path,
    intake_cli: Run,
    where: float,
) -> None:
    field = make_field("field-a")
    trust_device(supervisor.store, _device_key(field), "laptop-a")
    data = bytearray(_bundle(field, tmp_path / "out").read_bytes())
    data[int(len(data) * where)] ^= 0x04
    altered = tmp_path / "altered.age"
    altered.write_bytes(bytes(data))
    result = intake_cli("import", str(altered), *supervisor.args())
    assert result.code == 1
    assert "cannot open bundle: damaged or altered" in result.err
    assert "Traceback" not in result.err
    assert _count(supervisor.store, "bundles") == 0


def test_unknown_device_needs_trust(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    field = make_field("field-a")
    bundle = _bundle(field, tmp_path / "out")
    refused = intake_cli("import", str(bundle), *supervisor.args())
    assert refused.code == 1
    assert "cannot open bundle: unknown device" in refused.err
    assert "intake devices trust" in refused.err
    assert _count(supervisor.store, "imported_interviews") == 0
    accepted = intake_cli("import", str(bundle), "--trust-new-device", *supervisor.args())
    assert accepted.code == 0, accepted.err
    assert "warning: trusted new device" in accepted.err
    [device] = devices(supervisor.store)
    assert device.trust == "first use"
    assert device.key_id == minisign.PublicKey.of(field.store.device_signing_key()).id_text


def test_revoked_device_is_refused_even_with_trust_new_device(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    field = make_field("field-a")
    key_file = tmp_path / "device.pub"
    key_file.write_text(minisign.PublicKey.of(field.store.device_signing_key()).file_text())
    trusted = intake_cli(
        "devices", "trust", str(key_file), "--name", "laptop-a", *supervisor.args()
    )
    assert trusted.code == 0, trusted.err
    revoked = intake_cli("devices", "revoke", "laptop-a", *supervisor.args())
    assert revoked.code == 0, revoked.err
    listing = intake_cli("devices", "list", *supervisor.args())
    assert supervisor.recipient in listing.out
    assert "laptop-a" in listing.out and "revoked" in listing.out
    bundle = _bundle(field, tmp_path / "out")
    result = intake_cli("import", str(bundle), "--trust-new-device", *supervisor.args())
    assert result.code == 1
    assert "unknown device" in result.err and "laptop-a' was revoked" in result.err


def test_devices_refuse_bad_input(supervisor: Supervisor, intake_cli: Run) -> None:
    bad_key = intake_cli("devices", "trust", "not-a-key", "--name", "x", *supervisor.args())
    assert bad_key.code == 1 and "not a minisign public key" in bad_key.err
    unknown = intake_cli("devices", "revoke", "nobody", *supervisor.args())
    assert unknown.code == 1 and "no device named 'nobody'" in unknown.err


def test_bundle_not_for_this_supervisor(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path
) -> None:
    field = make_field("field-a")
    bundle = _bundle(field, tmp_path / "out")
    other_home = tmp_path / "other"
    with Store.create(
        other_home, "other passphrase", kdf=KdfParams.FLOOR, supervisor=True
    ) as other:
        from intake.supervisor import create_identity

        create_identity(other)
        with pytest.raises(DecryptionError) as raised:
            import_bundle(other, bundle.read_bytes(), trust_new_device=True)
    assert raised.value.category == "not addressed to this key"


def test_field_store_cannot_import(make_field: Callable[..., FieldDevice], tmp_path: Path) -> None:
    field = make_field("field-a")
    with pytest.raises(SupervisorError, match="is a field store"):
        import_bundle(field.store, b"anything")


def test_later_bundles_extend_the_field_audit_chain(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path
) -> None:
    field = make_field("field-a")
    trust_device(supervisor.store, _device_key(field), "laptop-a")
    import_bundle(supervisor.store, _bundle(field, tmp_path / "one").read_bytes())
    kept = _count(supervisor.store, "field_audit")
    second = _bundle(field, tmp_path / "two")
    result = import_bundle(supervisor.store, second.read_bytes())
    assert result.interviews == 2 and not result.already
    with supervisor.store.reader() as db:
        kept_hashes = [row[0] for row in db.execute("SELECT hash FROM field_audit ORDER BY seq")]
    device_hashes = [entry.hash for entry in field.store.audit_entries()]
    assert len(kept_hashes) > kept
    assert kept_hashes == device_hashes[: len(kept_hashes)]  # the device's chain, in order


def test_import_a_directory(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    field = make_field("field-a")
    trust_device(supervisor.store, _device_key(field), "laptop-a")
    out = tmp_path / "out"
    _bundle(field, out, 1)
    _bundle(field, out, 1)
    result = intake_cli("import", str(out), *supervisor.args())
    assert result.code == 0, result.err
    assert result.out.count("imported 1 interview from laptop-a") == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert intake_cli("import", str(empty), *supervisor.args()).code == 2
