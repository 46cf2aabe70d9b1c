"""The classic age ``X25519`` recipient type (``age1...``, ``AGE-SECRET-KEY-1...``).

Spec: ``../shared/specs/age.md`` (The X25519 recipient type). Used only for
supervisors whose tools predate post-quantum age; never mixed with hybrid
recipients in one file (see ``docs/bundle-format.md``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake.crypto.age import bech32
from intake.crypto.age.format import Stanza, b64decode, b64encode, damaged
from intake.errors import CryptoError

RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
STANZA_TYPE = "X25519"
_INFO = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = bytes(12)


def _wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=_INFO)
    return hkdf.derive(shared)


def _exchange(secret: X25519PrivateKey, public: bytes) -> bytes:
    try:
        shared = secret.exchange(X25519PublicKey.from_public_bytes(public))
    except ValueError:  # all-zero shared secret (low-order point)
        raise damaged() from None
    if shared == bytes(32):
        raise damaged()
    return shared


class X25519Recipient:
    """An ``age1...`` public key that file keys are wrapped to."""

    def __init__(self, public: bytes) -> None:
        if len(public) != 32:
            raise CryptoError("not a valid key: wrong length")
        self.public = public

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        hrp, data = bech32.decode(text)
        if hrp != RECIPIENT_HRP:
            raise CryptoError("not an age X25519 recipient")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public)

    def wrap(self, file_key: bytes) -> Stanza:
        """A stanza wrapping ``file_key``, with a fresh ephemeral key."""
        return self.wrap_with(file_key, X25519PrivateKey.generate())

    def wrap_with(self, file_key: bytes, ephemeral: X25519PrivateKey) -> Stanza:
        """Deterministic inner step of :meth:`wrap`."""
        share = ephemeral.public_key().public_bytes_raw()
        shared = _exchange(ephemeral, self.public)
        body = ChaCha20Poly1305(_wrap_key(shared, share, self.public)).encrypt(
            _ZERO_NONCE, file_key, None
        )
        return Stanza((STANZA_TYPE, b64encode(share)), body)


class X25519Identity:
    """An ``AGE-SECRET-KEY-1...`` secret key."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise CryptoError("not a valid key: wrong length")
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self._secret = secret

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        hrp, data = bech32.decode(text)
        if hrp != IDENTITY_HRP:
            raise CryptoError("not an age X25519 identity")
        return cls(data)

    def encode(self) -> str:
        """The Bech32 secret key, upper case as age writes it. A secret: never log it."""
        return bech32.encode(IDENTITY_HRP, self._secret).upper()

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._key.public_key().public_bytes_raw())

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key from the first stanza addressed to this identity, or None.

        A malformed ``X25519`` stanza is ``damaged or altered``, even when a
        later stanza would match.
        """
        public = self.recipient().public
        for stanza in stanzas:
            if stanza.args[0] != STANZA_TYPE:
                continue
            if len(stanza.args) != 2 or len(stanza.body) != 32:
                raise damaged()
            share = b64decode(stanza.args[1])
            if len(share) != 32:
                raise damaged()
            shared = _exchange(self._key, share)
            aead = ChaCha20Poly1305(_wrap_key(shared, share, public))
            try:
                return aead.decrypt(_ZERO_NONCE, stanza.body, None)
            except InvalidTag:
                continue
        return None
