"""``intake`` (no command) and ``intake demo``: start the interview app."""

from __future__ import annotations

import argparse
from pathlib import Path

from intake.errors import UsageError

SHIPPED_QUESTIONNAIRE = Path(__file__).resolve().parents[2] / "schemas" / "overseas-labour.yaml"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="try intake on a throwaway store (shows the shipped questionnaire for now)",
        description="Start intake on a throwaway store with the shipped questionnaire.",
    )
    demo.add_argument("--lang", default=None, help="label language, e.g. ko")
    demo.set_defaults(handler=run_demo)


def open_app(args: argparse.Namespace) -> int:
    raise UsageError(
        "the interview app is not available yet", hint="see 'intake --help' for commands"
    )


def run_demo(args: argparse.Namespace) -> int:
    from intake.cli.questionnaire import show_outline

    return show_outline(SHIPPED_QUESTIONNAIRE, args.lang)
