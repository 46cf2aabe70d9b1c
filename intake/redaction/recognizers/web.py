"""E-mail addresses in any script context, and read out in words.

Presidio's e-mail pattern ends in a word boundary, which fails when a Korean
particle follows ("sunhee.kim84@naver.com이에요"); this one only requires that
no address character follows. An address read out ("m-i-n-h-e-e dot park 92 at
gmail") is one too when its first part has a "dot", an "underscore" or a number
and a known mail provider follows "at". Near-misses: "@songil_88" (a handle),
"we met at naver".
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


_PROVIDERS = (
    "gmail|googlemail|naver|daum|hanmail|kakao|yandex|mail|rambler|qq|163|126|sina|hotmail"
    "|outlook|live|yahoo|icloud|protonmail|proton"
)
_READ_OUT = re.compile(
    r"(?i)(?<![\w-])(?P<local>[\w-]+(?:\s+(?:dot|underscore|dash|\d+)(?:\s+[a-z][\w-]*)?){1,6})"
    rf"\s+at\s+(?:{_PROVIDERS})(?:\s+dot\s+[a-z]{{2,3}}(?:\s+dot\s+[a-z]{{2}})?)?(?![\w-])"
)


class EmailAddressRecognizer(DomainRecognizer):
    """``local@domain.tld``, bounded by non-address characters rather than word boundaries."""

    ENTITIES = ("EMAIL",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _EMAIL.finditer(text):
            yield Span("EMAIL", match.start(), match.end(), 0.95)
        for match in _READ_OUT.finditer(text):
            yield Span("EMAIL", match.start(), match.end(), 0.8)
