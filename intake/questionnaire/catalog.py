"""Where questionnaires are found: the files shipped in ``schemas/`` and extra files.

Bundles and stored interviews name their questionnaire by id and content hash;
these functions turn those names back into loaded questionnaires.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from intake.errors import UsageError
from intake.questionnaire.load import load_questionnaire
from intake.questionnaire.model import Questionnaire
from intake.questionnaire.structure import SCHEMA_PATH

SHIPPED_DIR = SCHEMA_PATH.parent
QUESTIONNAIRE_ID = re.compile(r"[a-z][a-z0-9_-]{0,63}")


def shipped_path(questionnaire_id: str) -> Path:
    """The shipped questionnaire file ``schemas/<id>.yaml``."""
    if not QUESTIONNAIRE_ID.fullmatch(questionnaire_id):
        raise UsageError("questionnaire id must look like 'overseas-labour'")
    path = SHIPPED_DIR / f"{questionnaire_id}.yaml"
    if not path.is_file():
        raise UsageError(
            f"no shipped questionnaire '{questionnaire_id}'",
            hint="give its file with --questionnaire PATH",
        )
    return path


def by_hash(extra: Iterable[Path] = ()) -> dict[str, Questionnaire]:
    """Every shipped questionnaire and each ``extra`` file, keyed by content hash."""
    paths = [*sorted(SHIPPED_DIR.glob("*.yaml")), *extra]
    return {q.hash: q for q in (load_questionnaire(path) for path in paths)}
