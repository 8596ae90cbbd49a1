# The two commands for users are `make serve` and `make test` (see README.md).
# Both set up whatever is missing first; the work is done in scripts/.

.PHONY: serve test setup build sizes bench

serve:
	@bash scripts/serve.sh

test:
	@bash scripts/test.sh

# Parts of the above, for working on the app.
setup:
	@bash scripts/setup.sh

build:
	@bash scripts/build.sh

sizes:
	@bash scripts/sizes.sh dist

# Performance figures (docs/PERFORMANCE.md): the engine natively and in
# wasm, the page's weight, and the page in headless Chromium.
bench:
	@bash scripts/bench.sh
