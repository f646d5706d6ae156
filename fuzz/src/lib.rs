//! The fuzz targets as plain functions, shared by the libFuzzer binaries (`fuzz_targets/`,
//! nightly, coverage-guided) and the stable stress driver (`src/bin/stress.rs`, which mutates
//! the corpus they grew without instrumentation, many times faster).

#[path = "../../tests/ingest_support/mod.rs"]
mod ingest_support;

/// Names that route `parse` input to each reader and to content sniffing.
const NAMES: &[&str] = &[
    "x.txt", "x.md", "x.html", "x.docx", "x", "x.doc", "x.htm", "x.pdf",
];

/// The .docx parts the `docx` target fills, in order, from the input split at NUL bytes.
const PARTS: &[&str] = &["word/document.xml", "word/numbering.xml", "word/styles.xml"];

/// A target: its name and the function run on each input.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, by name.
pub const TARGETS: &[Target] = &[
    ("parse", parse),
    ("docx", docx),
    ("compare", compare),
    ("html", html),
    ("pdf", pdf),
];

/// `plandiff::parse` (ingest, outline, extract) and the JSON export; the first byte picks the
/// file name. It must return `Ok` or `Err`, never panic.
pub fn parse(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(doc) = plandiff::parse(bytes, name) {
        let _ = plandiff::report::document_json(&doc);
    }
}

/// The .docx reader past the zip layer: the input, split at NUL bytes, becomes document.xml,
/// numbering.xml and styles.xml of a valid zip (stored entries), so the XML scanner, numbering
/// and styles code see arbitrary XML.
pub fn docx(data: &[u8]) {
    let entries: Vec<(&str, &[u8])> = PARTS.iter().copied().zip(data.split(|b| *b == 0)).collect();
    let bytes = ingest_support::stored_zip_of(&entries);
    let _ = plandiff::parse(&bytes, "x.docx");
}

/// The whole pipeline on two documents: the input, split at its first NUL byte (else in
/// half), is plan A and plan B; both parsed, compared, and rendered in every report format.
pub fn compare(data: &[u8]) {
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
}

/// The PDF reader past lopdf's object layer: the input is the content stream of a valid
/// one-page PDF (font F1), so the operator interpreter, the fonts and the line rebuilding see
/// arbitrary content; inputs starting `%PDF` are read as they are.
pub fn pdf(data: &[u8]) {
    if data.starts_with(b"%PDF") {
        let _ = plandiff::parse(data, "x.pdf");
        return;
    }
    let _ = plandiff::parse(&ingest_support::pdf_page(data, ""), "x.pdf");
}

/// The HTML reader: the markup stripper on its own, then the whole parse as `x.html`.
pub fn html(data: &[u8]) {
    let page = String::from_utf8_lossy(data);
    let _ = plandiff::ingest::html::to_text_noted(&page);
    let _ = plandiff::parse(data, "x.html");
}
