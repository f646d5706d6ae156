//! Fuzzes `plandiff::parse` (ingest + outline + extract) under every file name kind: the first
//! byte picks the name, the rest is the file. It must return `Ok` or `Err`, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Names that route the bytes to each reader and to content sniffing.
const NAMES: &[&str] = &["x.txt", "x.md", "x.html", "x.docx", "x", "x.doc", "x.htm"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(doc) = plandiff::parse(bytes, name) {
        // The JSON export must take whatever parse produced.
        let _ = serde_json::to_string(&doc);
    }
});
