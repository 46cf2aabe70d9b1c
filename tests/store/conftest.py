"""Fixtures for the store tests: a real SQLCipher store with the floor KDF parameters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake.store import KdfParams, Store

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class FakeQuestionnaireRef:
    """Only what the store records about a questionnaire: id, version and hash."""

    id: str = "overseas-labour"
    version: str = "2026.1"
    hash: str = "0f" * 32


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as opened:
        yield opened


@pytest.fixture
def questionnaire_ref() -> FakeQuestionnaireRef:
    return FakeQuestionnaireRef()
