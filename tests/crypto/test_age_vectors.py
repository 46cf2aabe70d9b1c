"""Conformance: every CCTV age vector in ../shared/vectors/age gives its expected result.

Each vector is run through the decryption stages one by one, so that a
failure is seen at the stage the vector expects (armor, header, stanza,
MAC, payload), then through the public ``decrypt`` for the error category.
The last test prints how many vectors passed, per type.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake.crypto.age import ScryptIdentity, decrypt, parse_identity
from intake.crypto.age.armor import dearmor
from intake.crypto.age.encryption import Identity, unwrap_file_key
from intake.crypto.age.format import VERSION_LINE, parse_header, verify_mac
from intake.crypto.age.stream import decrypt_payload, encrypt_payload, split_nonce
from intake.errors import DecryptionError

VECTORS = Path(__file__).resolve().parents[2].parent / "shared" / "vectors" / "age"
NAMES = sorted(
    p.name for p in VECTORS.glob("*") if p.is_file() and p.name not in {"README.md", "LICENSE"}
)


@dataclass(frozen=True)
class Vector:
    expect: str
    payload_sha256: str | None
    identities: tuple[Identity, ...]
    armored: bool
    data: bytes


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    text, data = raw.split(b"\n\n", 1)
    fields: dict[str, list[str]] = collections.defaultdict(list)
    for line in text.decode().splitlines():
        key, value = line.split(": ", 1)
        fields[key].append(value)
    if fields.get("compressed") == ["zlib"]:
        data = zlib.decompress(data)
    identities: list[Identity] = [parse_identity(v) for v in fields["identity"]]
    identities += [ScryptIdentity(v) for v in fields["passphrase"]]
    return Vector(
        expect=fields["expect"][0],
        payload_sha256=fields["payload"][0] if "payload" in fields else None,
        identities=tuple(identities),
        armored=fields.get("armored") == ["yes"],
        data=data,
    )


def staged_outcome(vector: Vector) -> tuple[str, bytes | None]:
    """The vector vocabulary outcome of decrypting stage by stage, and the plaintext if any."""
    data = vector.data
    if vector.armored:
        try:
            data = dearmor(data)
        except DecryptionError:
            return "armor failure", None
    try:
        header, offset = parse_header(data)
    except DecryptionError:
        return "header failure", None
    # Any header that parses re-serialises to the same bytes (canonical encoding).
    assert VERSION_LINE + b"".join(s.encode() for s in header.stanzas) + b"---" == header.mac_input
    try:
        file_key = unwrap_file_key(header, vector.identities)
    except DecryptionError as error:
        if error.category == "not addressed to this key":
            return "no match", None
        return "header failure", None
    try:
        verify_mac(file_key, header)
    except DecryptionError:
        return "HMAC failure", None
    payload = data[offset:]
    try:
        nonce, _ = split_nonce(payload)
    except DecryptionError:
        return "header failure", None
    try:
        plaintext = decrypt_payload(file_key, payload)
    except DecryptionError:
        return "payload failure", None
    # STREAM round trip: re-encrypting with the same key and nonce gives the same bytes.
    assert encrypt_payload(file_key, nonce, plaintext) == payload
    return "success", plaintext


@functools.cache
def evaluate(name: str) -> tuple[str, str]:
    """(expected, outcome) of one vector, after every check of ``test_vector``."""
    vector = load(VECTORS / name)
    outcome, plaintext = staged_outcome(vector)
    if vector.expect == "success":
        assert plaintext is not None
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload_sha256
        assert decrypt(vector.data, vector.identities) == plaintext
    else:
        with pytest.raises(DecryptionError) as caught:
            decrypt(vector.data, vector.identities)
        category = (
            "not addressed to this key" if vector.expect == "no match" else "damaged or altered"
        )
        assert caught.value.category == category
        assert str(caught.value) == f"cannot open bundle: {category}"
    return vector.expect, outcome


@pytest.mark.parametrize("name", NAMES or ["(absent)"])
def test_vector(name: str, shared_dir: Path) -> None:
    expected, outcome = evaluate(name)
    assert outcome == expected


def test_conformance_summary(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    passed: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for name in NAMES:
        kind = name.split("_")[0]
        total[kind] += 1
        try:
            expected, outcome = evaluate(name)
        except AssertionError:
            continue
        passed[kind] += outcome == expected
    with capsys.disabled():
        parts = ", ".join(f"{kind} {passed[kind]}/{total[kind]}" for kind in sorted(total))
        print(f"\nage CCTV vectors passed: {sum(passed.values())}/{len(NAMES)} ({parts})")
    assert len(NAMES) == 143
    assert passed == total
