"""Step 2 of checking a file: its structure against schemas/questionnaire.schema.json.

Every schema violation becomes a :class:`SourceProblem` with the line of the
offending node and the element it belongs to (``question 'q7'``).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from intake.errors import QuestionnaireError
from intake.questionnaire.problems import SourceProblem
from intake.questionnaire.source import Document, PathKey

LANGUAGE_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "questionnaire.schema.json"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    try:
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise QuestionnaireError(
            f"cannot read the questionnaire schema {SCHEMA_PATH}: {type(exc).__name__}"
        ) from None
    return jsonschema.Draft202012Validator(schema)


def locate(data: Any, path: PathKey) -> tuple[str | None, str]:
    """Name the element at ``path`` (``question 'q7'``) and the field path within it."""
    context: str | None = None
    rest: list[str | int] = list(path)
    node = data
    for depth, key in enumerate(path):
        if not isinstance(node, dict | list):
            break
        try:
            node = node[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            break
        parent = path[depth - 1] if depth else None
        if isinstance(node, dict) and isinstance(key, int) and parent in ("sections", "questions"):
            kind = "section" if parent == "sections" else "question"
            if parent == "questions" and node.get("type") == "repeat":
                kind = "repeat"
            ident = node.get("id")
            context = f"{kind} '{ident}'" if isinstance(ident, str) else f"{kind} #{key + 1}"
            rest = list(path[depth + 1 :])
        elif parent == "choice_lists" and depth == 1:
            context, rest = f"choice list '{key}'", list(path[depth + 1 :])
        elif key == "consent" and depth == 0:
            context, rest = "consent", list(path[1:])
        elif isinstance(node, dict) and parent == "scopes" and isinstance(key, int):
            ident = node.get("id")
            context = f"consent scope '{ident}'" if isinstance(ident, str) else "consent scope"
            rest = list(path[depth + 1 :])
    return context, ".".join(str(part) for part in rest)


def _message(error: jsonschema.ValidationError) -> str:
    instance: Any = error.instance
    validator = error.validator
    expected: Any = error.validator_value
    schema: Any = error.schema
    if validator == "required":
        missing = [p for p in expected if p not in instance]
        return "missing " + ", ".join(f"'{name}'" for name in missing)
    if validator == "additionalProperties" and isinstance(instance, dict):
        known = schema.get("properties", {})
        extra = sorted(key for key in instance if key not in known)
        return "unknown field " + ", ".join(f"'{name}'" for name in extra)
    if validator == "enum" and error.absolute_path and error.absolute_path[-1] == "type":
        return f"unknown type {instance!r} (one of: {', '.join(expected)})"
    if validator == "enum":
        return f"{instance!r} is not one of: {', '.join(map(str, expected))}"
    if validator == "pattern" and "propertyNames" in error.schema_path:
        what = "a language code" if expected == LANGUAGE_PATTERN else "a valid name"
        return f"{instance!r} is not {what}"
    if validator == "pattern":
        return f"{instance!r} does not match {expected}"
    if validator == "const" and error.absolute_path and error.absolute_path[-1] == "format":
        return f"unknown format {instance!r}; this version of intake reads format 1"
    if validator == "type":
        return f"expected {expected}, found {type(instance).__name__}"
    return error.message


def check_structure(document: Document) -> list[SourceProblem]:
    """Every schema violation in ``document``, in file order."""
    problems: list[SourceProblem] = []
    for error in _validator().iter_errors(document.data):
        path = tuple(error.absolute_path)
        context, field = locate(document.data, path)
        message = _message(error)
        if field:
            message = f"{field}: {message}"
        problems.append(SourceProblem(document.name, document.line(path), context, message))
    unique = list(dict.fromkeys(problems))  # 'required' yields one error per missing field
    return sorted(unique, key=lambda p: p.line or 0)
