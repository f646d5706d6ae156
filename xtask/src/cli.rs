//! `cli`: the command-line tool as one file, `dist/plandiff`, ready to copy to another machine.
//!
//! On Linux with glibc it is linked statically (`+crt-static`): no shared libraries to find or
//! match at start, which also makes every run about a third of a millisecond faster. Profile
//! `cli` adds LTO over `release`. Elsewhere it is the plain `cli` build.

use crate::{cargo, repo_root, target_dir};
use std::path::PathBuf;

const PROFILE: &str = "cli";

/// Builds the CLI and returns the path of the copy in `dist/`.
pub fn build() -> Result<PathBuf, String> {
    let host = host_triple()?;
    let root = repo_root();
    let mut command = cargo();
    command
        .current_dir(&root)
        .args([
            "build",
            "-p",
            "plandiff",
            "--bin",
            "plandiff",
            "--profile",
            PROFILE,
        ])
        // With an explicit target, RUSTFLAGS reach only the target's crates, not build
        // scripts and proc macros (which cannot be static).
        .args(["--target", &host]);
    if host.ends_with("-linux-gnu") {
        command.env("RUSTFLAGS", "-C target-feature=+crt-static");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("the CLI build failed".into());
    }
    let exe = if host.contains("windows") {
        "plandiff.exe"
    } else {
        "plandiff"
    };
    let built = target_dir().join(&host).join(PROFILE).join(exe);
    let dist = root.join("dist");
    std::fs::create_dir_all(&dist).map_err(|e| format!("cannot create {}: {e}", dist.display()))?;
    let out = dist.join(exe);
    std::fs::copy(&built, &out)
        .map_err(|e| format!("cannot copy {} to {}: {e}", built.display(), out.display()))?;
    println!("{}", out.display());
    Ok(out)
}

/// The host's target triple, from `rustc -vV`.
fn host_triple() -> Result<String, String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = std::process::Command::new(rustc)
        .arg("-vV")
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_string)
        .ok_or_else(|| "rustc -vV names no host".to_string())
}
