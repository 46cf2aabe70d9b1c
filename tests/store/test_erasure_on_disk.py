"""Erased content must be gone from the database file itself, not only from the WAL view.

In WAL mode a change lives in ``intake.db-wal`` until a checkpoint copies it
into ``intake.db``; until then ``intake.db`` still holds the old pages. Whoever
holds the passphrase and a copy of ``intake.db`` alone (the app was still open,
or the power went off after the export) must not find exported answers or
discarded originals in it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from intake.store import Store
from intake.store.layout import DATABASE_FILE, KEYSLOT_FILE

from .conftest import PASSPHRASE, FakeQuestionnaireRef, raw_database

SECRET = "Kim Chol from Hoeryong"


def _database_file_alone(home: Path, copy: Path) -> Path:
    """A home holding only the key slot and ``intake.db``, as it is on disk right now."""
    copy.mkdir()
    shutil.copy2(home / KEYSLOT_FILE, copy / KEYSLOT_FILE)
    shutil.copy2(home / DATABASE_FILE, copy / DATABASE_FILE)
    return copy


def _texts(home: Path) -> list[str]:
    with raw_database(home, PASSPHRASE) as db:
        answers = [str(row[0]) for row in db.execute("SELECT value FROM answers")]
        originals = [str(row[0]) for row in db.execute("SELECT original FROM redactions")]
        pseudonyms = [str(row[0]) for row in db.execute("SELECT pseudonyms FROM interviews")]
    return answers + originals + pseudonyms


def _draft_with_secret(home: Path, keep_original: bool) -> tuple[Store, str]:
    """A draft holding the secret, written into ``intake.db`` (closing checkpoints), reopened."""
    with Store.open(home, PASSPHRASE) as store:
        interview = store.new_interview(FakeQuestionnaireRef(), "AB12")
        store.save_consent(interview, {"keep_original": keep_original})
        store.save_answer(interview, "story", SECRET)
        store.save_redaction(interview, "story", None, SECRET, "[PERSON-1]", [], {})
        store.save_pseudonyms(interview, '{"Kim Chol": "[PERSON-1]"}')
    assert any(SECRET in text for text in _texts(home))
    return Store.open(home, PASSPHRASE), interview


def test_exported_answers_are_not_left_in_the_database_file(created: Path, tmp_path: Path) -> None:
    store, interview = _draft_with_secret(created, keep_original=True)
    with store:  # stays open after the export, as in the app
        store.finalize(interview)
        store.mark_exported([interview])
        texts = _texts(_database_file_alone(created, tmp_path / "seized"))
    assert not any("Kim Chol" in text for text in texts)


def test_discarded_originals_are_not_left_in_the_database_file(
    created: Path, tmp_path: Path
) -> None:
    store, interview = _draft_with_secret(created, keep_original=False)
    with store:
        store.finalize(interview)
        texts = _texts(_database_file_alone(created, tmp_path / "seized"))
    assert not any("Kim Chol" in text for text in texts)
