"""``intake eval``: how much a redactor leaks, and how much research value it keeps.

Definitions (docs/redaction.md, "Measuring"):

- a gold identifier *leaks* when its text, or any distinctive word of it,
  survives in the output (case-insensitive, as a whole word; Hangul words as a
  substring, since particles attach to them). A distinctive word has at least
  3 letters and is not a title ("Mr", "comrade", "Monsieur", "Director",
  "ajoshi", "지배인": the engine keeps a title before or after a name it
  redacts, "Director [PERSON-1]"), a generic word of
  addresses, kinds of place, kinds of establishment and web addresses
  ("street", "room", "county", "oblast", "hotel", "station", "com", "www") or a
  country name (a town generalised to "[CITY, Kuwait]" leaks nothing), nor the
  article or conjunction inside a name ("the" of "the Owl", "and" of "Iron and Steel");
- a DATE leaks when its day and its month both survive (any day-precision date
  in the output with the same day and month, or the text itself);
- an identifier with digits leaks when 4 consecutive digits of it survive
  within one run of digits of the output;
- a keep term is *lost* when it no longer appears verbatim.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake.errors import RedactionError
from intake.redaction import gazetteer
from intake.redaction.dates import find_dates
from intake.redaction.findings import ENTITY_TYPES
from intake.redaction.normalize import ascii_fold, has_hangul
from intake.redaction.pseudonyms import PseudonymMap

NOT_DISTINCTIVE = frozenset(
    """
    mr mrs ms miss dr mister sir madam comrade dongmu tongmu ssi banjang
    monsieur madame mme mlle senor senora sra don dona herr frau pan pani gospodin gospozha
    director manager teacher captain capt doctor professor officer inspector pastor reverend
    rev father brother sister uncle aunt auntie boss chief lieutenant major colonel sergeant
    ajoshi ajossi ajeossi ajumma ajumoni halmoni hyong hyung oppa onni unni nuna noona dongji
    tongji sonsaengnim seonsaengnim
    동무 동지 선생님 지배인 아저씨 아주머니 미스터 조사관
    사장님 목사님 전도사 지도원 작업반장 부부장
    street str road avenue ave lane boulevard prospekt prospect pereulok ulitsa ulica
    room floor flat apt apartment building block house unit suite lok dom korpus tower box
    first second third fourth fifth east west north south dong gil city town
    county district province oblast krai kray region aimag village prefecture okrug raion
    rayon commune municipality microdistrict khoroo
    com net org www http https html php shop
    hotel guesthouse hostel motel inn supermarket market mall station cafe canteen restaurant
    the and
    """.split()  # noqa: SIM905
)
"""Titles and generic words whose survival does not identify anyone. Kept apart from the
engine's own title lists on purpose, so that tuning the engine never moves the measure."""

_WORD = re.compile(r"[^\W_]+")
_DIGIT_RUN = re.compile(r"\d+")


@dataclass(frozen=True)
class Document:
    """One corpus line: a text, its language, gold identifiers and keep terms."""

    id: str
    text: str
    lang: str
    gold: list[tuple[str, str]]
    keep: list[str]


@dataclass
class Report:
    """Counts per language and type, and every leak and loss for ``--show``."""

    gold: Counter[tuple[str, str]] = field(default_factory=Counter)
    leaked: Counter[tuple[str, str]] = field(default_factory=Counter)
    docs: Counter[str] = field(default_factory=Counter)
    leaky_docs: Counter[str] = field(default_factory=Counter)
    keep: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    details: list[str] = field(default_factory=list)

    def leak_rate(self, lang: str | None = None, entity: str | None = None) -> float:
        """Share of gold identifiers that leaked (0..1), optionally for one language/type."""
        return _rate(self.leaked, self.gold, lang, entity)

    def keep_rate(self, lang: str | None = None) -> float:
        """Share of keep terms that survived verbatim (1.0 when there are none)."""
        total = sum(n for k, n in self.keep.items() if lang in (None, k))
        lost = sum(n for k, n in self.lost.items() if lang in (None, k))
        return 1.0 if total == 0 else (total - lost) / total

    def leaky_doc_rate(self, lang: str | None = None) -> float:
        """Share of documents with at least one leak."""
        total = sum(n for k, n in self.docs.items() if lang in (None, k))
        leaky = sum(n for k, n in self.leaky_docs.items() if lang in (None, k))
        return 0.0 if total == 0 else leaky / total


def _rate(
    part: Counter[tuple[str, str]],
    whole: Counter[tuple[str, str]],
    lang: str | None,
    entity: str | None,
) -> float:
    def pick(counter: Counter[tuple[str, str]]) -> int:
        return sum(
            n for (la, ty), n in counter.items() if lang in (None, la) and entity in (None, ty)
        )

    total = pick(whole)
    return 0.0 if total == 0 else pick(part) / total


def load_corpus(path: Path) -> list[Document]:
    """Read a corpus file; raises RedactionError naming the first bad line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RedactionError(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from None
    documents = []
    for number, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line.decode("utf-8"))
            documents.append(_document(data))
        except UnicodeDecodeError:
            raise RedactionError(f"line {number}: not valid UTF-8") from None
        except (json.JSONDecodeError, RecursionError):
            raise RedactionError(f"line {number}: not valid JSON") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise RedactionError(
                f"line {number}: {exc.args[0] if exc.args else 'bad entry'}"
            ) from None
    return documents


def _document(data: Any) -> Document:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    for key in ("id", "text"):
        if not isinstance(data.get(key), str):
            raise ValueError(f"missing or non-string {key!r}")
    gold = []
    for item in data.get("gold", []):
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)
        ):
            raise ValueError("gold entries must be [TYPE, text]")
        if item[0] not in ENTITY_TYPES:
            raise ValueError(f"unknown gold type {item[0]!r}")
        gold.append((item[0], item[1]))
    keep = data.get("keep", [])
    if not (isinstance(keep, list) and all(isinstance(x, str) for x in keep)):
        raise ValueError("keep must be a list of strings")
    lang = data.get("lang") or ("ko" if has_hangul(data["text"]) else "en")
    return Document(data["id"], data["text"], str(lang), gold, keep)


def leaks(entity: str, text: str, output: str) -> bool:
    """Whether the gold identifier ``text`` of type ``entity`` survives in ``output``."""
    if _survives(text, output):
        return True
    if entity == "DATE":
        days = {(d.day, d.month) for d in find_dates(text)}
        return any((d.day, d.month) in days for d in find_dates(output))
    digits = "".join(ch for ch in text if ch.isdigit())
    runs = _DIGIT_RUN.findall(output)
    for i in range(len(digits) - 3):
        if any(digits[i : i + 4] in run for run in runs):
            return True
    return any(_survives(word, output) for word in distinctive_words(text))


def distinctive_words(text: str) -> list[str]:
    """Words of ``text`` that identify on their own (see the module docstring)."""
    result = []
    for word in _WORD.findall(text):
        letters = sum(ch.isalpha() for ch in word)
        folded = ascii_fold(word).casefold()
        if letters >= 3 and folded not in NOT_DISTINCTIVE and not _is_country(word):
            result.append(word)
    return result


def _is_country(word: str) -> bool:
    return gazetteer.load().country(word) is not None


def _survives(needle: str, output: str) -> bool:
    if has_hangul(needle):
        return needle in output
    pattern = rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])"
    return re.search(pattern, output, re.IGNORECASE) is not None


def evaluate(redactor: Any, documents: Iterable[Document]) -> Report:
    """Redact every document (one pseudonym map each) and count leaks and losses."""
    report = Report()
    started = time.perf_counter()
    for doc in documents:
        output = redactor.redact(doc.text, lang=doc.lang, pseudonyms=PseudonymMap()).text
        report.docs[doc.lang] += 1
        leaky = False
        for entity, text in doc.gold:
            report.gold[doc.lang, entity] += 1
            if leaks(entity, text, output):
                report.leaked[doc.lang, entity] += 1
                report.details.append(f"{doc.id}: leak {entity} {text!r}")
                leaky = True
        report.leaky_docs[doc.lang] += leaky
        for term in doc.keep:
            report.keep[doc.lang] += 1
            if term not in output:
                report.lost[doc.lang] += 1
                report.details.append(f"{doc.id}: lost {term!r}")
    report.seconds = time.perf_counter() - started
    return report


def format_report(report: Report) -> str:
    """The table ``intake eval`` prints: leak per type, per language and overall."""
    langs = sorted(report.docs)
    lines = [f"{'':<12}" + "".join(f"{lang:>10}" for lang in langs) + f"{'all':>10}"]

    def row(label: str, values: list[float]) -> str:
        return f"{label:<12}" + "".join(f"{v * 100:>9.1f}%" for v in values)

    for entity in ENTITY_TYPES:
        if any(report.gold[lang, entity] for lang in langs):
            values = [report.leak_rate(lang, entity) for lang in langs]
            lines.append(row(f"leak {entity}", [*values, report.leak_rate(entity=entity)]))
    lines.append(row("leak", [*(report.leak_rate(la) for la in langs), report.leak_rate()]))
    lines.append(
        row("leaky docs", [*(report.leaky_doc_rate(la) for la in langs), report.leaky_doc_rate()])
    )
    lines.append(row("keep", [*(report.keep_rate(la) for la in langs), report.keep_rate()]))
    total_gold = sum(report.gold.values())
    lines.append(
        f"{sum(report.docs.values())} documents, {total_gold} identifiers, "
        f"{sum(report.keep.values())} keep terms, {report.seconds:.1f} s"
    )
    return "\n".join(lines)
