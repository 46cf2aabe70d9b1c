"""The age v1 payload: STREAM with ChaCha20-Poly1305 in 64 KiB chunks.

Spec: ``../shared/specs/age.md`` (Payload). Decryption authenticates every
chunk, the final one included, before it returns anything: a truncated or
altered payload releases no plaintext at all.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake.crypto.age.format import damaged

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
NONCE_SIZE = 16
_ENCRYPTED_CHUNK = CHUNK_SIZE + TAG_SIZE


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """HKDF-SHA-256(ikm = file key, salt = nonce, info = "payload")."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload")
    return hkdf.derive(file_key)


def _chunk_nonce(counter: int, *, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def encrypted_size(plaintext_size: int) -> int:
    """Size of the payload (nonce included) that encrypts ``plaintext_size`` bytes."""
    return NONCE_SIZE + plaintext_size + max(1, -(-plaintext_size // CHUNK_SIZE)) * TAG_SIZE


def encrypt_payload_into(file_key: bytes, nonce: bytes, plaintext: bytes, out: memoryview) -> None:
    """Write the payload (``nonce``, then the chunks) into ``out``, of exactly the right size."""
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    source = memoryview(plaintext)
    count = max(1, -(-len(plaintext) // CHUNK_SIZE))
    out[:NONCE_SIZE] = nonce
    position = NONCE_SIZE
    for counter in range(count):
        piece = source[counter * CHUNK_SIZE : (counter + 1) * CHUNK_SIZE]
        size = len(piece) + TAG_SIZE
        nonce_bytes = _chunk_nonce(counter, final=counter == count - 1)
        aead.encrypt_into(nonce_bytes, piece, None, out[position : position + size])
        position += size


def encrypt_payload(file_key: bytes, nonce: bytes, plaintext: bytes) -> bytearray:
    """The payload: ``nonce`` followed by the STREAM chunks of ``plaintext``."""
    out = bytearray(encrypted_size(len(plaintext)))
    encrypt_payload_into(file_key, nonce, plaintext, memoryview(out))
    return out


def split_nonce(payload: bytes | memoryview) -> tuple[bytes, memoryview]:
    """The payload nonce and the chunks after it; a payload without a full nonce is damaged."""
    if len(payload) < NONCE_SIZE:
        raise damaged()
    view = memoryview(payload)
    return bytes(view[:NONCE_SIZE]), view[NONCE_SIZE:]


def decrypt_payload(file_key: bytes, payload: bytes | memoryview) -> bytearray:
    """Decrypt and authenticate the whole payload; returns the plaintext only if all of it holds."""
    nonce, chunks = split_nonce(payload)
    if not chunks:
        raise damaged()
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    count = -(-len(chunks) // _ENCRYPTED_CHUNK)
    last_size = len(chunks) - (count - 1) * _ENCRYPTED_CHUNK
    if last_size < TAG_SIZE or (last_size == TAG_SIZE and count > 1):
        raise damaged()
    out = bytearray(len(chunks) - count * TAG_SIZE)  # written in place: no extra copy
    view = memoryview(out)
    try:
        for counter in range(count):
            start = counter * _ENCRYPTED_CHUNK
            piece = chunks[start : start + _ENCRYPTED_CHUNK]
            into = view[counter * CHUNK_SIZE : counter * CHUNK_SIZE + len(piece) - TAG_SIZE]
            aead.decrypt_into(_chunk_nonce(counter, final=counter == count - 1), piece, None, into)
    except InvalidTag:
        view[:] = bytes(len(out))  # drop what was decrypted before the failure
        raise damaged() from None
    return out
