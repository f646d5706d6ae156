//! libFuzzer entry for the `parse` target (what it feeds: `plandiff_fuzz::parse`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| plandiff_fuzz::parse(data));
