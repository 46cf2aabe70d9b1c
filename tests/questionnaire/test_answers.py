"""Answer checking, coercion, relevance and navigation over the Answers contract."""

from __future__ import annotations

from typing import Any

import pytest

from intake.errors import QuestionnaireError
from intake.questionnaire import (
    Problem,
    Questionnaire,
    check_answers,
    check_value,
    coerce,
    is_relevant,
    load_questionnaire_text,
    visible_questions,
)

COMPLETE: dict[str, Any] = {
    "age": 30,
    "abroad": True,
    "postings": [{"country": "RU", "city": "Vladivostok"}, {"country": "CN"}],
    "many": 2,
    "story": "A long story.",
}


@pytest.fixture
def q(minimal: str) -> Questionnaire:
    return load_questionnaire_text(minimal)


def test_complete_answers_have_no_problem(q: Questionnaire) -> None:
    assert check_answers(q, COMPLETE) == []


def test_required_only_when_relevant(q: Questionnaire) -> None:
    assert check_answers(q, {"abroad": False}) == [Problem("age", None, "required")]
    problems = check_answers(q, {"age": 30, "abroad": True, "postings": [{}]})
    assert problems == [Problem("country", 0, "required")]


def test_types_ranges_and_constraints(q: Questionnaire) -> None:
    answers = {
        "age": "30",
        "abroad": True,
        "postings": [{"country": "XX"}, {"country": "RU", "city": "Atlantis"}],
    }
    assert check_answers(q, answers, lang="ko") == [
        Problem("age", None, "expected a whole number"),
        Problem("country", 0, "not one of the choices"),
        Problem("city", 1, "그런 도시는 없습니다"),  # the constraint message in Korean
    ]
    answers["age"] = 30
    assert check_answers(q, answers, lang="ko") == [
        Problem("country", 0, "not one of the choices"),
        Problem("city", 1, "그런 도시는 없습니다"),
    ]
    assert check_answers(q, {"age": 9}) == [Problem("age", None, "below the minimum (10)")]
    assert check_answers(q, {"age": 100}) == [Problem("age", None, "above the maximum (99)")]


def test_irrelevant_unknown_and_misplaced_answers(q: Questionnaire) -> None:
    answers = {"age": 30, "abroad": False, "postings": [{"country": "RU"}], "many": 1}
    answers.update({"nope": 1, "city": "x", "Bad Key!": 2})
    assert check_answers(q, answers) == [
        Problem("nope", None, "unknown question"),
        Problem("city", None, "belongs inside repeat 'postings'"),
        Problem("?", None, "unknown question"),
        Problem("postings", None, "answered but not relevant"),
        Problem("many", None, "answered but not relevant"),
    ]


def test_repeat_counts_and_shapes(q: Questionnaire) -> None:
    base = {"age": 30, "abroad": True}
    assert check_answers(q, base) == [Problem("postings", None, "needs at least 1 instance(s)")]
    four = [{"country": "CN"}] * 4
    assert check_answers(q, {**base, "postings": four, "many": 4}) == [
        Problem("postings", None, "allows at most 3 instance(s)")
    ]
    assert check_answers(q, {**base, "postings": {"country": "CN"}}) == [
        Problem("postings", None, "expected a list of instances")
    ]
    assert check_answers(q, {**base, "postings": ["CN"]}) == [
        Problem("postings", 0, "expected a mapping of question id to value")
    ]
    assert check_answers(q, {**base, "postings": [{"country": "CN", "zz": 1}]}) == [
        Problem("zz", 0, "unknown question in repeat 'postings'")
    ]


def test_problems_never_quote_answers(q: Questionnaire) -> None:
    secret = "Kim Chol-su, Hoeryong"
    answers = {"age": secret, "abroad": secret, "postings": [{"country": secret}], "story": 5}
    for problem in check_answers(q, answers):
        assert "Kim" not in str(problem)


def test_answers_must_be_a_mapping(q: Questionnaire) -> None:
    with pytest.raises(QuestionnaireError, match="answers must be a mapping"):
        check_answers(q, ["age"])  # type: ignore[arg-type]


def test_relevance_inside_repeats_uses_the_same_instance_first(q: Questionnaire) -> None:
    answers = {"age": 30, "abroad": True, "postings": [{"country": "CN"}, {"country": "RU"}]}
    assert not is_relevant(q, "city", answers, 0)
    assert is_relevant(q, "city", answers, 1)
    assert not is_relevant(q, "city", answers, 2)  # a new, empty instance
    assert is_relevant(q, "many", answers)
    assert not is_relevant(q, "many", {**answers, "postings": answers["postings"][:1]})
    assert not is_relevant(q, "postings", {"abroad": False})
    with pytest.raises(QuestionnaireError, match="give an instance"):
        is_relevant(q, "city", answers)


def test_answers_to_irrelevant_questions_count_as_unanswered(q: Questionnaire) -> None:
    # 'postings' is not relevant, so its instances do not count.
    answers = {"abroad": False, "postings": [{}, {}]}
    assert not is_relevant(q, "many", answers)


def test_visible_questions(q: Questionnaire) -> None:
    def shown(answers: dict[str, Any]) -> list[tuple[str, int | None]]:
        return [(v.question.id, v.instance) for v in visible_questions(q, answers)]

    assert shown({}) == [("age", None), ("abroad", None), ("story", None)]
    assert shown({"abroad": True}) == [  # min 1: one empty instance is shown
        ("age", None),
        ("abroad", None),
        ("country", 0),
        ("story", None),
    ]
    assert shown(COMPLETE) == [
        ("age", None),
        ("abroad", None),
        ("country", 0),
        ("city", 0),
        ("country", 1),
        ("many", None),
        ("story", None),
    ]


@pytest.mark.parametrize(
    ("question_id", "raw", "value"),
    [
        ("age", " 42 ", 42),
        ("age", 42.0, 42),
        ("age", "", None),
        ("age", None, None),
        ("abroad", "YES", True),
        ("abroad", "no", False),
        ("abroad", False, False),
        ("country", "CN", "CN"),
        ("story", "  two\nlines ", "  two\nlines "),
        ("city", "  Omsk ", "Omsk"),
    ],
)
def test_coerce(q: Questionnaire, question_id: str, raw: object, value: object) -> None:
    assert coerce(q.question(question_id), raw) == value


@pytest.mark.parametrize(
    ("question_id", "raw", "message"),
    [
        ("age", "forty", "question 'age': expected a whole number"),
        ("age", True, "question 'age': expected a whole number"),
        ("age", 4.5, "question 'age': expected a whole number"),
        ("abroad", "maybe", "question 'abroad': expected true or false"),
        ("country", "XX", "question 'country': not one of the choices"),
        ("story", 12, "question 'story': expected text"),
    ],
)
def test_coerce_errors_name_the_question_not_the_value(
    q: Questionnaire, question_id: str, raw: object, message: str
) -> None:
    with pytest.raises(QuestionnaireError) as caught:
        coerce(q.question(question_id), raw)
    assert caught.value.message == message


def test_coerce_other_types() -> None:
    text = """\
format: 1
id: types
version: "1"
title: {en: Types}
languages: [en]
sections:
  - id: s
    title: {en: S}
    questions:
      - {id: when, type: date, precision: month, label: {en: When}}
      - {id: day, type: date, precision: day, label: {en: Day}}
      - {id: pay, type: decimal, label: {en: Pay}}
      - id: what
        type: select_multiple
        label: {en: What}
        choices: [{value: a, label: {en: A}}, {value: b, label: {en: B}}]
      - {id: info, type: note, label: {en: Info}}
"""
    q = load_questionnaire_text(text)
    assert coerce(q.question("when"), "2019-05") == "2019-05"
    assert coerce(q.question("day"), "2020-02-29") == "2020-02-29"
    assert coerce(q.question("pay"), "12.5") == 12.5
    assert coerce(q.question("pay"), 3) == 3.0
    assert coerce(q.question("what"), "b a b") == ["a", "b"]
    assert coerce(q.question("what"), ["b"]) == ["b"]
    for question_id, raw in [
        ("when", "2019-13"),
        ("day", "2019-02-29"),
        ("when", "2019"),
        ("pay", "1e3"),
        ("what", ["c"]),
        ("info", "x"),
    ]:
        with pytest.raises(QuestionnaireError, match=f"question '{question_id}'"):
            coerce(q.question(question_id), raw)
    assert check_value(q, q.question("pay"), float("nan"), {}) == "expected a number"
    assert check_value(q, q.question("what"), ["a", "a"], {}) == "a choice is selected twice"
