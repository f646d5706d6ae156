//! Tables copied as records, each cell on a line under its own label (`具体任务` / `新建…` /
//! `责任单位` / `交通局` / `完成时限` / `10月底前`, then `具体任务` again): rewritten as a header
//! line and tab-separated rows, which the table reader reads.

use super::header::{column_of, Column};
use std::borrow::Cow;

/// Most characters of a label line (`具体任务`, `配合单位`).
const LABEL_MAX: usize = 6;

/// The column a line names when it is a label alone: a short line of Han characters that is a
/// header word (`责任单位`), no sentence or number.
fn label(line: &str) -> Option<Column> {
    let t = line.trim();
    let short = (2..=LABEL_MAX).contains(&t.chars().count());
    if !short || !t.chars().all(crate::chars::is_common_han) {
        return None;
    }
    column_of(t).filter(|c| *c != Column::Number)
}

/// One record: its labels and their values, in order.
type Record = Vec<(String, String)>;

/// The records from the task label at `start` (`具体任务`), each a label line and one value line
/// a field, blank lines between allowed, a record opening at each repeat of the first label;
/// and the line after the last value. `None` unless two records or more of two fields or more,
/// or one of three fields or more that names its agencies.
fn records_at(lines: &[&str], start: usize) -> Option<(Vec<Record>, usize)> {
    let first = lines.get(start)?.trim();
    let filled = |from: usize| (from..lines.len()).find(|&k| !lines[k].trim().is_empty());
    let mut records: Vec<Record> = Vec::new();
    let mut at = start;
    let mut end = start;
    while let Some(k) = filled(at) {
        let name = lines[k].trim();
        if label(name).is_none() {
            break;
        }
        // A value has words (not a bar parting the labels of a header, `工作任务` / `|`).
        let Some(v) = filled(k + 1)
            .filter(|&v| label(lines[v]).is_none() && lines[v].chars().any(char::is_alphanumeric))
        else {
            break;
        };
        if name == first {
            records.push(Vec::new());
        }
        let Some(record) = records.last_mut() else {
            break;
        };
        if record.iter().any(|(l, _)| l == name) {
            break;
        }
        record.push((name.to_string(), lines[v].trim().to_string()));
        end = v + 1;
        at = v + 1;
    }
    // A record left with its task alone ends the table before it.
    if records.last().is_some_and(|r| r.len() < 2) {
        records.pop();
    }
    // One record is a table when it names who does the work and one thing more.
    let agencies = |r: &Record| {
        r.iter().any(|(l, _)| {
            matches!(
                label(l),
                Some(Column::Lead | Column::Responsible | Column::Units)
            )
        })
    };
    let table = match records.as_slice() {
        [one] => one.len() >= 3 && agencies(one),
        all => all.len() >= 2 && all.iter().all(|r| r.len() >= 2),
    };
    table.then_some((records, end))
}

/// `lines` with each table of records (see the module) as a header line and one row a record,
/// at the place of its first lines, the lines it took up after them left blank.
pub fn rewrite<'l>(lines: &[&'l str]) -> Vec<Cow<'l, str>> {
    let mut out: Vec<Cow<'l, str>> = lines.iter().map(|&l| Cow::Borrowed(l)).collect();
    let mut i = 0;
    while i < lines.len() {
        let found = (label(lines[i]) == Some(Column::Task))
            .then(|| records_at(lines, i))
            .flatten();
        let Some((records, end)) = found else {
            i += 1;
            continue;
        };
        // The labels in the order first met.
        let mut labels: Vec<&str> = Vec::new();
        for (l, _) in records.iter().flatten() {
            if !labels.contains(&l.as_str()) {
                labels.push(l);
            }
        }
        let rows = records.iter().map(|r| {
            (labels.iter())
                .map(|l| {
                    r.iter()
                        .find(|(n, _)| n == l)
                        .map_or("", |(_, v)| v.as_str())
                })
                .collect::<Vec<_>>()
                .join("\t")
        });
        let table: Vec<String> = std::iter::once(labels.join("\t")).chain(rows).collect();
        for (k, slot) in out.iter_mut().enumerate().take(end).skip(i) {
            *slot = Cow::Owned(table.get(k - i).cloned().unwrap_or_default());
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_become_a_header_and_rows() {
        let lines = [
            "示例县任务分解",
            "具体任务",
            "新建农村公路50公里。",
            "责任单位",
            "交通局",
            "完成时限",
            "10月底前",
            "",
            "具体任务",
            "完成疫苗接种。",
            "责任单位",
            "卫健局",
            "配合单位",
            "各乡镇",
            "以上任务年底前完成。",
        ];
        let out = rewrite(&lines);
        assert_eq!(out.len(), lines.len());
        assert_eq!(out[1], "具体任务\t责任单位\t完成时限\t配合单位");
        assert_eq!(out[2], "新建农村公路50公里。\t交通局\t10月底前\t");
        assert_eq!(out[3], "完成疫苗接种。\t卫健局\t\t各乡镇");
        assert!(out[4..14].iter().all(|l| l.is_empty()), "{out:?}");
        // The text after the last value stays.
        assert_eq!(out[14], "以上任务年底前完成。");
    }

    #[test]
    fn one_record_or_a_label_in_a_plans_text_is_left_alone() {
        let one = [
            "具体任务",
            "新建公路。",
            "完成时限",
            "年底前",
            "一、加强学法。",
        ];
        assert_eq!(rewrite(&one), one.map(Cow::Borrowed).to_vec());
        // One record naming its agencies and a date is a table of one row.
        let row = [
            "具体任务",
            "新建公路。",
            "责任单位",
            "交通局",
            "完成时限",
            "年底前",
        ];
        assert_eq!(rewrite(&row)[1], "新建公路。	交通局	年底前");
        let text = ["重点任务", "一、加强学法。", "二、推进执法。"];
        assert_eq!(rewrite(&text), text.map(Cow::Borrowed).to_vec());
    }
}
