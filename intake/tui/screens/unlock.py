"""Unlock the store, or create it on first run.

Passphrases are typed into password fields (never echoed) and handed to the
store in a worker thread, because key derivation takes about a second. After
failed attempts the store itself waits (1, 2, 4 … 60 s); the screen says so.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Center, Vertical
from textual.widgets import Button, Input, Label, LoadingIndicator, Static

from intake.errors import WrongPassphrase
from intake.store import Store
from intake.store.lockout import read_lockout
from intake.tui.messages import Unlocked
from intake.tui.screens.base import IntakeScreen
from intake.tui.strength import strength_hint


class UnlockScreen(IntakeScreen[None]):
    """Ask for the passphrase and open the store.

    | key | action |
    | --- | --- |
    | enter | unlock |
    """

    CSS_PATH = "unlock.tcss"
    BINDINGS: ClassVar[list[BindingType]] = []

    def compose(self) -> ComposeResult:
        with Center(), Vertical(classes="card"):
            yield Static("Notes", classes="card-title")
            yield Label("Passphrase")
            yield Input(password=True, id="passphrase")
            if self.intake.config.demo_passphrase:
                yield Static(
                    f"Demo store: the passphrase is  {self.intake.config.demo_passphrase}",
                    id="demo-hint",
                )
            yield Static("", id="message")
            yield LoadingIndicator(id="busy")
            yield Button("Unlock", id="unlock", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#busy").display = False
        self.query_one("#passphrase", Input).focus()

    @on(Input.Submitted, "#passphrase")
    @on(Button.Pressed, "#unlock")
    def unlock(self) -> None:
        field = self.query_one("#passphrase", Input)
        if not field.value:
            self.say("Type the passphrase.")
            return
        passphrase, field.value = field.value, ""
        lockout = read_lockout(self.intake.config.home)
        delay = lockout.delay()
        self.say(
            f"Waiting {delay:g} s after {lockout.failures} failed attempts…"
            if delay
            else "Unlocking…"
        )
        self.busy(True)
        self.open_store(passphrase)

    def say(self, text: str) -> None:
        self.query_one("#message", Static).update(text)

    def busy(self, busy: bool) -> None:
        self.query_one("#busy").display = busy
        self.query_one("#passphrase", Input).disabled = busy
        self.query_one("#unlock", Button).disabled = busy

    @work(thread=True, exclusive=True, group="unlock", exit_on_error=False, name="unlock")
    def open_store(self, passphrase: str) -> None:
        config = self.intake.config
        try:
            store = Store.open(config.home, passphrase, sleep=config.sleep)
        except WrongPassphrase:
            self.app.call_from_thread(self.refused)
            return
        except BaseException:
            self.app.call_from_thread(self.busy, False)
            raise
        self.app.post_message(Unlocked(store))

    def refused(self) -> None:
        failures = read_lockout(self.intake.config.home).failures
        self.busy(False)
        self.say(f"Wrong passphrase ({failures} failed attempt{'s' if failures != 1 else ''}).")
        self.query_one("#passphrase", Input).focus()


class CreateScreen(IntakeScreen[None]):
    """First run: choose the passphrase (twice) and create the store.

    | key | action |
    | --- | --- |
    | enter | next field, then create |
    """

    CSS_PATH = "unlock.tcss"

    def compose(self) -> ComposeResult:
        with Center(), Vertical(classes="card"):
            yield Static("New notebook", classes="card-title")
            yield Static(
                "Nothing is stored yet. Choose the passphrase that will protect every "
                "interview on this device. It cannot be recovered.",
                classes="explain",
            )
            yield Label("Passphrase")
            yield Input(password=True, id="first")
            yield Static(strength_hint("")[1], id="strength", classes="empty")
            yield Label("Once more")
            yield Input(password=True, id="second")
            yield Static("", id="message")
            yield LoadingIndicator(id="busy")
            yield Button("Create", id="create", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#busy").display = False
        self.query_one("#first", Input).focus()

    @on(Input.Changed, "#first")
    def show_strength(self, event: Input.Changed) -> None:
        level, text = strength_hint(event.value)
        hint = self.query_one("#strength", Static)
        hint.update(text)
        hint.set_classes(level)

    @on(Input.Submitted, "#first")
    def next_field(self) -> None:
        self.query_one("#second", Input).focus()

    @on(Input.Submitted, "#second")
    @on(Button.Pressed, "#create")
    def create(self) -> None:
        first = self.query_one("#first", Input)
        second = self.query_one("#second", Input)
        message = self.query_one("#message", Static)
        if not first.value:
            message.update("Choose a passphrase.")
            first.focus()
            return
        if first.value != second.value:
            second.value = ""
            message.update("The two passphrases differ; type the second one again.")
            second.focus()
            return
        passphrase = first.value
        first.value = second.value = ""
        message.update("Creating the store (about a second)…")
        self.query_one("#busy").display = True
        for widget in (first, second, self.query_one("#create", Button)):
            widget.disabled = True
        self.create_store(passphrase)

    @work(thread=True, exclusive=True, group="unlock", exit_on_error=False, name="create the store")
    def create_store(self, passphrase: str) -> None:
        store = Store.create(self.intake.config.home, passphrase, kdf=self.intake.config.kdf)
        self.app.post_message(Unlocked(store))
