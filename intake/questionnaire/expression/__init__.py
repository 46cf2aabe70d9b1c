"""The expression language of ``relevant`` and ``constraint``.

Specified in docs/questionnaire-format.md ("Expressions"), including the
grammar, evaluation rules and canonical text; the compatibility promise there
covers this language. A tokenizer and a recursive-descent parser build a
syntax tree, which is evaluated by walking it: nothing reaches Python's eval.
"""

from intake.questionnaire.expression.errors import ExpressionError
from intake.questionnaire.expression.evaluate import Scope, Value, evaluate, holds, truth
from intake.questionnaire.expression.parser import parse
from intake.questionnaire.expression.printer import to_text
from intake.questionnaire.expression.tree import (
    Binary,
    Call,
    Current,
    Expr,
    Negate,
    Number,
    Ref,
    String,
    walk,
)

__all__ = [
    "Binary",
    "Call",
    "Current",
    "Expr",
    "ExpressionError",
    "Negate",
    "Number",
    "Ref",
    "Scope",
    "String",
    "Value",
    "evaluate",
    "holds",
    "parse",
    "to_text",
    "truth",
    "walk",
]
