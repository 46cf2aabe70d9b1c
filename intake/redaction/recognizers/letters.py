"""Names in the greeting and the signature of a message: "Hi Jin,", "Dear Ms Taylor", "Thanks, Dae".

Notes, e-mails and letters pasted into an answer open with a greeting and
end with a name on its own. A greeting at the start of a line takes one to
three capitalised words before a comma, a colon, "!" or the line end; a
sign-off ("Thanks", "Thank you", "Regards", "Best", "Love", ...) takes the
name after it when nothing but punctuation follows to the end of the text, and
so does a dash or a slash: "Dont write my name pls - Rafiqul", "말하겠소. — 명철",
"/Johan" (a name that is no English word; in Hangul, given-name syllables).

Near-misses: "Hi all,", "Dear Team,", "Dear colleagues", "Thanks, that helped
a lot.", "Best regards, the Team", "thank you, sir".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction.english_words import is_english_word
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.hangul import GIVEN_SYLLABLES, SURNAME_SYLLABLES
from intake.redaction.recognizers.titled_names import HONORIFICS, TITLE_WORDS

_NAME = r"[A-Z][a-zŏŭ]+(?:[-'’][A-Za-zŏŭ]+)?(?:[ \-][A-Z][a-zŏŭ]+(?:-[a-zŏŭ]+)?){0,2}"
_GREETING = re.compile(
    rf"(?m)^[ \t]*(?i:hi|hello|dear|hey)[ \t]+(?:(?P<title>[A-Za-z]+)\.?[ \t]+)?"
    rf"(?P<name>{_NAME})[ \t]*(?=[,:!]|$)"
)
_SIGN_OFF = re.compile(
    r"(?i:thanks|thank\s+you|regards|best\s+regards|best\s+wishes|best|cheers|sincerely"
    r"|yours(?:\s+sincerely|\s+truly)?|love|warmly|take\s+care)[ \t]*[,.!]?\s*"
    rf"(?P<name>{_NAME})[\s.!]*\Z"
)
_DASH_SIGNATURE = re.compile(
    rf"(?<!\S)[-–—/][ \t]*(?:(?P<name>{_NAME})|(?P<hangul>[가-힣]{{2,3}}))[\s.!]*\Z"
)
_GROUP_WORDS = frozenset(
    """
    all everyone everybody team colleagues friends guys folks there both sir madam
    madame team members editor editors committee
    """.split()  # noqa: SIM905
)


def _a_name(name: str) -> bool:
    first = name.split()[0].casefold()
    return first not in STOP_WORDS and first not in _GROUP_WORDS and first not in TITLE_WORDS


class LetterNameRecognizer(DomainRecognizer):
    """The name after a greeting at a line start, or after a sign-off or a dash at the end of
    the text."""

    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _GREETING.finditer(text):
            title = (match.group("title") or "").casefold()
            if title and title not in HONORIFICS:
                continue
            if _a_name(match.group("name")):
                yield Span("PERSON", match.start("name"), match.end("name"), 0.7)
        sign_off = _SIGN_OFF.search(text)
        if sign_off is not None and _a_name(sign_off.group("name")):
            yield Span("PERSON", sign_off.start("name"), sign_off.end("name"), 0.7)
        dashed = _DASH_SIGNATURE.search(text)
        if dashed is not None and _signed(dashed.group("name"), dashed.group("hangul")):
            part = "name" if dashed.group("name") else "hangul"
            yield Span("PERSON", dashed.start(part), dashed.end(part), 0.6)


def _signed(name: str | None, hangul: str) -> bool:
    """A name after a dash at the end: words that are not all English; or Hangul given-name
    syllables, a surname before them allowed ("명철", "김명철"; not "감사")."""
    if name is not None:
        return _a_name(name) and not all(is_english_word(w) for w in re.split(r"[ \-]", name))
    given = hangul[1:] if len(hangul) == 3 and hangul[0] in SURNAME_SYLLABLES else hangul
    return all(ch in GIVEN_SYLLABLES for ch in given)
