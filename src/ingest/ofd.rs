//! .ofd (GB/T 33190 版式文档) → plain text, lines rebuilt as for a PDF ([`super::layout`]).
//!
//! An OFD is a zip of XML: `OFD.xml` names the document (`DocBody/DocRoot`), the document lists
//! its pages (`Pages/Page@BaseLoc`), and each page's `Content.xml` holds `TextObject`s placed by
//! `Boundary` (x y w h, in mm, y down), each with `TextCode`s at `X`/`Y` inside it and the
//! advance of each character in `DeltaX` (`g 3 4.2` is 4.2 three times). Read through the
//! bounded zip reader and XML scanner the .docx reader uses, so it works in the page too.

use std::fmt;

use super::layout::{self, Run};
use super::xml::{attr, Event, Scanner};
use super::zip::{Archive, ZipError};

/// Most pages read.
pub const MAX_PAGES: usize = 5_000;

/// Why an OFD could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfdError {
    /// The zip is broken, too large or encrypted.
    Zip(ZipError),
    /// A zip without `OFD.xml` or without the document it names.
    NoDocument,
    /// No text on any page: a scan.
    Scanned {
        /// The number of pages.
        pages: usize,
    },
}

impl fmt::Display for OfdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OfdError::Zip(e) => write!(
                f,
                "不是有效的 OFD 文件：{e}，请重新下载，或用原软件重新导出后再试"
            ),
            OfdError::NoDocument => write!(
                f,
                "不是有效的 OFD 文件（找不到 OFD.xml 或其中指向的文档）：请重新下载，或用原软件重新导出后再试"
            ),
            OfdError::Scanned { pages } => write!(
                f,
                "这是扫描件或图片 OFD（共 {pages} 页），没有可读取的文字：需要先用 OCR 文字识别转成文字，另存为 .docx 或 .txt 后再试"
            ),
        }
    }
}

impl From<ZipError> for OfdError {
    fn from(e: ZipError) -> Self {
        OfdError::Zip(e)
    }
}

/// Whether a zip holds an OFD (an `OFD.xml` at its root).
pub fn is_ofd(bytes: &[u8]) -> bool {
    Archive::open(bytes).is_ok_and(|a| a.find("OFD.xml").is_some())
}

/// Reads an OFD's bytes into plain text, with what was left out, in Chinese, one line each.
pub fn to_text_noted(bytes: &[u8]) -> Result<(String, Vec<String>), OfdError> {
    let mut archive = Archive::open(bytes)?;
    let root = part(&mut archive, "OFD.xml")?.ok_or(OfdError::NoDocument)?;
    let doc_path = text_of(&root, "DocRoot")
        .map(|p| resolve("", &p))
        .ok_or(OfdError::NoDocument)?;
    let document = part(&mut archive, &doc_path)?.ok_or(OfdError::NoDocument)?;
    let doc_dir = doc_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let page_paths: Vec<String> = Scanner::new(&document)
        .filter_map(|event| match event {
            Event::Start {
                name: "Page",
                attrs,
                ..
            } => attr(attrs, "BaseLoc").map(|loc| resolve(doc_dir, &loc)),
            _ => None,
        })
        .take(MAX_PAGES)
        .collect();
    let mut notes = Vec::new();
    let mut pages = Vec::new();
    let mut blank = Vec::new();
    for (n, path) in page_paths.iter().enumerate() {
        let runs = match part(&mut archive, path)? {
            Some(content) => runs(&content),
            None => {
                notes.push(format!("OFD 第 {} 页缺少内容（{path}），未读取", n + 1));
                Vec::new()
            }
        };
        let lines = layout::lines(runs);
        if lines.is_empty() {
            blank.push((n + 1).to_string());
        }
        pages.push(lines);
    }
    if blank.len() == pages.len() {
        return Err(OfdError::Scanned { pages: pages.len() });
    }
    if !blank.is_empty() {
        notes.push(format!(
            "第 {} 页没有文字（空白页，或扫描图片），其内容未读取",
            blank.join("、")
        ));
    }
    layout::drop_chrome(&mut pages);
    Ok((layout::join(&pages), notes))
}

/// A part's text (UTF-8, bad bytes replaced), or `None` when the zip has no such part.
fn part(archive: &mut Archive, path: &str) -> Result<Option<String>, ZipError> {
    Ok(archive
        .read(path)?
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned()))
}

/// The text inside the first element named `name`.
fn text_of(xml: &str, name: &str) -> Option<String> {
    let mut inside = false;
    for event in Scanner::new(xml) {
        match event {
            Event::Start { name: n, .. } if n == name => inside = true,
            Event::Text(text) if inside && !text.trim().is_empty() => {
                return Some(text.trim().to_string())
            }
            Event::End { name: n } if n == name => inside = false,
            _ => {}
        }
    }
    None
}

/// A path inside the package: absolute (`/Doc_0/…`) from the root, else from `dir`.
fn resolve(dir: &str, path: &str) -> String {
    let path = path.trim();
    if let Some(absolute) = path.strip_prefix('/') {
        absolute.to_string()
    } else if dir.is_empty() {
        path.to_string()
    } else {
        format!("{dir}/{path}")
    }
}

/// The runs of text of a page's `Content.xml`, in points (mm × 72/25.4), y up.
fn runs(content: &str) -> Vec<Run> {
    const PT: f32 = 72.0 / 25.4;
    let mut out = Vec::new();
    // The TextObject being read: its origin and font size.
    let mut object: Option<(f32, f32, f32)> = None;
    // The TextCode being read: its start and advances.
    let mut code: Option<(f32, f32, Vec<f32>)> = None;
    for event in Scanner::new(content) {
        match event {
            Event::Start {
                name: "TextObject",
                attrs,
                ..
            } => {
                let boundary = numbers(&attr(attrs, "Boundary").unwrap_or_default());
                let size = attr(attrs, "Size")
                    .and_then(|s| s.trim().parse::<f32>().ok())
                    .unwrap_or(3.5);
                object = Some((
                    boundary.first().copied().unwrap_or(0.0),
                    boundary.get(1).copied().unwrap_or(0.0),
                    size,
                ));
            }
            Event::End { name: "TextObject" } => object = None,
            Event::Start {
                name: "TextCode",
                attrs,
                ..
            } => {
                let at = |key: &str| {
                    attr(attrs, key)
                        .and_then(|s| s.trim().parse::<f32>().ok())
                        .unwrap_or(0.0)
                };
                let deltas = attr(attrs, "DeltaX").map_or_else(Vec::new, |d| deltas(&d));
                code = Some((at("X"), at("Y"), deltas));
            }
            Event::End { name: "TextCode" } => code = None,
            Event::Text(text) => {
                let (Some((ox, oy, size)), Some((x, y, deltas))) = (object, &code) else {
                    continue;
                };
                // Each character but the last moves by its DeltaX (one em where none is given).
                let steps = text.chars().count().saturating_sub(1);
                let given: f32 = deltas.iter().take(steps).sum();
                let advance = given + steps.saturating_sub(deltas.len()) as f32 * size + size;
                let left = ox + x;
                out.push(Run {
                    x: left * PT,
                    y: -(oy + y) * PT,
                    end: (left + advance) * PT,
                    size: size * PT,
                    text: text.into_owned(),
                });
            }
            _ => {}
        }
    }
    out
}

/// Numbers separated by spaces: `"10 20.5 100 5"` → `[10, 20.5, 100, 5]`.
fn numbers(text: &str) -> Vec<f32> {
    text.split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// Most advances one `DeltaX` may expand to (`g` repeats).
const MAX_DELTAS: usize = 100_000;

/// `DeltaX` expanded: `"g 3 4.2 5"` → `[4.2, 4.2, 4.2, 5]`.
fn deltas(text: &str) -> Vec<f32> {
    let mut out = Vec::new();
    let mut items = text.split_whitespace();
    while let Some(item) = items.next() {
        if out.len() >= MAX_DELTAS {
            break;
        }
        if item == "g" {
            let count = items
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            let value = items
                .next()
                .and_then(|n| n.parse::<f32>().ok())
                .unwrap_or(0.0);
            out.extend(std::iter::repeat_n(
                value,
                count.min(MAX_DELTAS - out.len()),
            ));
        } else if let Ok(value) = item.parse() {
            out.push(value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_x_expands_its_repeats() {
        assert_eq!(deltas("g 3 4.2 5"), vec![4.2, 4.2, 4.2, 5.0]);
        assert_eq!(deltas("g 1000000000 1").len(), MAX_DELTAS);
    }

    #[test]
    fn paths_resolve_from_the_document() {
        assert_eq!(
            resolve("Doc_0", "Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(
            resolve("Doc_0", "/Doc_0/Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(resolve("", "Doc_0/Document.xml"), "Doc_0/Document.xml");
    }

    #[test]
    fn text_codes_become_runs_where_they_print() {
        let xml = r#"<ofd:Page><ofd:Content><ofd:Layer>
            <ofd:TextObject ID="1" Boundary="20 30 170 6" Size="4.2" Font="2">
              <ofd:TextCode X="0" Y="4.2" DeltaX="g 3 4.2">一、总体</ofd:TextCode>
            </ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#;
        let runs = runs(xml);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].text, "一、总体");
        let pt = 72.0 / 25.4;
        assert!((runs[0].x - 20.0 * pt).abs() < 0.01);
        assert!((runs[0].y + 34.2 * pt).abs() < 0.01);
        assert!((runs[0].end - (20.0 + 4.0 * 4.2) * pt).abs() < 0.01);
    }
}
