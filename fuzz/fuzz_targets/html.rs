//! libFuzzer entry for the `html` target (what it feeds: `plandiff_fuzz::html`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| plandiff_fuzz::html(data));
