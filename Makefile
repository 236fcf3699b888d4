# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP_FLAGS ?= --quiet --disable-pip-version-check

.PHONY: demo test lint typecheck pytest bench clean install install-dev lock compose-demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_FLAGS) --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install $(PIP_FLAGS) -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: run the whole product offline (mock portal, embedded SQLite, offline LLM)
demo: $(VENV)/.installed
	$(BIN)/jobbot demo $(ARGS)

## compose-demo: many users: PostgreSQL, one front, two workers and the mock portal in docker
COMPOSE ?= docker compose
compose-demo:
	$(COMPOSE) -p jobbot -f compose.yaml up --build

## test: lint, type-check and run every test (PostgreSQL tests skip when no server runs)
test: $(VENV)/.installed-dev lint typecheck pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy core storage bot mock_portal

# One xdist worker a core (PYTEST_WORKERS=0: one process); the tests that read the labelled
# resume set share one worker. Tests marked `serial` race the sandboxed reader against
# wall-clock limits, so they run afterwards on an otherwise idle machine. Exit status 5 is
# "nothing selected" (PYTEST_ARGS=-k ... may pick tests of one run only).
PYTEST_WORKERS ?= auto
pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q -rs -n $(PYTEST_WORKERS) --dist loadgroup -m "not serial" $(PYTEST_ARGS) \
		|| [ $$? -eq 5 ]
	$(BIN)/pytest -q -rs -m serial $(PYTEST_ARGS) || [ $$? -eq 5 ]

## bench: the benchmark scripts; each prints its figures and a summary line
bench: $(VENV)/.installed-dev
	@for script in bench/bench_*.py bench/eval_*.py; do \
		[ -f "$$script" ] || continue; \
		echo "== $$script"; $(BIN)/python "$$script" || exit 1; \
	done

## lock: record the exact versions of a fresh install of the ranges in pyproject.toml
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install $(PIP_FLAGS) -e '.[dev]'
	(echo "# Exact versions tested together (make lock regenerates it); pyproject.toml keeps the ranges."; \
	 .lock-venv/bin/pip freeze --exclude-editable) > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
