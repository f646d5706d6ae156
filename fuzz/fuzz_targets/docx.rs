//! libFuzzer entry for the `docx` target (what it feeds: `plandiff_fuzz::docx`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| plandiff_fuzz::docx(data));
