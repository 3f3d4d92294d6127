# onrecord — every command a developer or CI needs.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

EVAL_STAMP := $(VENV)/.installed-eval

.PHONY: install demo test lint types pytest bench eval clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

$(EVAL_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev,eval]'
	touch $(EVAL_STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/onrecord demo --serve

lint: install
	$(VENV)/bin/ruff check src tests eval

types: install
	$(VENV)/bin/mypy

pytest: install
	$(PY) -m pytest

test: lint types pytest

eval: $(EVAL_STAMP)
	$(PY) -m eval.run

bench: $(EVAL_STAMP)
	$(PY) -m eval.bench

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
