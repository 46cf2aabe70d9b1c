"""Which language an answer is in, when the caller does not say."""

from __future__ import annotations

SUPPORTED = ("en", "ko")


def detect(text: str) -> str:
    """``"ko"`` when at least a fifth of the letters are Hangul, else ``"en"``."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "en"
    hangul = sum("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in letters)
    return "ko" if hangul * 5 >= len(letters) else "en"
