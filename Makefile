# Agora: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help run test test-fast lint format messages install install-dev chromium migrate demo clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Agora needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed ## Create the virtual environment and install the site

install-dev: $(VENV)/.installed-dev ## Install what development and tests need

migrate: install ## Create or update the database (SQLite in var/ unless DATABASE_URL is set)
	mkdir -p var
	$(MANAGE) migrate --no-input -v 0

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo

run: demo ## Install, migrate, load the demo and serve on http://127.0.0.1:$(PORT)
	@echo "Agora: http://127.0.0.1:$(PORT)/  administration: http://127.0.0.1:$(PORT)/admin/"
	@echo "Connexion : admin@agora.test / agora-demo (aussi redaction@, moderation@, habitant@agora.test)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

chromium: ## Install Debian's chromium for the browser tests if it is missing (needs root)
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >/dev/null; \
	  else echo "Browser tests need Debian's chromium: sudo apt-get install -y chromium"; exit 1; fi; }

# Tests run in TEST_WORKERS processes (pytest-xdist, one test database each); every browser
# test goes to the same worker (--dist loadgroup), which loads the demo once.
# PYTEST_ARGS adds options: make test PYTEST_ARGS='-m "not browser"'
TEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist loadgroup

test: install-dev chromium ## Run the whole test suite, browser tests included
	mkdir -p var
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest --create-db -q $(PYTEST_PARALLEL) --durations=10 $(PYTEST_ARGS)

test-fast: install-dev ## Run the tests without the browser tests
	$(BIN)/pytest -q --ignore=tests/e2e $(PYTEST_PARALLEL) $(PYTEST_ARGS)

lint: install-dev ## Check style, formatting, the layers of imports and migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	mkdir -p var
	DJANGO_SETTINGS_MODULE=agora.settings.test $(MANAGE) makemigrations --check --dry-run

format: install-dev ## Format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update the French catalogue (needs gettext) and compile it
	$(MANAGE) makemessages -l fr --ignore=.venv --ignore=var --ignore=tests --ignore=bench --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

clean: ## Remove the virtual environment and the local database
	rm -rf $(VENV) var
