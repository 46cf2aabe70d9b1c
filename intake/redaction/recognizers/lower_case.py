"""Unknown words in answers written in lower case: "budi santoso", "we built flats in kilamba".

People who type an answer without capitals type names without them too, and
then spaCy no longer sees a proper noun. In such an answer (most sentences
start in lower case) a lower-case word of four letters or more that is no
English word (nor the inflection or lemma of one), stop word, surname,
title, country or nationality is most likely a name: a foreign given name
no list holds, a village, a camp. After a preposition of place it is a
place, elsewhere a person. The score is the lowest the engine accepts, so
every recognizer that knows better wins, and the engine drops allow-listed
words (messengers, brands, loanwords such as "songbun").

Near-misses: the same words in an answer written with capitals (there a
lower-case word is a loanword or a typing slip, since names get capitals),
"went" and "children" (irregular forms of English words), "umm" (an interjection), "davai" once most
sentences start with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.proper_nouns import PLACE_PREPOSITION, unknown_name

_WORD = re.compile(r"[a-z]{4,}(?:-[a-z]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\W*([^\W\d_])")
# parts of speech an unknown word never is when it is a name
_FUNCTION_WORDS = frozenset(
    {"PRON", "AUX", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "INTJ"}
)
_SCORE = 0.36


class LowerCaseNameRecognizer(DomainRecognizer):
    """A lower-case word no word list explains, in an answer written in lower case."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        if tokens is None or not _written_in_lower_case(text):
            return
        for token in tokens:
            if token.pos_ in _FUNCTION_WORDS or not _WORD.fullmatch(token.text):
                continue
            if not (_unknown(token.text) and _unknown(token.lemma_)):
                continue
            start, end = token.idx, token.idx + len(token.text)
            after_preposition = PLACE_PREPOSITION.search(text, max(0, start - 12), start)
            yield Span("PLACE" if after_preposition else "PERSON", start, end, _SCORE)


def _written_in_lower_case(text: str) -> bool:
    """Whether most sentences of ``text`` start with a lower-case letter."""
    starts = [match.group(1) for match in _SENTENCE_START.finditer(text)]
    lower = sum(letter.islower() for letter in starts)
    return bool(starts) and 2 * lower >= len(starts)


def _unknown(word: str) -> bool:
    return all(unknown_name(part.title()) for part in word.split("-"))
