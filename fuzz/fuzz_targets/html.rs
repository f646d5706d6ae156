//! Fuzzes the HTML reader: the bytes as a saved web page (`x.html`), through the markup
//! stripper on its own and through the whole parse. Unclosed comments, scripts and tags,
//! entities and nested tables are what it should meet.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let _ = plandiff::ingest::html::to_text(&page);
    let _ = plandiff::parse(data, "x.html");
});
