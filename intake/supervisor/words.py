"""Skip logic in words, for the codebook: ``${as_promised} = 'partly'`` →
``as_promised is "partly" (Partly different)``.

Question ids are kept as they are, because they are the dataset's column
names; choice codes are followed by their label in the default language.
"""

from __future__ import annotations

from intake.questionnaire import Questionnaire
from intake.questionnaire.expression import Binary, Call, Current, Expr, Negate, Number, Ref, String

_COMPARE = {
    "=": "is",
    "!=": "is not",
    "<": "is less than",
    "<=": "is at most",
    ">": "is more than",
    ">=": "is at least",
}
_ARITHMETIC = {"+": "plus", "-": "minus", "*": "times", "div": "divided by", "mod": "modulo"}
_LEVEL = {"or": 1, "and": 2, **dict.fromkeys(_COMPARE, 3), "+": 4, "-": 4}


def _level(expr: Expr) -> int:
    return _LEVEL.get(expr.op, 5) if isinstance(expr, Binary) else 6


def _literal(questionnaire: Questionnaire, other: Expr, value: str) -> str:
    """A string literal, with the choice label when it is compared with a choice question."""
    if isinstance(other, Ref):
        item = questionnaire.item(other.name)
        choice = getattr(item, "choice", lambda _: None)(value)
        if choice is not None:
            return f'"{value}" ({choice.label.get()})'
    return f'"{value}"'


def in_words(questionnaire: Questionnaire, expr: Expr) -> str:
    """The expression as an English phrase over column names."""

    def say(node: Expr, parent: int = 0, partner: Expr | None = None) -> str:
        if isinstance(node, Number):
            return node.text
        if isinstance(node, String):
            return _literal(questionnaire, partner, node.value) if partner else f'"{node.value}"'
        if isinstance(node, Ref):
            return node.name
        if isinstance(node, Current):
            return "the answer"
        if isinstance(node, Negate):
            return f"minus {say(node.operand, 6)}"
        if isinstance(node, Call):
            return _call(node)
        level = _level(node)
        if node.op in _COMPARE and isinstance(node.right, String) and node.right.value == "":
            text = f"{say(node.left, level)} is {'un' if node.op == '=' else ''}answered"
        elif node.op in _COMPARE:
            left = say(node.left, level, node.right)
            right = say(node.right, level, node.left)
            text = f"{left} {_COMPARE[node.op]} {right}"
        else:
            operator = _ARITHMETIC.get(node.op, node.op)
            text = f"{say(node.left, level)} {operator} {say(node.right, level + 1)}"
        return f"({text})" if level < parent else text

    def _call(node: Call) -> str:
        args = node.args
        if node.name == "not":
            return f"not ({say(args[0])})"
        if node.name == "selected":
            return f"{say(args[0])} includes {say(args[1], 6, args[0])}"
        if node.name == "count":
            return f"the number of {say(args[0])}"
        if node.name == "count-selected":
            return f"the number of choices in {say(args[0])}"
        return "always" if node.name == "true" else "never"

    return say(expr)
