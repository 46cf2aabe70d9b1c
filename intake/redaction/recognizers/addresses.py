"""Street addresses: Russian, Polish, Chinese and Korean forms, with flats and rooms.

Hits: "ul. Kalinina 47, kv. 12", "ulitsa Mira 12", "Okeanskiy prospekt 17, flat 8",
"10-3 Svetlanskaya St, apt 45", "215 Zhongshan East Road, second floor",
"Mapo-gu, 45 Worldcup-ro 10-gil", "Room 1204, Jinjiang Building", "울리차 레닌스카야 15번지".
Near-misses: "Room 39" (the party office), "the road to Khasan".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span

_NAME = r"[A-Z][\w'’.-]*"
_NUM = r"\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)?"
_STREET_WORD = (
    r"(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd\.?|prospekt|prospect"
    r"|pr-t|pr\.|pereulok|per\.|shosse|highway|embankment|naberezhnaya|lu|jie|dajie|dao)"
)
_UNIT = (
    r"(?:kv\.?|apt\.?|apartment|flat|room|rm\.?|lok\.?|unit|suite|office|floor|fl\.?|dom|d\."
    r"|korpus|bldg\.?|building|block|house|entrance|podyezd|dormitory|dorm|호실|호|층|동)"
)
_UNIT_PHRASE = (
    rf"(?:{_UNIT}\s*(?:no\.?\s*)?{_NUM}|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth"
    rf"|top|ground)\s+floor|{_NAME}(?:\s+{_NAME})?\s+(?:Building|Tower|Plaza|Centre|Center|Hotel"
    r"|Dormitory|Apartments?))"
)
_PATTERNS = (
    # ul. Kalinina 47 / ulitsa Mira 12 / ul. Marszalkowska 84/92 / aleja ...
    rf"(?i:ul\.?|ulitsa|ulica|aleja|al\.|prospekt|pr\.|pereulok|per\.|ploshchad|pl\.)\s*{_NAME}"
    rf"(?:\s+{_NAME})?(?:\s*,?\s*(?:d\.\s*)?{_NUM})?",
    # 215 Zhongshan East Road / 10-3 Svetlanskaya St / 88 Binjiang Road
    rf"{_NUM}\s+{_NAME}(?:\s+{_NAME}){{0,2}}\s+(?i:{_STREET_WORD})(?![a-z])",
    # Okeanskiy prospekt 17 / Lenina street 5
    rf"{_NAME}(?:\s+{_NAME})?\s+(?i:{_STREET_WORD})\s*,?\s*{_NUM}",
    # Korean romanised: Mapo-gu, 45 Worldcup-ro 10-gil, Sinpo-ri
    r"(?:\d+\s+)?[A-Z][a-z]+-(?:gu|dong|ro|gil|ri|gun|si|eup|up|myeon|myon)"
    r"(?:\s+\d+(?:-\d+)?)?(?:\s+\d+-gil)?",
    # Room 1204, Jinjiang Building
    r"(?i:room|rm\.?|apt\.?|apartment|flat|kv\.?)\s*(?:no\.?\s*)?\d{3,}[A-Za-z]?",
    # Korean: 레닌스카야 15번지, 3호실 / 모란봉구역 / 울리차 레닌스카야
    r"(?:울리차|거리|로|길|대로)\s*\S+\s*\d+\s*번지|\S+\s*\d+\s*번지|\d+\s*호실",
)
_COMPILED = [re.compile(p) for p in _PATTERNS]
_TAIL = re.compile(rf"\s*,\s*{_UNIT_PHRASE}")
_HEAD = re.compile(rf"{_UNIT_PHRASE}\s*,\s*$")


class AddressRecognizer(DomainRecognizer):
    """Street patterns, extended over neighbouring unit, room and floor phrases."""

    ENTITIES = ("ADDRESS",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for pattern in _COMPILED:
            for match in pattern.finditer(text):
                start, end = match.span()
                while tail := _TAIL.match(text, end):
                    end = tail.end()
                while head := _HEAD.search(text[max(0, start - 60) : start]):
                    start = max(0, start - 60) + head.start()
                yield Span("ADDRESS", start, end, 0.75)
