"""Unknown places named after a preposition of place: "near Patuxai", "on Bioko".

A capitalised word (or two) right after in, near, at, on, from, to, outside,
around or towards ("via" and "through" name banks and apps as often), that
spaCy calls a proper noun and that is no English word, stop word, surname,
country or nationality, is a place the gazetteer does not know (villages,
islands, landmarks, work sites). The score is low, so any recognizer that
knows better (a person, an address) wins, and the engine drops it when the
term is on the allow list.

Near-misses: "in Qatar" (a country, kept), "at Rungrado" when the project
allows it, "on Monday", "from Kim" (a name wins), "in March".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.english_words import is_english_word
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import SURNAMES

_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?i:in|near|at|on|from|to|outside|around|towards)\s+"
    r"(?P<place>[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]{2,})?)(?![\w'’-])"
)


class LocativePlaceRecognizer(DomainRecognizer):
    """A proper noun after a preposition of place that nothing else explains."""

    ENTITIES = ("PLACE",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _AFTER_PREPOSITION.finditer(text):
            words = re.split(r"[- ]", match.group("place"))
            if all(_unknown_name(word) for word in words) and _proper_noun(
                tokens, match.start("place")
            ):
                yield Span("PLACE", match.start("place"), match.end("place"), 0.45)


def _unknown_name(word: str) -> bool:
    key = word.casefold()
    return not (
        key in STOP_WORDS
        or key in SURNAMES
        or is_english_word(key)
        or gazetteer.load().country(word)
        or gazetteer.is_demonym(word)
    )


def _proper_noun(tokens: Any | None, start: int) -> bool:
    if tokens is None:
        return True
    for token in tokens:
        if token.idx == start:
            return bool(token.pos_ == "PROPN")
        if token.idx > start:
            break
    return False
