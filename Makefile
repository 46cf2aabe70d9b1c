# Two entry points for people (demo, test) and a few for developers.
# Works on a machine with only python3 (>= 3.11) and make: uv is installed into
# .tools/ with pip when it is not on PATH, then .venv/ is built from uv.lock.

PYTHON ?= python3
VENV := .venv
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: demo test check bench clean

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet 'uv>=0.5'

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python $(PYTHON)
	touch $@

demo: $(VENV)/.synced
	$(VENV)/bin/intake demo

test: $(VENV)/.synced
	$(VENV)/bin/python -m pytest

check: $(VENV)/.synced
	$(VENV)/bin/ruff format --check intake tests bench
	$(VENV)/bin/ruff check intake tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(VENV)/.synced
	$(VENV)/bin/python -m bench

clean:
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache .ruff_cache
