"""Consent: the statement read to the interviewee and one choice per scope.

The interview is created (with its consent, in one transaction) only when
every required scope is agreed to; otherwise nothing is stored.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Static

from intake.tui.screens.base import IntakeScreen
from intake.tui.widgets.choices import YesNo


class ConsentScreen(IntakeScreen[None]):
    """Read the consent text; record yes or no for each scope.

    | key | action |
    | --- | --- |
    | y / n | yes / no for the focused scope |
    | tab | next scope |
    | escape | back to the interviews (nothing is stored) |
    """

    CSS_PATH = "consent.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "decline", "Cancel")]

    def __init__(self, interviewer: str) -> None:
        """Args:
        interviewer: The interviewer code typed on the previous screen.
        """
        super().__init__()
        self.interviewer = interviewer

    def compose(self) -> ComposeResult:
        questionnaire = self.intake.config.questionnaire
        lang = self.intake.config.lang
        yield Static("Consent", classes="screen-title")
        with VerticalScroll(classes="form"):
            if questionnaire.consent is None:
                yield Static("This questionnaire asks for no consent.", classes="consent-text")
            else:
                yield Static(questionnaire.consent.text.get(lang), classes="consent-text")
                for scope in questionnaire.consent.scopes:
                    mark = " (required)" if scope.required else ""
                    yield Static(scope.label(lang) + mark, classes="scope-label")
                    yield YesNo(id=f"scope-{scope.id}", lang=lang)
            yield Static("", id="message")
            with Horizontal(classes="actions"):
                yield Button("No consent", id="decline", variant="error")
                yield Button("Start interview ▶", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        first = self.query(YesNo)
        if first:
            first.first().focus()

    def choices(self) -> dict[str, bool | None]:
        consent = self.intake.config.questionnaire.consent
        scopes = consent.scopes if consent else ()
        return {s.id: self.query_one(f"#scope-{s.id}", YesNo).answer for s in scopes}

    @on(Button.Pressed, "#start")
    def start(self) -> None:
        from intake.tui.screens.questionnaire import QuestionnaireScreen

        questionnaire = self.intake.config.questionnaire
        choices = self.choices()
        missing = [scope for scope, value in choices.items() if value is None]
        message = self.query_one("#message", Static)
        if missing:
            message.update(f"Choose yes or no for every scope ({len(missing)} left).")
            self.query_one(f"#scope-{missing[0]}", YesNo).focus()
            return
        scopes = questionnaire.consent.scopes if questionnaire.consent else ()
        refused = [s for s in scopes if s.required and not choices[s.id]]
        if refused:
            message.update(
                f"No consent to '{refused[0].id}': the interview cannot take place. "
                "Press 'No consent' to leave; nothing has been stored."
            )
            return
        consent = {scope: bool(value) for scope, value in choices.items()}
        store = self.store
        with store.batch():
            interview_id = store.new_interview(questionnaire, self.interviewer)
            store.save_consent(interview_id, consent)
        session = self.intake.open_session(store.interview(interview_id))
        if session is not None:
            self.app.switch_screen(QuestionnaireScreen(session))

    @on(Button.Pressed, "#decline")
    def action_decline(self) -> None:
        self.notify("No interview was recorded.")
        self.app.pop_screen()
