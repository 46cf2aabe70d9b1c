"""One interview being recorded: its pages, its answers and how an answer is accepted.

This module holds no widget: the questionnaire screen asks it what to show
(:meth:`InterviewSession.pages`) and hands it what the interviewer typed
(:meth:`InterviewSession.accept`). Every accepted answer is saved to the
store before ``accept`` returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.errors import QuestionnaireError
from intake.questionnaire import (
    AnswerValue,
    Question,
    Questionnaire,
    Relevance,
    RepeatGroup,
    Section,
    check_value,
    coerce,
)
from intake.redaction.findings import Finding
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap
from intake.store import RedactionRecord, Store
from intake.tui.marks import Marks
from intake.tui.narrative import Redacted, TextRedactor, redact_narrative

PageKey = tuple[str, str, int | None]
"""Identifies a page across recomputations: (``question`` or ``group``, item id, instance)."""


@dataclass(frozen=True)
class Page:
    """One screenful of the questionnaire: a question (maybe in a repeat instance) or a group."""

    section: Section
    question: Question | None
    group: RepeatGroup | None = None
    instance: int | None = None

    @property
    def key(self) -> PageKey:
        if self.question is None:
            assert self.group is not None
            return ("group", self.group.id, None)
        return ("question", self.question.id, self.instance)

    @property
    def position(self) -> tuple[str, int] | None:
        """The store's ``instance`` argument: (group, index) inside a repeat, else None."""
        if self.group is None or self.instance is None:
            return None
        return (self.group.id, self.instance)


def pages(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[Page]:
    """The pages to show for ``answers``, in order: skip logic applied.

    A relevant repeat group gets a page of its own (to add or remove
    instances), followed by the relevant questions of each instance.
    """
    relevance = Relevance(questionnaire, answers)
    shown: list[Page] = []
    for section in questionnaire.sections:
        for item in section.items:
            if not relevance.top[item.id]:
                continue
            if isinstance(item, Question):
                shown.append(Page(section, item))
                continue
            shown.append(Page(section, None, item))
            for index, state in enumerate(relevance.per_instance[item.id]):
                shown.extend(
                    Page(section, question, item, index)
                    for question in item.questions
                    if state[question.id]
                )
    return shown


def answer_of(answers: Mapping[str, Any], page: Page) -> Any:
    """The stored answer shown on ``page``, or None."""
    if page.question is None:
        return None
    if page.group is None or page.instance is None:
        return answers.get(page.question.id)
    items = answers.get(page.group.id) or []
    if page.instance >= len(items):
        return None
    return items[page.instance].get(page.question.id)


def with_answer(answers: Mapping[str, Any], page: Page, value: Any) -> dict[str, Any]:
    """A copy of ``answers`` with ``value`` in ``page``'s place (None removes it)."""
    assert page.question is not None
    result = dict(answers)
    if page.group is None or page.instance is None:
        target: dict[str, Any] = result
    else:
        items = [dict(item) for item in result.get(page.group.id) or []]
        while len(items) <= page.instance:
            items.append({})
        result[page.group.id] = items
        target = items[page.instance]
    if value is None:
        target.pop(page.question.id, None)
    else:
        target[page.question.id] = value
    return result


def answerable(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> tuple[int, int]:
    """(answered, total) over the questions relevant now; notes do not count."""
    questions = [
        p for p in pages(questionnaire, answers) if p.question and p.question.type != "note"
    ]
    done = sum(answer_of(answers, p) is not None for p in questions)
    return done, len(questions)


def needs_redaction(question: Question) -> bool:
    """Whether answers to ``question`` go through the redaction engine."""
    return question.type in ("text", "long_text") and question.redact == "auto"


class InterviewSession:
    """A draft interview open in the app.

    Args:
        store: The unlocked store.
        questionnaire: The questionnaire the interview was started with.
        interview_id: The interview's id in the store.
        lang: The label language (None: the questionnaire's default).
    """

    def __init__(
        self, store: Store, questionnaire: Questionnaire, interview_id: str, lang: str | None
    ) -> None:
        self.store = store
        self.questionnaire = questionnaire
        self.interview_id = interview_id
        self.lang = lang
        self.answers: dict[str, Any] = store.answers(interview_id)
        saved = store.pseudonyms(interview_id)
        self.pseudonyms = PseudonymMap.from_json(saved) if saved else PseudonymMap()
        self.deny: list[str] = store.deny_list(interview_id)

    def pages(self) -> list[Page]:
        return pages(self.questionnaire, self.answers)

    def value(self, page: Page) -> Any:
        return answer_of(self.answers, page)

    def check(self, page: Page, raw: object) -> tuple[AnswerValue | None, str | None]:
        """The typed value of ``raw`` for ``page`` and why it is not acceptable (or None)."""
        question = page.question
        assert question is not None
        try:
            value = coerce(question, raw)
        except QuestionnaireError as error:
            return None, error.message.removeprefix(f"question '{question.id}': ")
        if value is None:
            return None, ("an answer is required" if question.required else None)
        trial = with_answer(self.answers, page, value)
        return value, check_value(
            self.questionnaire, question, value, trial, page.instance, self.lang
        )

    def accept(self, page: Page, raw: object) -> str | None:
        """Check ``raw`` and save it; returns the reason it was refused, or None once saved."""
        value, problem = self.check(page, raw)
        if problem is not None:
            return problem
        assert page.question is not None
        self.store.save_answer(self.interview_id, page.question.id, value, page.position)
        self.answers = with_answer(self.answers, page, value)
        return None

    def add_instance(self, group: RepeatGroup) -> int:
        index = self.store.add_instance(self.interview_id, group.id)
        self.answers = self.store.answers(self.interview_id)
        return index

    def remove_instance(self, group: RepeatGroup, index: int) -> None:
        self.store.remove_instance(self.interview_id, group.id, index)
        self.answers = self.store.answers(self.interview_id)

    def instance_count(self, group: RepeatGroup) -> int:
        return max(len(self.answers.get(group.id) or []), group.min)

    def drop_irrelevant(self) -> int:
        """Delete answers to questions skip logic now hides; returns how many went."""
        relevance = Relevance(self.questionnaire, self.answers)
        dropped = 0
        for key, value in list(self.answers.items()):
            item = self.questionnaire.item(key)
            if isinstance(item, Question) and not relevance.top.get(key, False):
                self.store.delete_answer(self.interview_id, key)
                dropped += 1
            elif isinstance(item, RepeatGroup) and not relevance.top.get(key, False):
                for index in reversed(range(len(value))):
                    self.store.remove_instance(self.interview_id, key, index)
                    dropped += 1
            elif isinstance(item, RepeatGroup) and isinstance(value, list):
                states = relevance.per_instance.get(key, [])
                for index, answers in enumerate(value):
                    for question_id in list(answers):
                        relevant = index < len(states) and states[index].get(question_id, False)
                        if not relevant:
                            self.store.delete_answer(self.interview_id, question_id, (key, index))
                            dropped += 1
        self.answers = self.store.answers(self.interview_id)
        return dropped

    # -- narratives ---------------------------------------------------------

    def records(self) -> dict[tuple[str, tuple[str, int] | None], RedactionRecord]:
        """The saved redactions by (question id, position)."""
        return {
            (r.question_id, (r.instance.group, r.instance.position) if r.instance else None): r
            for r in self.store.redactions(self.interview_id)
        }

    def marks(self, page: Page) -> Marks:
        """The interviewer's marks saved with ``page``'s answer (empty when none)."""
        assert page.question is not None
        record = self.records().get((page.question.id, page.position))
        return marks_of(record) if record else Marks()

    def accept_narrative(self, page: Page, redacted: Redacted) -> str | None:
        """Check and save a narrative answer with its redaction, in one transaction."""
        value, problem = self.check(page, redacted.original)
        if problem is not None:
            return problem
        assert page.question is not None
        with self.store.batch():
            self.store.save_answer(self.interview_id, page.question.id, value, page.position)
            if value is not None:
                self._save_redaction(page.question.id, page.position, redacted)
        self.answers = with_answer(self.answers, page, value)
        return None

    def _save_redaction(
        self, question_id: str, position: tuple[str, int] | None, redacted: Redacted
    ) -> None:
        self.store.save_redaction(
            self.interview_id,
            question_id,
            position,
            redacted.original,
            redacted.result.text,
            [f.to_dict() for f in redacted.findings],
            redacted.decisions,
        )
        self.store.save_pseudonyms(self.interview_id, self.pseudonyms.to_json())

    def unredacted(self) -> list[Page]:
        """Pages whose answer needs redaction and has none saved yet."""
        saved = self.records()
        return [
            page
            for page in self.pages()
            if page.question is not None
            and needs_redaction(page.question)
            and self.value(page) is not None
            and _stale(saved.get((page.question.id, page.position)), self.value(page))
        ]

    def add_to_deny_list(self, term: str) -> None:
        self.deny = [*self.deny, term.strip()]
        self.store.set_deny_list(self.interview_id, self.deny)
        self.deny = self.store.deny_list(self.interview_id)

    def redact_all(self, engine: TextRedactor, policy: Policy) -> int:
        """Redact every saved narrative again (deny list, marks kept); returns how many."""
        saved = self.records()
        todo = [
            (page, saved.get((page.question.id, page.position)))
            for page in self.pages()
            if page.question is not None
            and needs_redaction(page.question)
            and isinstance(self.value(page), str)
        ]
        with self.store.batch():
            for page, record in todo:
                assert page.question is not None
                text = str(self.value(page))
                marks = marks_of(record) if record else Marks()
                redacted = redact_narrative(
                    engine, policy, text, marks, pseudonyms=self.pseudonyms, deny=self.deny
                )
                self._save_redaction(page.question.id, page.position, redacted)
        return len(todo)


def marks_of(record: RedactionRecord) -> Marks:
    """The marks that produced a saved redaction."""
    findings = [Finding.from_dict(f) for f in record.findings]
    return Marks.from_record(record.original or "", findings, record.decisions)


def _stale(record: RedactionRecord | None, value: Any) -> bool:
    """Whether a saved redaction is missing or was made of another text than ``value``."""
    return record is None or record.original != value
