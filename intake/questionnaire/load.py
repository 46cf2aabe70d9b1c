"""Loading a questionnaire file: UTF-8 → YAML → schema → meaning → :class:`Questionnaire`.

The format, the checks and the content hash are specified in
docs/questionnaire-format.md, which also states the compatibility promise.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from intake.questionnaire.build import build
from intake.questionnaire.model import Questionnaire
from intake.questionnaire.problems import InvalidQuestionnaire, SourceProblem
from intake.questionnaire.source import decode, read_document
from intake.questionnaire.structure import check_structure


def canonical_form(data: Any) -> bytes:
    """Sorted-key compact JSON, non-ASCII kept, UTF-8: what the content hash covers."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def load_questionnaire_text(text: str, name: str = "<text>") -> Questionnaire:
    """Check and load questionnaire ``text``; ``name`` is used in problem locations.

    Raises :class:`InvalidQuestionnaire` listing every problem (structure
    problems first: the meaning is checked once the structure is right).
    """
    document = read_document(text, name)
    problems = check_structure(document)
    if problems:
        raise InvalidQuestionnaire(problems)
    content_hash = hashlib.sha256(canonical_form(document.data)).hexdigest()
    questionnaire, problems = build(document, content_hash)
    if problems:
        raise InvalidQuestionnaire(problems)
    return questionnaire


def load_questionnaire(path: Path | str) -> Questionnaire:
    """Check and load the questionnaire file at ``path``; see :func:`load_questionnaire_text`."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror.lower() if exc.strerror else type(exc).__name__
        raise InvalidQuestionnaire(
            [SourceProblem(name, None, None, f"cannot read: {reason}")]
        ) from None
    return load_questionnaire_text(decode(raw, name), name)
