"""A small valid questionnaire that tests change one piece at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

MINIMAL = """\
format: 1
id: tiny
version: "1"
title: {en: Tiny, ko: 작은 설문}
languages: [en, ko]
consent:
  text: {en: We ask., ko: 묻습니다.}
  scopes:
    - {id: research, label: {en: Research}, required: true}
sections:
  - id: basics
    title: {en: Basics}
    questions:
      - id: age
        type: integer
        label: {en: Age, ko: 나이}
        hint: {en: In years}
        required: true
        min: 10
        max: 99
      - id: abroad
        type: yes_no
        label: {en: Worked abroad}
      - id: postings
        type: repeat
        label: {en: "Posting {n}: ${country}"}
        relevant: "${abroad} = 'yes'"
        min: 1
        max: 3
        questions:
          - id: country
            type: select_one
            required: true
            label: {en: Country}
            choice_list: countries
          - id: city
            type: text
            label: {en: City}
            relevant: "${country} = 'RU' and ${age} >= 18"
            constraint: ". != 'Atlantis'"
            constraint_message: {en: No such city, ko: 그런 도시는 없습니다}
      - id: many
        type: integer
        label: {en: How many}
        relevant: "count(${postings}) > 1"
      - id: story
        type: long_text
        label: {en: Story}
choice_lists:
  countries:
    - {value: RU, label: {en: Russia, ko: 러시아}}
    - {value: CN, label: {en: China}}
"""


@pytest.fixture
def minimal() -> str:
    """The YAML text of a small valid questionnaire."""
    return MINIMAL


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str | bytes], Path]:
    """Write questionnaire text (or raw bytes) to a file and return its path."""

    def write_file(content: str | bytes, name: str = "q.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write_file
