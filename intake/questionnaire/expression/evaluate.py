"""Evaluation of a syntax tree over answers, with XLSForm/XPath-like rules.

The rules (how unanswered questions, strings and numbers compare) are those of
docs/questionnaire-format.md, "Expressions". Evaluation never raises for odd
values: what XPath would call "not a number" makes comparisons false.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from intake.questionnaire.expression.tree import (
    Call,
    Current,
    Expr,
    Negate,
    Number,
    Ref,
    String,
)

Value = str | int | float | bool | list[str]
"""A value inside an expression; an unanswered question is ``''``."""

_NUMERIC = re.compile(r"\s*[+-]?[0-9]+(?:\.[0-9]+)?\s*")
_RELATIONS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


@dataclass(frozen=True)
class Scope:
    """Where an expression finds its values.

    ``lookup(name)`` gives the value of ``${name}`` (``''`` when unanswered or
    not relevant; ``'yes'``/``'no'`` for a yes_no answer); ``count(name)`` the
    number of instances of a repeat group; ``current`` the value of ``.``.
    """

    lookup: Callable[[str], Value]
    count: Callable[[str], int]
    current: Value = ""


def truth(value: Value) -> bool:
    """XPath ``boolean()``: non-zero numbers, non-empty strings and lists are true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0 and not math.isnan(value)
    return len(value) > 0


def _number(value: Value) -> float:
    """XPath ``number()``; ``nan`` for what is not a number."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMERIC.fullmatch(value):
        return float(value)
    return math.nan


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def _is_number(value: Value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return truth(left) == truth(right)
    if _is_number(left) or _is_number(right):
        return _number(left) == _number(right)
    return _text(left) == _text(right)


def _relation(op: str, left: Value, right: Value) -> bool:
    compare = _RELATIONS[op]
    a, b = _number(left), _number(right)
    if not (math.isnan(a) or math.isnan(b)):
        return compare(a, b)
    if isinstance(left, str) and isinstance(right, str) and left and right:
        return compare(left, right)
    return False


def _arithmetic(op: str, left: Value, right: Value) -> float:
    a, b = _number(left), _number(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or math.isnan(b) or math.isinf(a):
        return math.nan
    return a / b if op == "div" else math.fmod(a, b)


def _selected(values: Value, choice: Value) -> bool:
    wanted = _text(choice)
    if isinstance(values, list):
        return wanted in values
    if isinstance(values, str):
        return wanted in values.split()
    return False


def evaluate(expr: Expr, scope: Scope) -> Value:
    """The value of ``expr`` in ``scope``."""
    if isinstance(expr, Number):
        return float(expr.text)
    if isinstance(expr, String):
        return expr.value
    if isinstance(expr, Ref):
        return scope.lookup(expr.name)
    if isinstance(expr, Current):
        return scope.current
    if isinstance(expr, Negate):
        return -_number(evaluate(expr.operand, scope))
    if isinstance(expr, Call):
        return _call(expr, scope)
    if expr.op == "or":
        return truth(evaluate(expr.left, scope)) or truth(evaluate(expr.right, scope))
    if expr.op == "and":
        return truth(evaluate(expr.left, scope)) and truth(evaluate(expr.right, scope))
    left, right = evaluate(expr.left, scope), evaluate(expr.right, scope)
    if expr.op == "=":
        return _equal(left, right)
    if expr.op == "!=":
        return not _equal(left, right)
    if expr.op in _RELATIONS:
        return _relation(expr.op, left, right)
    return _arithmetic(expr.op, left, right)


def _call(call: Call, scope: Scope) -> Value:
    if call.name == "true":
        return True
    if call.name == "false":
        return False
    if call.name == "count":
        target = call.args[0]
        return scope.count(target.name) if isinstance(target, Ref) else 0
    value = evaluate(call.args[0], scope)
    if call.name == "not":
        return not truth(value)
    if call.name == "count-selected":
        return len(value) if isinstance(value, list) else len(_text(value).split())
    return _selected(value, evaluate(call.args[1], scope))  # selected


def holds(expr: Expr, scope: Scope) -> bool:
    """``expr`` taken as a truth value (how ``relevant`` and ``constraint`` are read)."""
    return truth(evaluate(expr, scope))
