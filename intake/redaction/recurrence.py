"""Every other occurrence of what was found once in a text.

A name, place, address or handle found once is redacted wherever it recurs in
the same text, in any case ("Anatoly" ... "anatoly"). A hyphenated place
recurs by its first part too ("Petrovsk-Zabaikalsky" ... "Petrovsk"). For a person, the
distinctive words of the name recur on their own too ("Nikolai Sorokin" ...
"Nikolai"; "Ri Kwang-myŏng" ... "Kwang-myŏng"), and so does the surname that begins
it, with its capital and before a verb ("Sun Hongwei" ... "Sun took 30 percent"; not "Pak
left", "Kim Il Sung"); for a Hangul name of surname + given name, the given name ("문혁철" ...
"혁철 동지", "설화는").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction.english_words import is_english_word, is_verb_only
from intake.redaction.normalize import has_hangul
from intake.redaction.pseudonyms import TITLES
from intake.redaction.recognizers.base import Coverage, Span
from intake.redaction.recognizers.hangul import SURNAME_SYLLABLES, TWO_SYLLABLE_SURNAMES
from intake.redaction.recognizers.names_data import ENGLISH_WORD_SURNAMES, SURNAMES

RECURRING_TYPES = frozenset({"PERSON", "PLACE", "ADDRESS", "HANDLE", "ID_NUMBER", "EMAIL"})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_MIN_WORD = 3
_MIN_PLACE_HEAD = 5
_JOINTS = re.compile(r"[\-\s'’]+")
_ANY_JOINT = r"[\-\s'’]?"


def recurrences(text: str, found: Iterable[Span]) -> Iterator[Span]:
    """Spans for every occurrence of every found form not already covered."""
    found = list(found)
    covered = Coverage(text, found)
    forms: dict[str, Span] = {}
    persons: dict[str, Span] = {}
    for span in found:
        if span.type not in RECURRING_TYPES:
            continue
        original = text[span.start : span.end]
        forms.setdefault(original, span)
        if span.type == "PERSON":
            persons.setdefault(original, span)
            for part in _name_parts(original):
                forms.setdefault(part, span)
        elif span.type == "PLACE" and (head := _place_head(original)):
            forms.setdefault(head, span)
    occurrences = [
        (start, end, span)
        for form, span in forms.items()
        for start, end in _occurrences(text, form, whole=form == text[span.start : span.end])
    ] + [
        (start, end, span)
        for name, span in persons.items()
        for start, end in _surname_before_verb(text, name)
    ]
    for start, end, span in occurrences:
        if not covered.overlaps(start, end):
            covered.add(start, end)
            yield Span(span.type, start, end, max(0.4, span.score - 0.1))


def _name_parts(name: str) -> list[str]:
    """Distinctive parts of a person's name that identify them alone."""
    if has_hangul(name):
        if " " in name:
            return []  # a surname and the word for a boss after it: "왕 사장"
        bare = name
        if len(bare) == 4 and bare[:2] in TWO_SYLLABLE_SURNAMES:
            return [bare[2:]]
        if len(bare) == 3 and bare[0] in SURNAME_SYLLABLES:
            return [bare[1:]]
        return []
    words = _NAME_WORD.findall(name)
    # a Korean surname alone names many people: the name recognizer handles it in context
    return [
        word
        for word in words
        if len(word) >= _MIN_WORD
        and word.casefold() not in STOP_WORDS | TITLES | SURNAMES
        and len(words) > 1
    ]


def _surname_before_verb(text: str, name: str) -> Iterator[tuple[int, int]]:
    """The capitalised surname that begins a full name, where a verb follows it alone."""
    words = _NAME_WORD.findall(name)
    surname = words[0] if len(words) > 1 else ""
    if len(surname) < _MIN_WORD or not surname[0].isupper() or surname.casefold() not in SURNAMES:
        return
    for match in re.finditer(rf"(?<![\w\-'’]){re.escape(surname)}\s+(?P<verb>[a-z]+)\b", text):
        if is_verb_only(match.group("verb")):
            yield match.start(), match.start() + len(surname)


def _place_head(name: str) -> str | None:
    """The first part of a hyphenated place name when it can stand alone ("Spassk")."""
    head, joint, _ = name.partition("-")
    if not joint or len(head) < _MIN_PLACE_HEAD or not head.isalpha():
        return None
    return None if is_english_word(head) or head.casefold() in STOP_WORDS else head


def _occurrences(text: str, form: str, *, whole: bool) -> Iterator[tuple[int, int]]:
    if has_hangul(form):
        # particles attach to Hangul words, so only the start is bounded
        pattern = rf"(?<![가-힣]){re.escape(form)}"
        flags = 0
    else:
        # syllables recur with any joint: "Chol-jin", "chol jin", "choljin"
        joined = _ANY_JOINT.join(map(re.escape, _JOINTS.split(form)))
        pattern = rf"(?<![\w\-'’@.]){joined}(?![\w\-@]|['’][^sS\W])"
        # a name part that is also an English word, or such a name found with its capital,
        # recurs only with the same capital ("Mr Sun ..." is no reason to redact "the sun")
        english = form.casefold() in ENGLISH_WORD_SURNAMES and (not whole or form[0].isupper())
        flags = 0 if english else re.IGNORECASE
    for match in re.finditer(pattern, text, flags):
        yield match.start(), match.end()
