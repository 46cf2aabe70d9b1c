"""The command line as a whole: documentation, error grammar, no tracebacks, no network."""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]


def _commands(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], str | None, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                words = (*prefix, name)
                yield words, helps.get(name), sub
                yield from _commands(sub, words)


COMMANDS = list(_commands(build_parser()))
DOCS = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").glob("*.md"))
DOCUMENTED = set(re.findall(r"^### `?intake ([a-z -]+?)`?\s*$", DOCS, flags=re.MULTILINE))


def test_there_are_commands() -> None:
    assert COMMANDS, "no sub-command registered"


@pytest.mark.parametrize("words", [c[0] for c in COMMANDS], ids=" ".join)
def test_every_command_has_help_and_docs(words: tuple[str, ...]) -> None:
    _, help_text, parser = next(c for c in COMMANDS if c[0] == words)
    assert help_text, f"'intake {' '.join(words)}' has no help text"
    assert parser.description, f"'intake {' '.join(words)}' has no description"
    has_children = any(c[0][: len(words)] == words and len(c[0]) > len(words) for c in COMMANDS)
    if not has_children:
        assert " ".join(words) in DOCUMENTED, f"no '### intake {' '.join(words)}' entry in docs/"


def test_unexpected_exception_prints_type_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unforeseen failure prints its type, never its message (it may hold an answer)."""
    from intake.cli import main as cli_main

    secret = "Kim Chol-ho lives in Hoeryong"

    def explode(args: argparse.Namespace) -> int:
        raise ValueError(secret)

    parser = build_parser()
    monkeypatch.setattr(parser, "parse_args", lambda argv: argparse.Namespace(handler=explode))
    monkeypatch.setattr(cli_main, "build_parser", lambda: parser)
    code = cli_main.main([])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == "intake: error: internal error (ValueError)\n"
    assert secret not in captured.out + captured.err


def test_unknown_command_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake.cli.main", "no-such-command"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "intake: error:" in result.stderr
    assert "Traceback" not in result.stderr


def test_network_is_refused_inside_the_cli_process() -> None:
    code = (
        "import socket; from intake.offline import forbid_network; forbid_network()\n"
        "for attempt in (lambda: socket.create_connection(('127.0.0.1', 9)),\n"
        "                lambda: socket.getaddrinfo('example.org', 443),\n"
        "                lambda: socket.socket().connect(('127.0.0.1', 9))):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError as exc:\n"
        "        assert 'disabled' in str(exc), exc\n"
        "    else:\n"
        "        raise SystemExit('network reachable')\n"
        "a, b = socket.socketpair(); a.sendall(b'x'); assert b.recv(1) == b'x'\n"
        "print('offline')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "offline", result.stderr


def test_the_test_session_itself_is_offline() -> None:
    """tests/conftest.py installs the guard, so no test can reach the network either."""
    with pytest.raises(OSError, match="disabled"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
