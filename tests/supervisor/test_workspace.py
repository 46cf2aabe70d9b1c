"""Supervisor store creation, skip logic in words, field audit checks, report map checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake.crypto.age import HybridIdentity
from intake.errors import SupervisorError
from intake.questionnaire import Questionnaire
from intake.questionnaire.expression import parse
from intake.store import KdfParams, Store
from intake.store.audit import next_entry
from intake.supervisor import field_audit, identities, load_report_map, recipient
from intake.supervisor.words import in_words

from .conftest import Supervisor

Run = Callable[..., object]


def test_init_supervisor_creates_the_identity_inside_the_store(
    tmp_path: Path, intake_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("intake.store.store.calibrate_kdf", lambda: KdfParams.FLOOR)
    home = tmp_path / "sup"
    secret = tmp_path / "pass"
    secret.write_text("supervisor passphrase\n")
    result = intake_cli(
        "init", "--supervisor", "--home", str(home), "--passphrase-file", str(secret)
    )
    assert result.code == 0, result.err
    printed = result.out.split("supervisor recipient (add it on field devices): ")[1].strip()
    with Store.open(home, "supervisor passphrase") as store:
        assert store.role == "supervisor"
        assert recipient(store) == printed
        [identity] = identities(store)
        assert isinstance(identity, HybridIdentity)
        assert str(identity.recipient()) == printed
    secret_text = identity.encode().encode()
    assert not any(secret_text in p.read_bytes() for p in home.iterdir())  # only encrypted
    listing = intake_cli("devices", "list", "--home", str(home), "--passphrase-file", str(secret))
    assert printed in listing.out


def test_field_store_has_no_supervisor_commands(tmp_path: Path, intake_cli: Run) -> None:
    home = tmp_path / "field"
    Store.create(home, "field passphrase", kdf=KdfParams.FLOOR).lock()
    secret = tmp_path / "pass"
    secret.write_text("field passphrase\n")
    result = intake_cli("devices", "list", "--home", str(home), "--passphrase-file", str(secret))
    assert result.code == 1
    assert "is a field store, not a supervisor store" in result.err
    assert "intake init --supervisor" in result.err


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("${as_promised} = 'partly'", 'as_promised is "partly" (Partly different)'),
        ("${birth_year} = ''", "birth_year is unanswered"),
        ("${birth_year} != ''", "birth_year is answered"),
        ("${injured_or_ill} = 'yes'", 'injured_or_ill is "yes"'),
        (
            "count-selected(${violence}) > 0 and not(selected(${violence}, 'none'))",
            "the number of choices in violence is more than 0 and "
            'not (violence includes "none" (None of these))',
        ),
        ("(${hours_per_day} + 2) * 3 >= 40", "(hours_per_day plus 2) times 3 is at least 40"),
        ("count(${postings}) > 1", "the number of postings is more than 1"),
    ],
)
def test_skip_logic_in_words(questionnaire: Questionnaire, expression: str, words: str) -> None:
    assert in_words(questionnaire, parse(expression)) == words


def test_rewritten_field_log_is_refused(supervisor: Supervisor) -> None:
    first = next_entry(None, "2026-01-01T00:00:00Z", "store.init", None)
    second = next_entry(first, "2026-01-01T00:00:01Z", "interview.create", "abc")
    forged = next_entry(first, "2026-01-01T00:00:09Z", "interview.create", "xyz")
    records = [vars(entry) for entry in (first, second)]
    with supervisor.store.transaction() as db:
        assert field_audit.merge(db, "KEY", field_audit.parse_entries(records), "b1") == 2
    with pytest.raises(SupervisorError, match="contradicts"), supervisor.store.transaction() as db:
        field_audit.merge(db, "KEY", [first, forged], "b2")
    edited = dict(vars(second), action="interview.finalize")
    with pytest.raises(SupervisorError, match="does not match its hash"):
        field_audit.parse_entries([vars(first), edited])
    third = next_entry(forged, "2026-01-01T00:00:10Z", "interview.export", None)
    with (
        pytest.raises(SupervisorError, match="does not follow"),
        supervisor.store.transaction() as db,
    ):
        field_audit.merge(db, "KEY", [third], "b3")  # hangs off the forged entry, not ours


def test_report_map_is_checked_against_the_questionnaire(
    questionnaire: Questionnaire, tmp_path: Path
) -> None:
    shipped = load_report_map(questionnaire)
    assert len(shipped.indicators) == 11
    assert shipped.country.id == "posting_country"
    bad = tmp_path / "map.yaml"
    bad.write_text(
        "overseas-labour:\n  country: posting_country\n  sector: posting_sector\n"
        "  indicators:\n    - {label: X, present: \"${no_such} = 'yes'\", known: 'true()'}\n"
    )
    with pytest.raises(SupervisorError, match="'no_such' is not a top-level question"):
        load_report_map(questionnaire, bad)
    bad.write_text("other-questionnaire: {}\n")
    with pytest.raises(SupervisorError, match="no report map for questionnaire"):
        load_report_map(questionnaire, bad)
    bad.write_text("overseas-labour:\n  country: sex_typo\n  sector: posting_sector\n")
    with pytest.raises(SupervisorError, match="'country' names no question"):
        load_report_map(questionnaire, bad)
