# Two commands do all set-up: `make run` (install into .venv, migrate the database, sync the bank, serve) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run serve test lint install install-test lock chromium upgrade sync validate generate bench screenshots clean

# A file sync skips is reported (and sync exits 1), but the server still starts with the rest of the bank.
run: install upgrade
	-$(BIN)/quizapp sync
	$(BIN)/quizapp run --host $(HOST) --port $(PORT)

# For a school: gunicorn with a worker count from the CPUs, an access log, `kill -HUP` for a graceful restart.
serve: install upgrade
	-$(BIN)/quizapp sync
	$(BIN)/quizapp serve --bind $(HOST):$(PORT) --pid $(or $(PIDFILE),instance/gunicorn.pid)

install: $(VENV)/.installed

# The versions the suite passed with, each checked against its hash (requirements*.lock, made by `make lock`);
# then quizapp itself, editable, with nothing more. pip itself comes first from requirements-pip.lock (hashed too):
# the pip that a venv starts with (23.x on Python 3.11) rejects a pinned requirement with extras, such as
# weasel's smart-open[http], in hash-checking mode once PyPI has a newer release than the one pinned.
$(VENV)/.installed: requirements.lock requirements-pip.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

install-test: $(VENV)/.installed-test

$(VENV)/.installed-test: requirements-test.lock requirements-pip.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

# Resolve pyproject.toml's dependencies again (newest versions its bounds allow) into the two lock files, with
# the hashes of every file PyPI has for them. Run it after changing a dependency, then `make install-test test`.
lock:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet 'uv>=0.13'
	printf 'pip>=25.3\n' | $(BIN)/uv pip compile - --python-version 3.11 --generate-hashes --no-header -q \
		-o requirements-pip.lock
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes --no-header -q -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --extra generate --extra test --generate-hashes \
		--no-header -q -o requirements-test.lock

# Debian's Chromium drives the browser tests; Playwright's own browser download is not used.
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# Migrations first: sync and the server expect the newest schema.
upgrade: install
	$(BIN)/quizapp db upgrade

sync: upgrade
	$(BIN)/quizapp sync

validate: install
	$(BIN)/quizapp validate

# Lint, format and type checks first (any finding fails), then the whole suite on SQLite, then again on a
# throwaway PostgreSQL (installed when missing, stopped after).
test: lint chromium
	$(BIN)/python -m pytest
	$(BIN)/python -m tests.pg.throwaway $(BIN)/python -m pytest

# ruff (lint, then formatting) and mypy (strict for the Flask-free core), as configured in pyproject.toml.
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Speed figures of issue 13 into docs/benchmarks.md (several minutes; never part of make test).
bench: install-test
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

# The pictures in docs/screenshots/: the browser tests' own (study, answer, card browser, editor...) and
# docs/make_screenshots.py's (optimiser result, heatmap, retention table). Never part of make test, whose
# browser tests write their screenshots to a temporary folder.
screenshots: install-test chromium
	QUIZAPP_SCREENSHOTS=$(CURDIR)/docs/screenshots $(BIN)/python -m pytest -q -p no:cacheprovider tests/browser
	$(BIN)/python docs/make_screenshots.py

# Never instance/: it holds the students' database and the secret key.
clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
