"""Dates precise to the day: "14 November 2015", "17.08.2017", "2014년 3월 3일".

Near-misses: "in March 2011", "2016", "the 1990s": month and year alone are
kept, they identify no one and carry the research value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intake.redaction.dates import find_dates
from intake.redaction.recognizers.base import DomainRecognizer, Span


class DayDateRecognizer(DomainRecognizer):
    """Every day-precision date :func:`intake.redaction.dates.find_dates` understands."""

    ENTITIES = ("DATE",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for date in find_dates(text):
            yield Span("DATE", date.start, date.end, 0.85)
