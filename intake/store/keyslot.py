"""The key slot: the database key wrapped by a key derived from the passphrase.

Format 1 is specified in docs/storage.md ("Key slot file, format 1"). Every
slot written by this release will be read by every later release; a slot of
a newer format is refused, never guessed at.
"""

from __future__ import annotations

import secrets
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from intake.errors import StoreError, WrongPassphrase

MAGIC = b"intakeks"
FORMAT_VERSION = 1
KDF_ARGON2ID = 1
AEAD_CHACHA20_POLY1305 = 1
KEY_SIZE = 32
SALT_SIZE = 16
NONCE_SIZE = 12
_HEADER = struct.Struct(">8sBBIIBB16s12s")
HEADER_SIZE = _HEADER.size  # 48
SLOT_SIZE = HEADER_SIZE + KEY_SIZE + 16  # 96

_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 64
_CALIBRATION_TARGET_S = 0.5
_CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: memory in KiB, iterations (t) and lanes (p)."""

    memory_kib: int
    iterations: int
    lanes: int

    FLOOR: ClassVar[KdfParams]

    def check(self) -> None:
        """Refuse parameters below the floor or beyond what a slot may ask for."""
        floor = KdfParams.FLOOR
        if not (
            floor.memory_kib <= self.memory_kib <= _MAX_MEMORY_KIB
            and floor.iterations <= self.iterations <= _MAX_ITERATIONS
            and floor.lanes <= self.lanes <= _MAX_LANES
        ):
            raise StoreError("key derivation parameters are out of bounds")

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 32-byte key-encryption key for a passphrase and salt."""
        kdf = Argon2id(
            salt=salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))

    def describe(self) -> str:
        return f"argon2id m={self.memory_kib // 1024} MiB t={self.iterations} p={self.lanes}"


KdfParams.FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)


@dataclass(frozen=True)
class KeySlot:
    """A parsed key slot: parameters, salt, nonce and the wrapped database key."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def header(self) -> bytes:
        return _HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            KDF_ARGON2ID,
            self.params.memory_kib,
            self.params.iterations,
            self.params.lanes,
            AEAD_CHACHA20_POLY1305,
            self.salt,
            self.nonce,
        )

    def to_bytes(self) -> bytes:
        return self.header() + self.wrapped

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlot:
        """Parse a slot; raise StoreError when it is damaged or of a newer format."""
        if len(data) < HEADER_SIZE or data[:8] != MAGIC:
            raise StoreError("key slot is damaged", hint="restore it from a backup or wipe")
        _, version, kdf, memory, iterations, lanes, aead, salt, nonce = _HEADER.unpack(
            data[:HEADER_SIZE]
        )
        if version > FORMAT_VERSION:
            raise StoreError(
                f"key slot format {version} was written by a newer version of intake",
                hint="upgrade intake",
            )
        if version != FORMAT_VERSION or kdf != KDF_ARGON2ID or aead != AEAD_CHACHA20_POLY1305:
            raise StoreError("key slot is damaged", hint="restore it from a backup or wipe")
        if len(data) != SLOT_SIZE:
            raise StoreError("key slot is damaged", hint="restore it from a backup or wipe")
        params = KdfParams(memory, iterations, lanes)
        try:
            params.check()
        except StoreError:
            raise StoreError(
                "key slot is damaged", hint="restore it from a backup or wipe"
            ) from None
        return cls(params, salt, nonce, data[HEADER_SIZE:])

    def unwrap(self, passphrase: str) -> bytes:
        """The database key, or WrongPassphrase (also for a slot altered after the header check)."""
        kek = self.params.derive(passphrase, self.salt)
        try:
            key = ChaCha20Poly1305(kek).decrypt(self.nonce, self.wrapped, self.header())
        except InvalidTag:
            raise WrongPassphrase() from None
        if len(key) != KEY_SIZE:
            raise WrongPassphrase()
        return key


def wrap(key: bytes, passphrase: str, params: KdfParams) -> KeySlot:
    """Wrap ``key`` under ``passphrase`` with a fresh random salt and nonce."""
    return wrap_with(
        key, passphrase, params, secrets.token_bytes(SALT_SIZE), secrets.token_bytes(NONCE_SIZE)
    )


def wrap_with(key: bytes, passphrase: str, params: KdfParams, salt: bytes, nonce: bytes) -> KeySlot:
    """Deterministic core of :func:`wrap`: the caller supplies salt and nonce."""
    if len(key) != KEY_SIZE or len(salt) != SALT_SIZE or len(nonce) != NONCE_SIZE:
        raise ValueError("wrong key, salt or nonce size")
    params.check()
    unsealed = KeySlot(params, salt, nonce, b"")
    kek = params.derive(passphrase, salt)
    wrapped = ChaCha20Poly1305(kek).encrypt(nonce, key, unsealed.header())
    return KeySlot(params, salt, nonce, wrapped)


def calibrate_kdf(
    *,
    target_s: float = _CALIBRATION_TARGET_S,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Parameters that take at least ``target_s`` here, never below :attr:`KdfParams.FLOOR`.

    Memory doubles from 64 MiB up to 1 GiB; past that, iterations grow.
    """
    params = KdfParams.FLOOR
    salt = bytes(SALT_SIZE)
    while True:
        started = clock()
        params.derive("calibration", salt)
        elapsed = clock() - started
        if elapsed >= target_s or params.iterations >= _MAX_ITERATIONS:
            return params
        if params.memory_kib * 2 <= _CALIBRATION_MAX_MEMORY_KIB:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        else:
            params = KdfParams(params.memory_kib, params.iterations + 1, params.lanes)
