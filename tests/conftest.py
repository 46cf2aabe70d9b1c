"""Fixtures shared by every test area."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake.offline import forbid_network

# The product runs offline; so does every test, so that nothing can phone home unnoticed.
forbid_network()

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHIPPED_QUESTIONNAIRE = ROOT / "schemas" / "overseas-labour.yaml"


@dataclass(frozen=True)
class Run:
    """What one ``intake`` invocation did."""

    code: int
    out: str
    err: str


@pytest.fixture
def intake_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``intake ARGS...`` in this process; returns exit code, stdout and stderr."""
    from intake.cli.main import main

    def run(*argv: str) -> Run:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse usage errors and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def intake_process() -> Callable[..., Run]:
    """Run ``intake ARGS...`` as a real process (for stdin, signals, tracebacks)."""

    def run(*argv: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Run:
        text = not isinstance(input, bytes)
        result = subprocess.run(
            [sys.executable, "-m", "intake.cli.main", *argv],
            input=input,
            capture_output=True,
            text=text,
            env=env,
            cwd=ROOT,
            timeout=600,
        )
        out, err = result.stdout, result.stderr
        if not text:
            out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        return Run(result.returncode, out, err)

    return run


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the clone, or skip with a clear reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared reference material is not beside this clone")
    return SHARED
