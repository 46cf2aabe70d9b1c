"""Fixtures for the store tests: a real SQLCipher store with the floor KDF parameters."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from intake.store import KdfParams, Store
from intake.store.database import Connection, open_database
from intake.store.keyslot import KeySlot
from intake.store.layout import DATABASE_FILE, KEYSLOT_FILE

PASSPHRASE = "correct horse battery staple"
MINI = Path(__file__).parent / "data" / "mini.yaml"


def interview_json(**overrides: Any) -> str:
    """A valid interview for the store-mini questionnaire, as ingest JSON."""
    document: dict[str, Any] = {
        "questionnaire": "store-mini",
        "interviewer": "AB12",
        "consent": {"research": True, "keep_original": False},
        "answers": {
            "age": 34,
            "worked_abroad": True,
            "sector": "logging",
            "postings": [{"posting_country": "RU"}, {"posting_country": "QA"}],
        },
        "finalize": True,
    }
    document.update(overrides)
    return json.dumps(document, ensure_ascii=False)


@contextlib.contextmanager
def raw_database(home: Path, passphrase: str = PASSPHRASE) -> Iterator[Connection]:
    """The store's database opened directly, to tamper with it as an attacker with the key would."""
    key = KeySlot.from_bytes((home / KEYSLOT_FILE).read_bytes()).unwrap(passphrase)
    db = open_database(home / DATABASE_FILE, key)
    try:
        yield db
    finally:
        db.close()


def snapshot(*folders: Path) -> dict[Path, bytes]:
    """Every file under ``folders`` with its bytes."""
    return {
        p: p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()
    }


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
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def created(home: Path) -> Path:
    """A home with a closed store made with the floor KDF parameters."""
    Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR).lock()
    return home


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as opened:
        yield opened


@pytest.fixture
def questionnaire_ref() -> FakeQuestionnaireRef:
    return FakeQuestionnaireRef()
