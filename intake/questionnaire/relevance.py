"""Skip logic over answers: which questions are relevant, and what the UI shows next.

Relevance is computed in document order, which is possible because a
``relevant`` only refers to earlier questions. As in XLSForm, the answer to a
question that is not relevant counts as unanswered in every expression. The
whole computation is linear in the size of the questionnaire, so the UI can
redo it after each answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.errors import QuestionnaireError
from intake.questionnaire.expression import Expr, Scope, Value, holds
from intake.questionnaire.model import Question, Questionnaire, RepeatGroup, Section

Answers = Mapping[str, Any]
"""Answers of one interview (the Answers contract in docs/architecture.md)."""


def expression_value(value: object) -> Value:
    """An answer as expressions see it: ``''`` when absent, yes_no as ``'yes'``/``'no'``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return ""


def instances(answers: Answers, group: RepeatGroup) -> list[Mapping[str, Any]]:
    """The instances of ``group`` in ``answers``; anything that is not a mapping reads as empty."""
    raw = answers.get(group.id)
    if not isinstance(raw, list):
        return []
    return [item if isinstance(item, Mapping) else {} for item in raw]


class Relevance:
    """Relevance of every question (and of every instance of repeated ones) for some answers."""

    def __init__(self, questionnaire: Questionnaire, answers: Answers) -> None:
        self.questionnaire = questionnaire
        self.answers = answers
        self.top: dict[str, bool] = {}
        self.per_instance: dict[str, list[dict[str, bool]]] = {}
        for section in questionnaire.sections:
            self._section(section)

    def _holds(self, expr: Expr | None, scope: Scope) -> bool:
        return expr is None or holds(expr, scope)

    def _section(self, section: Section) -> None:
        shown = self._holds(section.relevant, self.scope())
        self.top[section.id] = shown
        for item in section.items:
            relevant = shown and self._holds(item.relevant, self.scope())
            self.top[item.id] = relevant
            if isinstance(item, RepeatGroup):
                self._group(item, relevant)

    def _group(self, group: RepeatGroup, relevant: bool) -> None:
        states: list[dict[str, bool]] = []
        self.per_instance[group.id] = states
        count = max(len(instances(self.answers, group)), group.min)
        for index in range(count):
            state: dict[str, bool] = {}
            states.append(state)
            for question in group.questions:
                scope = self.scope(group, index)
                state[question.id] = relevant and self._holds(question.relevant, scope)

    def is_relevant(self, item_id: str, instance: int | None = None) -> bool:
        """Whether ``item_id`` (a question, group or section) is relevant, in ``instance``."""
        question = self.questionnaire.item(item_id)
        if isinstance(question, Question) and question.repeat is not None:
            if instance is None:
                raise QuestionnaireError(
                    f"question '{item_id}' is inside repeat '{question.repeat}': give an instance"
                )
            states = self.per_instance[question.repeat]
            if instance < len(states):
                return states[instance][item_id]
            group = self.questionnaire.repeat_group(question.repeat)
            return self.top[group.id] and self._holds(
                question.relevant, self.scope(group, instance)
            )
        if item_id not in self.top:
            raise QuestionnaireError(f"no question '{item_id}' in questionnaire")
        return self.top[item_id]

    def scope(
        self, group: RepeatGroup | None = None, instance: int | None = None, current: Value = ""
    ) -> Scope:
        """Where expressions find values: inside ``group`` instance ``instance``, or top level."""
        mine: Mapping[str, Any] = {}
        states: dict[str, bool] = {}
        if group is not None and instance is not None:
            items = instances(self.answers, group)
            mine = items[instance] if instance < len(items) else {}
            all_states = self.per_instance.get(group.id, [])
            states = all_states[instance] if instance < len(all_states) else {}

        def lookup(name: str) -> Value:
            question = self.questionnaire.item(name)
            if not isinstance(question, Question):
                return ""
            if group is not None and question.repeat == group.id:
                if not states.get(name, False):
                    return ""
                return expression_value(mine.get(name))
            if question.repeat is not None or not self.top.get(name, False):
                return ""
            return expression_value(self.answers.get(name))

        def count(name: str) -> int:
            item = self.questionnaire.item(name)
            if not isinstance(item, RepeatGroup) or not self.top.get(name, False):
                return 0
            return len(instances(self.answers, item))

        return Scope(lookup, count, current)


def is_relevant(
    questionnaire: Questionnaire, question_id: str, answers: Answers, instance: int | None = None
) -> bool:
    """Whether ``question_id`` is asked given ``answers``.

    For a question inside a repeat group, ``instance`` (0-based index into the
    group's list; an index past the end means a new, empty instance) is
    required. Also accepts a repeat group or section id.
    """
    return Relevance(questionnaire, answers).is_relevant(question_id, instance)


@dataclass(frozen=True)
class Visible:
    """One question the interviewer should see now: where it is and in which instance."""

    section: Section
    question: Question
    group: RepeatGroup | None = None
    instance: int | None = None


def visible_questions(questionnaire: Questionnaire, answers: Answers) -> list[Visible]:
    """The questions currently relevant, in order, one entry per repeat instance.

    A relevant repeat group shows as many instances as it has answers, and at
    least its ``min``; whether another instance may be added is the UI's call
    (``len(instances) < group.max``). Cheap enough to recompute after every answer.
    """
    relevance = Relevance(questionnaire, answers)
    shown: list[Visible] = []
    for section in questionnaire.sections:
        for item in section.items:
            if not relevance.top[item.id]:
                continue
            if isinstance(item, Question):
                shown.append(Visible(section, item))
                continue
            for index, state in enumerate(relevance.per_instance[item.id]):
                shown.extend(
                    Visible(section, question, item, index)
                    for question in item.questions
                    if state[question.id]
                )
    return shown
