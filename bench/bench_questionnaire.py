"""Loading the shipped questionnaire, and recomputing skip logic after each answer.

Baseline: ``yaml.safe_load`` of the same file (what a loader without line
numbers, schema or meaning checks would cost) in the same process. The UI
recomputes ``visible_questions`` after every answer, so its cost per call is
reported as a ratio to that baseline too (well under 1 is the target).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from intake.questionnaire import check_answers, load_questionnaire, visible_questions

SHIPPED = Path(__file__).resolve().parents[1] / "schemas" / "overseas-labour.yaml"


def _per_call(action: Callable[[], object], calls: int) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(calls):
            action()
        best = min(best, (time.perf_counter() - started) / calls)
    return best


def _answers() -> dict[str, Any]:
    posting = {"posting_country": "RU", "posting_sector": "construction", "posting_year": "2015"}
    return {
        "sex": "male",
        "birth_year": 1980,
        "selection_year": "2012",
        "postings": [posting] * 3,
        "as_promised": "different",
        "deception_account": "text",
        "quota": True,
        "quota_penalty": "text",
        "violence": ["beaten"],
        "violence_account": "text",
        "injured_or_ill": True,
        "owed_debt": True,
        "how_ended": "escaped",
    }


def run() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    baseline = _per_call(lambda: yaml.safe_load(text), 10)
    load = _per_call(lambda: load_questionnaire(SHIPPED), 10)
    questionnaire = load_questionnaire(SHIPPED)
    answers = _answers()
    visible = _per_call(lambda: visible_questions(questionnaire, answers), 200)
    check = _per_call(lambda: check_answers(questionnaire, answers), 200)
    print(f"   {'yaml.safe_load (baseline)':<32} {baseline * 1e3:8.2f} ms")
    for label, seconds in (
        ("load_questionnaire", load),
        ("visible_questions", visible),
        ("check_answers", check),
    ):
        print(f"   {label:<32} {seconds * 1e3:8.2f} ms   {seconds / baseline:6.2f}x baseline")
