"""Folding of names and terms so that spelling variants compare equal."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# Romanisation marks that plain ASCII folding does not remove.
_MARKS = str.maketrans({"'": "", "’": "", "‘": "", "ʼ": "", "ʻ": "", "`": ""})


def ascii_fold(text: str) -> str:
    """Strip accents and breves (ŏ → o, ŭ → u, é → e); leaves non-Latin scripts alone."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", folded)


def strip_latin_marks(text: str) -> str:
    """``text`` with the accents, tones and breves of Latin letters removed, one character for
    one, so that offsets still point into ``text``: "zhōu měilíng" → "zhou meiling",
    "Ch'ŏngam" → "Ch'ongam". Other scripts (Hangul, Cyrillic) are left as they are."""
    return "".join(_plain_latin(ch) if ch > "\x7f" else ch for ch in text)


def _plain_latin(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    plain = base.isascii() and base.isalpha() and all(unicodedata.combining(m) for m in marks)
    return base if plain and marks else ch


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: ``"Ch'ŏl-su"`` → ``"cholsu"``."""
    text = _POSSESSIVE.sub("", text.strip())
    return _NOT_WORD.sub("", ascii_fold(text.translate(_MARKS)).casefold())


def words(text: str) -> list[str]:
    """The folded words of ``text``, split on anything that is not a letter or digit."""
    return [w for w in _NOT_WORD.split(ascii_fold(text.translate(_MARKS)).casefold()) if w]


_SYLLABLES, _VOWELS, _FINALS = 0xAC00, 21, 28


def jamo(ch: str) -> tuple[int, int, int]:
    """The initial, vowel and final of the Hangul syllable ``ch``, as indices in Unicode's
    order (initial ㄱ 0 ... ㅎ 18; vowel ㅏ 0 ... ㅣ 20; final none 0, ㄱ 1 ... ㅎ 27)."""
    initial, rest = divmod(ord(ch) - _SYLLABLES, _VOWELS * _FINALS)
    vowel, final = divmod(rest, _FINALS)
    return initial, vowel, final


def syllable(initial: int, vowel: int, final: int) -> str:
    """The Hangul syllable of these indices (see :func:`jamo`)."""
    return chr(_SYLLABLES + (initial * _VOWELS + vowel) * _FINALS + final)


def is_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


# initial consonants of a Hangul syllable: ㄲ, ㄸ, ㅃ, ㅆ, ㅉ → ㅋ, ㅌ, ㅍ, ㅅ, ㅊ
_SOFTER_INITIAL = {1: 15, 4: 16, 8: 17, 10: 9, 13: 14}


def soften_hangul(text: str) -> str:
    """North Korean spellings of foreign names with tense consonants written the South
    Korean way, one syllable for one: "블라디보스또크" → "블라디보스토크", "싸할린" → "사할린"."""
    return "".join(_softer(ch) if is_syllable(ch) else ch for ch in text)


def _softer(ch: str) -> str:
    initial, vowel, final = jamo(ch)
    softer = _SOFTER_INITIAL.get(initial)
    return ch if softer is None else syllable(softer, vowel, final)


# The initial-sound rule South Korean spelling applies and North Korean does not: ㄹ before
# ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ and ㄴ before them become silent (려권 → 여권, 녀성 → 여성), ㄹ before
# other vowels becomes ㄴ (로동 → 노동).
_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
_RIEUL, _NIEUN, _SILENT = 5, 2, 11


def southern_spelling(word: str) -> str:
    """``word`` with its first syllable spelled the South Korean way: "려권" → "여권"."""
    if not word or not is_syllable(word[0]):
        return word
    initial, vowel, final = jamo(word[0])
    if initial == _RIEUL:
        initial = _SILENT if vowel in _Y_VOWELS else _NIEUN
    elif initial == _NIEUN and vowel in _Y_VOWELS:
        initial = _SILENT
    return syllable(initial, vowel, final) + word[1:]


_CYRILLIC_LATIN = str.maketrans(
    dict(
        zip(
            "абвгдеёжзийклмнопрстуфхцчшщыэюя",
            "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya".split(),  # noqa: SIM905
            strict=True,
        )
    )
    | {"ъ": None, "ь": None}
)


def latin_from_cyrillic(word: str) -> str:
    """``word`` in lower case with Russian letters written in Latin ones, as passports and
    name lists romanise them: "Сергей" → "sergey", "Цой" → "tsoy", "Наталья" → "natalya"."""
    return word.casefold().translate(_CYRILLIC_LATIN)


def has_hangul(text: str) -> bool:
    """Whether ``text`` contains a Hangul syllable."""
    return any(map(is_syllable, text))
