"""The syntax tree of an expression (docs/questionnaire-format.md, "Expressions").

Nodes are frozen dataclasses compared by value; positions (0-based character
offsets into the source text) are carried for error messages but do not take
part in equality, so a tree parsed from canonical text equals the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BINARY_OPERATORS = ("or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod")
COMPARISONS = frozenset({"=", "!=", "<", "<=", ">", ">="})
FUNCTIONS = {"not": 1, "selected": 2, "count": 1, "count-selected": 1, "true": 0, "false": 0}


@dataclass(frozen=True)
class Number:
    """A number literal, kept as its text (``12``, ``3.5``) so printing is exact."""

    text: str


@dataclass(frozen=True)
class String:
    """A string literal."""

    value: str


@dataclass(frozen=True)
class Ref:
    """``${name}``: the answer to a question (or, inside ``count``, a repeat group)."""

    name: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Current:
    """``.``: the answer being checked by a constraint."""

    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Negate:
    """Unary minus."""

    operand: Expr


@dataclass(frozen=True)
class Binary:
    """A binary operator; ``op`` is one of :data:`BINARY_OPERATORS`."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Call:
    """A function call; ``name`` is one of :data:`FUNCTIONS`."""

    name: str
    args: tuple[Expr, ...]
    pos: int = field(default=0, compare=False)


Expr = Number | String | Ref | Current | Negate | Binary | Call


def walk(expr: Expr) -> list[Expr]:
    """Every node of ``expr``, parents before children, left to right."""
    nodes: list[Expr] = [expr]
    if isinstance(expr, Negate):
        nodes += walk(expr.operand)
    elif isinstance(expr, Binary):
        nodes += walk(expr.left) + walk(expr.right)
    elif isinstance(expr, Call):
        for arg in expr.args:
            nodes += walk(arg)
    return nodes
