"""``intake redact`` and ``intake eval``: the redaction engine from the command line.

See docs/redaction.md for the line formats. Input is validated completely
before the models load, so a bad line fails fast and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from intake.errors import RedactionError, UsageError


def register(subparsers: Any) -> None:
    """Add ``redact`` and ``eval`` to the ``intake`` parser."""
    redact = subparsers.add_parser(
        "redact",
        help="redact JSON Lines answers (stdin or FILE) to stdout",
        description=(
            'Read JSON Lines {"id", "text", "lang"?, "context"?} and write one line '
            '{"id", "redacted", "findings"} per input, in order. Lines sharing a '
            '"context" value share pseudonyms.'
        ),
    )
    redact.add_argument("file", nargs="?", metavar="FILE", help="input file (default: stdin)")
    redact.set_defaults(handler=run_redact)
    evaluate = subparsers.add_parser(
        "eval",
        help="measure leaks and kept terms on a gold corpus",
        description=(
            'Redact every line {"id", "text", "lang"?, "gold": [[TYPE, text]...], "keep": '
            "[term...]} of CORPUS and print leak rates per type and language, the share "
            "of documents with a leak, the keep rate and the time taken."
        ),
    )
    evaluate.add_argument("corpus", metavar="CORPUS.jsonl", help="gold corpus (JSON Lines)")
    evaluate.add_argument("--show", action="store_true", help="list every leak and lost term")
    evaluate.add_argument(
        "--fail-over",
        type=float,
        metavar="PCT",
        help="exit 1 when the overall leak rate is above PCT percent",
    )
    evaluate.set_defaults(handler=run_eval)


def _read_input(path: str | None) -> bytes:
    if path is None:
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from None


def parse_requests(raw: bytes) -> list[dict[str, Any]]:
    """Validate every input line of ``intake redact``; errors name the line number."""
    requests = []
    for number, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            raise RedactionError(f"line {number}: not valid UTF-8") from None
        except (json.JSONDecodeError, RecursionError):
            raise RedactionError(f"line {number}: not valid JSON") from None
        if not isinstance(data, dict):
            raise RedactionError(f"line {number}: not a JSON object")
        for key in ("id", "text"):
            if not isinstance(data.get(key), str):
                raise RedactionError(f"line {number}: missing or non-string {key!r}")
        if data.get("lang") not in (None, "en", "ko"):
            raise RedactionError(f"line {number}: lang must be 'en' or 'ko'")
        context = data.get("context")
        if context is not None and not isinstance(context, str):
            raise RedactionError(f"line {number}: context must be a string")
        requests.append(data)
    return requests


def run_redact(args: argparse.Namespace) -> int:
    from intake.redaction import PseudonymMap, Redactor

    requests = parse_requests(_read_input(args.file))
    if not requests:
        return 0
    redactor = Redactor.load()
    maps: dict[str, PseudonymMap] = {}
    for request in requests:
        context = request.get("context")
        pseudonyms = PseudonymMap() if context is None else maps.setdefault(context, PseudonymMap())
        result = redactor.redact(request["text"], lang=request.get("lang"), pseudonyms=pseudonyms)
        line = {
            "id": request["id"],
            "redacted": result.text,
            "findings": [f.to_dict() for f in result.findings],
        }
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from intake.redaction import Redactor
    from intake.redaction.evaluation import evaluate, format_report, load_corpus

    documents = load_corpus(Path(args.corpus))
    report = evaluate(Redactor.load(), documents)
    print(format_report(report))
    if args.show:
        for detail in report.details:
            print(detail)
    leak = report.leak_rate() * 100
    if args.fail_over is not None and leak > args.fail_over:
        print(f"intake: error: leak rate {leak:.1f}% is over {args.fail_over:g}%", file=sys.stderr)
        return 1
    return 0
