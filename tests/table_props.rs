//! Invariants of task tables read from HTML over generated tables: empty cells, `colspan` and
//! `rowspan` never make a row lose a column, every cell's text is kept, and nothing panics,
//! however the spans overlap or run past the table.

use proptest::prelude::*;

/// One generated cell: its text (maybe empty), `colspan` and `rowspan`.
#[derive(Debug, Clone)]
struct GenCell {
    text: String,
    colspan: usize,
    rowspan: usize,
}

fn cell() -> impl Strategy<Value = GenCell> {
    (
        prop_oneof![
            2 => Just(String::new()),
            5 => "[甲乙丙丁局委办一二三]{1,6}",
        ],
        prop_oneof![6 => Just(1usize), 1 => 2usize..4],
        prop_oneof![6 => Just(1usize), 1 => 2usize..5],
    )
        .prop_map(|(text, colspan, rowspan)| GenCell {
            text,
            colspan,
            rowspan,
        })
}

fn html_of(header: &[String], rows: &[Vec<GenCell>]) -> String {
    let mut html = String::from("<table><tr>");
    for h in header {
        html.push_str(&format!("<th>{h}</th>"));
    }
    html.push_str("</tr>");
    for row in rows {
        html.push_str("<tr>");
        for c in row {
            html.push_str(&format!(
                "<td colspan=\"{}\" rowspan=\"{}\"><p>{}</p></td>",
                c.colspan, c.rowspan, c.text
            ));
        }
        html.push_str("</tr>");
    }
    html.push_str("</table>");
    html
}

proptest! {
    #[test]
    fn rows_keep_every_column_and_every_text(
        width in 2usize..6,
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 1..6), 1..8),
    ) {
        let header: Vec<String> = (0..width).map(|k| format!("列{k}")).collect();
        let text = plandiff::ingest::html::to_text(&html_of(&header, &rows));
        let mut lines = text.lines();
        let header_line = header.join("\t");
        prop_assert_eq!(lines.next(), Some(header_line.as_str()));
        for line in lines {
            // A row read as a row has at least the header's columns; a row of one filled
            // cell is that cell's text alone.
            let fields = line.split('\t').count();
            prop_assert!(fields == 1 || fields >= width, "{line:?} in {text:?}");
        }
        for c in rows.iter().flatten().filter(|c| !c.text.is_empty()) {
            prop_assert!(text.contains(&c.text), "{:?} lost from {text:?}", c.text);
        }
    }

    #[test]
    fn a_merged_cell_is_in_each_row_it_spans(
        width in 3usize..6,
        span in 2usize..5,
        lead in "[甲乙丙]{2,4}局",
    ) {
        let mut rows = vec![vec![
            GenCell { text: "1".into(), colspan: 1, rowspan: 1 },
            GenCell { text: lead.clone(), colspan: 1, rowspan: span },
        ]];
        for k in 2..=span {
            rows.push(vec![GenCell { text: k.to_string(), colspan: 1, rowspan: 1 }]);
        }
        let header: Vec<String> = (0..width).map(|k| format!("列{k}")).collect();
        let text = plandiff::ingest::html::to_text(&html_of(&header, &rows));
        let body: Vec<&str> = text.lines().skip(1).collect();
        prop_assert_eq!(body.len(), span);
        for (k, line) in body.iter().enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            let number = (k + 1).to_string();
            prop_assert_eq!(fields.first().copied(), Some(number.as_str()));
            prop_assert_eq!(fields.get(1).copied(), Some(lead.as_str()));
            prop_assert_eq!(fields.len(), width);
        }
    }
}
