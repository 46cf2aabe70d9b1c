"""Cross-implementation checks against Debian's ``age`` and ``minisign`` CLIs and ``pyrage``.

Debian's age 1.1 and pyrage predate the post-quantum recipient, so interop is
checked for X25519 and scrypt; the hybrid type is checked by the CCTV vectors.
Tests skip with a reason when a tool is absent (``apt-get install age minisign``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake.crypto import minisign
from intake.crypto.age import ScryptIdentity, X25519Identity, decrypt, encrypt, parse_identity
from intake.crypto.bundle import BundleContent, open_bundle, seal_bundle
from intake.crypto.keys import identity_file, read_identity_file

pyrage = pytest.importorskip("pyrage", reason="pyrage is not installed")
PAYLOAD = os.urandom(200_000)  # several chunks, last one short


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install -y age minisign)")
    return path


def test_our_x25519_file_decrypts_with_age_cli(tmp_path: Path) -> None:
    age = _tool("age")
    identity = X25519Identity.generate()
    key = tmp_path / "key.txt"
    key.write_bytes(identity_file(identity, "2026-01-01T00:00:00Z", None))
    encrypted = tmp_path / "file.age"
    encrypted.write_bytes(encrypt(PAYLOAD, [identity.recipient()]))
    result = subprocess.run([age, "-d", "-i", str(key), str(encrypted)], capture_output=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == PAYLOAD


def test_age_cli_files_decrypt_with_ours(tmp_path: Path) -> None:
    age, keygen = _tool("age"), _tool("age-keygen")
    key = tmp_path / "key.txt"
    subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
    identities = read_identity_file(key.read_bytes(), None)
    recipient = str(identities[0].recipient())
    for armor in ([], ["-a"]):
        result = subprocess.run(
            [age, "-r", recipient, *armor], input=PAYLOAD, capture_output=True, check=True
        )
        assert decrypt(result.stdout, identities) == PAYLOAD


def test_our_x25519_file_decrypts_with_pyrage_and_back() -> None:
    identity = X25519Identity.generate()
    theirs = pyrage.x25519.Identity.from_str(identity.encode())
    assert str(theirs.to_public()) == str(identity.recipient())
    assert pyrage.decrypt(bytes(encrypt(PAYLOAD, [identity.recipient()])), [theirs]) == PAYLOAD
    assert decrypt(pyrage.encrypt(PAYLOAD, [theirs.to_public()]), [identity]) == PAYLOAD
    generated = pyrage.x25519.Identity.generate()
    ours = parse_identity(str(generated))
    assert decrypt(pyrage.encrypt(PAYLOAD, [generated.to_public()]), [ours]) == PAYLOAD


def test_passphrase_identity_file_opens_with_pyrage_and_back() -> None:
    identity = X25519Identity.generate()
    data = identity_file(identity, "2026-01-01T00:00:00Z", "a long passphrase")
    text = pyrage.passphrase.decrypt(data, "a long passphrase").decode()
    assert identity.encode() in text
    theirs = pyrage.passphrase.encrypt(b"hello", "pw")
    assert decrypt(theirs, [ScryptIdentity("pw")]) == b"hello"


def test_bundle_to_x25519_opens_with_age_cli_and_tar(tmp_path: Path) -> None:
    age, tar = _tool("age"), _tool("tar")
    identity = X25519Identity.generate()
    key = tmp_path / "key.txt"
    key.write_bytes(identity_file(identity, "2026-01-01T00:00:00Z", None))
    content = BundleContent([{"id": "A"}], [{"seq": 1}], {"q@1": "00"})
    _, data = seal_bundle(content, [str(identity.recipient())], Ed25519PrivateKey.generate())
    (tmp_path / "b.age").write_bytes(data)
    payload = subprocess.run(
        [age, "-d", "-i", str(key), str(tmp_path / "b.age")], capture_output=True, check=True
    ).stdout
    listing = subprocess.run([tar, "-t"], input=payload, capture_output=True, check=True)
    assert listing.stdout.decode().split() == [
        "manifest.json",
        "manifest.minisig",
        "interviews.jsonl",
        "audit.jsonl",
    ]


def test_manifest_signature_verifies_with_minisign_cli(tmp_path: Path) -> None:
    minisign_cli = _tool("minisign")
    identity = X25519Identity.generate()
    device = Ed25519PrivateKey.generate()
    content = BundleContent([{"id": "A"}], [{"seq": 1}], {"q@1": "00"})
    _, data = seal_bundle(content, [str(identity.recipient())], device)
    opened = open_bundle(data, [identity])
    (tmp_path / "manifest.json").write_bytes(opened.members["manifest.json"])
    (tmp_path / "manifest.json.minisig").write_bytes(opened.members["manifest.minisig"])
    public = minisign.PublicKey.of(device)
    (tmp_path / "device.pub").write_text(public.file_text())
    for extra in ([], ["-H"]):  # -H: require the prehashed algorithm
        result = subprocess.run(
            [minisign_cli, "-V", *extra, "-p", "device.pub", "-m", "manifest.json"],
            cwd=tmp_path,
            capture_output=True,
        )
        assert result.returncode == 0, result.stderr
        assert f"bundle:{opened.bundle_id}" in result.stdout.decode()
    (tmp_path / "manifest.json").write_bytes(opened.members["manifest.json"] + b" ")
    result = subprocess.run(
        [minisign_cli, "-V", "-P", public.base64(), "-m", "manifest.json"],
        cwd=tmp_path,
        capture_output=True,
    )
    assert result.returncode != 0


def test_minisign_cli_signature_verifies_with_ours(tmp_path: Path) -> None:
    minisign_cli = _tool("minisign")
    subprocess.run(
        [minisign_cli, "-G", "-W", "-p", "k.pub", "-s", "k.key"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    (tmp_path / "m.txt").write_bytes(b"message")
    subprocess.run(
        [minisign_cli, "-S", "-s", "k.key", "-m", "m.txt", "-t", "hello"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    public = minisign.PublicKey.parse((tmp_path / "k.pub").read_text())
    signature = minisign.Signature.parse((tmp_path / "m.txt.minisig").read_text())
    assert minisign.verify(public, b"message", signature) == "hello"
