"""Checking the answers of one interview against a questionnaire.

Used by the store's ``ingest`` and by the interview app. Problems name a
question id, an instance and a reason; they never quote an answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.errors import QuestionnaireError
from intake.questionnaire.expression import holds
from intake.questionnaire.model import Question, Questionnaire, RepeatGroup
from intake.questionnaire.relevance import Answers, Relevance, expression_value, instances
from intake.questionnaire.values import type_problem

_SAFE_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class Problem:
    """One problem with the answers.

    ``instance`` is the 0-based index of the repeat instance, or ``None`` for a
    top-level question or a whole repeat group.
    """

    question_id: str
    instance: int | None
    message: str

    def __str__(self) -> str:
        where = (
            self.question_id if self.instance is None else f"{self.question_id}[{self.instance}]"
        )
        return f"{where}: {self.message}"


def _shown_id(key: object) -> str:
    """A key from the answers, shown only if it looks like an id (it might be anything)."""
    return key if isinstance(key, str) and _SAFE_ID.fullmatch(key) else "?"


def check_value(
    questionnaire: Questionnaire,
    question: Question,
    value: object,
    answers: Answers,
    instance: int | None = None,
    lang: str | None = None,
) -> str | None:
    """Why ``value`` is not an acceptable answer to ``question`` (type, range,
    constraint), or ``None``. ``answers`` give the other values the constraint
    may use; ``lang`` the language of the constraint message."""
    problem = type_problem(question, value)
    if problem is not None:
        return problem
    if isinstance(value, int | float) and not isinstance(value, bool):
        if question.min is not None and value < question.min:
            return f"below the minimum ({question.min:g})"
        if question.max is not None and value > question.max:
            return f"above the maximum ({question.max:g})"
    if question.constraint is None:
        return None
    relevance = Relevance(questionnaire, answers)
    group = questionnaire.repeat_group(question.repeat) if question.repeat else None
    scope = relevance.scope(group, instance, expression_value(value))
    if holds(question.constraint, scope):
        return None
    if question.constraint_message is not None:
        return question.constraint_message.get(lang)
    return "does not meet its constraint"


def check_answers(
    questionnaire: Questionnaire, answers: Answers, lang: str | None = None
) -> list[Problem]:
    """Every problem with ``answers``: unknown ids, types, ranges, constraints
    (with their message in ``lang``), required questions that are relevant but
    unanswered, answers to questions that are not relevant, and repeat counts.
    An empty list means the answers are complete and valid."""
    if not isinstance(answers, Mapping):
        raise QuestionnaireError("answers must be a mapping of question id to value")
    relevance = Relevance(questionnaire, answers)
    problems = _unknown(questionnaire, answers)
    for section in questionnaire.sections:
        for item in section.items:
            if isinstance(item, RepeatGroup):
                problems += _group(questionnaire, relevance, item, lang)
            else:
                relevant = relevance.top[item.id]
                problems += _question(questionnaire, relevance, item, answers, None, relevant, lang)
    return problems


def _unknown(questionnaire: Questionnaire, answers: Mapping[Any, Any]) -> list[Problem]:
    problems = []
    for key in answers:
        item = questionnaire.item(key) if isinstance(key, str) else None
        if item is None:
            problems.append(Problem(_shown_id(key), None, "unknown question"))
        elif isinstance(item, Question) and item.repeat is not None:
            problems.append(Problem(key, None, f"belongs inside repeat '{item.repeat}'"))
    return problems


def _question(
    questionnaire: Questionnaire,
    relevance: Relevance,
    question: Question,
    answers: Mapping[str, Any],
    instance: int | None,
    relevant: bool,
    lang: str | None,
) -> list[Problem]:
    if question.id not in answers:
        if relevant and question.required:
            return [Problem(question.id, instance, "required")]
        return []
    if not relevant:
        return [Problem(question.id, instance, "answered but not relevant")]
    message = check_value(
        questionnaire, question, answers[question.id], relevance.answers, instance, lang
    )
    return [] if message is None else [Problem(question.id, instance, message)]


def _group(
    questionnaire: Questionnaire, relevance: Relevance, group: RepeatGroup, lang: str | None
) -> list[Problem]:
    raw = relevance.answers.get(group.id)
    if raw is not None and not isinstance(raw, list):
        return [Problem(group.id, None, "expected a list of instances")]
    items = raw or []
    if not relevance.top[group.id]:
        return [Problem(group.id, None, "answered but not relevant")] if items else []
    problems = []
    if len(items) < group.min:
        problems.append(Problem(group.id, None, f"needs at least {group.min} instance(s)"))
    if group.max is not None and len(items) > group.max:
        problems.append(Problem(group.id, None, f"allows at most {group.max} instance(s)"))
    known = {question.id for question in group.questions}
    states = relevance.per_instance[group.id]
    for index, item in enumerate(instances(relevance.answers, group)):
        if not isinstance(items[index], Mapping):
            problems.append(Problem(group.id, index, "expected a mapping of question id to value"))
            continue
        problems += [
            Problem(_shown_id(key), index, f"unknown question in repeat '{group.id}'")
            for key in item
            if key not in known
        ]
        for question in group.questions:
            relevant = states[index][question.id]
            problems += _question(questionnaire, relevance, question, item, index, relevant, lang)
    return problems
