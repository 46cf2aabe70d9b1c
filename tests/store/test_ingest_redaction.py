"""``intake ingest`` runs narrative answers through the real redaction engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.store import Store

from .conftest import MINI, PASSPHRASE, interview_json, snapshot

Cli = Callable[..., object]


@pytest.mark.slow
@pytest.mark.parametrize("keep_original", [False, True])
def test_narrative_is_redacted_and_original_kept_per_consent(
    intake_cli: Cli, created: Path, passphrase_file: Path, tmp_path: Path, keep_original: bool
) -> None:
    story = "My supervisor Kim Chol-su took my passport. Later Kim Chol-su beat me."
    source = tmp_path / "story.json"
    source.write_text(
        interview_json(
            consent={"research": True, "keep_original": keep_original},
            answers={"age": 30, "worked_abroad": False, "story": story},
            deny=["Chol-su"],
        ),
        encoding="utf-8",
    )
    args = ["--home", str(created), "--passphrase-file", str(passphrase_file)]
    run = intake_cli("ingest", str(source), "--questionnaire", str(MINI), *args)
    assert run.code == 0, run.err  # type: ignore[attr-defined]
    interview_id = run.out.strip()  # type: ignore[attr-defined]
    with Store.open(created, PASSPHRASE) as store:
        redacted = store.answers(interview_id)["story"]
        assert "Kim" not in redacted and "Chol-su" not in redacted
        assert redacted.count("[PERSON-1]") == 2  # one pseudonym for both mentions
        [record] = store.redactions(interview_id)
        assert record.redacted == redacted and record.findings
        assert record.original == (story if keep_original else None)
        assert (store.pseudonyms(interview_id) is not None) is keep_original
    assert not any(b"Chol-su" in data for data in snapshot(created).values())
