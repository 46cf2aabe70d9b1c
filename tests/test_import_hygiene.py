"""The core never imports the UI: only intake.tui may import textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = [
    "intake.questionnaire",
    "intake.redaction",
    "intake.store",
    "intake.crypto",
    "intake.cli",
    "intake.supervisor",
]


def _submodules(package: str) -> list[str]:
    folder = ROOT.joinpath(*package.split("."))
    names = [package]
    for path in sorted(folder.rglob("*.py")):
        if path.name == "__init__.py":
            continue
        relative = path.relative_to(ROOT).with_suffix("")
        names.append(".".join(relative.parts))
    return names


@pytest.mark.parametrize("module", [m for package in CORE for m in _submodules(package)])
def test_core_module_does_not_load_textual(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", f"{module} loads {result.stdout.strip()}"


def test_import_linter_contract_holds() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hygiene_check_detects_textual(tmp_path: Path) -> None:
    """The subprocess probe really sees textual when a module imports it."""
    (tmp_path / "uses_ui.py").write_text("import textual.app\n")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import uses_ui; "
        "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
