"""Redaction engine: Presidio plus our recognizers, policy, pseudonyms, findings, evaluation.

Public API (see docs/redaction.md):

- :meth:`Redactor.load` (slow, blocking) and :meth:`Redactor.redact`
- :func:`apply_decisions` (pure: the review screen and ``ingest`` share it)
- :class:`PseudonymMap`, :class:`Policy`, :class:`Finding`, :class:`RedactionResult`

Importing this package is cheap; the models load in :meth:`Redactor.load`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intake.redaction.decisions import apply_decisions
from intake.redaction.findings import ENTITY_TYPES, Finding, RedactionResult
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap

if TYPE_CHECKING:
    from intake.redaction.engine import Redactor

__all__ = [
    "ENTITY_TYPES",
    "Finding",
    "Policy",
    "PseudonymMap",
    "RedactionResult",
    "Redactor",
    "apply_decisions",
]


def __getattr__(name: str) -> Any:
    if name == "Redactor":  # Presidio and spaCy are imported only when the engine is wanted
        from intake.redaction.engine import Redactor

        return Redactor
    raise AttributeError(name)
