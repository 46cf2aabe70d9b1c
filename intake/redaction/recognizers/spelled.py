"""Names spelled out letter by letter, as phone notes write them: "P-A-K", "d-a-r-k-h-a-n".

Three or more single letters joined by hyphens spell a name the interviewee
spelled for the interviewer: a place when the letters spell one the
gazetteer knows ("V-A-N-I-N-O"), a person otherwise. Near-misses: "T-shirt",
"U-turn", "X-ray", "A-B" (two letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction import gazetteer
from intake.redaction.recognizers.base import DomainRecognizer, Span

_SPELLED = re.compile(r"(?<![\w-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w-])")


class SpelledNameRecognizer(DomainRecognizer):
    """Single letters joined by hyphens: a spelled name or place."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _SPELLED.finditer(text):
            word = match.group().replace("-", "")
            kind = "PLACE" if gazetteer.load().lookup(word) is not None else "PERSON"
            yield Span(kind, match.start(), match.end(), 0.85)
