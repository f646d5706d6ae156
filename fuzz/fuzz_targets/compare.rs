//! libFuzzer entry for the `compare` target (what it feeds: `plandiff_fuzz::compare`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| plandiff_fuzz::compare(data));
