"""Small dialogs: an error to acknowledge, and a yes/no confirmation."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ErrorScreen(ModalScreen[None]):
    """Something failed: what, and why, until the interviewer presses a key.

    | key | action |
    | --- | --- |
    | escape, enter | close |
    """

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Close")]

    def __init__(self, title: str, text: str) -> None:
        """Args:
        title: What failed ("Couldn't export").
        text: Why, in the error's own safe words.
        """
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(self.text, id="error-text")
            yield Button("OK", id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    @on(Button.Pressed, "#ok")
    def close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """Ask before doing something that cannot be undone.

    | key | action |
    | --- | --- |
    | escape | no |
    """

    CSS_PATH = "modals.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "no", "Cancel")]

    def __init__(self, title: str, text: str, yes: str) -> None:
        """Args:
        title: The question.
        text: What will happen.
        yes: The label of the button that does it.
        """
        super().__init__()
        self.title_text = title
        self.text = text
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(self.text, id="confirm-text")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="no")
                yield Button(self.yes, id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def action_yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        self.dismiss(False)
