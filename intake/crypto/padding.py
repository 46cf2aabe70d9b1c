"""Padmé padding of bundle payloads (Nikitin et al., PETS 2019), with a 64 KiB floor.

See ``docs/bundle-format.md`` (Padding): the padded length leaks only
O(log log L) bits of the length L, with at most 12 % overhead.
"""

from __future__ import annotations

MINIMUM = 64 * 1024


def padme(length: int) -> int:
    """Round ``length`` up by clearing its low ``E - S`` bits (E = log2 L, S = log2 E + 1)."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    bits = exponent.bit_length()
    mask = (1 << (exponent - bits)) - 1
    return (length + mask) & ~mask


def padded_length(length: int) -> int:
    """The length a bundle payload of ``length`` bytes is padded to."""
    return max(MINIMUM, padme(length))
