"""Folding that keeps offsets (one character in, one character out), and romanisation."""

from __future__ import annotations

import pytest

from intake.redaction.normalize import latin_from_cyrillic, soften_hangul, strip_latin_marks


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("zhōu měilíng", "zhou meiling"),
        ("Ch'ŏngam-dong, Thiès", "Ch'ongam-dong, Thies"),
        # other scripts and letters without a plain base stay as they are
        ("김철 Серышева й łódź", "김철 Серышева й łodz"),
    ],
)
def test_strip_latin_marks(text: str, plain: str) -> None:
    assert strip_latin_marks(text) == plain
    assert len(strip_latin_marks(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "soft"),
    [
        ("블라디보스또크, 싸할린, 빅또르", "블라디보스토크, 사할린, 빅토르"),
        ("쁘리모리예 짜리 abc", "프리모리예 차리 abc"),
        ("평양에서 왔어요", "평양에서 왔어요"),
    ],
)
def test_soften_hangul(text: str, soft: str) -> None:
    assert soften_hangul(text) == soft


@pytest.mark.parametrize(
    ("word", "latin"),
    [("Сергей", "sergey"), ("Цой", "tsoy"), ("Наталья", "natalya"), ("Щукин", "shchukin")],
)
def test_latin_from_cyrillic(word: str, latin: str) -> None:
    assert latin_from_cyrillic(word) == latin
