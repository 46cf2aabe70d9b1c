"""Fixtures for the supervisor tests: real field stores, real bundles, a real supervisor store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from intake.crypto.export import export
from intake.crypto.keys import fingerprint
from intake.questionnaire import Questionnaire, load_questionnaire
from intake.store import KdfParams, Store
from intake.store.ingest import Narrative, flatten, narrative_questions, parse_request, record
from intake.supervisor import create_identity

ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRE = ROOT / "schemas" / "overseas-labour.yaml"
PASSPHRASE = "supervisor passphrase"
FIELD_PASSPHRASE = "field device passphrase"


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(QUESTIONNAIRE)


def interview(**answers: Any) -> dict[str, Any]:
    """An ingest document for the shipped questionnaire; ``answers`` override the defaults."""
    base: dict[str, Any] = {
        "sex": "male",
        "birth_year": 1985,
        "how_ended": "returned",
        "postings": [{"posting_country": "RU", "posting_sector": "construction"}],
    }
    base.update(answers)
    return {
        "questionnaire": "overseas-labour",
        "interviewer": "AB12",
        "consent": {"research": True, "keep_original": False},
        "answers": {k: v for k, v in base.items() if v is not None},
        "finalize": True,
    }


@dataclass
class FieldDevice:
    """A field device: a real store, with the supervisor as recipient."""

    home: Path
    store: Store
    questionnaire: Questionnaire
    redact: Callable[[Any], None] | None = None
    exported: list[Path] = field(default_factory=list)

    def ingest(self, document: dict[str, Any]) -> str:
        request = parse_request(
            json.dumps(document).encode(), "test.json", lambda _: self.questionnaire
        )
        if self.redact is not None:
            self.redact(request)
        return record(self.store, request)

    def export(self, out: Path) -> Path:
        identifying = {
            self.questionnaire.hash: frozenset(
                q.id for q in self.questionnaire.questions() if q.identifying
            )
        }
        result = export(self.store, out, identifying)
        assert result is not None
        self.exported.append(result.path)
        return result.path


@dataclass
class Supervisor:
    home: Path
    store: Store
    recipient: str
    passphrase_file: Path

    def args(self) -> list[str]:
        return ["--home", str(self.home), "--passphrase-file", str(self.passphrase_file)]


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[Supervisor]:
    home = tmp_path / "supervisor"
    passphrase_file = tmp_path / "supervisor.pass"
    passphrase_file.write_text(PASSPHRASE + "\n")
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR, supervisor=True) as store:
        yield Supervisor(home, store, create_identity(store), passphrase_file)


@pytest.fixture
def make_field(
    tmp_path: Path, questionnaire: Questionnaire, supervisor: Supervisor
) -> Iterator[Callable[..., FieldDevice]]:
    opened: list[Store] = []

    def make(name: str, redact: Callable[[Any], None] | None = None) -> FieldDevice:
        home = tmp_path / name
        store = Store.create(home, FIELD_PASSPHRASE, kdf=KdfParams.FLOOR)
        opened.append(store)
        store.add_recipient("supervisor", supervisor.recipient, fingerprint(supervisor.recipient))
        return FieldDevice(home, store, questionnaire, redact)

    yield make
    for store in opened:
        store.lock()


@pytest.fixture(scope="session")
def redact_with_engine() -> Callable[[Any], None]:
    """Redact an ingest request's narratives with one engine for the whole session."""
    from intake.redaction import PseudonymMap, Redactor

    engine = Redactor.load()

    def redact(request: Any) -> None:
        wanted = narrative_questions(request.questionnaire)
        pseudonyms = PseudonymMap()
        for question_id, instance, text in flatten(request.questionnaire, request.answers):
            if question_id in wanted:
                result = engine.redact(text, pseudonyms=pseudonyms, deny=tuple(request.deny))
                findings = [f.to_dict() for f in result.findings]
                request.narratives.append(
                    Narrative(question_id, instance, text, result.text, findings)
                )
        request.pseudonyms_json = pseudonyms.to_json()

    return redact
