"""Names after a title, a role or a family word: "Mr. Hwang", "manager Tkachuk", "my brother chol".

The word before a name says that a name follows, whatever its origin:
honorifics ("Mr.", "Dr", "Comrade") take any capitalised word; roles
("director", "foreman", "driver") and family or social words ("my brother",
"his wife", "my friend") take a capitalised word that is not an English word
(or is a known surname: "Manager Park"); after "my/his/her/our/their" + a
family word, a lower-case romanised given name counts too ("my brother chol").
Up to three name words are taken ("Dr. Fathima Rasheed").

A nationality after an article works as a role ("the Tajik Farrukh").

Near-misses: "Mr. President", "the manager Said", "my brother was", "the
Director General", "Comrade Director", "my friend from Russia", "the Russian
Far East", "the Chinese Dalian office".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.dates import MONTHS
from intake.redaction.english_words import is_english_word
from intake.redaction.policy import NATIONALITIES
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import SURNAMES, is_given_name

HONORIFICS = frozenset(
    """
    mr mrs ms miss dr mister madam comrade dongmu tongmu dongji tongji prof professor sir
    pastor reverend rev priest imam deacon missionary evangelist ajumma ajumoni ajumeoni ajussi
    ajusshi ajeossi abai abaji omoni halmoni halmeoni harabeoji
    oppa unni unnie onni eonni hyung hyong hyeong nuna noona sonsaengnim seonsaengnim banjang
    elder doña dona señora senora senhora señor senor senhor herr frau pani monsieur madame mme
    signora gospodin gospozha md
    """.split()  # noqa: SIM905
)
ROLES = frozenset(
    """
    director captain capt manager chairman secretary officer inspector major colonel
    lieutenant sergeant boss foreman supervisor engineer doctor nurse teacher driver
    guard leader chief interpreter translator agent broker minister ambassador consul
    owner landlord landlady cook accountant instructor overseer head deputy representative
    lawyer advocate attorney solicitor barrister counsel notary judge prosecutor caseworker
    senator congressman congresswoman commissioner councillor councilor mayor governor
    rapporteur delegate
    """.split()  # noqa: SIM905
)
FAMILY = frozenset(
    """
    brother sister wife husband son daughter cousin uncle aunt auntie nephew niece friend
    mother father mom mum mama dad papa grandmother grandfather grandma grandpa roommate
    colleague coworker neighbour neighbor girlfriend boyfriend fiance fiancé fiancee
    fiancée partner buddy mate
    """.split()  # noqa: SIM905
)
# family words that are also the titles of nuns, monks and priests: "Sister Mary Thomas"
_RELIGIOUS = frozenset({"sister", "brother", "father", "mother"})
TITLE_WORDS = HONORIFICS | ROLES | FAMILY
"""Words that announce a name; never a name or a place themselves."""
_NOT_NAMES = frozenset(STOP_WORDS) | TITLE_WORDS | {m.casefold() for m in MONTHS} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "president", "general", "god", "sir",
}  # fmt: skip

_TITLE = re.compile(
    r"(?<![\w'’-])(?P<owner>(?i:my|his|her|our|their)\s+)?"
    r"(?P<title>[A-Za-z]+)\.?,?\s+(?=[A-Za-z])"
)
# a transcript's speaker label in capitals: "SENATOR BRANDT:", "M. NDIAYE (by video)"
_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?P<title>[A-Z]{2,}|M(?=\.))\.?[ \t]+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?)[ \t]*(?=[:(])"
)
_NAME_WORD = re.compile(r"[A-Za-zŏŭŎŬ][\w'’]*(?:-[A-Za-zŏŭŎŬ][\w'’]*)?")
# "the Tajik Farrukh", "our Chinese Liu": a nationality used as a title
_NATIONALITY_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:the|a|an|our|my|his|her|their)\s+(?P<nation>[A-Z][a-z]+)\s+(?=[A-Z])"
)
# titles written short with a dot: "Dr. Kim"; after any other title a dot ends the sentence
_ABBREVIATED = frozenset(
    "mr mrs ms dr prof rev capt lt sgt gen col maj insp supt fr sr jr st eng engr md".split()  # noqa: SIM905
)
_LOWER_CASE_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})
_MAX_NAME_WORDS = 3
_POSSESSIVE_S = re.compile(r"['’]s$")


class TitledNameRecognizer(DomainRecognizer):
    """One to three name words after an honorific, a role or a family word."""

    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _TITLE.finditer(text):
            title = match.group("title").casefold()
            if title not in TITLE_WORDS:
                continue
            if text.startswith(".", match.end("title")) and title not in _ABBREVIATED:
                continue  # "a friend. Oh, everybody laughed": the sentence ended
            capital = match.group("title")[0].isupper()
            honorific = capital and (title in HONORIFICS or title in _RELIGIOUS)
            family = title in FAMILY and match.group("owner") is not None
            # "mr camilleri", "ms. bang": in lower-case transcripts any word after "mr" is a name
            lower = not capital and title in _LOWER_CASE_HONORIFICS
            end = self._name_end(text, match.end(), honorific or lower, family or lower)
            if end is not None and not (
                "," in match.group() and _place_after(text, match.end(), end)
            ):  # "tuk-tuk driver, Siem Reap" names where the driver works
                yield Span("PERSON", match.end(), end, 0.87)
        for match in _SPEAKER.finditer(text):
            title = match.group("title").casefold()
            if (title == "m" or title in TITLE_WORDS) and all(
                _is_name(word.capitalize(), True, False) for word in match.group("name").split()
            ):
                yield Span("PERSON", *match.span("name"), 0.87)
        for match in _NATIONALITY_BEFORE.finditer(text):
            nation = match.group("nation")
            if not (gazetteer.is_demonym(nation) or nation in NATIONALITIES):
                continue
            end = self._name_end(text, match.end(), False, False)
            if end is not None and gazetteer.load().lookup(text[match.end() : end]) is None:
                yield Span("PERSON", match.end(), end, 0.8)

    @staticmethod
    def _name_end(text: str, position: int, honorific: bool, family: bool) -> int | None:
        """Where the name starting at ``position`` ends, or None when no name starts there."""
        end = None
        for count in range(_MAX_NAME_WORDS):
            word = _NAME_WORD.match(text, position)
            if word is None:
                break
            name = _POSSESSIVE_S.sub("", word.group())
            if not _is_name(name, honorific, family and count == 0):
                break
            end = word.start() + len(name)
            if name != word.group():
                break
            gap = re.match(r" +", text[end:])
            if gap is None:
                break
            position = end + gap.end()
        return end


_NEXT_CAPITALISED = re.compile(r" [A-Z][\w'’-]*")


def _place_after(text: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end``, or with the capitalised word after them, are a
    place of the gazetteer."""
    places = gazetteer.load()
    if places.lookup(text[start:end]) is not None:
        return True
    following = _NEXT_CAPITALISED.match(text, end)
    return following is not None and places.lookup(text[start : following.end()]) is not None


def _is_name(word: str, honorific: bool, lower_case_allowed: bool) -> bool:
    """Whether ``word`` can be part of a name here; a lower-case word only as the first word
    after a family word (a romanised given name) or an honorific (any word)."""
    key = word.casefold().rstrip("'’")  # a plural possessive: "the Korean Workers' Party"
    surname_after_honorific = honorific and word[0].isupper() and key in SURNAMES  # "Madam Son"
    if (
        (key in _NOT_NAMES and not surname_after_honorific)
        or gazetteer.load().country(word)
        or len(key) < 2
    ):
        return False
    if all(gazetteer.is_demonym(part) or part in NATIONALITIES for part in word.split("-")):
        return False  # "a pastor, Korean-American"
    if word[0].isupper():
        return honorific or not is_english_word(key) or key in SURNAMES
    if lower_case_allowed and honorific:
        return True
    return lower_case_allowed and is_given_name(word) and not is_english_word(key)
