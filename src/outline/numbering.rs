//! Numbering recognisers: the marker at the start of a line (`一、` `（一）` `1.` `（1）` `①`
//! `第一条` `一是`), tolerant of lost brackets and mixed full/half-width forms.

/// The kinds of numbering, in the order official documents nest them (GB/T 9704: `一、` above
/// `（一）` above `1.` above `（1）`). A deeper style nests under a shallower one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// `第一部分`.
    Division,
    /// `第一章`.
    Chapter,
    /// `第一节`.
    Part,
    /// `第一条`.
    Article,
    /// `壹、`, `贰、`: formal numerals, a level above `一、` (Taiwan's 施政計畫).
    Formal,
    /// `一、`.
    Han,
    /// `（一）`, `(一)`, and `一）` / `二)` with the opening bracket lost.
    ParenHan,
    /// `1.`, `1、`, `1．`, `⒈`.
    Arabic,
    /// `2.1`: a decimal outline's second level (its number is written whole).
    Decimal,
    /// `2.1.3`: a decimal outline's third level.
    Decimal3,
    /// `（1）`, `(1)`, `1)`, `⑴`.
    ParenArabic,
    /// `①`.
    Circled,
    /// `一是`, `二是`: enumerations inside narrative text.
    HanShi,
}

/// A numbering marker found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Which numbering.
    pub style: Style,
    /// The number's value (`（三）` → 3).
    pub value: u32,
    /// The normalised number (`(三)`, `12`, `一`, `①`, `第一条`, `一是`).
    pub number: String,
    /// The marker as written (`二)`, `**一、`), to rebuild folded sub-items.
    pub raw: String,
    /// True when a bracket was missing and restored (`二)` → `(二)`).
    pub repaired: bool,
}

/// Chinese numeral digits and their values.
const HAN_DIGITS: [(char, u32); 12] = [
    ('零', 0),
    ('〇', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];

/// Value of one Chinese digit character (`三` → 3).
pub fn han_digit(c: char) -> Option<u32> {
    HAN_DIGITS.iter().find(|(d, _)| *d == c).map(|(_, v)| *v)
}

/// Formal numeral characters (`壹`…`拾`) and the plain ones they stand for; `参` is how `參`
/// reads once traditional characters are simplified.
const FORMAL: &[(char, char)] = &[
    ('零', '零'),
    ('壹', '一'),
    ('贰', '二'),
    ('叁', '三'),
    ('参', '三'),
    ('肆', '四'),
    ('伍', '五'),
    ('陆', '六'),
    ('柒', '七'),
    ('捌', '八'),
    ('玖', '九'),
    ('拾', '十'),
    ('佰', '百'),
];

/// The plain numeral a formal numeral character stands for (`贰` → `二`).
fn formal_plain(c: char) -> Option<char> {
    FORMAL.iter().find(|(f, _)| *f == c).map(|(_, p)| *p)
}

/// A value in formal numerals (`拾贰` for 12): the plain numeral's characters made formal.
fn formal_string(value: u32) -> String {
    han_string(value)
        .chars()
        .map(|c| {
            (FORMAL.iter().skip(1))
                .find(|(f, p)| *p == c && *f != '参')
                .map_or(c, |(f, _)| *f)
        })
        .collect()
}

/// Chinese numeral characters other than digits.
const HAN_MULTIPLIERS: [char; 4] = ['十', '百', '千', '万'];

/// One bit (code point mod 128) per numeral character: asked of every char of a text, most
/// chars are told at once by a missing bit.
const HAN_NUMERAL_BITS: u128 = {
    let mut bits = 0u128;
    let mut i = 0;
    while i < HAN_DIGITS.len() {
        bits |= 1 << (HAN_DIGITS[i].0 as u32 & 127);
        i += 1;
    }
    let mut i = 0;
    while i < HAN_MULTIPLIERS.len() {
        bits |= 1 << (HAN_MULTIPLIERS[i] as u32 & 127);
        i += 1;
    }
    bits
};

/// True for characters that may appear in a Chinese numeral (`二十三`, `一百零五`).
pub fn is_han_numeral_char(c: char) -> bool {
    HAN_NUMERAL_BITS & (1 << (c as u32 & 127)) != 0
        && (han_digit(c).is_some() || HAN_MULTIPLIERS.contains(&c))
}

/// Parses a Chinese numeral: `"十五"` → 15, `"二十三"` → 23, `"一百零五"` → 105.
pub fn han_value(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total: u32 = 0;
    let mut section: u32 = 0;
    let mut digit: Option<u32> = None;
    for c in s.chars() {
        if let Some(d) = han_digit(c) {
            digit = Some(d);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10_000,
            _ => return None,
        };
        if unit == 10_000 {
            section = (section + digit.take().unwrap_or(0)).saturating_mul(unit);
            total = total.saturating_add(section);
            section = 0;
        } else {
            section = section.saturating_add(digit.take().unwrap_or(1).saturating_mul(unit));
        }
    }
    Some(
        total
            .saturating_add(section)
            .saturating_add(digit.unwrap_or(0)),
    )
}

/// Writes `n` as a Chinese numeral the way documents number items (`15` → `十五`, `105` →
/// `一百零五`, `111` → `一百一十一`); from 10 000 on, in Arabic digits.
pub fn han_string(n: u32) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const PLACES: [(u32, char); 3] = [(1000, '千'), (100, '百'), (10, '十')];
    if n >= 10_000 {
        return n.to_string();
    }
    if n < 10 {
        return D[n as usize].to_string();
    }
    if n < 20 {
        // 十, 十五: the leading 一 is not written below twenty.
        let mut s = String::from('十');
        if n > 10 {
            s.push(D[(n - 10) as usize]);
        }
        return s;
    }
    let mut s = String::new();
    let mut rest = n;
    let mut gap = false;
    for (place, name) in PLACES {
        let d = rest / place;
        rest %= place;
        if d > 0 {
            if gap {
                s.push('零');
            }
            s.push(D[d as usize]);
            s.push(name);
            gap = false;
        } else if !s.is_empty() && rest > 0 {
            gap = true;
        }
    }
    if rest > 0 {
        if gap {
            s.push('零');
        }
        s.push(D[rest as usize]);
    }
    s
}

/// Normalised number string of a style and value (`ParenHan, 3` → `(三)`).
pub fn number_string(style: Style, value: u32) -> String {
    match style {
        Style::Division => format!("第{}部分", han_string(value)),
        Style::Chapter => format!("第{}章", han_string(value)),
        Style::Part => format!("第{}节", han_string(value)),
        Style::Article => format!("第{}条", han_string(value)),
        Style::Han => han_string(value),
        Style::Formal => formal_string(value),
        Style::ParenHan => format!("({})", han_string(value)),
        Style::Arabic | Style::Decimal | Style::Decimal3 => value.to_string(),
        Style::ParenArabic => format!("({value})"),
        Style::Circled => char::from_u32(0x245F + value)
            .filter(|_| (1..=20).contains(&value))
            .map(String::from)
            .unwrap_or_else(|| format!("({value})")),
        Style::HanShi => format!("{}是", han_string(value)),
    }
}

fn is_open(c: char) -> bool {
    matches!(c, '(' | '（')
}

fn is_close(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// Folds a full-width digit to ASCII (`１` → `1`).
pub fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Reads the numbering marker at the start of `line` (already trimmed, markdown removed).
///
/// `"（三）加强监管。"` → `ParenHan 3`; `"二)实施…"` → `ParenHan 2` (repaired);
/// `"12.完善…"` → `Arabic 12`; `"2019年…"` → `None`.
pub fn recognise(line: &str) -> Option<(Marker, &str)> {
    // A marker is a few characters long; never look further (lines can be huge). The first
    // twelve chars are held on the stack: asked of every line (twice) and of every measure,
    // a heap copy cost more than the scan.
    let mut held = [(0usize, '\0'); 12];
    let mut n = 0;
    for (slot, c) in held.iter_mut().zip(line.char_indices()) {
        *slot = c;
        n += 1;
    }
    let chars = held.get(..n).unwrap_or(&[]);
    let (style, value, end, repaired) = scan(chars)?;
    let byte_end = match chars.get(end) {
        Some((i, _)) => *i,
        None => chars.last().map_or(0, |(i, c)| i + c.len_utf8()),
    };
    let raw = line.get(..byte_end)?.to_string();
    let rest = line.get(byte_end..)?.trim_start_matches([' ', '\u{3000}']);
    // A number and a space head a short title of a line of its own (`1 总体要求`), not a row
    // of a table spaced into cells (`1 加强水资源保护 严守…红线 市水利局`).
    if raw.ends_with([' ', '\u{3000}'])
        && (super::text::has_space(rest) || !super::text::at_most_chars(rest, SPACED_TITLE_MAX))
    {
        return None;
    }
    // A decimal outline's number is written whole (`2.1.3`), its value the last part.
    let number = match style {
        Style::Decimal | Style::Decimal3 => raw.trim_end().to_string(),
        _ => number_string(style, value),
    };
    let marker = Marker {
        style,
        value,
        number,
        raw,
        repaired,
    };
    Some((marker, rest))
}

/// Longest title after a number and a space (`1 总体要求`).
const SPACED_TITLE_MAX: usize = 30;

/// Longest Chinese numeral read as a marker: `九千九百九十九` (9999) has seven characters.
const HAN_MAX: usize = 7;
/// Longest Arabic number read as a marker: items run to 9999.
const ARABIC_MAX: usize = 4;

/// Returns (style, value, end char index, repaired).
fn scan(chars: &[(usize, char)]) -> Option<(Style, u32, usize, bool)> {
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let first = at(0)?;
    // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩
    let code = first as u32;
    if (0x2460..=0x2473).contains(&code) {
        return Some((Style::Circled, code - 0x245F, 1, false));
    }
    if (0x2474..=0x2487).contains(&code) {
        return Some((Style::ParenArabic, code - 0x2473, 1, false));
    }
    if (0x2488..=0x249B).contains(&code) {
        return Some((Style::Arabic, code - 0x2487, 1, false));
    }
    // ㈠ … ㈩: `（一）` … `（十）` as one character.
    if (0x3220..=0x3229).contains(&code) {
        return Some((Style::ParenHan, code - 0x321F, 1, false));
    }
    // 第一章 / 第一节 / 第一条
    if first == '第' {
        let n = count_while(chars, 1, is_han_numeral_char);
        if (1..=HAN_MAX).contains(&n) {
            let value = han_value(&collect(chars, 1, 1 + n))?;
            if at(1 + n) == Some('部') && at(2 + n) == Some('分') {
                return Some((Style::Division, value, 3 + n, false));
            }
            let style = match at(1 + n)? {
                '章' => Style::Chapter,
                '节' => Style::Part,
                '条' => Style::Article,
                // `第一，加强…`: points of a plan in prose, at the level of `一、`.
                '，' | ',' | '、' => Style::Han,
                // `第一项：落实…`: a list of items, a level below `一、` (under which a plan may
                // group them); not `第一项工作是`, nor `第一项、第二项任务由…`.
                '项' if matches!(at(2 + n), Some('：' | ':' | ' ')) => {
                    return Some((Style::ParenHan, value, 3 + n, false));
                }
                _ => return None,
            };
            return Some((style, value, 2 + n, false));
        }
        return None;
    }
    // 〔一〕: tortoise-shell brackets around a Chinese numeral (around digits, `〔2024〕` is a
    // document number's year).
    if first == '〔' {
        let n = count_while(chars, 1, is_han_numeral_char);
        if (1..=HAN_MAX).contains(&n) && at(1 + n) == Some('〕') {
            let value = han_value(&collect(chars, 1, 1 + n))?;
            return Some((Style::ParenHan, value, 2 + n, false));
        }
        return None;
    }
    // (一) (1)
    if is_open(first) {
        let n = count_while(chars, 1, is_han_numeral_char);
        if (1..=HAN_MAX).contains(&n) && at(1 + n).is_some_and(is_close) {
            let value = han_value(&collect(chars, 1, 1 + n))?;
            return Some((Style::ParenHan, value, 2 + n, false));
        }
        let n = count_while(chars, 1, |c| ascii_digit(c).is_some());
        if (1..=ARABIC_MAX).contains(&n) && at(1 + n).is_some_and(is_close) {
            let value = arabic_value(chars, 1, 1 + n)?;
            // `(2025)` alone on a line: the year under a title (`…年度工作指引` / `(2025)`).
            if n == 4 && (1900..=2100).contains(&value) && chars.len() == 2 + n {
                return None;
            }
            return Some((Style::ParenArabic, value, 2 + n, false));
        }
        return None;
    }
    // 壹、 (formal numerals, a run of them but not `零` alone)
    let n = count_while(chars, 0, |c| formal_plain(c).is_some());
    // Not a list of one-character words (`陆、海、空`, `伍、陆两类`) in a wrapped line.
    let listed = || {
        at(n + 1).is_some_and(|c| formal_plain(c).is_some())
            || at(n + 2).is_some_and(|c| matches!(c, '、' | '，' | ','))
    };
    if (1..=HAN_MAX).contains(&n) && chars.first().is_some_and(|(_, c)| *c != '零') && !listed() {
        if let Some('、' | '．' | '.') = at(n) {
            let plain: String = (chars.iter().take(n))
                .filter_map(|(_, c)| formal_plain(*c))
                .collect();
            if let Some(value) = han_value(&plain).filter(|&v| v > 0) {
                return Some((Style::Formal, value, n + 1, false));
            }
        }
    }
    // 一、 一是 一) (lost bracket)
    let n = count_while(chars, 0, is_han_numeral_char);
    if (1..=HAN_MAX).contains(&n) {
        let value = han_value(&collect(chars, 0, n))?;
        if value == 0 {
            return None;
        }
        return match at(n)? {
            '、' | '．' | '.' => Some((Style::Han, value, n + 1, false)),
            c if is_close(c) => Some((Style::ParenHan, value, n + 1, true)),
            '是' if n <= 2 && at(n + 1).is_some_and(|c| !is_sentence_break(c)) => {
                Some((Style::HanShi, value, n + 1, false))
            }
            _ => None,
        };
    }
    // 1. 1、 1． 1)
    let n = count_while(chars, 0, |c| ascii_digit(c).is_some());
    if (1..=ARABIC_MAX).contains(&n) {
        let value = arabic_value(chars, 0, n)?;
        let next = at(n)?;
        let after = at(n + 1);
        // `1、6月1日召开…`, `2、2024年底前完成…`: an item opening on its date (`、` joins no
        // decimal; a list of numbers, `1、2、3号`, goes on with another `、`).
        if value != 0 && next == '、' && dated(chars, n + 1, value) {
            return Some((Style::Arabic, value, n + 1, false));
        }
        if value == 0 || after.is_some_and(|c| ascii_digit(c).is_some()) {
            return decimal(chars);
        }
        return match next {
            '.' | '、' | '．' | '。' if after.is_some_and(|c| !matches!(c, '%' | '％')) => {
                Some((Style::Arabic, value, n + 1, false))
            }
            // `2 .全面落实…`: a converted document's space before the number's dot.
            ' ' if matches!(after, Some('.' | '．'))
                && at(n + 2).is_some_and(crate::chars::is_common_han) =>
            {
                Some((Style::Arabic, value, n + 2, false))
            }
            // `1 总体要求`: a decimal outline's first level, its number and a space.
            ' ' | '\u{3000}' if n <= DECIMAL_PART_MAX && after.is_some_and(heads_a_title) => {
                Some((Style::Arabic, value, n + 1, false))
            }
            c if is_close(c) => Some((Style::ParenArabic, value, n + 1, true)),
            _ => None,
        };
    }
    None
}

/// True when a date opens at char `i`, after item number `item`: a month (`6月`; not `6月份`,
/// nor the month after the number, `3、4月开展`, a list of months wrapped onto a line) or a
/// year's time (`2024年底前`, `2025年6月`; not a year's name, `2025年地质灾害…`).
fn dated(chars: &[(usize, char)], i: usize, item: u32) -> bool {
    let digit = |k: usize| chars.get(k).and_then(|(_, c)| ascii_digit(*c));
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    let n = (i..chars.len()).take_while(|&k| digit(k).is_some()).count();
    let month = match n {
        1 => digit(i),
        2 => Some(digit(i).unwrap_or(0) * 10 + digit(i + 1).unwrap_or(0)),
        _ => None,
    };
    let day = (i + n + 1..chars.len())
        .take_while(|&k| digit(k).is_some())
        .last()
        .is_some_and(|k| at(k + 1) == Some('日'));
    let month = month.is_some_and(|m| (1..=12).contains(&m) && (m != item + 1 || day))
        && at(i + n) == Some('月')
        && at(i + n + 1) != Some('份');
    let year_time = n == 4
        && at(i + 4) == Some('年')
        && at(i + 5).is_some_and(|c| "底末内前上下".contains(c) || ascii_digit(c).is_some());
    month || year_time
}

/// The longest number read as one that continues the items above (`11.12345热线` after `10.`).
const CONTINUING_MAX: usize = 4;

/// A number written against digits (`11.12345热线与110联动`) reads as a decimal and is no
/// marker; after item 10 it is item 11 all the same. Such lines get a space after their number,
/// so they are read as the item that continues the numbering above.
pub fn part_continuing_numbers(lines: &mut [String]) {
    let mut last: Option<u32> = None;
    for line in lines.iter_mut() {
        let t = line.trim_start();
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > CONTINUING_MAX {
            continue;
        }
        let (digits, rest) = t.split_at(n);
        let value: Option<u32> = digits.parse().ok();
        let Some(sep) = rest.chars().next() else {
            continue;
        };
        let after = rest.get(sep.len_utf8()..).unwrap_or("");
        let against_digits = after.starts_with(|c: char| c.is_ascii_digit());
        if !matches!(sep, '.' | '．' | '、') || (sep == '、' && against_digits) {
            continue;
        }
        if !against_digits {
            // An item `10.` (a cheap look: no marker is read here).
            last = value;
            continue;
        }
        if last.zip(value).is_some_and(|(l, v)| l + 1 == v) {
            *line = format!("{digits}{sep} {after}");
            last = value;
        }
    }
}

/// Most digits of an item number glued to the heading before it ([`part_glued_items`]).
const GLUED_MAX: usize = 3;

/// A heading whose line break was lost runs into its first item
/// (`一、明确目标任务，促进发展1、学前教育发展目标。`, or `二、…管理网络3、理顺体制。` with the
/// items numbered on across headings), and items run into each other after a full stop
/// (`1.优化系统。梳理体系。2.优化平台。…`, `二、加速设施建设。1.新建水库。`): each item is cut
/// onto a line of its own when its number is the one due (1 after a heading, else the one after
/// the last item above) and Chinese text follows it. Against the heading it must stand before
/// any sentence end and not after `第`, a digit or a date.
pub fn part_glued_items(lines: &mut Vec<String>) {
    let mut last: Option<u32> = None;
    // The last `（一）`'s number, for a stray letter before the next (`f(三)`).
    let mut last_paren: Option<u32> = None;
    // The last `一、`'s number, for the next one run into an item's line.
    let mut last_han: Option<u32> = None;
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for mut line in lines.drain(..) {
        if let Some(item) = after_stray_letter(&line, last_paren) {
            line = item.to_string();
        }
        loop {
            let marker = recognise(&line);
            let cut = marker.and_then(|(m, rest)| {
                if m.style == Style::ParenHan {
                    last_paren = Some(m.value);
                }
                if m.style == Style::Han && !m.repaired {
                    last_han = Some(m.value);
                }
                let found = match m.style {
                    Style::Han | Style::ParenHan if !m.repaired => glued_item(rest, last)
                        .or_else(|| item_after_stop(rest, 1, last.map(|l| l + 1))),
                    Style::Arabic => {
                        last = Some(m.value);
                        item_after_stop(rest, m.value + 1, None)
                    }
                    _ => None,
                };
                let found = found.map(|(at, value)| (at, Some(value)));
                // `4. 加强沟通。 三、专项行动`: the next section's heading after an item's stop.
                let found = found.or_else(|| {
                    (m.style > Style::Han)
                        .then(|| heading_after_stop(rest, last_han?.checked_add(1)?))
                        .flatten()
                        .map(|at| (at, None))
                });
                found.map(|(at, value)| (line.len() - rest.len() + at, value))
            });
            let Some((at, value)) = cut else {
                out.push(line);
                break;
            };
            let item = line.split_off(at);
            out.push(line.trim_end().to_string());
            line = item;
            last = value;
        }
    }
    *lines = out;
}

/// Where the heading `want、` (`三、专项行动`) starts after a stop and spaces in an item's text
/// `rest`: a PDF's line that ran an item into the next section. Only the next section's
/// number, and Chinese text after it.
fn heading_after_stop(rest: &str, want: u32) -> Option<usize> {
    // Not a list the item quotes (`条例结构为：一、总则。 二、职责分工。`).
    if rest.contains(['：', ':']) {
        return None;
    }
    rest.match_indices('。').find_map(|(k, stop)| {
        let spaced = rest.get(k + stop.len()..)?;
        let after = spaced.trim_start_matches([' ', '\u{3000}']);
        // (Most sentences open on no numeral: told before the marker is read.)
        if !after.starts_with(is_han_numeral_char) {
            return None;
        }
        let at = rest.len() - after.len();
        let (m, text) = recognise(after)?;
        (m.style == Style::Han
            && !m.repaired
            && m.value == want
            && text.starts_with(crate::chars::is_common_han))
        .then_some(at)
    })
}

/// A PDF's stray letter before a bracketed item (`f(三)加强沟通…` after `（二）`): the item
/// without it, when its number is the next.
fn after_stray_letter(line: &str, last_paren: Option<u32>) -> Option<&str> {
    let rest = line.strip_prefix(|c: char| c.is_ascii_alphabetic())?;
    let (m, _) = recognise(rest)?;
    (m.style == Style::ParenHan && !m.repaired && last_paren.is_some_and(|l| l + 1 == m.value))
        .then_some(rest)
}

/// Where an item's text `rest` starts a list of its own from `1.` or `1、` after a mark
/// (`：1.占道经营。2.乱搭乱建。`): the byte after the mark.
fn sub_list_at(rest: &str) -> Option<usize> {
    rest.match_indices('1').find_map(|(i, _)| {
        let mark = rest[..i]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '：' | ':' | '。' | '；' | ';' | '，' | ','));
        let mut after = rest[i + 1..].chars();
        let listed = matches!(after.next(), Some('.' | '．' | '、'))
            && after.next().is_some_and(crate::chars::is_common_han);
        (mark && listed).then_some(i)
    })
}

/// Where in an item's text `rest` the next item starts after a full stop (`。2.优化平台`),
/// numbered `want` (or `or`), and its value. A list numbered from 1 inside the text is its own
/// sub-list: nothing is cut.
fn item_after_stop(rest: &str, want: u32, or: Option<u32>) -> Option<(usize, u32)> {
    // `1.开展整治。重点整治以下问题：1.占道经营。2.…`: in an item, a list from 1 after any
    // mark is the item's own, and nothing after it is cut (after a heading, a list from 1 is
    // what is cut).
    // (Looked for only when an item is found to cut before: most texts have none.)
    let mut own_list: Option<Option<usize>> = None;
    for (k, stop) in rest.match_indices('。') {
        // (`。 3. 建立台账`: a PDF's line keeps a space after the stop.)
        let spaced = rest.get(k + stop.len()..)?;
        let at = rest.len() - spaced.trim_start_matches([' ', '\u{3000}']).len();
        let after = rest.get(at..)?;
        if !after.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let n = after.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > GLUED_MAX {
            continue;
        }
        // (`2 .全面落实…`: a space before the dot, as a converted document has it.)
        let spaced = after[n..].starts_with(" .") || after[n..].starts_with(" ．");
        let mut tail = after[n + usize::from(spaced)..].chars();
        let sep = tail.next();
        // (`3. 建立台账`: a space after the mark.)
        let next = tail.find(|c| !matches!(c, ' ' | '\u{3000}'));
        let han = next.is_some_and(crate::chars::is_common_han);
        // `。4 不断加强…`: a number and a space only, as a page's text loses the mark; taken
        // only as the very next number of the list.
        // (Not a count, `3 大攻坚行动`, `3 季度`, `5 所学校`: a word of size or measure after it.)
        let bare = matches!(sep, Some(' ' | '\u{3000}'))
            && han
            && !next
                .is_some_and(|c| "大小个项年季月周日所家名户次件条类种批座支万亿千百".contains(c));
        let marked = matches!(sep, Some('、' | '.' | '．')) && han;
        if !(marked || bare) {
            continue;
        }
        let value: u32 = after[..n].parse().ok()?;
        if bare && (value != want || want < 2) {
            continue;
        }
        if want != 1
            && own_list
                .get_or_insert_with(|| sub_list_at(rest))
                .is_some_and(|l| l < at)
        {
            return None;
        }
        if value == want || Some(value) == or {
            return Some((at, value));
        }
        if value == 1 {
            return None;
        }
    }
    None
}

/// Where in a heading's text `rest` an item number glued to it starts, and its value
/// ([`part_glued_items`]).
fn glued_item(rest: &str, last: Option<u32>) -> Option<(usize, u32)> {
    // Most headings hold no digit: passed by a byte search.
    if !rest.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut title = 0;
    let mut prev: Option<char> = None;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '。' | '；' | ';' | '：' | ':' | '！' | '？' | '!' | '?') {
            return None;
        }
        let against_han = prev
            .is_some_and(|p| crate::chars::is_common_han(p) && p != '第' && !"年月日".contains(p));
        prev = Some(c);
        if !c.is_ascii_digit() {
            title += usize::from(!c.is_whitespace());
            continue;
        }
        let digits: String = std::iter::once(c)
            .chain(std::iter::from_fn(|| {
                chars.next_if(|(_, d)| d.is_ascii_digit()).map(|x| x.1)
            }))
            .collect();
        let after = rest.get(i + digits.len()..).unwrap_or("");
        let mut tail = after.chars();
        let sep = tail.next();
        let next = tail.next();
        let value: Option<u32> = digits.parse().ok();
        let item = against_han
            && title >= 2
            && digits.len() <= GLUED_MAX
            && matches!(sep, Some('、' | '.' | '．'))
            && next.is_some_and(crate::chars::is_common_han)
            && value.is_some_and(|v| v == 1 || last.is_some_and(|l| l + 1 == v));
        if item {
            return value.map(|v| (i, v));
        }
        prev = digits.chars().last();
        title += digits.chars().count();
    }
    None
}

fn is_sentence_break(c: char) -> bool {
    matches!(c, '。' | '，' | ',' | '；' | ';' | '：' | ':')
}

fn count_while(chars: &[(usize, char)], from: usize, f: impl Fn(char) -> bool) -> usize {
    chars.iter().skip(from).take_while(|(_, c)| f(*c)).count()
}

fn collect(chars: &[(usize, char)], from: usize, to: usize) -> String {
    chars
        .iter()
        .skip(from)
        .take(to.saturating_sub(from))
        .map(|(_, c)| *c)
        .collect()
}

/// Most digits of each part of a decimal outline's number (`12.3.4`).
const DECIMAL_PART_MAX: usize = 2;

/// Characters that make a number before them a quantity (`2.5万元`, `1.2倍`, `3.5公里`), not a
/// decimal outline's number.
const QUANTITY_CHARS: &str = "万亿千百元倍米吨个亩克升斤余多";

/// `2.1 推进…`, `2.1.3推进…`: a decimal outline's number (two or three parts, each one or two
/// digits, not 0), then a space or a word that is no unit of a quantity (`2.5万元`, `3.6%`).
fn decimal(chars: &[(usize, char)]) -> Option<(Style, u32, usize, bool)> {
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let (mut end, mut parts) = (0, 0);
    let value;
    loop {
        let n = count_while(chars, end, |c| ascii_digit(c).is_some());
        if !(1..=DECIMAL_PART_MAX).contains(&n) {
            return None;
        }
        let v = arabic_value(chars, end, end + n)?;
        if v == 0 {
            return None;
        }
        parts += 1;
        end += n;
        match at(end) {
            Some('.' | '．')
                if parts < 3 && at(end + 1).is_some_and(|c| ascii_digit(c).is_some()) =>
            {
                end += 1;
            }
            _ => {
                value = v;
                break;
            }
        }
    }
    let next = at(end)?;
    // `4.27日，…召开`, `1.10月18日下午`: a month and a day, not a decimal outline's number
    // (`2.1日常监管`, `3.2月度考核` are).
    let after = at(end + 1);
    let date = match next {
        '月' => after.is_some_and(|c| c.is_ascii_digit() || "底初中末份前".contains(c)),
        '日' => {
            after.is_none_or(|c| !crate::chars::is_common_han(c) || "前起至晚上下午".contains(c))
        }
        _ => false,
    };
    if date && parts == 2 {
        return None;
    }
    let word = crate::chars::is_common_han(next)
        && (!QUANTITY_CHARS.contains(next)
            || crate::chars::opens_diverse_word(chars.iter().skip(end).map(|&(_, c)| c)));
    let style = match parts {
        2 => Style::Decimal,
        3 => Style::Decimal3,
        _ => return None,
    };
    (word || next == ' ' || next == '\u{3000}').then_some((style, value, end, false))
}

/// Measure words and time units after a number and a space (`5 家企业`, `10 月底前`, words a
/// PDF's text spaces out): the number counts, it does not head a title.
const MEASURE_CHARS: &str = "年月日时分秒天周家户人名项件次所座条台辆套张批场篇期位只处支部页";

/// True when a character after a number and a space may start a title (`1 总体要求`): a word
/// that is no quantity's unit ([`QUANTITY_CHARS`], [`MEASURE_CHARS`]).
fn heads_a_title(c: char) -> bool {
    crate::chars::is_common_han(c) && !QUANTITY_CHARS.contains(c) && !MEASURE_CHARS.contains(c)
}

fn arabic_value(chars: &[(usize, char)], from: usize, to: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for (_, c) in chars.iter().skip(from).take(to.saturating_sub(from)) {
        v = v.checked_mul(10)?.checked_add(ascii_digit(*c)?)?;
    }
    Some(v)
}

/// The value of a line that is a number alone in two figures (`01`, `12`): how posts on phone
/// platforms number a list, each number on a line of its own over its item.
fn bare_number(line: &str) -> Option<u32> {
    let t = line.trim();
    let mut digits = t.chars().map(ascii_digit);
    match (digits.next(), digits.next(), digits.next()) {
        (Some(Some(a)), Some(Some(b)), None) => Some(a * 10 + b),
        _ => None,
    }
}

/// Lines with each number of a list standing alone over its item (`01` / `推动…;` / `02` /
/// `新建…`) rewritten as numbered items (`1、推动…;`), the number lines left blank: a run of
/// two or more such numbers from `01`, one after the other, each followed by its text (blank
/// lines between allowed). Numbers over numbered items (`01` / `提升政务服务效能` / `1.…`) head
/// sections: written `一、`. Other lines are given back as they are.
pub fn join_bare_numbers<'l>(lines: &[&'l str]) -> Vec<std::borrow::Cow<'l, str>> {
    use std::borrow::Cow;
    let mut out: Vec<Cow<'l, str>> = lines.iter().map(|&l| Cow::Borrowed(l)).collect();
    // The text line under the number line at `k`, if it is an item's text.
    let text_under = |k: usize| {
        let j = (k + 1..lines.len()).find(|&j| !lines[j].trim().is_empty())?;
        let t = lines[j].trim();
        (bare_number(t).is_none() && recognise(t).is_none()).then_some(j)
    };
    let mut run: Vec<(usize, usize, u32)> = Vec::new();
    let flush = |run: &mut Vec<(usize, usize, u32)>, out: &mut Vec<Cow<'l, str>>| {
        // Numbered lines under a number's text (`01` / `提升政务服务效能` / `1.推行…`): the
        // numbers head sections, written as the plan's top headings (`一、`).
        let heads = run.windows(2).any(|w| {
            (lines.get(w[0].1 + 1..w[1].0).unwrap_or(&[]))
                .iter()
                .any(|l| recognise(l.trim()).is_some())
        });
        if run.len() >= 2 {
            for &(number, text, value) in run.iter() {
                out[number] = Cow::Borrowed("");
                let mark = match heads {
                    true => han_string(value),
                    false => value.to_string(),
                };
                out[text] = Cow::Owned(format!("{mark}、{}", lines[text].trim()));
            }
        }
        run.clear();
    };
    for (k, line) in lines.iter().enumerate() {
        let Some(value) = bare_number(line) else {
            continue;
        };
        let expected = run.last().map_or(1, |r| r.2 + 1);
        // The first number is written `01`.
        let first = line.trim() == "01";
        match text_under(k) {
            Some(text) if value == expected && (!run.is_empty() || first) => {
                run.push((k, text, value));
            }
            Some(text) if first => {
                flush(&mut run, &mut out);
                run.push((k, text, value));
            }
            _ => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_outlines_numbers_are_read_and_quantities_are_not() {
        let read =
            |l: &str| recognise(l).map(|(m, rest)| (m.style, m.value, m.number, rest.to_string()));
        assert_eq!(
            read("2.1 推进数据共享"),
            Some((Style::Decimal, 1, "2.1".into(), "推进数据共享".into()))
        );
        // Titles opening on `日`/`月` words stay numbered.
        for (line, title) in [("2.1日常监管", "日常监管"), ("3.2月度考核", "月度考核")]
        {
            assert_eq!(
                read(line).map(|r| (r.0, r.3)),
                Some((Style::Decimal, title.into()))
            );
        }
        assert_eq!(
            read("2.1.3公众参与有限"),
            Some((Style::Decimal3, 3, "2.1.3".into(), "公众参与有限".into()))
        );
        assert_eq!(
            read("1 总体要求"),
            Some((Style::Arabic, 1, "1".into(), "总体要求".into()))
        );
        for quantity in [
            "2.5万元用于建设",
            "1.2倍",
            "3.6%",
            "10.5亿元",
            "0.5 小时",
            "2.0版",
            "4.27日，示例区召开会议",
            "1.10月18日下午召开会议",
            "3.15日前完成",
        ] {
            assert!(
                read(quantity).is_none_or(|r| r.0 != Style::Decimal),
                "{quantity}"
            );
        }
        for count in ["5 家企业完成改造", "10 月底前完成", "3 个工作日", "2025 年"]
        {
            assert_eq!(read(count), None, "{count}");
        }
        // Decimal levels nest under `1.` and above `（1）`.
        assert!(Style::Arabic < Style::Decimal && Style::Decimal3 < Style::ParenArabic);
    }
    #[test]
    fn numeral_bits_pass_every_numeral_char() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let plain = super::han_digit(c).is_some() || super::HAN_MULTIPLIERS.contains(&c);
            assert_eq!(super::is_han_numeral_char(c), plain, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_number_against_digits_continues_the_numbering() {
        let mut lines: Vec<String> = [
            "10.加强建设。",
            "11.12345热线联动。",
            "3.5倍以上。",
            "13.5G建设。",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        super::part_continuing_numbers(&mut lines);
        assert_eq!(
            lines,
            [
                "10.加强建设。",
                "11. 12345热线联动。",
                "3.5倍以上。",
                "13.5G建设。"
            ]
        );
        let (m, rest) = super::recognise(&lines[1]).expect("marker");
        assert_eq!((m.value, rest.trim_start()), (11, "12345热线联动。"));
    }

    fn rec(line: &str) -> Option<(Style, u32, String, String)> {
        recognise(line).map(|(m, rest)| (m.style, m.value, m.number, rest.to_string()))
    }

    #[test]
    fn each_marker_form() {
        let cases: &[(&str, Style, u32, &str)] = &[
            ("一、总体要求", Style::Han, 1, "一"),
            ("十二、保障", Style::Han, 12, "十二"),
            ("(一)推进", Style::ParenHan, 1, "(一)"),
            ("（二十三）推进", Style::ParenHan, 23, "(二十三)"),
            ("二)实施", Style::ParenHan, 2, "(二)"),
            ("四）实施", Style::ParenHan, 4, "(四)"),
            ("1.积极", Style::Arabic, 1, "1"),
            ("12、完善", Style::Arabic, 12, "12"),
            ("3．完善", Style::Arabic, 3, "3"),
            ("１２．完善", Style::Arabic, 12, "12"),
            ("(1)细化", Style::ParenArabic, 1, "(1)"),
            ("（2）细化", Style::ParenArabic, 2, "(2)"),
            ("3)细化", Style::ParenArabic, 3, "(3)"),
            ("⑴细化", Style::ParenArabic, 1, "(1)"),
            ("①明确", Style::Circled, 1, "①"),
            ("第三条 本办法", Style::Article, 3, "第三条"),
            ("第二章 职责", Style::Chapter, 2, "第二章"),
            ("第一部分 总体要求", Style::Division, 1, "第一部分"),
            ("第一节 总则", Style::Part, 1, "第一节"),
            ("二是加强", Style::HanShi, 2, "二是"),
            ("第二，加强", Style::Han, 2, "二"),
            ("第三、加强", Style::Han, 3, "三"),
        ];
        for (line, style, value, number) in cases {
            let got = rec(line).unwrap_or_else(|| panic!("no marker in {line}"));
            assert_eq!(
                (got.0, got.1, got.2.as_str()),
                (*style, *value, *number),
                "{line}"
            );
        }
    }

    #[test]
    fn not_markers() {
        for line in [
            "2019年全市法治政府建设",
            "第一批试点",
            "1.5倍以上",
            "100%实现",
            "一批典型案例",
            "一体化平台",
            "(此件主动公开)",
            "第二批示范",
            "",
            "市司法局",
        ] {
            assert!(rec(line).is_none(), "{line}");
        }
    }

    #[test]
    fn rest_is_trimmed() {
        assert_eq!(rec("一、 总体要求").map(|r| r.3), Some("总体要求".into()));
    }

    #[test]
    fn han_numerals() {
        for (s, v) in [
            ("一", 1),
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("三十三", 33),
            ("一百零五", 105),
            ("一百一十一", 111),
            ("一千零一", 1001),
            ("两", 2),
        ] {
            assert_eq!(han_value(s), Some(v), "{s}");
            if s != "两" {
                assert_eq!(han_string(v), s);
            }
        }
        for v in 1..10_000 {
            assert_eq!(han_value(&han_string(v)), Some(v), "{v}");
        }
        assert_eq!(han_value("十x"), None);
    }

    #[test]
    fn numbers_of_any_size() {
        for (line, style, value, number) in [
            ("1000.完善", Style::Arabic, 1000, "1000"),
            ("4200、推进", Style::Arabic, 4200, "4200"),
            ("（1234）细化", Style::ParenArabic, 1234, "(1234)"),
            ("（一百一十一）推进", Style::ParenHan, 111, "(一百一十一)"),
            ("一百二十一、保障", Style::Han, 121, "一百二十一"),
            ("第一百零一条 附则", Style::Article, 101, "第一百零一条"),
        ] {
            let got = rec(line).unwrap_or_else(|| panic!("no marker in {line}"));
            assert_eq!(
                (got.0, got.1, got.2.as_str()),
                (style, value, number),
                "{line}"
            );
        }
        for line in ["2025.12.31前完成", "12345热线", "10000.完善"] {
            assert!(rec(line).is_none(), "{line}");
        }
    }
}
