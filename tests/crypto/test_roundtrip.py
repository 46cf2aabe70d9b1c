"""Round trip on a real store: finalize, export, verify, open with a supervisor key."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intake.crypto import minisign
from intake.crypto.age import HybridIdentity, X25519Identity
from intake.crypto.bundle import open_bundle
from intake.crypto.export import export
from intake.errors import CryptoError, DecryptionError
from intake.questionnaire import Questionnaire

from .conftest import ORIGINAL, REAL_NAME, REDACTED, Field

IDENTIFYING = frozenset({"real_name"})


def test_cli_round_trip(
    field: Field,
    questionnaire: Questionnaire,
    tmp_path: Path,
    intake_cli: Callable[..., object],
) -> None:
    kept = field.add_interview(questionnaire, keep_original=True)
    dropped = field.add_interview(questionnaire, keep_original=False)
    home = ["--home", str(field.home), "--passphrase-file", str(field.passphrase_file)]
    identity_pass = tmp_path / "identity.pass"
    identity_pass.write_text("supervisor secret\n")
    key_file = tmp_path / "supervisor.key"

    made = intake_cli(
        "keys", "new", "--out", str(key_file), "--passphrase-file", str(identity_pass)
    )
    assert made.code == 0, made.err
    recipient = made.out.strip()
    assert recipient.startswith("age1pq1")
    assert b"AGE-SECRET-KEY" not in key_file.read_bytes()  # encrypted with scrypt

    added = intake_cli("recipients", "add", recipient, "--name", "lead", *home)
    assert added.code == 0, added.err
    listed = intake_cli("recipients", "list", *home)
    assert "lead\tpost-quantum" in listed.out
    device = intake_cli("device", "key", *home)
    device_key = tmp_path / "device.pub"
    device_key.write_text(device.out)

    exported = intake_cli("export", "--out", str(tmp_path / "out"), *home)
    assert exported.code == 0, exported.err
    bundle = Path(exported.out.strip())
    assert bundle.parent == tmp_path / "out" and bundle.name.endswith(".age")
    assert {s.state for s in field.store.interviews()} == {"exported"}
    assert "bundle.export" in [e.action for e in field.store.audit_entries()]
    again = intake_cli("export", "--out", str(tmp_path / "out"), *home)
    assert again.code == 0 and "nothing to export" in again.err

    ident = ["--identity", str(key_file), "--passphrase-file", str(identity_pass)]
    verified = intake_cli("bundle", "verify", str(bundle), *ident, "--device-key", str(device_key))
    assert verified.code == 0, verified.err
    assert verified.out.count("\n") == 1 and "ok, 2 interviews" in verified.out

    out = tmp_path / "opened"
    opened = intake_cli("bundle", "open", str(bundle), *ident, "--out", str(out), "--sealed")
    assert opened.code == 0, opened.err
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "audit.jsonl",
        "interviews.jsonl",
        "manifest.json",
        "manifest.minisig",
        "sealed.age",
        "sealed.jsonl",
    ]
    interviews = (out / "interviews.jsonl").read_text()
    assert REAL_NAME not in interviews and ORIGINAL not in interviews and REDACTED in interviews
    records = {r["id"]: r for r in map(json.loads, interviews.splitlines())}
    assert set(records) == {kept, dropped}
    assert "real_name" not in records[kept]["answers"]
    sealed = [json.loads(line) for line in (out / "sealed.jsonl").read_text().splitlines()]
    assert [s["id"] for s in sealed] == [kept]  # only where consent allows
    assert sealed[0]["identifying"] == {"real_name": REAL_NAME}
    assert sealed[0]["originals"][0]["original"] == ORIGINAL

    refused = intake_cli("bundle", "open", str(bundle), *ident, "--out", str(out))
    assert refused.code == 2 and "not empty" in refused.err

    wrong = intake_cli(
        "bundle",
        "verify",
        str(bundle),
        "--identity",
        str(key_file),
        "--passphrase-file",
        str(device_key),
    )
    assert wrong.code == 1 and wrong.err.startswith("intake: error: wrong passphrase")


def test_export_without_recipients_refuses_with_hint(
    field: Field, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    field.add_interview(questionnaire, keep_original=False)
    with pytest.raises(CryptoError) as caught:
        export(field.store, tmp_path / "out", {questionnaire.hash: IDENTIFYING})
    assert "no recipients" in caught.value.message and caught.value.hint
    assert not (tmp_path / "out").exists()
    assert field.store.counts().get("finalized") == 1


def test_export_refuses_mixed_recipient_types(
    field: Field, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    field.add_interview(questionnaire, keep_original=False)
    for name, identity in (("pq", HybridIdentity.generate()), ("old", X25519Identity.generate())):
        recipient = str(identity.recipient())
        field.store.add_recipient(name, recipient, "f" * 64)
    with pytest.raises(CryptoError, match="cannot be mixed"):
        export(field.store, tmp_path / "out", {questionnaire.hash: IDENTIFYING})
    result = export(field.store, tmp_path / "out", {questionnaire.hash: IDENTIFYING}, ["old"])
    assert result is not None and result.interviews == 1


def test_export_reports_progress_to_the_end(
    field: Field, questionnaire: Questionnaire, supervisor: HybridIdentity, tmp_path: Path
) -> None:
    for _ in range(2):
        field.add_interview(questionnaire, keep_original=False)
    field.store.add_recipient("lead", str(supervisor.recipient()), "f" * 64)
    steps: list[tuple[int, int]] = []
    result = export(
        field.store,
        tmp_path / "out",
        {questionnaire.hash: IDENTIFYING},
        progress=lambda done, total: steps.append((done, total)),
    )
    assert result is not None and result.interviews == 2
    assert steps == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_field_device_cannot_open_its_own_bundle(
    field: Field, questionnaire: Questionnaire, supervisor: HybridIdentity, tmp_path: Path
) -> None:
    field.add_interview(questionnaire, keep_original=True)
    field.store.add_recipient("lead", str(supervisor.recipient()), "f" * 64)
    result = export(field.store, tmp_path / "out", {questionnaire.hash: IDENTIFYING})
    assert result is not None
    data = result.path.read_bytes()
    device = minisign.PublicKey.of(field.store.device_signing_key())
    # The device holds only its signing key: no age identity of the device, nor a fresh
    # one, nor its signing key's bytes used as an identity, can open the bundle.
    device_seed = field.store.device_signing_key().private_bytes_raw()
    for identity in (
        HybridIdentity(device_seed),
        X25519Identity(device_seed),
        HybridIdentity.generate(),
    ):
        with pytest.raises(DecryptionError) as caught:
            open_bundle(data, [identity], devices={device.id_text: device})
        assert caught.value.category == "not addressed to this key"
    assert REAL_NAME.encode() not in data and ORIGINAL.encode() not in data
    opened = open_bundle(data, [supervisor], devices={device.id_text: device})
    assert opened.manifest["interviews"] == 1 and opened.device_checked
