"""The shape every domain recognizer shares: a small class with a ``find`` method.

Each recognizer is a Presidio ``EntityRecognizer`` so that one AnalyzerEngine
runs them all, but the logic lives in ``find(text, tokens)``, which yields
plain :class:`Span` tuples and is tested without Presidio.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, NamedTuple

from presidio_analyzer import EntityRecognizer, RecognizerResult


class Span(NamedTuple):
    """A typed span of text with a confidence between 0 and 1."""

    type: str
    start: int
    end: int
    score: float


class Coverage:
    """One flag a character of a text, set where a span covers it: an overlap test costs one
    span's length, so an answer with thousands of names takes time linear in its length."""

    def __init__(self, text: str, spans: Iterable[Span] = ()) -> None:
        self._mask = bytearray(len(text))
        for span in spans:
            self.add(span.start, span.end)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) != -1


class DomainRecognizer(EntityRecognizer):
    """Base of our recognizers: declare ``ENTITIES`` and implement :meth:`find`."""

    ENTITIES: ClassVar[tuple[str, ...]]

    def __init__(self, language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=language,
            name=type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load: data is built at import or on first use."""

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        """Yield spans found in ``text``; ``tokens`` is the spaCy Doc when there is one."""
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any | None = None
    ) -> list[RecognizerResult]:
        tokens = getattr(nlp_artifacts, "tokens", None)
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return [
            RecognizerResult(span.type, span.start, span.end, span.score, None, dict(metadata))  # type: ignore[arg-type]
            for span in self.find(text, tokens)
            if span.type in entities
        ]
