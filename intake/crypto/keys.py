"""Supervisor identities and recipient fingerprints (``docs/bundle-format.md``, Keys).

An identity file is the ``age-keygen`` text, encrypted with an age scrypt
stanza unless the supervisor chose no passphrase; ``age -d`` opens it too.
"""

from __future__ import annotations

import hashlib

from intake.crypto.age import (
    AnyIdentity,
    HybridIdentity,
    HybridRecipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt,
    encrypt,
    parse_identity_text,
    parse_recipient,
)
from intake.crypto.age.armor import is_armored
from intake.crypto.age.format import VERSION_LINE
from intake.errors import CryptoError, DecryptionError


def fingerprint(recipient: str) -> str:
    """SHA-256 (hex) of the lowercase Bech32 recipient: what manifests list."""
    return hashlib.sha256(recipient.strip().lower().encode("ascii")).hexdigest()


def short_fingerprint(recipient: str) -> str:
    """The first 16 hex digits of the fingerprint in groups of four, for people to compare."""
    digits = fingerprint(recipient)[:16]
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def recipient_kind(recipient: str) -> str:
    """``post-quantum`` or ``classic``; raises CryptoError for anything that is not a recipient."""
    return "post-quantum" if isinstance(parse_recipient(recipient), HybridRecipient) else "classic"


def new_identity(*, classic: bool = False) -> AnyIdentity:
    """A fresh hybrid identity, or an X25519 one when ``classic``."""
    return X25519Identity.generate() if classic else HybridIdentity.generate()


def identity_text(identity: AnyIdentity, created: str) -> str:
    """The ``age-keygen`` text of an identity. Holds the secret key."""
    return f"# created: {created}\n# public key: {identity.recipient()}\n{identity.encode()}\n"


def identity_file(identity: AnyIdentity, created: str, passphrase: str | None) -> bytes:
    """The bytes of an identity file: encrypted under ``passphrase`` unless it is None."""
    text = identity_text(identity, created).encode("ascii")
    if passphrase is None:
        return text
    return bytes(encrypt(text, [ScryptRecipient(passphrase)]))


def is_encrypted_identity(data: bytes) -> bool:
    """True when an identity file is age-encrypted (needs a passphrase)."""
    return data.startswith(VERSION_LINE) or is_armored(data)


def read_identity_file(data: bytes, passphrase: str | None) -> list[AnyIdentity]:
    """The identities in an identity file, decrypting it with ``passphrase`` if it is encrypted."""
    if is_encrypted_identity(data):
        if passphrase is None:
            raise CryptoError("the identity file is encrypted and needs its passphrase")
        try:
            data = bytes(decrypt(data, [ScryptIdentity(passphrase)]))
        except DecryptionError as error:
            if error.category == "not addressed to this key":
                raise CryptoError("wrong passphrase for the identity file") from None
            raise
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise CryptoError("not an age identity file") from None
    return parse_identity_text(text)
