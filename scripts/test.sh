#!/usr/bin/env bash
# README command 2: install what the tests need (once), then run every test.
#
# Installs, only when missing: Chromium + chromedriver + Firefox ESR + a Chinese font (Debian apt),
# the wasm32 Rust target (rustup), geckodriver (built from crates.io, pinned), playwright-core
# (npm ci, pinned in tests/e2e/package-lock.json).
# Then runs, in order, stopping at the first failure:
#   cargo fmt --check, cargo clippy -D warnings, cargo test, wasm tests in headless Chromium,
#   the single-file page build, the end-to-end test driving that page with playwright-core, and a
#   smoke test of the same page in Firefox through geckodriver.
# Nothing downloads a prebuilt binary at run time. A second run skips the installs.
#
# PLANDIFF_SETUP_ONLY=1 scripts/test.sh   installs and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { printf '\n\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- set-up (each part skipped when already done) ---------------------------------------------
missing_debs=()
command -v chromium >/dev/null 2>&1 || missing_debs+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing_debs+=(chromium-driver)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing_debs+=(fonts-wqy-microhei)
command -v firefox-esr >/dev/null 2>&1 || missing_debs+=(firefox-esr)
if [ ${#missing_debs[@]} -gt 0 ]; then
    step "apt-get install ${missing_debs[*]}"
    as_root apt-get update -qq || fail "apt-get update (是否能访问 Debian 软件源？)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing_debs[@]}" || fail "apt-get install ${missing_debs[*]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown"
fi

# geckodriver drives Firefox (Mozilla's releases are on GitHub, unreachable here: build it).
geckodriver_version=0.37.1
if ! geckodriver --version 2>/dev/null | grep -q "geckodriver $geckodriver_version"; then
    step "cargo install geckodriver $geckodriver_version"
    cargo install --locked "geckodriver@$geckodriver_version" || fail "cargo install geckodriver"
fi

# npm ci only when node_modules is absent or older than the lockfile.
e2e=tests/e2e
stamp="$e2e/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$e2e/package-lock.json" -nt "$stamp" ]; then
    command -v npm >/dev/null 2>&1 || fail "npm not found: apt-get install nodejs npm"
    step "npm ci (tests/e2e: playwright-core)"
    (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) \
        || fail "npm ci in tests/e2e"
fi

if [ "${PLANDIFF_SETUP_ONLY:-}" = 1 ]; then
    step "set-up done"
    exit 0
fi

# --- tests ---------------------------------------------------------------------------------------
step "cargo fmt --check"
cargo fmt --all -- --check || fail "cargo fmt: run \`cargo fmt --all\`"

step "cargo clippy --all-targets -- -D warnings (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings || fail "cargo clippy"
# The page (src/app/) and tests/web.rs only exist for wasm32: lint them there too.
cargo clippy -p plandiff --target wasm32-unknown-unknown --lib --test web -- -D warnings \
    || fail "cargo clippy (wasm32: src/app, tests/web.rs)"

step "cargo test --workspace"
cargo test --workspace || fail "cargo test"

step "wasm tests in headless Chromium (cargo xtask test-wasm)"
cargo xtask test-wasm || fail "wasm-bindgen-test in headless Chromium"

step "page build (cargo xtask build) and release CLI"
cargo xtask build || fail "cargo xtask build"
cargo build --release --bin plandiff || fail "cargo build --release --bin plandiff"

step "the shipped CLI (cargo xtask cli): one static file, same output as the release build"
cli="$(cargo xtask cli | tail -n 1)" || fail "cargo xtask cli"
a=tests/fixtures/compare_shilishi_a.txt
b=tests/fixtures/compare_shilishi_b.txt
cmp -s <("$cli" compare "$a" "$b" --json) <(target/release/plandiff compare "$a" "$b" --json) \
    || fail "dist/plandiff and target/release/plandiff give different output"

step "end-to-end test (playwright-core, Chromium)"
node "$e2e/run.mjs" || fail "end-to-end test (screenshots in target/screenshots/)"

step "Firefox smoke test (geckodriver, Firefox ESR)"
node "$e2e/firefox.mjs" || fail "Firefox smoke test (screenshot in target/screenshots/firefox.png)"

step "all tests passed"
