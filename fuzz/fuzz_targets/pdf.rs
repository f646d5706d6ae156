//! libFuzzer entry for the `pdf` target (what it feeds: `plandiff_fuzz::pdf`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| plandiff_fuzz::pdf(data));
