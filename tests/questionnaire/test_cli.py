"""``intake questionnaire check|show`` end to end, and their documentation."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(str(p) for p in (ROOT / "schemas").glob("*.yaml"))


def test_check_all_shipped_questionnaires(intake_cli) -> None:
    run = intake_cli("questionnaire", "check", *SHIPPED)
    assert run.code == 0, run.err
    assert run.err == ""
    assert len(run.out.splitlines()) == len(SHIPPED)
    assert all(": ok (" in line for line in run.out.splitlines())


def test_show_outline_in_korean(intake_cli) -> None:
    run = intake_cli(
        "questionnaire", "show", str(ROOT / "schemas" / "overseas-labour.yaml"), "--lang", "ko"
    )
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0] == "북한 해외 파견 노동 면접 조사"
    assert "  * research: 제 답변을 이름을 밝히지 않고 연구와 보고서에 사용해도 됩니다" in lines
    assert any(
        line.strip().startswith("- real_name  text  면접 대상자의 실명 [identifying]")
        for line in lines
    )
    assert any(
        line.strip().startswith("↻ postings  repeat 1..10  파견지 {n}: ${posting_country}")
        for line in lines
    )
    assert any(line.strip() == "if ${injured_or_ill} = 'yes'" for line in lines)
    assert any(line.strip().startswith("* how_ended  select_one") for line in lines)


def test_show_defaults_to_the_default_language(intake_cli, write, minimal) -> None:
    run = intake_cli("questionnaire", "show", str(write(minimal)))
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == "Tiny"
    assert "   * age  integer  Age [10..99]" in run.out.splitlines()
    assert "           choices (countries): RU Russia, CN China" in run.out.splitlines()


def test_show_rejects_an_unknown_language(intake_cli, write, minimal) -> None:
    run = intake_cli("questionnaire", "show", str(write(minimal)), "--lang", "fr")
    assert run.code == 2
    assert run.err.splitlines() == [
        "intake: error: language 'fr' is not in this questionnaire",
        "intake: hint: choose one of: en, ko",
    ]


def test_show_reports_problems_like_check(intake_cli, write, minimal) -> None:
    path = write(minimal.replace("type: yes_no", "type: boolean"))
    run = intake_cli("questionnaire", "show", str(path))
    assert run.code == 2
    assert run.out == ""
    assert run.err.startswith(f"intake: error: {path}:22: question 'abroad': type: unknown type")


def test_questionnaire_without_subcommand(intake_cli) -> None:
    run = intake_cli("questionnaire")
    assert run.code == 2
    assert run.err.startswith("intake: error: intake questionnaire: missing command")


def test_show_outline_function(capsys) -> None:
    from intake.cli.questionnaire import show_outline

    assert show_outline(ROOT / "schemas" / "overseas-labour.yaml", "ko") == 0
    assert capsys.readouterr().out.startswith("북한 해외 파견 노동 면접 조사\n")


def test_commands_have_help_and_docs(intake_cli) -> None:
    docs = (ROOT / "docs" / "questionnaire-format.md").read_text(encoding="utf-8")
    for words in (["check"], ["show"]):
        run = intake_cli("questionnaire", *words, "--help")
        assert run.code == 0
        assert "usage: intake questionnaire" in run.out
        assert f"### intake questionnaire {words[0]}\n" in docs


def test_a_real_process_prints_no_traceback(intake_process, tmp_path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"format: 1\nid: \xff\n")
    run = intake_process("questionnaire", "check", str(path))
    assert run.code == 2
    reason = "not valid UTF-8 (byte 0xff at offset 14); save the file as UTF-8"
    assert run.err == f"intake: error: {path}:2: {reason}\n"
