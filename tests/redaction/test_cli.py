"""``intake redact`` end to end in a real process, and ``intake eval``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_redact_end_to_end(intake_process) -> None:  # type: ignore[no-untyped-def]
    lines = [
        {"id": "a", "text": "Kim Chol-su gave me 010-1234-5678", "context": "int-1"},
        {"id": "b", "text": "Chol-su left for Ussuriysk on 3 March 2014", "context": "int-1"},
        {"id": "c", "text": "Pak Song-il", "context": "int-2"},
        {"id": "d", "text": "김철호 동무가 청진에서 왔어요."},
        {"id": "e", "text": ""},
    ]
    run = intake_process("redact", input="".join(json.dumps(x) + "\n" for x in lines))
    assert run.code == 0, run.err
    out = [json.loads(line) for line in run.out.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", "d", "e"]
    assert out[0]["redacted"] == "[PERSON-1] gave me [PHONE]"
    assert out[1]["redacted"] == "[PERSON-1] left for [CITY, Russia] on [DATE, March 2014]"
    assert out[2]["redacted"] == "[PERSON-1]"
    assert "김철호" not in out[3]["redacted"] and "청진" not in out[3]["redacted"]
    assert out[4] == {"id": "e", "redacted": "", "findings": []}
    assert {"type", "start", "end", "score", "recognizer", "action", "replacement"} == set(
        out[0]["findings"][0]
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"id": "a", "text": "ok"}\n{not json}\n', "intake: error: line 2: not valid JSON"),
        (b'{"id": "a"}\n', "intake: error: line 1: missing or non-string 'text'"),
        (b'{"id": "a", "text": "\xff\xfe"}\n', "intake: error: line 1: not valid UTF-8"),
        (b'{"id": "a", "text": "x", "lang": "fr"}\n', "intake: error: line 1: lang must be"),
        (b"[1, 2]\n", "intake: error: line 1: not a JSON object"),
    ],
)
def test_bad_lines(intake_process, data: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    run = intake_process("redact", input=data)
    assert run.code == 2
    assert run.err.startswith(message)
    assert run.out == "" and "Traceback" not in run.err


def test_eval_prints_figures_and_fails_over(intake_process, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "1", "text": "Kim Chol-su went to Russia", "gold": [["PERSON", "Kim Chol-su"]], "keep": ["Russia"]}) + "\n"
        + json.dumps({"id": "2", "text": "my friend the tall one helped", "gold": [["PERSON", "tall one"]], "keep": []}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    run = intake_process("eval", str(corpus), "--show", "--fail-over", "10")
    assert run.code == 1
    assert "leak PERSON" in run.out and "50.0%" in run.out and "keep" in run.out
    assert "2: leak PERSON 'tall one'" in run.out
    assert "leak rate 50.0% is over 10%" in run.err


def test_load_corpus_refuses_deeply_nested_json(tmp_path: Path) -> None:
    from intake.errors import RedactionError
    from intake.redaction.evaluation import load_corpus

    corpus = tmp_path / "nested.jsonl"
    corpus.write_text('{"id": "a", "text": "ok"}\n' + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(RedactionError, match=r"^line 2: not valid JSON$"):
        load_corpus(corpus)
