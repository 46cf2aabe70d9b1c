"""What several commands share: command groups, home directory, passphrases, the store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias

import platformdirs

from intake.errors import UsageError
from intake.store import Store

HOME_ENV = "INTAKE_HOME"
MIN_PASSPHRASE_LENGTH = 8
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def command_group(subparsers: Subparsers, name: str, *, help: str, description: str) -> Subparsers:
    """A command that only holds sub-commands (``intake keys new``); alone it is a usage error."""
    parser = subparsers.add_parser(name, help=help, description=description)

    def missing_command(args: argparse.Namespace) -> int:
        raise UsageError(f"{parser.prog}: missing command", hint=f"see '{parser.prog} --help'")

    parser.set_defaults(handler=missing_command)
    return parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")


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
    add_passphrase_option(parser, default=default)


def add_passphrase_option(
    parser: argparse.ArgumentParser, *, default: object = argparse.SUPPRESS
) -> None:
    """Add ``--passphrase-file``: passphrases come from a file or a prompt, never an argument."""
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


def strong_enough(passphrase: str) -> str:
    """The passphrase, or a usage error when it is shorter than :data:`MIN_PASSPHRASE_LENGTH`."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UsageError(
            f"passphrase too short (at least {MIN_PASSPHRASE_LENGTH} characters)",
            hint="a few unrelated words are strong and easy to remember",
        )
    return passphrase


def typed_twice(args: argparse.Namespace, prompt: str = "New passphrase") -> str:
    """A new passphrase typed twice at no-echo prompts (which must agree), checked for length."""
    value, again = read_passphrases(args, [prompt, f"Repeat: {prompt.lower()}"])
    if value != again:
        raise UsageError("the two passphrases differ")
    return strong_enough(value)


def new_passphrase(args: argparse.Namespace, prompt: str = "New passphrase") -> str:
    """A new passphrase: one line of ``--passphrase-file``, else typed twice; checked for length."""
    if getattr(args, "passphrase_file", None):
        return strong_enough(read_passphrase(args, prompt))
    return typed_twice(args, prompt)


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase") -> str:
    """Read a single passphrase; see :func:`read_passphrases`."""
    return read_passphrases(args, [prompt])[0]


def key_argument(argument: str) -> str:
    """A public key given on the command line either as its text or as a file holding it."""
    path = Path(argument)
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else argument
    except (OSError, ValueError) as exc:  # a name too long, a file that is not UTF-8 text
        raise UsageError(f"cannot read the key file: {type(exc).__name__}") from None


@contextmanager
def open_store(args: argparse.Namespace) -> Iterator[Store]:
    """Unlock the store in the chosen home directory, locking it again on exit.

    A missing or damaged store is reported before the passphrase prompt.
    """
    home = home_dir(args)
    Store.key_parameters(home)
    with Store.open(home, read_passphrase(args)) as store:
        yield store
