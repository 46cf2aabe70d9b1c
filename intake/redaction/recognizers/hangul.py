"""Names and places written in Hangul, found with Kiwi's part-of-speech tags.

A proper noun (NNP) is a place when the gazetteer knows it or a locative
particle follows (에서, 으로, ...); a person when it starts with a Korean
surname or an honorific follows (동무, 씨, 반장, ...). Hits: "김철호", "최씨",
"리영남 동무", "청진에서", "블라디보스토크". Near-misses: "러시아", "조선",
"로동당" (kept by policy), common nouns starting with a surname syllable ("이번").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from kiwipiepy import Kiwi

from intake.redaction import gazetteer
from intake.redaction.normalize import has_hangul
from intake.redaction.recognizers.base import DomainRecognizer, Span

SURNAME_SYLLABLES = frozenset(
    "김리이박최정강조윤장림임한오서신권황안송류유전홍고문양손배백허남심로노하곽성차주우구민나진지"
    "엄채원천방공현함변염여추석설마길연위표명기반라왕금옥육인맹제모탁국계"
)
HONORIFICS = (
    "동무", "동지", "씨", "반장", "선생님", "선생", "아저씨", "아주머니", "과장", "부장", "지배인",
    "사장", "소장", "작업반장", "형", "누나", "언니", "오빠", "할머니", "할아버지", "군", "양",
)  # fmt: skip
_PLACE_PARTICLES = frozenset({"에서", "에", "으로", "로", "까지", "부터", "에서부터"})
_PLACE_SUFFIXES = ("시", "군", "주", "역", "도", "구역", "리", "읍", "항", "구", "동")
# Surname + one or two syllables, then an honorific: "리영남 동무", "최씨", "박 반장".
_TITLED = re.compile(
    r"(?<![가-힣])(?P<name>[" + "".join(sorted(SURNAME_SYLLABLES)) + r"](?:[가-힣]{1,2})?)\s?"
    r"(?=(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r"))"
)

# Surname + two syllables before the particles and copulas names take: "리영남이랑",
# "한순애이고", "백철우예요" (unless Kiwi reads the word as a common noun).
_NAME_BEFORE_PARTICLE = re.compile(
    r"(?<![가-힣])(?P<name>[" + "".join(sorted(SURNAME_SYLLABLES)) + r"][가-힣]{2})"
    r"(?=이랑|이는|이가|이고|이에요|이예요|예요|이라는|이라고|이었|이하고|이를|이의|이도|이한테"
    r"|이에게|이와|이랑은|랑|하고|와|가|는|를|의|에게|한테|도|이)"
)


@functools.cache
def _kiwi() -> Kiwi:
    """One Kiwi analyser per process (about 1.5 s to build; its model ships as a package)."""
    return Kiwi()


def warm_up() -> None:
    """Build the analyser now (the engine calls this while loading)."""
    _kiwi()


class HangulNameRecognizer(DomainRecognizer):
    """Kiwi proper nouns classified by gazetteer, surname gate and context."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        if not has_hangul(text):
            return
        spans = list(self._spans(text))
        yield from spans
        # A name found once is redacted everywhere it recurs ("리영남이는" → "리영남이랑").
        covered = [(s.start, s.end) for s in spans]
        for form, entity in {
            (text[s.start : s.end], s.type) for s in spans if s.end - s.start >= 2
        }:
            for match in re.finditer(re.escape(form), text):
                if not any(a <= match.start() < b for a, b in covered):
                    yield Span(entity, match.start(), match.end(), 0.6)

    def _spans(self, text: str) -> Iterator[Span]:
        places = gazetteer.load()
        analysed = _kiwi().tokenize(text)
        for index, token in enumerate(analysed):
            if token.tag != "NNP" or not has_hangul(token.form):
                continue
            start, end = token.start, token.start + token.len
            after = analysed[index + 1] if index + 1 < len(analysed) else None
            suffix = after.form if after is not None and after.start == end else ""
            if _is_place(token.form, suffix, places):
                if suffix in _PLACE_SUFFIXES:
                    end += len(suffix)
                yield Span("PLACE", start, end, 0.75)
            elif token.form[0] in SURNAME_SYLLABLES and 2 <= len(token.form) <= 4:
                yield Span("PERSON", start, end, 0.8)
            elif suffix in HONORIFICS:
                yield Span("PERSON", start, end, 0.7)
            elif len(token.form) >= 3:  # long unknown proper nouns: transliterated names
                yield Span("PERSON", start, end, 0.5)
        yield from _known_places(text)
        for match in _TITLED.finditer(text):
            yield Span("PERSON", match.start("name"), match.end("name"), 0.75)
        common_nouns = {(t.start, t.start + t.len) for t in analysed if t.tag == "NNG"}
        for match in _NAME_BEFORE_PARTICLE.finditer(text):
            if match.span("name") not in common_nouns:
                yield Span("PERSON", match.start("name"), match.end("name"), 0.6)


@functools.cache
def _known_place_pattern() -> re.Pattern[str]:
    names = sorted(gazetteer.KOREAN_PLACE_NAMES, key=len, reverse=True)
    return re.compile("(?<![가-힣])(?:" + "|".join(map(re.escape, names)) + ")")


def _known_places(text: str) -> Iterator[Span]:
    for match in _known_place_pattern().finditer(text):
        yield Span("PLACE", match.start(), match.end(), 0.75)


def _is_place(form: str, suffix: str, places: gazetteer.Gazetteer) -> bool:
    if places.lookup(form) is not None or places.lookup(form + suffix) is not None:
        return True
    return suffix in _PLACE_PARTICLES or suffix in _PLACE_SUFFIXES
