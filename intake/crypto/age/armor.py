"""Decoding of the age ASCII armor (strict PEM, label ``AGE ENCRYPTED FILE``).

Spec: ``../shared/specs/age.md`` (ASCII armor). Only whitespace around the
block and CRLF line endings are tolerated; lines are 64 columns, the base64 is
padded and canonical. We read armor for compatibility and never write it.
"""

from __future__ import annotations

import base64
import binascii
import re

from intake.crypto.age.format import damaged

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
_COLUMNS = 64
_WHITESPACE = b" \t\r\n"
_PADDED_BASE64 = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_START = re.compile(rb"[ \t\r\n]*" + re.escape(BEGIN))


def is_armored(data: bytes) -> bool:
    """True when ``data`` starts, after whitespace, with the armor's BEGIN line."""
    return _START.match(data) is not None


def _lines(text: bytes) -> list[bytes]:
    lines = text.split(b"\n")
    if lines[0].endswith(b"\r"):  # CRLF: every line but the last (stripped) ends with CR
        if not all(line.endswith(b"\r") for line in lines[:-1]):
            raise damaged()
        lines = [line.removesuffix(b"\r") for line in lines[:-1]] + [lines[-1]]
    if any(b"\r" in line for line in lines):
        raise damaged()
    return lines


def dearmor(data: bytes) -> bytes:
    """The binary age file inside an armored one; anything non-canonical is damaged."""
    lines = _lines(data.strip(_WHITESPACE))
    if len(lines) < 2 or lines[0] != BEGIN or lines[-1] != END:
        raise damaged()
    body = lines[1:-1]
    if any(len(line) != _COLUMNS for line in body[:-1]):
        raise damaged()
    if body and not 0 < len(body[-1]) <= _COLUMNS:
        raise damaged()
    encoded = b"".join(body)
    if _PADDED_BASE64.fullmatch(encoded) is None or len(encoded) % 4:
        raise damaged()
    try:
        decoded = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise damaged() from None
    if base64.b64encode(decoded) != encoded:
        raise damaged()
    return decoded
