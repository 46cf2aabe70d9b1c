"""The interview app (Textual). The only package of intake that imports ``textual``.

Entry point: :func:`run_app`; the ``intake`` and ``intake demo`` commands
call it (docs/tui.md).
"""

from __future__ import annotations

from intake.tui.app import AppConfig, IntakeApp
from intake.tui.disguise import DISGUISE_NAME, set_process_name, set_terminal_title


def run_app(config: AppConfig) -> None:
    """Run the app in this terminal until the interviewer quits."""
    set_process_name(DISGUISE_NAME)
    set_terminal_title(DISGUISE_NAME)
    try:
        IntakeApp(config).run()
    finally:
        set_terminal_title("")


__all__ = ["AppConfig", "IntakeApp", "run_app"]
