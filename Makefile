# The two commands: `make run` sets everything up and opens the app;
# `make test` sets everything up and runs the whole suite (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test setup system-deps lint typecheck pytest screenshots benchmarks translations clean

run: setup
	$(BIN)/pmdesk

test: setup lint typecheck pytest

setup: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $@

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

screenshots: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python tools/screenshots.py docs/screenshots

# Refresh the German catalogue from the code (the UI, and the core texts marked with
# pmdesk.domain.i18n.QT_TRANSLATE_NOOP; keeps existing translations), then compile it.
translations: setup
	$(BIN)/pyside6-lupdate $$(git ls-files 'pmdesk/ui/*.py' 'pmdesk/domain/*.py') -ts resources/translations/pmdesk_de.ts
	$(BIN)/pyside6-lrelease resources/translations/pmdesk_de.ts -qm resources/translations/pmdesk_de.qm

benchmarks: setup
	QT_QPA_PLATFORM=offscreen sh -c 'for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done'

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
