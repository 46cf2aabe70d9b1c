"""Parsing age keys by their Bech32 prefix, and the ``age-keygen`` identity text format."""

from __future__ import annotations

from intake.crypto.age.mlkem import HybridIdentity, HybridRecipient
from intake.crypto.age.x25519 import X25519Identity, X25519Recipient
from intake.errors import CryptoError

AnyRecipient = HybridRecipient | X25519Recipient
AnyIdentity = HybridIdentity | X25519Identity


def parse_recipient(text: str) -> AnyRecipient:
    """An ``age1pq1...`` or ``age1...`` recipient."""
    text = text.strip()
    if text.lower().startswith("age1pq1"):
        return HybridRecipient.parse(text)
    if text.lower().startswith("age1"):
        return X25519Recipient.parse(text)
    raise CryptoError("not an age recipient", hint="expected age1pq1... or age1...")


def parse_identity(text: str) -> AnyIdentity:
    """An ``AGE-SECRET-KEY-PQ-1...`` or ``AGE-SECRET-KEY-1...`` identity."""
    text = text.strip()
    if text.upper().startswith("AGE-SECRET-KEY-PQ-1"):
        return HybridIdentity.parse(text)
    if text.upper().startswith("AGE-SECRET-KEY-1"):
        return X25519Identity.parse(text)
    raise CryptoError("not an age identity")


def parse_identity_text(text: str) -> list[AnyIdentity]:
    """Every identity in ``age-keygen`` text: one key a line, ``#`` comments and blanks ignored."""
    identities = [
        parse_identity(line)
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not identities:
        raise CryptoError("no identity in the identity file")
    return identities
