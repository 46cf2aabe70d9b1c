"""Printer: syntax tree → canonical expression text.

The canonical text (docs/questionnaire-format.md, "Canonical text") has one
space around binary operators, ``, `` between arguments, single quotes unless
the string holds one, and only the parentheses the grammar needs, so that
``parse(to_text(tree)) == tree``.
"""

from __future__ import annotations

from intake.questionnaire.expression.tree import (
    COMPARISONS,
    Binary,
    Call,
    Current,
    Expr,
    Negate,
    Number,
    Ref,
    String,
)

_UNARY = 6  # binds tighter than every binary operator


def _level(op: str) -> int:
    if op == "or":
        return 1
    if op == "and":
        return 2
    if op in COMPARISONS:
        return 3
    if op in ("+", "-"):
        return 4
    return 5  # * div mod


def _precedence(expr: Expr) -> int:
    if isinstance(expr, Binary):
        return _level(expr.op)
    return _UNARY if isinstance(expr, Negate) else 7


def _quote(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    raise ValueError("a string literal cannot hold both quote characters")


def _wrap(expr: Expr, needs_parentheses: bool) -> str:
    text = to_text(expr)
    return f"({text})" if needs_parentheses else text


def to_text(expr: Expr) -> str:
    """The canonical text of ``expr``."""
    if isinstance(expr, Number):
        return expr.text
    if isinstance(expr, String):
        return _quote(expr.value)
    if isinstance(expr, Ref):
        return f"${{{expr.name}}}"
    if isinstance(expr, Current):
        return "."
    if isinstance(expr, Negate):
        return "-" + _wrap(expr.operand, _precedence(expr.operand) < _UNARY)
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(to_text(arg) for arg in expr.args)})"
    level = _level(expr.op)
    # Left-associative; comparisons do not chain, so they need parentheses on both sides.
    left_parens = _precedence(expr.left) < level or (level == 3 and _precedence(expr.left) == level)
    right_parens = _precedence(expr.right) <= level
    return f"{_wrap(expr.left, left_parens)} {expr.op} {_wrap(expr.right, right_parens)}"
