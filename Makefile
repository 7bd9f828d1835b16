# Two commands on a fresh machine: `make demo`, `make test`. Each installs what is missing first.
CARGO ?= cargo

.PHONY: setup demo test bench evaluate clean-deps

setup:
	@scripts/setup.sh

demo: setup
	$(CARGO) run --release --example extract -- --format table examples/data/brussels-summit.txt

test: setup
	$(CARGO) test --release

bench: setup
	$(CARGO) bench

evaluate: setup
	$(CARGO) run --release --example evaluate -- --conll ../shared/data/conll2003/eng.testa

clean-deps:
	rm -rf .deps
