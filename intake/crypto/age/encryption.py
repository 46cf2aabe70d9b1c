"""Encrypting and decrypting whole age v1 files.

Spec: ``../shared/specs/age.md``; our subset and rules in
``docs/bundle-format.md``. :func:`encrypt` draws the file key and the payload
nonce, then calls :func:`encrypt_from_parts`, which is deterministic.
:func:`decrypt` returns plaintext only once the header MAC and every payload
chunk have been authenticated; every failure is a
:class:`~intake.errors.DecryptionError` with a category and nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

from intake.crypto.age import mlkem, scrypt
from intake.crypto.age.armor import dearmor, is_armored
from intake.crypto.age.format import (
    Header,
    Stanza,
    damaged,
    parse_header,
    serialise_header,
    verify_mac,
)
from intake.crypto.age.stream import decrypt_payload, encrypt_payload_into, encrypted_size
from intake.errors import CryptoError, DecryptionError

FILE_KEY_SIZE = 16


class Recipient(Protocol):
    """Anything that wraps a file key into one stanza."""

    def wrap(self, file_key: bytes) -> Stanza: ...


class Identity(Protocol):
    """Anything that finds its stanza and unwraps the file key (None: not addressed to it)."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...


def check_recipient_mix(recipients: Sequence[object]) -> None:
    """Refuse post-quantum recipients mixed with classic ones, before any work is done."""
    kinds = {type(recipient) for recipient in recipients}
    if mlkem.HybridRecipient in kinds and len(kinds) > 1:
        raise _mixed()


def _mixed() -> CryptoError:
    return CryptoError(
        "post-quantum and classic recipients cannot be mixed in one file",
        hint="encrypt to post-quantum (age1pq1...) recipients only",
    )


def _check_stanza_mix(stanzas: Sequence[Stanza]) -> None:
    kinds = {stanza.args[0] for stanza in stanzas}
    if scrypt.STANZA_TYPE in kinds and len(stanzas) > 1:
        raise CryptoError("a passphrase must be the only recipient of a file")
    if mlkem.STANZA_TYPE in kinds and len(kinds) > 1:
        raise _mixed()


def encrypt(plaintext: bytes, recipients: Sequence[Recipient]) -> bytearray:
    """Encrypt ``plaintext`` to every recipient as one binary age file."""
    if not recipients:
        raise CryptoError("no recipients to encrypt to")
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas = [recipient.wrap(file_key) for recipient in recipients]
    return encrypt_from_parts(plaintext, stanzas, file_key, os.urandom(16))


def encrypt_from_parts(
    plaintext: bytes, stanzas: Sequence[Stanza], file_key: bytes, nonce: bytes
) -> bytearray:
    """Deterministic inner step of :func:`encrypt`: header for ``stanzas``, then the payload."""
    _check_stanza_mix(stanzas)
    header = serialise_header(stanzas, file_key)
    out = bytearray(len(header) + encrypted_size(len(plaintext)))
    out[: len(header)] = header
    encrypt_payload_into(file_key, nonce, plaintext, memoryview(out)[len(header) :])
    return out


def read_header(data: bytes) -> tuple[Header, memoryview]:
    """Dearmor if needed, parse the header; returns it and the payload that follows."""
    if is_armored(data):
        data = dearmor(data)
    header, offset = parse_header(data)
    return header, memoryview(data)[offset:]


def unwrap_file_key(header: Header, identities: Sequence[Identity]) -> bytes:
    """The file key from the first identity that matches a stanza; the MAC is not checked yet."""
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            if len(file_key) != FILE_KEY_SIZE:
                raise damaged()
            return file_key
    raise DecryptionError("not addressed to this key")


def decrypt(data: bytes, identities: Sequence[Identity]) -> bytearray:
    """Decrypt a binary or armored age file with the first identity that matches."""
    header, payload = read_header(data)
    file_key = unwrap_file_key(header, identities)
    verify_mac(file_key, header)
    return decrypt_payload(file_key, payload)
