"""The whole interview flow, driven through the real app with the real store and engine."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.text_area import Selection

from intake.store import Store
from intake.tui import IntakeApp
from intake.tui.screens.consent import ConsentScreen
from intake.tui.screens.home import HomeScreen
from intake.tui.screens.questionnaire import QuestionnaireScreen
from intake.tui.screens.review import ReviewScreen
from intake.tui.screens.start import StartScreen
from intake.tui.screens.unlock import CreateScreen, UnlockScreen
from intake.tui.widgets.narrative import FindingsArea, NarrativeEditor
from tests.tui.conftest import PASSPHRASE, wait_until

NARRATIVE = (
    "Our foreman Kim Chol-su kept every passport in Vladivostok. "
    "We slept in the house with the blue gate."
)


def page_key(app: IntakeApp) -> Any:
    screen = app.screen
    assert isinstance(screen, QuestionnaireScreen)
    assert screen.page is not None
    return screen.page.key


async def type_text(pilot: Pilot[Any], text: str) -> None:
    await pilot.press(*[("space" if c == " " else c) for c in text])


async def create_store(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, CreateScreen))
    await type_text(pilot, PASSPHRASE)
    await pilot.press("enter")
    await type_text(pilot, PASSPHRASE)
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))


def test_whole_interview_then_lock_and_unlock(
    make_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    asyncio.run(whole_interview(make_app()))
    assert Store.exists(tmp_path / "home")


async def whole_interview(app: IntakeApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await create_store(pilot)
        await wait_until(pilot, lambda: app.engine_state == "ready")

        # New interview: interviewer code, then consent (yes to research, no to keep_original).
        await pilot.press("n")
        assert isinstance(app.screen, StartScreen)
        await type_text(pilot, "AB12")
        await pilot.press("enter")
        assert isinstance(app.screen, ConsentScreen)
        await pilot.press("y", "tab", "n")
        await pilot.click("#start")
        await wait_until(pilot, lambda: isinstance(app.screen, QuestionnaireScreen))
        assert app.store is not None
        [summary] = app.store.interviews()
        assert app.store.consent(summary.id) == {"research": True, "keep_original": False}

        # A required choice: refused empty, then chosen from the keyboard.
        assert page_key(app) == ("question", "country", None)
        await pilot.press("ctrl+n")
        assert "required" in str(app.screen.query_one("#problem", Static).render())
        await pilot.press("down", "enter", "ctrl+n")
        assert app.store.answers(summary.id)["country"] == "CN"

        # A constraint error, shown inline with its message, then a valid answer.
        assert page_key(app) == ("question", "hours", None)
        await type_text(pilot, "30")
        await pilot.press("enter")
        assert "at most 24 hours" in str(app.screen.query_one("#problem", Static).render())
        assert page_key(app) == ("question", "hours", None)
        assert "hours" not in app.store.answers(summary.id)
        app.screen.query_one("#answer", Input).value = ""
        await type_text(pilot, "11")
        await pilot.press("enter")
        assert app.store.answers(summary.id)["hours"] == 11

        # Skip logic: paid = yes skips the unpaid months question.
        assert page_key(app) == ("question", "paid", None)
        await pilot.press("y", "ctrl+n")
        assert page_key(app) == ("group", "postings", None)

        # A repeat group: add an instance and answer inside it.
        await pilot.click("#add")
        await wait_until(pilot, lambda: page_key(app) == ("question", "site", 0))
        await type_text(pilot, "sawmill")
        await pilot.press("enter")
        assert app.store.answers(summary.id)["postings"] == [{"site": "sawmill"}]

        # The narrative: findings appear while typing.
        assert page_key(app) == ("question", "narrative", None)
        editor = app.screen.query_one(NarrativeEditor)
        area = editor.query_one(FindingsArea)
        area.insert(NARRATIVE)
        await wait_until(pilot, lambda: editor.redacted is not None and editor.text == NARRATIVE)
        assert editor.redacted is not None
        found = {(f.type, NARRATIVE[f.start : f.end]) for f in editor.redacted.findings}
        assert ("PERSON", "Kim Chol-su") in found
        assert ("PLACE", "Vladivostok") in found

        # Reject the place from the findings panel.
        panel = editor.query_one("#findings", OptionList)
        panel.focus()
        kept = editor.redacted.result.findings
        panel.highlighted = next(i for i, f in enumerate(kept) if f.type == "PLACE")
        await pilot.press("x")
        await wait_until(
            pilot,
            lambda: (
                editor.redacted is not None
                and all(f.type != "PLACE" for f in editor.redacted.result.findings)
            ),
        )

        # Mark "blue gate" (missed by the engine) as a place.
        start = NARRATIVE.index("blue gate")
        area.focus()
        area.selection = Selection(
            area.document.get_location_from_index(start),
            area.document.get_location_from_index(start + len("blue gate")),
        )
        await pilot.press("ctrl+r")
        await pilot.press("down", "enter")  # PERSON, then PLACE
        await wait_until(
            pilot,
            lambda: (
                editor.redacted is not None
                and any(f.recognizer == "interviewer" for f in editor.redacted.result.findings)
            ),
        )
        assert "blue gate" not in editor.redacted.result.text
        assert "Vladivostok" in editor.redacted.result.text
        assert "Kim Chol-su" not in editor.redacted.result.text

        # Accept: the last page leads to the review.
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        [record] = app.store.redactions(summary.id)
        assert record.original == NARRATIVE
        rejected = [record.findings[i] for i in record.decisions["reject"]]
        assert [(f["type"], NARRATIVE[f["start"] : f["end"]]) for f in rejected] == [
            ("PLACE", "Vladivostok")
        ]
        assert record.decisions["add"] == [[start, start + len("blue gate"), "PLACE"]]
        review_text = " ".join(str(s.render()) for s in app.screen.query(".answer").results(Static))
        assert record.redacted in review_text
        assert "Kim Chol-su" not in review_text

        # Finalize (confirmed): only redacted text stays, the original is erased (no consent).
        await pilot.press("ctrl+f")
        await pilot.click("#yes")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        final = app.store.interview(summary.id)
        assert final.state == "finalized"
        assert app.store.answers(summary.id)["narrative"] == record.redacted
        [after] = app.store.redactions(summary.id)
        assert after.original is None
        assert app.store.pseudonyms(summary.id) is None
        table = app.screen.query_one(DataTable)
        assert table.get_row(summary.id)[3] == "finalized"

        # Quick lock: keys dropped, unlock screen; a wrong passphrase is refused, then unlock.
        store = app.store
        await pilot.press("ctrl+l")
        await wait_until(pilot, lambda: isinstance(app.screen, UnlockScreen))
        assert app.store is None and store.locked
        assert len(app.screen_stack) == 2
        await type_text(pilot, "wrong passphrase")
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: "Wrong passphrase" in str(app.screen.query_one("#message").render())
        )
        field = app.screen.query_one("#passphrase", Input)
        assert field.password and field.value == ""
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert app.store is not None
        assert app.store.interview(summary.id).state == "finalized"
