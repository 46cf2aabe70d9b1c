"""Fixtures for the crypto tests: a real field store with finalized interviews, supervisor keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake.crypto.age import HybridIdentity
from intake.questionnaire import Questionnaire, load_questionnaire
from intake.store import KdfParams, Store

ROOT = Path(__file__).resolve().parents[2]
STORE_PASSPHRASE = "field device passphrase"
REAL_NAME = "Pak Yong-chol"
ORIGINAL = "The broker Ri Myong-su in Vladivostok promised 800 dollars."
REDACTED = "The broker [PERSON-1] in [CITY-1] promised 800 dollars."


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(ROOT / "schemas" / "overseas-labour.yaml")


@dataclass
class Field:
    """A field device: its home, its open store and a passphrase file for the CLI."""

    home: Path
    store: Store
    passphrase_file: Path

    def add_interview(self, questionnaire: Questionnaire, *, keep_original: bool) -> str:
        interview = self.store.new_interview(questionnaire, "AB12")
        self.store.save_consent(interview, {"research": True, "keep_original": keep_original})
        self.store.save_answer(interview, "real_name", REAL_NAME)
        self.store.save_answer(interview, "sex", "male")
        self.store.save_answer(interview, "birth_year", 1985)
        self.store.save_answer(interview, "promises_account", ORIGINAL)
        findings = [
            {
                "type": "PERSON",
                "start": 11,
                "end": 23,
                "score": 0.9,
                "recognizer": "test",
                "action": "pseudonymise",
                "replacement": "[PERSON-1]",
            },
        ]
        self.store.save_redaction(
            interview,
            "promises_account",
            None,
            ORIGINAL,
            REDACTED,
            findings,
            {"reject": [], "add": []},
        )
        self.store.save_pseudonyms(interview, '{"PERSON": {"Ri Myong-su": "[PERSON-1]"}}')
        self.store.finalize(interview)
        return interview


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Field]:
    home = tmp_path / "field"
    passphrase_file = tmp_path / "field.pass"
    passphrase_file.write_text(STORE_PASSPHRASE + "\n")
    with Store.create(home, STORE_PASSPHRASE, kdf=KdfParams.FLOOR) as store:
        yield Field(home, store, passphrase_file)


@pytest.fixture(scope="session")
def supervisor() -> HybridIdentity:
    return HybridIdentity.generate()


@pytest.fixture
def write_identity(tmp_path: Path) -> Callable[[HybridIdentity], Path]:
    """Write an unencrypted identity file (the encrypted form is tested with the CLI)."""
    from intake.crypto.keys import identity_file

    def write(identity: HybridIdentity) -> Path:
        path = tmp_path / f"identity-{id(identity)}.txt"
        path.write_bytes(identity_file(identity, "2026-01-01T00:00:00Z", None))
        return path

    return write
