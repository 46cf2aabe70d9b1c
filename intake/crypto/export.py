"""Export from a field device's store: every finalized interview into one bundle.

Spec: ``docs/bundle-format.md`` (interviews.jsonl, sealed.age, intake export).
The bundle is written (and synced) before the interviews are marked exported,
so a failure never loses an interview: at worst it is exported twice, and the
supervisor sees the same interview id again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from intake.crypto.age.encryption import check_recipient_mix
from intake.crypto.age.keys import parse_recipient
from intake.crypto.bundle import BundleContent, bundle_file_name, seal_bundle
from intake.errors import CryptoError, UsageError
from intake.store.store import InterviewSummary, Store


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    path: Path
    interviews: int


def _without(
    answers: Mapping[str, Any], hidden: frozenset[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split answers into (kept, identifying), also inside repeat group instances."""
    kept: dict[str, Any] = {}
    removed: dict[str, Any] = {}
    for key, value in answers.items():
        if key in hidden:
            removed[key] = value
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            pairs = [_without(instance, hidden) for instance in value]
            kept[key] = [k for k, _ in pairs]
            if any(r for _, r in pairs):
                removed[key] = [r for _, r in pairs]
        else:
            kept[key] = value
    return kept, removed


def _records(
    store: Store, summary: InterviewSummary, hidden: frozenset[str]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    consent = store.consent(summary.id) or {}
    answers, identifying = _without(store.answers(summary.id), hidden)
    redactions = [r for r in store.redactions(summary.id) if r.question_id not in hidden]
    record = {
        "id": summary.id,
        "interviewer": summary.interviewer,
        "questionnaire": f"{summary.questionnaire_id}@{summary.questionnaire_version}",
        "created": summary.created,
        "finalized": summary.finalized,
        "consent": consent,
        "answers": answers,
        "redactions": [
            {
                "question": r.question_id,
                "instance": None if r.instance is None else list(r.instance),
                "redacted": r.redacted,
                "findings": r.findings,
                "decisions": r.decisions,
            }
            for r in redactions
        ],
    }
    if consent.get("keep_original") is not True:
        return record, None
    originals = [
        {
            "question": r.question_id,
            "instance": None if r.instance is None else list(r.instance),
            "original": r.original,
        }
        for r in store.redactions(summary.id)
        if r.original is not None
    ]
    pseudonyms = store.pseudonyms(summary.id)
    if not (identifying or originals or pseudonyms):
        return record, None
    sealed = {
        "id": summary.id,
        "identifying": identifying,
        "originals": originals,
        "pseudonyms": pseudonyms,
    }
    return record, sealed


def chosen_recipients(store: Store, names: Sequence[str] | None) -> list[str]:
    """The recipient strings to encrypt to: all configured, or those named."""
    configured = {r.name: r.recipient for r in store.recipients()}
    if not configured:
        raise CryptoError(
            "no recipients configured: nobody could read the bundle",
            hint="add a supervisor's key with: intake recipients add age1pq1... --name NAME",
        )
    if names:
        unknown = [n for n in names if n not in configured]
        if unknown:
            raise UsageError(
                f"no recipient named '{unknown[0]}'", hint="see: intake recipients list"
            )
        recipients = [configured[n] for n in dict.fromkeys(names)]
    else:
        recipients = list(configured.values())
    check_recipient_mix([parse_recipient(r) for r in recipients])
    return recipients


def _write_new(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def export(
    store: Store,
    out_dir: Path,
    identifying: Mapping[str, frozenset[str]],
    names: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult | None:
    """Bundle every finalized interview into ``out_dir``; None when there is nothing to export.

    ``identifying`` maps a questionnaire hash to the ids of its ``identifying``
    questions; an interview whose questionnaire is missing there is refused.
    ``progress(done, total)`` is called after each step: one per interview
    gathered, then sealing, writing and marking the interviews exported.
    """
    recipients = chosen_recipients(store, names)
    pending = store.interviews(state="finalized")
    if not pending:
        return None
    missing = [s for s in pending if s.questionnaire_hash not in identifying]
    if missing:
        raise CryptoError(
            f"questionnaire '{missing[0].questionnaire_id}@{missing[0].questionnaire_version}' "
            "is not available to tell which answers are identifying",
            hint="give its file with --questionnaire PATH",
        )
    total = len(pending) + 3
    report = progress or (lambda done, total: None)
    interviews, sealed = [], []
    for done, summary in enumerate(pending, 1):
        record, sealed_record = _records(store, summary, identifying[summary.questionnaire_hash])
        interviews.append(record)
        if sealed_record is not None:
            sealed.append(sealed_record)
        report(done, total)
    content = BundleContent(
        interviews=interviews,
        audit=[asdict(entry) for entry in store.audit_entries()],
        questionnaires={
            f"{s.questionnaire_id}@{s.questionnaire_version}": s.questionnaire_hash for s in pending
        },
        sealed=sealed,
    )
    bundle_id, data = seal_bundle(content, recipients, store.device_signing_key())
    report(total - 2, total)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / bundle_file_name(bundle_id)
    _write_new(path, data)
    report(total - 1, total)
    store.mark_exported([s.id for s in pending])
    store.audit("bundle.export")
    report(total, total)
    return ExportResult(bundle_id, path, len(pending))
