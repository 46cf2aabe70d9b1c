"""Redacting one narrative answer: the engine's findings plus the interviewer's marks.

Runs in a worker thread (the engine takes tens of milliseconds per answer).
The live preview works on a *copy* of the interview's pseudonym map, so that
half-typed names never take a pseudonym number; the accepted answer is
redacted again with the interview's own map.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from intake.redaction.decisions import apply_decisions
from intake.redaction.findings import Finding, RedactionResult
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap
from intake.tui.marks import Marks


class TextRedactor(Protocol):
    """What the app needs of ``intake.redaction.Redactor``."""

    def redact(
        self,
        text: str,
        *,
        lang: str | None = None,
        pseudonyms: PseudonymMap,
        deny: Sequence[str] = (),
        allow: Sequence[str] = (),
    ) -> RedactionResult: ...


@dataclass(frozen=True)
class Redacted:
    """A narrative with the engine's findings, the decisions taken and the final result."""

    original: str
    findings: list[Finding]
    decisions: dict[str, Any]
    result: RedactionResult


def redact_narrative(
    engine: TextRedactor,
    policy: Policy,
    text: str,
    marks: Marks,
    *,
    pseudonyms: PseudonymMap,
    deny: Sequence[str],
) -> Redacted:
    """Run the engine on ``text``, then apply ``marks`` (allocating in ``pseudonyms``)."""
    found = engine.redact(text, pseudonyms=pseudonyms, deny=deny)
    decisions = marks.decisions(text, found.findings)
    result = apply_decisions(text, found.findings, decisions, pseudonyms=pseudonyms, policy=policy)
    return Redacted(text, list(found.findings), decisions, result)


def copy_of(pseudonyms: PseudonymMap) -> PseudonymMap:
    """An independent copy, for previews that must not allocate in the real map."""
    return PseudonymMap.from_json(pseudonyms.to_json())
