# The two commands a fresh machine needs: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT ?= out

.PHONY: run test lint model bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

## run: install, analyse the bundled examples, store them in SQLite, write an HTML report, print a terminal report
run: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/kildespor analyze examples/ --format html -o $(OUT)/report.html
	$(BIN)/kildespor analyze examples/ --format json -o $(OUT)/report.json
	$(BIN)/kildespor analyze examples/ --format text
	@if $(BIN)/kildespor --help | grep -q " ingest "; then $(BIN)/kildespor ingest examples/; fi
	@echo "HTML report: $(OUT)/report.html   (kildespor serve opens the newsroom UI)"

## test: install, then ruff, mypy, import-linter and pytest
test: $(STAMP)
	-@bash scripts/system-deps.sh
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

## model: rebuild the Danish pipeline from ../shared/data (or DATA=path)
DATA ?= ../shared/data
model: $(STAMP)
	$(PY) -m kildespor.language.training.build --data $(DATA)

## bench: run every benchmark
bench: $(STAMP)
	for b in benchmarks/*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
