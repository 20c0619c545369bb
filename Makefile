# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= dateline.db

PORT   ?= 8000
WEB_VENDOR := src/dateline/web/static/vendor/.installed

.PHONY: run test setup lint bench clean web serve

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

setup: $(STAMP) $(WEB_VENDOR)

## make web: install the dashboard's front-end libraries from npm (web/package-lock.json) into static/vendor
$(WEB_VENDOR): web/package.json web/package-lock.json web/vendor.mjs
	@command -v npm >/dev/null || { echo "make web: needs Node.js and npm (apt-get install nodejs npm)"; exit 1; }
	npm ci --prefix web --no-audit --no-fund --loglevel=error
	node web/vendor.mjs
	@touch $(WEB_VENDOR)

web: $(WEB_VENDOR)

## make run: set up, ingest the example corpus into $(DB), analyse it, print a summary and the
## dashboard's address (`make serve` starts it)
run: setup
	$(BIN)/dateline ingest examples/ --db $(DB)
	$(BIN)/dateline process --db $(DB)
	$(BIN)/dateline summary --db $(DB)
	@echo ""
	@echo "Dashboard and JSON API: make serve, then open http://127.0.0.1:$(PORT)/"

## make serve: the dashboard and the JSON API over $(DB) (prints its address)
serve: setup
	$(BIN)/dateline serve --db $(DB) --port $(PORT)

## make test: set up, check style and types (ruff, mypy), and run the whole test suite
test: setup
	$(BIN)/ruff check src tests bench docs
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache web/node_modules src/dateline/web/static/vendor
