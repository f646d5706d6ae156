//! Bulleted items (`- …`, `● …`, a Markdown list): numbered in a style deeper than any the
//! plan uses, so that they nest and read like the plan's own numbered items.

use super::numbering::{self, Style};

/// Bullet signs that need a space after them (`- `, `* `, `+ `: a dash is also a minus sign).
const SPACED_BULLETS: &[char] = &['-', '*', '+'];

/// Bullet signs that stand alone (`●推进…`).
const BULLETS: &[char] = &['•', '●', '◆', '■', '▪', '◇', '□', '○'];

/// The text after a bullet sign, if the line starts with one.
fn bullet_text(line: &str) -> Option<&str> {
    let mut chars = line.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let text = if SPACED_BULLETS.contains(&first) {
        let text = rest.trim_start();
        (text.len() < rest.len()).then_some(text)?
    } else if BULLETS.contains(&first) {
        rest.trim_start()
    } else {
        return None;
    };
    (!text.is_empty()).then_some(text)
}

/// Rewrites bulleted lines as numbered ones (`- 推进甲` → `1.推进甲`), numbering each run from
/// one again after any numbered line. Needs two bullets at least; left alone when the plan
/// already uses the deepest styles. In a plan with numbered lines, bullets above the first of
/// them are page chrome (`• 来源：…`), not items.
pub fn number(lines: &mut [String]) {
    if lines.iter().filter(|l| bullet_text(l).is_some()).count() < 2 {
        return;
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
    for line in lines.iter_mut().skip(first_numbered) {
        let Some(text) = bullet_text(line) else {
            if numbering::recognise(line).is_some() {
                n = 0;
            }
            continue;
        };
        n += 1;
        let mut marker = numbering::number_string(style, n);
        if style == Style::Arabic {
            marker.push('.');
        }
        marker.push_str(text);
        *line = marker;
    }
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
        // A lone bullet is left as written.
        assert_eq!(run("一、甲\n- 乙"), ["一、甲", "- 乙"]);
    }
}
