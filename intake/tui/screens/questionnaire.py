"""The questionnaire, one question per page, with skip logic applied as answers come in.

An answer is checked (type, required, range, constraint) when the
interviewer moves on; if it is acceptable it is saved at once, otherwise the
reason is shown under the field and the page stays. Narrative answers are
redacted while typed (see :mod:`intake.tui.widgets.narrative`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, ProgressBar, Static

from intake.errors import IntakeError
from intake.questionnaire import Question
from intake.tui.interview import InterviewSession, Page, PageKey, needs_redaction
from intake.tui.marks import Marks
from intake.tui.narrative import Redacted, copy_of, redact_narrative
from intake.tui.screens.base import IntakeScreen
from intake.tui.widgets.choices import ChoiceMany, ChoiceOne, YesNo
from intake.tui.widgets.narrative import NarrativeEditor

PLACEHOLDERS = {
    "integer": "a whole number",
    "decimal": "a number",
    "text": "",
}
DATE_FORMS = {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}


def field_for(
    question: Question, value: Any, lang: str | None
) -> Input | YesNo | ChoiceOne | ChoiceMany:
    """The answer widget of a (non-narrative) question, showing ``value``."""
    kind = question.type
    if kind == "yes_no":
        return YesNo(value if isinstance(value, bool) else None, lang=lang, id="answer")
    if kind == "select_one":
        return ChoiceOne(question.choices, value, lang=lang, id="answer")
    if kind == "select_multiple":
        return ChoiceMany(question.choices, value, lang=lang, id="answer")
    placeholder = (
        DATE_FORMS[question.precision or "day"] if kind == "date" else PLACEHOLDERS.get(kind, "")
    )
    return Input("" if value is None else str(value), placeholder=placeholder, id="answer")


def raw_of(widget: Widget) -> Any:
    """What the interviewer entered in an answer widget."""
    if isinstance(widget, YesNo | ChoiceOne | ChoiceMany):
        return widget.answer
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, NarrativeEditor):
        return widget.text
    return None


class QuestionnaireScreen(IntakeScreen[None]):
    """Ask the questions of one interview.

    | key | action |
    | --- | --- |
    | enter | (in a one-line field) accept and go to the next question |
    | ctrl+n | accept and go to the next question |
    | ctrl+b | back to the previous question (the answer is kept if valid) |
    | ctrl+o | review all answers and finalize |
    | escape | save and go back to the interviews |
    """

    CSS_PATH = "questionnaire.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next", "Next", priority=True),
        Binding("ctrl+b", "back", "Back", priority=True),
        Binding("ctrl+o", "review", "Review", priority=True),
        Binding("escape", "leave", "Interviews"),
    ]

    def __init__(self, session: InterviewSession, start: PageKey | None = None) -> None:
        """Args:
        session: The draft interview to record.
        start: The page to open on (default: the first unanswered one).
        """
        super().__init__()
        self.session = session
        self.start = start
        self.page: Page | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield Static("", id="section")
            yield Static("", id="progress-text")
            yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
        with VerticalScroll(id="question-side"):
            yield Static("", id="label")
            yield Static("", id="hint")
            yield Vertical(id="field")
            yield Static("", id="problem")
        with Horizontal(id="nav"):
            yield Button("◀ Back", id="back")
            yield Button("Next ▶", id="next", variant="primary")
            yield Button("+ Add", id="add")
            yield Button("- Remove last", id="remove")
            yield Button("Review", id="review")
        yield Footer()

    async def on_mount(self) -> None:
        pages = self.session.pages()
        target = self.start
        if target is None and not self.session.answers:
            target = pages[0].key
        if target is None:
            first_open = next(
                (
                    p
                    for p in pages
                    if p.question and p.question.type != "note" and self.session.value(p) is None
                ),
                None,
            )
            target = (first_open or pages[0]).key
        await self.show_page(self.find(pages, target))
        self.watch(self.intake, "engine_state", self.engine_changed, init=False)

    @staticmethod
    def find(pages: list[Page], key: PageKey) -> Page:
        return next((p for p in pages if p.key == key), pages[0])

    # -- showing a page -----------------------------------------------------

    async def show_page(self, page: Page) -> None:
        self.page = page
        session = self.session
        lang = session.lang
        pages = session.pages()
        number = next((i for i, p in enumerate(pages) if p.key == page.key), 0) + 1
        section = page.section.title(lang)
        self.query_one("#section", Static).update(section)
        self.query_one("#progress-text", Static).update(f"{number}/{len(pages)}")
        self.query_one("#progress", ProgressBar).update(total=len(pages), progress=number)
        self.query_one("#problem", Static).update("")
        field = self.query_one("#field", Vertical)
        await field.remove_children()
        question = page.question
        is_group = question is None
        for button in ("#add", "#remove"):
            self.query_one(button, Button).display = is_group
        if question is None:
            assert page.group is not None
            group = page.group
            count = session.instance_count(group)
            items = session.answers.get(group.id) or []
            names = [
                group.instance_label(i, items[i] if i < len(items) else {}, lang)
                for i in range(count)
            ]
            limit = f", at most {group.max}" if group.max is not None else ""
            self.query_one("#label", Static).update(f"{count} recorded{limit}")
            self.query_one("#hint", Static).update(
                "\n".join(names) or "None yet. + Add records one."
            )
            self.query_one("#add", Button).disabled = group.max is not None and count >= group.max
            self.query_one("#remove", Button).disabled = count <= group.min
            self.query_one("#next", Button).focus()
            return
        label = question.label(lang)
        if page.group is not None and page.instance is not None:
            items = session.answers.get(page.group.id) or []
            mine = items[page.instance] if page.instance < len(items) else {}
            label = f"{page.group.instance_label(page.instance, mine, lang)} · {label}"
        self.query_one("#label", Static).update(label + (" *" if question.required else ""))
        self.query_one("#hint", Static).update(question.hint(lang) or "")
        self.set_class(needs_redaction(question), "narrative")
        if question.type == "note":
            self.query_one("#next", Button).focus()
            return
        value = session.value(page)
        if needs_redaction(question):
            editor = NarrativeEditor(
                "" if value is None else str(value),
                session.marks(page),
                self.preview,
                engine_ready=self.intake.engine_state == "ready",
                debounce=self.intake.config.debounce,
                id="answer",
            )
            await field.mount(editor)
            editor.focus_text()
        else:
            widget = field_for(question, value, lang)
            await field.mount(widget)
            widget.focus()

    def engine_changed(self, state: str) -> None:
        for editor in self.query(NarrativeEditor):
            editor.engine_ready = state == "ready"

    def preview(self, text: str, marks: Marks) -> Redacted:
        """Redact ``text`` on a copy of the pseudonym map (runs in the editor's worker)."""
        engine = self.intake.engine
        assert engine is not None
        session = self.session
        return redact_narrative(
            engine,
            self.intake.policy,
            text,
            marks,
            pseudonyms=copy_of(session.pseudonyms),
            deny=session.deny,
        )

    # -- accepting and moving ------------------------------------------------

    def answer_widget(self) -> Widget | None:
        found = self.query("#answer")
        return found.first() if found else None

    def accept(self) -> bool:
        """Check and save the answer on screen; show the reason and return False if refused."""
        page, widget = self.page, self.answer_widget()
        if page is None or page.question is None or widget is None:
            return True
        problem = self.session.accept(page, raw_of(widget))
        self.query_one("#problem", Static).update(problem or "")
        if problem is not None:
            widget.focus()
        return problem is None

    async def move(self, step: int) -> None:
        assert self.page is not None
        pages = self.session.pages()
        keys = [p.key for p in pages]
        # A page skipped by the new answer is gone: start again from the first.
        index = keys.index(self.page.key) + step if self.page.key in keys else 0
        if index >= len(pages):
            await self.action_review()
            return
        await self.show_page(pages[max(index, 0)])

    async def action_next(self) -> None:
        editor = self.query(NarrativeEditor)
        if editor:
            self.accept_narrative(editor.first().text, editor.first().marks)
            return
        if self.accept():
            await self.move(1)

    @on(Button.Pressed, "#next")
    async def next_pressed(self) -> None:
        await self.action_next()

    @on(Input.Submitted, "#answer")
    async def submitted(self) -> None:
        await self.action_next()

    @work(thread=True, exclusive=True, group="accept", exit_on_error=False, name="save the answer")
    def accept_narrative(self, text: str, marks: Marks) -> None:
        """Redact with the interview's own pseudonym map, then save (worker thread)."""
        page = self.page
        assert page is not None
        engine = self.intake.engine
        if engine is None or not text.strip():
            problem = self.session.accept(page, text)
        else:
            redacted = redact_narrative(
                engine,
                self.intake.policy,
                text,
                marks,
                pseudonyms=self.session.pseudonyms,
                deny=self.session.deny,
            )
            problem = self.session.accept_narrative(page, redacted)
        self.app.call_from_thread(self.narrative_done, page, problem)

    def narrative_done(self, page: Page, problem: str | None) -> None:
        if problem is not None:
            self.query_one("#problem", Static).update(problem)
            return
        if self.intake.engine is None:
            self.notify("Saved; it will be redacted once the model has loaded.")
        if self.page is page:
            self.call_later(self.move, 1)

    async def action_back(self) -> None:
        self.save_pending()
        await self.move(-1)

    @on(Button.Pressed, "#back")
    async def back_pressed(self) -> None:
        await self.action_back()

    def save_pending(self) -> None:
        """Save the answer on screen if it is acceptable (before locking, quitting, leaving)."""
        page, widget = self.page, self.answer_widget()
        if page is None or page.question is None or widget is None:
            return
        raw = raw_of(widget)
        if raw == self.session.value(page) or raw in (None, "", []):
            return
        value, problem = self.session.check(page, raw)
        if problem is None and value is not None:
            self.session.accept(page, raw)

    # -- repeat groups --------------------------------------------------------

    @on(Button.Pressed, "#add")
    async def add_instance(self) -> None:
        page = self.page
        assert page is not None and page.group is not None
        index = self.session.add_instance(page.group)
        pages = self.session.pages()
        first = next(
            (p for p in pages if p.group is page.group and p.instance == index and p.question),
            page,
        )
        await self.show_page(first)

    @on(Button.Pressed, "#remove")
    async def remove_instance(self) -> None:
        from intake.tui.screens.modals import ConfirmScreen

        page = self.page
        assert page is not None and page.group is not None
        group = page.group
        count = self.session.instance_count(group)
        if count <= group.min:
            return

        async def remove(confirmed: bool | None) -> None:
            if confirmed:
                self.session.remove_instance(group, count - 1)
                await self.show_page(page)

        self.app.push_screen(
            ConfirmScreen(
                f"Remove entry {count}?", "Its answers are deleted from this interview.", "Remove"
            ),
            remove,
        )

    # -- deny list ------------------------------------------------------------

    @on(NarrativeEditor.DenyRequested)
    def deny(self, message: NarrativeEditor.DenyRequested) -> None:
        try:
            self.session.add_to_deny_list(message.term)
        except IntakeError as error:
            self.notify(f"Couldn't add to the deny list: {error.message}", severity="error")
            return
        self.notify(f"Deny list: {len(self.session.deny)} name(s); every answer is redacted again.")
        if self.intake.engine is not None:
            self.redact_saved()

    @work(thread=True, exclusive=True, group="redact-all", exit_on_error=False, name="redact")
    def redact_saved(self) -> None:
        engine = self.intake.engine
        if engine is not None:
            self.session.redact_all(engine, self.intake.policy)

    # -- leaving --------------------------------------------------------------

    async def action_review(self) -> None:
        from intake.tui.screens.review import ReviewScreen

        self.save_pending()
        self.app.switch_screen(ReviewScreen(self.session.interview_id))

    @on(Button.Pressed, "#review")
    async def review_pressed(self) -> None:
        await self.action_review()

    async def action_leave(self) -> None:
        self.save_pending()
        self.app.pop_screen()
