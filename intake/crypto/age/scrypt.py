"""The age ``scrypt`` recipient type: a passphrase, only for supervisor identity files.

Spec: ``../shared/specs/age.md`` (The scrypt recipient type). The stanza must
be alone in its header (enforced by the header parser); work factors above
2^22 are refused before any work is done.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from intake.crypto.age.format import Stanza, b64decode, b64encode, damaged

STANZA_TYPE = "scrypt"
WRITE_WORK_FACTOR = 18
MAX_WORK_FACTOR = 22
_LABEL = b"age-encryption.org/v1/scrypt"
_ZERO_NONCE = bytes(12)
_DECIMAL = re.compile(r"[1-9][0-9]*")


def _wrap_key(passphrase: str, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


class ScryptRecipient:
    """Wraps a file key under a passphrase."""

    def __init__(self, passphrase: str, work_factor: int = WRITE_WORK_FACTOR) -> None:
        self._passphrase = passphrase
        self._work_factor = work_factor

    def wrap(self, file_key: bytes) -> Stanza:
        return self.wrap_with(file_key, os.urandom(16))

    def wrap_with(self, file_key: bytes, salt: bytes) -> Stanza:
        """Deterministic inner step of :meth:`wrap`."""
        key = _wrap_key(self._passphrase, salt, self._work_factor)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza((STANZA_TYPE, b64encode(salt), str(self._work_factor)), body)


class ScryptIdentity:
    """Unwraps a file key with a passphrase."""

    def __init__(self, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR) -> None:
        self._passphrase = passphrase
        self._max_work_factor = max_work_factor

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.args[0] != STANZA_TYPE:
                continue
            if len(stanza.args) != 3 or len(stanza.body) != 32:
                raise damaged()
            salt = b64decode(stanza.args[1])
            if len(salt) != 16 or not _DECIMAL.fullmatch(stanza.args[2]):
                raise damaged()
            work_factor = int(stanza.args[2])
            if work_factor > self._max_work_factor:
                raise damaged()
            key = _wrap_key(self._passphrase, salt, work_factor)
            try:
                return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
            except InvalidTag:
                continue
        return None
