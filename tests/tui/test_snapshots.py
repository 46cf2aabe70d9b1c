"""SVG snapshots of every screen at 80x24, and the questionnaire in Korean at 120x40.

Dates and interview ids are fixed (``fixed_store``) so the pictures are the
same on every run. Review changes by eye before ``--snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from intake.questionnaire import Questionnaire
from intake.store import KdfParams, Store
from intake.tui import IntakeApp
from intake.tui.screens.home import HomeScreen
from intake.tui.screens.questionnaire import QuestionnaireScreen
from intake.tui.widgets.narrative import FindingsArea, NarrativeEditor
from tests.tui.conftest import PASSPHRASE, wait_until

STORY = "Our foreman Kim Chol-su kept every passport in Vladivostok."
KOREAN_STORY = "반장 김철수가 블라디보스토크에서 여권을 모두 가져갔습니다."

pytestmark = pytest.mark.usefixtures("fixed_store")

Snap = Callable[..., bool]


@pytest.fixture
def seeded(tmp_path: Path, questionnaire: Questionnaire) -> Path:
    """A store with one finalized and one draft interview, and a supervisor recipient."""
    home = tmp_path / "home"
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as store:
        done = store.new_interview(questionnaire, "AB12")
        store.save_consent(done, {"research": True, "keep_original": False})
        for question, value in (("country", "RU"), ("hours", 12), ("paid", True)):
            store.save_answer(done, question, value)
        store.finalize(done)
        draft = store.new_interview(questionnaire, "AB12")
        store.save_consent(draft, {"research": True, "keep_original": True})
        store.save_answer(draft, "country", "CN")
        store.add_recipient(
            "field supervisor",
            "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
            "0" * 64,
        )
    return home


async def unlock(pilot: Pilot[Any]) -> None:
    await pilot.press(*[("space" if c == " " else c) for c in PASSPHRASE], "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HomeScreen))


async def open_draft(pilot: Pilot[Any]) -> None:
    await unlock(pilot)
    await pilot.press("c")  # the newest (the draft) is selected first
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, QuestionnaireScreen))


async def narrative_page(pilot: Pilot[Any], story: str) -> None:
    app = pilot.app
    assert isinstance(app, IntakeApp)
    await open_draft(pilot)
    await wait_until(pilot, lambda: app.engine_state == "ready")
    screen = app.screen
    assert isinstance(screen, QuestionnaireScreen)
    last = screen.session.pages()[-1]
    await screen.show_page(last)
    editor = screen.query_one(NarrativeEditor)
    editor.query_one(FindingsArea).insert(story)
    await wait_until(pilot, lambda: editor.redacted is not None and editor.text == story)
    await pilot.pause()


def test_create(snap_compare: Snap, make_app: Callable[..., IntakeApp]) -> None:
    assert snap_compare(make_app(), press=["a", "b", "c"])


def test_unlock_demo(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    assert snap_compare(make_app(home=seeded, demo_passphrase="demo owl paper lantern"))


def test_home(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    assert snap_compare(make_app(home=seeded), run_before=unlock)


def test_start(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("n")

    assert snap_compare(make_app(home=seeded), run_before=before)


def test_consent(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("n", "A", "B", "1", "2", "enter", "y", "tab")

    assert snap_compare(make_app(home=seeded), run_before=before)


def test_question_with_error(
    snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path
) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await open_draft(pilot)
        await pilot.press("3", "0", "enter")

    assert snap_compare(make_app(home=seeded), run_before=before)


def test_narrative(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await narrative_page(pilot, STORY)

    assert snap_compare(make_app(home=seeded), run_before=before)


def test_narrative_korean_wide(
    snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path
) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await narrative_page(pilot, KOREAN_STORY)

    app = make_app(home=seeded, lang="ko")
    assert snap_compare(app, run_before=before, terminal_size=(120, 40))


def test_review(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("r")
        await pilot.pause()

    assert snap_compare(make_app(home=seeded), run_before=before)


def test_finalize_confirm(
    snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path
) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("r", "ctrl+f")
        await pilot.pause()

    assert snap_compare(make_app(home=seeded), run_before=before)


def test_export(snap_compare: Snap, make_app: Callable[..., IntakeApp], seeded: Path) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await pilot.press("e")

    assert snap_compare(make_app(home=seeded, export_dir=Path("/media/usb")), run_before=before)
