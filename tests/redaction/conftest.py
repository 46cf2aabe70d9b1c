"""One real engine per test session: loading spaCy, Kiwi and the gazetteer takes seconds."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.offline import forbid_network

CORPUS = Path(__file__).resolve().parents[1] / "data" / "redaction"


@pytest.fixture(scope="session")
def redactor():  # type: ignore[no-untyped-def]
    from intake.redaction import Redactor

    forbid_network()
    return Redactor.load()


@pytest.fixture(scope="session")
def dev_report(redactor):  # type: ignore[no-untyped-def]
    from intake.redaction.evaluation import evaluate, load_corpus

    path = CORPUS / "dev.jsonl"
    if not path.exists():
        pytest.skip("tests/data/redaction/dev.jsonl is not there yet")
    return evaluate(redactor, load_corpus(path))
