"""Horizontal bar charts as inline SVG, drawn here: no library, no external reference.

A bar whose value is hidden (a small cell) is drawn as an outline with its
label, so the reader sees that something was suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

_ROW = 26
_LABEL = 260
_BAR = 300
_VALUE = 150


@dataclass(frozen=True)
class Bar:
    """One bar: ``value`` in [0, 1] of the full width, or None when hidden; ``text`` beside it."""

    label: str
    value: float | None
    text: str


def bar_chart(title: str, bars: list[Bar], colour: str = "#2b6cb0") -> str:
    """An ``<svg>`` element with one labelled bar per row."""
    width = _LABEL + _BAR + _VALUE
    height = _ROW * max(len(bars), 1) + 8
    parts = [
        f'<svg role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for row, bar in enumerate(bars):
        y = 4 + row * _ROW
        middle = y + _ROW / 2 + 4
        parts.append(
            f'<text x="{_LABEL - 8}" y="{middle}" text-anchor="end" font-size="13">'
            f"{escape(bar.label)}</text>"
        )
        if bar.value is None:
            parts.append(
                f'<rect x="{_LABEL}" y="{y + 4}" width="{_BAR}" height="{_ROW - 8}" '
                'fill="none" stroke="#999" stroke-dasharray="4 3"/>'
            )
        else:
            length = max(0.0, min(1.0, bar.value)) * _BAR
            parts.append(
                f'<rect x="{_LABEL}" y="{y + 4}" width="{length:.1f}" height="{_ROW - 8}" '
                f'fill="{colour}"/>'
            )
        parts.append(
            f'<text x="{_LABEL + _BAR + 8}" y="{middle}" font-size="13">{escape(bar.text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
