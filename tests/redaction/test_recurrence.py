"""What is found once is redacted wherever it recurs in the same text."""

from __future__ import annotations

import pytest

from intake.redaction import PseudonymMap
from intake.redaction.recognizers.base import Span
from intake.redaction.recurrence import recurrences


def recurring(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = []
    for entity, form in found:
        start = text.index(form)
        spans.append(Span(entity, start, start + len(form), 0.8))
    return [text[s.start : s.end] for s in recurrences(text, spans)]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Anatoly was the boss. anatoly drank.", [("PERSON", "Anatoly")], ["anatoly"]),
        ("Mr Sun came. The sun was hot. Sun left.", [("PERSON", "Sun")], ["Sun"]),
        ("in a lower-case note song came. Song left", [("PERSON", "song")], ["Song"]),
        (
            "Nikolai Petrovich Sorokin shouted; nikolai and Sorokin's wife",
            [("PERSON", "Nikolai Petrovich Sorokin")],
            ["nikolai", "Sorokin"],
        ),
        (
            "Ri Kwang-myŏng came. Kwang-myŏng was a carpenter",
            [("PERSON", "Ri Kwang-myŏng")],
            ["Kwang-myŏng"],
        ),
        ("문혁철 동지가 왔어요. 혁철 동지는 웃었어요", [("PERSON", "문혁철")], ["혁철"]),
        (
            "a town called Petrovsk-Zabaikalsky. Petrovsk is far; Spassk-Dalny, Spassk",
            [("PLACE", "Petrovsk-Zabaikalsky"), ("PLACE", "Spassk-Dalny")],
            ["Petrovsk", "Spassk"],
        ),
        ("Komsomolsk-on-Amur. New-York. on the Amur", [("PLACE", "Komsomolsk-on-Amur")], []),
        ("남궁철이 왔고 철이는", [("PERSON", "남궁철")], []),
        (
            "we lived on ul. Mira 5. ul. mira 5 was cold",
            [("ADDRESS", "ul. Mira 5")],
            ["ul. mira 5"],
        ),
        # syllables of a name recur with any joint or none
        (
            "Ri Chol-jin came. later choljin and chol jin left, so did ri cholJin",
            [("PERSON", "Ri Chol-jin")],
            ["ri cholJin", "choljin", "chol jin"],
        ),
        ("Kang Song-hui sang a song, hui said; songhuis", [("PERSON", "Kang Song-hui")], []),
        # near-misses: surnames and English words alone, words inside other words
        # the surname of a full name, alone before a verb
        ("Sun Hongwei paid. Sun took 30 percent", [("PERSON", "Sun Hongwei")], ["Sun"]),
        ("Pak Song Il sang a song. Pak left.", [("PERSON", "Pak Song Il")], []),
        ("Kim Chol-su met Kim Il Sung", [("PERSON", "Kim Chol-su")], []),
        ("Dima and Dimas", [("PERSON", "Dima")], []),
    ],
)
def test_recurrences(text: str, found: list[tuple[str, str]], expected: list[str]) -> None:
    assert recurring(text, found) == expected


def test_the_engine_redacts_recurrences_in_any_case(redactor) -> None:  # type: ignore[no-untyped-def]
    text = "The foreman Sergei Ivanov was strict. sergei drank, but ivanov never did."
    result = redactor.redact(text, pseudonyms=PseudonymMap())
    assert "ergei" not in result.text.lower() and "ivanov" not in result.text.lower()
