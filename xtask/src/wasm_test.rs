//! `test-wasm`: the browser tests (`tests/web.rs`) in headless Chromium via chromedriver, with
//! this binary as cargo's test runner (`wasm-runner`, wasm-bindgen's runner used as a library).

use crate::{cargo, repo_root, target_dir};
use std::path::Path;

/// Chromium flags that work in a container without a display or a user namespace.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// Where Debian puts the browser and its driver.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Runs `cargo test --target wasm32-unknown-unknown --test web` with this binary as the runner.
pub fn test_wasm(extra: &[String]) -> Result<(), String> {
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.to_string());
    if !Path::new(&driver).exists() {
        return Err(format!(
            "chromedriver not found at {driver}: run scripts/test.sh (apt-get install chromium-driver)"
        ));
    }
    let work = target_dir().join("wasm-test");
    let profile = work.join("chromium-profile");
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile)
        .map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let webdriver_json = work.join("webdriver.json");
    std::fs::write(&webdriver_json, capabilities(&profile))
        .map_err(|e| format!("cannot write {}: {e}", webdriver_json.display()))?;

    let rustflags = std::env::var("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS")
        .unwrap_or_else(|_| "-C debuginfo=0 -C strip=debuginfo".to_string());
    let me = std::env::current_exe().map_err(|e| format!("cannot find xtask itself: {e}"))?;
    let status = cargo()
        .current_dir(repo_root())
        .args([
            "test",
            "-p",
            "plandiff",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ])
        .args(extra)
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            format!("{} wasm-runner", me.display()),
        )
        // Without DWARF the runner's bindgen step takes seconds instead of ~25 s.
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", rustflags)
        .env("CHROMEDRIVER", &driver)
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "60")
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("wasm tests failed".into())
    }
}

/// The extra WebDriver capabilities: which browser binary and its flags.
fn capabilities(profile: &Path) -> String {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| CHROMIUM.to_string());
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|f| format!("{f:?}")).collect();
    args.push(format!(
        "{:?}",
        format!("--user-data-dir={}", profile.display())
    ));
    format!(
        "{{\"goog:chromeOptions\": {{\"binary\": {binary:?}, \"args\": [{}]}}}}\n",
        args.join(", ")
    )
}

/// Cargo calls this with the test's `.wasm` and the test filter arguments.
pub fn runner(args: &[String]) -> Result<(), String> {
    let argv = std::iter::once("wasm-bindgen-test-runner".to_string()).chain(args.iter().cloned());
    wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(argv)
        .map_err(|e| format!("{e:#}"))
}
