//! `build`: the page's wasm (profile `wasm-release`), bindgen for the web, the PDF module
//! (`pdfread/`, no bindgen: plain exports), one `dist/index.html` holding both.

use crate::{bundle, cargo, repo_root, target_dir};
use std::fs;
use std::io::Write;
use std::path::PathBuf;
use wasm_bindgen_cli_support::Bindgen;

const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";

/// Builds the page and returns the `dist/` directory holding the single `index.html`.
///
/// Both wasm modules are built as `cdylib` here only (`cargo rustc --crate-type`): declared in
/// the manifests, the static CLI build would warn that it drops that crate type.
pub fn build() -> Result<PathBuf, String> {
    let root = repo_root();
    let status = cargo()
        .current_dir(&root)
        .args(["rustc", "--lib", "-p", "plandiff", "--crate-type", "cdylib"])
        .args(["--target", TARGET])
        .args(["--profile", PROFILE])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "the wasm build failed (is the target installed? `rustup target add {TARGET}`)"
        ));
    }

    let input = target_dir()
        .join(TARGET)
        .join(PROFILE)
        .join("plandiff.wasm");
    print_sizes(&input);
    let mut bindgen = Bindgen::new();
    bindgen
        .input_path(&input)
        .web(true)
        .map_err(|e| format!("bindgen: {e:#}"))?
        .typescript(false)
        .debug(false)
        .keep_debug(false)
        .demangle(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .omit_default_module_path(true);
    let mut output = bindgen
        .generate_output()
        .map_err(|e| format!("bindgen {}: {e:#}", input.display()))?;
    // Every crate gets an entry; only non-empty ones would need files beside the JS.
    let snippets: Vec<&String> = output
        .snippets()
        .iter()
        .filter(|(_, code)| !code.is_empty())
        .map(|(name, _)| name)
        .chain(output.local_modules().keys())
        .collect();
    if !snippets.is_empty() {
        return Err(format!(
            "bindgen produced JS snippets {snippets:?}; inlining them is not supported yet"
        ));
    }
    let js = output.js().to_string();
    let wasm = output.wasm_mut().emit_wasm();

    let pdf = pdf_module()?;

    let shell = fs::read_to_string(root.join("index.html"))
        .map_err(|e| format!("cannot read index.html: {e}"))?;
    let css = read_styles(&root.join("styles"))?;
    let html = bundle::page(&shell, &css, &js, &wasm, &pdf)?;

    let dist = root.join("dist");
    fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;
    let out = dist.join("index.html");
    fs::write(&out, &html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;

    let gz = gzip_len(&wasm);
    let page_gz = gzip_len(html.as_bytes());
    println!(
        "wasm: {} bytes raw, {} bytes gzip ({:.1} KB); PDF module (loaded when a PDF arrives): {} bytes raw, {} bytes gzip; {}: {} bytes raw, {} bytes gzip",
        wasm.len(),
        gz,
        gz as f64 / 1024.0,
        pdf.len(),
        gzip_len(&pdf),
        out.display(),
        html.len(),
        page_gz
    );
    let _ = std::io::stdout().flush();
    Ok(dist)
}

/// The PDF module: `pdfread` for wasm32 (profile `wasm-release`), its custom sections (names,
/// producers) dropped after its sizes by crate are printed.
///
/// Built in its own target directory with getrandom's `unsupported` backend: lopdf draws random
/// numbers only to encrypt (never while reading), and the default wasm backend would need
/// wasm-bindgen glue. Its own directory, so that these flags never rebuild the page's crates.
fn pdf_module() -> Result<Vec<u8>, String> {
    let dir = target_dir().join("pdfread");
    let mut flags =
        std::env::var("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS").unwrap_or_default();
    flags.push_str(" --cfg getrandom_backend=\"unsupported\"");
    let status = cargo()
        .current_dir(repo_root())
        .args(["rustc", "--lib", "-p", "pdfread", "--crate-type", "cdylib"])
        .args(["--target", TARGET])
        .args(["--profile", PROFILE])
        .arg("--target-dir")
        .arg(&dir)
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            flags.trim(),
        )
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("the PDF module's wasm build (pdfread) failed".into());
    }
    let path = dir.join(TARGET).join(PROFILE).join("pdfread.wasm");
    print_sizes(&path);
    let wasm = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    crate::size::without_custom_sections(&wasm)
}

/// The compiled wasm's ten largest crates (function bodies, before bindgen), on one line.
fn print_sizes(wasm: &std::path::Path) {
    let rows = fs::read(wasm)
        .map_err(|e| e.to_string())
        .and_then(|bytes| crate::size::by_crate(&bytes));
    match rows {
        Ok(Some(rows)) => {
            let total: usize = rows.iter().map(|r| r.1).sum();
            let top: Vec<String> = rows
                .iter()
                .take(10)
                .map(|(name, size)| format!("{name} {:.1} KB", *size as f64 / 1024.0))
                .collect();
            println!(
                "wasm code by crate ({:.1} KB in all): {}",
                total as f64 / 1024.0,
                top.join(", ")
            );
        }
        Ok(None) => println!("wasm code by crate: the wasm carries no function names"),
        Err(e) => println!("wasm code by crate: {e}"),
    }
}

/// Every `styles/*.css`, in file-name order, concatenated.
fn read_styles(dir: &std::path::Path) -> Result<String, String> {
    let mut files: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "css"))
            .collect(),
        Err(_) => return Ok(String::new()),
    };
    files.sort();
    let mut css = String::new();
    for file in files {
        let text = fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        css.push_str(&text);
        css.push('\n');
    }
    Ok(css)
}

/// Size after gzip-level deflate (level 9), the number that matters for the size budget.
fn gzip_len(bytes: &[u8]) -> usize {
    // gzip = deflate + 18 bytes of header and trailer.
    miniz_oxide::deflate::compress_to_vec(bytes, 9).len() + 18
}
