"""The report map: which answers feed the report (docs/supervisor.md, "Report map").

Data, not code: ``report-maps.yaml`` beside this module (or a file the
supervisor names) says which questions hold the country, the sector and the
state's share of wages, and defines each ILO forced-labour indicator as an
expression of the questionnaire language. Everything is checked against the
questionnaire before a report is made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from intake.errors import QuestionnaireError, SupervisorError
from intake.questionnaire import Question, Questionnaire
from intake.questionnaire.expression import Expr, Ref, Scope, holds, parse, walk
from intake.questionnaire.relevance import Relevance

SHIPPED_MAPS = Path(__file__).with_name("report-maps.yaml")


@dataclass(frozen=True)
class Fact:
    """A yes/no fact about an interview (an indicator): when it applies, when it can be told."""

    label: str
    present: Expr
    known: Expr


@dataclass(frozen=True)
class ReportMap:
    country: Question
    sector: Question
    wage_share: Question | None
    indicators: tuple[Fact, ...]
    wage_facts: tuple[Fact, ...]


def _question(questionnaire: Questionnaire, entry: Mapping[str, Any], key: str) -> Question | None:
    name = entry.get(key)
    if name is None:
        return None
    item = questionnaire.item(str(name))
    if not isinstance(item, Question):
        raise SupervisorError(f"report map: '{key}' names no question of '{questionnaire.id}'")
    return item


def _expression(questionnaire: Questionnaire, text: object, where: str) -> Expr:
    try:
        expr = parse(str(text))
    except QuestionnaireError as error:
        raise SupervisorError(f"report map: {where}: {error.message}") from None
    for node in walk(expr):
        if isinstance(node, Ref):
            item = questionnaire.item(node.name)
            if not isinstance(item, Question) or item.repeat is not None:
                raise SupervisorError(
                    f"report map: {where}: '{node.name}' is not a top-level question"
                )
    return expr


def _facts(questionnaire: Questionnaire, entry: Mapping[str, Any], key: str) -> tuple[Fact, ...]:
    raw = entry.get(key, [])
    if not isinstance(raw, list):
        raise SupervisorError(f"report map: '{key}' must be a list")
    facts = []
    for number, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not {"label", "present", "known"} <= set(item):
            raise SupervisorError(f"report map: {key} {number} needs label, present and known")
        where = f"{key} {number}"
        facts.append(
            Fact(
                str(item["label"]),
                _expression(questionnaire, item["present"], where),
                _expression(questionnaire, item["known"], where),
            )
        )
    return tuple(facts)


def load_report_map(questionnaire: Questionnaire, path: Path | None = None) -> ReportMap:
    """The map for ``questionnaire`` from ``path`` (default: the shipped maps)."""
    source = path or SHIPPED_MAPS
    try:
        document = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SupervisorError(f"cannot read report map {source}: {type(exc).__name__}") from None
    entry = document.get(questionnaire.id) if isinstance(document, dict) else None
    if not isinstance(entry, dict):
        raise SupervisorError(
            f"no report map for questionnaire '{questionnaire.id}' in {source}",
            hint="write one (see docs/supervisor.md) and pass it with --map FILE",
        )
    country = _question(questionnaire, entry, "country")
    sector = _question(questionnaire, entry, "sector")
    if country is None or sector is None or not (country.choices and sector.choices):
        raise SupervisorError("report map: 'country' and 'sector' must name choice questions")
    return ReportMap(
        country,
        sector,
        _question(questionnaire, entry, "wage_share"),
        _facts(questionnaire, entry, "indicators"),
        _facts(questionnaire, entry, "wage_facts"),
    )


def scopes(questionnaire: Questionnaire, answers: list[Mapping[str, Any]]) -> list[Scope]:
    """Where the facts' expressions find each interview's top-level answers."""
    return [Relevance(questionnaire, one).scope() for one in answers]


def tally(facts: tuple[Fact, ...], interviews: list[Scope]) -> list[tuple[Fact, int, int]]:
    """``(fact, present, known)`` counted over the interviews."""
    result = []
    for fact in facts:
        known = [scope for scope in interviews if holds(fact.known, scope)]
        result.append((fact, sum(holds(fact.present, scope) for scope in known), len(known)))
    return result
