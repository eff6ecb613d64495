# Two commands do all set-up: `make run` (install into .venv, migrate the database, sync the bank, serve) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run serve test install install-test chromium upgrade sync validate generate bench screenshots clean

# A file sync skips is reported (and sync exits 1), but the server still starts with the rest of the bank.
run: install upgrade
	-$(BIN)/quizapp sync
	$(BIN)/quizapp run --host $(HOST) --port $(PORT)

# For a school: gunicorn with a worker count from the CPUs, an access log, `kill -HUP` for a graceful restart.
serve: install upgrade
	-$(BIN)/quizapp sync
	$(BIN)/quizapp serve --bind $(HOST):$(PORT) --pid $(or $(PIDFILE),instance/gunicorn.pid)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install-test: $(VENV)/.installed-test

$(VENV)/.installed-test: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[generate,test]'
	touch $@ $(VENV)/.installed

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

# The whole suite on SQLite, then again on a throwaway PostgreSQL (installed when missing, stopped after).
test: install-test chromium
	$(BIN)/python -m pytest
	$(BIN)/python -m tests.pg.throwaway $(BIN)/python -m pytest

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
	rm -rf $(VENV) .pytest_cache
