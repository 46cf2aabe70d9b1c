"""Proper nouns nothing else explains: "Tomek", "Khasan-Tumangang", "near Patuxai".

A capitalised word that spaCy tags as a proper noun and that is no English
word (nor the inflection of one), stop word, surname, country or nationality
is a name the other recognizers do not know: a village, an island, a
landmark, a foreign given name. After a preposition of place ("near
Patuxai", "on Bukchang") it is a place and may be three letters long;
elsewhere it is a person and needs four letters, because short capitalised
tokens are mostly abbreviations ("Int. notes"). The scores are the lowest of
all recognizers, so any recognizer that knows better (an address, a
romanised name, a town) wins, and the engine drops allow-listed terms.

Near-misses: "in Qatar" (a country, kept), "on Monday", "Snake" and
"Women's" (English words), "Kim" (a surname: the name recognizers decide),
"Sobaeksu Trading Company" (part of an organisation's name).
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

_PLACE_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?i:in|near|at|on|from|to|outside|around|towards|via)\s+$"
)
_PLACE_NAME = re.compile(r"[A-Z][a-z]{2,}")
_PERSON_NAME = re.compile(r"[A-Z][a-z]{3,}")
# "Sobaeksu Trading Company", "Socialist Women's Union": part of an organisation's name.
_ORGANISATION_AFTER = re.compile(
    r"(?:['’]s)?(?:[ -][A-Z][\w'’]*){0,4}[ -](?:Corporation|Company|Co\b|Ltd|LLC|Group|Union"
    r"|Trading|Construction|Bank|Association|Committee|Enterprise|Industries|Holdings"
    r"|Federation|Ministry|Bureau|Agency|League)\b"
)
_PLACE_SCORE = 0.45
_PERSON_SCORE = 0.4


class ProperNounRecognizer(DomainRecognizer):
    """A capitalised proper noun (spaCy's PROPN) that is not an ordinary word."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        if tokens is None:
            return
        place = False  # the previous word was a preposition of place, or part of a place
        for token in tokens:
            after_preposition = place or bool(
                _PLACE_PREPOSITION.search(text, max(0, token.idx - 12), token.idx)
            )
            place = False
            shape = _PLACE_NAME if after_preposition else _PERSON_NAME
            if token.pos_ != "PROPN" or not shape.fullmatch(token.text):
                continue
            start, end = token.idx, token.idx + len(token.text)
            if not (_unknown_name(token.text) and _unknown_name(token.lemma_)):
                continue
            if _ORGANISATION_AFTER.match(text, end):
                continue
            if after_preposition:
                place = True
                yield Span("PLACE", start, end, _PLACE_SCORE)
            else:
                yield Span("PERSON", start, end, _PERSON_SCORE)


def _unknown_name(word: str) -> bool:
    key = word.casefold()
    places = gazetteer.load()
    return not (
        key in STOP_WORDS
        or key in SURNAMES
        or is_english_word(key)
        or places.country(word)
        or gazetteer.is_demonym(word)
    )
