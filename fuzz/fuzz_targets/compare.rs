//! Fuzzes the whole pipeline on two documents: the input, split at its first NUL byte, is plan
//! A and plan B (as .txt); both are parsed, compared, and the comparison rendered in every
//! report format. Any panic is a finding; so is an input that takes over a second (`-timeout=1`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => data.split_at(data.len() / 2),
    };
    let (Ok(a), Ok(b)) = (plandiff::parse(a, "a.txt"), plandiff::parse(b, "b.txt")) else {
        return;
    };
    let comparison = plandiff::compare(&a, &b);
    let _ = plandiff::report::comparison_json(&comparison);
    let _ = plandiff::report::comparison_csv(&comparison);
    let _ = plandiff::report::comparison_markdown(&comparison);
    let _ = plandiff::report::comparison_html(&comparison);
});
