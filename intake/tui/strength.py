"""A rough passphrase strength hint for the create-store screen.

An estimate from length and character classes, not a guarantee: it cannot
know that a passphrase is a famous quotation. It only nudges towards several
random words, which are easy to type and hard to guess offline.
"""

from __future__ import annotations

import math

_ADVICE = "four or more random words are easy to type and hard to guess"


def estimated_bits(passphrase: str) -> float:
    """An optimistic entropy estimate: length times log2 of the character pool used."""
    pool = 0
    pool += 26 if any(c.islower() and c.isascii() for c in passphrase) else 0
    pool += 26 if any(c.isupper() and c.isascii() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(c.isascii() and not c.isalnum() for c in passphrase) else 0
    pool += 1000 if any(not c.isascii() for c in passphrase) else 0
    return len(passphrase) * math.log2(pool) if pool else 0.0


def strength_hint(passphrase: str) -> tuple[str, str]:
    """(level, sentence): level is ``empty``, ``weak``, ``fair`` or ``strong``."""
    if not passphrase:
        return "empty", f"Choose a passphrase: {_ADVICE}."
    bits = estimated_bits(passphrase)
    words = len(passphrase.split())
    if len(passphrase) < 12 or bits < 50:
        return "weak", f"Weak: too short to resist guessing; {_ADVICE}."
    if bits < 80 and words < 4:
        return "fair", "Fair: add a word or two."
    return "strong", "Strong."
