"""The error raised for an expression that does not parse."""

from __future__ import annotations

from intake.errors import QuestionnaireError


class ExpressionError(QuestionnaireError):
    """A syntax error in an expression, at ``position`` (0-based) in its text."""

    def __init__(self, reason: str, position: int) -> None:
        super().__init__(f"{reason} at position {position}")
        self.reason = reason
        self.position = position
