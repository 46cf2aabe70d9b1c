"""Interviewer decisions on findings: reject some, add spans the engine missed.

:func:`apply_decisions` is a pure function of its inputs (apart from
allocating pseudonyms in the map it is given), so the review screen and
``intake ingest`` produce the same text from the same decisions.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from intake.errors import RedactionError
from intake.redaction import gazetteer
from intake.redaction.findings import ENTITY_TYPES, Finding, RedactionResult, render
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap
from intake.redaction.replacement import replacement_for

INTERVIEWER = "interviewer"
"""The ``recognizer`` of a span the interviewer added."""


def apply_decisions(
    text: str,
    findings: Sequence[Finding],
    decisions: Mapping[str, Any],
    *,
    pseudonyms: PseudonymMap,
    policy: Policy,
) -> RedactionResult:
    """Redact ``text`` with ``findings`` minus rejected ones plus added spans.

    ``decisions`` is ``{"reject": [finding index, ...], "add": [[start, end,
    type], ...]}`` (both optional). An added span replaces every finding it
    overlaps. Raises RedactionError for an index or span that does not fit.
    """
    unknown = set(decisions) - {"reject", "add"}
    if unknown:
        raise RedactionError(f"unknown decision {sorted(unknown)[0]!r}")
    rejected = set(_indexes(decisions.get("reject", []), len(findings)))
    added = [_added(item, len(text)) for item in decisions.get("add", [])]
    _check_disjoint(added)
    kept = [
        finding
        for index, finding in enumerate(findings)
        if index not in rejected
        and not any(finding.start < end and start < finding.end for start, end, _ in added)
    ]
    places = any(entity_type == "PLACE" for _, _, entity_type in added)
    countries = gazetteer.load().countries_in(text) if places else frozenset()
    for start, end, entity_type in added:
        action = policy.action_for(entity_type)
        if action == "keep":
            action = "remove"  # the interviewer asked for this span to go
        replacement = replacement_for(
            entity_type,
            text[start:end],
            action,
            pseudonyms=pseudonyms,
            policy=policy,
            countries=countries,
        )
        kept.append(Finding(entity_type, start, end, 1.0, INTERVIEWER, action, replacement))
    kept.sort(key=lambda f: f.start)
    return RedactionResult(render(text, kept), kept)


def _indexes(value: Any, count: int) -> list[int]:
    if not isinstance(value, list):
        raise RedactionError("decisions.reject must be a list of finding indexes")
    for index in value:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < count:
            raise RedactionError(f"decisions.reject: no finding number {index!r}")
    return value


def _added(item: Any, length: int) -> tuple[int, int, str]:
    if not isinstance(item, (list, tuple)) or len(item) != 3:
        raise RedactionError("decisions.add entries must be [start, end, type]")
    start, end, entity_type = item
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
        raise RedactionError(f"decisions.add: span {start!r}..{end!r} is outside the text")
    if entity_type not in ENTITY_TYPES:
        raise RedactionError(f"decisions.add: unknown type {entity_type!r}")
    return start, end, entity_type


def _check_disjoint(spans: list[tuple[int, int, str]]) -> None:
    ordered = sorted(spans)
    for (_, end, _), (start, _, _) in itertools.pairwise(ordered):
        if start < end:
            raise RedactionError("decisions.add: spans overlap")
