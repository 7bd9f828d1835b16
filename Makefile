# Two commands on a fresh machine: `make demo`, `make test`. Each installs what is missing first.
CARGO ?= cargo
PYTHON := .deps/pyenv/bin/python
SPARK_DIR := target/spark-test

.PHONY: setup demo test test-dependent spark-test bench evaluate clean-deps

setup:
	@scripts/setup.sh

demo: setup
	$(CARGO) run --release --example extract -- --format table examples/data/brussels-summit.txt

test: setup
	$(CARGO) test --release
	scripts/test_dependent.sh

# A crate that depends on nerel by path, built and run with only the documented steps.
test-dependent: setup
	scripts/test_dependent.sh

# `nerel jsonl` under Spark (local[2]) over 240 documents; every id must come back once.
spark-test: setup
	@scripts/setup.sh --spark
	$(CARGO) build --release --bin nerel
	mkdir -p $(SPARK_DIR) && rm -rf $(SPARK_DIR)/out
	$(PYTHON) scripts/spark_check.py gen --docs 240 --out $(SPARK_DIR)/in.jsonl
	$(PYTHON) scripts/spark_extract.py --input $(SPARK_DIR)/in.jsonl --output $(SPARK_DIR)/out --master 'local[2]' --partitions 4
	$(PYTHON) scripts/spark_check.py check --input $(SPARK_DIR)/in.jsonl --output $(SPARK_DIR)/out

bench: setup
	$(CARGO) bench

evaluate: setup
	$(CARGO) run --release --example evaluate -- --conll ../shared/data/conll2003/eng.testa

clean-deps:
	rm -rf .deps
