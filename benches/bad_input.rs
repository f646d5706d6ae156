//! Linearity of the inputs that once took quadratic time (issue #11): each shape at 1× and 10×
//! its size; the 10× time should stay within ~15× the 1× time (`cargo bench --bench bad_input`).
//!
//! | shape | what was quadratic |
//! |---|---|
//! | `numbering` | a numbering.xml of many lists: each id found by a scan of all lists |
//! | `styles_chain` | styles each `basedOn` the one before: the chain walked per lookup, each step a scan |
//! | `digit_run` | `1.完成` + a run of digits + `个项目`: the run read again from each of its digits |
//! | `han_run` | the same with `九`s |
//! | `html_comments` | many `<!--` with no `-->`: each searched to the end of the page |
//! | `many_counts` | one clause of many counts: the text before each copied to look for its period word |
//! | `close_brackets` | a task followed by `（` and many `)`: each searched back to the `（` (found by fuzzing) |

#[path = "../tests/ingest_support/mod.rs"]
mod ingest_support;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ingest_support::zip_of;
use std::hint::black_box;

/// The sizes of each shape: a base and ten times it.
const SCALES: &[usize] = &[1, 10];

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A .docx whose numbering.xml defines `n` one-level lists, with paragraphs using the first
/// and the last.
fn numbering_docx(n: usize) -> Vec<u8> {
    let mut numbering = format!("<w:numbering {W}>");
    for i in 0..n {
        numbering += &format!(
            r#"<w:abstractNum w:abstractNumId="{i}"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>"#
        );
    }
    for i in 0..n {
        numbering += &format!(
            r#"<w:num w:numId="{}"><w:abstractNumId w:val="{i}"/></w:num>"#,
            i + 1
        );
    }
    numbering += "</w:numbering>";
    let paragraph = |num: usize| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>示例任务，每年不少于4次。</w:t></w:r></w:p>"#
        )
    };
    let document = format!(
        "<w:document {W}><w:body>{}{}</w:body></w:document>",
        paragraph(1),
        paragraph(n)
    );
    docx(&document, Some(&numbering), None)
}

/// A .docx whose styles.xml chains `n` styles by `basedOn`, one paragraph in every hundredth.
fn styles_docx(n: usize) -> Vec<u8> {
    let mut styles = format!("<w:styles {W}>");
    for i in 0..n {
        let based = if i > 0 {
            format!(r#"<w:basedOn w:val="s{}"/>"#, i - 1)
        } else {
            String::new()
        };
        styles += &format!(
            r#"<w:style w:type="paragraph" w:styleId="s{i}">{based}<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#
        );
    }
    styles += "</w:styles>";
    let body: String = (0..n)
        .step_by(100)
        .map(|i| format!(r#"<w:p><w:pPr><w:pStyle w:val="s{i}"/></w:pPr><w:r><w:t>示例任务。</w:t></w:r></w:p>"#))
        .collect();
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    docx(
        &format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
        Some(&numbering),
        Some(&styles),
    )
}

fn docx(document: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let mut entries = vec![("word/document.xml", document.as_bytes())];
    if let Some(numbering) = numbering {
        entries.push(("word/numbering.xml", numbering.as_bytes()));
    }
    if let Some(styles) = styles {
        entries.push(("word/styles.xml", styles.as_bytes()));
    }
    zip_of(&entries)
}

/// One shape: its name, file name, and the bytes at a size `n`.
type Shape = (&'static str, &'static str, fn(usize) -> Vec<u8>, usize);

const SHAPES: &[Shape] = &[
    ("numbering", "x.docx", numbering_docx, 2_000),
    ("styles_chain", "x.docx", styles_docx, 2_000),
    (
        "digit_run",
        "x.txt",
        |n| format!("一、总体要求\n1.完成{}个项目\n", "1".repeat(n)).into_bytes(),
        50_000,
    ),
    (
        "han_run",
        "x.txt",
        |n| format!("一、总体要求\n1.完成{}个项目\n", "九".repeat(n)).into_bytes(),
        20_000,
    ),
    (
        "html_comments",
        "x.html",
        |n| "<!--<p>一、示例任务</p>".repeat(n).into_bytes(),
        5_000,
    ),
    (
        "many_counts",
        "x.txt",
        |n| format!("一、总体要求\n1.{}\n", "每年完成1次".repeat(n)).into_bytes(),
        2_000,
    ),
    (
        "close_brackets",
        "x.txt",
        |n| format!("一、总体要求\n1.完成任务。（ {}\n", ")".repeat(n)).into_bytes(),
        5_000,
    ),
];

fn shapes(c: &mut Criterion) {
    for (name, file, make, base) in SHAPES {
        let mut group = c.benchmark_group(format!("bad_input/{name}"));
        group.sample_size(10);
        for &scale in SCALES {
            let bytes = make(base * scale);
            group.bench_with_input(
                BenchmarkId::from_parameter(format!("{scale}x")),
                &bytes,
                |bench, bytes| bench.iter(|| plandiff::parse(black_box(bytes), file)),
            );
        }
        group.finish();
    }
}

criterion_group!(bad_input_benches, shapes);
criterion_main!(bad_input_benches);
