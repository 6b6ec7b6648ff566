# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: install demo serve test bench bench-web scaling anchors eval eval-korean train curve clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

# Ingest the bundled sample reports into threadline.db (SQLite) and print a summary.
demo: install
	$(BIN)/threadline demo --db threadline.db
	@echo ""
	@echo "The workbench (web pages and JSON API) over this knowledge base:"
	@echo "  $(BIN)/threadline user add admin --role admin --db threadline.db   # asks for a password"
	@echo "  make serve                                                          # then open http://127.0.0.1:8000/"

# The analyst's workbench on http://127.0.0.1:8000/ (sign in with a user from `threadline user add`).
serve: install
	$(BIN)/threadline serve --db threadline.db

# The default test run (PostgreSQL tests use 127.0.0.1:5432, database test).
test: install
	$(PY) -m pytest -q

# Throughput against the stock spaCy model (long: about 4 minutes for 2,000 stories).
bench: install
	$(PY) benchmarks/throughput.py --n $${N:-2000}
	$(PY) benchmarks/korean_throughput.py

# Cost per KB of a long report against a short one (linear is 1.0; about 1 minute).
scaling: install
	$(PY) benchmarks/scaling.py

# Workbench latency per page and API route on the KCNA 2011 feed plus the samples (builds build/kcna-2011.db once).
bench-web: install
	$(PY) benchmarks/web_latency.py --build

# Entities against the generic anchor (stock spaCy NER + a GeoNames lookup) on the shared gold sets.
anchors: install
	$(PY) benchmarks/anchors.py

# Scores on the shared gold sets (../shared/eval).
eval: install
	$(PY) scripts/evaluate.py

# Korean: the dev split (Korean reports and their English counterparts) and edition linking.
eval-korean: install
	$(PY) scripts/evaluate.py korean:dev korean-en:dev
	$(PY) -m eval.korean.link_pairs dev

# Retrain the bundled event detector from eval/ (train splits; thresholds from the dev splits).
train: install
	$(PY) scripts/train_detector.py

# The detector's learning curve at 25/50/100% of the training documents (about 5 minutes).
curve: install
	$(PY) scripts/learning_curve.py

clean:
	rm -rf $(VENV) threadline.db .pytest_cache
