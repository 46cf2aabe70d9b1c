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

An English word written with a capital in the middle of a sentence, after a
lower-case word or a comma, is a name as well: that is how people write
nicknames ("the Snake told us", "Rabbit, Potato and old Seo").

Near-misses: "in Qatar" (a country, kept), "on Monday", "Women's" (an
English word), "Snake" at the start of a sentence, "Kim" at the start of a
sentence (a surname: the name recognizers decide), "Sobaeksu Trading
Company" (part of an organisation's name), "the Amur River" (a kind of
place), "the Party" (allowed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.dates import MONTHS
from intake.redaction.english_words import is_english_word
from intake.redaction.policy import NATIONALITIES
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import SURNAMES
from intake.redaction.recognizers.titled_names import TITLE_WORDS

PLACE_PREPOSITION = re.compile(
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
# after a lower-case word or a comma: "the Snake", "nicknames, Rabbit, Potato", "and Four-Fingers"
_CAPITALISED_MID_SENTENCE = re.compile(
    r"(?<=[a-z,] )(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-])"
    r"(?P<rest>(?: (?:of |of the )?[A-Z][\w'’-]*)*(?: [a-z]+)?)"
)
# not WORK_OF_ART: the small model gives that label to many capitalised nicknames
_NOT_NAME_ENTITIES = frozenset({"ORG", "EVENT", "LAW", "DATE", "LANGUAGE", "NORP"})
NOT_NICKNAMES = (
    TITLE_WORDS
    | {month.casefold() for month in MONTHS}
    | frozenset(
        """
        monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
        jan feb mar apr jun jul aug sep sept oct nov dec god lord jesus bible church
        christian christians catholic protestant baptist buddhist muslim islam internet english
        pastor priest missionary police ambulance street road avenue lane boulevard prospekt
        building block house room floor flat city town county district province oblast krai
        region village
        river lake island sea bay port harbour harbor mountain mountains hill valley forest
        market station hotel square bridge tower camp hospital school university college
        institute academy factory plant company corporation ministry party committee army navy
        bank office embassy consulate restaurant centre center zone park stadium airport day
        convention rapporteur report panel protocol council commission court tribunal
        declaration treaty act law code association federation foundation society union
        archive inspectorate unit service services agency department directorate organisation
        organization network fund trust bureau board programme program mission charity
        """.split()  # noqa: SIM905
    )
)
"""Words that make a capitalised run an institution, a kind of place or a title, not a name."""
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
                PLACE_PREPOSITION.search(text, max(0, token.idx - 12), token.idx)
            )
            place = False
            shape = _PLACE_NAME if after_preposition else _PERSON_NAME
            if token.pos_ != "PROPN" or not shape.fullmatch(token.text):
                continue
            start, end = token.idx, token.idx + len(token.text)
            if not (unknown_name(token.text) and unknown_name(token.lemma_)):
                continue
            if _ORGANISATION_AFTER.match(text, end):
                continue
            if after_preposition:
                place = True
                yield Span("PLACE", start, end, _PLACE_SCORE)
            else:
                yield Span("PERSON", start, end, _PERSON_SCORE)
        token_at = {token.idx: token for token in tokens}
        for match in _CAPITALISED_MID_SENTENCE.finditer(text):
            name, rest = match.group("name", "rest")
            if _LABEL_NUMBER.match(text, match.end("name")) and _label(name):
                continue  # "for Posting 2", "in Block 4": a label before its number
            before = _AFTER_CAPITALISED.search(
                text, max(0, match.start("name") - _WORD_REACH), match.start("name")
            )
            if before and before.group(1).casefold() not in STOP_WORDS | TITLE_WORDS:
                continue  # "Emergency Department": part of a capitalised run; not "Then Shidao"
            if _nickname(name, rest, token_at.get(match.start("name"))):
                yield Span("PERSON", match.start("name"), match.end("name"), _PERSON_SCORE)


_LABEL_NUMBER = re.compile(r"[ \t]+\d")
_AFTER_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_WORD_REACH = 40  # how far back the capitalised word before a name may start


def _label(word: str) -> bool:
    """An English word that is no place ("Posting"; not "Doha")."""
    return is_english_word(word) and gazetteer.load().lookup(word) is None


def _nickname(name: str, rest: str, token: Any | None) -> bool:
    """An English word used as a name: no stop word, no title, kind of place or institution
    in it or in the words after it ("the Immigration Detention Centre", "a Star hotel"), no
    nationality, and not inside something spaCy calls an organisation, event, law or date."""
    parts = name.split("-")
    if all(part.casefold() in STOP_WORDS for part in parts):
        return False
    if any(word.casefold() in NOT_NICKNAMES for word in re.split(r"[\s-]+", name + rest)):
        return False
    if token is not None and token.ent_type_ in _NOT_NAME_ENTITIES:
        return False
    places = gazetteer.load()
    return not all(  # "Korean-American", "Lao-Chinese"
        places.country(part) or gazetteer.is_demonym(part) or part in NATIONALITIES
        for part in parts
    )


def unknown_name(word: str) -> bool:
    """No stop word, surname, form of address, nationality, English word, country or demonym."""
    key = word.casefold()
    places = gazetteer.load()
    return not (
        key in STOP_WORDS
        or key in SURNAMES
        or key in TITLE_WORDS  # "Ajumma", "Abai": forms of address in romanised Korean
        or word in NATIONALITIES
        or is_english_word(key)
        or places.country(word)
        or gazetteer.is_demonym(word)
    )
