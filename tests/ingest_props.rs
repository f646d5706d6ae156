//! Invariants of the ingest stage over generated input: it never panics, and text survives
//! every encoding and format it can arrive in.

mod ingest_support;

use proptest::prelude::*;

/// Names that route bytes to each reader.
const NAMES: &[&str] = &["a.txt", "a.md", "a.html", "a.docx", "a", "a.doc", "a.pdf"];

/// Plan-like text: CJK, full-width punctuation, digits, ASCII and line breaks.
fn plan_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::char::range('\u{4E00}', '\u{9FA5}'),
            1 => proptest::sample::select(vec!['、', '（', '）', '：', '；', '，', '。', '“', '”', '％', '　']),
            1 => proptest::char::range('0', '9'),
            1 => proptest::char::range('a', 'z'),
            1 => proptest::sample::select(vec!['\n', ' ', '%', '(', ')', '.', '<', '&']),
        ],
        1..200,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>())
    .prop_filter("has an ideograph", |s| s.chars().any(|c| ('\u{4E00}'..='\u{9FA5}').contains(&c)))
}

/// Plan-like text long enough for its encoding to be told apart: at least ten ideographs
/// (a single GBK character can also be valid UTF-8, `僧` = `C9 AE` = `ɮ`).
fn sentence() -> impl Strategy<Value = String> {
    plan_text().prop_filter("ten ideographs", |s| {
        s.chars()
            .filter(|c| ('\u{4E00}'..='\u{9FA5}').contains(c))
            .count()
            >= 10
    })
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect::<String>())
        .filter(|l| !l.is_empty())
        .collect()
}

/// `text` as the analysis reads it: in simplified characters when it is written in traditional
/// ones (random ideographs often are).
fn analysed(text: &str) -> String {
    plandiff::ingest::script::to_simplified(text).map_or_else(|| text.to_string(), |c| c.text)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000), pick in 0..NAMES.len()) {
        let _ = plandiff::ingest::read(&bytes, NAMES[pick]);
        let _ = plandiff::parse(&bytes, NAMES[pick]);
    }

    #[test]
    fn never_panics_on_mangled_markup(text in plan_text(), cut in any::<prop::sample::Index>()) {
        let page = format!("<html><head><title>t</title></head><body><p>{}</p><table><tr><td>{}", escape(&text), text);
        let at = cut.index(page.len() + 1);
        let bytes = &page.as_bytes()[..at];
        let _ = plandiff::ingest::read(bytes, "a.html");
        let docx = ingest_support::docx_of(&text);
        let at = cut.index(docx.len() + 1);
        let _ = plandiff::ingest::read(&docx[..at], "a.docx");
    }

    #[test]
    fn gb18030_and_utf16_read_back(text in sentence()) {
        let want = plandiff::ingest::read(text.as_bytes(), "a.txt");
        let (gb, _, _) = encoding_rs::GB18030.encode(&text);
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        for bytes in [gb.into_owned(), le] {
            let got = plandiff::ingest::read(&bytes, "a.txt");
            prop_assert_eq!(got.as_ref().map(|r| &r.text), want.as_ref().map(|r| &r.text));
        }
    }

    #[test]
    fn html_keeps_every_line(text in plan_text()) {
        let page: String = text.lines().map(|l| format!("<p><span>{}</span></p>\n", escape(l))).collect();
        if let Ok(read) = plandiff::ingest::read(page.as_bytes(), "a.html") {
            prop_assert_eq!(lines(&read.text), lines(&analysed(&text)));
        }
    }

    #[test]
    fn docx_keeps_every_line(text in plan_text()) {
        if let Ok(read) = plandiff::ingest::read(&ingest_support::docx_of(&text), "a.docx") {
            prop_assert_eq!(lines(&read.text), lines(&analysed(&text)));
        }
    }
}
