"""Export bundles: a signed, padded tar archive inside one age file.

Spec: ``docs/bundle-format.md``, which states the compatibility promise
(format ``intake-bundle`` version 1). :func:`seal_bundle` draws the bundle id,
the clock and the encryption randomness, then calls the deterministic
:func:`bundle_payload`. :func:`open_bundle` authenticates everything before it
returns anything; every failure is a ``DecryptionError`` naming its category.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tarfile
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake import __version__
from intake.crypto import minisign
from intake.crypto.age import AnyIdentity, decrypt, encrypt, parse_recipient
from intake.crypto.age.encryption import read_header
from intake.crypto.keys import fingerprint
from intake.crypto.padding import padded_length
from intake.errors import CryptoError, DecryptionError

FORMAT = "intake-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.minisig"
INTERVIEWS = "interviews.jsonl"
AUDIT = "audit.jsonl"
SEALED = "sealed.age"
_ORDER = (MANIFEST, SIGNATURE, INTERVIEWS, AUDIT, SEALED)
_SUFFIX = ".age"
_BUNDLE_ID = re.compile(r"[0-9a-f]{32}")


def _damaged() -> DecryptionError:
    return DecryptionError("damaged or altered")


def _jsonl(records: Sequence[Mapping[str, Any]]) -> bytes:
    return b"".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        for r in records
    )


def _canonical(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def bundle_file_name(bundle_id: str) -> str:
    return bundle_id + _SUFFIX


def trusted_comment(bundle_id: str, recipient_fingerprints: Sequence[str]) -> str:
    """The signature's trusted comment: binds the bundle id and the exact recipient set."""
    joined = ",".join(sorted(recipient_fingerprints)).encode("ascii")
    return f"{FORMAT} v{VERSION} bundle:{bundle_id} recipients:{hashlib.sha256(joined).hexdigest()}"


@dataclass(frozen=True)
class BundleContent:
    """What a bundle carries, before encryption.

    ``sealed`` holds originals, identifying answers and pseudonym maps (only of
    interviews whose consent allows it); it travels encrypted a second time.
    """

    interviews: Sequence[Mapping[str, Any]]
    audit: Sequence[Mapping[str, Any]]
    questionnaires: Mapping[str, str]
    sealed: Sequence[Mapping[str, Any]] = field(default_factory=list)


def _tar(members: Sequence[tuple[str, bytes]], created: datetime) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o600, int(created.timestamp())
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def bundle_payload(
    content: BundleContent,
    recipients: Sequence[str],
    device_key: Ed25519PrivateKey,
    bundle_id: str,
    created: datetime,
    sealed_file: bytes | bytearray | None,
) -> bytes:
    """Deterministic inner step of :func:`seal_bundle`: the padded, signed tar archive."""
    files: list[tuple[str, bytes]] = [
        (INTERVIEWS, _jsonl(content.interviews)),
        (AUDIT, _jsonl(content.audit)),
    ]
    if sealed_file is not None:
        files.append((SEALED, bytes(sealed_file)))
    public = minisign.PublicKey.of(device_key)
    fingerprints = sorted(fingerprint(r) for r in recipients)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": bundle_id,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tool": f"intake {__version__}",
        "device_key_id": public.id_text,
        "device_public_key": public.base64(),
        "recipients": fingerprints,
        "questionnaires": dict(content.questionnaires),
        "interviews": len(content.interviews),
        "files": [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in files
        ],
    }
    manifest_bytes = _canonical(manifest) + b"\n"
    signature = minisign.sign(device_key, manifest_bytes, trusted_comment(bundle_id, fingerprints))
    archive = _tar([(MANIFEST, manifest_bytes), (SIGNATURE, signature.encode()), *files], created)
    return archive + bytes(padded_length(len(archive)) - len(archive))


def seal_bundle(
    content: BundleContent, recipients: Sequence[str], device_key: Ed25519PrivateKey
) -> tuple[str, bytes]:
    """Encrypt and sign a new bundle to ``recipients``; returns its id and the age file."""
    parsed = [parse_recipient(r) for r in recipients]
    if not parsed:
        raise CryptoError("no recipients to encrypt to")
    sealed_file = encrypt(_jsonl(content.sealed), parsed) if content.sealed else None
    bundle_id = os.urandom(16).hex()
    created = datetime.now(UTC).replace(microsecond=0)
    payload = bundle_payload(content, recipients, device_key, bundle_id, created, sealed_file)
    return bundle_id, bytes(encrypt(payload, parsed))


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose encryption, signature, recipients and file hashes all checked out."""

    bundle_id: str
    manifest: Mapping[str, Any]
    members: Mapping[str, bytes] = field(repr=False)  # plaintext: never in a log or traceback
    device_key_id: str
    device_checked: bool

    def records(self, name: str) -> list[dict[str, Any]]:
        """The JSON objects of a ``.jsonl`` member."""
        return [json.loads(line) for line in self.members[name].splitlines()]

    def summary(self) -> str:
        device = f"device {self.device_key_id}" if self.device_checked else "device not checked"
        count = self.manifest["interviews"]
        return (
            f"bundle {self.bundle_id}: ok, {count} interview{'s' * (count != 1)}, "
            f"created {self.manifest['created']}, {device}"
        )


def _members(payload: bytes | bytearray) -> dict[str, bytes]:
    """The members of the payload's tar archive, strictly; the padding must be zeros."""
    members: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as archive:
            for info in archive:
                if not info.isreg() or info.name not in _ORDER or info.name in members:
                    raise _damaged()
                extracted = archive.extractfile(info)
                if extracted is None:
                    raise _damaged()
                members[info.name] = extracted.read()
            end = archive.offset
    except (tarfile.TarError, EOFError, UnicodeDecodeError):
        raise _damaged() from None
    if any(payload[end:]) or list(members) != [n for n in _ORDER if n in members]:
        raise _damaged()
    if not {MANIFEST, INTERVIEWS, AUDIT} <= set(members):
        raise _damaged()
    return members


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise _damaged() from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _damaged()
    if manifest.get("version") != VERSION:
        raise _damaged()
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise _damaged()
    bundle_id = manifest.get("bundle_id")
    if not isinstance(bundle_id, str) or _BUNDLE_ID.fullmatch(bundle_id) is None:
        raise _damaged()
    if not isinstance(manifest.get("interviews"), int):
        raise _damaged()
    return manifest


def _check_signature(
    members: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    devices: Mapping[str, minisign.PublicKey] | None,
) -> minisign.PublicKey:
    key_id = manifest.get("device_key_id")
    if devices is None:
        try:
            device = minisign.PublicKey.parse(str(manifest.get("device_public_key", "")))
        except CryptoError:
            raise DecryptionError("signature invalid") from None
    elif isinstance(key_id, str) and key_id in devices:
        device = devices[key_id]
    else:
        raise DecryptionError("unknown device")
    if SIGNATURE not in members or device.id_text != key_id:
        raise DecryptionError("signature invalid")
    try:
        signature = minisign.Signature.parse(members[SIGNATURE].decode("utf-8"))
    except UnicodeDecodeError:
        raise DecryptionError("signature invalid") from None
    comment = minisign.verify(device, members[MANIFEST], signature)
    if comment != trusted_comment(str(manifest["bundle_id"]), manifest["recipients"]):
        raise DecryptionError("signature invalid")
    return device


def _check_files(members: Mapping[str, bytes], manifest: Mapping[str, Any]) -> None:
    listed = manifest.get("files")
    if not isinstance(listed, list):
        raise _damaged()
    names = [
        entry["name"]
        for entry in listed
        if isinstance(entry, dict) and isinstance(entry.get("name"), str)
    ]
    if sorted(names) != sorted(set(members) - {MANIFEST, SIGNATURE}) or len(names) != len(listed):
        raise _damaged()
    for entry in listed:
        data = members[entry["name"]]
        if (
            entry.get("size") != len(data)
            or entry.get("sha256") != hashlib.sha256(data).hexdigest()
        ):
            raise _damaged()


def open_bundle(
    data: bytes,
    identities: Sequence[AnyIdentity],
    *,
    devices: Mapping[str, minisign.PublicKey] | None = None,
    seen: Container[str] = frozenset(),
) -> OpenedBundle:
    """Decrypt and check a bundle (``docs/bundle-format.md``, Verifying and opening).

    ``devices`` maps device key ids (as minisign prints them) to their public
    keys; None checks the signature against the key carried in the manifest
    (integrity, not origin). ``seen`` holds the ids of bundles already
    imported: a bundle among them is ``replayed``. Nothing is returned unless
    every check passes.
    """
    payload = decrypt(data, identities)
    members = _members(payload)
    manifest = _manifest(members[MANIFEST])
    recipients = manifest["recipients"]
    _check_signature(members, manifest, devices)
    ours = {fingerprint(str(identity.recipient())) for identity in identities}
    if not ours & set(recipients):
        raise DecryptionError("not addressed to this key")
    header, _ = read_header(data)
    if len(header.stanzas) != len(recipients):
        raise _damaged()
    _check_files(members, manifest)
    bundle_id = str(manifest["bundle_id"])
    if bundle_id in seen:
        raise DecryptionError("replayed")
    return OpenedBundle(
        bundle_id, manifest, members, str(manifest["device_key_id"]), devices is not None
    )


def open_sealed(bundle: OpenedBundle, identities: Sequence[AnyIdentity]) -> bytes:
    """``sealed.jsonl``: originals, identifying answers, pseudonym maps (empty when absent)."""
    if SEALED not in bundle.members:
        return b""
    return bytes(decrypt(bundle.members[SEALED], identities))
