"""Cross-cutting findings of the security review: hostile input never yields a traceback
or a quoted value, and the app cannot be made to copy the screen or the keys elsewhere."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import ROOT, Run

SECRET = "Kim Chol of Hoeryong"


def _run_app_in_a_terminal(home: Path, env: dict[str, str], seconds: float) -> str:
    """Start ``intake`` on a pseudo-terminal, let it draw for ``seconds``, then end it."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "intake.cli.main", "--home", str(home)],
        stdin=follower, stdout=follower, stderr=follower, env=env, cwd=ROOT,
        start_new_session=True,
    )  # fmt: skip
    os.close(follower)
    screen = b""
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    screen += os.read(leader, 65536)
                except OSError:
                    break
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        os.close(leader)
    return screen.decode("utf-8", "replace")


def test_textual_environment_cannot_log_keys_or_save_screenshots(tmp_path: Path) -> None:
    log, shots = tmp_path / "textual.log", tmp_path / "shots"
    shots.mkdir()
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "TEXTUAL": "debug",
        "TEXTUAL_LOG": str(log),
        "TEXTUAL_SCREENSHOT": "1",
        "TEXTUAL_SCREENSHOT_LOCATION": str(shots),
    }
    screen = _run_app_in_a_terminal(tmp_path / "home", env, seconds=8)
    assert "Traceback" not in screen
    assert not log.exists()
    assert list(shots.iterdir()) == []


@pytest.mark.parametrize("command", ["verify", "open"])
def test_device_key_that_is_binary_or_too_long_is_one_line(
    intake_cli: Callable[..., Run], tmp_path: Path, command: str
) -> None:
    binary = tmp_path / "key.bin"
    binary.write_bytes(b"\xff\xfe" + os.urandom(64))
    for key in (str(binary), "k" * 5000):
        extra = ["--out", str(tmp_path / "out")] if command == "open" else []
        run = intake_cli(
            "bundle", command, str(binary), "--identity", str(binary), "--device-key", key, *extra
        )
        assert run.code == 2, run.err
        assert run.err.startswith("intake: error: cannot read the key file")
        assert "internal error" not in run.err


def test_import_of_an_impossible_path_is_one_line(
    intake_cli: Callable[..., Run], tmp_path: Path
) -> None:
    run = intake_cli("import", "b" * 5000, "--home", str(tmp_path / "none"))
    assert run.code == 2
    assert run.err.startswith("intake: error: cannot read") and "internal error" not in run.err


def _deep_json() -> bytes:
    return b"[" * 100_000 + b"]" * 100_000


def test_ingest_names_no_field_it_does_not_know_and_survives_deep_nesting(
    intake_cli: Callable[..., Run], tmp_path: Path
) -> None:
    document = tmp_path / "interview.json"
    document.write_text(
        f'{{"questionnaire": "overseas-labour", "interviewer": "AB12", "{SECRET}": 1}}',
        encoding="utf-8",
    )
    deep = tmp_path / "deep.json"
    deep.write_bytes(_deep_json())
    run = intake_cli("ingest", str(document), str(deep), "--home", str(tmp_path / "home"))
    assert run.code == 2
    assert SECRET not in run.err
    assert "unknown field '?'" in run.err
    assert "deep.json: nested too deeply" in run.err
    assert "internal error" not in run.err


def test_redact_survives_deep_nesting(
    intake_process: Callable[..., Run],
) -> None:
    run = intake_process("redact", input=_deep_json())
    assert run.code == 2
    assert run.err == "intake: error: line 1: not valid JSON\n"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"a: " + b"[" * 100_000, "too large or too deeply nested"),
        (b"\x00" * 1000, "control character U+0000"),
    ],
)
def test_questionnaire_check_of_hostile_yaml_is_one_line(
    intake_cli: Callable[..., Run], tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    run = intake_cli("questionnaire", "check", str(path))
    assert run.code == 2
    assert problem in run.err and "internal error" not in run.err


def _bundle_and_identity(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from intake.crypto.bundle import BundleContent, seal_bundle
    from intake.crypto.keys import identity_file, new_identity

    identity = new_identity()
    content = BundleContent([{"id": "i1", "answers": {"story": SECRET}}], [], {})
    _, data = seal_bundle(content, [str(identity.recipient())], Ed25519PrivateKey.generate())
    bundle, keys = tmp_path / "b.age", tmp_path / "id.txt"
    bundle.write_bytes(data)
    keys.write_bytes(identity_file(identity, "2026-01-01T00:00:00Z", None))
    return bundle, keys


def test_bundle_open_force_writes_new_private_files_and_follows_no_link(
    intake_cli: Callable[..., Run], tmp_path: Path
) -> None:
    bundle, keys = _bundle_and_identity(tmp_path)
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere.jsonl"
    out.mkdir()
    (out / "interviews.jsonl").write_text("old")
    (out / "interviews.jsonl").chmod(0o644)
    (out / "audit.jsonl").symlink_to(elsewhere)
    run = intake_cli("bundle", "open", str(bundle), "--identity", str(keys), "--out", str(out),
                     "--force")  # fmt: skip
    assert run.code == 0, run.err
    assert not elsewhere.exists()
    for name in ("interviews.jsonl", "audit.jsonl"):
        path = out / name
        assert not path.is_symlink()
        assert path.stat().st_mode & 0o777 == 0o600
    assert SECRET in (out / "interviews.jsonl").read_text(encoding="utf-8")


def test_bundle_open_into_an_impossible_directory_is_one_line(
    intake_cli: Callable[..., Run], tmp_path: Path
) -> None:
    bundle, keys = _bundle_and_identity(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "manifest.json").mkdir()
    for out, force in ((tmp_path / "b.age" / "x", []), (tmp_path / "out", ["--force"])):
        run = intake_cli(
            "bundle", "open", str(bundle), "--identity", str(keys), "--out", str(out), *force
        )
        assert run.code != 0
        assert run.err.startswith("intake: error: cannot ") and "internal" not in run.err


def test_dataset_files_replaced_with_force_are_new_private_files(tmp_path: Path) -> None:
    from intake.supervisor.export import write_private

    elsewhere, table, link = tmp_path / "elsewhere.csv", tmp_path / "t.csv", tmp_path / "l.csv"
    table.write_text("old")
    table.chmod(0o644)
    link.symlink_to(elsewhere)
    for path in (table, link):
        write_private(path, "new", overwrite=True)
        assert not path.is_symlink()
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.read_text() == "new"
    assert not elsewhere.exists()


def test_records_holding_plaintext_do_not_show_it_in_their_repr(tmp_path: Path) -> None:
    from intake.crypto.bundle import OpenedBundle
    from intake.questionnaire import load_questionnaire
    from intake.store.ingest import IngestRequest, Narrative
    from intake.store.store import RedactionRecord

    questionnaire = load_questionnaire(ROOT / "schemas" / "overseas-labour.yaml")
    narrative = Narrative("story", None, SECRET, "[PERSON-1]", [])
    held = [
        RedactionRecord("story", None, SECRET, "[PERSON-1]", [], {}),
        narrative,
        IngestRequest(
            questionnaire, "AB12", {}, {"name": SECRET}, [SECRET], False, [narrative], SECRET
        ),
        OpenedBundle("0" * 32, {}, {"interviews.jsonl": SECRET.encode()}, "KEY", False),
    ]
    for value in held:
        assert "Kim Chol" not in repr(value), type(value).__name__
