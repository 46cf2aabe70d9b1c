"""The interview app: time to the first interactive screen, keystroke-to-preview latency.

Baselines measured in the same process: an empty Textual app with one focused
input (first screen), and one plain ``redact`` + ``apply_decisions`` call on
the same text (preview latency). The app runs headless (``run_test``); the
redaction model loads in the background exactly as in real use.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Input

from intake.questionnaire import load_questionnaire, shipped_path
from intake.redaction import Redactor
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap
from intake.store import KdfParams, Store
from intake.tui import AppConfig, IntakeApp
from intake.tui.interview import InterviewSession, needs_redaction
from intake.tui.marks import Marks
from intake.tui.narrative import redact_narrative
from intake.tui.screens.home import HomeScreen
from intake.tui.screens.questionnaire import QuestionnaireScreen
from intake.tui.widgets.narrative import FindingsArea, NarrativeEditor

PASSPHRASE = "bench passphrase for the app"  # noqa: S105 (a throwaway store)
SENTENCE = (
    "Our foreman Kim Chol-su took every passport when we arrived in Vladivostok, "
    "and the manager Pak Yong-ho said we would be paid in March. "
)
TEXT = (SENTENCE * 8)[:1000]
ROUNDS = 5


class EmptyApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Input(password=True)


async def first_screen(app: App[None], ready: type) -> float:
    started = time.perf_counter()
    async with app.run_test(size=(80, 24)) as pilot:
        while not isinstance(app.focused, ready):
            await pilot.pause(0.001)
        elapsed = time.perf_counter() - started
        app.exit()
    return elapsed


async def preview_latency(config: AppConfig, interview: str, rounds: int) -> list[float]:
    app = IntakeApp(config)
    latencies = []
    async with app.run_test(size=(80, 24)) as pilot:
        while app.engine_state != "ready":
            await pilot.pause(0.05)
        await pilot.press(*[("space" if c == " " else c) for c in PASSPHRASE], "enter")
        while not isinstance(app.screen, HomeScreen):
            await pilot.pause(0.01)
        assert app.store is not None
        session = InterviewSession(app.store, config.questionnaire, interview, None)
        page = next(p for p in session.pages() if p.question and needs_redaction(p.question))
        await app.push_screen(QuestionnaireScreen(session, start=page.key))
        editor = app.screen.query_one(NarrativeEditor)
        area = editor.query_one(FindingsArea)
        area.insert(TEXT)
        while editor.redacted is None or editor.redacted.original != editor.text:
            await pilot.pause(0.01)
        for n in range(rounds):
            started = time.perf_counter()
            await pilot.press("x" if n % 2 else "y")
            while editor.redacted is None or editor.redacted.original != editor.text:
                await pilot.pause(0.001)
            latencies.append(time.perf_counter() - started)
        app.exit()
    return latencies


def import_time(module: str) -> float:
    """Seconds for a fresh interpreter to import ``module`` (best of three)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def run() -> None:
    ours_import, textual_import = import_time("intake.tui"), import_time("textual.app")
    print(
        f"cold start, importing the app: {ours_import * 1000:.0f} ms "
        f"(textual.app alone {textual_import * 1000:.0f} ms, "
        f"ratio {ours_import / textual_import:.1f}x)"
    )
    questionnaire = load_questionnaire(shipped_path("overseas-labour"))
    policy = Policy.from_questionnaire_block(questionnaire.redaction)
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch) / "home"
        with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as store:
            interview = store.new_interview(questionnaire, "BENCH")
        config = AppConfig(home=home, questionnaire=questionnaire, kdf=KdfParams.FLOOR)

        baseline = asyncio.run(first_screen(EmptyApp(), Input))
        ours = asyncio.run(first_screen(IntakeApp(config), Input))
        print(
            f"first interactive screen: {ours * 1000:.0f} ms "
            f"(empty Textual app {baseline * 1000:.0f} ms, ratio {ours / baseline:.1f}x; "
            "the redaction model is still loading behind it)"
        )

        engine = Redactor.load(policy)
        plain = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            redact_narrative(engine, policy, TEXT, Marks(), pseudonyms=PseudonymMap(), deny=())
            plain.append(time.perf_counter() - started)
        quiet = IntakeApp(config).config.debounce
        live_config = AppConfig(
            home=home,
            questionnaire=questionnaire,
            kdf=KdfParams.FLOOR,
            load_engine=lambda _policy: engine,
            debounce=0.0,
        )
        latencies = asyncio.run(preview_latency(live_config, interview, ROUNDS))
        app_ms = statistics.median(latencies) * 1000
        plain_ms = statistics.median(plain) * 1000
        print(
            f"keystroke to preview, 1,000-character answer: {app_ms:.0f} ms median "
            f"(plain redact {plain_ms:.0f} ms, ratio {app_ms / plain_ms:.2f}x; "
            f"plus the {quiet * 1000:.0f} ms typing pause the app waits for)"
        )
