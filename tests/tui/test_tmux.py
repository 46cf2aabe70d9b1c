"""`intake demo` for real in tmux: unlock, start an interview, reach the questions."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.questionnaire import load_questionnaire

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "schemas" / "overseas-labour.yaml"


# Seconds for a screen to take its focus after it is drawn; a key sent before that moves the
# focus from nowhere, and the Tabs that follow then land one widget short.
_SETTLE = 3.0


class Terminal:
    """A detached tmux session of 80x24 on a private server socket."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        return result.stdout

    def keys(self, *keys: str) -> None:
        """Send ``keys`` one at a time: a burst sent while the machine is busy can reach the
        app before the widget the previous key moved the focus to is ready for it."""
        for key in keys:
            self.tmux("send-keys", "-t", "demo", key)
            time.sleep(0.2)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "demo")

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                time.sleep(_SETTLE)  # drawn is not yet focused: let the screen settle
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (apt-get install -y tmux)")
    term = Terminal(f"intake-test-{os.getpid()}")
    command = (
        f"cd {shlex.quote(str(ROOT))} && {shlex.quote(sys.executable)} -m intake.cli.main demo; "
        "echo demo-exit=$?; sleep 60"
    )
    env = {"TERM": "xterm-256color"}
    term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "demo", "-x", "80", "-y", "24")
    term.tmux("set-environment", "-t", "demo", "TERM", env["TERM"])
    term.keys(command, "Enter")
    try:
        yield term
    finally:
        term.tmux("kill-server")


def test_demo_reaches_the_questionnaire(terminal: Terminal) -> None:
    questionnaire = load_questionnaire(SHIPPED)
    screen = terminal.wait_for("Demo store: the passphrase is")
    passphrase = screen.split("the passphrase is", 1)[1].splitlines()[0].strip(" │")
    assert passphrase
    terminal.keys(passphrase, "Enter")
    terminal.wait_for("Interviews")
    terminal.keys("n")
    terminal.wait_for("Interviewer code")
    terminal.keys("AB12", "Enter")
    terminal.wait_for("Consent")
    scopes = questionnaire.consent.scopes if questionnaire.consent else ()
    for index, _ in enumerate(scopes):
        terminal.keys("y" if index == 0 else "n", "Tab")
    terminal.keys("Tab", "Enter")  # past "No consent" to "Start interview"
    first = questionnaire.sections[0].title("en")
    screen = terminal.wait_for(first)
    assert "Next" in screen and "1/" in screen
    terminal.keys("C-q")
    terminal.wait_for("demo-exit=0")
    assert "demo store wiped" in terminal.screen()
