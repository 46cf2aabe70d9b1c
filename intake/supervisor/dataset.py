"""The imported interviews of one questionnaire, ready for tables and reports (docs/supervisor.md).

Interviews are read back from the supervisor store. Questionnaires are found
by content hash among the shipped ones and any file the supervisor names, so
every answer is read with the exact questionnaire it was given under.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.errors import SupervisorError
from intake.questionnaire import Questionnaire
from intake.store import Store
from intake.supervisor.workspace import require_supervisor


@dataclass(frozen=True)
class Interview:
    """One imported interview: redacted answers, without identifying questions."""

    id: str
    finalized: str
    answers: Mapping[str, Any]
    redactions: list[dict[str, Any]]


@dataclass(frozen=True)
class Dataset:
    """Every imported interview given under one questionnaire."""

    questionnaire: Questionnaire
    interviews: list[Interview]


def _without_identifying(
    questionnaire: Questionnaire, answers: Mapping[str, Any]
) -> dict[str, Any]:
    """Answers minus identifying questions (the field device drops them too: defence in depth)."""
    hidden = {q.id for q in questionnaire.questions() if q.identifying}
    groups = {g.id for g in questionnaire.repeat_groups}
    kept: dict[str, Any] = {}
    for key, value in answers.items():
        if key in hidden:
            continue
        if key in groups and isinstance(value, list):
            value = [
                {k: v for k, v in item.items() if k not in hidden}
                for item in value
                if isinstance(item, dict)
            ]
        kept[key] = value
    return kept


def load_dataset(
    store: Store, known: Mapping[str, Questionnaire], only: str | None = None
) -> Dataset:
    """The interviews of the one questionnaire in the store, or of ``only`` (``id@version``)."""
    require_supervisor(store)
    with store.reader() as db:
        rows = db.execute(
            "SELECT i.questionnaire_hash, i.record FROM imported_interviews i "
            "JOIN bundles b USING (bundle_id) ORDER BY b.imported, i.rowid"
        ).fetchall()
    if not rows:
        raise SupervisorError("no interviews imported yet", hint="run: intake import BUNDLE...")
    by_hash: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, str] = {}
    for questionnaire_hash, text in rows:
        record = json.loads(text)
        by_hash.setdefault(questionnaire_hash, []).append(record)
        names[questionnaire_hash] = str(record["questionnaire"])
    if only is not None:
        chosen = [h for h, name in names.items() if name == only]
        if not chosen:
            raise SupervisorError(
                f"no imported interview uses questionnaire '{only}'",
                hint="imported: " + ", ".join(sorted(set(names.values()))),
            )
    else:
        chosen = list(by_hash)
    if len(chosen) > 1:
        raise SupervisorError(
            f"interviews of {len(chosen)} questionnaires are imported: choose one",
            hint="add --only ID@VERSION, one of: " + ", ".join(sorted(set(names.values()))),
        )
    questionnaire = known.get(chosen[0])
    if questionnaire is None:
        raise SupervisorError(
            f"questionnaire '{names[chosen[0]]}' (hash {chosen[0][:12]}) is not available",
            hint="give its file with --questionnaire PATH",
        )
    interviews = [
        Interview(
            id=str(record["id"]),
            finalized=str(record.get("finalized") or "")[:10],
            answers=_without_identifying(questionnaire, record["answers"]),
            redactions=[r for r in record.get("redactions", []) if isinstance(r, dict)],
        )
        for record in by_hash[chosen[0]]
    ]
    return Dataset(questionnaire, interviews)
