"""The interviews on this device: codes, dates, questionnaire, state, progress.

Never shows an answer: only what :class:`intake.store.InterviewSummary` holds
and how many of the questions relevant so far are answered.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Static

from intake.store import InterviewSummary
from intake.tui.interview import answerable
from intake.tui.screens.base import IntakeScreen


class HomeScreen(IntakeScreen[None]):
    """The list of interviews and what can be done with them.

    | key | action |
    | --- | --- |
    | n | new interview |
    | enter, c | continue the selected draft (or view a finalized one) |
    | r | review and finalize the selected draft |
    | e | export finalized interviews |
    | ctrl+l | lock |
    """

    CSS_PATH = "home.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New"),
        Binding("c", "continue", "Continue"),
        Binding("r", "review", "Review"),
        Binding("e", "export", "Export"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Interviews", classes="screen-title")
        yield DataTable(id="interviews", cursor_type="row", zebra_stripes=True)
        yield Static("", id="empty")
        with Horizontal(classes="actions"):
            yield Button("New", id="new", variant="primary")
            yield Button("Continue", id="continue")
            yield Button("Review", id="review")
            yield Button("Export", id="export")
            yield Button("Lock", id="lock")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Code", "Started", "Questionnaire", "State", "Answered")
        self.refresh_list()
        table.focus()

    def on_screen_resume(self) -> None:
        if self.intake.store is not None:  # not while locking
            self.refresh_list()

    def refresh_list(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        questionnaire = self.intake.config.questionnaire
        interviews = self.store.interviews()
        for summary in reversed(interviews):
            progress = f"{summary.answered}"
            if summary.state == "exported":
                progress = "—"  # export erased the answers from this device
            elif summary.questionnaire_hash == questionnaire.hash:
                done, total = answerable(questionnaire, self.store.answers(summary.id))
                progress = f"{done}/{total}"
            table.add_row(
                summary.id,
                summary.created[:10],
                f"{summary.questionnaire_id} {summary.questionnaire_version}",
                summary.state,
                progress,
                key=summary.id,
            )
        self.query_one("#empty", Static).update(
            "" if interviews else "No interviews yet. Press n to start one."
        )

    def selected(self) -> InterviewSummary | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            self.notify("No interview selected: there are none yet.", severity="warning")
            return None
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return self.store.interview(str(row_key.value))

    @on(Button.Pressed, "#new")
    def action_new(self) -> None:
        from intake.tui.screens.start import StartScreen

        self.app.push_screen(StartScreen())

    @on(DataTable.RowSelected)
    @on(Button.Pressed, "#continue")
    def action_continue(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        if summary.state != "draft":
            self.open_review(summary)
            return
        from intake.tui.screens.questionnaire import QuestionnaireScreen

        session = self.intake.open_session(summary)
        if session is not None:
            self.app.push_screen(QuestionnaireScreen(session))

    @on(Button.Pressed, "#review")
    def action_review(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_review(summary)

    def open_review(self, summary: InterviewSummary) -> None:
        from intake.tui.screens.review import ReviewScreen

        if summary.questionnaire_hash != self.intake.config.questionnaire.hash:
            self.intake.refuse_questionnaire(summary)
            return
        self.app.push_screen(ReviewScreen(summary.id))

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        from intake.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen())

    @on(Button.Pressed, "#lock")
    async def lock_now(self) -> None:
        await self.intake.action_lock()
