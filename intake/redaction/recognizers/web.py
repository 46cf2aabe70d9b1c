"""E-mail addresses in any script context.

Presidio's e-mail pattern ends in a word boundary, which fails when a Korean
particle follows ("sunhee.kim84@naver.com이에요"); this one only requires that
no address character follows. Near-miss: "@songil_88" (a handle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9-])"
)


class EmailAddressRecognizer(DomainRecognizer):
    """``local@domain.tld``, bounded by non-address characters rather than word boundaries."""

    ENTITIES = ("EMAIL",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _EMAIL.finditer(text):
            yield Span("EMAIL", match.start(), match.end(), 0.95)
