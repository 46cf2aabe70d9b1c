"""Disclosure control: k-anonymity over the quasi-identifiers a questionnaire marks.

docs/supervisor.md ("Disclosure control") states the rule. Rows are grouped
by their combination of quasi-identifier values (a blank is a value too); a
group ("cell") with fewer than ``k`` rows points at few people. Interview rows
use the top-level quasi-identifiers; each repeat-group row (a posting) uses
its own quasi-identifiers together with those of its interview, since the two
tables can be joined on ``interview_id``. Suppression blanks the
quasi-identifier values of the rows in small cells: the interview's values in
``interviews``, the instance's values in its group table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from intake.supervisor.columns import INTERVIEWS, KEY, Cell, Column, Row

DEFAULT_K = 5


@dataclass(frozen=True)
class CellCheck:
    """The result of the check on one table."""

    table: str
    quasi_identifiers: tuple[str, ...]
    rows: int
    cells: int
    small_cells: int
    rows_in_small_cells: int
    suppressed: bool


def _small(keys: Sequence[tuple[Cell, ...]], k: int) -> tuple[list[int], int, int]:
    """Indices of rows in cells smaller than k, the number of cells and of small cells."""
    counts = Counter(keys)
    small = [index for index, key in enumerate(keys) if counts[key] < k]
    return small, len(counts), sum(1 for n in counts.values() if n < k)


def protect(
    tables: dict[str, list[Column]], rows: dict[str, list[Row]], k: int, suppress: bool
) -> list[CellCheck]:
    """Check every table (suppressing small cells in place when asked); one result per table."""
    top = tuple(c.name for c in tables[INTERVIEWS] if c.quasi_identifier)
    checks = []
    interviews = rows[INTERVIEWS]
    small, cells, small_cells = _small([tuple(r[n] for n in top) for r in interviews], k)
    checks.append(
        CellCheck(INTERVIEWS, top, len(interviews), cells, small_cells, len(small), suppress)
    )
    if suppress:
        for index in small:
            interviews[index].update(dict.fromkeys(top, None))
    by_id = {r[KEY]: tuple(r[n] for n in top) for r in interviews}
    for table, columns in tables.items():
        if table == INTERVIEWS:
            continue
        own = tuple(c.name for c in columns if c.quasi_identifier)
        if not own:
            continue
        group_rows = rows[table]
        keys = [by_id.get(r[KEY], ()) + tuple(r[n] for n in own) for r in group_rows]
        small, cells, small_cells = _small(keys, k)
        checks.append(
            CellCheck(table, top + own, len(group_rows), cells, small_cells, len(small), suppress)
        )
        if suppress:
            for index in small:
                group_rows[index].update(dict.fromkeys(own, None))
    return checks


def small_count(count: int, k: int) -> bool:
    """Whether a count shown in a report must be hidden: 1 to k - 1 people."""
    return 0 < count < k
