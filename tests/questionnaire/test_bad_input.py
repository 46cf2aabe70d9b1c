"""Every bad input of issue 2 gives exit code 2 and a located, one-line message per problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Write = Callable[..., Path]


def _check(intake_cli: Callable[..., object], path: Path) -> tuple[int, list[str]]:
    run = intake_cli("questionnaire", "check", str(path))
    lines = run.err.splitlines()  # type: ignore[attr-defined]
    assert all(line.startswith("intake: error: ") for line in lines), lines
    assert "Traceback" not in run.err  # type: ignore[attr-defined]
    return run.code, [line.removeprefix("intake: error: ") for line in lines]  # type: ignore[attr-defined]


def test_valid_file_is_ok(intake_cli, write, minimal) -> None:
    path = write(minimal)
    run = intake_cli("questionnaire", "check", str(path))
    assert run.code == 0, run.err
    assert run.out.startswith(f"{path}: ok (6 questions, hash ")
    assert run.err == ""


def test_malformed_yaml_names_the_line(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("title: {en: Basics}", "title: {en: Basics"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert len(lines) == 1
    assert lines[0].startswith(f"{path}:13: malformed YAML: ")


def test_unknown_type(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("type: long_text", "type: essay"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [
        f"{path}:47: question 'story': type: unknown type 'essay' (one of: note, text, "
        "long_text, integer, decimal, date, select_one, select_multiple, yes_no)"
    ]


def test_duplicate_question_ids(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("- id: story", "- id: age"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [f"{path}:46: question 'age': id: duplicate id 'age' (first used on line 14)"]


def test_expression_syntax_error_has_position(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("count(${postings}) > 1", "count(${postings}) > "))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [
        f"{path}:45: question 'many': relevant: unexpected end of expression at position 21"
    ]


def test_reference_to_unknown_question(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("${age} >= 18", "${agee} >= 18"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [
        f"{path}:39: question 'city': relevant: unknown question 'agee' at position 22"
    ]


def test_relevant_referring_to_a_later_question(intake_cli, write, minimal) -> None:
    text = minimal.replace(
        "        label: {en: Worked abroad}\n",
        "        label: {en: Worked abroad}\n        relevant: \"${story} != ''\"\n",
    )
    code, lines = _check(intake_cli, write(text))
    assert code == 2
    assert len(lines) == 1
    assert lines[0].endswith(
        ":24: question 'abroad': relevant: refers to 'story', which is not asked before it "
        "(skip logic may only use earlier answers) at position 0"
    )


def test_relevant_referring_to_itself(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("count(${postings}) > 1", "${many} > 1"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [
        f"{path}:45: question 'many': relevant: refers to itself ('many') at position 0"
    ]


def test_choice_list_missing(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("choice_list: countries", "choice_list: nations"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [f"{path}:35: question 'country': choice_list: no choice list named 'nations'"]


def test_choices_absent_altogether(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("            choice_list: countries\n", ""))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [
        f"{path}:31: question 'country': choices missing: "
        "a select_one needs 'choices' or 'choice_list'"
    ]


def test_label_missing_for_default_language(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("label: {en: How many}", "label: {ko: 몇 번}"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [f"{path}:44: question 'many': label: missing the default language 'en'"]


def test_min_greater_than_max(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("min: 1\n", "min: 5\n"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [f"{path}:28: repeat 'postings': min: 5 is greater than max (3)"]


def test_numeric_min_greater_than_max(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("min: 10", "min: 100"))
    code, lines = _check(intake_cli, path)
    assert code == 2
    assert lines == [f"{path}:19: question 'age': min: 100 is greater than max (99)"]


def test_non_utf8_file(intake_cli, write, minimal) -> None:
    raw = minimal.replace("Worked abroad", "Worked \xe9broad").encode("latin-1", "replace")
    path = write(raw)
    code, lines = _check(intake_cli, path)
    assert code == 2
    offset = raw.index(b"\xe9")
    assert lines == [
        f"{path}:23: not valid UTF-8 (byte 0xe9 at offset {offset}); save the file as UTF-8"
    ]


def test_every_problem_is_reported_on_its_own_line(intake_cli, write, minimal) -> None:
    text = (
        minimal.replace("type: long_text", "type: long_text\n        precision: day")
        .replace("${age} >= 18", "${nope} >= 18")
        .replace("label: {en: How many}", "label: {ko: 몇 번}")
    )
    code, lines = _check(intake_cli, write(text))
    assert code == 2
    assert len(lines) == 3
    assert [line.split(": ", 2)[1] for line in lines] == [
        "question 'city'",
        "question 'many'",
        "question 'story'",
    ]


def test_several_files_exit_2_if_any_is_bad(intake_cli, write, minimal) -> None:
    good = write(minimal, "good.yaml")
    bad = write(minimal.replace("type: yes_no", "type: boolean"), "bad.yaml")
    run = intake_cli("questionnaire", "check", str(good), str(bad))
    assert run.code == 2
    assert run.out.startswith(f"{good}: ok")
    assert f"{bad}:22: question 'abroad': type: unknown type 'boolean'" in run.err


def test_missing_file(intake_cli, tmp_path) -> None:
    run = intake_cli("questionnaire", "check", str(tmp_path / "absent.yaml"))
    assert run.code == 2
    assert (
        run.err
        == f"intake: error: {tmp_path / 'absent.yaml'}: cannot read: no such file or directory\n"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("format: 1", "format: 2"),
            "format: unknown format 2; this version of intake reads format 1",
        ),
        (('version: "1"', "version: 1"), "version: expected string, found int"),
        (
            ("        hint: {en: In years}\n", "        hnit: {en: In years}\n"),
            "unknown field 'hnit'",
        ),
        (
            (
                "label: {en: Story}",
                "label: {en: Story}\n        choices: [{value: a, label: {en: A}}]",
            ),
            "choices: 'choices' only applies to choice questions",
        ),
        (("- id: story", "- id: Story"), "id: 'Story' does not match ^[a-z][a-z0-9_]{0,63}$"),
        (("constraint: \". != 'Atlantis'\"", 'constraint: "${many} = 1"'), None),
        (
            ("relevant: \"${abroad} = 'yes'\"", "relevant: \"${abroad} = 'oui'\""),
            "relevant: 'oui' is not a choice of 'abroad' at position 0",
        ),
        (
            ('relevant: "count(${postings}) > 1"', "relevant: \"${country} = 'RU'\""),
            "relevant: 'country' is inside repeat 'postings'; only its own questions can use it",
        ),
        (
            ('relevant: "count(${postings}) > 1"', 'relevant: ". > 1"'),
            "relevant: '.' (the answer itself) is only allowed in a constraint at position 0",
        ),
        (
            ('relevant: "count(${postings}) > 1"', 'relevant: "${postings} > 1"'),
            "relevant: 'postings' is a repeat group; use count(${postings}) at position 0",
        ),
        (("label: {en: Story}", "label: {en: Story, ko: 이야기}"), None),
        (
            ("title: {en: Tiny, ko: 작은 설문}", "title: {en: Tiny, fr: Petit}"),
            "title.fr: language 'fr' is not in languages",
        ),
        (("id: abroad\n", "id: abroad\n        id: again\n"), "22: duplicate key 'id'"),
        (
            ("        type: yes_no\n", "        type: yes_no\n        type: text\n"),
            "duplicate key 'type'",
        ),
    ],
)
def test_more_bad_inputs(intake_cli, write, minimal, change, message) -> None:
    old, new = change
    assert old in minimal
    code, lines = _check(intake_cli, write(minimal.replace(old, new)))
    if message is None:  # a change that is still valid
        assert code == 0, lines
        return
    assert code == 2
    assert any(message in line for line in lines), lines


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{}\n", "x.yaml:1: missing 'format', 'id', 'version', 'title', 'languages', 'sections'"),
        ("!!python/object:os.system {}\n", "x.yaml:1: YAML tag tag:yaml.org,2002:python/object"),
        ("a: !!binary aGVsbG8=\n", "x.yaml:1: YAML tag tag:yaml.org,2002:binary is not supported"),
        ("a: &a [*a]\n", "x.yaml:1: the document is too large or too deeply nested"),
        ("a: .inf\n", "x.yaml:1: infinite or not-a-number values are not allowed"),
        ("? [a]\n: 1\n", "x.yaml:1: every key must be a string"),
        ("a: {<<: {b: 1}}\n", "x.yaml:1: merge keys (<<) are not supported"),
        ("", "x.yaml:1: the file is empty"),
        ("- 1\n", "x.yaml:1: expected object, found list"),
        ("a: 1\n---\nb: 2\n", "x.yaml:2: malformed YAML: but found another document"),
    ],
)
def test_hostile_or_odd_yaml(text: str, message: str) -> None:
    from intake.questionnaire import InvalidQuestionnaire, load_questionnaire_text

    with pytest.raises(InvalidQuestionnaire) as caught:
        load_questionnaire_text(text, "x.yaml")
    lines = [str(problem) for problem in caught.value.problems]
    assert len(lines) == 1, lines
    assert lines[0].startswith(message)


def test_billion_laughs_is_refused_quickly() -> None:
    from intake.questionnaire import InvalidQuestionnaire, load_questionnaire_text

    text = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    with pytest.raises(InvalidQuestionnaire, match="too large"):
        load_questionnaire_text(text, "x.yaml")
