"""The redaction engine: one Presidio AnalyzerEngine, built once, reused for every text.

:meth:`Redactor.load` is slow (spaCy, Kiwi and the gazetteer: a few seconds)
and blocking; the UI calls it in a worker thread. :meth:`Redactor.redact` is
safe to call from one thread at a time per Redactor. Nothing here touches the
network: models come from installed packages and tldextract uses its bundled
public-suffix snapshot. Presidio's decision-process logging stays off, because
it would write the analysed text to the log.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import tldextract.tldextract
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from intake.errors import RedactionError
from intake.redaction import gazetteer, language, recognizers
from intake.redaction.companies import company_spans
from intake.redaction.english_words import is_english_word
from intake.redaction.findings import Finding, RedactionResult, render
from intake.redaction.lists import listed_names
from intake.redaction.nlp import OfflineSpacyNlpEngine
from intake.redaction.normalize import fold, has_hangul, strip_latin_marks
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap
from intake.redaction.recognizers.base import Span
from intake.redaction.recognizers.hangul import warm_up
from intake.redaction.recurrence import recurrences
from intake.redaction.replacement import replacement_for

DENY_LIST = "deny list"
"""The ``recognizer`` of a finding that comes from the per-interview deny list."""

RECURRENCE = "recurrence"
"""The ``recognizer`` of a finding that repeats something found elsewhere in the text."""

LISTED = "list"
"""The ``recognizer`` of a finding listed next to a name found (:mod:`intake.redaction.lists`)."""

_MIN_SCORE = 0.35
_WEB_ADDRESS_SCORE = 0.95
# a word, hyphenated or not, in letters of any alphabet: capitalised, see _capitalised
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_]+(?:-[^\W\d_]+)?) $")
_NAME_AFTER = re.compile(r" ([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")
# particles before a surname: "van der Berg", "dos Santos", "al Mansouri"
_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’.-])(van der|van den|van de|van|von|de la|de|da|dos|das|di|del|della|ter|ten"
    r"|al|el|bin|ibn) $"
)
# a word for someone's build, age or kin before a name makes one nickname: "Big Kim", "Tall
# Ri", "Uncle Misha", "old man Pak", "we called her auntie lena"; "my uncle Kwon" is a
# relative named Kwon
_NICKNAME_BEFORE = re.compile(
    r"(?<![\w.-])(?P<owner>(?i:my|his|(?<!call )(?<!called )(?<!calls )her|our|their|your)[ \t]+)?"
    r"(?P<prefix>(?i:old[ \t]+(?:man|lady|woman)|big|little|old|young|fat|tall|short|small"
    r"|skinny|uncle|auntie|aunt|granny|grandpa|grandma|granddad))[ \t]+$"
)
_CODE_TYPES = frozenset({"ID_NUMBER", "HANDLE", "EMAIL", "URL", "PHONE"})
_ALLOWED_PHRASE_REACH = 40
_MAX_NEIGHBOURS = 3
_PHRASE_WORD = re.compile(r"[\w'’.-]+")
_ARTICLE = re.compile(r"^(?i:the)\s+")
_HANGUL_PARTICLE = re.compile(
    r"(?<=[가-힣])(?:에서|으로|까지|부터|하고|이랑|도|는|은|이|가|을|를|의|에|로)$"
)
_TRIM = " \t\r\n.,;:!?\"'()[]{}“”‘’"
# the rest of a web address a recognizer stopped inside of: a letter, digit or path mark next
# groups of capitals or digits joined to the end of a number: the rest of the same number
_NUMBER_REST = re.compile(r"(?:[-/](?:[A-Z]{1,3}|\d+))+(?![\w-])")
_PHONE_DIGIT = re.compile(r"[\d*]")
_MIN_PHONE_DIGITS = 7
_URL_REST = re.compile(r"(?<=[\w/.])[\w/.?=&%#~+-]+")


@dataclass(frozen=True)
class _Candidate:
    type: str
    start: int
    end: int
    score: float
    recognizer: str


def use_bundled_public_suffix_list() -> None:
    """Make tldextract (used by Presidio's e-mail check) read its snapshot, never the web."""
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
    )


class Redactor:
    """Finds identifiers in interview answers and replaces them according to a policy."""

    def __init__(self, analyzer: AnalyzerEngine, policy: Policy) -> None:
        self._analyzer = analyzer
        self.policy = policy

    @classmethod
    def load(cls, policy: Policy | None = None) -> Redactor:
        """Build the engine (blocking, a few seconds). Run it in a worker thread in a UI."""
        use_bundled_public_suffix_list()
        nlp_engine = OfflineSpacyNlpEngine()
        nlp_engine.load()
        registry = RecognizerRegistry(
            recognizers=[r for lang in language.SUPPORTED for r in recognizers.build(lang)],
            supported_languages=list(language.SUPPORTED),
        )
        analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=list(language.SUPPORTED),
            log_decision_process=False,
        )
        gazetteer.load()
        warm_up()
        return cls(analyzer, policy or Policy.default())

    def redact(
        self,
        text: str,
        *,
        lang: str | None = None,
        pseudonyms: PseudonymMap,
        deny: Sequence[str] = (),
        allow: Sequence[str] = (),
    ) -> RedactionResult:
        """Redact ``text``; offsets of the findings refer to ``text`` itself.

        ``lang`` is "en" or "ko" (detected when None). ``deny`` terms (the
        interviewee, family, places) are always redacted, in every case and
        spelling; ``allow`` terms are never redacted. ``pseudonyms`` is the
        interview's map and is updated in place.
        """
        if not isinstance(text, str):
            raise RedactionError("text to redact must be a string")
        if not text.strip():
            return RedactionResult(text, [])
        lang = lang or language.detect(text)
        if lang not in language.SUPPORTED:
            raise RedactionError(f"unsupported language {lang!r} (use one of en, ko)")
        allowed = frozenset(fold(term) for term in allow if fold(term))
        widened = [
            self._with_neighbouring_names(text, c, allowed)
            for c in (self._candidate(text, r) for r in self._analyze(text, lang))
            if c is not None
        ]
        companies = company_spans(text)
        candidates = [
            c
            for c in widened
            if not self._allowed(text, c, allowed) and not _inside_a_company(c, companies)
        ]
        candidates += _deny_matches(text, deny)
        resolved = _resolve(_without_names_inside_codes(candidates))
        found = [Span(c.type, c.start, c.end, c.score) for c in resolved]
        listed = [
            _Candidate(s.type, s.start, s.end, s.score, LISTED)
            for s in listed_names(text, found)
            if not self.policy.allows(text[s.start : s.end], allowed)
        ]
        if listed:
            resolved = _resolve(resolved + listed)
            found = [Span(c.type, c.start, c.end, c.score) for c in resolved]
        resolved = _resolve(
            resolved
            + [
                _Candidate(s.type, s.start, s.end, s.score, RECURRENCE)
                for s in recurrences(text, found)
                if not self.policy.allows(text[s.start : s.end], allowed)
            ]
        )
        findings = []
        # only a place needs the countries the answer names (see replacement_for)
        places = any(c.type == "PLACE" for c in resolved)
        countries = gazetteer.load().countries_in(text) if places else frozenset()
        for c in resolved:
            action = self.policy.action_for(c.type)
            original = text[c.start : c.end]
            replacement = replacement_for(
                c.type,
                original,
                action,
                pseudonyms=pseudonyms,
                policy=self.policy,
                countries=countries,
            )
            findings.append(
                Finding(
                    c.type, c.start, c.end, round(c.score, 2), c.recognizer, action, replacement
                )
            )
        return RedactionResult(render(text, findings), findings)

    def _analyze(self, text: str, lang: str) -> list[RecognizerResult]:
        """Every recognizer's results on ``text`` and, when it has accents, tone marks or
        breves, on the same text without them ("zhōu měilíng" is read as "zhou meiling" too;
        the offsets are the same)."""
        results: list[RecognizerResult] = []
        for variant in dict.fromkeys((text, strip_latin_marks(text))):
            results += self._analyzer.analyze(
                text=variant, language=lang, score_threshold=_MIN_SCORE
            )
        return results

    def _allowed(self, text: str, candidate: _Candidate, allowed: frozenset[str]) -> bool:
        """The candidate is an allow-listed term, is made of allow-listed words only ("yalla
        yalla"), or lies inside one ("Jong" in "Kim Jong Un", "Women's" in "Socialist
        Women's Union")."""
        found = text[candidate.start : candidate.end]
        bare = _HANGUL_PARTICLE.sub("", _ARTICLE.sub("", found))
        if self.policy.allows(found, allowed) or (
            len(bare) > 1 and self.policy.allows(bare, allowed)
        ):  # "the Koreans", as people quote what others called them; "위챗도" (not "남이": 남)
            return True
        parts = found.split()
        if len(parts) > 1 and all(self.policy.allows(part, allowed) for part in parts):
            return True  # "yalla yalla", "Kakao WeChat"
        if not self.policy.may_be_inside_allowed(found, allowed):
            return False
        window_start = max(0, candidate.start - _ALLOWED_PHRASE_REACH)
        window = text[window_start : candidate.end + _ALLOWED_PHRASE_REACH]
        words = [
            (window_start + m.start(), window_start + m.end())
            for m in _PHRASE_WORD.finditer(window)
        ]
        # a Hangul word may end in a particle: "정치지도원이" holds "정치지도원"
        ends = {end for _, end in words} | {
            end
            for start, stop in words
            if has_hangul(text[start:stop])
            for end in range(start + 1, stop)
        }
        return any(
            self.policy.allows(text[start:end], allowed)
            for start, _ in words
            if start <= candidate.start
            for end in ends
            if end >= candidate.end and (start, end) != (candidate.start, candidate.end)
        )

    def _with_neighbouring_names(
        self, text: str, candidate: _Candidate, allowed: frozenset[str]
    ) -> _Candidate:
        """A name or place widened over capitalised words next to it that are no English
        words ("Tuol" before "Tom Poung"), and a name over the particle before its surname
        ("van" in "Mrs van Dijk") and over the first word of a nickname ("Big Kim"), so no
        part of a longer name is left behind."""
        if candidate.type not in ("PERSON", "PLACE"):
            return candidate

        def name_part(word: str) -> bool:
            if not _capitalised(word):
                return False
            places = gazetteer.load()
            if places.country(word) or self.policy.allows(word, allowed):
                return False
            if word.casefold() in STOP_WORDS:
                return False
            # the word list holds many towns ("Sabah"): a town is a name part, not a word
            return not is_english_word(word) or places.lookup(word) is not None

        start, end = candidate.start, candidate.end
        # a few words each way: a run of names ("Altan Barilga Altan Barilga ...") widens
        # each name found in it by so much, not by the whole run (which took time with the
        # square of its length)
        for _ in range(_MAX_NEIGHBOURS):
            before = _NAME_BEFORE.search(text, max(0, start - 40), start)
            if before is None or not name_part(before.group(1)):
                break
            start = before.start(1)
        if candidate.type == "PERSON" and (
            particle := _PARTICLE_BEFORE.search(text, max(0, start - 12), start)
        ):
            start = particle.start(1)
        if (
            candidate.type == "PERSON"
            and (nickname := _NICKNAME_BEFORE.search(text, max(0, start - 24), start))
            and not self.policy.allows(text[start:end], allowed)  # "a small Huawei"
        ):
            start = start if nickname.group("owner") else nickname.start("prefix")
        for _ in range(_MAX_NEIGHBOURS):
            after = _NAME_AFTER.match(text, end)
            if after is None or not name_part(after.group(1)):
                break
            end = after.end(1)
        if (start, end) == (candidate.start, candidate.end):
            return candidate
        return _Candidate(candidate.type, start, end, candidate.score, candidate.recognizer)

    @staticmethod
    def _candidate(text: str, result: RecognizerResult) -> _Candidate | None:
        entity = recognizers.PRESIDIO_TYPES.get(result.entity_type, result.entity_type)
        if entity not in recognizers.OUR_TYPES:
            return None
        start, end = result.start, result.end
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if start >= end:
            return None
        if entity in ("PERSON", "PLACE"):
            start, end = _whole_words(text, start, end)
        metadata = result.recognition_metadata or {}
        name = str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "presidio"))
        score = float(result.score)
        if entity == "URL" and (rest := _URL_REST.match(text, end)):
            end = len(text[: rest.end()].rstrip(".,;:!?"))  # "web.archi" of "web.archive.org/..."
        if entity == "ID_NUMBER" and (rest := _NUMBER_REST.match(text, end)):
            end = rest.end()  # "-F-0392" of "371100-2019-F-0392"
        if entity == "URL" and "." not in text[start:end]:
            return None  # "...and": an ellipsis before a word, read as the domain ".an"
        if (
            entity == "PHONE"
            and 0 < len(_PHONE_DIGIT.findall(text, start, end)) < _MIN_PHONE_DIGITS
        ):
            # a phone in digits has seven or more: not "800.00" of "46,800.00 CNY"; a masked
            # "138****2261" counts whole, and one read out in words has none
            return None
        if entity in ("URL", "EMAIL") and any(mark in text[start:end] for mark in "/@"):
            # a web address with a path or an @ is certain, and holds the names inside it
            score = max(score, _WEB_ADDRESS_SCORE)
        return _Candidate(entity, start, end, score, name)


def _capitalised(word: str) -> bool:
    """Each part a capital and small letters, in any Latin alphabet ("Tuol", "Ionuț-Cătălin")."""
    return all(
        len(part) > 1 and part[0].isupper() and part[1:].islower() and not has_hangul(part)
        for part in word.split("-")
    )


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a Latin name to whole hyphenated words ("Kwang" in "Kwang-myŏng")."""

    def latin(ch: str) -> bool:
        return ch.isalpha() and not has_hangul(ch)

    while start > 1 and (
        latin(text[start - 1]) or (text[start - 1] == "-" and latin(text[start - 2]))
    ):
        start -= 1
    while end < len(text) - 1 and (latin(text[end]) or (text[end] == "-" and latin(text[end + 1]))):
        end += 1
    if end == len(text) - 1 and latin(text[end]):
        end += 1
    return start, end


def _deny_matches(text: str, deny: Sequence[str]) -> list[_Candidate]:
    """Every occurrence of every deny term, in any case, with hyphens or spaces or neither."""
    found = []
    for term in deny:
        parts = [re.escape(p) for p in re.split(r"[\s\-'’]+", term.strip()) if p]
        if not parts:
            continue
        body = r"[\s\-'’]*".join(parts)
        # Hangul terms take particles directly after them ("김철수가"), so no end boundary.
        pattern = (
            rf"(?<!\w){body}" if has_hangul(term) else rf"(?<!\w){body}(?!\w)|(?<!\w){body}(?='s)"
        )
        entity = "PLACE" if gazetteer.load().lookup(term) is not None else "PERSON"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            found.append(_Candidate(entity, match.start(), match.end(), 1.0, DENY_LIST))
    return found


def _inside_a_company(candidate: _Candidate, companies: list[tuple[int, int]]) -> bool:
    """A name or place inside a company's name with its legal form is part of an organisation
    the research keeps ("Altan" of "Altan Barilga LLC"; see companies.py)."""
    return candidate.type in ("PERSON", "PLACE") and any(
        start <= candidate.start and candidate.end <= end for start, end in companies
    )


def _without_names_inside_codes(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a name or place that lies inside a longer number, handle, e-mail or URL ("WP" in
    the permit number "WP/PL/114927", "choe" in the handle "mh_choe1977"): it is part of it.
    A date stays, to be weighed against the number ("03/12/2018 02:15" is no number)."""
    codes = [c for c in candidates if c.type in _CODE_TYPES]
    return [
        c
        for c in candidates
        if c.type in _CODE_TYPES
        or c.type == "DATE"
        or not any(
            code.start <= c.start and c.end <= code.end and code.end - code.start > c.end - c.start
            for code in codes
        )
    ]


_NUMBERS = frozenset({"PHONE", "ID_NUMBER"})


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping spans: the strongest (then longest) wins; same-type overlaps merge;
    a weaker number that holds the stronger numbers whole takes their place, so no part of
    it is left behind (a bank number "0033 0000 4532 1188 9010" read in part as a phone)."""
    accepted: list[_Candidate] = []  # in text order, so their ends are in order too
    for c in sorted(candidates, key=lambda c: (-c.score, -(c.end - c.start), c.start)):
        first = bisect.bisect_right(accepted, c.start, key=lambda a: a.end)
        last = first
        while last < len(accepted) and accepted[last].start < c.end:
            last += 1
        overlapping = accepted[first:last]
        if not overlapping:
            accepted.insert(first, c)
        elif all(
            c.start <= a.start and a.end <= c.end and {a.type, c.type} <= _NUMBERS
            for a in overlapping
        ):
            accepted[first:last] = [c]
        elif len(overlapping) == 1 and overlapping[0].type == c.type:
            # the union of two overlapping spans meets no other accepted span
            kept = overlapping[0]
            accepted[first] = _Candidate(
                kept.type,
                min(kept.start, c.start),
                max(kept.end, c.end),
                kept.score,
                kept.recognizer,
            )
    return accepted
