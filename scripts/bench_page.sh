#!/usr/bin/env bash
# Page timings (a benchmark, not a test): load → interactive, second file → summary, and the
# longest main-thread block while a comparison arrives, for the sample pair and at 100×; medians
# of 5 in one run. Needs what scripts/test.sh installs; builds the page and the release CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo xtask build >/dev/null
cargo build --release --bin plandiff >/dev/null 2>&1
PLANDIFF_E2E_TIMING=1 PLANDIFF_E2E_ONLY=timing node tests/e2e/run.mjs
