"""Review every answer of an interview, with narratives in their redacted form, and finalize.

Flags what still needs attention: narratives not yet redacted (or edited
since), findings the engine was unsure of, and problems with the answers
(required questions unanswered, constraints). Finalizing locks the
interview: the readable record keeps only redacted text, and originals and
the pseudonym map are kept sealed or erased as the consent says.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Static

from intake.questionnaire import Question, check_answers
from intake.store import RedactionRecord
from intake.tui.interview import InterviewSession, answer_of, needs_redaction, pages
from intake.tui.screens.base import IntakeScreen
from intake.tui.widgets.choices import YES_NO_LABELS

UNSURE_SCORE = 0.6
"""Findings scored below this are flagged for the interviewer to look at."""


def shown_value(question: Question, value: Any, lang: str | None) -> str:
    """An answer as the interviewer reads it (choice labels, yes/no words)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        yes, no = YES_NO_LABELS.get(lang or "en", YES_NO_LABELS["en"])
        return yes if value else no
    if isinstance(value, list):
        return ", ".join(shown_value(question, v, lang) for v in value)
    choice = question.choice(value) if isinstance(value, str) else None
    return choice.label.get(lang) if choice else str(value)


class ReviewScreen(IntakeScreen[None]):
    """All answers, flags, and the finalize button.

    | key | action |
    | --- | --- |
    | ctrl+f | finalize (asks first) |
    | e | edit: back to the questionnaire (drafts only) |
    | escape | back to the interviews |
    """

    CSS_PATH = "review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "finalize", "Finalize"),
        Binding("e", "edit", "Edit"),
        Binding("escape", "leave", "Interviews"),
    ]

    def __init__(self, interview_id: str) -> None:
        """Args:
        interview_id: The interview to review.
        """
        super().__init__()
        self.interview_id = interview_id

    def compose(self) -> ComposeResult:
        yield Static("", id="title", classes="screen-title")
        yield Static("", id="flags")
        yield VerticalScroll(id="answers")
        with Horizontal(classes="actions"):
            yield Button("Edit", id="edit")
            yield Button("Finalize", id="finalize", variant="warning")
            yield Button("Interviews", id="leave")
        yield Footer()

    @property
    def summary_state(self) -> str:
        return self.store.interview(self.interview_id).state

    def on_mount(self) -> None:
        self.refresh_answers()
        draft = self.summary_state == "draft"
        if draft and self.session().unredacted() and self.intake.engine is not None:
            self.redact_pending()
        elif draft and self.session().unredacted():
            self.watch(self.intake, "engine_state", self.engine_changed, init=False)

    def engine_changed(self, state: str) -> None:
        if state == "ready":
            self.redact_pending()

    def session(self) -> InterviewSession:
        return InterviewSession(
            self.store, self.intake.config.questionnaire, self.interview_id, self.intake.config.lang
        )

    @work(thread=True, exclusive=True, group="redact-all", exit_on_error=False, name="redact")
    def redact_pending(self) -> None:
        engine = self.intake.engine
        if engine is not None:
            self.session().redact_all(engine, self.intake.policy)
            self.app.call_from_thread(self.refresh_answers)

    def refresh_answers(self) -> None:
        summary = self.store.interview(self.interview_id)
        questionnaire = self.intake.config.questionnaire
        lang = self.intake.config.lang
        draft = summary.state == "draft"
        answers = self.store.answers(self.interview_id)
        records = {
            (r.question_id, (r.instance.group, r.instance.position) if r.instance else None): r
            for r in self.store.redactions(self.interview_id)
        }
        self.query_one("#title", Static).update(
            f"Review {summary.id} · {summary.state} · interviewer {summary.interviewer}"
        )
        self.query_one("#edit", Button).display = draft
        self.query_one("#finalize", Button).display = draft
        flags: list[str] = []
        if draft:
            flags = [str(p) for p in check_answers(questionnaire, answers, lang)]
        lines: list[Text] = []
        for page in pages(questionnaire, answers):
            question = page.question
            if question is None or question.type == "note":
                continue
            value = answer_of(answers, page)
            label = question.label(lang)
            if page.group is not None and page.instance is not None:
                label = f"[{page.instance + 1}] {label}"
            line = Text(label, style="bold")
            line.append("\n")
            record = records.get((question.id, page.position))
            if needs_redaction(question) and value is not None:
                line.append_text(self.narrative(record, value, draft, flags, question.id))
            else:
                line.append(shown_value(question, value, lang))
            lines.append(line)
        container = self.query_one("#answers", VerticalScroll)
        container.remove_children()
        container.mount_all(Static(line, classes="answer") for line in lines)
        flag_text = self.query_one("#flags", Static)
        flag_text.update("\n".join(f"⚑ {flag}" for flag in flags) if flags else "No flags.")
        flag_text.set_class(bool(flags), "flagged")

    def narrative(
        self,
        record: RedactionRecord | None,
        value: Any,
        draft: bool,
        flags: list[str],
        question_id: str,
    ) -> Text:
        if draft and (record is None or record.original != value):
            flags.append(f"{question_id}: not redacted yet")
            return Text("⚑ not redacted yet (waiting for the redaction model)", style="red")
        text = Text(record.redacted if record else str(value))
        if record is not None:
            unsure = [f for f in record.findings if float(f.get("score", 1)) < UNSURE_SCORE]
            summary = f"\n({len(record.findings)} finding(s)"
            if unsure:
                flags.append(f"{question_id}: {len(unsure)} finding(s) the engine is unsure of")
                summary += f", ⚑ {len(unsure)} unsure"
            text.append(summary + ")", style="dim")
        return text

    # -- actions ------------------------------------------------------------

    @on(Button.Pressed, "#finalize")
    def action_finalize(self) -> None:
        from intake.tui.screens.modals import ConfirmScreen

        if self.summary_state != "draft":
            return
        session = self.session()
        session.drop_irrelevant()
        if session.unredacted():
            self.notify(
                f"Couldn't finalize: {len(session.unredacted())} narrative(s) not redacted yet",
                severity="error",
            )
            return
        lang = self.intake.config.lang
        problems = check_answers(session.questionnaire, session.answers, lang)
        if problems:
            self.refresh_answers()
            self.notify(f"Couldn't finalize: {problems[0]}", severity="error")
            return
        keep = bool((self.store.consent(self.interview_id) or {}).get("keep_original"))
        fate = (
            "Original narratives and the pseudonym map are kept sealed for supervisors "
            "(consent: keep original)."
            if keep
            else "Original narratives and the pseudonym map are erased (no consent to keep them)."
        )
        self.app.push_screen(
            ConfirmScreen(
                f"Finalize interview {self.interview_id}?",
                f"Answers can no longer change; only redacted text stays readable. {fate}",
                "Finalize",
            ),
            self.finalize,
        )

    def finalize(self, confirmed: bool | None) -> None:
        if not confirmed:
            return
        self.store.finalize(self.interview_id)
        self.notify(f"Interview {self.interview_id} finalized.")
        self.app.pop_screen()

    @on(Button.Pressed, "#edit")
    def action_edit(self) -> None:
        from intake.tui.screens.questionnaire import QuestionnaireScreen

        if self.summary_state != "draft":
            return
        session = self.intake.open_session(self.store.interview(self.interview_id))
        if session is not None:
            self.app.switch_screen(QuestionnaireScreen(session))

    @on(Button.Pressed, "#leave")
    def action_leave(self) -> None:
        self.app.pop_screen()
