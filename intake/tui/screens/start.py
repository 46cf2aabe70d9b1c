"""Starting an interview: interviewer code, the pre-interview checklist, then consent.

No interview exists in the store until consent to every required scope is
given: declining leaves nothing behind.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Input, Label, Static

from intake.tui.screens.base import IntakeScreen

CHECKLIST = (
    ("disk", "Full-disk encryption is on for this device"),
    ("cloud", "No cloud sync or backup runs on this device"),
    ("alone", "Nobody else can see the screen or hear the interview"),
)
"""The optional pre-interview checklist: (id, text)."""


class StartScreen(IntakeScreen[None]):
    """Interviewer code and the optional safety checklist.

    | key | action |
    | --- | --- |
    | enter | go on to consent |
    | escape | back to the interviews |
    """

    CSS_PATH = "start.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def compose(self) -> ComposeResult:
        yield Static("New interview", classes="screen-title")
        with VerticalScroll(classes="form"):
            yield Label("Interviewer code")
            yield Input(placeholder="e.g. AB12", id="interviewer", max_length=64)
            yield Static("", id="message")
            yield Static("Before you start (optional):", classes="subtitle")
            for key, text in CHECKLIST:
                yield Checkbox(text, id=f"check-{key}")
            with Horizontal(classes="actions"):
                yield Button("Back", id="back")
                yield Button("Consent ▶", id="next", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#interviewer", Input).focus()

    @on(Input.Submitted, "#interviewer")
    @on(Button.Pressed, "#next")
    def next(self) -> None:
        from intake.tui.screens.consent import ConsentScreen

        code = self.query_one("#interviewer", Input).value.strip()
        if not code:
            self.query_one("#message", Static).update("Type your interviewer code.")
            self.query_one("#interviewer", Input).focus()
            return
        unchecked = [
            key for key, _ in CHECKLIST if not self.query_one(f"#check-{key}", Checkbox).value
        ]
        if unchecked:
            self.notify(f"Checklist: {len(unchecked)} item(s) not confirmed", severity="warning")
        self.app.switch_screen(ConsentScreen(code))

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.pop_screen()
