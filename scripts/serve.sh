#!/usr/bin/env bash
# README command 1: install what is missing, build the page and serve it on 127.0.0.1.
#
# The only install is the wasm32 Rust target (rustup); the build tooling is the workspace's own
# `xtask` (wasm-bindgen as a library at the lockfile's version), so nothing else goes on PATH.
# Usage: scripts/serve.sh [--port N]      (default port 8080)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "== rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi
exec cargo xtask serve "$@"
