"""The hybrid post-quantum ``mlkem768x25519`` recipient type (``age1pq1...``).

Spec: ``../shared/specs/age.md`` (The MLKEM768-X25519 recipient type). HPKE
base mode with the MLKEM768-X25519 KEM (X-Wing), HKDF-SHA256 and
ChaCha20-Poly1305, from ``cryptography.hazmat.primitives.hpke``. The identity
is a 32-byte seed; as in X-Wing and ``filippo.io/hpke-pq`` it expands with
SHAKE256 to 96 bytes: a 64-byte ML-KEM-768 seed (d || z), then the X25519
scalar. The recipient is the ML-KEM-768 encapsulation key (1184 bytes)
followed by the X25519 public key (32 bytes). The default for bundles.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from intake.crypto.age import bech32
from intake.crypto.age.format import Stanza, b64decode, b64encode, damaged
from intake.errors import CryptoError

RECIPIENT_HRP = "age1pq"
IDENTITY_HRP = "age-secret-key-pq-"
STANZA_TYPE = "mlkem768x25519"
_INFO = b"age-encryption.org/mlkem768x25519"
_MLKEM_PUBLIC = 1184
_MLKEM_CIPHERTEXT = 1088
_ENC_SIZE = _MLKEM_CIPHERTEXT + 32
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class HybridRecipient:
    """An ``age1pq1...`` public key: ML-KEM-768 encapsulation key || X25519 public key."""

    def __init__(self, public: bytes) -> None:
        if len(public) != _MLKEM_PUBLIC + 32:
            raise CryptoError("not a valid key: wrong length")
        try:
            self._key = hpke.MLKEM768X25519PublicKey(
                MLKEM768PublicKey.from_public_bytes(public[:_MLKEM_PUBLIC]),
                X25519PublicKey.from_public_bytes(public[_MLKEM_PUBLIC:]),
            )
        except ValueError:
            raise CryptoError("not a valid key") from None
        self.public = public

    @classmethod
    def parse(cls, text: str) -> HybridRecipient:
        hrp, data = bech32.decode(text)
        if hrp != RECIPIENT_HRP:
            raise CryptoError("not an age post-quantum recipient")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public)

    def wrap(self, file_key: bytes) -> Stanza:
        """A stanza wrapping ``file_key`` (HPKE SealBase draws its own randomness)."""
        sealed = _SUITE.encrypt(file_key, self._key, info=_INFO)
        enc, body = sealed[:_ENC_SIZE], sealed[_ENC_SIZE:]
        return Stanza((STANZA_TYPE, b64encode(enc)), body)


class HybridIdentity:
    """An ``AGE-SECRET-KEY-PQ-1...`` 32-byte seed."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise CryptoError("not a valid key: wrong length")
        expanded = hashlib.shake_256(seed).digest(96)
        self._mlkem = MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = X25519PrivateKey.from_private_bytes(expanded[64:])
        self._key = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)
        self._seed = seed

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> HybridIdentity:
        hrp, data = bech32.decode(text)
        if hrp != IDENTITY_HRP:
            raise CryptoError("not an age post-quantum identity")
        return cls(data)

    def encode(self) -> str:
        """The Bech32 secret key, upper case as age writes it. A secret: never log it."""
        return bech32.encode(IDENTITY_HRP, self._seed).upper()

    def recipient(self) -> HybridRecipient:
        public = self._mlkem.public_key().public_bytes_raw()
        return HybridRecipient(public + self._x25519.public_key().public_bytes_raw())

    def _rejects_x25519_share(self, share: bytes) -> bool:
        try:
            shared = self._x25519.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            return True
        return shared == bytes(32)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key from the first stanza addressed to this identity, or None."""
        for stanza in stanzas:
            if stanza.args[0] != STANZA_TYPE:
                continue
            if len(stanza.args) != 2 or len(stanza.body) != 32:
                raise damaged()
            enc = b64decode(stanza.args[1])
            if len(enc) != _ENC_SIZE or self._rejects_x25519_share(enc[_MLKEM_CIPHERTEXT:]):
                raise damaged()
            try:
                return _SUITE.decrypt(enc + stanza.body, self._key, info=_INFO)
            except (InvalidTag, ValueError):
                continue
        return None
