"""Entry point of the ``intake`` command: parse, dispatch, report errors.

Each area registers its sub-commands in its own module (listed in
``_COMMAND_MODULES``). Every failure ends as one line on stderr,
``intake: error: ...`` (optionally followed by ``intake: hint: ...``), and an
exit code: 2 for bad input, 1 otherwise. No traceback ever reaches the user,
because an exception message might carry answer text.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from intake import __version__
from intake.cli.app import add_app_options, open_app
from intake.cli.common import add_home_options
from intake.errors import IntakeError
from intake.offline import forbid_network

# Modules that define ``register(subparsers)``; order is the order in --help.
_COMMAND_MODULES = (
    "intake.cli.app",
    "intake.cli.questionnaire",
    "intake.cli.store",
    "intake.cli.redact",
    "intake.cli.bundle",
    "intake.cli.supervisor",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="intake",
        description="Secure, anonymising interview intake for human-rights field research.",
    )
    parser.add_argument("--version", action="version", version=f"intake {__version__}")
    add_home_options(parser, top_level=True)
    add_app_options(parser, top_level=True)  # ``intake`` alone opens the app
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def report(error: IntakeError) -> int:
    """Print an error in the CLI grammar and return its exit code."""
    print(f"intake: error: {error.message}", file=sys.stderr)
    if error.hint:
        print(f"intake: hint: {error.hint}", file=sys.stderr)
    return error.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    forbid_network()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        handler = open_app  # no command: the interviewer's app
    try:
        return int(handler(args) or 0)
    except IntakeError as error:
        return report(error)
    except KeyboardInterrupt:
        print("intake: error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:
        # Never print the message or traceback: either might contain plaintext.
        print(f"intake: error: internal error ({type(error).__name__})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
