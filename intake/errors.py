"""The error hierarchy: one base class, one subclass per area.

Every message an error carries is shown to the user as it is, so it must never
contain a secret: no answer text, passphrase, key or pseudonym map. The CLI
prints ``intake: error: <message>`` and, when present, ``intake: hint: <hint>``.

``exit_code`` follows the CLI convention: 2 for bad input (a file, an argument
or a line the user can fix), 1 for everything else.
"""

from __future__ import annotations


class IntakeError(Exception):
    """Base class of every error intake reports to a user."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(IntakeError):
    """A command was called with arguments that cannot work."""

    exit_code = 2


class QuestionnaireError(IntakeError):
    """A questionnaire file, expression or answer does not fit the format."""

    exit_code = 2


class StoreError(IntakeError):
    """The encrypted store cannot be opened, read or written."""


class WrongPassphrase(StoreError):
    """The passphrase does not unwrap the key slot. Carries no detail."""

    def __init__(self) -> None:
        super().__init__("wrong passphrase")


class RedactionError(IntakeError):
    """Text or a redaction request cannot be processed."""

    exit_code = 2


class CryptoError(IntakeError):
    """A key, recipient or bundle operation failed for a reason the user can act on."""


class DecryptionError(CryptoError):
    """The one opaque error for every failure to decrypt or authenticate.

    ``category`` is one of a fixed set of words (for example ``not addressed
    to this key``, ``damaged or altered``, ``signature invalid``, ``unknown
    device``). It names the kind of failure and nothing else: never a byte
    offset, a key, a stanza or any plaintext.
    """

    CATEGORIES = frozenset(
        {
            "not addressed to this key",
            "damaged or altered",
            "signature invalid",
            "unknown device",
            "replayed",
        }
    )

    def __init__(self, category: str) -> None:
        if category not in self.CATEGORIES:
            category = "damaged or altered"
        super().__init__(f"cannot open bundle: {category}")
        self.category = category


class SupervisorError(IntakeError):
    """Importing bundles or producing datasets and reports failed."""
