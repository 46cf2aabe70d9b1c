"""Dataset columns from a questionnaire: one per question, one 0/1 column per multiple choice.

The dataset tables and the codebook are both built from :func:`table_columns`,
so they always agree. ``note`` and ``identifying`` questions have no column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.questionnaire import Question, Questionnaire, RepeatGroup
from intake.supervisor.dataset import Interview

INTERVIEWS = "interviews"
KEY = "interview_id"
Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    """A column: its name, and the question (and choice, for 0/1 columns) it comes from.

    Columns without a question are the interview's metadata or a repeat group's count.
    """

    name: str
    question: Question | None = None
    choice: str | None = None
    group: RepeatGroup | None = None

    @property
    def quasi_identifier(self) -> bool:
        return self.question is not None and self.question.quasi_identifier

    def cell(self, answers: Mapping[str, Any]) -> Cell:
        """This column's value in an interview's (or a repeat instance's) answers."""
        if self.group is not None:
            value = answers.get(self.group.id)
            return len(value) if isinstance(value, list) else None
        if self.question is None:
            return None
        value = answers.get(self.question.id)
        if value is None:
            return None
        if self.choice is not None:
            return int(isinstance(value, list) and self.choice in value)
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str | int | float):
            return value
        return None


def _question_columns(question: Question) -> list[Column]:
    if question.type == "note" or question.identifying:
        return []
    if question.type == "select_multiple":
        return [Column(f"{question.id}__{c.value}", question, c.value) for c in question.choices]
    return [Column(question.id, question)]


def table_columns(questionnaire: Questionnaire) -> dict[str, list[Column]]:
    """Columns of every table: ``interviews`` first, then one table per repeat group."""
    top = [Column(KEY), Column("questionnaire_id"), Column("questionnaire_version")]
    top.append(Column("finalized"))
    tables = {INTERVIEWS: top}
    for section in questionnaire.sections:
        for item in section.items:
            if isinstance(item, RepeatGroup):
                top.append(Column(f"{item.id}_count", group=item))
                tables[item.id] = [Column(KEY), Column("instance")] + [
                    column for q in item.questions for column in _question_columns(q)
                ]
            else:
                top.extend(_question_columns(item))
    return tables


Row = dict[str, Cell]


def table_rows(questionnaire: Questionnaire, interviews: list[Interview]) -> dict[str, list[Row]]:
    """The rows of every table of :func:`table_columns`, in the same order."""
    tables = table_columns(questionnaire)
    result: dict[str, list[Row]] = {name: [] for name in tables}
    for interview in interviews:
        meta: Row = {
            KEY: interview.id,
            "questionnaire_id": questionnaire.id,
            "questionnaire_version": questionnaire.version,
            "finalized": interview.finalized,
        }
        result[INTERVIEWS].append(
            {
                c.name: meta[c.name] if c.name in meta else c.cell(interview.answers)
                for c in tables[INTERVIEWS]
            }
        )
        for group in questionnaire.repeat_groups:
            instances = interview.answers.get(group.id)
            for number, instance in enumerate(instances if isinstance(instances, list) else [], 1):
                row: Row = {KEY: interview.id, "instance": number}
                row.update({c.name: c.cell(instance) for c in tables[group.id][2:]})
                result[group.id].append(row)
    return result
