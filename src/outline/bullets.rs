//! Bulleted items (`- …`, `● …`, a Markdown list): numbered in a style deeper than any the
//! plan uses, so that they nest and read like the plan's own numbered items.

use super::numbering::{self, Style};

/// Bullet signs that need a space after them (`- `, `* `, `+ `: a dash is also a minus sign).
const SPACED_BULLETS: &[char] = &['-', '*', '+'];

/// Bullet signs that stand alone (`●推进…`).
const BULLETS: &[char] = &['•', '●', '◆', '■', '▪', '○'];

/// Verbs opening a dashed item of work besides those of [`crate::words::opens_work_clause`]
/// (`——培育科普志愿者队伍。`, `——举办人才沙龙。`).
const MORE_WORK_VERBS: &[&str] = &[
    "培育", "举办", "组织", "打造", "建设", "提升", "强化", "实施",
];

/// A dash that leads an item of a plan's list (`——推进科普馆提档升级。`).
const DASH: &str = "——";

/// The text after a bullet sign, if the line starts with one (a list's dash only with
/// `dashes`).
fn bullet_text(line: &str, dashes: bool) -> Option<&str> {
    if let Some(rest) = line.strip_prefix(DASH).filter(|_| dashes) {
        // Words after it (not a dash drawn longer, `————`, nor a figure, `——5%`).
        let text = rest.trim_start();
        return text
            .starts_with(|c: char| crate::chars::is_common_han(c) || c == '“')
            .then_some(text);
    }
    let (rest, spaced) = match line.strip_prefix(SPACED_BULLETS) {
        Some(rest) => (rest, true),
        None => (line.strip_prefix(BULLETS)?, false),
    };
    let text = rest.trim_start();
    (!text.is_empty() && (!spaced || text.len() < rest.len())).then_some(text)
}

/// True when a line starts with a bullet sign or a list's dash.
fn starts_bulleted(l: &str) -> bool {
    l.starts_with(SPACED_BULLETS) || l.starts_with(BULLETS) || l.starts_with(DASH)
}

/// Rewrites bulleted lines as numbered ones (`- 推进甲` → `1.推进甲`), numbering each run from
/// one again after any numbered line; left alone when the plan already uses the deepest
/// styles. In a plan with numbered lines, bullets above the first of
/// them are page chrome (`• 来源：…`), not items.
pub fn number(lines: &mut [String]) {
    // Most plans have no bullet: a cheap look before reading every line's numbering.
    if !lines.iter().any(|l| starts_bulleted(l)) {
        return;
    }
    // Dashes lead a list of work (`——推进…`, `——开展…`): two or more, more than half of them
    // opening on a verb of work. One dash is one in the text (`——在全市大会上的讲话`), and
    // dashed aims (`——专项整治完成率达到100%。`) are lines of a goal, each a sentence.
    let dashed: Vec<&str> = (lines.iter())
        .filter(|l| l.starts_with(DASH))
        .filter_map(|l| bullet_text(l, true))
        .collect();
    let work = (dashed.iter())
        .filter(|t| {
            crate::words::opens_work_clause(t) || MORE_WORK_VERBS.iter().any(|v| t.starts_with(v))
        })
        .count();
    // (In a plan with numbered lines: a speech's dashed points are no plan of their own.)
    let dash_list = dashed.len() >= 2
        && work * 2 > dashed.len()
        && lines.iter().any(|l| numbering::recognise(l).is_some());
    if !dash_list
        && !lines
            .iter()
            .any(|l| !l.starts_with(DASH) && starts_bulleted(l))
    {
        return;
    }
    // `• 一、总体目标`: a bullet before a heading's number is the page's, the number the
    // plan's (not a site's numbered notes, `- 1、本文档由用户上传…`, nor `- 10.27 KB`).
    for line in lines.iter_mut() {
        // (A heading alone, `• 一、总体目标`: not a list's item opening on a numeral,
        // `• 一、二级公路改造提升50公里。`.)
        let heading = |t: &&str| {
            numbering::recognise(t).is_some_and(|(m, rest)| {
                !m.repaired
                    && matches!(m.style, Style::Han | Style::ParenHan)
                    && super::text::heading_alone(rest.trim())
                    && !super::boilerplate::is_chrome(t)
            })
        };
        let numbered = bullet_text(line, dash_list)
            .filter(heading)
            .map(str::to_string);
        if let Some(text) = numbered {
            *line = text;
        }
    }
    let deepest = lines
        .iter()
        .filter_map(|l| numbering::recognise(l).map(|(m, _)| m.style))
        .filter(|s| *s != Style::HanShi)
        .max();
    let Some(style) = [Style::Arabic, Style::ParenArabic, Style::Circled]
        .into_iter()
        .find(|s| deepest.is_none_or(|d| d < *s))
    else {
        return;
    };
    let first_numbered = lines
        .iter()
        .position(|l| numbering::recognise(l).is_some())
        .unwrap_or(0);
    let mut n = 0u32;
    for k in first_numbered..lines.len() {
        // A heading follows a whole bullet (not the wrapped rest of one ending `，`).
        let bulleted_next = lines
            .get(k + 1)
            .is_some_and(|l| bullet_text(l, dash_list).is_some())
            && (k.checked_sub(1).and_then(|p| lines.get(p)))
                .is_none_or(|l| !l.trim_end().ends_with(['，', ',', '、', '（', '(']));
        let Some(line) = lines.get_mut(k) else {
            break;
        };
        let Some(text) = bullet_text(line, dash_list) else {
            // A group's heading over its bullets (`巩固提升自身优势` / `- …`) starts a run of
            // its own, as a numbered line does.
            if numbering::recognise(line).is_some() || (bulleted_next && is_group_heading(line)) {
                n = 0;
            }
            continue;
        };
        // `- 责任单位：…`, `- 完成时限：…`: a field of the item above, not an item.
        if text.find(['：', ':']).is_some_and(|i| i <= 15) {
            *line = text.to_string();
            continue;
        }
        n += 1;
        let mut marker = numbering::number_string(style, n);
        if style == Style::Arabic {
            marker.push('.');
        }
        marker.push_str(text);
        *line = marker;
    }
}

/// Longest unnumbered heading of a group of bullets.
const GROUP_HEADING_MAX: usize = 30;

/// True for a short line with no sentence punctuation naming no units: a group's heading
/// (not a note, `以上任务由县文旅局牵头`).
fn is_group_heading(line: &str) -> bool {
    let n = line.chars().count();
    (2..=GROUP_HEADING_MAX).contains(&n)
        && !line.contains(['。', '，', ',', '；', ';', '：', ':', '！', '？'])
        && !["牵头", "负责", "配合", "以上", "上述"]
            .iter()
            .any(|w| line.contains(w))
        // Figures are a wrapped bullet's (`增长10%`), but for a year (`2025年重点项目`).
        && !line
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .chars()
            .any(|c| c.is_ascii_digit() || c == '%')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        number(&mut lines);
        lines
    }

    #[test]
    fn each_bullet_sign() {
        for c in SPACED_BULLETS.iter().chain(BULLETS) {
            let got = run(&format!("一、甲\n{c} 推进乙。\n{c} 推进丙。"));
            assert_eq!(got, ["一、甲", "1.推进乙。", "2.推进丙。"], "{c}");
        }
        // A dash without a space is a minus sign or a dash, not a bullet.
        assert_eq!(run("-3%\n-5%"), ["-3%", "-5%"]);
    }

    #[test]
    fn deeper_than_the_plan_and_restarting_after_numbers() {
        let got = run("一、甲\n1.推进乙\n- 做好丙\n- 做好丁\n2.推进戊\n- 做好己");
        assert_eq!(
            got,
            [
                "一、甲",
                "1.推进乙",
                "(1)做好丙",
                "(2)做好丁",
                "2.推进戊",
                "(1)做好己"
            ]
        );
        let got = run("（1）甲\n- 乙\n- 丙");
        assert_eq!(got, ["（1）甲", "①乙", "②丙"]);
        // Bullets above the plan's first numbered line are page chrome.
        let got = run("- 来源：示例网\n- 2025-01-02\n一、甲\n- 乙\n- 丙");
        assert_eq!(
            got,
            ["- 来源：示例网", "- 2025-01-02", "一、甲", "1.乙", "2.丙"]
        );
        // A bulleted field (`- 责任单位：…`) belongs to the item above.
        let got =
            run("1.推进甲\n- 责任单位：市甲局\n- 完成时限：年底\n2.推进乙\n- 做好丙\n- 做好丁");
        assert_eq!(
            got,
            [
                "1.推进甲",
                "责任单位：市甲局",
                "完成时限：年底",
                "2.推进乙",
                "(1)做好丙",
                "(2)做好丁"
            ]
        );
        // A plan already numbering `①` keeps its bullets as text.
        assert_eq!(run("①甲\n- 乙\n- 丙"), ["①甲", "- 乙", "- 丙"]);
    }
}
