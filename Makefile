# make site   build the site from seeds/ into site/ (installs what it needs);
#             a bad article is reported and skipped.  make site STRICT=1 fails on it.
# make test   run the whole test suite
# make serve  preview with live reload
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: site test serve lint clean

site: $(VENV)/.installed
	$(BIN)/mkdocs build $(if $(STRICT),--strict)

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve

test: $(VENV)/.installed
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check generator tests benchmarks

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf site
