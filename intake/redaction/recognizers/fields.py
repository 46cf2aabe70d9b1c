"""Names and places read out from a document's fields: "Surname PAK, given name YONG NAM".

Interviewers copy passports, visas and contracts field by field, with the
values in capitals as the document prints them. After a field label (surname,
given names, name, place of birth, place of issue) the words in capitals, or
capitalised words that are no English words, are the value: a person or a
place; after a cover name, code name, nickname or alias, any capitalised words
("Cover name: Hyacinth"). Hits: "SURNAME: RI. GIVEN NAMES: KUM CHOL", "place of
birth KANGGYE", "given name Yong Nam", and a Hangul word of two to four
syllables after a Korean form's name or place label and a colon ("성명: 정금희",
"담당의: 윤세라", "출생지: 회령"). Tickets and mails name people by their fields too: a
passenger or a guest ("Passenger: HOLLOWAY/RUTH MS"), the words before an address in angle
brackets ("Helen Marsh <h.marsh@...>"), and the sender or addressee of a mail's header
("To: Cho Min-guk" where a "Subject:" or "Sent:" line shows it is a mail).
Near-misses: "the name of the Party", "my name was important", "given name: unknown",
"place of birth: North Korea" (a country: the engine keeps it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction.english_words import is_english_word
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import SURNAMES

_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:(?P<alias>(?:cover|code|nick) ?names?|alias|a\.k\.a\.)"
    r"|(?P<person>(?:sur|family |last |first |given |full |maiden )?names?)"
    r"|(?P<place>place of (?:birth|issue)|birth ?place))\s*[:.\-–]?\s+['‘\"“]?"
    r"|(?<![\w-])(?P<party>passenger|guest|traveller|traveler|payee|beneficiary)\s*:\s*"
)
# A mail's sender or addressee: the words before an address in angle brackets ("Helen Marsh
# <h.marsh@...>"), and a header's value when the answer holds a mail ("To: Cho Min-guk" with
# a "Subject:" or "Sent:" line)
_BEFORE_ADDRESS = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) ?<[^<>\s@]+@[^<>\s]+>"
)
# A name as tickets and passenger lists print it, surname and given names split by a slash
# and a title after them: "KIM/SONGIL MR", "HOLLOWAY/RUTH MS" (not "USD/RUB", "N/A")
_TICKET_NAME = re.compile(
    r"(?<![\w/])(?P<name>[A-Z]{2,}(?:[ -][A-Z]{2,})?/[A-Z]{2,}(?:[ -][A-Z]{2,})?)"
    r" (?:MR|MRS|MS|MISS|MSTR)(?![\w/])"
)
_MAIL = re.compile(r"(?im)^[ \t>]*(?:subject|sent)\s*:")
_HEADER = re.compile(
    r"(?m)^[ \t>]*(?i:from|to|cc)\s*:[ \t]*(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r"[ \t]*(?:$|[<;,(])"
)
_VALUE_WORD = re.compile(r"[A-Z][\w-]*(?:['’][\w-]+)*")  # no closing quote: "'KimCoder'"
_KOREAN_FIELD = re.compile(
    r"(?<![가-힣])(?:(?P<person>성명|이름|본명|환자|담당의|담당자|작성자|진술인|의뢰인 성명)"
    r"|(?P<place>출생지|출생 장소|고향|본적|주소지))\s*:\s*(?P<value>[가-힣]{2,4})(?![가-힣])"
)
_MAX_WORDS = 4
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve|m|t)$")
_FIELD_WORDS = frozenset(
    {"surname", "given", "name", "names", "place", "date", "sex", "nationality", "passport",
     "birth", "issue", "expiry", "no", "number", "type", "code", "authority"}
)  # fmt: skip


class DocumentFieldRecognizer(DomainRecognizer):
    """The value after a name or place field label, up to four words."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for label in _LABEL.finditer(text):
            end = position = label.end()
            for _ in range(_MAX_WORDS):
                word = _VALUE_WORD.match(text, position)
                if word is None or not _value_word(word.group(), alias=bool(label["alias"])):
                    break
                end = word.end()
                if text[end : end + 1] not in (" ", "/"):  # "HOLLOWAY/RUTH MS", as tickets print
                    break
                position = end + 1
            if end > label.end():
                kind = "PLACE" if label.group("place") else "PERSON"
                yield Span(kind, label.end(), end, 0.75)
        for match in _TICKET_NAME.finditer(text):
            yield Span("PERSON", *match.span("name"), 0.8)
        for match in _BEFORE_ADDRESS.finditer(text):
            yield Span("PERSON", *match.span("name"), 0.75)
        for match in _HEADER.finditer(text) if _MAIL.search(text) else ():
            if not all(map(is_english_word, match.group("name").split())):  # "To: All Staff"
                yield Span("PERSON", *match.span("name"), 0.75)
        for field in _KOREAN_FIELD.finditer(text):
            kind = "PERSON" if field.group("person") else "PLACE"
            yield Span(kind, field.start("value"), field.end("value"), 0.75)


def _value_word(word: str, *, alias: bool) -> bool:
    """A word in capitals ("KUM", "RI"), a surname ("surname Sun"), a capitalised word that
    is no English word, or any capitalised word after "cover name" ("Hyacinth"); not
    the label of the next field ("SURNAME RI GIVEN NAMES KUM CHOL"), nor a stop word with
    its contraction ("your name. That's the Party cell")."""
    key = word.casefold()
    if key in STOP_WORDS or key in _FIELD_WORDS or _CONTRACTION.sub("", key) in STOP_WORDS:
        return False
    return (
        alias or (word.isupper() and len(word) > 1) or key in SURNAMES or not is_english_word(word)
    )
