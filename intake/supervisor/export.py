"""``intake dataset export``: de-identified tables and their codebook (docs/supervisor.md).

Files: ``interviews.csv`` (one row per interview), one ``<group>.csv`` per
repeat group keyed by ``interview_id``, ``codebook.csv`` and ``codebook.md``;
with ``fmt="jsonl"``, ``interviews.jsonl`` nests each interview's repeat
group rows instead of the CSV tables. UTF-8 without byte-order mark, ``\\n``
line ends, a header row, ISO dates, empty cells for missing values: pandas'
``read_csv`` and R's ``read.csv`` read them without options.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.errors import SupervisorError
from intake.supervisor.codebook import codebook_entries, codebook_markdown
from intake.supervisor.columns import INTERVIEWS, KEY, Cell, Row, table_columns, table_rows
from intake.supervisor.dataset import Dataset
from intake.supervisor.disclosure import CellCheck, protect

FORMATS = ("csv", "jsonl")


@dataclass(frozen=True)
class ExportSummary:
    """What was written, and the disclosure check of every table."""

    files: list[Path]
    interviews: int
    checks: list[CellCheck]


def prepare_dir(out: Path, force: bool) -> None:
    """Create ``out`` (mode 0700); refuse a non-empty one unless ``force``."""
    if out.exists() and not out.is_dir():
        raise SupervisorError(f"{out} is not a directory")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise SupervisorError(f"{out} is not empty", hint="choose an empty DIR, or use --force")
    try:
        out.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise SupervisorError(f"cannot create {out}: {type(exc).__name__}") from None


def write_private(path: Path, text: str, *, overwrite: bool) -> Path:
    """Write UTF-8 text to a new file of mode 0600 (or over an existing one if ``overwrite``)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
    try:
        if overwrite:  # a new 0600 file, never the old file's mode nor a symlink's target
            path.unlink(missing_ok=True)
        with os.fdopen(os.open(path, flags, 0o600), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    except FileExistsError:
        raise SupervisorError(f"{path} already exists", hint="use --force to replace it") from None
    except OSError as exc:
        raise SupervisorError(f"cannot write {path}: {type(exc).__name__}") from None
    return path


def csv_text(header: list[str], rows: Sequence[Mapping[str, object]]) -> str:
    """CSV with a header row, ``\\n`` line ends, quoting only where needed."""
    buffer = io.StringIO()
    table = csv.DictWriter(buffer, header, lineterminator="\n", extrasaction="raise")
    table.writeheader()
    table.writerows(rows)
    return buffer.getvalue()


def _jsonl(rows: dict[str, list[Row]]) -> str:
    groups = [table for table in rows if table != INTERVIEWS]
    nested: dict[Cell, dict[str, Any]] = {
        row[KEY]: {**row, **{group: [] for group in groups}} for row in rows[INTERVIEWS]
    }
    for group in groups:
        for row in rows[group]:
            nested[row[KEY]][group].append({k: v for k, v in row.items() if k != KEY})
    return "".join(
        json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        for record in nested.values()
    )


def export_dataset(
    dataset: Dataset, out: Path, *, fmt: str = "csv", k: int, suppress: bool, force: bool = False
) -> ExportSummary:
    """Write the dataset and its codebook into ``out`` after the disclosure check."""
    if fmt not in FORMATS:
        raise SupervisorError(f"unknown format '{fmt}' (use csv or jsonl)")
    if k < 2:
        raise SupervisorError("k must be at least 2")
    prepare_dir(out, force)

    def write(name: str, text: str) -> Path:
        return write_private(out / name, text, overwrite=force)

    questionnaire = dataset.questionnaire
    tables = table_columns(questionnaire)
    rows = table_rows(questionnaire, dataset.interviews)
    checks = protect(tables, rows, k, suppress)
    files = []
    if fmt == "csv":
        for table, columns in tables.items():
            text = csv_text([c.name for c in columns], rows[table])
            files.append(write(f"{table}.csv", text))
    else:
        files.append(write("interviews.jsonl", _jsonl(rows)))
    entries = codebook_entries(questionnaire, tables)
    files.append(write("codebook.csv", csv_text(list(entries[0]), entries)))
    files.append(write("codebook.md", codebook_markdown(questionnaire, entries, k)))
    return ExportSummary(files, len(dataset.interviews), checks)
