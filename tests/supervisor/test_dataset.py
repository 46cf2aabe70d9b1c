"""intake dataset export and intake report on imported interviews (no redaction engine needed)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from intake.crypto import minisign
from intake.supervisor import import_bundle, trust_device

from .conftest import FieldDevice, Supervisor, interview
from .helpers import read_csv

Run = Callable[..., object]

# Six men born in 1985 posted to Russia; two women, each alone in her cell.
PEOPLE = [
    interview(sex="male", birth_year=1985, home_province="north_hamgyong") for _ in range(6)
] + [
    interview(
        sex="female",
        birth_year=1990 + n,
        home_province="pyongyang",
        reasons=["earn_money", "no_choice"],
        passport_holder="manager",
        state_share_percent=70,
        postings=[
            {"posting_country": "CN", "posting_sector": "garment", "posting_year": "2015"},
            {"posting_country": "RU", "posting_sector": "construction"},
        ],
    )
    for n in range(2)
]


def _imported(supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp: Path) -> None:
    field = make_field("field-a")
    key = minisign.PublicKey.of(field.store.device_signing_key()).base64()
    trust_device(supervisor.store, key, "laptop-a")
    for person in PEOPLE:
        field.ingest(person)
    import_bundle(supervisor.store, field.export(tmp / "bundles").read_bytes())


def test_dataset_tables_codebook_and_disclosure(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    _imported(supervisor, make_field, tmp_path)
    out = tmp_path / "dataset"
    result = intake_cli("dataset", "export", "--out", str(out), *supervisor.args())
    assert result.code == 0, result.err
    assert "interviews: 2 of 3 combinations" in result.err and "--suppress" in result.err
    header, rows = read_csv(out / "interviews.csv")
    assert header[:4] == ["interview_id", "questionnaire_id", "questionnaire_version", "finalized"]
    assert "real_name" not in header and "intro" not in header
    assert {"reasons__earn_money", "reasons__no_choice", "postings_count", "sex"} <= set(header)
    assert len(rows) == len(PEOPLE)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["finalized"]) for row in rows)
    women = [row for row in rows if row["sex"] == "female"]
    assert [w["reasons__no_choice"] for w in women] == ["1", "1"]
    assert [w["reasons__family_debt"] for w in women] == ["0", "0"]
    assert all(row["reasons__earn_money"] == "" for row in rows if row["sex"] == "male")
    assert sorted({row["birth_year"] for row in rows}) == ["1985", "1990", "1991"]
    postings_header, postings = read_csv(out / "postings.csv")
    assert postings_header[:2] == ["interview_id", "instance"]
    assert len(postings) == 6 + 2 * 2
    assert {p["interview_id"] for p in postings} == {row["interview_id"] for row in rows}
    _, codebook = read_csv(out / "codebook.csv")
    entry = {e["variable"]: e for e in codebook}
    assert set(header) | set(postings_header) == set(entry)
    assert entry["reasons__no_choice"]["type"] == "0/1"
    assert entry["reasons__no_choice"]["label_ko"].startswith("왜 가게")
    assert entry["sex"]["quasi_identifier"] == "yes"
    assert "RU = Russia" in entry["posting_country"]["codes_en"]
    assert "RU = 러시아" in entry["posting_country"]["codes_ko"]
    assert entry["deception_account"]["asked_when"] == (
        'as_promised is "partly" (Partly different) or '
        'as_promised is "different" (Completely different)'
    )
    assert entry["creditors__relatives"]["asked_when"] == 'owed_debt is "yes"'
    markdown = (out / "codebook.md").read_text(encoding="utf-8")
    assert "## postings.csv" in markdown and "k = 5" in markdown

    suppressed = tmp_path / "suppressed"
    result = intake_cli(
        "dataset", "export", "--out", str(suppressed), "--suppress", *supervisor.args()
    )
    assert result.code == 0, result.err
    _, rows = read_csv(suppressed / "interviews.csv")
    men = [row for row in rows if row["sex"] == "male"]
    blanked = [row for row in rows if row["sex"] == ""]
    assert len(men) == 6 and all(m["birth_year"] == "1985" for m in men)
    assert len(blanked) == 2 and all(b["birth_year"] == b["home_province"] == "" for b in blanked)
    assert all(b["reasons__no_choice"] == "1" for b in blanked)  # only quasi-identifiers go
    _, postings = read_csv(suppressed / "postings.csv")
    assert not any(p["posting_country"] == "CN" for p in postings)


def test_jsonl_nests_repeat_groups(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    import json

    _imported(supervisor, make_field, tmp_path)
    out = tmp_path / "jsonl"
    result = intake_cli(
        "dataset", "export", "--out", str(out), "--format", "jsonl", *supervisor.args()
    )
    assert result.code == 0, result.err
    records = [json.loads(line) for line in (out / "interviews.jsonl").read_text().splitlines()]
    assert len(records) == len(PEOPLE)
    assert sorted(len(r["postings"]) for r in records) == [1] * 6 + [2, 2]
    assert all("real_name" not in r for r in records)
    assert (out / "codebook.csv").is_file()


def test_export_refuses_existing_output_and_field_stores(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    empty = intake_cli("dataset", "export", "--out", str(tmp_path / "x"), *supervisor.args())
    assert empty.code == 1 and "no interviews imported yet" in empty.err
    _imported(supervisor, make_field, tmp_path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    result = intake_cli("dataset", "export", "--out", str(busy), *supervisor.args())
    assert result.code == 1 and "is not empty" in result.err
    assert (busy / "keep.txt").read_text() == "mine"
    report = tmp_path / "r.html"
    report.write_text("old")
    again = intake_cli("report", "--out", str(report), *supervisor.args())
    assert again.code == 1 and "already exists" in again.err


def test_report_is_self_contained_and_suppresses_small_cells(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice], tmp_path: Path, intake_cli: Run
) -> None:
    _imported(supervisor, make_field, tmp_path)
    path = tmp_path / "report.html"
    result = intake_cli("report", "--out", str(path), *supervisor.args())
    assert result.code == 0, result.err
    html = path.read_text(encoding="utf-8")
    assert_self_contained(html)
    assert "k = 5" in html
    assert "Russia" in html and "8 (100%)" in html  # every worker was posted to Russia
    assert "China" in html and "fewer than 5" in html  # the two women in China: suppressed
    assert "Retention of identity documents" in html
    assert "<svg" in html


def assert_self_contained(html: str) -> None:
    """No external reference of any kind: no link, no script, no URL in src or href."""
    lowered = html.lower()
    assert "<link" not in lowered
    assert "<script" not in lowered
    assert "http://" not in lowered and "https://" not in lowered
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(//|[a-z]+:)""", lowered)
    assert "@import" not in lowered and "url(" not in lowered
