"""Answer values: turning input into typed values, and checking a value's type.

The typed values are those of the Answers contract (docs/architecture.md and
docs/questionnaire-format.md, "Questions"). Messages name the question and
what was expected, never the value: answers are confidential.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Sequence
from typing import cast

from intake.errors import QuestionnaireError
from intake.questionnaire.model import Question

AnswerValue = str | int | float | bool | list[str]
"""A typed answer: see the Answers contract in docs/architecture.md."""

_INTEGER = re.compile(r"[+-]?[0-9]{1,18}")
_DECIMAL = re.compile(r"[+-]?[0-9]{1,18}(?:\.[0-9]{1,18})?")
_DATE_PATTERNS = {
    "year": re.compile(r"([0-9]{4})"),
    "month": re.compile(r"([0-9]{4})-([0-9]{2})"),
    "day": re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"),
}
_DATE_FORMS = {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}
_YES = frozenset({"yes", "true", "y"})
_NO = frozenset({"no", "false", "n"})


def _is_date(text: str, precision: str) -> bool:
    match = _DATE_PATTERNS[precision].fullmatch(text)
    if match is None:
        return False
    year, month, day = (int(part) for part in (*match.groups(), "1", "1")[:3])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def type_problem(question: Question, value: object) -> str | None:
    """Why ``value`` is not a well-typed answer to ``question``, or ``None`` if it is."""
    kind = question.type
    if kind == "note":
        return "a note takes no answer"
    if kind in ("text", "long_text"):
        if not isinstance(value, str):
            return "expected text"
        return "empty answer (leave the question out instead)" if not value.strip() else None
    if kind == "integer":
        return None if type(value) is int else "expected a whole number"
    if kind == "decimal":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok else "expected a number"
    if kind == "date":
        precision = question.precision or "day"
        ok = isinstance(value, str) and _is_date(value, precision)
        return None if ok else f"expected a date written {_DATE_FORMS[precision]}"
    if kind == "yes_no":
        return None if isinstance(value, bool) else "expected true or false"
    values = {choice.value for choice in question.choices}
    if kind == "select_one":
        ok = isinstance(value, str) and value in values
        return None if ok else "not one of the choices"
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "expected a list of choices"
    if not value:
        return "empty answer (leave the question out instead)"
    if len(set(value)) != len(value):
        return "a choice is selected twice"
    return None if set(value) <= values else "not one of the choices"


def _fail(question: Question, reason: str) -> QuestionnaireError:
    return QuestionnaireError(f"question '{question.id}': {reason}")


def coerce(question: Question, raw: object) -> AnswerValue | None:
    """Turn user or JSON input into the typed answer to ``question``.

    Accepts the typed value itself and, for convenience, text: ``"42"`` for an
    integer, ``"yes"``/``"no"`` for yes_no, space-separated values for
    select_multiple. ``None``, blank text and an empty list mean "no answer"
    and give ``None``. Raises :class:`QuestionnaireError` naming the question
    and what was expected (never the input).
    """
    if raw is None or (isinstance(raw, str | list | tuple) and not raw):
        return None
    if isinstance(raw, str):
        if not raw.strip():
            return None
        if question.type != "long_text":
            raw = raw.strip()
    value = _convert(question, raw)
    problem = type_problem(question, value)
    if problem is not None:
        raise _fail(question, problem)
    return cast(AnswerValue, value)  # type_problem() has just checked it


def _convert(question: Question, raw: object) -> object:
    kind = question.type
    if kind == "integer":
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, str) and _INTEGER.fullmatch(raw):
            return int(raw)
    elif kind == "decimal":
        if isinstance(raw, int) and not isinstance(raw, bool):
            return float(raw)
        if isinstance(raw, str) and _DECIMAL.fullmatch(raw):
            return float(raw)
    elif kind == "yes_no" and isinstance(raw, str):
        word = raw.lower()
        if word in _YES or word in _NO:
            return word in _YES
    elif kind == "select_multiple":
        if isinstance(raw, str):
            raw = raw.split()
        if isinstance(raw, Sequence) and not isinstance(raw, str):
            order = {choice.value: index for index, choice in enumerate(question.choices)}
            chosen = list(dict.fromkeys(raw))
            if all(isinstance(v, str) and v in order for v in chosen):
                return sorted(chosen, key=order.__getitem__)
            raise _fail(question, "not one of the choices")
    return raw
