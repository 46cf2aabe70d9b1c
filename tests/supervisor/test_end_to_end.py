"""Issue 7 acceptance: three field devices, one supervisor, dataset and report, no identifier.

Field devices ingest interviews whose identifying answers and narratives hold
names and a phone number; the real redaction engine redacts the narratives.
The supervisor imports every bundle twice, exports the dataset (CSV and JSONL)
and the report, and every output file is scanned for each identifier. The
report is rendered in headless Chromium when it is installed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import FieldDevice, Supervisor, interview
from .helpers import distinct_colours, read_csv

Run = Callable[..., object]
pytestmark = pytest.mark.slow

# (real name, a family member named in the narrative, a place of birth, a phone number)
PEOPLE = [
    ("Pak Yong-chol", "Kim Chol-jun", "+7 914 555 0192"),
    ("Ri Sun-hui", "Choe Myong-ho", "+86 131 5550 2837"),
    ("Han Song-il", "Jang Kwang-su", "+7 423 555 0177"),
    ("O Kum-sil", "Ryu Hyon-u", "+976 9911 0573"),
    ("Kang Chol-min", "Yun Mi-ok", "+7 914 555 0361"),
]
DEVICES = {"field-a": 4, "field-b": 3, "field-c": 5}


def _document(number: int) -> dict[str, object]:
    real_name, other, phone = PEOPLE[number % len(PEOPLE)]
    postings = [{"posting_country": "RU", "posting_sector": "construction"}]
    if number % 3 == 0:
        postings.append({"posting_country": "CN", "posting_sector": "seafood"})
    document = interview(
        real_name=real_name,
        sex="male" if number % 2 else "female",
        birth_year=1980 + number % 4,
        passport_holder="manager" if number % 2 else "self",
        state_share_percent=50 + number,
        violence=["beaten"],
        violence_account=(
            f"The manager {other} beat me in front of everyone. "
            f"Call me at {phone} if you need more."
        ),
        exit_account=f"My name is {real_name}. {other} helped me leave the dormitory at night.",
        postings=postings,
    )
    document["deny"] = [real_name, other]
    return document


def test_three_devices_to_one_supervisor(
    supervisor: Supervisor,
    make_field: Callable[..., FieldDevice],
    redact_with_engine: Callable[[object], None],
    tmp_path: Path,
    intake_cli: Run,
) -> None:
    bundles = tmp_path / "courier"
    number = 0
    expected_postings = 0
    for name, count in DEVICES.items():
        device = make_field(name, redact_with_engine)
        for _ in range(count):
            document = _document(number)
            expected_postings += len(document["answers"]["postings"])  # type: ignore[index]
            device.ingest(document)
            number += 1
        device.export(bundles)
    total = sum(DEVICES.values())

    first = intake_cli("import", str(bundles), "--trust-new-device", *supervisor.args())
    assert first.code == 0, first.err
    assert first.out.count("imported") == 3
    assert first.err.count("warning: trusted new device") == 3
    second = intake_cli("import", str(bundles), *supervisor.args())
    assert second.code == 0, second.err
    assert second.out.count("already imported, nothing changed") == 3

    dataset = tmp_path / "dataset"
    assert intake_cli("dataset", "export", "--out", str(dataset), *supervisor.args()).code == 0
    nested = tmp_path / "nested"
    result = intake_cli(
        "dataset", "export", "--out", str(nested), "--format", "jsonl", "--suppress",
        *supervisor.args(),
    )  # fmt: skip
    assert result.code == 0, result.err
    report = tmp_path / "report.html"
    assert intake_cli("report", "--out", str(report), *supervisor.args()).code == 0

    header, rows = read_csv(dataset / "interviews.csv")
    assert len(rows) == total
    assert "real_name" not in header
    assert {"violence_account", "exit_account", "reasons__no_choice"} <= set(header)
    assert all(row["questionnaire_id"] == "overseas-labour" for row in rows)
    assert all(row["questionnaire_version"] == "2026.1" for row in rows)
    assert all("[" in row["violence_account"] for row in rows)  # redacted, placeholders kept
    _, postings = read_csv(dataset / "postings.csv")
    assert len(postings) == expected_postings
    assert len((nested / "interviews.jsonl").read_text().splitlines()) == total

    outputs = [p for folder in (dataset, nested) for p in folder.iterdir()] + [report]
    identifiers = [value for person in PEOPLE for value in person]
    identifiers += [part for person in PEOPLE for part in person[0].split() + person[1].split()]
    # Whole words only, ignoring case: "Kang" must not match the province "Kangwon".
    patterns = [re.compile(rf"(?<!\w){re.escape(i)}(?!\w)", re.IGNORECASE) for i in identifiers]
    leaks = {
        path.name: found
        for path in outputs
        if (found := [p.pattern for p in patterns if p.search(path.read_text("utf-8"))])
    }
    assert leaks == {}
    json.loads((nested / "interviews.jsonl").read_text().splitlines()[0])


@pytest.fixture(scope="session")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium) to render the report")
    return found


def test_report_renders_in_headless_chromium(
    chromium: str,
    supervisor: Supervisor,
    make_field: Callable[..., FieldDevice],
    tmp_path: Path,
    intake_cli: Run,
) -> None:
    device = make_field("field-a")
    for number in range(6):
        document = _document(number)
        document["answers"].pop("violence_account")  # type: ignore[attr-defined]
        document["answers"].pop("exit_account")  # type: ignore[attr-defined]
        device.ingest(document)
    bundle = device.export(tmp_path / "out")
    assert intake_cli("import", str(bundle), "--trust-new-device", *supervisor.args()).code == 0
    report = tmp_path / "report.html"
    assert intake_cli("report", "--out", str(report), *supervisor.args()).code == 0
    screenshot = tmp_path / "report.png"
    profile = tmp_path / "chromium-profile"
    run = subprocess.run(
        [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            f"--user-data-dir={profile}", "--window-size=1000,1600",
            f"--screenshot={screenshot}", report.as_uri(),
        ],
        capture_output=True, timeout=120, text=True,
    )  # fmt: skip
    assert screenshot.is_file(), run.stderr[-2000:]
    assert distinct_colours(screenshot.read_bytes()) > 20  # text and coloured bars, not blank
