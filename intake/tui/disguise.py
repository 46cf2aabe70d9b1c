"""An innocuous process name and terminal title, so a glance at ``ps`` or a tab says "notes".

The process name is set with ``prctl(PR_SET_NAME)`` on Linux (what ``ps -o
comm``, ``top`` and ``/proc/PID/comm`` show); the full command line in
``/proc/PID/cmdline`` still says ``intake``. Elsewhere nothing is changed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import TextIO

PR_SET_NAME = 15
DISGUISE_NAME = "notes"
"""The innocuous name shown as terminal title and process name."""


def set_process_name(name: str) -> bool:
    """Set the kernel's name of this process (at most 15 bytes); True when it worked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(PR_SET_NAME, name.encode()[:15], 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def set_terminal_title(name: str, stream: TextIO | None = None) -> None:
    """Set the terminal window or tab title (an OSC 0 sequence), if writing to a terminal."""
    out = stream or sys.__stdout__
    if out is not None and out.isatty():
        out.write(f"\x1b]0;{name}\x07")
        out.flush()
