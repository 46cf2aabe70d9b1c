"""Idle lock, ctrl+c, quitting with unsaved input, unlock delays, export."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from intake.crypto.keys import fingerprint, new_identity
from intake.questionnaire import Questionnaire
from intake.store import KdfParams, Store
from intake.tui import IntakeApp
from intake.tui.disguise import set_process_name
from intake.tui.screens.export import ExportScreen
from intake.tui.screens.home import HomeScreen
from intake.tui.screens.questionnaire import QuestionnaireScreen
from intake.tui.screens.unlock import UnlockScreen
from tests.tui.conftest import PASSPHRASE, Sleeps, wait_until


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def draft_store(home: Path, questionnaire: Questionnaire) -> str:
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as store:
        interview = store.new_interview(questionnaire, "AB12")
        store.save_consent(interview, {"research": True, "keep_original": False})
        store.save_answer(interview, "country", "RU")
        return interview


async def unlock(pilot: Pilot[Any]) -> None:
    await pilot.press(*[("space" if c == " " else c) for c in PASSPHRASE], "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HomeScreen))


def run(scenario: Callable[[], Any]) -> None:
    asyncio.run(scenario())


def test_idle_lock_keeps_typed_answer(
    make_app: Callable[..., IntakeApp], tmp_path: Path, questionnaire: Questionnaire
) -> None:
    home = tmp_path / "home"
    interview = draft_store(home, questionnaire)
    clock = Clock()
    app = make_app(home=home, idle_lock_minutes=5, clock=clock)

    async def scenario() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            await pilot.press("c")
            await wait_until(pilot, lambda: isinstance(app.screen, QuestionnaireScreen))
            await pilot.press("1", "2")  # typed on the hours page, not yet accepted
            store = app.store
            assert store is not None
            clock.now += 4 * 60
            await app.lock_if_idle()
            assert app.store is store  # 4 minutes: still open
            clock.now += 60
            await app.lock_if_idle()
            await wait_until(pilot, lambda: isinstance(app.screen, UnlockScreen))
            assert store.locked and app.store is None
            assert not app.screen.query(".answer")  # nothing of the interview on screen
            await unlock(pilot)
            assert app.store is not None
            assert app.store.answers(interview)["hours"] == 12

    run(scenario)


def test_ctrl_c_does_not_quit_and_ctrl_q_saves(
    make_app: Callable[..., IntakeApp], tmp_path: Path, questionnaire: Questionnaire
) -> None:
    home = tmp_path / "home"
    interview = draft_store(home, questionnaire)
    app = make_app(home=home)

    async def scenario() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            await pilot.press("c")
            await wait_until(pilot, lambda: isinstance(app.screen, QuestionnaireScreen))
            await pilot.press("9", "ctrl+c")
            assert app.is_running
            assert app.screen.query_one("#answer", Input).value == "9"
            await pilot.press("ctrl+q")
        assert app.return_code == 0

    run(scenario)
    with Store.open(home, PASSPHRASE) as store:
        assert store.answers(interview)["hours"] == 9


def test_wrong_passphrases_wait_longer(
    make_app: Callable[..., IntakeApp], tmp_path: Path, questionnaire: Questionnaire, sleeps: Sleeps
) -> None:
    home = tmp_path / "home"
    draft_store(home, questionnaire)
    app = make_app(home=home)

    async def scenario() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            for attempt in (1, 2):
                await pilot.press("n", "o", "enter")
                await wait_until(
                    pilot,
                    lambda n=attempt: (
                        f"({n} failed attempt"  # type: ignore[misc]
                        in str(app.screen.query_one("#message", Static).render())
                    ),
                )
            await pilot.press("n", "o", "enter")
            await wait_until(
                pilot, lambda: "3 failed" in str(app.screen.query_one("#message").render())
            )

    run(scenario)
    assert sleeps == [0, 1, 2]


def test_export_writes_a_bundle(
    make_app: Callable[..., IntakeApp], tmp_path: Path, questionnaire: Questionnaire
) -> None:
    home = tmp_path / "home"
    interview = draft_store(home, questionnaire)
    with Store.open(home, PASSPHRASE) as store:
        store.save_answer(interview, "paid", True)
        store.finalize(interview)
        recipient = str(new_identity().recipient())
        store.add_recipient("supervisor", recipient, fingerprint(recipient))
    app = make_app(home=home)

    async def scenario() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            await pilot.press("e")
            assert isinstance(app.screen, ExportScreen)
            await pilot.click("#write")
            await wait_until(
                pilot, lambda: "Wrote 1" in str(app.screen.query_one("#result").render())
            )
            assert app.store is not None
            assert app.store.interview(interview).state == "exported"
            await pilot.press("escape")
            table = app.screen.query_one(DataTable)
            assert table.get_row(interview)[3:] == ["exported", "—"]

    run(scenario)
    [bundle] = (tmp_path / "exports").iterdir()
    assert bundle.stat().st_size > 0


def test_process_name_is_innocuous() -> None:
    comm = Path("/proc/self/comm")
    before = comm.read_text() if comm.exists() else None
    try:
        if set_process_name("notes"):
            assert comm.read_text().strip() == "notes"
    finally:
        if before is not None:
            set_process_name(before.strip())
