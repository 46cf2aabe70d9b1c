"""Questionnaires: loading and checking format v1, expressions, and answer checking.

The format is specified in docs/questionnaire-format.md, which also states
the compatibility promise: format-1 files keep loading with the same meaning
and the same content hash. This package never imports the UI.

Public API::

    load_questionnaire(path) -> Questionnaire          # raises InvalidQuestionnaire
    load_questionnaire_text(text, name) -> Questionnaire
    coerce(question, raw) -> AnswerValue | None         # raises QuestionnaireError
    is_relevant(questionnaire, question_id, answers, instance=None) -> bool
    visible_questions(questionnaire, answers) -> list[Visible]
    check_value(questionnaire, question, value, answers, instance=None, lang=None) -> str | None
    check_answers(questionnaire, answers, lang=None) -> list[Problem]
    shipped_path(questionnaire_id) -> Path              # schemas/<id>.yaml
    by_hash(extra_paths=()) -> dict[str, Questionnaire]  # shipped + extra, by content hash
"""

from intake.questionnaire.catalog import by_hash, shipped_path
from intake.questionnaire.checking import Problem, check_answers, check_value
from intake.questionnaire.load import canonical_form, load_questionnaire, load_questionnaire_text
from intake.questionnaire.model import (
    QUESTION_TYPES,
    Choice,
    Consent,
    ConsentScope,
    Question,
    Questionnaire,
    QuestionType,
    RepeatGroup,
    Section,
    Text,
)
from intake.questionnaire.problems import InvalidQuestionnaire, SourceProblem
from intake.questionnaire.relevance import (
    Answers,
    Relevance,
    Visible,
    is_relevant,
    visible_questions,
)
from intake.questionnaire.values import AnswerValue, coerce

__all__ = [
    "QUESTION_TYPES",
    "AnswerValue",
    "Answers",
    "Choice",
    "Consent",
    "ConsentScope",
    "InvalidQuestionnaire",
    "Problem",
    "Question",
    "QuestionType",
    "Questionnaire",
    "Relevance",
    "RepeatGroup",
    "Section",
    "SourceProblem",
    "Text",
    "Visible",
    "by_hash",
    "canonical_form",
    "check_answers",
    "check_value",
    "coerce",
    "is_relevant",
    "load_questionnaire",
    "load_questionnaire_text",
    "shipped_path",
    "visible_questions",
]
