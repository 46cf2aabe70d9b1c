"""Local phone formats that libphonenumber misses without a country prefix.

Hits: "010-4821-7735" (South Korea), "8 (914) 555-12-34", "89141234567",
"8-423-226-51-20" (Russia), "0415-3126789", "186 4438 2190", "138****2261" (China, also
masked as payment apps show it), "+976 9911 2233",
"phone 9654 2210" (any number right after a word for a phone).
Near-misses: years ("2011"), money ("15000 rubles"), dates ("12.03.2011").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span

# A local number never continues a group of digits ("6222 0210 0938 4471" is a bank card).
_PATTERNS = (
    # South Korean mobiles: 010-1234-5678, 010 1234 5678, 01012345678
    re.compile(r"(?<![\d+])(?<!\d[-. ])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
    # Russian trunk prefix 8: 8 (914) 555-12-34, 8-423-226-51-20, 89141234567
    re.compile(r"(?<![\d+])(?<!\d[-. ])8[- ]?\(?\d{3,4}\)?[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2}(?!\d)"),
    # Any international number: +7 914 123-45-67, +850 2 381 4455, +86 139 1234 5678
    re.compile(r"(?<![\w+])\+\d{1,3}(?:[-. ]?\(?\d{1,5}\)?){2,5}(?!\d)"),
    # Chinese landlines with an area code: 0415-3126789, (024) 8690 3451
    re.compile(r"(?<![\d+])(?<!\d[-. ])\(?0\d{2,3}\)?[- ]\d{3,4}[- ]?\d{4}(?!\d)"),
    # Chinese mobiles: 139 1234 5678, 186-4438-2190, 13912345678, masked 138****2261
    re.compile(r"(?<![\d+])(?<!\d[-. ])1[3-9]\d[- ]?(?:\d{4}|\*{4})[- ]?\d{4}(?!\d)"),
    # Any number of 7 to 12 digits right after a word for a phone: "phone 9654 2210" (Gulf
    # numbers have 8 digits and no trunk prefix), "tel: 2233 4455", "전화 3344-5566"
    re.compile(
        r"(?i:phone|tel\.?|mobile|cell|whatsapp|viber|call(?:ed)?|전화|핸드폰|휴대폰|번호)"
        r"(?:\s+(?i:number|no\.?|is|was))*[\s:]+(?P<number>\d[\d -]{5,14}\d)(?![\d-])"
    ),
)
_MIN_DIGITS = 8
_MIN_AFTER_WORD = 7


class LocalPhoneRecognizer(DomainRecognizer):
    """Regular expressions for the local and international formats of our countries."""

    ENTITIES = ("PHONE",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for pattern in _PATTERNS:
            for match in pattern.finditer(text):
                start, end = (
                    match.span("number") if "number" in pattern.groupindex else match.span()
                )
                digits = sum(ch.isdigit() or ch == "*" for ch in text[start:end])
                if digits >= _MIN_DIGITS or (start != match.start() and digits >= _MIN_AFTER_WORD):
                    yield Span("PHONE", start, end, 0.75)
