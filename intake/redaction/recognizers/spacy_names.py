"""spaCy's PERSON and LOCATION entities, minus single common words.

The small English model tags a capitalised common word at the start of a
sentence ("Breakfast is rice", "Lunch at 12") as a place or person; a
one-token entity whose token is not a proper noun is dropped.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer


class ProperNounSpacyRecognizer(SpacyRecognizer):
    """Presidio's SpacyRecognizer, keeping one-token entities only when they are PROPN."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "LOCATION"])

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts)
        tokens = getattr(nlp_artifacts, "tokens", None)
        if tokens is None:
            return results
        single = {t.idx: t for t in tokens}
        return [
            r
            for r in results
            if not (
                r.start in single
                and r.start + len(single[r.start].text) == r.end
                and single[r.start].pos_ != "PROPN"
            )
        ]
