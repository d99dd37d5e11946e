# Kurzeme visiem: every command sets up its own virtual environment (.venv): requirements.txt for building and
# previewing, requirements-dev.txt on top of it for the tests and benchmarks (two stamp files).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.requirements-installed
READY_DEV := $(VENV)/.requirements-dev-installed
NPM_READY := node_modules/.package-lock-installed
SETTINGS ?= pelicanconf.py
OUTPUT ?= output
HOST ?= 127.0.0.1
PORT ?= 8000
PREVIEW_OUTPUT ?= .preview
PUBLIC_PREVIEW ?= .public-preview
PUBLIC_PORT ?= 8001
PYTEST_ARGS ?=
# make test runs pytest on 2 workers (pytest-xdist), one test file per worker at a time: a file's module fixtures
# (its build, its nginx, its preview) are made once; TEST_WORKERS=0 runs everything in one process
TEST_WORKERS ?= 2
DEPLOY_TARGET ?=
NEWS ?= content/news
# TITLE reaches newpost through the environment, as typed: never expanded by make ($(value)) nor seen by a shell
override TITLE := $(value TITLE)
export TITLE
DRY_RUN ?=
WXR ?=
UPLOADS ?=
DATE ?=
BENCH_N ?= 1000 4000
BENCH_ROUNDS ?= 5
BENCH_PREVIEW_EDITS ?= 5
export PYTHONPATH := $(CURDIR)/plugins

.DEFAULT_GOAL := help
.PHONY: help venv npm-if-available html publish deploy serve serve-public devserver check newpost import-wordpress test bench clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(READY): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(READY)

$(READY_DEV): $(READY) requirements-dev.txt
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(READY_DEV)

# npm packages (package-lock.json): Decap CMS for the preview's editor at /admin/, the HTML checker for the tests
$(NPM_READY): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NPM_READY)

npm-if-available:
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(NPM_READY); \
	else echo "npm not found: the preview runs without the editor at /admin/ (install Node.js and npm for it)"; fi

venv: $(READY) ## create .venv and install the pinned packages for building and previewing

html: $(READY) ## build the preview site (drafts shown) into output/
	$(PY) -m kurzeme_visiem build -s $(SETTINGS) -o $(OUTPUT)

publish: $(READY) ## build the public site (no drafts, absolute URLs) into output/
	$(PY) -m kurzeme_visiem build -s publishconf.py -o $(OUTPUT)

deploy: $(READY) ## copy output/ to DEPLOY_TARGET=user@host:/path/kurzemevisiem, a folder, or s3://bucket/prefix; DRY_RUN=1 only lists
	$(PY) -m kurzeme_visiem deploy -o $(OUTPUT) --target "$(DEPLOY_TARGET)" $(if $(DRY_RUN),--dry-run)

serve: $(READY) npm-if-available ## preview at http://127.0.0.1:8000 from its own folder .preview/, rebuilt on every change
	$(PY) -m kurzeme_visiem serve -s $(SETTINGS) -o $(PREVIEW_OUTPUT) --host $(HOST) --port $(PORT)

serve-public: $(READY) ## the public build made for http://127.0.0.1:8001 in .public-preview/, served there (output/ untouched)
	$(PY) -m kurzeme_visiem serve-public -s publishconf.py -o $(PUBLIC_PREVIEW) --host $(HOST) --port $(PUBLIC_PORT)

devserver: serve ## the same as serve

check: $(READY) ## check all content (news, pages, partners, services, links, images) without building
	$(PY) -m kurzeme_visiem check -s $(SETTINGS)

newpost: $(READY) ## create a draft news item: make newpost TITLE="Ventspils novadā atklāts grupu dzīvoklis" [DATE=2018-04-27]
	$(PY) -m kurzeme_visiem newpost -s $(SETTINGS) --news "$(NEWS)" $(if $(DATE),--date "$(DATE)")

import-wordpress: $(READY) ## import a WordPress export: make import-wordpress WXR=export.xml [UPLOADS=wp-content/uploads] [DRY_RUN=1]
	@test -n "$(WXR)" || { echo 'Give the export: make import-wordpress WXR=export.xml [UPLOADS=.../wp-content/uploads]'; exit 2; }
	$(PY) -m kurzeme_visiem import-wordpress "$(WXR)" -s $(SETTINGS) $(if $(UPLOADS),--uploads "$(UPLOADS)") $(if $(DRY_RUN),--dry-run)

test: $(READY_DEV) $(NPM_READY) ## run all tests (unit, end-to-end, browser: needs /usr/bin/chromium and java)
	$(PY) -m pytest $(if $(filter-out 0,$(TEST_WORKERS)),-n $(TEST_WORKERS) --dist loadfile) $(PYTEST_ARGS)

bench: $(READY_DEV) ## time our build against stock Pelican and Hugo: make bench BENCH_N="1000 4000" (writes bench/results/)
	PYTHONPATH=$(CURDIR)/plugins:$(CURDIR) $(PY) -m bench.run --n $(BENCH_N) --rounds $(BENCH_ROUNDS) --preview-edits $(BENCH_PREVIEW_EDITS)

clean: ## remove the built site and caches
	rm -rf $(OUTPUT) $(PREVIEW_OUTPUT) $(PUBLIC_PREVIEW) .cache .$(notdir $(OUTPUT))-staging-* .$(notdir $(OUTPUT))-old-* .pytest_cache test-artifacts
