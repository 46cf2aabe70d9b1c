"""Fixtures of the app's tests: the test questionnaire, the real redaction engine, an app."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from intake.questionnaire import Questionnaire, load_questionnaire
from intake.redaction.policy import Policy
from intake.store import KdfParams
from intake.tui import AppConfig, IntakeApp
from intake.tui.narrative import TextRedactor

DATA = Path(__file__).parent / "data"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(DATA / "flow.yaml")


@pytest.fixture(scope="session")
def engine(questionnaire: Questionnaire) -> TextRedactor:
    """The real redaction engine, loaded once for the whole session (a few seconds)."""
    try:
        from intake.redaction.engine import Redactor
    except ModuleNotFoundError as error:
        pytest.skip(f"the redaction engine is not available: {error.name} is missing")
    redactor: TextRedactor = Redactor.load(Policy.from_questionnaire_block(questionnaire.redaction))
    return redactor


@pytest.fixture
def fixed_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixed clock and interview ids in the store, so screens are the same on every run."""
    ids = (f"{n:010d}" for n in itertools.count(1))
    monkeypatch.setattr("intake.store.store.utc_now", lambda: "2026-01-15T09:30:00Z")
    monkeypatch.setattr("intake.store.store.interview_id_from", lambda _random: next(ids))


class Sleeps(list[float]):
    """Records the waits the store asks for after failed unlocks, without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_app(
    tmp_path: Path, questionnaire: Questionnaire, engine: TextRedactor, sleeps: Sleeps
) -> Callable[..., IntakeApp]:
    """An app on ``tmp_path/home`` with the real engine and the minimum key derivation."""

    def make(**overrides: Any) -> IntakeApp:
        settings: dict[str, Any] = {
            "home": tmp_path / "home",
            "questionnaire": questionnaire,
            "kdf": KdfParams.FLOOR,
            "sleep": sleeps,
            "load_engine": lambda _policy: engine,
            "export_dir": tmp_path / "exports",
            "debounce": 0.05,
        }
        settings.update(overrides)
        return IntakeApp(AppConfig(**settings))

    return make


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 20.0
) -> None:
    """Let the app run until ``condition`` holds (workers finish in their own threads)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.05)
