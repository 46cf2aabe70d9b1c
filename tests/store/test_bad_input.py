"""Bad input and damaged stores: one clear line, no traceback, nothing lost."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake.errors import StoreError, WrongPassphrase
from intake.store import KdfParams, Store
from intake.store.layout import DATABASE_FILE, KEYSLOT_FILE
from intake.store.lockout import read_lockout

from .conftest import MINI, PASSPHRASE, interview_json, raw_database, snapshot

ROOT = Path(__file__).resolve().parents[2]
Cli = Callable[..., object]


def _status(intake_cli: Cli, home: Path, passphrase_file: Path) -> object:
    return intake_cli("status", "--home", str(home), "--passphrase-file", str(passphrase_file))


def _one_line_error(run: object, fragment: str) -> None:
    lines = run.err.splitlines()  # type: ignore[attr-defined]
    assert lines and lines[0].startswith("intake: error: ") and fragment in lines[0], lines
    assert "Traceback" not in run.err  # type: ignore[attr-defined]


def test_no_store(intake_cli: Cli, tmp_path: Path, passphrase_file: Path) -> None:
    run = _status(intake_cli, tmp_path / "nothing", passphrase_file)
    assert run.code == 1  # type: ignore[attr-defined]
    _one_line_error(run, "no store in")


def test_missing_key_slot(intake_cli: Cli, created: Path, passphrase_file: Path) -> None:
    (created / KEYSLOT_FILE).unlink()
    before = snapshot(created)
    run = _status(intake_cli, created, passphrase_file)
    _one_line_error(run, "key slot of")
    assert snapshot(created) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:50],  # truncated
        lambda b: b"garbage!" + b[8:],  # wrong magic
        lambda b: b[:9] + b"\x07" + b[10:],  # unknown KDF
        lambda b: b[:10] + (1 << 31).to_bytes(4, "big") + b[14:],  # absurd memory cost
        lambda b: b[:10] + (1024).to_bytes(4, "big") + b[14:],  # below the floor
    ],
    ids=["truncated", "magic", "kdf", "huge-memory", "weak"],
)
def test_corrupt_key_slot(
    intake_cli: Cli, created: Path, passphrase_file: Path, damage: Callable[[bytes], bytes]
) -> None:
    slot = created / KEYSLOT_FILE
    slot.write_bytes(damage(slot.read_bytes()))
    before = snapshot(created)
    run = _status(intake_cli, created, passphrase_file)
    assert run.code == 1  # type: ignore[attr-defined]
    _one_line_error(run, "key slot is damaged")
    assert snapshot(created) == before


def test_altered_wrapped_key_reads_as_wrong_passphrase(created: Path) -> None:
    slot = created / KEYSLOT_FILE
    data = bytearray(slot.read_bytes())
    data[60] ^= 1
    slot.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        Store.open(created, PASSPHRASE, sleep=lambda _: None)


def test_newer_key_slot_format(intake_cli: Cli, created: Path, passphrase_file: Path) -> None:
    slot = created / KEYSLOT_FILE
    data = slot.read_bytes()
    slot.write_bytes(data[:8] + b"\x02" + data[9:])
    _one_line_error(_status(intake_cli, created, passphrase_file), "newer version of intake")


def test_newer_database_schema(intake_cli: Cli, created: Path, passphrase_file: Path) -> None:
    with raw_database(created) as db:
        db.execute("PRAGMA user_version = 99")
    before = snapshot(created)
    run = _status(intake_cli, created, passphrase_file)
    _one_line_error(run, "written by a newer version of intake")
    assert snapshot(created) == before


def test_truncated_database(intake_cli: Cli, created: Path, passphrase_file: Path) -> None:
    database = created / DATABASE_FILE
    database.write_bytes(database.read_bytes()[:10])
    _one_line_error(_status(intake_cli, created, passphrase_file), "damaged")


def test_database_with_a_damaged_page(
    intake_cli: Cli, created: Path, passphrase_file: Path
) -> None:
    with Store.open(created, PASSPHRASE) as store:
        for _ in range(200):
            store.audit("interview.export")
    database = created / DATABASE_FILE
    data = bytearray(database.read_bytes())
    assert len(data) > 3 * 4096
    for offset in range(4096 + 100, len(data), 4096):
        data[offset] ^= 0xFF  # every page but the first
    database.write_bytes(bytes(data))
    run = intake_cli(
        "audit", "verify", "--home", str(created), "--passphrase-file", str(passphrase_file)
    )
    assert run.code == 1  # type: ignore[attr-defined]
    _one_line_error(run, "damaged")


def test_plaintext_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    home = tmp_path / "home"
    Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR).lock()
    (home / DATABASE_FILE).unlink()
    sqlite3.connect(home / DATABASE_FILE).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="unencrypted sqlite database"):
        Store.open(home, PASSPHRASE)


def test_unwritable_home(tmp_path: Path, passphrase_file: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    run = subprocess.run(
        [sys.executable, "-m", "intake.cli.main", "init", "--home", str(blocker / "home"),
         "--passphrase-file", str(passphrase_file)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.splitlines()[-1].startswith("intake: error: cannot create")
    assert "Traceback" not in run.stderr


@pytest.fixture
def read_only(created: Path) -> Iterator[Path]:
    """The store's home made unwritable: chattr +i for root (who ignores modes), else chmod."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(created)], capture_output=True).returncode:
            pytest.skip("chattr +i is not available here")
        yield created
        subprocess.run(["chattr", "-i", str(created)], check=True)
    else:
        created.chmod(0o500)
        yield created
        created.chmod(0o700)


def test_read_only_home_keeps_everything(read_only: Path, passphrase_file: Path) -> None:
    before = snapshot(read_only)
    run = subprocess.run(
        [sys.executable, "-m", "intake.cli.main", "ingest", "-", "--questionnaire", str(MINI),
         "--home", str(read_only), "--passphrase-file", str(passphrase_file)],
        input=interview_json(), capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1, run.stdout
    assert run.stderr.startswith("intake: error: "), run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(read_only) == before


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs: a real full disk (needs root and mount)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if mounted.returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def test_really_full_disk(tiny_disk: Path, passphrase_file: Path, tmp_path: Path) -> None:
    home = tiny_disk / "home"
    Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR).lock()
    big = tmp_path / "big.json"
    answers = {"nickname": "x" * 2_000_000, "age": 30, "worked_abroad": False}
    big.write_text(interview_json(answers=answers), encoding="utf-8")
    small = tmp_path / "small.json"
    small.write_text(interview_json(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "intake.cli.main", "ingest", str(small), str(big),
         "--questionnaire", str(MINI), "--home", str(home), "--passphrase-file",
         str(passphrase_file)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith("intake: error: disk full: the change was not saved"), run.stderr
    [saved] = run.stdout.split()
    with Store.open(home, PASSPHRASE) as store:
        assert store.integrity_check() == []
        assert [s.id for s in store.interviews()] == [saved]
        assert store.verify_audit() == 5


def test_full_disk_saves_nothing_partial(
    created: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    """RLIMIT_FSIZE (EFBIG): an i/o error, and the second interview is not partly saved."""
    big = tmp_path / "big.json"
    answers = {"nickname": "x" * 400_000, "age": 30, "worked_abroad": False}
    big.write_text(interview_json(answers=answers), encoding="utf-8")
    small = tmp_path / "small.json"
    small.write_text(interview_json(), encoding="utf-8")
    limit = 256 * 1024
    code = (
        "import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
        "from intake.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, "ingest", str(small), str(big), "--questionnaire", str(MINI),
         "--home", str(created), "--passphrase-file", str(passphrase_file)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith("intake: error: cannot read or write the store (i/o error)")
    [saved] = run.stdout.split()
    with Store.open(created, PASSPHRASE) as store:
        assert store.integrity_check() == []
        assert [s.id for s in store.interviews()] == [saved]  # the first, whole; not the second
        assert store.verify_audit() == 3 + 2  # init; create, consent, ingest, finalize of one


def test_failures_are_counted_slowed_and_reset(created: Path) -> None:
    waits: list[float] = []
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Store.open(created, "wrong passphrase", sleep=waits.append)
    assert waits == [0.0, 1.0, 2.0]
    assert read_lockout(created).failures == 3
    with Store.open(created, PASSPHRASE, sleep=waits.append) as store:
        assert waits[-1] == 4.0
        assert store.audit_entries()[-1].action == "unlock.after_failures"
    assert read_lockout(created).failures == 0


def test_wipe_after_failures(created: Path) -> None:
    with Store.open(created, PASSPHRASE) as store:
        store.set_wipe_after_failures(2)
    with pytest.raises(WrongPassphrase):
        Store.open(created, "wrong passphrase", sleep=lambda _: None)
    assert Store.exists(created)
    with pytest.raises(StoreError, match="too many failed unlocks: the store was wiped"):
        Store.open(created, "wrong passphrase", sleep=lambda _: None)
    assert not created.exists()
