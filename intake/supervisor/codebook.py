"""The codebook of a dataset: ``codebook.csv`` and ``codebook.md`` (docs/supervisor.md).

One entry per column of :func:`intake.supervisor.columns.table_columns`: the
variable, its label in each language of the questionnaire, its type, its
codes, and when it is asked (skip logic in words).
"""

from __future__ import annotations

from intake.questionnaire import Question, Questionnaire
from intake.questionnaire.expression import Expr
from intake.supervisor.columns import KEY, Column
from intake.supervisor.words import in_words

_METADATA = {
    KEY: ("Interview id (random)", "text"),
    "questionnaire_id": ("Questionnaire id", "text"),
    "questionnaire_version": ("Questionnaire version", "text"),
    "finalized": ("Date the interview was finalized", "date (YYYY-MM-DD)"),
    "instance": ("Instance number within the interview (from 1)", "integer"),
}


def _type(question: Question, column: Column) -> str:
    if column.choice is not None or question.type == "yes_no":
        return "0/1"
    if question.type == "date":
        return {"year": "date (YYYY)", "month": "date (YYYY-MM)"}.get(
            question.precision or "", "date (YYYY-MM-DD)"
        )
    if question.type == "select_one":
        return "code"
    if question.type in ("text", "long_text"):
        return "text (redacted)" if question.redact == "auto" else "text"
    bounds = "" if question.min is None else f" {question.min:g} to {question.max:g}"
    return question.type + bounds


def _codes(question: Question, column: Column, lang: str | None) -> str:
    if column.choice is not None:
        return "1 = selected, 0 = not selected"
    if question.type == "yes_no":
        return "1 = yes, 0 = no"
    return "; ".join(f"{c.value} = {c.label.get(lang)}" for c in question.choices)


def _conditions(questionnaire: Questionnaire, question: Question) -> list[Expr]:
    section = next(s for s in questionnaire.sections if s.id == question.section)
    group = questionnaire.repeat_group(question.repeat) if question.repeat else None
    found = [section.relevant, group.relevant if group else None, question.relevant]
    return [e for e in found if e is not None]


def codebook_entries(
    questionnaire: Questionnaire, tables: dict[str, list[Column]]
) -> list[dict[str, str]]:
    """One dict per column, in table order; keys are the ``codebook.csv`` header."""
    languages = questionnaire.languages
    entries = []
    for table, columns in tables.items():
        for column in columns:
            entry = {"variable": column.name, "table": table}
            question = column.question
            if question is None:
                if column.group is not None:
                    label, kind = f"Number of {column.group.id}", "integer"
                    labels = {lang: label for lang in languages}
                    asked = [column.group.relevant] if column.group.relevant else []
                else:
                    label, kind = _METADATA[column.name]
                    labels, asked = {lang: label for lang in languages}, []
                codes = {lang: "" for lang in languages}
                qi = False
            else:
                labels = {lang: question.label(lang) for lang in languages}
                if column.choice is not None:
                    choice = question.choice(column.choice)
                    for lang in languages:
                        labels[lang] += f": {choice.label.get(lang) if choice else column.choice}"
                kind = _type(question, column)
                codes = {lang: _codes(question, column, lang) for lang in languages}
                asked = _conditions(questionnaire, question)
                qi = question.quasi_identifier
            entry.update({f"label_{lang}": labels[lang] for lang in languages})
            entry["type"] = kind
            entry.update({f"codes_{lang}": codes[lang] for lang in languages})
            entry["asked_when"] = (
                " and ".join(
                    f"({in_words(questionnaire, e)})"
                    if len(asked) > 1
                    else in_words(questionnaire, e)
                    for e in asked
                )
                or "always"
            )
            entry["quasi_identifier"] = "yes" if qi else "no"
            entries.append(entry)
    return entries


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def codebook_markdown(questionnaire: Questionnaire, entries: list[dict[str, str]], k: int) -> str:
    """``codebook.md``: the entries as one Markdown table per dataset table."""
    lang = questionnaire.default_language
    lines = [
        f"# Codebook: {questionnaire.title()}",
        "",
        f"Questionnaire `{questionnaire.id}` version `{questionnaire.version}` "
        f"(content hash `{questionnaire.hash}`).",
        "",
        "Files are UTF-8 CSV with a header row; dates are ISO 8601; an empty cell means "
        "unanswered, not asked, or suppressed. Questions marked identifying are never exported. "
        f"Disclosure control used k = {k} on the quasi-identifiers marked below.",
    ]
    others = [code for code in questionnaire.languages if code != lang]
    for table in dict.fromkeys(e["table"] for e in entries):
        lines += [
            "",
            f"## {table}.csv",
            "",
            "| variable | label | type | codes | asked when | quasi-identifier |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for e in entries:
            if e["table"] != table:
                continue
            label = e[f"label_{lang}"] + "".join(
                f"<br>{o}: {e[f'label_{o}']}"
                for o in others
                if e[f"label_{o}"] != e[f"label_{lang}"]
            )
            cells = [f"`{e['variable']}`", label, e["type"], e[f"codes_{lang}"], e["asked_when"]]
            cells.append(e["quasi_identifier"])
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
