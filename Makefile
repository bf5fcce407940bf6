# Two entry points for a fresh machine: `make demo` and `make test`.
# Both create .venv with the machine's python3 and install the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-quick install clean bench browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/opportunities demo

# The browser test drives Debian's Chromium (Playwright's own browser download
# does not work offline); installed here when missing and we may use apt.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "note: could not install chromium; the browser test will be skipped"; \
	  else echo "note: chromium not found (apt-get install chromium); the browser test will be skipped"; fi; }

# One pytest-xdist worker per core. --dist loadscope keeps each module on one worker, so a module's crawl
# fixture runs once (tests/conftest.py shares the snapshot's catalogue between workers);
# --no-loadscope-reorder hands modules out in collection order, the few long crawl, night and browser
# modules first, instead of last behind the modules with most tests. PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= auto
PYTEST := $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadscope --no-loadscope-reorder

test: $(STAMP) browser
	$(PYTEST)

# Everything but the tests marked slow (crawls, nights, the browser): for the edit-test loop.
test-quick: $(STAMP)
	$(PYTEST) -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m bench.extraction

clean:
	rm -rf $(VENV) data/catalogue.db data/feeds var
