"""age v1 (``age-encryption.org/v1``) on ``cryptography``: the subset intake uses.

Spec: ``../shared/specs/age.md``; our subset, rules and compatibility promise
in ``docs/bundle-format.md``. Files we write are standard age files that any
age implementation supporting the recipient type can decrypt.
"""

from __future__ import annotations

from intake.crypto.age.encryption import Identity, Recipient, decrypt, encrypt
from intake.crypto.age.keys import (
    AnyIdentity,
    AnyRecipient,
    parse_identity,
    parse_identity_text,
    parse_recipient,
)
from intake.crypto.age.mlkem import HybridIdentity, HybridRecipient
from intake.crypto.age.scrypt import ScryptIdentity, ScryptRecipient
from intake.crypto.age.x25519 import X25519Identity, X25519Recipient

__all__ = [
    "AnyIdentity",
    "AnyRecipient",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "encrypt",
    "parse_identity",
    "parse_identity_text",
    "parse_recipient",
]
