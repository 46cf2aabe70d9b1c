"""The store commands, run in-process on real stores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from intake.store import Store

from .conftest import MINI, PASSPHRASE, interview_json, raw_database

Cli = Callable[..., object]


def _lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "lines"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_init_calibrates_and_status_shows_no_content(intake_cli: Cli, tmp_path: Path) -> None:
    home = tmp_path / "home"
    run = intake_cli(
        "init", "--home", str(home), "--passphrase-file", str(_lines(tmp_path, PASSPHRASE))
    )
    assert run.code == 0, run.err
    assert "created field store" in run.out
    params = Store.key_parameters(home)
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3 and params.lanes >= 4
    status = intake_cli(
        "status", "--home", str(home), "--passphrase-file", str(_lines(tmp_path, PASSPHRASE))
    )
    assert status.code == 0, status.err
    assert "interviews: 0 (draft 0, finalized 0, exported 0)" in status.out
    assert f"m={params.memory_kib // 1024} MiB" in status.out
    assert PASSPHRASE not in status.out + status.err


def test_init_refuses_an_existing_store_and_short_passphrases(
    intake_cli: Cli, created: Path, tmp_path: Path
) -> None:
    again = intake_cli(
        "init", "--home", str(created), "--passphrase-file", str(_lines(tmp_path, PASSPHRASE))
    )
    assert again.code == 2 and "already exists" in again.err
    short = intake_cli(
        "init", "--home", str(tmp_path / "h2"), "--passphrase-file", str(_lines(tmp_path, "abc"))
    )
    assert short.code == 2 and "too short" in short.err
    assert not (tmp_path / "h2").exists()


def test_supervisor_init_with_wipe_after_failures(intake_cli: Cli, tmp_path: Path) -> None:
    home = tmp_path / "sup"
    args = ["--home", str(home), "--passphrase-file", str(_lines(tmp_path, PASSPHRASE))]
    run = intake_cli("init", "--supervisor", "--wipe-after-failures", "3", *args)
    assert run.code == 0, run.err
    status = intake_cli("status", *args)
    assert "role: supervisor" in status.out and "wipe after failed unlocks: 3" in status.out


def test_passphrase_change(intake_cli: Cli, created: Path, tmp_path: Path) -> None:
    lines = _lines(tmp_path, PASSPHRASE, "a brand new passphrase")
    run = intake_cli(
        "passphrase", "change", "--home", str(created), "--passphrase-file", str(lines)
    )
    assert run.code == 0, run.err
    old = intake_cli(
        "status", "--home", str(created), "--passphrase-file", str(_lines(tmp_path, PASSPHRASE))
    )
    assert old.code == 1 and old.err.strip() == "intake: error: wrong passphrase"
    new = _lines(tmp_path, "a brand new passphrase")
    assert (
        intake_cli("audit", "verify", "--home", str(created), "--passphrase-file", str(new)).code
        == 0
    )


def test_passphrase_change_needs_two_lines(intake_cli: Cli, created: Path, tmp_path: Path) -> None:
    lines = _lines(tmp_path, PASSPHRASE)
    run = intake_cli(
        "passphrase", "change", "--home", str(created), "--passphrase-file", str(lines)
    )
    assert run.code == 2 and "2 needed" in run.err


def test_wipe_needs_confirmation_without_a_terminal(intake_cli: Cli, created: Path) -> None:
    run = intake_cli("wipe", "--home", str(created))
    assert run.code == 2 and "--yes" in run.err
    assert Store.exists(created)
    assert intake_cli("wipe", "--yes", "--home", str(created)).code == 0
    assert not created.exists()
    gone = intake_cli("wipe", "--yes", "--home", str(created))
    assert gone.code == 1 and "no store to wipe" in gone.err


def test_audit_verify_names_a_tampered_entry(
    intake_cli: Cli, created: Path, passphrase_file: Path
) -> None:
    args = ["--home", str(created), "--passphrase-file", str(passphrase_file)]
    with Store.open(created, PASSPHRASE) as store:
        for _ in range(4):
            store.audit("interview.export")
    ok = intake_cli("audit", "verify", *args)
    assert ok.code == 0 and ok.out.strip() == "audit: ok (5 entries)"
    with raw_database(created) as db:
        db.execute("UPDATE audit SET action = 'interview.create' WHERE seq = 3")
    run = intake_cli("audit", "verify", *args)
    assert run.code == 1
    assert run.err.strip() == "intake: error: audit entry 3 was altered"


def test_audit_verify_names_a_removed_entry(
    intake_cli: Cli, created: Path, passphrase_file: Path
) -> None:
    with Store.open(created, PASSPHRASE) as store:
        for _ in range(3):
            store.audit("interview.export")
    with raw_database(created) as db:
        db.execute("DELETE FROM audit WHERE seq = 2")
    run = intake_cli(
        "audit", "verify", "--home", str(created), "--passphrase-file", str(passphrase_file)
    )
    assert run.code == 1 and "audit entry 2 is missing" in run.err


def test_ingest_records_and_finalizes(
    intake_cli: Cli, created: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "one.json"
    source.write_text(interview_json(deny=["Kim Chol"]), encoding="utf-8")
    args = ["--home", str(created), "--passphrase-file", str(passphrase_file)]
    run = intake_cli("ingest", str(source), "--questionnaire", str(MINI), *args)
    assert run.code == 0, run.err
    interview_id = run.out.strip()
    with Store.open(created, PASSPHRASE) as store:
        summary = store.interview(interview_id)
        assert summary.state == "finalized" and summary.questionnaire_id == "store-mini"
        assert store.answers(interview_id) == json.loads(interview_json())["answers"]
        assert store.consent(interview_id) == {"research": True, "keep_original": False}
        assert store.deny_list(interview_id) == ["Kim Chol"]
        assert "ingest" in [e.action for e in store.audit_entries()]


def test_ingest_reports_every_problem_and_stores_nothing(
    intake_cli: Cli, created: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        interview_json(
            consent={"research": False},
            answers={
                "age": 7,
                "worked_abroad": "yes",
                "sector": "fishing",
                "passport_taken_year": "1985",
                "postings": [{"posting_note": "x"}],
                "shoe_size": 44,
            },
        ),
        encoding="utf-8",
    )
    good = tmp_path / "good.json"
    good.write_text(interview_json(), encoding="utf-8")
    args = ["--home", str(created), "--passphrase-file", str(passphrase_file)]
    run = intake_cli("ingest", str(good), str(bad), "--questionnaire", str(MINI), *args)
    assert run.code == 2
    for expected in (
        "consent 'research': required",
        "question 'age': below the minimum (14)",
        "question 'posting_country' (instance 1): required",
        "question 'shoe_size': unknown question",
        "question 'sector': not one of the choices",
        "question 'passport_taken_year': must be 1990 or later",
    ):
        assert expected in run.err, expected
    assert all(line.startswith("intake: ") for line in run.err.splitlines())
    with Store.open(created, PASSPHRASE) as store:
        assert store.counts() == {"draft": 0, "finalized": 0, "exported": 0}


def test_ingest_invalid_json_and_types(
    intake_cli: Cli, created: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    args = [
        "--home",
        str(created),
        "--passphrase-file",
        str(passphrase_file),
        "--questionnaire",
        str(MINI),
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('{"questionnaire": "store-mini",\n "answers": {', encoding="utf-8")
    run = intake_cli("ingest", str(broken), *args)
    assert run.code == 2 and "not valid JSON (line 2, column" in run.err
    typed = tmp_path / "typed.json"
    typed.write_text(
        interview_json(answers={"age": "thirty", "worked_abroad": "no"}), encoding="utf-8"
    )
    run = intake_cli("ingest", str(typed), *args)
    assert run.code == 2 and "question 'age': expected a whole number" in run.err
    assert "thirty" not in run.err
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"interviewer": "\xe9"}')
    run = intake_cli("ingest", str(latin), *args)
    assert run.code == 2 and "not UTF-8" in run.err


def test_ingest_unknown_shipped_questionnaire(
    intake_cli: Cli, created: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "x.json"
    source.write_text(interview_json(questionnaire="no-such-thing"), encoding="utf-8")
    run = intake_cli(
        "ingest", str(source), "--home", str(created), "--passphrase-file", str(passphrase_file)
    )
    assert run.code == 2 and "no shipped questionnaire 'no-such-thing'" in run.err


def test_settings_change_idle_lock_and_wipe_threshold(
    intake_cli: Cli, created: Path, passphrase_file: Path
) -> None:
    common = ("--home", str(created), "--passphrase-file", str(passphrase_file))
    assert intake_cli("settings", "idle-lock", "12", *common).out == "idle lock: 12 minutes\n"
    assert intake_cli("settings", "wipe-after-failures", "7", *common).code == 0
    with Store.open(created, PASSPHRASE) as store:
        assert store.settings()["idle_lock_minutes"] == 12
        assert store.wipe_after_failures() == 7
    assert intake_cli("settings", "wipe-after-failures", "off", *common).code == 0
    with Store.open(created, PASSPHRASE) as store:
        assert store.wipe_after_failures() is None
    bad = intake_cli("settings", "idle-lock", "-1", *common)
    assert (bad.code, bad.err) == (2, "intake: error: idle lock must be 0 to 1440 minutes\n")
    bad = intake_cli("settings", "wipe-after-failures", "many", *common)
    assert bad.code == 2 and "or 'off'" in bad.err
