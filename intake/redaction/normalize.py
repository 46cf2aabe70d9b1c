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


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: ``"Ch'ŏl-su"`` → ``"cholsu"``."""
    text = _POSSESSIVE.sub("", text.strip())
    return _NOT_WORD.sub("", ascii_fold(text.translate(_MARKS)).casefold())


def words(text: str) -> list[str]:
    """The folded words of ``text``, split on anything that is not a letter or digit."""
    return [w for w in _NOT_WORD.split(ascii_fold(text.translate(_MARKS)).casefold()) if w]


def has_hangul(text: str) -> bool:
    """Whether ``text`` contains a Hangul syllable."""
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)
