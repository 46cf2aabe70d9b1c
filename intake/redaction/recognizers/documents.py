"""Passport, ID-card, employee, contract and registration numbers.

Hits: "passport number? ... 745123456", "PL-WP-2231857", "850312-1234567",
"PS 836271", "77 No 0348512", "employee number 2014-0375". Near-misses:
years, sums of money ("3000 dollars"), phone numbers (found as phones).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span

_CONTEXT = re.compile(
    r"(?i)(?:passport|document|\bid\b|identity|identification|card|permit|visa|employee"
    r"|worker|staff|badge|contract|registration|number|\bno\.?|\bnr\.?|#|serial|certificate"
    r"|licen[cs]e|account|policy|여권|번호|증명서|신분증|등록|공민증|사원|로동자)"
)
_CONTEXT_WINDOW = 60
# Codes that carry letters and digits: PL-WP-2231857, NK-RU-00482, PS 836271, AB1234567
_CODE = re.compile(r"(?<![A-Za-z0-9-])[A-Z]{1,3}(?:[- ][A-Z]{1,3})*[- ]?\d{5,}(?![A-Za-z0-9-])")
# Korean resident registration numbers: 850312-1234567
_RRN = re.compile(r"(?<!\d)\d{6}-[1-8]\d{6}(?!\d)")
# Digit groups: 745123456, 2014-0375, 25 1234567, 412-8839-17, 77 No 0348512
_DIGITS = re.compile(
    r"(?<![A-Za-z0-9.,/-])\d{2,}(?:(?:[- ]|\s?No\.?\s?)\d{2,})*(?![A-Za-z0-9/]|[.,]\d)"
)
_MONEY = re.compile(
    r"(?i)^\s*(?:%|percent|dollars?|usd|\$|rubles?|roubles?|yuan|rmb|won|euros?|zloty|riyals?"
    r"|dinars?|dirhams?|tugriks?|people|workers|men|hours|days|years|months|km|kg|metres|meters"
    r"|원|달러|루블|위안|명|시간|일|년|개월)"
)
_MIN_DIGITS = 6


class DocumentNumberRecognizer(DomainRecognizer):
    """Letter-digit codes anywhere; long digit groups near a document word."""

    ENTITIES = ("ID_NUMBER",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _CODE.finditer(text):
            yield Span("ID_NUMBER", match.start(), match.end(), 0.7)
        for match in _RRN.finditer(text):
            yield Span("ID_NUMBER", match.start(), match.end(), 0.9)
        for match in _DIGITS.finditer(text):
            digits = sum(ch.isdigit() for ch in match.group())
            if _MONEY.match(text[match.end() :]) or text[max(0, match.start() - 1)] in "$€£¥₩":
                continue
            before = text[max(0, match.start() - _CONTEXT_WINDOW) : match.start()]
            near_context = digits >= 4 and _CONTEXT.search(before)
            if (digits >= _MIN_DIGITS + 3 or near_context) and not _is_year(match.group()):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.6)


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")
