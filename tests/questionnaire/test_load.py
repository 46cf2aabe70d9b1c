"""Loading: the model, the YAML subset, the content hash, and the shipped questionnaires."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from intake.errors import QuestionnaireError
from intake.questionnaire import (
    InvalidQuestionnaire,
    RepeatGroup,
    load_questionnaire,
    load_questionnaire_text,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "schemas").glob("*.yaml"))


def test_model(minimal: str) -> None:
    q = load_questionnaire_text(minimal, "tiny.yaml")
    assert (q.id, q.version, q.languages, q.default_language) == ("tiny", "1", ("en", "ko"), "en")
    assert q.title("ko") == "작은 설문"
    assert q.consent is not None
    assert [(s.id, s.required, s.label("ko")) for s in q.consent.scopes] == [
        ("research", True, "Research")
    ]
    assert q.redaction == {}
    assert [question.id for question in q.questions()] == [
        "age",
        "abroad",
        "country",
        "city",
        "many",
        "story",
    ]
    assert [(question.id, question.repeat) for question in q.questions()][2:4] == [
        ("country", "postings"),
        ("city", "postings"),
    ]
    group = q.repeat_group("postings")
    assert isinstance(group, RepeatGroup)
    assert (group.min, group.max) == (1, 3)
    assert q.repeat_groups == (group,)
    assert [c.value for c in q.question("country").choices] == ["RU", "CN"]


def test_texts_fall_back_to_the_default_language(minimal: str) -> None:
    q = load_questionnaire_text(minimal)
    age = q.question("age")
    assert age.label("ko") == "나이"
    assert age.label("en") == age.label() == "Age"
    assert age.hint("ko") == "In years"  # no Korean hint: the default language
    assert q.question("abroad").hint("ko") is None
    country = q.question("country")
    assert [c.label.get("ko") for c in country.choices] == ["러시아", "China"]


def test_redact_defaults(minimal: str) -> None:
    q = load_questionnaire_text(minimal)
    assert q.question("story").redact == "auto"
    assert q.question("city").redact == "off"


def test_unknown_question_lookup(minimal: str) -> None:
    q = load_questionnaire_text(minimal)
    with pytest.raises(QuestionnaireError, match="no question 'nope'"):
        q.question("nope")
    with pytest.raises(QuestionnaireError, match="no repeat group 'age'"):
        q.repeat_group("age")


def test_instance_label(minimal: str) -> None:
    group = load_questionnaire_text(minimal).repeat_group("postings")
    assert group.instance_label(0, {"country": "RU"}, "ko") == "Posting 1: 러시아"
    assert group.instance_label(1, {}) == "Posting 2"


def test_yaml_subset_keeps_yes_no_and_dates_as_strings(minimal: str) -> None:
    text = minimal.replace(
        "{value: CN, label: {en: China}}", "{value: no, label: {en: 2020-01-01}}"
    )
    q = load_questionnaire_text(text)
    choice = q.question("country").choices[1]
    assert (choice.value, choice.label.get()) == ("no", "2020-01-01")


def test_hash_is_sha256_of_the_canonical_form(minimal: str) -> None:
    q = load_questionnaire_text(minimal)
    document = yaml.safe_load(minimal)
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert q.hash == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_hash_ignores_form_but_not_meaning(minimal: str) -> None:
    base = load_questionnaire_text(minimal).hash
    reformatted = "# a comment\n" + minimal.replace('version: "1"', "version: '1'").replace(
        "title: {en: Basics}", "title:\n      en: Basics"
    )
    assert load_questionnaire_text(reformatted).hash == base
    assert load_questionnaire_text(minimal.replace("min: 10", "min: 11")).hash != base


def test_invalid_questionnaire_carries_every_problem(minimal: str) -> None:
    text = minimal.replace("${age} >= 18", "${x} >= 18").replace(
        "count(${postings})", "count(${y})"
    )
    with pytest.raises(InvalidQuestionnaire) as caught:
        load_questionnaire_text(text, "t.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "t.yaml:39: question 'city': relevant: unknown question 'x' at position 22",
        "t.yaml:45: question 'many': relevant: unknown question 'y' at position 6",
    ]
    assert caught.value.exit_code == 2
    assert "\n" not in caught.value.message


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_questionnaires_load(path: Path) -> None:
    load_questionnaire(path)


def test_overseas_labour_covers_the_brief() -> None:
    q = load_questionnaire(ROOT / "schemas" / "overseas-labour.yaml")
    questions = list(q.questions())
    answerable = [question for question in questions if question.type != "note"]
    assert len(answerable) >= 40
    assert q.languages == ("en", "ko")
    assert all("ko" in question.labels.values for question in questions)
    assert q.consent is not None
    assert {s.id for s in q.consent.scopes} == {"research", "sharing", "keep_original", "recontact"}
    assert any(question.identifying for question in questions)
    assert {"sex", "birth_year", "posting_country", "posting_sector", "posting_year"} <= {
        question.id for question in questions if question.quasi_identifier
    }
    postings = q.repeat_group("postings")
    assert {"posting_country", "posting_sector"} <= {question.id for question in postings.questions}
    assert sum(question.type == "long_text" for question in questions) >= 5
    assert sum(question.relevant is not None for question in questions) >= 8
    assert {c.value for c in q.choice_lists["countries"]} >= {
        "RU",
        "CN",
        "AE",
        "QA",
        "KW",
        "PL",
        "MN",
        "MY",
    }
