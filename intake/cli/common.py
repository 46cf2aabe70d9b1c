"""Options and input shared by several commands: home directory, passphrases."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

import platformdirs

from intake.errors import UsageError

HOME_ENV = "INTAKE_HOME"


def add_home_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """Add ``--home`` and ``--passphrase-file`` to a parser.

    On sub-commands the defaults are suppressed so that a value given before the
    sub-command (``intake --home X init``) is not overwritten by the sub-parser.
    """
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--home",
        metavar="DIR",
        default=default,
        help=f"store directory (default: ${HOME_ENV}, else a per-user data directory)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help="read the passphrase from the first line of PATH ('-' for stdin) instead of a prompt",
    )


def home_dir(args: argparse.Namespace) -> Path:
    """The store directory chosen by ``--home``, ``$INTAKE_HOME`` or the platform default."""
    chosen = getattr(args, "home", None) or os.environ.get(HOME_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir("intake", appauthor=False))


def _passphrase_lines(path: str) -> list[str]:
    if path == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read passphrase file {path}: {type(exc).__name__}") from None
    return text.splitlines()


def read_passphrases(args: argparse.Namespace, prompts: list[str]) -> list[str]:
    """One passphrase per prompt, from ``--passphrase-file`` (one per line) or a no-echo prompt.

    A passphrase is never taken from a command-line argument: arguments are visible
    to every user of the machine and land in shell history.
    """
    path = getattr(args, "passphrase_file", None)
    if path:
        lines = _passphrase_lines(path)
        if len(lines) < len(prompts):
            raise UsageError(
                f"passphrase file has {len(lines)} line(s), {len(prompts)} needed",
                hint="put each passphrase on its own line",
            )
        values = lines[: len(prompts)]
    else:
        if not sys.stdin.isatty():
            raise UsageError(
                "no terminal to ask for the passphrase",
                hint="use --passphrase-file PATH (or - for stdin)",
            )
        values = [getpass.getpass(f"{prompt}: ") for prompt in prompts]
    if any(not value for value in values):
        raise UsageError("empty passphrase")
    return values


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase") -> str:
    """Read a single passphrase; see :func:`read_passphrases`."""
    return read_passphrases(args, [prompt])[0]
