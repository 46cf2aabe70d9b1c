"""``intake report``: one self-contained HTML page (docs/supervisor.md, "Report").

Counts by country and sector, the prevalence of each ILO forced-labour
indicator, the state's share of wages, and redaction statistics. Charts are
inline SVG drawn by :mod:`intake.supervisor.charts`; the page has no script,
no external reference, and a Content-Security-Policy that forbids loading
anything. Counts from 1 to k - 1 people are shown as "fewer than k".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from statistics import median

from intake.questionnaire import Question
from intake.supervisor.charts import Bar, bar_chart
from intake.supervisor.dataset import Dataset, Interview
from intake.supervisor.disclosure import small_count
from intake.supervisor.export import write_private
from intake.supervisor.report_map import Fact, ReportMap, scopes, tally

_STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #1a202c; }
h1 { font-size: 1.6em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #cbd5e0; }
table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: left; }
th { background: #edf2f7; } .note { color: #4a5568; font-size: 0.9em; }
"""
_BANDS = ((0, 24), (25, 49), (50, 74), (75, 100))


def _count_text(count: int, total: int, k: int) -> str:
    if small_count(count, k):
        return f"fewer than {k}"
    return f"{count} ({100 * count / total:.0f}%)" if total else str(count)


def _bars(counts: Iterable[tuple[str, int]], total: int, k: int) -> list[Bar]:
    return [
        Bar(
            label,
            None if small_count(n, k) else n / total if total else 0,
            _count_text(n, total, k),
        )
        for label, n in counts
    ]


def _choice_counts(question: Question, interviews: list[Interview]) -> list[tuple[str, int]]:
    """Workers per choice: an interview counts once per distinct value, top level or repeated."""
    counts: Counter[str] = Counter()
    for interview in interviews:
        if question.repeat is None:
            values = {interview.answers.get(question.id)}
        else:
            group = interview.answers.get(question.repeat)
            items = group if isinstance(group, list) else []
            values = {item.get(question.id) for item in items if isinstance(item, dict)}
        counts.update(v for v in values if isinstance(v, str))
    labelled = [(c.label.get(), counts[c.value]) for c in question.choices if counts[c.value]]
    return sorted(labelled, key=lambda pair: -pair[1])


def _facts_chart(title: str, rows: list[tuple[Fact, int, int]], k: int) -> str:
    bars = [
        Bar(
            fact.label,
            None if small_count(present, k) else present / known if known else 0.0,
            (
                f"fewer than {k} of {known}"
                if small_count(present, k)
                else f"{present} of {known} ({100 * present / known:.0f}%)"
                if known
                else "no answers"
            ),
        )
        for fact, present, known in rows
    ]
    return bar_chart(title, bars, "#c53030")


def _wage_section(report_map: ReportMap, dataset: Dataset, k: int) -> list[str]:
    parts = ["<h2>Wage confiscation</h2>"]
    question = report_map.wage_share
    if question is not None:
        shares = [
            v
            for i in dataset.interviews
            if isinstance(v := i.answers.get(question.id), int | float) and not isinstance(v, bool)
        ]
        bands = [
            (f"{low} to {high}% taken", sum(low <= s <= high for s in shares))
            for low, high in _BANDS
        ]
        parts.append(
            f'<p>Share of earnings taken for the state ("{escape(question.label())}"), '
            f"{len(shares)} answers"
            + (f"; median {median(shares):g}%.</p>" if len(shares) >= k else ".</p>")
        )
        parts.append(bar_chart("Share of earnings taken", _bars(bands, len(shares), k), "#dd6b20"))
    scope_list = scopes(dataset.questionnaire, [i.answers for i in dataset.interviews])
    parts.append(_facts_chart("Wage facts", tally(report_map.wage_facts, scope_list), k))
    return parts


def _redaction_section(interviews: list[Interview]) -> list[str]:
    findings: Counter[str] = Counter()
    rejected = added = narratives = 0
    for interview in interviews:
        for record in interview.redactions:
            narratives += 1
            found = record.get("findings") or []
            findings.update(str(f.get("type")) for f in found if isinstance(f, dict))
            decisions = record.get("decisions") or {}
            rejected += len(decisions.get("reject") or [])
            added += len(decisions.get("add") or [])
    total = sum(findings.values())
    rows = "".join(
        f"<tr><td>{escape(kind)}</td><td>{n}</td></tr>" for kind, n in findings.most_common()
    )
    return [
        "<h2>Redaction</h2>",
        f"<p>{narratives} redacted answers, {total} identifiers found automatically. "
        f"Interviewer overrides: {rejected} findings rejected (kept as spoken), "
        f"{added} passages marked by hand.</p>",
        bar_chart(
            "Findings per type",
            [Bar(kind, n / total, str(n)) for kind, n in findings.most_common()],
            "#2f855a",
        )
        if total
        else "<p>No findings.</p>",
        f"<table><tr><th>type</th><th>findings</th></tr>{rows}</table>" if rows else "",
    ]


def render_report(dataset: Dataset, report_map: ReportMap, k: int, now: datetime) -> str:
    """The report's HTML (deterministic for a given ``now``)."""
    questionnaire = dataset.questionnaire
    interviews = dataset.interviews
    total = len(interviews)
    scope_list = scopes(questionnaire, [i.answers for i in interviews])
    countries = _choice_counts(report_map.country, interviews)
    sectors = _choice_counts(report_map.sector, interviews)
    body = [
        f"<h1>{escape(questionnaire.title())}</h1>",
        f'<p class="note">Questionnaire {escape(questionnaire.id)} version '
        f"{escape(questionnaire.version)}; {total} interviews; generated "
        f"{now.strftime('%Y-%m-%d %H:%M')} UTC. Small cells are suppressed with k = {k}: "
        f"a count of 1 to {k - 1} people is shown as \u201cfewer than {k}\u201d.</p>",
        "<h2>Where workers were sent</h2>",
        '<p class="note">A worker counts once for each country they were posted to.</p>',
        bar_chart("Workers by country", _bars(countries, total, k)),
        "<h2>Sectors</h2>",
        bar_chart("Workers by sector", _bars(sectors, total, k)),
        "<h2>ILO indicators of forced labour</h2>",
        '<p class="note">Share of the interviews whose answers tell, in which the indicator '
        "is present (definitions: the report map).</p>",
        _facts_chart("ILO indicators", tally(report_map.indicators, scope_list), k),
        *_wage_section(report_map, dataset, k),
        *_redaction_section(interviews),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>{escape(questionnaire.title())}: report</title><style>{_STYLE}</style>"
        "</head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def write_report(
    dataset: Dataset, report_map: ReportMap, path: Path, *, k: int, force: bool = False
) -> Path:
    """Write the report to ``path`` (refusing to overwrite unless ``force``)."""
    html = render_report(dataset, report_map, k, datetime.now(UTC))
    return write_private(path, html, overwrite=force)
