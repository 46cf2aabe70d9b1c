"""Findings: what the redaction engine found in a text and what it did with it.

A finding is the shared contract between the engine, the interviewer's review
screen, ``intake ingest`` and ``intake redact`` (see docs/architecture.md):
``{type, start, end, score, recognizer, action, replacement}`` with offsets
into the *original* text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from intake.errors import RedactionError

ENTITY_TYPES = (
    "PERSON",
    "PLACE",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "ID_NUMBER",
    "HANDLE",
    "URL",
    "DATE",
)
"""Every identifier type the engine reports, in display order."""

ACTIONS = ("pseudonym", "generalize", "remove", "keep")
"""What the policy can do with a finding of a type."""


@dataclass(frozen=True)
class Finding:
    """One identifier found in a text, with the action taken and its replacement text."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    action: str
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON-compatible form used by the store, the UI and ``intake redact``."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """Rebuild a finding from :meth:`to_dict` output; raises RedactionError if malformed."""
        try:
            finding = cls(
                type=str(data["type"]),
                start=int(data["start"]),
                end=int(data["end"]),
                score=float(data["score"]),
                recognizer=str(data["recognizer"]),
                action=str(data["action"]),
                replacement=str(data["replacement"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RedactionError(f"malformed finding ({type(exc).__name__})") from None
        if finding.type not in ENTITY_TYPES:
            raise RedactionError(f"unknown finding type {finding.type!r}")
        if finding.action not in ACTIONS:
            raise RedactionError(f"unknown finding action {finding.action!r}")
        if not 0 <= finding.start < finding.end:
            raise RedactionError("finding span is empty or negative")
        return finding


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and the findings it was built from, ordered by start offset."""

    text: str
    findings: list[Finding]


def render(text: str, findings: list[Finding]) -> str:
    """Replace each finding's span of ``text`` by its replacement (spans must not overlap)."""
    parts: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: f.start):
        parts.append(text[cursor : finding.start])
        parts.append(finding.replacement)
        cursor = finding.end
    parts.append(text[cursor:])
    return "".join(parts)
