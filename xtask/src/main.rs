//! Build tooling: bindgen, bundle the page into one self-contained file, serve it, run wasm tests.

fn main() {
    eprintln!("xtask: not yet");
}
