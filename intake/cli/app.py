"""``intake`` (no command) and ``intake demo``: start the interview app.

The app itself lives in :mod:`intake.tui`, imported only inside the handlers
so that every other command runs without loading Textual.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from intake.cli.common import Subparsers, home_dir
from intake.questionnaire import Questionnaire, load_questionnaire, shipped_path
from intake.store import KdfParams, Store

DEFAULT_QUESTIONNAIRE = "overseas-labour"
LANG_ENV = "INTAKE_LANG"
DEMO_PASSPHRASE = "demo owl paper lantern"  # noqa: S105 (shown on screen on purpose)
"""The demo store's passphrase, shown on its unlock screen: the demo protects nothing."""


# Textual reads these when it is imported: a log file of every event (key presses
# included), screenshots of the screen, the devtools console, automatic key presses.
_TEXTUAL_SIDE_DOORS = (
    "TEXTUAL",
    "TEXTUAL_DEBUG",
    "TEXTUAL_DRIVER",
    "TEXTUAL_LOG",
    "TEXTUAL_PRESS",
    "TEXTUAL_SCREENSHOT",
    "TEXTUAL_SCREENSHOT_FILENAME",
    "TEXTUAL_SCREENSHOT_LOCATION",
)


def close_textual_side_doors() -> None:
    """Drop the environment variables that make Textual copy the screen or keys elsewhere."""
    for name in _TEXTUAL_SIDE_DOORS:
        os.environ.pop(name, None)


def add_app_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """Options of the app, on ``intake`` itself and on ``intake demo``."""
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--lang",
        default=default,
        help=f"label language, e.g. ko (default: ${LANG_ENV} or English)",
    )
    parser.add_argument(
        "--questionnaire",
        type=Path,
        default=default,
        metavar="PATH",
        help=f"questionnaire file (default: the shipped {DEFAULT_QUESTIONNAIRE})",
    )


def register(subparsers: Subparsers) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="try the interview app on a throwaway store (wiped on exit)",
        description=(
            "Open the interview app on a new store in a temporary directory, with the "
            "shipped questionnaire, a demo supervisor key and the passphrase shown on the "
            "unlock screen. The store is wiped when the app exits."
        ),
    )
    add_app_options(demo)
    demo.set_defaults(handler=run_demo)


def _lang(args: argparse.Namespace) -> str | None:
    return getattr(args, "lang", None) or os.environ.get(LANG_ENV) or None


def _questionnaire(args: argparse.Namespace) -> Questionnaire:
    chosen = getattr(args, "questionnaire", None)
    return load_questionnaire(chosen or shipped_path(DEFAULT_QUESTIONNAIRE))


def open_app(args: argparse.Namespace) -> int:
    """``intake``: the interview app on the home directory (creating the store on first run)."""
    close_textual_side_doors()
    from intake.tui import AppConfig, run_app

    config = AppConfig(
        home=home_dir(args),
        questionnaire=_questionnaire(args),
        lang=_lang(args),
    )
    run_app(config)
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """``intake demo``: the app on a throwaway store, wiped on exit."""
    close_textual_side_doors()
    from intake.crypto.keys import fingerprint, new_identity
    from intake.tui import AppConfig, run_app

    questionnaire = _questionnaire(args)
    scratch = Path(tempfile.mkdtemp(prefix="notes-"))
    home = scratch / "store"
    try:
        with Store.create(home, DEMO_PASSPHRASE, kdf=KdfParams.FLOOR) as store:
            supervisor = str(new_identity().recipient())
            store.add_recipient("demo supervisor", supervisor, fingerprint(supervisor))
        run_app(
            AppConfig(
                home=home,
                questionnaire=questionnaire,
                lang=_lang(args),
                demo_passphrase=DEMO_PASSPHRASE,
                kdf=KdfParams.FLOOR,
                export_dir=scratch / "exports",
            )
        )
    finally:
        if Store.exists(home):
            Store.wipe(home)
        shutil.rmtree(scratch, ignore_errors=True)
    print("intake: demo store wiped", file=sys.stderr)
    return 0
