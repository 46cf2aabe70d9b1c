"""Every recognizer the engine runs, registered in one place.

:func:`build` returns, per language, our domain recognizers plus the Presidio
recognizers we keep (spaCy names and places for English, e-mail, URL, phone
numbers of our countries, Korean registration numbers). Presidio's own entity
names are mapped to ours by :data:`PRESIDIO_TYPES`.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    KrRrnRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
)

from intake.redaction.recognizers.addresses import AddressRecognizer
from intake.redaction.recognizers.day_dates import DayDateRecognizer
from intake.redaction.recognizers.documents import DocumentNumberRecognizer
from intake.redaction.recognizers.fields import DocumentFieldRecognizer
from intake.redaction.recognizers.foreign_names import ForeignNameRecognizer
from intake.redaction.recognizers.han_names import HanNameRecognizer
from intake.redaction.recognizers.handles import HandleRecognizer
from intake.redaction.recognizers.hangul import HangulNameRecognizer
from intake.redaction.recognizers.letters import LetterNameRecognizer
from intake.redaction.recognizers.lower_case import LowerCaseNameRecognizer
from intake.redaction.recognizers.nicknames import NicknameRecognizer
from intake.redaction.recognizers.phones import LocalPhoneRecognizer
from intake.redaction.recognizers.places import PlaceRecognizer
from intake.redaction.recognizers.proper_nouns import ProperNounRecognizer
from intake.redaction.recognizers.romanised_names import RomanisedNameRecognizer
from intake.redaction.recognizers.spacy_names import ProperNounSpacyRecognizer
from intake.redaction.recognizers.spelled import SpelledNameRecognizer
from intake.redaction.recognizers.titled_names import TitledNameRecognizer
from intake.redaction.recognizers.web import EmailAddressRecognizer

LANGUAGES = ("en", "ko")

PHONE_REGIONS = ("KR", "KP", "CN", "RU", "MN", "PL", "KW", "QA", "AE", "US", "GB")
"""Countries whose phone numbers libphonenumber looks for without a ``+`` prefix."""

DOMAIN_RECOGNIZERS = (
    RomanisedNameRecognizer,
    ForeignNameRecognizer,
    HangulNameRecognizer,
    HanNameRecognizer,
    NicknameRecognizer,
    SpelledNameRecognizer,
    TitledNameRecognizer,
    LetterNameRecognizer,
    PlaceRecognizer,
    ProperNounRecognizer,
    LowerCaseNameRecognizer,
    LocalPhoneRecognizer,
    DocumentNumberRecognizer,
    DocumentFieldRecognizer,
    HandleRecognizer,
    AddressRecognizer,
    DayDateRecognizer,
    EmailAddressRecognizer,
)

PRESIDIO_TYPES = {
    "PERSON": "PERSON",
    "LOCATION": "PLACE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "KR_RRN": "ID_NUMBER",
}
"""Presidio entity → our type; anything else a Presidio recognizer reports is ignored."""

OUR_TYPES = frozenset(PRESIDIO_TYPES.values()) | {
    entity for cls in DOMAIN_RECOGNIZERS for entity in cls.ENTITIES
}


# Presidio's e-mail and bare-URL patterns start at every character of a run of address
# characters and scan the run again from each: "1.1.1.1..." of 100,000 characters took 40 s.
# Held to the start of a run, the same patterns take linear time; an address inside a run
# ("...kim@naver.com") is left to our own e-mail recognizer.
_RUN_START = {
    "Email (Medium)": r"(?<![!#$%&'*+\-/=?^_`{|}~.\w])",
    "Non schema URL": r"(?<![a-z0-9.\-])",
}


def _from_run_start(patterns: list[Pattern]) -> list[Pattern]:
    """Presidio's ``patterns``, those named in :data:`_RUN_START` held to a run's start."""
    held = []
    for pattern in patterns:
        regex = pattern.regex
        if guard := _RUN_START.get(pattern.name):
            flags = "(?i)" if regex.startswith("(?i)") else ""
            regex = flags + guard + regex[len(flags) :]
        held.append(Pattern(pattern.name, regex, pattern.score))
    return held


def build(language: str) -> list[EntityRecognizer]:
    """Fresh instances of every recognizer for ``language`` ("en" or "ko")."""
    recognizers: list[EntityRecognizer] = [cls(language) for cls in DOMAIN_RECOGNIZERS]
    recognizers += [
        EmailRecognizer(
            supported_language=language, patterns=_from_run_start(EmailRecognizer.PATTERNS)
        ),
        UrlRecognizer(
            supported_language=language, patterns=_from_run_start(UrlRecognizer.PATTERNS)
        ),
        PhoneRecognizer(supported_language=language, supported_regions=PHONE_REGIONS),
        KrRrnRecognizer(supported_language=language),
    ]
    if language == "en":
        recognizers.append(ProperNounSpacyRecognizer())
    return recognizers
