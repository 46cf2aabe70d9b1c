"""Romanised Korean (and Chinese) personal names, gated by a known surname.

Hits: "An Myong-gil", "Pak Song Il", "kim chol", "Choe", "Chol-su",
"Chol-su Kim", "comrade Pak", "the Paks", "KIM M.S.". Near-misses it must leave alone: "An important
thing", "Go ahead", "My son", "Hong Kong", "Ha, you think".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.dates import MONTH_WORDS
from intake.redaction.english_words import is_verb_only
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import (
    DISTINCTIVE_SURNAMES,
    ENGLISH_WORD_SURNAMES,
    SURNAMES,
    is_given_name,
)

_TOKEN = re.compile(r"[A-Za-zŏŭŎŬ]+(?:['’\-][A-Za-zŏŭŎŬ]+)*")
_SPACE = re.compile(r"[ \t]+")
# "I'm", "we'd", "I'll": a pronoun, never the surname Im or a name "We".
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$", re.IGNORECASE)
_LARGE_TOWN = 100_000
# the longest romanised syllable written as a word of its own: "Young", "Hyong"
_SYLLABLE_LETTERS = 5
# syllables of one letter that end a given name ("Tae-u", "Chol-o") or are the familiar -i
_ONE_LETTER = frozenset({"u", "o", "i"})
# ("gil" is not one: it ends given names far more often than road names: "Myong-gil")
_PLACE_SUFFIXES = frozenset(
    {"dong", "ri", "gu", "ro", "si", "gun", "up", "eup", "myon", "myeon", "ni", "li", "do"}
)
# A family by its surname: "the Paks", "the Chois", "two kangs".
_FAMILY_PLURAL = re.compile(
    r"(?i:the|two)\s+(?P<family>(?P<surname>[A-Za-z][a-z]+)(?:e?s))(?![\w'’-])"
)
# A surname and the initials of the given name, as registers and lists write it: "KIM M.S.",
# "Pak C.H." (two initials at least: "Kim J. said" may be a sentence's end)
_INITIALS = re.compile(r"(?<![\w-])(?P<surname>[A-Z][A-Za-z]{1,5}) (?:[A-Z]\.){2,3}")
# the vocative endings after a given name: "Myong-chol-a", "Sun-hui-ya"
_VOCATIVES = frozenset({"a", "ah", "ya", "yah"})
_NOT_GIVEN = frozenset(STOP_WORDS) | {"oh", "ok", "ya", "yo", "ha", "ah", "hi", "um", "uh"}


class RomanisedNameRecognizer(DomainRecognizer):
    """Surname + 1–2 syllable given name, lone distinctive surnames, hyphenated given names."""

    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        words = [
            (m.start(), _strip_possessive(m))
            for m in _TOKEN.finditer(text)
            if not _CONTRACTION.search(m.group())
        ]
        spans: list[Span] = []
        used_surnames: set[str] = set()
        index = 0
        while index < len(words):
            found = self._name_at(text, words, index)
            if found is None:
                index += 1
                continue
            span, width, surname = found
            if surname:
                used_surnames.add(surname)
            if span is not None:
                spans.append(span)
            index += width
        spans += self._known_surnames(words, used_surnames, spans)
        spans += [
            Span("PERSON", m.start(), m.end(), 0.95)  # over the flat "M.S" an address reads
            for m in _INITIALS.finditer(text)
            if _key(m.group("surname")) in SURNAMES
            and (
                m.group("surname").isupper()
                or _key(m.group("surname")) not in ENGLISH_WORD_SURNAMES
            )
        ]
        spans += [
            Span("PERSON", m.start("family"), m.end("family"), 0.86)
            for m in _FAMILY_PLURAL.finditer(text)
            if _key(m.group("surname")) in SURNAMES
            # in lower case only a surname that is no English word: "the kangs", not "the songs"
            and (
                m.group("surname")[0].isupper()
                or _key(m.group("surname")) not in ENGLISH_WORD_SURNAMES
            )
        ]
        yield from spans

    def _name_at(
        self, text: str, words: list[tuple[int, str]], index: int
    ) -> tuple[Span | None, int, str] | None:
        """The name starting at ``words[index]``: (span or None to skip, words used, surname)."""
        start, word = words[index]
        key = _key(word)
        capital = word[0].isupper()
        following = _following(text, words, index)
        if key in SURNAMES and (
            capital or key not in ENGLISH_WORD_SURNAMES or _lower_hyphenated_given(following)
        ):
            given = _given_after(following, capital)
            if given and key in ENGLISH_WORD_SURNAMES and _names_a_place(given, key):
                return None  # "In Qatar", "So Vladivostok"; not "Sun Jianguo"
            if given:
                end = following[len(given) - 1][0] + len(following[len(given) - 1][1])
                places = gazetteer.load()
                if any(places.country_or_city(text[start:stop]) for stop in _ends(text, end)):
                    return None, 1 + len(given), ""  # "Hong Kong", "Ho Chi Minh City"
                score = 0.86 if key in ENGLISH_WORD_SURNAMES else 0.9
                return Span("PERSON", start, end, score), 1 + len(given), word
            if key in _INTERJECTIONS and _INTERJECTION_AFTER.match(text, start + len(word)):
                return None  # "Oh, everybody laughed"
            if key in DISTINCTIVE_SURNAMES:
                return Span("PERSON", start, start + len(word), 0.6), 1, word
            return None
        if "-" in word and _hyphenated_given(word) and not _korean_or_large_town(word):
            end, width = start + len(word), 1
            if following and _key(following[0][1]) in SURNAMES:
                after = following[0][1]
                if after[0].isupper() == capital:
                    end, width = following[0][0] + len(after), 2
            return Span("PERSON", start, end, 0.6 if capital else 0.5), width, ""
        return None

    @staticmethod
    def _known_surnames(
        words: list[tuple[int, str]], surnames: set[str], spans: list[Span]
    ) -> list[Span]:
        """A surname used in a full name earlier names that person when it recurs alone, in
        lower case too when a verb follows ("Han Yong-chol ... han was sick")."""
        extra = []
        lower = {surname.casefold() for surname in surnames}
        for index, (start, word) in enumerate(words):
            verb = index + 1 < len(words) and is_verb_only(words[index + 1][1])
            recurs = word in surnames or (word.islower() and word in lower and verb)
            if recurs and not any(s.start <= start < s.end for s in spans):
                extra.append(Span("PERSON", start, start + len(word), 0.5))
        return extra


_INTERJECTIONS = frozenset({"oh", "ah", "ha", "ho"})
_INTERJECTION_AFTER = re.compile(r"[,!]")


def _strip_possessive(match: re.Match[str]) -> str:
    word = match.group()
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


def _key(word: str) -> str:
    return word.casefold().replace("’", "").replace("'", "").replace("ŏ", "o").replace("ŭ", "u")


def _following(text: str, words: list[tuple[int, str]], index: int) -> list[tuple[int, str]]:
    """Up to two words after ``words[index]`` separated from it by spaces only."""
    result = []
    previous_end = words[index][0] + len(words[index][1])
    for start, word in words[index + 1 : index + 3]:
        if not _SPACE.fullmatch(text[previous_end:start]):
            break
        result.append((start, word))
        previous_end = start + len(word)
    return result


def _fits_case(word: str, capital: bool) -> bool:
    if word.casefold() in _NOT_GIVEN:
        return False
    if capital:
        return word[0].isupper()
    return word.islower()


def _given_after(following: list[tuple[int, str]], capital: bool) -> list[str]:
    """The given-name words right after a surname: "Myong-gil", "Song Il", or none."""
    if not following:
        return []
    first = following[0][1]
    if not (_fits_case(first, capital) and is_given_name(first)):
        return []
    if not capital and is_verb_only(first):
        return []  # "kwon took his pay"
    if "-" in first or len(following) < 2:
        return [first]
    second = following[1][1]
    if (
        len(first) <= _SYLLABLE_LETTERS
        and len(second) <= _SYLLABLE_LETTERS
        and capital
        and _fits_case(second, capital)
        and is_given_name(second)
        and _key(second) not in SURNAMES - ENGLISH_WORD_SURNAMES
    ):
        return [first, second]
    return [first]


def _names_a_place(words: list[str], surname: str) -> bool:
    """A country, a large town, or any town after a word such as "in" or "so"; Chinese
    given names are often also the names of villages ("Sun Jianguo"). A given name written
    the Korean way, a hyphen before a lower-case syllable, is no town ("So Kwang-myong", not
    "so Gwangmyeong")."""
    places = gazetteer.load()
    if len(words) == 1 and _KOREAN_GIVEN.fullmatch(words[0]):
        return False
    for word in words:
        place = places.lookup(word)
        if places.country(word) or (
            place is not None
            and (surname in STOP_WORDS or place.population >= _LARGE_TOWN or place.region)
        ):
            return True
    return False


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z']+-[a-z']+")


def _korean_or_large_town(word: str) -> bool:
    """A town whose name reads like a hyphenated given name: a Korean or Chinese one ("Hye-san",
    "Mu-san") or a large one; "Sun-ok" is a name though Sanok in Poland is also "Sunok"."""
    place = gazetteer.load().lookup(word)
    return place is not None and (
        place.country in _ROMANISED_COUNTRIES or place.population >= _LARGE_TOWN
    )


_ROMANISED_COUNTRIES = frozenset({"North Korea", "South Korea", "China"})


def _lower_hyphenated_given(following: list[tuple[int, str]]) -> bool:
    """A lower-case hyphenated given name after a lower-case surname that is also a word:
    "song man-ho" (not "song and dance")."""
    return bool(following) and following[0][1].islower() and _hyphenated_given(following[0][1])


def _hyphenated_given(word: str) -> bool:
    parts = word.split("-")
    if len(parts) == 3 and parts[2].casefold() in _VOCATIVES:
        parts = parts[:2]  # "Myong-chol-a", as a parent calls a child
    if len(parts) != 2 or parts[1].casefold() in _PLACE_SUFFIXES:
        return False
    if not (word[0].isupper() or word.islower()):
        return False
    first, last = parts[0].casefold(), parts[1].casefold()
    # "to-do", "no-one", "so-so", "ok-ed" are words; "Ok-ryon", "So-yeon", "Ok-ju" are names
    if first in _NOT_GIVEN and (last in _NOT_GIVEN or (len(last) < 3 and word[0].islower())):
        return False
    if last in _NOT_GIVEN and last not in _ONE_LETTER and last != "ok":
        return False  # "Sun-ok", "Myong-ok": 옥 ends many women's names
    if len(parts[0]) < 2 or (len(parts[1]) < 2 and parts[1].casefold() not in _ONE_LETTER):
        return False
    if first in MONTH_WORDS and last in MONTH_WORDS:
        return False  # "Jul-Sep", a season; not "Jun-ho"
    return parts[0].casefold() != parts[1].casefold() and is_given_name("-".join(parts))


_NEXT_WORD = re.compile(r" [A-Z][a-z]+")
_MORE_WORDS = 2


def _ends(text: str, end: int) -> Iterator[int]:
    """``end`` and the ends of up to two capitalised words after it ("Ho Chi" + "Minh City")."""
    yield end
    for _ in range(_MORE_WORDS):
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return
        end = following.end()
        yield end
