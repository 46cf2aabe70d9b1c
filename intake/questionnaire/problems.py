"""Problems found in a questionnaire file, and the error that carries them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from intake.errors import QuestionnaireError


@dataclass(frozen=True)
class SourceProblem:
    """One problem in a questionnaire file, located by file, line and context.

    ``context`` names the element, e.g. ``question 'q7'``; ``str()`` gives the
    line the CLI prints after ``intake: error: ``.
    """

    file: str
    line: int | None
    context: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.context:
            return f"{where}: {self.context}: {self.message}"
        return f"{where}: {self.message}"


class InvalidQuestionnaire(QuestionnaireError):
    """A questionnaire file has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: Sequence[SourceProblem]) -> None:
        ordered = sorted(problems, key=lambda p: p.line or 0)
        first = str(ordered[0])
        more = len(ordered) - 1
        message = first if more == 0 else f"{first} (and {more} more problem{'s' * (more > 1)})"
        super().__init__(message, hint="run 'intake questionnaire check FILE' to list them all")
        self.problems = tuple(ordered)
