"""The in-memory questionnaire: what a loaded, checked file describes.

Field meanings are those of docs/questionnaire-format.md. Objects are frozen;
build them with :func:`intake.questionnaire.load_questionnaire`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from intake.errors import QuestionnaireError
from intake.questionnaire.expression import Expr

QuestionType = Literal[
    "note",
    "text",
    "long_text",
    "integer",
    "decimal",
    "date",
    "select_one",
    "select_multiple",
    "yes_no",
]
QUESTION_TYPES: tuple[QuestionType, ...] = get_args(QuestionType)
PLACEHOLDER = re.compile(r"\$\{([a-z][a-z0-9_]*)\}")
"""``${q}`` in a repeat group's label template."""
CHOICE_TYPES = frozenset({"select_one", "select_multiple"})
NUMBER_TYPES = frozenset({"integer", "decimal"})
TEXT_TYPES = frozenset({"text", "long_text"})


@dataclass(frozen=True)
class Text:
    """A text in several languages; ``get(lang)`` falls back to the default language."""

    values: Mapping[str, str]
    default: str

    def get(self, lang: str | None = None) -> str:
        """The text in ``lang``, else in the default language."""
        if lang is not None and lang in self.values:
            return self.values[lang]
        return self.values[self.default]


@dataclass(frozen=True)
class Choice:
    """One answer option of a choice question."""

    value: str
    label: Text


@dataclass(frozen=True)
class Question:
    """One question. ``repeat`` is the id of its repeat group, or ``None`` at top level."""

    id: str
    type: QuestionType
    section: str
    repeat: str | None
    labels: Text
    hints: Text | None = None
    required: bool = False
    relevant: Expr | None = None
    constraint: Expr | None = None
    constraint_message: Text | None = None
    choices: tuple[Choice, ...] = ()
    choice_list: str | None = None
    precision: Literal["year", "month", "day"] | None = None
    min: float | None = None
    max: float | None = None
    identifying: bool = False
    quasi_identifier: bool = False
    redact: Literal["auto", "off"] = "off"

    def label(self, lang: str | None = None) -> str:
        """The label in ``lang``, falling back to the default language."""
        return self.labels.get(lang)

    def hint(self, lang: str | None = None) -> str | None:
        """The hint in ``lang`` (default language as fallback), or ``None``."""
        return self.hints.get(lang) if self.hints else None

    def choice(self, value: str) -> Choice | None:
        """The choice with ``value``, or ``None``."""
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class RepeatGroup:
    """A group of questions asked once per instance (e.g. once per posting abroad).

    ``labels`` is a template: ``{n}`` is the instance number (from 1), ``${q}``
    an answer of that instance; see :meth:`instance_label`.
    """

    id: str
    section: str
    labels: Text
    questions: tuple[Question, ...]
    min: int = 0
    max: int | None = None
    relevant: Expr | None = None

    def label(self, lang: str | None = None) -> str:
        """The raw label template in ``lang``, falling back to the default language."""
        return self.labels.get(lang)

    def instance_label(
        self, index: int, answers: Mapping[str, Any], lang: str | None = None
    ) -> str:
        """The label of instance ``index`` (0-based) with ``answers`` of that instance.

        ``{n}`` becomes ``index + 1``; ``${q}`` the answer to ``q`` (the choice
        label for choices), or nothing when unanswered. For display only: the
        result may hold answer text.
        """
        by_id = {question.id: question for question in self.questions}

        def answer(match: re.Match[str]) -> str:
            question = by_id.get(match.group(1))
            value = answers.get(match.group(1))
            if question is None or value is None:
                return ""
            values = value if isinstance(value, list) else [value]
            shown = []
            for item in values:
                choice = question.choice(item) if isinstance(item, str) else None
                shown.append(choice.label.get(lang) if choice else str(item))
            return ", ".join(shown)

        text = self.label(lang).replace("{n}", str(index + 1))
        return PLACEHOLDER.sub(answer, text).strip(" :")


SectionItem = Question | RepeatGroup


@dataclass(frozen=True)
class Section:
    """A titled part of the questionnaire: questions and repeat groups, in order."""

    id: str
    titles: Text
    items: tuple[SectionItem, ...]
    relevant: Expr | None = None

    def title(self, lang: str | None = None) -> str:
        """The title in ``lang``, falling back to the default language."""
        return self.titles.get(lang)


@dataclass(frozen=True)
class ConsentScope:
    """One thing the interviewee may agree to (``research``, ``sharing``, ...)."""

    id: str
    labels: Text
    required: bool

    def label(self, lang: str | None = None) -> str:
        """The label in ``lang``, falling back to the default language."""
        return self.labels.get(lang)


@dataclass(frozen=True)
class Consent:
    """The consent statement read to the interviewee and its scopes."""

    text: Text
    scopes: tuple[ConsentScope, ...]


@dataclass(frozen=True)
class Questionnaire:
    """A loaded, checked questionnaire.

    ``hash`` is the SHA-256 (hex) of the canonical form of the file
    (docs/questionnaire-format.md, "Content hash"); ``redaction`` is the
    redaction block as written (empty when absent).
    """

    id: str
    version: str
    titles: Text
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    choice_lists: Mapping[str, tuple[Choice, ...]]
    consent: Consent | None
    redaction: Mapping[str, Any]
    hash: str
    _index: Mapping[str, SectionItem] = field(repr=False, compare=False, default_factory=dict)

    @property
    def default_language(self) -> str:
        """The first language: every text has it."""
        return self.languages[0]

    def title(self, lang: str | None = None) -> str:
        """The title in ``lang``, falling back to the default language."""
        return self.titles.get(lang)

    def questions(self) -> Iterator[Question]:
        """Every question in order, including those inside repeat groups."""
        for section in self.sections:
            for item in section.items:
                if isinstance(item, RepeatGroup):
                    yield from item.questions
                else:
                    yield item

    @property
    def repeat_groups(self) -> tuple[RepeatGroup, ...]:
        """Every repeat group, in order."""
        return tuple(
            item for s in self.sections for item in s.items if isinstance(item, RepeatGroup)
        )

    def question(self, question_id: str) -> Question:
        """The question with ``question_id``; raises :class:`QuestionnaireError` if none."""
        item = self._index.get(question_id)
        if not isinstance(item, Question):
            raise QuestionnaireError(f"no question '{question_id}' in questionnaire '{self.id}'")
        return item

    def repeat_group(self, group_id: str) -> RepeatGroup:
        """The repeat group with ``group_id``; raises :class:`QuestionnaireError` if none."""
        item = self._index.get(group_id)
        if not isinstance(item, RepeatGroup):
            raise QuestionnaireError(f"no repeat group '{group_id}' in questionnaire '{self.id}'")
        return item

    def item(self, item_id: str) -> SectionItem | None:
        """The question or repeat group with ``item_id``, or ``None``."""
        return self._index.get(item_id)
