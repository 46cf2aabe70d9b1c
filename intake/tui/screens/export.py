"""Export: every finalized interview into one encrypted, signed bundle for supervisors.

Uses :func:`intake.crypto.export.export` (docs/bundle-format.md). The bundle
is written before the interviews are marked exported, so a failure never
loses one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Input, Label, ProgressBar, SelectionList, Static

from intake.tui.screens.base import IntakeScreen


class ExportScreen(IntakeScreen[None]):
    """Choose recipients and a folder; write the bundle; show where it went.

    | key | action |
    | --- | --- |
    | space | tick or untick the highlighted recipient |
    | escape | back to the interviews |
    """

    CSS_PATH = "export.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "leave", "Interviews")]

    def compose(self) -> ComposeResult:
        from intake.crypto.keys import short_fingerprint

        store = self.store
        ready = store.counts()["finalized"]
        recipients = store.recipients()
        folder = self.intake.config.export_dir or self.intake.config.home / "exports"
        yield Static("Export", classes="screen-title")
        with VerticalScroll(classes="form"):
            yield Static(f"{ready} finalized interview(s) ready to export.", id="ready")
            yield Label("Supervisors who can open the bundle")
            yield SelectionList[str](
                *(
                    (f"{r.name}  {short_fingerprint(r.recipient)}", r.name, True)
                    for r in recipients
                ),
                id="recipients",
            )
            if not recipients:
                yield Static(
                    "No supervisor keys on this device: add one with "
                    "'intake recipients add' first.",
                    classes="warning",
                )
            yield Label("Folder")
            yield Input(str(folder), id="folder")
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="result")
            with Horizontal(classes="actions"):
                yield Button("Interviews", id="leave")
                yield Button(
                    "Write bundle",
                    id="write",
                    variant="primary",
                    disabled=not (ready and recipients),
                )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#progress").display = False

    @on(Button.Pressed, "#write")
    def write(self) -> None:
        names = list(self.query_one("#recipients", SelectionList).selected)
        if not names:
            self.notify("Couldn't export: no supervisor is ticked", severity="error")
            return
        folder = Path(self.query_one("#folder", Input).value).expanduser()
        self.query_one("#write", Button).disabled = True
        progress = self.query_one("#progress", ProgressBar)
        progress.display = True
        progress.update(total=None)
        self.query_one("#result", Static).update("Writing the bundle…")
        self.write_bundle(folder, names)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False, name="export")
    def write_bundle(self, folder: Path, names: list[str]) -> None:
        from intake.crypto.export import export

        questionnaire = self.intake.config.questionnaire
        identifying = {
            questionnaire.hash: frozenset(q.id for q in questionnaire.questions() if q.identifying)
        }
        bar = self.query_one("#progress", ProgressBar)

        def advance(done: int, total: int) -> None:
            self.app.call_from_thread(bar.update, total=total, progress=done)

        try:
            result = export(self.store, folder, identifying, names, progress=advance)
        except BaseException:
            self.app.call_from_thread(self.failed)
            raise
        if result is None:
            self.app.call_from_thread(self.done, "Nothing to export.")
            return
        digest = hashlib.sha256(result.path.read_bytes()).hexdigest()
        self.app.call_from_thread(
            self.done,
            f"Wrote {result.interviews} interview(s) to\n{result.path}\n"
            f"SHA-256 {digest[:16]}…{digest[-8:]}",
        )

    def done(self, text: str) -> None:
        self.query_one("#progress", ProgressBar).update(total=1, progress=1)
        self.query_one("#result", Static).update(text)
        self.query_one("#ready", Static).update(
            f"{self.store.counts()['finalized']} finalized interview(s) ready to export."
        )

    def failed(self) -> None:
        self.query_one("#progress").display = False
        self.query_one("#result", Static).update("")
        self.query_one("#write", Button).disabled = False

    @on(Button.Pressed, "#leave")
    def action_leave(self) -> None:
        self.app.pop_screen()
