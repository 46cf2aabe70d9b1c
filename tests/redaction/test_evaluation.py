"""The leak rule of ``intake eval`` (issue 4, item 6) on hand-made outputs."""

from __future__ import annotations

import pytest

from intake.redaction.evaluation import leaks


@pytest.mark.parametrize(
    ("entity", "gold", "output", "leaked"),
    [
        ("PERSON", "Kim Chol-su", "[PERSON-1] went home", False),
        ("PERSON", "Kim Chol-su", "Chol-su went home", True),
        # a title the engine keeps beside a redacted name identifies no one
        ("PERSON", "Director Hwang", "Director [PERSON-1] signed", False),
        ("PERSON", "Monsieur Kang", "Monsieur [PERSON-1]", False),
        ("PERSON", "Chol-ho ajoshi", '"[PERSON-1] ajoshi"', False),
        ("PERSON", "한명수 지배인", "[PERSON-1] 지배인", False),
        ("PERSON", "Director Hwang", "Director Hwang signed", True),
        ("PERSON", "Director Hwang", "Director [PERSON-1], Hwang's wife", True),
        ("PERSON", "한명수 지배인", "한명수 지배인이", True),
        # generic words of addresses and places
        ("ADDRESS", "P.O. Box 22671", "P.O. Box [ID_NUMBER]", False),
        ("PLACE", "Litoral province", "[PLACE] province", False),
        ("PLACE", "Jinhai guesthouse", "the [PLACE] guesthouse", False),
        ("PLACE", "Hwagok station", "by [PERSON-1] station", False),
        ("PLACE", "Jinhai guesthouse", "the Jinhai [PLACE]", True),
        # the article of a nickname survives in any sentence
        ("PERSON", "the Owl", "the officer they called '[PERSON-1]'", False),
        ("PERSON", "the Owl", "they called him the Owl", True),
        # a date leaks by its day and month, a number by four digits in a row
        ("DATE", "19.08.2021", "[DATE, August 2021]", False),
        ("DATE", "19.08.2021", "on 19 August", True),
        ("ID_NUMBER", "2а-3314/21", "no. 3314", True),
        ("ID_NUMBER", "2а-3314/21", "no. [ID_NUMBER]", False),
    ],
)
def test_leaks(entity: str, gold: str, output: str, leaked: bool) -> None:
    assert leaks(entity, gold, output) is leaked
