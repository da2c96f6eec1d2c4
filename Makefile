# The two commands: `make run` sets up what the app needs and opens it;
# `make test` sets up everything the tests need and runs the whole suite (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Editing pyproject.toml or the constraints reinstalls.
INPUTS := $(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
APP_STAMP := $(VENV)/.app-$(INPUTS)
TEST_STAMP := $(VENV)/.test-$(INPUTS)
LOWEST := .venv-lowest

.PHONY: run test setup app-setup system-deps app-system-deps lint typecheck pytest test-lowest \
	lock screenshots benchmarks translations bundle clean

run: app-setup
	$(BIN)/pmdesk

test: setup lint typecheck pytest

# The app: its libraries and the pinned Python packages, nothing for testing.
app-setup: app-system-deps $(APP_STAMP)

# Everything the tests need, PostgreSQL included.
setup: system-deps $(TEST_STAMP)

app-system-deps:
	@bash scripts/install-system-deps.sh app

system-deps:
	@bash scripts/install-system-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[app]"
	@rm -f $(VENV)/.app-*
	@touch $@

$(TEST_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[test]"
	@rm -f $(VENV)/.test-* $(VENV)/.app-*
	@touch $@ $(APP_STAMP)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# The lowest versions pyproject.toml allows, on the Qt-free tests: keeps the minimums honest.
test-lowest: setup
	$(BIN)/uv venv --quiet --allow-existing --python $(PYTHON) $(LOWEST)
	$(BIN)/uv pip install --quiet --python $(LOWEST)/bin/python --resolution lowest-direct \
		--editable ".[test]"
	QT_QPA_PLATFORM=offscreen $(LOWEST)/bin/pytest -q -m "not gui" tests/unit

# Pin every package of every extra, for all platforms, at the newest allowed versions.
lock: setup
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--upgrade --quiet --output-file constraints.txt

screenshots: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python tools/screenshots.py docs/screenshots

# Refresh the German catalogue from the code (the UI, and the core texts marked with
# pmdesk.domain.i18n.QT_TRANSLATE_NOOP; keeps existing translations), then compile it.
# The reports' catalogue (pmdesk_export_de.po, edited by hand; tests/unit/exporters/
# test_report_language.py lists texts it lacks) is compiled with Babel.
translations: setup
	$(BIN)/pyside6-lupdate $$(git ls-files 'pmdesk/ui/*.py' 'pmdesk/domain/*.py') -ts resources/translations/pmdesk_de.ts
	$(BIN)/pyside6-lrelease resources/translations/pmdesk_de.ts -qm resources/translations/pmdesk_de.qm
	$(BIN)/pybabel compile -l de -i resources/translations/pmdesk_export_de.po -o resources/translations/pmdesk_export_de.mo

benchmarks: setup
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[test,bench]"
	QT_QPA_PLATFORM=offscreen sh -c 'for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done'

# dist/pmdesk/: the app as a one-folder bundle that needs no Python, smoke-tested.
bundle: app-setup
	$(BIN)/python scripts/build_bundle.py

clean:
	rm -rf $(VENV) $(LOWEST) .mypy_cache .ruff_cache .pytest_cache build dist *.egg-info
