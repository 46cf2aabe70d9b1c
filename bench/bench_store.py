"""Store speed: answer-save latency, and open/status time with 10,000 interviews.

Each figure is shown next to the same work on a plain ``sqlite3`` database with
the same settings (WAL, synchronous=FULL, one commit per answer), measured in
the same run, and as a ratio.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from intake.store import KdfParams, Store
from intake.store.store import interview_id_from

ANSWERS = 10_000
INTERVIEWS = 10_000
PASSPHRASE = secrets.token_urlsafe(16)


class _Ref:
    id = "overseas-labour"
    version = "bench"
    hash = "ab" * 32


def _percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100)
    return cuts[49] * 1000, cuts[94] * 1000


def _save_latencies(store: Store, plain_path: Path) -> tuple[list[float], list[float]]:
    """Interleave one store save and one plain sqlite save, so both meet the same disk."""
    db = sqlite3.connect(plain_path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute(
        "CREATE TABLE answers (interview_id TEXT, question_id TEXT, value TEXT, "
        "PRIMARY KEY (interview_id, question_id)) WITHOUT ROWID"
    )
    interview = store.new_interview(_Ref(), "BENCH")
    ours, plain = [], []
    for number in range(ANSWERS):
        question, value = f"q{number % 60}", f"answer number {number}"
        started = time.perf_counter()
        store.save_answer(interview, question, value)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "INSERT INTO answers VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value",
            ("bench", question, json.dumps(value)),
        )
        db.execute("COMMIT")
        plain.append(time.perf_counter() - started)
    db.close()
    return ours, plain


def _fill(store: Store) -> None:
    with store.batch():
        for number in range(INTERVIEWS):
            interview = store._new_interview(  # deterministic ids: the inner, clock-free path
                _Ref(),
                "BENCH",
                interview_id_from((number << 6).to_bytes(7, "big")),
                "2026-01-01T00:00:00Z",
            )
            store.save_answer(interview, "age", 30 + number % 40)


def _plain_status(path: Path) -> float:
    """The status queries on an unencrypted table of the same shape and size."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE interviews (id TEXT PRIMARY KEY, state TEXT, created TEXT)")
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO interviews VALUES (?, 'draft', '2026-01-01T00:00:00Z')",
        [(interview_id_from((n << 6).to_bytes(7, "big")),) for n in range(INTERVIEWS)],
    )
    db.execute("COMMIT")
    started = time.perf_counter()
    db.execute("SELECT state, count(*) FROM interviews GROUP BY state").fetchall()
    db.execute(
        "SELECT i.*, (SELECT count(*) FROM answers a WHERE a.interview_id = i.id) "
        "FROM interviews i ORDER BY created, id"
    ).fetchall()
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store.create(root / "home", PASSPHRASE, kdf=KdfParams.FLOOR)
        ours, plain = _save_latencies(store, root / "plain.db")
        (p50, p95), (b50, b95) = _percentiles(ours), _percentiles(plain)
        print(f"answer save, {ANSWERS} answers, each committed (synchronous=FULL):")
        print(f"   store  p50 {p50:.2f} ms  p95 {p95:.2f} ms")
        print(f"   sqlite p50 {b50:.2f} ms  p95 {b95:.2f} ms")
        print(f"   ratio  p50 {p50 / b50:.2f}x  p95 {p95 / b95:.2f}x")

        _fill(store)
        store.lock()
        kdf_started = time.perf_counter()
        KdfParams.FLOOR.derive(PASSPHRASE, bytes(16))
        kdf = time.perf_counter() - kdf_started
        started = time.perf_counter()
        store = Store.open(root / "home", PASSPHRASE)
        opened = time.perf_counter() - started
        started = time.perf_counter()
        counts = store.counts()
        summaries = store.interviews()
        status = time.perf_counter() - started
        store.lock()
        baseline = _plain_status(root / "plain.db")
        total = sum(counts.values())
        print(f"with {total} interviews ({len(summaries)} summaries listed):")
        print(
            f"   open {opened * 1000:.0f} ms, of which key derivation (floor parameters) "
            f"{kdf * 1000:.0f} ms ({opened / kdf:.2f}x the derivation alone)"
        )
        print(
            f"   status (counts + list) {status * 1000:.0f} ms; "
            f"plain sqlite, same queries {baseline * 1000:.0f} ms ({status / baseline:.1f}x)"
        )
