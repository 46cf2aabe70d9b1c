"""The narrative editor: type an answer while the redaction engine marks what it finds.

Left, the text being typed, with every finding highlighted in its type's
colour; below it, the redacted text as it will be kept; right, the findings
with their replacement. Redaction runs in a worker after a short pause in
typing, so typing never waits for the engine (nor for the model to load).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.document._document import Document
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import TextAreaTheme

from intake.redaction.decisions import INTERVIEWER
from intake.redaction.findings import ENTITY_TYPES, Finding
from intake.tui.marks import Marks
from intake.tui.narrative import Redacted

TYPE_COLOURS = {
    "PERSON": "#b03a2e",
    "PLACE": "#1f618d",
    "ADDRESS": "#7d3c98",
    "PHONE": "#b9770e",
    "EMAIL": "#b9770e",
    "ID_NUMBER": "#b9770e",
    "HANDLE": "#117a65",
    "URL": "#117a65",
    "DATE": "#5d6d7e",
}
"""Background colour of each finding type, in the editor, preview and panel."""

Preview = Callable[[str, Marks], Redacted]
"""Redacts a text with marks; called in a worker thread."""


class FindingsArea(TextArea):
    """A text area that highlights character spans, each named by a finding type."""

    def __init__(self, text: str, *, id: str) -> None:
        """Args:
        text: The initial text.
        id: The widget id.
        """
        super().__init__(text, id=id, soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        self.spans: list[tuple[int, int, str]] = []
        styles = {f"finding.{t}": Style(bgcolor=c, color="white") for t, c in TYPE_COLOURS.items()}
        styles["finding.rejected"] = Style(strike=True, dim=True)
        self.register_theme(TextAreaTheme("findings", syntax_styles=styles))
        self.theme = "findings"

    def show_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Highlight ``spans`` ((start, end, name) in characters of ``self.text``)."""
        self.spans = spans
        self._build_highlight_map()
        self.refresh()

    def _build_highlight_map(self) -> None:
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        document = self.document
        if not isinstance(document, Document):
            return
        length = len(document.text)
        for start, end, name in getattr(self, "spans", ()):
            if not 0 <= start < end <= length:
                continue  # stale until the next redaction arrives
            top = document.get_location_from_index(start)
            bottom = document.get_location_from_index(end)
            for row in range(top[0], bottom[0] + 1):
                line = document.get_line(row)
                first = top[1] if row == top[0] else 0
                last = bottom[1] if row == bottom[0] else len(line)
                highlights[row].append(
                    (len(line[:first].encode()), len(line[:last].encode()), f"finding.{name}")
                )


class TypeChoice(OptionList):
    """The identifier types, to say what a marked span is."""


class NarrativeEditor(Widget):
    """Editor, redacted preview and findings panel of one narrative answer.

    | key | where | action |
    | --- | --- | --- |
    | ctrl+r | editor | redact the selected text (then choose its type) |
    | ctrl+d | editor | add the selected name to the interview's deny list |
    | x, delete | findings | reject the highlighted finding (again: restore it) |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "mark_selection", "Redact selection"),
        Binding("ctrl+d", "deny_selection", "Deny-list name"),
    ]

    DEFAULT_CSS = """
    NarrativeEditor {
        height: 1fr;
        layout: horizontal;
    }
    NarrativeEditor #text-side {
        width: 1fr;
    }
    NarrativeEditor FindingsArea {
        height: 1fr;
        min-height: 4;
    }
    NarrativeEditor #preview {
        height: auto;
        max-height: 5;
        color: $text-muted;
        border-top: solid $primary-darken-2;
    }
    NarrativeEditor #panel {
        width: 30;
        border-left: solid $primary-darken-2;
    }
    NarrativeEditor #panel-state {
        height: auto;
        color: $text-muted;
        padding: 0 1;
    }
    NarrativeEditor #findings {
        height: 1fr;
        border: none;
    }
    NarrativeEditor TypeChoice {
        display: none;
        height: auto;
        max-height: 11;
        border: round $warning;
    }
    NarrativeEditor.choosing-type TypeChoice {
        display: block;
    }
    """

    engine_ready: reactive[bool] = reactive(False)
    """Whether the redaction model has loaded; until then the panel says so."""

    class DenyRequested(Message):
        """The interviewer asked for ``term`` to be redacted in every answer."""

        def __init__(self, term: str) -> None:
            super().__init__()
            self.term = term

    class Redone(Message):
        """A new redaction of the text is shown (posted after each preview)."""

        def __init__(self, redacted: Redacted) -> None:
            super().__init__()
            self.redacted = redacted

    def __init__(
        self,
        text: str,
        marks: Marks,
        preview: Preview,
        *,
        engine_ready: bool,
        debounce: float,
        id: str,
    ) -> None:
        """Args:
        text: The answer so far.
        marks: The interviewer's earlier marks on it.
        preview: Redacts a text with marks (runs in a worker thread).
        engine_ready: Whether the redaction model has loaded.
        debounce: Seconds of quiet typing before redacting again.
        id: The widget id.
        """
        super().__init__(id=id)
        self.initial = text
        self.marks = marks
        self.preview = preview
        self.debounce = debounce
        self.redacted: Redacted | None = None
        self._timer: Timer | None = None
        self.set_reactive(NarrativeEditor.engine_ready, engine_ready)

    def compose(self) -> ComposeResult:
        with Vertical(id="text-side"):
            yield FindingsArea(self.initial, id="text")
            yield Static("", id="preview")
        with Vertical(id="panel"):
            yield Static("", id="panel-state")
            yield OptionList(id="findings")
            yield TypeChoice(*ENTITY_TYPES, id="type-choice")

    def on_mount(self) -> None:
        self.show_state()
        self.schedule()

    @property
    def text(self) -> str:
        return self.query_one(FindingsArea).text

    def focus_text(self) -> None:
        self.query_one(FindingsArea).focus()

    # -- redaction in the background ----------------------------------------

    def watch_engine_ready(self) -> None:
        if self.is_mounted:
            self.show_state()
            self.schedule(0)

    @on(TextArea.Changed, "#text")
    def typed(self) -> None:
        self.schedule()

    def schedule(self, delay: float | None = None) -> None:
        """Redact again after ``delay`` (default: the debounce) unless more typing comes."""
        if self._timer is not None:
            self._timer.stop()
        if self.engine_ready:
            self._timer = self.set_timer(
                max(self.debounce if delay is None else delay, 0.01), self.redo
            )

    def redo(self) -> None:
        text = self.text
        if text.strip():
            self.redact_in_background(text, Marks(set(self.marks.rejected), list(self.marks.added)))
        else:
            self.redacted = None
            self.show(None)

    @work(thread=True, exclusive=True, group="redact", exit_on_error=False, name="redact")
    def redact_in_background(self, text: str, marks: Marks) -> None:
        redacted = self.preview(text, marks)
        self.app.call_from_thread(self.arrived, redacted)

    def arrived(self, redacted: Redacted) -> None:
        if redacted.original != self.text:
            return  # typing went on: a newer redaction is on its way
        self.redacted = redacted
        self.show(redacted)
        self.post_message(self.Redone(redacted))

    # -- showing ------------------------------------------------------------

    def show_state(self) -> None:
        state = self.query_one("#panel-state", Static)
        if not self.engine_ready:
            state.update("Loading the redaction model… keep typing; findings appear here.")
        elif self.redacted is None:
            state.update("Findings appear here as you type.")
        else:
            count = len(self.redacted.result.findings)
            state.update(f"{count} finding(s). x: reject · ctrl+r: redact selection")

    def show(self, redacted: Redacted | None) -> None:
        area = self.query_one(FindingsArea)
        panel = self.query_one("#findings", OptionList)
        panel.clear_options()
        preview = self.query_one("#preview", Static)
        self.show_state()
        if redacted is None:
            area.show_spans([])
            preview.update("")
            return
        text = redacted.original
        rejected = {i for i in redacted.decisions.get("reject", [])}
        spans = [(f.start, f.end, f.type) for f in redacted.result.findings]
        spans += [
            (f.start, f.end, "rejected") for i, f in enumerate(redacted.findings) if i in rejected
        ]
        area.show_spans(spans)
        for index, finding in enumerate(redacted.result.findings):
            panel.add_option(Option(_finding_line(text, finding), id=f"kept-{index}"))
        for index, finding in enumerate(redacted.findings):
            if index in rejected:
                line = Text(f"{finding.type} {text[finding.start : finding.end]} (kept)")
                line.stylize("strike dim")
                panel.add_option(Option(line, id=f"rejected-{index}"))
        preview.update(_preview_text(redacted))

    # -- decisions ----------------------------------------------------------

    @on(OptionList.OptionSelected, "#findings")
    def toggle_finding(self, event: OptionList.OptionSelected) -> None:
        self.toggle(event.option.id or "")

    def on_key(self, event: object) -> None:
        from textual.events import Key

        if not isinstance(event, Key) or event.key not in ("x", "delete"):
            return
        panel = self.query_one("#findings", OptionList)
        if panel.has_focus and panel.highlighted is not None:
            event.stop()
            self.toggle(panel.get_option_at_index(panel.highlighted).id or "")

    def toggle(self, option_id: str) -> None:
        """Reject a kept finding or restore a rejected one (by panel option id)."""
        redacted = self.redacted
        if redacted is None or "-" not in option_id:
            return
        kind, number = option_id.split("-")
        text = redacted.original
        if kind == "kept":
            finding = redacted.result.findings[int(number)]
            surface = text[finding.start : finding.end]
            if finding.recognizer == INTERVIEWER:
                self.marks.added = [m for m in self.marks.added if m[0] != surface]
            else:
                self.marks.reject(text, finding)
        else:
            finding = redacted.findings[int(number)]
            self.marks.rejected.discard((finding.type, text[finding.start : finding.end]))
        self.schedule(0)

    def action_mark_selection(self) -> None:
        area = self.query_one(FindingsArea)
        if not area.selected_text.strip():
            self.notify("Select the text to redact first (shift+arrows).", severity="warning")
            return
        self.add_class("choosing-type")
        chooser = self.query_one(TypeChoice)
        chooser.highlighted = 0
        chooser.focus()

    @on(OptionList.OptionSelected, "#type-choice")
    def type_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        area = self.query_one(FindingsArea)
        self.mark(area.selected_text, ENTITY_TYPES[event.option_index])
        self.remove_class("choosing-type")
        area.focus()

    def mark(self, surface: str, entity_type: str) -> None:
        """Redact every occurrence of ``surface`` in this answer as ``entity_type``."""
        self.marks.add(surface.strip(), entity_type)
        self.schedule(0)

    def action_deny_selection(self) -> None:
        term = self.query_one(FindingsArea).selected_text.strip()
        if not term:
            self.notify("Select the name to deny-list first (shift+arrows).", severity="warning")
            return
        self.post_message(self.DenyRequested(term))
        self.schedule(0)


def _finding_line(text: str, finding: Finding) -> Text:
    line = Text()
    line.append(f" {finding.type} ", style=Style(bgcolor=TYPE_COLOURS[finding.type], color="white"))
    line.append(f" {text[finding.start : finding.end]} → {finding.replacement}")
    return line


def _preview_text(redacted: Redacted) -> Text:
    """The redacted text, replacements highlighted in their type's colour."""
    preview = Text()
    cursor = 0
    text = redacted.original
    for finding in redacted.result.findings:
        preview.append(text[cursor : finding.start])
        preview.append(
            finding.replacement, style=Style(bgcolor=TYPE_COLOURS[finding.type], color="white")
        )
        cursor = finding.end
    preview.append(text[cursor:])
    return preview
