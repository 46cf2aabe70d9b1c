"""Bech32 (BIP 173) without the 90-character limit, as age uses it for keys.

A string is either all lowercase or all uppercase; the checksum is computed
over the lowercase form. See ``docs/bundle-format.md`` (keys).
"""

from __future__ import annotations

from intake.errors import CryptoError

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: bytes | list[int], source: int, target: int, *, pad: bool) -> list[int] | None:
    accumulator, bits, out = 0, 0, []
    mask = (1 << target) - 1
    for value in data:
        accumulator = (accumulator << source) | value
        bits += source
        while bits >= target:
            bits -= target
            out.append((accumulator >> bits) & mask)
    if pad:
        if bits:
            out.append((accumulator << (target - bits)) & mask)
    elif bits >= source or (accumulator << (target - bits)) & mask:
        return None
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under a lowercase human-readable part; returns lowercase Bech32."""
    values = _regroup(data, 8, 5, pad=True)
    assert values is not None
    polymod = _polymod([*_expand_hrp(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Decode a Bech32 string; returns the lowercase human-readable part and the data.

    Raises CryptoError ``not a valid key`` for mixed case, a bad character or
    checksum, or non-zero padding bits.
    """
    if text.lower() != text and text.upper() != text:
        raise CryptoError("not a valid key: mixed case")
    lowered = text.lower()
    separator = lowered.rfind("1")
    if separator < 1 or separator + 7 > len(lowered):
        raise CryptoError("not a valid key")
    if any(not 33 <= ord(c) <= 126 for c in lowered):
        raise CryptoError("not a valid key")
    hrp, rest = lowered[:separator], lowered[separator + 1 :]
    if any(c not in _CHARSET for c in rest):
        raise CryptoError("not a valid key")
    values = [_CHARSET.index(c) for c in rest]
    if _polymod(_expand_hrp(hrp) + values) != 1:
        raise CryptoError("not a valid key: bad checksum")
    data = _regroup(values[:-6], 5, 8, pad=False)
    if data is None:
        raise CryptoError("not a valid key")
    return hrp, bytes(data)
