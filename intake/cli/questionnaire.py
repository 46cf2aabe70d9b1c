"""``intake questionnaire check`` and ``intake questionnaire show``.

Documented in docs/questionnaire-format.md ("Commands").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from intake.cli.common import Subparsers, command_group
from intake.errors import UsageError
from intake.questionnaire import (
    InvalidQuestionnaire,
    Question,
    Questionnaire,
    RepeatGroup,
    load_questionnaire,
)
from intake.questionnaire.expression import to_text


def register(subparsers: Subparsers) -> None:
    commands = command_group(
        subparsers,
        "questionnaire",
        help="check or show questionnaire files",
        description="Check questionnaire files against format v1, or print their outline.",
    )

    check = commands.add_parser(
        "check",
        help="check questionnaire files and report every problem",
        description=(
            "Check each FILE: YAML, structure and meaning. Prints one 'ok' line per valid "
            "file; one error line per problem (FILE:LINE: element: reason); exits 2 if any."
        ),
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE", help="questionnaire file")
    check.set_defaults(handler=run_check)

    show = commands.add_parser(
        "show",
        help="print the outline of a questionnaire",
        description=(
            "Print sections and questions with type, required marker (*), skip logic, "
            "constraints, choices and identifier markers."
        ),
    )
    show.add_argument("file", type=Path, metavar="FILE", help="questionnaire file")
    show.add_argument("--lang", default=None, help="label language, e.g. ko")
    show.set_defaults(handler=lambda args: show_outline(args.file, args.lang))


def _report(error: InvalidQuestionnaire) -> int:
    for problem in error.problems:
        print(f"intake: error: {problem}", file=sys.stderr)
    return error.exit_code


def run_check(args: argparse.Namespace) -> int:
    """Check every file; 0 when all are valid, else 2."""
    code = 0
    for path in args.files:
        try:
            questionnaire = load_questionnaire(path)
        except InvalidQuestionnaire as error:
            code = _report(error)
            continue
        count = sum(1 for _ in questionnaire.questions())
        print(f"{path}: ok ({count} questions, hash {questionnaire.hash})")
    return code


def show_outline(path: Path, lang: str | None) -> int:
    """Print the outline of the questionnaire at ``path`` in ``lang``; returns the exit code."""
    try:
        questionnaire = load_questionnaire(path)
    except InvalidQuestionnaire as error:
        return _report(error)
    if lang is not None and lang not in questionnaire.languages:
        raise UsageError(
            f"language '{lang}' is not in this questionnaire",
            hint=f"choose one of: {', '.join(questionnaire.languages)}",
        )
    print("\n".join(outline(questionnaire, lang)))
    return 0


def outline(questionnaire: Questionnaire, lang: str | None) -> list[str]:
    """The lines printed by ``intake questionnaire show``."""
    lines = [
        f"{questionnaire.title(lang)}",
        f"id {questionnaire.id}, version {questionnaire.version}, "
        f"languages {', '.join(questionnaire.languages)}",
        f"hash {questionnaire.hash}",
        "",
    ]
    if questionnaire.consent is not None:
        lines.append("Consent")
        for scope in questionnaire.consent.scopes:
            marker = "*" if scope.required else "-"
            lines.append(f"  {marker} {scope.id}: {scope.label(lang)}")
        lines.append("")
    for number, section in enumerate(questionnaire.sections, start=1):
        lines.append(f"{number}. {section.title(lang)}  [{section.id}]")
        if section.relevant is not None:
            lines.append(f"   if {to_text(section.relevant)}")
        for item in section.items:
            if isinstance(item, RepeatGroup):
                lines += _repeat(item, lang)
            else:
                lines += _question(item, lang, "   ")
        lines.append("")
    return lines


def _repeat(group: RepeatGroup, lang: str | None) -> list[str]:
    high = "" if group.max is None else str(group.max)
    lines = [f"   ↻ {group.id}  repeat {group.min}..{high}  {group.label(lang)}"]
    if group.relevant is not None:
        lines.append(f"       if {to_text(group.relevant)}")
    for question in group.questions:
        lines += _question(question, lang, "       ")
    return lines


def _question(question: Question, lang: str | None, indent: str) -> list[str]:
    marker = "*" if question.required else "-"
    kind: str = question.type
    if question.precision:
        kind += f" ({question.precision})"
    flags = []
    if question.identifying:
        flags.append("[identifying]")
    if question.quasi_identifier:
        flags.append("[quasi]")
    if question.redact == "auto":
        flags.append("[redact]")
    if question.min is not None or question.max is not None:
        low = "" if question.min is None else f"{question.min:g}"
        high = "" if question.max is None else f"{question.max:g}"
        flags.append(f"[{low}..{high}]")
    head = f"{indent}{marker} {question.id}  {kind}  {question.label(lang)}"
    lines = [" ".join([head, *flags])]
    detail = indent + "    "
    if question.relevant is not None:
        lines.append(f"{detail}if {to_text(question.relevant)}")
    if question.constraint is not None:
        lines.append(f"{detail}check {to_text(question.constraint)}")
    if question.choices:
        source = f" ({question.choice_list})" if question.choice_list else ""
        choices = ", ".join(f"{c.value} {c.label.get(lang)}" for c in question.choices)
        lines.append(f"{detail}choices{source}: {choices}")
    return lines
