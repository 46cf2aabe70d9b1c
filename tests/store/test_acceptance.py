"""Issue 3 acceptance: no plaintext on disk, crash safety, wrong passphrase, audit tampering."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from intake.store import KdfParams, Store

from .conftest import MINI, PASSPHRASE, interview_json, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _encodings(text: str) -> list[bytes]:
    return [text.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def _hits(folders: list[Path], secrets: list[str]) -> list[str]:
    needles = [needle for secret in secrets for needle in _encodings(secret)]
    return [
        f"{path}" for path, data in snapshot(*folders).items() if any(n in data for n in needles)
    ]


def _intake(
    *argv: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake.cli.main", *argv],
        input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip


def test_marker_never_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    """A real ``intake`` process with its own temp dir: scan home and temp, wipe, scan again."""
    marker = f"MARKER-{uuid.uuid4().hex}"
    home, temp = tmp_path / "home", tmp_path / "tmp"
    temp.mkdir()
    secrets_file = tmp_path / "outside" / "passphrase"
    secrets_file.parent.mkdir()
    secrets_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR).lock()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    document = interview_json(
        interviewer=f"{marker}-code",
        deny=[f"{marker} deny"],
        answers={
            "nickname": f"{marker} 김철 nickname",
            "age": 34,
            "worked_abroad": True,
            "postings": [{"posting_country": "RU", "posting_note": f"{marker} note"}],
        },
        finalize=False,  # a draft: drafts are never plaintext either
    )
    args = [
        "--home",
        str(home),
        "--passphrase-file",
        str(secrets_file),
        "--questionnaire",
        str(MINI),
    ]
    run = _intake("ingest", "-", *args, env=env, stdin=document)
    assert run.returncode == 0, run.stderr
    interview_id = run.stdout.strip()
    with Store.open(home, PASSPHRASE) as store:  # the marker really was stored
        assert store.answers(interview_id)["nickname"].startswith(marker)
        store.save_answer(interview_id, "nickname", f"{marker} while open")
        # While the store is open, the WAL holds the newest pages: scan it too.
        assert _hits([home, temp], [marker, PASSPHRASE]) == []
    assert _hits([home, temp], [marker, PASSPHRASE, "김철"]) == []
    wipe = _intake("wipe", "--yes", "--home", str(home), env=env)
    assert wipe.returncode == 0, wipe.stderr
    assert not home.exists()
    assert _hits([tmp_path], [marker, PASSPHRASE]) == [str(secrets_file)]


def test_sigkill_during_a_stream_of_ingests_loses_nothing_reported(
    created: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    sources = []
    for number in range(80):
        path = tmp_path / f"interview-{number}.json"
        answers = {"nickname": f"person {number}", "age": 20 + number % 50, "worked_abroad": False}
        path.write_text(interview_json(answers=answers), encoding="utf-8")
        sources.append(path)
    process = subprocess.Popen(
        [sys.executable, "-m", "intake.cli.main", "ingest", *map(str, sources),
         "--questionnaire", str(MINI), "--home", str(created),
         "--passphrase-file", str(passphrase_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert process.stdout is not None
    reported = []
    for line in process.stdout:
        reported.append(line.strip())
        if len(reported) == 15:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    reported += [line.strip() for line in process.stdout.read().splitlines() if line.strip()]
    assert process.returncode == -signal.SIGKILL, "the process finished before it was killed"
    assert len(reported) >= 15
    with Store.open(created, PASSPHRASE) as store:
        assert store.integrity_check() == []
        stored = {summary.id: summary for summary in store.interviews()}
        for number, interview_id in enumerate(reported):
            assert stored[interview_id].state == "finalized"
            assert store.answers(interview_id)["nickname"] == f"person {number}"
    verify = _intake(
        "audit", "verify", "--home", str(created), "--passphrase-file", str(passphrase_file)
    )
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.startswith("audit: ok")


def test_wrong_passphrase_leaves_every_store_file_byte_identical(
    created: Path, tmp_path: Path
) -> None:
    with Store.open(created, PASSPHRASE) as store:
        interview = store.new_interview(MiniRef(), "AB12")
        store.save_answer(interview, "nickname", "someone")
    before = snapshot(created)
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    run = _intake("status", "--home", str(created), "--passphrase-file", str(wrong))
    assert run.returncode == 1
    assert run.stderr == "intake: error: wrong passphrase\n"
    after = snapshot(created)
    lockout = created / "lockout.json"
    # The failure counter is the one file a failed unlock writes (docs/storage.md, "Lock policy").
    assert json.loads(after.pop(lockout)) == {"failures": 1, "wipe_after_failures": None}
    assert after == before


class MiniRef:
    id = "store-mini"
    version = "1"
    hash = "ee" * 32


@pytest.mark.parametrize("seq", [1, 2, 4])
def test_tampering_one_audit_entry_is_named(created: Path, passphrase_file: Path, seq: int) -> None:
    from .conftest import raw_database

    with Store.open(created, PASSPHRASE) as store:
        for _ in range(4):
            store.audit("interview.export")
    with raw_database(created) as db:
        db.execute("UPDATE audit SET time = '2020-01-01T00:00:00Z' WHERE seq = ?", (seq,))
    run = _intake(
        "audit", "verify", "--home", str(created), "--passphrase-file", str(passphrase_file)
    )
    assert run.returncode == 1
    assert run.stderr == f"intake: error: audit entry {seq} was altered\n"
