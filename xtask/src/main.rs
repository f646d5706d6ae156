//! Build tooling: bindgen, bundle the page into one self-contained file, serve it, run wasm tests.
//!
//! ```text
//! cargo xtask build                 wasm (profile wasm-release) → bindgen → dist/index.html
//! cargo xtask cli                   the command-line tool as one static file, dist/plandiff
//! cargo xtask serve [--port N]      build, then serve dist/ on 127.0.0.1
//! cargo xtask test-wasm [ARGS…]     wasm-bindgen-test in headless Chromium (tests/web.rs)
//! cargo xtask wasm-runner FILE …    the cargo test runner for wasm32 (set by test-wasm)
//! ```
//!
//! wasm-bindgen is used as a library at the lockfile's exact version, so nothing has to be
//! installed on PATH and the bindgen output always matches the `wasm-bindgen` crate.

mod build;
mod bundle;
mod cli;
mod serve;
mod size;
mod wasm_test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>
  build                 build the page into one self-contained dist/index.html
  cli                   build the command-line tool as one static file, dist/plandiff
  serve [--port N]      build, then serve dist/ on http://127.0.0.1:N/ (default 8080)
  test-wasm [ARGS…]     run tests/web.rs in headless Chromium (needs chromedriver)
  wasm-runner FILE …    cargo's test runner for wasm32 (used by test-wasm)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build::build().map(|_| ()),
        Some("cli") => cli::build().map(|_| ()),
        Some("serve") => port_arg(&args[1..]).and_then(|port| {
            let dist = build::build()?;
            serve::serve(&dist, port)
        }),
        Some("test-wasm") => wasm_test::test_wasm(&args[1..]),
        Some("wasm-runner") => wasm_test::runner(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `--port N` (or `--port=N`); 8080 when absent.
fn port_arg(args: &[String]) -> Result<u16, String> {
    let mut port = 8080;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let value = match arg.strip_prefix("--port") {
            Some("") => rest.next().map(String::as_str),
            Some(v) if v.starts_with('=') => Some(&v[1..]),
            _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
        };
        port = value
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| "--port needs a number (e.g. --port 8080)".to_string())?;
    }
    Ok(port)
}

/// The workspace root (the directory above `xtask/`).
pub fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR`.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                repo_root().join(dir)
            }
        }
        None => repo_root().join("target"),
    }
}

/// The cargo that launched us (so the pinned toolchain is used), else `cargo`.
pub fn cargo() -> std::process::Command {
    std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}
