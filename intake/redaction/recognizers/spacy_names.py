"""spaCy's PERSON and LOCATION entities, minus common words.

The small English model tags a capitalised common word at the start of a
sentence ("Breakfast is rice", "Lunch at 12") as a place or person, a
lower-case word as a name ("ma and pa") and a run of capitalised words as a
person ("the Mansudae Art Studio"), and lets entities run over common words
("Jebel Ali free zone", "The Azerbaijani", "South Koreans 'Hanguo"). Lower-case
words, stop words and nationalities at the edges of an entity are trimmed.
Dropped: a one-token entity whose token is
not a proper noun; a person made of English words only, none of them a known
surname ("Art Studio"; "Manager Park" stays) or months only ("Jul-Sep"); a one-word
lower-case person that is an English word; one English word before a colon, a form's label
("Landlord:"), or before "!" ("Bang!"); a noun and nothing else starting a sentence, no
surname or given name ("Passport collected").
A person named like a country, a city of a million or a town of the countries workers come
from or go to, by any of its names, is that place ("Ho Chi Minh City", "Rostov-on-Don",
"the Hyesan hospital").
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from intake.redaction import gazetteer
from intake.redaction.dates import MONTH_WORDS
from intake.redaction.english_words import is_english_word, is_noun_only
from intake.redaction.gazetteer import is_demonym
from intake.redaction.policy import NATIONALITIES
from intake.redaction.recognizers.foreign_names import GIVEN_NAMES
from intake.redaction.recognizers.names_data import SURNAMES
from intake.redaction.recognizers.titled_names import TITLE_WORDS

_NATIONALITY = re.compile(
    "|".join(re.escape(n) + "s?" for n in sorted(NATIONALITIES, key=len, reverse=True))
)


class ProperNounSpacyRecognizer(SpacyRecognizer):
    """Presidio's SpacyRecognizer, keeping entities that look like proper names."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "LOCATION"])

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts)
        tokens = getattr(nlp_artifacts, "tokens", None)
        if tokens is None:
            return results
        results = [r for r in (_trimmed(r, tokens) for r in results) if r is not None]
        places = gazetteer.load()
        for r in results:
            if r.entity_type == "PERSON" and (
                places.country_or_city(text[r.start : r.end])
                or _focus_town(text[r.start : r.end], places)
            ):
                r.entity_type = "LOCATION"  # "Ho Chi Minh City", "the Hyesan hospital"
            elif (initialled := _INITIALLED.fullmatch(text, r.start, r.end)) and initialled.group(
                "surname"
            ).casefold() in SURNAMES:
                r.entity_type = "PERSON"  # "J. Park" is no park
        single = {t.idx: t for t in tokens}
        return [
            r
            for r in results
            if not (
                r.start in single
                and r.start + len(single[r.start].text) == r.end
                and single[r.start].pos_ != "PROPN"
            )
            and not (r.entity_type == "PERSON" and _common_words(text[r.start : r.end]))
            and not (r.entity_type == "PERSON" and _NOT_IN_A_NAME.search(text[r.start : r.end]))
            and not _label(text, r)
            and not (r.entity_type == "PERSON" and _noun_starting_a_sentence(text, r))
            and not (r.entity_type == "PERSON" and _exclaimed(text, r))
        ]


# initials and a surname: "J. Park", "K.S. Lee"
_INITIALLED = re.compile(r"(?:[A-Z]\.\s?){1,3}(?P<surname>[A-Z][a-z]+)")
# no name holds a dialling code or a number after an abbreviation's dot: "phone +856" is a
# word and the start of a phone number, "s.35" a section of a law (but "Fu Yuan Yu 7731", a
# vessel, and "kimsh1987", a handle, are names spaCy finds whole)
_NOT_IN_A_NAME = re.compile(r"\+\d|[^\W\d_]\.\d")


def _trimmed(result: RecognizerResult, tokens: Any) -> RecognizerResult | None:
    """The entity without lower-case or stop words or years at its edges ("Jebel Ali free
    zone" → "Jebel Ali", "The Azerbaijani" → "Azerbaijani", "Sakhalin 2014-17" → "Sakhalin"),
    ending at a line break ("Kang Myong-jin\n- W") and starting after a label's colon
    ("Reader 1: Ha"); None when nothing is left. An entity of lower-case words ("kim chol")
    is left as it is."""
    span = tokens.char_span(result.start, result.end, alignment_mode="expand")
    inside = list(span) if span is not None else []
    line_break = next((i for i, t in enumerate(inside) if "\n" in t.text), None)
    if line_break:
        inside = inside[:line_break]
    # a label before a colon is no part of the name after it: "Reader 1: Ha"
    colon = next((i for i, t in reversed(list(enumerate(inside))) if t.text == ":"), None)
    if colon is not None:
        inside = inside[colon + 1 :]
    if any(t.is_alpha for t in inside) and all(t.is_lower or not t.is_alpha for t in inside):
        return result
    while inside and _edge_word(inside[0]):
        inside.pop(0)
    while inside and _edge_word(inside[-1]):
        inside.pop()
    if not inside:
        return None
    result.start, result.end = inside[0].idx, inside[-1].idx + len(inside[-1].text)
    return result


def _edge_word(token: Any) -> bool:
    """A stop word, punctuation, a year, a number of up to three digits (the start of a phone
    number: "Manager Jin 150 4433 8765"), a handle, a title, a lower-case word or an
    abbreviation, or a nationality (spaCy's NORP)."""
    return bool(
        token.is_stop
        or token.is_punct
        or token.is_space
        or token.text.startswith("@")  # a handle after a messenger: "Telegram @ycloud_89"
        or token.lower_.rstrip(".") in TITLE_WORDS  # "Doña Remedios Ela" is Remedios Ela
        or _YEARS.fullmatch(token.text)
        or (token.is_digit and len(token.text) <= _SHORT_NUMBER)  # "17" of "2014-17", "150 4433"
        or (token.is_lower and token.text.rstrip(".").isalpha())  # "b." of "b. 1982"
        or token.ent_type_ == "NORP"
        or _NATIONALITY.fullmatch(token.text)
        or is_demonym(token.text)
    )


def _focus_town(name: str, places: gazetteer.Gazetteer) -> bool:
    """A town of the countries workers come from or are sent to, no word of it a name
    ("Hyesan", "Yalu"; not "Artyom", also a given name, nor "Chang", a surname)."""
    place = places.lookup(name)
    return (
        place is not None
        and place.focus
        and not any(w.casefold() in SURNAMES or w.casefold() in GIVEN_NAMES for w in name.split())
    )


def _exclaimed(text: str, result: RecognizerResult) -> bool:
    """One English word before "!" is an exclamation ("Bang! Bang!", "Go!"), not a name
    called out ("Kim!")."""
    word = text[result.start : result.end]
    return text.startswith("!", result.end) and " " not in word and is_english_word(word)


def _label(text: str, result: RecognizerResult) -> bool:
    """One English word before a colon is a form's label ("Landlord: Nam Chun-ja")."""
    word = text[result.start : result.end]
    return text.startswith(":", result.end) and " " not in word and is_english_word(word)


_SHORT_NUMBER = 3
# a year or a range of years, not a number that belongs to a name ("Fu Yuan Yu 7731")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _noun_starting_a_sentence(text: str, result: RecognizerResult) -> bool:
    """One word that is only ever a noun, or an English word the answer also uses in lower
    case, no surname or given name, first in its sentence: "Passport collected at the
    airport", "Rice. Only rice."; not "Rose said" (a verb too) or "Sveta said"."""
    word = text[result.start : result.end]
    key = word.casefold()
    return (
        " " not in word
        and _SENTENCE_START.search(text, max(0, result.start - 3), result.start) is not None
        and key not in SURNAMES
        and key not in GIVEN_NAMES
        and (is_noun_only(key) or (is_english_word(key) and _in_lower_case(text, key)))
    )


def _in_lower_case(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None


def _common_words(name: str) -> bool:
    """Every word is an English word and none a surname, or a month ("Jul-Sep"); or one
    lower-case English word."""
    words = name.replace("-", " ").split()
    if all(word.casefold() in MONTH_WORDS for word in words):
        return True
    if len(words) == 1 and name.islower():
        return is_english_word(name)
    return len(words) > 1 and all(
        is_english_word(w) and w.casefold() not in SURNAMES for w in words
    )
