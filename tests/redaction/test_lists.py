"""Names listed with names are names; other list items are not; a name's rendering in
another script is the same name."""

from __future__ import annotations

import pytest

from intake.redaction.lists import listed_names
from intake.redaction.recognizers.base import Span


def _listed(text: str, name: str) -> list[str]:
    start = text.index(name)
    found = [Span("PERSON", start, start + len(name), 0.9)]
    return sorted(text[s.start : s.end] for s in listed_names(text, found))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a list is covered from any name in it, in both directions
        (
            "4 other girls: Myong-suk, Chun-hwa, Little Bean, Sol-mi. They",
            "Chun-hwa",
            ["Little Bean", "Myong-suk", "Sol-mi"],
        ),
        ("the cooks were Rabbit and Ok-ju", "Ok-ju", ["Rabbit"]),
        ("처녀들 이름은 은별이, 향미, 설화. 중국 주인은", "은별", ["설화", "향미"]),
        # countries, nationalities, lower case, days and institutions are no names
        ("with Kim Chol, Russia and Qatar", "Kim Chol", []),
        ("Chol-su, Korean-Chinese, the Party and the boss; Pak, Monday", "Chol-su", []),
        ("Pak, Monday, the Hospital", "Pak", []),
        # a greeting is no name; the given-name syllable "Ok" is
        ("we met. Thanks, Anna", "Anna", []),
        ("4 girls: Ok-hui, Chun-hwa. They", "Chun-hwa", ["Ok-hui"]),
        ("은별이, 평양, 공장", "은별", []),
        # a name given again in another script in brackets; not a gloss in the same script
        ("the nurse Svetlana Yugai (Светлана Югай) came", "Svetlana Yugai", ["Светлана Югай"]),
        ("김철 (Kim Chol) came", "김철", ["Kim Chol"]),
        ("Pak (the boss) came; Pak (1972) left", "Pak", []),
        # a capitalised noun in brackets after a person is a nickname; a role, a place or a
        # state is not
        ("3. Jang Kwang-il (Goat) – Sinuiju", "Jang Kwang-il", ["Goat"]),
        ("Kim Chol (Driver); Kim Chol (Hamhung); Kim Chol (Deceased)", "Kim Chol", []),
        ("the owner 王建国 (the boss) paid", "王建国", []),
        ("王建国 (Wang Jianguo) paid", "王建国", ["Wang Jianguo"]),
        ("큐아이디(QID) 2884", "큐아이디", []),
    ],
)
def test_listed_names(text: str, name: str, expected: list[str]) -> None:
    assert _listed(text, name) == expected


def test_a_place_given_in_another_script_stays_a_place() -> None:
    text = "asylum (временное убежище) in Dandong (丹东)"
    start = text.index("Dandong")
    found = [Span("PLACE", start, start + len("Dandong"), 0.7)]
    assert [(s.type, text[s.start : s.end]) for s in listed_names(text, found)] == [
        ("PLACE", "丹东")
    ]
