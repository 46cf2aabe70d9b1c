"""Failed-unlock counting, slow-down and the optional wipe after N failures.

The state lives in ``lockout.json`` beside the key slot because it must be read
before the database can be opened; it holds no secret (docs/storage.md,
"Lock policy").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from intake.errors import StoreError
from intake.store.files import write_atomic
from intake.store.layout import LOCKOUT_FILE

MAX_DELAY_S = 60.0


@dataclass(frozen=True)
class Lockout:
    """Failures since the last successful unlock, and the wipe threshold (None: never wipe)."""

    failures: int = 0
    wipe_after_failures: int | None = None

    def delay(self) -> float:
        """Seconds to wait before the next attempt: 0, then 1, 2, 4 … up to 60."""
        if self.failures <= 0:
            return 0.0
        return min(2.0 ** (self.failures - 1), MAX_DELAY_S)

    def must_wipe(self) -> bool:
        return self.wipe_after_failures is not None and self.failures >= self.wipe_after_failures


def read_lockout(home: Path) -> Lockout:
    path = home / LOCKOUT_FILE
    try:
        data = json.loads(path.read_bytes())
        failures = data["failures"]
        wipe_after = data["wipe_after_failures"]
    except FileNotFoundError:
        return Lockout()
    except (OSError, ValueError, KeyError, TypeError):
        # A damaged counter must not lock the owner out; count from the worst case.
        return Lockout(failures=5)
    if not isinstance(failures, int) or failures < 0:
        failures = 5
    if not (wipe_after is None or (isinstance(wipe_after, int) and wipe_after > 0)):
        wipe_after = None
    return Lockout(failures, wipe_after)


def write_lockout(home: Path, lockout: Lockout) -> None:
    data = {"failures": lockout.failures, "wipe_after_failures": lockout.wipe_after_failures}
    write_atomic(home / LOCKOUT_FILE, json.dumps(data).encode("ascii") + b"\n")


def check_wipe_threshold(value: int | None) -> None:
    if value is not None and not (isinstance(value, int) and value >= 1):
        raise StoreError("wipe_after_failures must be a positive number or off")
