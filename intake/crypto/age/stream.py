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
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    return NONCE_SIZE + plaintext_size + chunks * TAG_SIZE


def encrypt_payload(file_key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    """The payload: ``nonce`` followed by the STREAM chunks of ``plaintext``."""
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    out = bytearray(encrypted_size(len(plaintext)))
    out[:NONCE_SIZE] = nonce
    view, source = memoryview(out), memoryview(plaintext)
    chunks = max(1, -(-len(plaintext) // CHUNK_SIZE))
    position = NONCE_SIZE
    for counter in range(chunks):
        piece = source[counter * CHUNK_SIZE : (counter + 1) * CHUNK_SIZE]
        nonce_bytes = _chunk_nonce(counter, final=counter == chunks - 1)
        size = len(piece) + TAG_SIZE
        aead.encrypt_into(nonce_bytes, piece, None, view[position : position + size])
        position += size
    return bytes(out)


def split_nonce(payload: bytes | memoryview) -> tuple[bytes, memoryview]:
    """The payload nonce and the chunks after it; a payload without a full nonce is damaged."""
    if len(payload) < NONCE_SIZE:
        raise damaged()
    view = memoryview(payload)
    return bytes(view[:NONCE_SIZE]), view[NONCE_SIZE:]


def decrypt_payload(file_key: bytes, payload: bytes | memoryview) -> bytes:
    """Decrypt and authenticate the whole payload; returns the plaintext only if all of it holds."""
    nonce, chunks = split_nonce(payload)
    if not chunks:
        raise damaged()
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    count = -(-len(chunks) // _ENCRYPTED_CHUNK)
    last_size = len(chunks) - (count - 1) * _ENCRYPTED_CHUNK
    if last_size < TAG_SIZE or (last_size == TAG_SIZE and count > 1):
        raise damaged()
    out = bytearray(len(chunks) - count * TAG_SIZE)
    view = memoryview(out)
    try:
        for counter in range(count):
            start = counter * _ENCRYPTED_CHUNK
            piece = chunks[start : start + _ENCRYPTED_CHUNK]
            final = counter == count - 1
            into = view[counter * CHUNK_SIZE : counter * CHUNK_SIZE + len(piece) - TAG_SIZE]
            aead.decrypt_into(_chunk_nonce(counter, final=final), piece, None, into)
    except InvalidTag:
        raise damaged() from None
    return bytes(out)
