"""The interviewer's app: unlock, interviews, questionnaire, redaction review, export.

The app owns the unlocked store, the redaction engine (loaded in a worker
behind the first screen) and the safety rules: quick lock, idle lock, and
saving what is on screen before locking or quitting.

Key bindings (everywhere):

| key | action |
| --- | --- |
| ctrl+l | lock now: save what can be saved, close the store, back to unlock |
| ctrl+q | quit (after saving what can be saved) |
| ctrl+c | never quits; says how to quit |
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.worker import Worker, WorkerState

from intake.errors import IntakeError
from intake.questionnaire import Questionnaire
from intake.redaction.policy import Policy
from intake.store import InterviewSummary, KdfParams, Store
from intake.tui.disguise import DISGUISE_NAME
from intake.tui.interview import InterviewSession
from intake.tui.messages import EngineFailed, EngineReady, Unlocked
from intake.tui.narrative import TextRedactor


def load_default_engine(policy: Policy) -> TextRedactor:
    """Load the real redaction engine (spaCy and kiwipiepy models: seconds)."""
    from intake.redaction import Redactor

    engine: TextRedactor = Redactor.load(policy)
    return engine


@dataclass(frozen=True)
class AppConfig:
    """Everything the app is opened with; tests and the demo fix what they need.

    Args:
        home: The store directory.
        questionnaire: The questionnaire new interviews use.
        lang: Label language (None: the questionnaire's default).
        demo_passphrase: Shown on the unlock screen (``intake demo`` only).
        kdf: Key derivation parameters for a new store (None: calibrate).
        sleep: How the store waits after failed unlocks.
        idle_lock_minutes: Lock after this long without a key press (None: the store's setting).
        load_engine: Loads the redaction engine for a policy (runs in a worker).
        export_dir: Where bundles are written by default.
        debounce: Seconds of quiet typing before a narrative is redacted again.
    """

    home: Path
    questionnaire: Questionnaire
    lang: str | None = None
    demo_passphrase: str | None = None
    kdf: KdfParams | None = None
    sleep: Callable[[float], None] = time.sleep
    idle_lock_minutes: float | None = None
    load_engine: Callable[[Policy], TextRedactor] = load_default_engine
    export_dir: Path | None = None
    debounce: float = 0.3
    clock: Callable[[], float] = field(default=time.monotonic)


class HoldsDraft(Protocol):
    """A screen with typed input that is saved before the app locks or quits."""

    def save_pending(self) -> None: ...


class IntakeApp(App[None]):
    """The interview app. See the module docstring for the key table."""

    CSS_PATH = "app.tcss"
    TITLE = DISGUISE_NAME
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "lock", "Lock", priority=True),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    engine_state: reactive[str] = reactive("loading")
    """``loading``, ``ready`` or ``failed``: whether narratives can be redacted."""

    def __init__(self, config: AppConfig) -> None:
        """Args:
        config: What to open and how (see :class:`AppConfig`).
        """
        super().__init__()
        self.config = config
        self.store: Store | None = None
        self.engine: TextRedactor | None = None
        self.policy = Policy.from_questionnaire_block(config.questionnaire.redaction)
        self._last_input = config.clock()

    # -- start-up -----------------------------------------------------------

    def on_mount(self) -> None:
        from intake.tui.screens.unlock import CreateScreen, UnlockScreen

        self.title = DISGUISE_NAME
        if Store.exists(self.config.home):
            self.push_screen(UnlockScreen())
        else:
            self.push_screen(CreateScreen())
        self.set_interval(5, self.lock_if_idle)
        self.load_engine()

    @work(thread=True, exclusive=True, group="engine", exit_on_error=False)
    def load_engine(self) -> None:
        """Load the redaction engine behind the first screen."""
        try:
            engine = self.config.load_engine(self.policy)
        except Exception as error:  # the app keeps working; narratives wait
            reason = error.message if isinstance(error, IntakeError) else type(error).__name__
            self.post_message(EngineFailed(reason))
            return
        self.engine = engine
        self.post_message(EngineReady())

    def on_engine_ready(self, _: EngineReady) -> None:
        self.engine_state = "ready"

    def on_engine_failed(self, message: EngineFailed) -> None:
        self.engine_state = "failed"
        self.notify(
            f"Couldn't load the redaction model: {message.reason}",
            severity="error",
            timeout=10,
        )

    # -- unlocking and locking ----------------------------------------------

    async def on_unlocked(self, message: Unlocked) -> None:
        from intake.tui.screens.home import HomeScreen

        self.store = message.store
        self._last_input = self.config.clock()
        await self.switch_screen(HomeScreen())

    def _save_drafts(self) -> None:
        for screen in self.screen_stack:
            save = getattr(screen, "save_pending", None)
            if callable(save):
                try:
                    save()
                except IntakeError as error:
                    self.notify(f"Couldn't save the open answer: {error.message}", severity="error")

    async def action_lock(self) -> None:
        """Save what can be saved, drop the store's keys and show the unlock screen."""
        from intake.tui.screens.unlock import UnlockScreen

        if self.store is None:
            return
        self._save_drafts()
        self.store.lock()
        self.store = None
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        self.clear_notifications()
        await self.push_screen(UnlockScreen())

    async def action_quit(self) -> None:
        if self.store is not None:
            self._save_drafts()
            self.store.lock()
            self.store = None
        self.exit()

    def idle_limit(self) -> float | None:
        """Seconds without input before the app locks itself (None or 0: never)."""
        minutes = self.config.idle_lock_minutes
        if minutes is None and self.store is not None:
            minutes = float(self.store.settings().get("idle_lock_minutes") or 0)
        return minutes * 60 if minutes else None

    async def lock_if_idle(self) -> None:
        limit = self.idle_limit()
        if self.store is not None and limit and self.config.clock() - self._last_input >= limit:
            await self.action_lock()

    def note_activity(self) -> None:
        self._last_input = self.config.clock()

    async def on_event(self, event: object) -> None:
        from textual import events

        if isinstance(event, events.Key | events.MouseDown | events.Paste):
            self.note_activity()
        await super().on_event(event)  # type: ignore[arg-type]

    # -- interviews ---------------------------------------------------------

    def open_session(self, summary: InterviewSummary) -> InterviewSession | None:
        """A session on a draft, or None (and a notification) if its questionnaire is not loaded."""
        if summary.questionnaire_hash != self.config.questionnaire.hash or self.store is None:
            self.refuse_questionnaire(summary)
            return None
        return InterviewSession(self.store, self.config.questionnaire, summary.id, self.config.lang)

    def refuse_questionnaire(self, summary: InterviewSummary) -> None:
        loaded = self.config.questionnaire
        self.notify(
            f"Couldn't open interview {summary.id}: it uses questionnaire "
            f"{summary.questionnaire_id} {summary.questionnaire_version} "
            f"({summary.questionnaire_hash[:8]}), not {loaded.id} {loaded.version} "
            f"({loaded.hash[:8]})",
            severity="error",
        )

    # -- failures -----------------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        """An intake error in a handler is shown and the app goes on; anything else ends it."""
        if isinstance(error, IntakeError):
            from intake.tui.screens.modals import ErrorScreen

            self.push_screen(ErrorScreen("Couldn't do that", _safe_text(error)))
            return
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Exit after an unexpected error showing its type only: no traceback, no locals.

        Textual's own report shows local variables, which may hold answer text.
        """
        if self.store is not None:
            self.store.lock()
        error = self._exception
        self._exit_renderables.append(
            f"intake: error: internal error ({type(error).__name__ if error else 'unknown'})"
        )
        self._close_messages_no_wait()

    @on(Worker.StateChanged)
    def show_worker_failure(self, event: Worker.StateChanged) -> None:
        """Every worker that fails ends here (screens forward theirs): an error modal."""
        if event.state != WorkerState.ERROR:
            return
        from intake.tui.screens.modals import ErrorScreen

        self.push_screen(
            ErrorScreen(f"Couldn't {event.worker.name}", _safe_text(event.worker.error))
        )


def _safe_text(error: BaseException | None) -> str:
    """What may be shown of an error: an intake error's own words, else only its type."""
    if isinstance(error, IntakeError):
        return error.message + (f"\n{error.hint}" if error.hint else "")
    return f"internal error ({type(error).__name__})"  # the message might hold answer text
