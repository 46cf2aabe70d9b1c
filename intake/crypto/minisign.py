"""minisign signatures (Ed25519, prehashed ``ED`` algorithm) and public keys.

Format: https://jedisct1.github.io/minisign/ ; how bundles use it in
``docs/bundle-format.md``. A signature is Ed25519 over the BLAKE2b-512 hash of
the message; the global signature covers the signature and the trusted
comment, so the trusted comment cannot be changed. Signatures verify with
``minisign -V`` (also with ``-H``, which requires prehashing). A key id is the
first 8 bytes of SHA-256 of the public key, shown as minisign shows it: the
little-endian integer in 16 upper-case hex digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from intake.errors import CryptoError, DecryptionError

_KEY_ALGORITHM = b"Ed"
_PREHASHED = b"ED"
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "


def _invalid() -> DecryptionError:
    return DecryptionError("signature invalid")


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise _invalid() from None


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: its key id and the Ed25519 key."""

    key_id: bytes
    key: Ed25519PublicKey

    @classmethod
    def of(cls, private: Ed25519PrivateKey) -> PublicKey:
        public = private.public_key()
        return cls(hashlib.sha256(public.public_bytes_raw()).digest()[:8], public)

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """A public key from the base64 line, or from the text of a ``minisign.pub`` file."""
        lines = [line for line in text.strip().splitlines() if not line.startswith(_UNTRUSTED)]
        try:
            raw = base64.b64decode(lines[-1].strip() if lines else "", validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != 42 or raw[:2] != _KEY_ALGORITHM:
            raise CryptoError("not a minisign public key")
        return cls(raw[2:10], Ed25519PublicKey.from_public_bytes(raw[10:]))

    @property
    def id_text(self) -> str:
        """The key id as minisign prints it."""
        return self.key_id[::-1].hex().upper()

    def base64(self) -> str:
        return base64.b64encode(_KEY_ALGORITHM + self.key_id + self.key.public_bytes_raw()).decode()

    def file_text(self) -> str:
        """The two-line ``minisign.pub`` text."""
        return f"{_UNTRUSTED}minisign public key {self.id_text}\n{self.base64()}\n"


@dataclass(frozen=True)
class Signature:
    """A parsed ``.minisig`` file."""

    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @classmethod
    def parse(cls, text: str) -> Signature:
        """Parse a signature file; anything malformed is ``signature invalid``."""
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) != 4 or not lines[0].startswith(_UNTRUSTED):
            raise _invalid()
        if not lines[2].startswith(_TRUSTED):
            raise _invalid()
        raw, global_signature = _b64(lines[1]), _b64(lines[3])
        if len(raw) != 74 or raw[:2] != _PREHASHED or len(global_signature) != 64:
            raise _invalid()
        return cls(raw[2:10], raw[10:], lines[2][len(_TRUSTED) :], global_signature)

    @property
    def id_text(self) -> str:
        return self.key_id[::-1].hex().upper()


def sign(private: Ed25519PrivateKey, message: bytes, trusted_comment: str) -> str:
    """A ``.minisig`` file's text for ``message``, with a one-line trusted comment."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise CryptoError("a trusted comment is one line")
    public = PublicKey.of(private)
    signature = private.sign(hashlib.blake2b(message).digest())
    global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
    line = base64.b64encode(_PREHASHED + public.key_id + signature).decode()
    return (
        f"{_UNTRUSTED}signature from intake device key {public.id_text}\n{line}\n"
        f"{_TRUSTED}{trusted_comment}\n{base64.b64encode(global_signature).decode()}\n"
    )


def verify(public: PublicKey, message: bytes, signature: Signature) -> str:
    """Check ``signature`` of ``message`` by ``public``; returns the trusted comment."""
    if signature.key_id != public.key_id:
        raise _invalid()
    try:
        public.key.verify(signature.signature, hashlib.blake2b(message).digest())
        public.key.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode("utf-8"),
        )
    except InvalidSignature:
        raise _invalid() from None
    return signature.trusted_comment
