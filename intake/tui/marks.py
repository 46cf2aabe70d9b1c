"""The interviewer's marks on a narrative: findings rejected and spans added, by their text.

The engine's findings are recomputed on every keystroke, so their indexes move
while the interviewer types. Marks are therefore remembered by what they
cover (type and surface text) and turned into the index-based decisions of
docs/architecture.md (``{"reject": [...], "add": [[start, end, type], ...]}``)
for one text at a time. Rejecting a finding rejects every finding of the same
type and text in that answer; marking a span marks every occurrence of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from intake.redaction.findings import Finding


@dataclass
class Marks:
    """Rejected (type, text) pairs and added (text, type) spans of one answer."""

    rejected: set[tuple[str, str]] = field(default_factory=set)
    added: list[tuple[str, str]] = field(default_factory=list)

    def reject(self, text: str, finding: Finding) -> None:
        self.rejected.add((finding.type, text[finding.start : finding.end]))

    def add(self, surface: str, entity_type: str) -> None:
        if surface.strip() and (surface, entity_type) not in self.added:
            self.added.append((surface, entity_type))

    def decisions(self, text: str, findings: Sequence[Finding]) -> dict[str, Any]:
        """The decisions for ``text`` and the engine's ``findings`` of it."""
        reject = [
            index
            for index, f in enumerate(findings)
            if (f.type, text[f.start : f.end]) in self.rejected
        ]
        spans: list[list[Any]] = []
        for surface, entity_type in self.added:
            start = text.find(surface)
            while start != -1:
                end = start + len(surface)
                if not any(start < s_end and s_start < end for s_start, s_end, _ in spans):
                    spans.append([start, end, entity_type])
                start = text.find(surface, end)
        return {"reject": reject, "add": sorted(spans)}

    @classmethod
    def from_record(
        cls, original: str, findings: Sequence[Finding], decisions: Mapping[str, Any]
    ) -> Marks:
        """The marks that produced ``decisions`` on a saved answer."""
        rejected = {
            (findings[i].type, original[findings[i].start : findings[i].end])
            for i in decisions.get("reject", [])
            if 0 <= i < len(findings)
        }
        added = [(original[start:end], kind) for start, end, kind in decisions.get("add", [])]
        return cls(rejected, added)
