//! The model as JSON, written through the codec's [`Wire::visit`]: the page's JSON export,
//! byte for byte what `serde_json::to_string_pretty` writes for the same value (the CLI's
//! `--json`), without serde's serializer in the page's wasm. Numbers print as serde does for
//! every value a plan holds (shortest decimals up to 6 places, `.0` on whole floats).

use super::{Io, Wire};
use crate::model::Comparison;
use std::fmt::Write;

/// `value` as pretty JSON, as `serde_json::to_string_pretty` writes it (visited mutably, left
/// unchanged).
pub fn to_json<T: Wire>(value: &mut T) -> String {
    let mut w = Json {
        out: String::new(),
        depth: 0,
        first: true,
    };
    value.visit(&mut w);
    w.out
}

/// A comparison as the CLI's `--json` writes it.
pub fn comparison_json(c: &Comparison) -> String {
    // A copy to visit; the counts made again rather than cloned (no map cloning code).
    let mut copy = Comparison {
        a: c.a.clone(),
        b: c.b.clone(),
        pairs: c.pairs.clone(),
        a_only: c.a_only.clone(),
        b_only: c.b_only.clone(),
        summary: crate::compare::summarize(&c.pairs, c.a_only.len(), c.b_only.len()),
        agencies: c.agencies.clone(),
    };
    to_json(&mut copy)
}

/// Writes what it visits as pretty JSON (two spaces a level).
struct Json {
    out: String,
    depth: usize,
    /// Nothing written yet at this level.
    first: bool,
}

impl Json {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
}

impl Io for Json {
    fn num(&mut self, x: &mut u64) {
        // u64's Display is in the page already (every `format!` of a count uses it).
        let _ = write!(self.out, "{x}");
    }
    fn float(&mut self, x: &mut f64) {
        self.out.push_str(&float(*x));
    }
    fn raw(&mut self, _x: &mut Vec<u8>) {}
    fn count(&mut self, n: usize) -> usize {
        n
    }
    fn text(&mut self, x: &mut String) {
        string(&mut self.out, x);
    }
    fn flag(&mut self, x: &mut bool) {
        self.out.push_str(if *x { "true" } else { "false" });
    }
    fn variant(&mut self, i: usize, names: &[&str]) -> usize {
        string(&mut self.out, names.get(i).copied().unwrap_or_default());
        i
    }
    fn some(&mut self, some: bool) -> bool {
        if !some {
            self.out.push_str("null");
        }
        some
    }
    fn skips_none(&self) -> bool {
        true
    }
    fn begin(&mut self, list: bool) {
        self.out.push(if list { '[' } else { '{' });
        self.depth += 1;
        self.first = true;
    }
    fn end(&mut self, list: bool) {
        self.depth = self.depth.saturating_sub(1);
        if !self.first {
            self.newline();
        }
        self.out.push(if list { ']' } else { '}' });
        self.first = false;
    }
    fn key_text(&mut self, name: &str) {
        self.item();
        string(&mut self.out, name);
        self.out.push_str(": ");
    }
    fn item(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.newline();
        self.first = false;
    }
}

/// `s` as a JSON string, escaped as serde_json does.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A float as serde_json writes it: the shortest decimals that read back as the same value
/// (tried up to 6 places, then 6), `.0` on a whole number, `null` when not finite.
fn float(x: f64) -> String {
    if !x.is_finite() {
        return "null".into();
    }
    for digits in 0..=6 {
        let text = crate::fixed::fixed(x, digits);
        if crate::fixed::decimal(&text) == Some(x) {
            return if digits == 0 { text + ".0" } else { text };
        }
    }
    crate::fixed::fixed(x, 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use proptest::prelude::*;

    fn fixture(name: &str) -> String {
        let path = format!("{}/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).expect("fixture present")
    }

    #[test]
    fn comparisons_print_as_serde_prints_them() {
        for (a, b) in [
            (
                "tests/fixtures/compare_shilishi_a.txt",
                "tests/fixtures/compare_shilishi_b.txt",
            ),
            (
                "src/app/examples/plan_2023.txt",
                "src/app/examples/plan_2024.txt",
            ),
            (
                "tests/fixtures/plan2_targets.txt",
                "tests/fixtures/plan2_targets.txt",
            ),
        ] {
            let a = crate::parse(fixture(a).as_bytes(), a).expect("a");
            let b = crate::parse(fixture(b).as_bytes(), b).expect("b");
            let c = crate::compare(&a, &b);
            assert!(!c.pairs.is_empty());
            let want = serde_json::to_string_pretty(&c).unwrap();
            assert_eq!(comparison_json(&c), want);
            assert_eq!(
                to_json(&mut a.clone()),
                serde_json::to_string_pretty(&a).unwrap()
            );
        }
    }

    #[test]
    fn edge_values_print_as_serde_prints_them() {
        let target = |value: Option<f64>, text: &str| Target {
            text: text.into(),
            metric: "\"率\"\\\u{1}\t".into(),
            comparator: Comparator::By,
            value,
            value_max: value.map(|v| v * 2.0),
            unit: String::new(),
            deadline: None,
            per: Some("每年".into()),
        };
        for v in [
            0.0, -0.0, 1.0, 0.5, 2.25, 100.0, 0.001, 12345.678, 1e9, 3.0e-4,
        ] {
            let t = target(Some(v), "x");
            assert_eq!(
                to_json(&mut t.clone()),
                serde_json::to_string_pretty(&t).unwrap(),
                "{v}"
            );
        }
        let t = target(None, "");
        assert_eq!(
            to_json(&mut t.clone()),
            serde_json::to_string_pretty(&t).unwrap()
        );
        let empty = Document::default();
        assert_eq!(
            to_json(&mut empty.clone()),
            serde_json::to_string_pretty(&empty).unwrap()
        );
    }

    proptest! {
        /// Any text and numbers a plan could hold print as serde prints them.
        #[test]
        fn arbitrary_documents_print_as_serde(
            text in "\\PC{0,12}",
            control in proptest::char::range('\u{0}', '\u{1f}'),
            value in proptest::option::of((0u32..10_000_000, 0u32..4).prop_map(|(n, d)| f64::from(n) / 10f64.powi(d as i32))),
            units in proptest::collection::vec("\\PC{0,6}", 0..3),
        ) {
            let task = Task {
                id: format!("{text}{control}"),
                text: text.clone(),
                lead_units: units.clone(),
                targets: vec![Target {
                    text: text.clone(),
                    metric: text.clone(),
                    comparator: Comparator::AtLeast,
                    value,
                    value_max: None,
                    unit: "%".into(),
                    deadline: Some(text.clone()),
                    per: None,
                }],
                section: Some(text.clone()),
                full_names: units.iter().map(|u| FullName { written: u.clone(), full: text.clone() }).collect(),
                ..Task::default()
            };
            let doc = Document { tasks: vec![task], warnings: units, kind: DocKind::Report, ..Document::default() };
            prop_assert_eq!(to_json(&mut doc.clone()), serde_json::to_string_pretty(&doc).unwrap());
        }
    }
}
