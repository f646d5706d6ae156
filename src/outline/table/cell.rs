//! The cells of a task-table row by what they hold: a number, a group heading, names of
//! agencies, a time; and a unit cell's names listed with `、`.

use super::super::boilerplate;
use super::super::numbering::{self, Style};
use super::super::text::is_space;

/// Endings of an agency name in a unit cell (`市司法局`, `各镇（街道）`).
const ORG_ENDINGS: &[&str] = &[
    "镇", "乡", "街道", "分行", "公司", "单位", "部门", "专班", "）", ")",
];

/// Words of a deadline cell (`2024年12月底前`, `长期坚持`, `上半年`).
const TIME_WORDS: &[&str] = &[
    "年", "月", "季度", "长期", "持续", "常态", "日前", "底前", "年内",
];

/// True when a cell is a numbered group heading (`一、优化环境`, `（二）强化监管`).
pub(super) fn is_group_cell(cell: &str) -> bool {
    numbering::recognise(cell).is_some_and(|(m, rest)| {
        matches!(m.style, Style::Han | Style::ParenHan) && !rest.trim().is_empty()
    })
}

pub(super) fn is_number_cell(cell: &str) -> bool {
    let t = cell.trim_end_matches(['.', '、', '．']);
    !t.is_empty()
        && t.chars().count() <= 6
        && (t.chars().all(|c| numbering::ascii_digit(c).is_some())
            || t.chars().all(numbering::is_han_numeral_char)
            || numbering::recognise(cell).is_some_and(|(_, rest)| rest.is_empty()))
}

fn is_org_piece(p: &str) -> bool {
    let p = p.trim().trim_end_matches('等');
    let n = p.chars().count();
    (2..=30).contains(&n)
        && !p.contains('。')
        && (boilerplate::is_org_line(p) || ORG_ENDINGS.iter().any(|e| p.ends_with(e)))
}

/// A cell listing agencies (`市甲局、市乙局`, `市甲局 市乙局`).
pub(super) fn is_org_cell(cell: &str) -> bool {
    let pieces: Vec<&str> = cell
        .split(['、', '，', ',', '；', ';', ' ', '/'])
        .filter(|p| !p.trim().is_empty())
        .collect();
    !pieces.is_empty() && pieces.iter().all(|p| is_org_piece(p))
}

/// A cell giving a time (`2024年12月底前`, `长期坚持`).
pub(super) fn is_time_cell(cell: &str) -> bool {
    cell.chars().count() <= 24
        && !cell.contains('。')
        && TIME_WORDS.iter().any(|w| cell.contains(w))
        && !is_org_cell(cell)
}

/// The marker a number cell stands for (`1` → `1.`, `一` → `一、`, `（一）` as written).
pub(super) fn marker_of(cell: &str) -> Option<String> {
    let t = cell.trim();
    if let Some((m, rest)) = numbering::recognise(t) {
        if rest.is_empty() {
            return Some(m.raw);
        }
    }
    // An automatic list number keeps its dot (`1.`): the number is what counts.
    let t = t.trim_end_matches(['.', '、', '．']);
    if !t.is_empty() && t.chars().all(|c| numbering::ascii_digit(c).is_some()) {
        return Some(format!("{t}."));
    }
    if !t.is_empty() && t.chars().all(numbering::is_han_numeral_char) {
        return Some(format!("{t}、"));
    }
    None
}

/// Endings after which a name in a unit cell may end (`市公安局|市人社局`).
const NAME_ENDS: &[char] = &[
    '局', '委', '办', '院', '府', '厅', '部', '室', '会', '所', '站', '队', '社', '行', '心', '司',
    '联', '协', '科', '股', '馆',
];

/// Verbs a measure or a task opens with (`推进…`, `新建…`, `召开…`) and no agency's name does.
const MEASURE_VERBS: &[&str] = &[
    "推进", "推行", "推动", "加强", "加快", "开展", "建立", "健全", "完善", "落实", "深化", "新建",
    "召开", "组织", "实施", "制定", "编制", "提升", "提高", "优化", "强化", "规范", "做好", "全面",
    "严格", "持续", "建设", "举办", "培训", "出台", "修订", "清理", "公布", "公开", "发布", "设立",
    "打造", "创建", "探索", "畅通", "拓展", "聚焦", "坚持", "确保", "实现", "巩固", "扩大", "依法",
];

/// True when a cell opens with a verb of work (`推进高频事项跨省通办`): a measure, not agencies.
pub(super) fn opens_with_verb(cell: &str) -> bool {
    MEASURE_VERBS.iter().any(|v| cell.starts_with(v))
}

/// A full date on its own (`2024年3月1日`): the date a plan was signed, not a time limit
/// (which says `前`, `底`, `内`…).
pub(super) fn is_signing_date(cell: &str) -> bool {
    let Some(rest) = cell.strip_suffix('日') else {
        return false;
    };
    let mut parts = rest.split(['年', '月']);
    let digits = |p: Option<&str>| {
        p.is_some_and(|p| {
            !p.is_empty()
                && p.chars().count() <= 4
                && p.chars()
                    .all(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c))
        })
    };
    digits(parts.next()) && digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
}

/// A cell of short names listed with `、` or `，`, each ending as an agency's name does
/// (`区人大常委会、区司法局`), none a sentence.
pub(super) fn is_name_list(cell: &str) -> bool {
    let mut pieces = cell.split(['、', '，', ',']).map(str::trim).peekable();
    pieces.peek().is_some()
        && !opens_with_verb(cell)
        && !cell.contains(['。', '；', ';', '：', ':'])
        && pieces.all(|p| {
            let p = p.trim_end_matches('等');
            // `行` ends a bank's name but also `施行`, `执行`: a bank is left to the agency test.
            (2..=15).contains(&p.chars().count())
                && (is_org_piece(p)
                    || p.ends_with(|c: char| {
                        (NAME_ENDS.contains(&c) && c != '行')
                            || matches!(c, '团' | '处' | '台' | ')' | '）')
                    }))
        })
}

/// Characters that start an agency's name (`市`, `区`, `各`).
const NAME_STARTS: &[char] = &['市', '区', '县', '省', '各', '镇', '乡', '街'];

/// Names in a unit cell separated by spaces, line breaks or `；` get a `、` between them; names
/// run together when a cell's paragraphs were joined (`市公安局市人社局`) are cut apart where
/// one name ends and the next begins.
pub(super) fn unit_list(cell: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    for piece in cell
        .split(|c| is_space(c) || c == '；' || c == ';')
        .filter(|p| !p.is_empty())
    {
        let chars: Vec<char> = piece.chars().collect();
        // The rest of the piece is a name only when short (`is_org_piece`: 30 characters, a
        // trailing 等 aside): longer rests are not copied and tested, which made a long piece
        // quadratic.
        let trailing = chars.iter().rev().take_while(|&&c| c == '等').count();
        let mut from = 0;
        for k in 1..chars.len() {
            let end = chars.get(k - 1).is_some_and(|c| NAME_ENDS.contains(c));
            let start = chars.get(k).is_some_and(|c| NAME_STARTS.contains(c));
            let short = (chars.len() - k).saturating_sub(trailing) <= 30;
            if !(end && start && short && k - from >= 3) {
                continue;
            }
            let rest: String = chars.get(k..).unwrap_or(&[]).iter().collect();
            if is_org_piece(&rest) {
                names.push(chars.get(from..k).unwrap_or(&[]).iter().collect());
                from = k;
            }
        }
        names.push(chars.get(from..).unwrap_or(&[]).iter().collect());
    }
    names.join("、")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_run_together_are_cut_apart() {
        assert_eq!(unit_list("市公安局市人社局"), "市公安局、市人社局");
        assert_eq!(unit_list("县甲局 县乙局"), "县甲局、县乙局");
        assert_eq!(unit_list("市市场监管局"), "市市场监管局");
        assert_eq!(unit_list("区政府办公室"), "区政府办公室");
        for e in NAME_ENDS {
            for s in NAME_STARTS {
                assert_eq!(
                    unit_list(&format!("示例{e}{s}示例局")),
                    format!("示例{e}、{s}示例局"),
                    "{e}{s}"
                );
            }
        }
    }

    #[test]
    fn measures_and_signing_dates_are_no_agencies_or_limits() {
        assert!(!is_name_list("新建社区综合服务站"));
        assert!(!is_name_list("召开新闻发布会"));
        assert!(opens_with_verb("推进高频事项跨省通办"));
        assert!(!opens_with_verb("县行政审批局"));
        assert!(is_signing_date("2024年3月1日"));
        assert!(is_signing_date("二〇一七年二月二十四日"));
        assert!(!is_signing_date("2024年3月1日前"));
        assert!(!is_signing_date("3月1日"));
        assert!(!is_signing_date("12月底前"));
    }

    #[test]
    fn name_lists() {
        assert!(is_name_list("区人大常委会、区司法局"));
        assert!(is_name_list("团区委"));
        assert!(is_name_list("各乡镇人民政府、街道办事处,示例国控集团"));
        assert!(is_name_list("区政府有关部门,街道办事处"));
        assert!(!is_name_list("加强监督"));
        assert!(!is_name_list("召开会议，部署工作。"));
        assert!(!is_name_list("本方案自印发之日起施行"));
        assert!(!is_name_list(""));
    }

    #[test]
    fn number_cells_in_each_form() {
        for (cell, marker) in [
            ("1", "1."),
            ("1.", "1."),
            ("1、", "1."),
            ("一", "一、"),
            ("（一）", "（一）"),
        ] {
            assert_eq!(marker_of(cell).as_deref(), Some(marker), "{cell}");
        }
    }
}
