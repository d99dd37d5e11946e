# Kurzeme visiem: every command sets up its own virtual environment (.venv) from requirements.txt.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.requirements-installed
VNU := node_modules/vnu-jar/build/dist/vnu.jar
SETTINGS ?= pelicanconf.py
OUTPUT ?= output
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
DEPLOY_TARGET ?=
NEWS ?= content/news
# TITLE reaches newpost through the environment, as typed: never expanded by make ($(value)) nor seen by a shell
override TITLE := $(value TITLE)
export TITLE
DRY_RUN ?=
WXR ?=
UPLOADS ?=
BENCH_N ?= 1000
BENCH_ROUNDS ?= 5
BENCH_PREVIEW_EDITS ?= 5
export PYTHONPATH := $(CURDIR)/plugins

.DEFAULT_GOAL := help
.PHONY: help venv html publish deploy serve devserver check newpost import-wordpress test bench clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(READY): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(READY)

$(VNU): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(VNU)

venv: $(READY) ## create .venv and install the pinned packages

html: $(READY) ## build the preview site (drafts shown) into output/
	$(PY) -m kurzeme_visiem build -s $(SETTINGS) -o $(OUTPUT)

publish: $(READY) ## build the public site (no drafts, absolute URLs) into output/
	$(PY) -m kurzeme_visiem build -s publishconf.py -o $(OUTPUT)

deploy: $(READY) ## copy output/ to DEPLOY_TARGET=user@host:/path/kurzemevisiem, a folder, or s3://bucket/prefix; DRY_RUN=1 only lists
	$(PY) -m kurzeme_visiem deploy -o $(OUTPUT) --target "$(DEPLOY_TARGET)" $(if $(DRY_RUN),--dry-run)

serve: $(READY) ## build and serve the preview at http://127.0.0.1:8000, rebuilding on every change
	$(PY) -m kurzeme_visiem serve -s $(SETTINGS) -o $(OUTPUT) --host $(HOST) --port $(PORT)

devserver: serve ## the same as serve

check: $(READY) ## check all content (news, pages, partners, services, links, images) without building
	$(PY) -m kurzeme_visiem check -s $(SETTINGS)

newpost: $(READY) ## create a draft news item: make newpost TITLE="Ventspils novadā atklāts grupu dzīvoklis"
	$(PY) -m kurzeme_visiem newpost -s $(SETTINGS) --news "$(NEWS)"

import-wordpress: $(READY) ## import a WordPress export: make import-wordpress WXR=export.xml [UPLOADS=wp-content/uploads] [DRY_RUN=1]
	@test -n "$(WXR)" || { echo 'Give the export: make import-wordpress WXR=export.xml [UPLOADS=.../wp-content/uploads]'; exit 2; }
	$(PY) -m kurzeme_visiem import-wordpress "$(WXR)" -s $(SETTINGS) $(if $(UPLOADS),--uploads "$(UPLOADS)") $(if $(DRY_RUN),--dry-run)

test: $(READY) $(VNU) ## run all tests (unit, end-to-end, browser: needs /usr/bin/chromium and java)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(READY) ## time our build against stock Pelican and Hugo: make bench BENCH_N="1000 4000" (writes bench/results/)
	PYTHONPATH=$(CURDIR)/plugins:$(CURDIR) $(PY) -m bench.run --n $(BENCH_N) --rounds $(BENCH_ROUNDS) --preview-edits $(BENCH_PREVIEW_EDITS)

clean: ## remove the built site and caches
	rm -rf $(OUTPUT) .cache .$(notdir $(OUTPUT))-staging-* .$(notdir $(OUTPUT))-old-* .pytest_cache test-artifacts
