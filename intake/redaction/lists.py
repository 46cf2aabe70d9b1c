"""Names listed with names: "Myong-suk, Chun-hwa, Little Bean, Sol-mi", "은별이, 향미, 설화".

People list co-workers and room-mates in a row. An item of such a list next
to a name already found (after a comma, or "and") is a name too when it looks
like one: in Latin script one to three capitalised words, none of them a stop
word, a title, a kind of place or institution, a month or a day, a country or
a nationality; in Hangul two syllables of given names, with or without the
familiar 이. Each new name is a neighbour in turn, so a list is covered from
any name in it. Near-misses: "Kim, Pak, Russia and Qatar" (countries), "Korean-Chinese",
"Chol-su, the Party and the boss" (lower case), "Pak, Monday" (a day).

A name or place given again in another script in brackets right after it is the same
name: "Svetlana Yugai (Светлана Югай)", "Dandong (丹东)", "김철 (Kim Chol)"; not "temporary
asylum (временное убежище)", which follows no name, nor English words that explain a name
("王建国 (the boss)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.english_words import is_english_word, is_noun_only
from intake.redaction.normalize import has_hangul
from intake.redaction.policy import NATIONALITIES
from intake.redaction.recognizers.base import Coverage, Span
from intake.redaction.recognizers.hangul import GIVEN_SYLLABLES
from intake.redaction.recognizers.names_data import SURNAMES
from intake.redaction.recognizers.nicknames import GREETING_WORDS
from intake.redaction.recognizers.proper_nouns import NOT_NICKNAMES
from intake.redaction.recognizers.titled_names import TITLE_WORDS

_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_END = r"(?=\s*(?:[,.;:)!?]|\band\b|$))"
_AFTER = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<item>{_ITEM}){_END}")
_BEFORE = re.compile(rf"(?<![\w'’-])(?P<item>{_ITEM})(?:,\s*|\s+and\s+)$")
_AFTER_KO = re.compile(r"이?,\s*(?P<item>[가-힣]{2})이?(?=[,.\s]|$)")
_BEFORE_KO = re.compile(r"(?<![가-힣])(?P<item>[가-힣]{2})이?,\s*$")
_REACH = 40
_SCORE = 0.5
# a bracketed rendering right after a name: up to five words
_GLOSS = re.compile(r"[ \t]*\((?P<item>[^\W\d_][^()\n\d]{0,40}?)\)")
_MAX_GLOSS_WORDS = 5
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
# words that are no list item's name: "the Party", "Hospital", "Thanks, Anna"
_NOT_NAMES = frozenset(STOP_WORDS) | NOT_NICKNAMES | GREETING_WORDS


def listed_names(text: str, found: Iterable[Span]) -> Iterator[Span]:
    """Spans of the list items next to found names that look like names themselves."""
    found = list(found)
    glossed = {(s.start, s.end) for s in found}
    covered = Coverage(text, found)
    for span in found:
        gloss = _gloss(text, span) if span.type in ("PERSON", "PLACE") else None
        if gloss is not None and gloss not in glossed:
            glossed.add(gloss)
            covered.add(*gloss)
            yield Span(span.type, *gloss, _SCORE)
    queue = [(s.start, s.end) for s in found if s.type == "PERSON"]
    while queue:
        start, end = queue.pop()
        for item_start, item_end in _neighbours(text, start, end):
            if covered.overlaps(item_start, item_end):
                continue
            covered.add(item_start, item_end)
            queue.append((item_start, item_end))
            yield Span("PERSON", item_start, item_end, _SCORE)


def _gloss(text: str, span: Span) -> tuple[int, int] | None:
    """The bracketed words after a name, when they are in another script than the name, or
    a nickname after a person's."""
    kind, start, end, _ = span
    match = _GLOSS.match(text, end)
    if match is None or len(match.group("item").split()) > _MAX_GLOSS_WORDS:
        return None
    if match.group("item").isupper():
        return None  # an abbreviation explained: "큐아이디(QID)"
    latin = _latin(text[start:end])
    if _latin(match.group("item")) == latin:
        # in the same script, a capitalised noun or two after a person is a nickname:
        # "Jang Kwang-il (Goat)"; not a role, a place, a people or a state: "(Driver)",
        # "(Hamhung)", "(Deceased)"
        nickname = kind == "PERSON" and _CAPITALISED.fullmatch(match.group("item"))
        return match.span("item") if nickname and _nickname(match.group("item")) else None
    words = match.group("item").split()
    if latin or not all(
        w.casefold() in STOP_WORDS or (is_english_word(w) and w.casefold() not in SURNAMES)
        for w in words
    ):
        return match.span("item")
    return None  # an explanation in English words: "王建国 (the boss)", "货款 (payment)"


def _nickname(item: str) -> bool:
    words = re.split(r"[\s-]+", item)
    return (
        _looks_like_a_name(item)
        and all(
            w.casefold() not in TITLE_WORDS and (is_noun_only(w) or not is_english_word(w))
            for w in words
        )
        and gazetteer.load().lookup(item) is None
    )


def _latin(text: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in text)


def _neighbours(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    window = max(0, start - _REACH)
    for after, before in ((_AFTER, _BEFORE), (_AFTER_KO, _BEFORE_KO)):
        if match := after.match(text, end):
            yield from _if_name(match)
        if match := before.search(text, window, start):
            yield from _if_name(match)


def _if_name(match: re.Match[str]) -> Iterator[tuple[int, int]]:
    item = match.group("item")
    if _looks_like_a_name(item):
        yield match.span("item")


def _looks_like_a_name(item: str) -> bool:
    if has_hangul(item):
        return all(syllable in GIVEN_SYLLABLES for syllable in item)
    places = gazetteer.load()
    words = re.split(r"[\s-]+", item)
    if all(w in NATIONALITIES or places.country(w) or gazetteer.is_demonym(w) for w in words):
        return False  # "Russia", "Korean-Chinese"
    return not any(w.casefold() in _NOT_NAMES for w in words)
