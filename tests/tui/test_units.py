"""The app's logic without a screen: pages and skip logic, marks, strength hints."""

from __future__ import annotations

from intake.questionnaire import Questionnaire
from intake.redaction.findings import Finding
from intake.tui.interview import answerable, pages, with_answer
from intake.tui.marks import Marks
from intake.tui.strength import strength_hint


def keys(questionnaire: Questionnaire, answers: dict[str, object]) -> list[object]:
    return [page.key for page in pages(questionnaire, answers)]


def test_skip_logic_shows_a_question_only_when_relevant(questionnaire: Questionnaire) -> None:
    paid = keys(questionnaire, {"paid": True})
    unpaid = keys(questionnaire, {"paid": False})
    assert ("question", "unpaid_months", None) not in paid
    assert ("question", "unpaid_months", None) in unpaid
    assert len(unpaid) == len(paid) + 1


def test_repeat_instances_get_pages_after_their_group(questionnaire: Questionnaire) -> None:
    answers = with_answer({}, pages(questionnaire, {"postings": [{}, {}]})[-3], "mine")
    shown = keys(questionnaire, {"postings": [{}, {}]})
    group = shown.index(("group", "postings", None))
    assert shown[group + 1 : group + 3] == [("question", "site", 0), ("question", "site", 1)]
    assert answers["postings"][0] == {"site": "mine"}


def test_answered_counts_relevant_questions_only(questionnaire: Questionnaire) -> None:
    assert answerable(questionnaire, {"country": "RU", "paid": True}) == (2, 4)
    assert answerable(questionnaire, {"country": "RU", "paid": False}) == (2, 5)


TEXT = "Kim met Kim and Lee in Seoul."


def finding(start: int, end: int, kind: str = "PERSON") -> Finding:
    return Finding(kind, start, end, 0.9, "test", "pseudonym", f"[{kind}]")


def test_marks_follow_the_text_not_the_index() -> None:
    marks = Marks()
    marks.reject(TEXT, finding(0, 3))
    marks.add("Seoul", "PLACE")
    findings = [finding(8, 11), finding(16, 19), finding(0, 3)]  # reordered, as after an edit
    assert marks.decisions(TEXT, findings) == {"reject": [0, 2], "add": [[23, 28, "PLACE"]]}


def test_marks_survive_a_round_trip_through_decisions() -> None:
    findings = [finding(0, 3), finding(16, 19)]
    decisions = {"reject": [1], "add": [[23, 28, "PLACE"]]}
    marks = Marks.from_record(TEXT, findings, decisions)
    assert marks.decisions(TEXT, findings) == decisions


def test_strength_hint_prefers_several_words() -> None:
    assert strength_hint("")[0] == "empty"
    assert strength_hint("hunter2")[0] == "weak"
    assert strength_hint("Tr0ub4dor&3x")[0] in ("weak", "fair")
    assert strength_hint("owl paper lantern river stone")[0] == "strong"
