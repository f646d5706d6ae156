//! Report: a Comparison → JSON, CSV, Markdown, a self-contained HTML report, and Word (.docx)
//! and Excel (.xlsx) reports.

pub mod csv;
pub mod docx;
pub mod html;
pub mod labels;
pub mod markdown;
mod ooxml;
mod render;
pub mod rows;
pub mod series;
pub mod xlsx;

use crate::model::{Comparison, Document};

pub use csv::comparison_csv;
pub use docx::comparison_docx;
pub use html::comparison_html;
pub use markdown::comparison_markdown;
pub use xlsx::comparison_xlsx;

/// The Document as pretty JSON (the shape of `plandiff parse --json`).
pub fn document_json(doc: &Document) -> String {
    pretty_string(doc)
}

/// [`document_json`] written to `out` as it is made (the CLI's `parse --json`): the same bytes,
/// no final newline, and no check of the whole text's UTF-8 at the end.
pub fn write_document_json<W: std::io::Write>(out: W, doc: &Document) -> std::io::Result<()> {
    write_pretty(out, doc)
}

/// The Comparison as pretty JSON (the shape of `plandiff compare --json`).
pub fn comparison_json(c: &Comparison) -> String {
    pretty_string(c)
}

/// [`comparison_json`] written to `out` as it is made, without the whole text in memory (the
/// CLI: at 100× the size of a city plan the JSON is 13 MB). The same bytes, no final newline.
pub fn write_comparison_json<W: std::io::Write>(out: W, c: &Comparison) -> std::io::Result<()> {
    write_pretty(out, c)
}

/// `value` as pretty JSON (the bytes of `serde_json::to_string_pretty`), empty if it cannot be
/// written.
fn pretty_string<T: serde::Serialize>(value: &T) -> String {
    let mut out = Vec::with_capacity(1 << 12);
    match write_pretty(&mut out, value) {
        // serde_json writes only valid UTF-8.
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// `value` as pretty JSON to `out` (the bytes of `serde_json::to_writer_pretty`).
fn write_pretty<W: std::io::Write, T: serde::Serialize>(out: W, value: &T) -> std::io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut ser).map_err(std::io::Error::from)
}

/// Spaces enough for most depths, after a comma and a line break: an item's line start is one
/// slice of this, not a write per level.
const BREAK: &[u8] = b",\n                                                                ";

/// serde_json's `PrettyFormatter` (two spaces a level) writing each line start at once: the
/// same bytes with a few writes fewer per value (the JSON of a large comparison has millions).
#[derive(Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma when `comma`) and the indent of `depth` levels.
    fn line<W: ?Sized + std::io::Write>(
        out: &mut W,
        comma: bool,
        depth: usize,
    ) -> std::io::Result<()> {
        let from = usize::from(!comma);
        match BREAK.get(from..2 + 2 * depth) {
            Some(slice) => out.write_all(slice),
            None => {
                out.write_all(&BREAK[from..2])?;
                (0..depth).try_for_each(|_| out.write_all(b"  "))
            }
        }
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, out: &mut W, b: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(b)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, out: &mut W, b: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            Self::line(out, false, self.depth)?;
        }
        out.write_all(b)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        Self::line(out, !first, self.depth)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        Self::line(out, !first, self.depth)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
    ) -> std::io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A Document as a short human-readable outline (the default of `plandiff parse`).
pub fn document_text(doc: &Document) -> String {
    let mut out = format!(
        "{}（{}，{}，{} 项任务）\n",
        doc.title,
        doc.format,
        doc.encoding,
        doc.tasks.len()
    );
    for task in &doc.tasks {
        out.push_str(&format!("{}  {}\n", task.id, labels::task_title(task)));
    }
    for w in &doc.warnings {
        out.push_str(&format!("注意：{w}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::fixture;

    #[test]
    fn pretty_json_is_serde_jsons_pretty_json() {
        let (a, b) = (
            fixture("compare_places_a.txt"),
            fixture("compare_places_b.txt"),
        );
        let c = crate::compare(&a, &b);
        assert_eq!(
            comparison_json(&c),
            serde_json::to_string_pretty(&c).unwrap()
        );
        assert_eq!(document_json(&a), serde_json::to_string_pretty(&a).unwrap());
        let mut written = Vec::new();
        write_comparison_json(&mut written, &c).unwrap();
        assert_eq!(written, comparison_json(&c).into_bytes());
        // Deeper than the line starts held at once, and empty containers.
        let mut deep = serde_json::json!({"k": [], "m": {}, "n": [1, "二"]});
        for _ in 0..40 {
            deep = serde_json::json!([1, {"k": deep}]);
        }
        assert_eq!(
            pretty_string(&deep),
            serde_json::to_string_pretty(&deep).unwrap()
        );
    }

    #[test]
    fn the_outline_names_a_task_of_one_long_sentence_by_its_first_words() {
        let text = "示例市工作要点\n一、重点任务\n1.区人大及其常委会要通过听取审议工作报告、执法检查、专题询问、工作评议等方式加强监督。\n2.加强学法。每年学法不少于4次。\n";
        let doc = crate::parse(text.as_bytes(), "a.txt").unwrap();
        assert_eq!(doc.tasks[0].heading, "");
        let outline = document_text(&doc);
        assert!(
            outline.contains("一/1  区人大及其常委会要通过听取审议工作报告"),
            "{outline}"
        );
        assert!(outline.contains("一/2  加强学法\n"), "{outline}");
    }
}
