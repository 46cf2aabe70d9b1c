"""The age v1 header: strict parsing, canonical serialisation and the header MAC.

Spec: ``../shared/specs/age.md`` (Header) and ``docs/bundle-format.md``. The
parser accepts exactly the ABNF of the spec: LF line endings, arguments of
visible ASCII, body lines of 64 base64 characters ending with a shorter one,
canonical unpadded base64. Anything else is ``damaged or altered``.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake.errors import DecryptionError

VERSION_LINE = b"age-encryption.org/v1\n"
_STANZA_PREFIX = b"-> "
_MAC_PREFIX = b"---"
_COLUMNS = 64
_BASE64_CHARS = re.compile(rb"[A-Za-z0-9+/]*")
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")


def damaged() -> DecryptionError:
    """The error for anything malformed or failing authentication."""
    return DecryptionError("damaged or altered")


def b64encode(data: bytes) -> str:
    """Canonical base64 without padding."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str | bytes) -> bytes:
    """Strict base64 without padding: rejects ``=``, foreign characters and non-canonical bits."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else text
    if _BASE64_CHARS.fullmatch(raw) is None or len(raw) % 4 == 1:
        raise damaged()
    try:
        data = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        raise damaged() from None
    if b64encode(data).encode("ascii") != raw:
        raise damaged()
    return data


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments and its decoded body."""

    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        """The stanza as it appears in a header: argument line, body wrapped at 64 columns."""
        body = b64encode(self.body).encode("ascii")
        lines = [b"-> " + " ".join(self.args).encode("ascii")]
        lines += [body[i : i + _COLUMNS] for i in range(0, len(body), _COLUMNS)]
        if len(body) % _COLUMNS == 0:
            lines.append(b"")
        return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Header:
    """A parsed header: the stanzas, the MAC, and the bytes the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes


def _line(data: bytes, start: int) -> tuple[bytes, int]:
    end = data.find(b"\n", start)
    if end < 0:
        raise damaged()
    return data[start:end], end + 1


def _parse_stanza(data: bytes, position: int, line: bytes) -> tuple[Stanza, int]:
    arguments = line[len(_STANZA_PREFIX) :].split(b" ")
    if not all(_ARGUMENT.fullmatch(arg) for arg in arguments):
        raise damaged()
    body_lines: list[bytes] = []
    while True:
        body_line, position = _line(data, position)
        if len(body_line) > _COLUMNS:
            raise damaged()
        body_lines.append(body_line)
        if len(body_line) < _COLUMNS:
            break
    args = tuple(arg.decode("ascii") for arg in arguments)
    return Stanza(args, b64decode(b"".join(body_lines))), position


def parse_header(data: bytes) -> tuple[Header, int]:
    """Parse the header at the start of ``data``; returns it and the offset of the payload.

    Also enforces that a ``scrypt`` stanza is the only stanza of its header.
    """
    if not data.startswith(VERSION_LINE):
        raise damaged()
    position = len(VERSION_LINE)
    stanzas: list[Stanza] = []
    while True:
        line_start = position
        line, position = _line(data, position)
        if line.startswith(_STANZA_PREFIX):
            stanza, position = _parse_stanza(data, position, line)
            stanzas.append(stanza)
        elif line.startswith(_MAC_PREFIX + b" ") and stanzas:
            encoded = line[len(_MAC_PREFIX) + 1 :]
            if len(encoded) != 43:
                raise damaged()
            mac_input = data[: line_start + len(_MAC_PREFIX)]
            break
        else:
            raise damaged()
    if any(s.args[0] == "scrypt" for s in stanzas) and len(stanzas) != 1:
        raise damaged()
    return Header(tuple(stanzas), b64decode(encoded), mac_input), position


def _mac_key(file_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 of the header up to and including ``---``."""
    return hmac.digest(_mac_key(file_key), mac_input, "sha256")


def verify_mac(file_key: bytes, header: Header) -> None:
    """Raise ``damaged or altered`` unless the header MAC matches the file key."""
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise damaged()


def serialise_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """The full header, MAC line included, for these stanzas and this file key."""
    mac_input = VERSION_LINE + b"".join(s.encode() for s in stanzas) + _MAC_PREFIX
    mac = header_mac(file_key, mac_input)
    return mac_input + b" " + b64encode(mac).encode("ascii") + b"\n"
