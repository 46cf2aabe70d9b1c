"""Keys, Bech32, fingerprints, padding and the CLI's refusals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake.crypto.age import HybridIdentity, X25519Identity, parse_identity, parse_recipient
from intake.crypto.age.bech32 import decode, encode
from intake.crypto.bundle import BundleContent, seal_bundle
from intake.crypto.keys import fingerprint, identity_file, short_fingerprint
from intake.crypto.padding import MINIMUM, padded_length, padme
from intake.errors import CryptoError

SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "age.md"


def test_spec_example_keys(shared_dir: Path) -> None:
    text = SPEC.read_text()
    identity = parse_identity(
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    )
    assert isinstance(identity, X25519Identity)
    pq = next(w for w in text.split() if w.startswith("age1pq1"))
    assert len(parse_recipient(pq).public) == 1216
    pq_identity = parse_identity(
        "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
    )
    assert str(pq_identity.recipient()) == pq


def test_bech32_round_trip_and_rejections() -> None:
    data = bytes(range(32))
    text = encode("age", data)
    assert decode(text) == ("age", data) and decode(text.upper()) == ("age", data)
    for bad in (text[:-1] + ("q" if text[-1] != "q" else "p"), text[:5] + text[5:].upper(), "age1"):
        with pytest.raises(CryptoError):
            decode(bad)
    with pytest.raises(CryptoError):
        parse_recipient(str(HybridIdentity.generate().recipient()).replace("age1pq1", "age1"))


def test_fingerprints() -> None:
    recipient = str(X25519Identity.generate().recipient())
    assert fingerprint(recipient) == fingerprint(recipient.upper())
    assert len(fingerprint(recipient)) == 64
    assert short_fingerprint(recipient) == " ".join(
        fingerprint(recipient)[i : i + 4] for i in range(0, 16, 4)
    )


def test_padme() -> None:
    assert padme(1000) == 1024 and padme(65536) == 65536 and padme(65537) == 67584
    for length in (1, 500, 70_000, 1_000_000, 123_456_789):
        padded = padded_length(length)
        assert padded >= max(length, MINIMUM) and padded <= max(MINIMUM, length * 1.12)
    # Bundles of one and of twenty small interviews have the same size.
    key = Ed25519PrivateKey.generate()
    recipient = str(HybridIdentity.generate().recipient())
    sizes = {
        len(
            seal_bundle(
                BundleContent([{"id": str(i)} for i in range(n)], [], {}), [recipient], key
            )[1]
        )
        for n in (1, 20)
    }
    assert len(sizes) == 1


def test_cli_refusals(tmp_path: Path, intake_cli: Callable[..., object]) -> None:
    existing = tmp_path / "exists.key"
    existing.write_text("x")
    run = intake_cli("keys", "new", "--out", str(existing), "--no-passphrase")
    assert run.code == 2 and "already exists" in run.err
    short = tmp_path / "short"
    short.write_text("abc\n")
    weak = intake_cli(
        "keys", "new", "--out", str(tmp_path / "w.key"), "--passphrase-file", str(short)
    )
    assert weak.code == 2 and "passphrase too short" in weak.err
    assert not (tmp_path / "w.key").exists()
    bad = intake_cli("recipients", "add", "age1notakey", "--name", "x", "--home", str(tmp_path))
    assert bad.code == 1 and bad.err.startswith("intake: error: not a valid key")

    identity = HybridIdentity.generate()
    key = tmp_path / "id.txt"
    key.write_bytes(identity_file(identity, "2026-01-01T00:00:00Z", None))
    made = intake_cli("keys", "new", "--out", str(tmp_path / "k2"), "--classic", "--no-passphrase")
    assert made.code == 0 and made.out.startswith("age1") and "fingerprint" in made.err
    device = Ed25519PrivateKey.generate()
    content = BundleContent([{"id": "A"}], [], {})
    _, data = seal_bundle(content, [str(identity.recipient())], device)
    bundle = tmp_path / "b.age"
    bundle.write_bytes(data[:-1])
    damaged = intake_cli("bundle", "verify", str(bundle), "--identity", str(key))
    assert damaged.code == 1
    assert damaged.err == "intake: error: cannot open bundle: damaged or altered\n"
    bundle.write_bytes(data)
    ok = intake_cli("bundle", "verify", str(bundle), "--identity", str(key))
    assert ok.code == 0 and "device not checked" in ok.out
    stranger = Ed25519PrivateKey.generate()
    from intake.crypto.minisign import PublicKey

    other = PublicKey.of(stranger).base64()
    unknown = intake_cli(
        "bundle", "verify", str(bundle), "--identity", str(key), "--device-key", other
    )
    assert unknown.err == "intake: error: cannot open bundle: unknown device\n"
    tty = intake_cli("bundle", "open", str(bundle), "--identity", str(key), "--out", "/dev/null")
    assert tty.code == 2 and "terminal" in tty.err
