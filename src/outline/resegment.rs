//! Re-segmenting text that lost its line breaks (a page flattened into one huge line): split
//! such a line before each numbering marker that continues the plan's sequence.

use super::boilerplate;
use super::numbering::{self, Style};

/// Lines longer than this (in characters) are taken as flattened paragraphs; real paragraphs
/// of plans stay well below it.
pub const FLATTENED: usize = 800;

/// Characters after which an unbracketed marker (`一、`, `1.`) may start a new item.
const BOUNDARIES: &[char] = &[
    '。', '：', ':', '；', ';', '！', '？', '!', '?', '）', ')', '”', '」',
];

/// Least length of a page viewer's chunk (all but the last), in characters.
const CHUNK_MIN: usize = 200;

/// Joins a text that a document viewer cut into numbered chunks of equal size (`1、…平安XX、法`
/// / `2、治XX提供…`): from the first numbered line on, every line is `1、`, `2、`, … in turn,
/// each but the last at least [`CHUNK_MIN`] characters long and ending inside a word or after a
/// comma, so the numbers are the viewer's, not the plan's. The chunks' text without the numbers
/// is put on the first chunk's line; the other lines are left empty (each line keeps its place).
pub fn join_viewer_chunks(lines: &mut [String]) {
    // (The first chunk may open on a year, `1、2023年XX县…`, which no item's number does.)
    let Some(first) = lines.iter().position(|l| chunk_number(l).is_some()) else {
        return;
    };
    // (A plan's own items after its headings, `一、…` then `1、…`, are no viewer's chunks.)
    if lines[..first]
        .iter()
        .any(|l| numbering::recognise(l).is_some())
    {
        return;
    }
    let chunks: Vec<usize> = (first..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    if chunks.len() < 2 && !lone_chunk(chunks.first().map(|&i| lines[i].as_str())) {
        return;
    }
    let mut texts = Vec::with_capacity(chunks.len());
    for (k, &i) in chunks.iter().enumerate() {
        let Some((number, rest)) = chunk_number(&lines[i]) else {
            return;
        };
        let own = number == k + 1;
        let last = k + 1 == chunks.len();
        // (Inside a word or after a comma: mid-sentence either way.)
        let cut = !super::text::at_most_chars(rest, CHUNK_MIN)
            && rest
                .chars()
                .next_back()
                .is_some_and(|c| crate::chars::is_common_han(c) || matches!(c, '，' | ',' | '、'));
        if !own || !(last || cut) {
            return;
        }
        texts.push(rest.to_string());
    }
    for &i in &chunks {
        lines[i].clear();
    }
    lines[first] = texts.concat();
}

/// True when the one numbered line of a text is a viewer's first chunk cut short (an
/// excerpt's first page): `1、` then the plan's title and, run together, its own top headings
/// (`1、示例县…工作方案为…制定本方案。一、工作目标…。二、…`), which no item 1 holds (not an
/// item quoting another document's headings, `1、认真学习文件精神。…一、…二、…`).
fn lone_chunk(line: Option<&str>) -> bool {
    let Some((1, rest)) = line.and_then(chunk_number) else {
        return false;
    };
    // (The page opens on the plan's title: `1、示例县…工作方案为全面贯彻…`.)
    let opening: String = rest.chars().take(TITLED_CHUNK_CHARS).collect();
    let opening = opening.split('。').next().unwrap_or_default();
    let titled = ["方案", "要点", "计划", "意见", "规划"]
        .iter()
        .any(|k| opening.contains(k));
    titled
        && !super::text::at_most_chars(rest, CHUNK_MIN)
        && rest.contains("。一、")
        && rest.contains("。二、")
}

/// Characters at the start of a viewer's lone chunk its plan's title is looked for in.
const TITLED_CHUNK_CHARS: usize = 40;

/// A viewer's chunk number and the text after it (`2、制较大…` → `(2, "制较大…")`).
fn chunk_number(line: &str) -> Option<(usize, &str)> {
    let line = line.trim_start();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = line.get(digits..)?.strip_prefix('、')?;
    let number = line.get(..digits)?.parse().ok()?;
    (1..=3).contains(&digits).then_some((number, rest))
}

/// Splits `line` before each marker that starts an item: a bracketed marker (`（二）`) anywhere
/// but after `第`, an unbracketed one (`二、`, `3.`) after a sentence end; in both cases only
/// when its value is 1 or follows the last value of its style.
///
/// `"…意见：一、总体要求（一）指导思想。…（二）发展目标。…"` →
/// `["…意见：", "一、总体要求", "（一）指导思想。…", "（二）发展目标。…"]`.
pub fn split(line: &str) -> Vec<String> {
    // Most lines are short: counted (no bytes to hold), not decoded into a list.
    if line.len() <= FLATTENED || line.chars().count() <= FLATTENED {
        if let Some(cuts) = inline_paren_items(line) {
            return (pieces(line, &cuts).iter())
                .flat_map(|p| sub_items(p))
                .flat_map(|p| after_units(p.trim_end()))
                .collect();
        }
        // `一是…。二是…。三是…`: a line of points, one line each (as they are when they open
        // lines of their own).
        if line.starts_with("一是") {
            let points = split_inline_points(line);
            if points.len() > 1 {
                return points;
            }
        }
        let subs = sub_items(line);
        if subs.len() > 1 {
            return (subs.iter())
                .flat_map(|p| after_units(p.trim_end()))
                .collect();
        }
        // `…实施方案模板范文一、重点任务`: a title, then its first heading.
        if let Some(cut) = boilerplate::title_then_first_heading(line) {
            let (title, heading) = line.split_at(cut);
            return vec![title.trim_end().to_string(), heading.to_string()];
        }
        if let Some(lines) = heading_then_points(line) {
            return lines;
        }
        return match heading_then_item(line) {
            Some(cut) => {
                let (head, item) = line.split_at(cut);
                std::iter::once(head.trim_end().to_string())
                    .chain(after_units(item))
                    .collect()
            }
            None => after_units(line),
        };
    }
    split_run(line, false)
}

/// Full stops before an inline `（二）` that starts the next item of a run on one line.
const FULL_STOPS: &[char] = &['。', '！', '？', '!', '?'];

/// Sentence ends (and a colon) before the first inline `（一）` of a run on one line.
const ITEM_STOPS: &[char] = &['。', '；', ';', '！', '？', '!', '?', '：', ':'];

/// Where a line that runs `（一）…。（二）…。（三）…` together (a heading before them,
/// `四、工作措施（一）加强领导…。（二）明确目标…`, or after a colon, `任务如下：（一）…`) is cut
/// before each item: two or more bracketed Chinese numbers in turn from `（一）`, each after a
/// sentence's end (the first after the line's bare heading, a colon or at the start). A
/// bracket quoted in a sentence (`按照（一）项办理`) is not in such a run.
fn inline_paren_items(line: &str) -> Option<Vec<usize>> {
    // Most lines hold no bracket around a Chinese `二` (unit brackets, asides): they are passed
    // by byte searches, before any marker is read.
    let second = ["（二）", "(二)", "（二)", "(二）"];
    if !line.contains('二') || !second.iter().any(|m| line.contains(m)) {
        return None;
    }
    let lead = numbering::recognise(line);
    // Inside a task of a deeper style (`1.开展…：（一）…；（二）…`) they are its own list.
    if lead
        .as_ref()
        .is_some_and(|(m, _)| m.style > Style::ParenHan)
    {
        return None;
    }
    let heading_end = lead
        .filter(|(m, _)| m.style < Style::ParenHan)
        .map(|(m, rest)| (m.raw.len(), rest));
    let mut found: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    for (byte, c) in line.char_indices() {
        let numeral_next = || {
            line.get(byte + c.len_utf8()..)
                .and_then(|r| r.chars().next())
                .is_some_and(numbering::is_han_numeral_char)
        };
        if matches!(c, '（' | '(') && numeral_next() {
            if let Some((m, _)) = line.get(byte..).and_then(numbering::recognise) {
                let next = found.len() as u32 + 1;
                if m.style == Style::ParenHan && !m.repaired && m.value == next {
                    let placed = match found.is_empty() {
                        // The first: at the start, after a colon or a stop, or right after the
                        // line's own bare heading (`四、工作措施`).
                        true => {
                            byte == 0
                                || prev.is_some_and(|p| ITEM_STOPS.contains(&p))
                                || heading_end.is_some_and(|(at, rest)| {
                                    let title = line.get(at..byte).unwrap_or("");
                                    rest.len() >= title.len()
                                        && !title.is_empty()
                                        && !title.contains(['，', ',', '。', '；', ';'])
                                })
                        }
                        // Later ones after a full stop: `；` parts one sentence's list.
                        false => prev.is_some_and(|p| FULL_STOPS.contains(&p)),
                    };
                    if placed {
                        found.push(byte);
                    }
                }
            }
        }
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    (found.len() >= 2).then(|| found.into_iter().filter(|&b| b > 0).collect())
}

/// True for a line opening on a heading (`一、`) that holds the next one after a sentence's
/// end (`…工程。二、工作任务…`): in a text with no other numbered line, a page's lines run
/// together, however short.
pub fn runs_on_to_next_heading(line: &str) -> bool {
    // Most lines hold no `、` after a full stop: passed before any marker is read.
    if !line.contains("。") || !line.contains('、') {
        return false;
    }
    let Some((m, _)) = numbering::recognise(line) else {
        return false;
    };
    if m.repaired || m.style != Style::Han {
        return false;
    }
    let next = format!("{}、", numbering::han_string(m.value + 1));
    line.match_indices(&next).any(|(at, _)| {
        // (`二、三季度`: a list of numbers, no heading.)
        let after = line.get(at + next.len()..).unwrap_or("");
        if after.starts_with(numbering::is_han_numeral_char) {
            return false;
        }
        let before = line.get(..at).unwrap_or("");
        let before = before.trim_end_matches(|c: char| c.is_whitespace() || "“”\"'".contains(c));
        before.ends_with(FULL_STOPS)
    })
}

/// The second sub-item's marker, looked for before a line is read for [`inline_sub_items`].
const SECOND_SUB: [&str; 7] = ["2.", "2、", "2．", "（2）", "(2)", "（2)", "(2）"];

/// Where the text of a line opening on a heading's marker (`一、`, `（三）`) starts.
fn after_heading_marker(line: &str) -> Option<usize> {
    let (lead, rest) = numbering::recognise(line)?;
    let heading = !lead.repaired && matches!(lead.style, Style::Han | Style::ParenHan);
    heading.then(|| line.len() - rest.len())
}

/// Most bytes of a heading set apart from its first sub-item by a space (twenty Chinese
/// characters and the spaces around them): a longer run before the space is no heading alone,
/// and is not read.
const SET_APART_BYTES: usize = 64;

/// Where a heading's line runs its own numbered sub-items together after its first sentence
/// (`（三）加强阻隔建设。1.隔离带建设。…。2.人工除草。…`, a page's lines lost): two or more
/// items of one style deeper than the line's (`1.` or `（1）`) in turn from 1, the first after a
/// sentence's end or a colon, the later ones after a full stop (`；` parts one sentence's list).
fn inline_sub_items(line: &str) -> Option<Vec<usize>> {
    // Most lines hold no second sub-item: passed by byte searches, before any marker is read.
    if !line.contains('2') || !SECOND_SUB.iter().any(|m| line.contains(m)) {
        return None;
    }
    let start = after_heading_marker(line)?;
    let mut found: Vec<usize> = Vec::new();
    let mut style: Option<Style> = None;
    let mut prev: Option<char> = None;
    let mut spaced = false;
    for (byte, c) in line.char_indices().filter(|&(b, _)| b >= start) {
        let stops = if found.is_empty() {
            ITEM_STOPS
        } else {
            FULL_STOPS
        };
        // (`一、 继续推进权益保障 1. 加强宣传…`: a short heading set apart by a space, a
        // viewer's one line of the page.)
        let set_apart = found.is_empty()
            && spaced
            && byte - start <= SET_APART_BYTES
            && line
                .get(start..byte)
                .is_some_and(|h| super::text::heading_alone(h.trim()));
        let placed = prev.is_some_and(|p| stops.contains(&p)) || set_apart;
        if placed && (c.is_ascii_digit() || matches!(c, '（' | '(')) {
            let item = (line.get(byte..).and_then(numbering::recognise)).filter(|(m, _)| {
                !m.repaired
                    && matches!(m.style, Style::Arabic | Style::ParenArabic)
                    && style.is_none_or(|s| s == m.style)
                    && m.value == found.len() as u32 + 1
            });
            if let Some((m, _)) = item {
                style = Some(m.style);
                found.push(byte);
            }
        }
        spaced = c.is_whitespace();
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    (found.len() >= 2).then_some(found)
}

/// `line` cut before its own sub-items run into it ([`inline_sub_items`], or
/// [`bare_number_items`] with their lost dots put back); `line` alone when it holds none.
fn sub_items(line: &str) -> Vec<String> {
    if let Some(cuts) = inline_sub_items(line) {
        return pieces(line, &cuts);
    }
    let Some(cuts) = bare_number_items(line) else {
        return vec![line.to_string()];
    };
    let mut out = pieces(line, &cuts);
    for piece in out.iter_mut().skip(1) {
        let digits = piece.bytes().take_while(u8::is_ascii_digit).count();
        let space = piece[digits..].chars().next().map_or(0, char::len_utf8);
        piece.replace_range(digits..digits + space, ".");
    }
    out
}

/// Measure words a count is of (`1 次`, `2 家`): a number before one is no item's.
const COUNTED: &str =
    "次个项家人名年月日天元亿万千百户件处所座条批场期份台辆吨亩平米公里轮栋幢套支张部间级类号门节册本篇";

/// Where a heading's line runs on into sub-items whose numbers lost their dots (`（一）落实四项
/// 责任1 落实领导责任。…。2 落实监管责任。…`, a PDF's text): numbers in turn from 1, each
/// followed by a space and a Han character, the first after Chinese text or a stop, the later
/// ones after a full stop; two or more of them.
fn bare_number_items(line: &str) -> Option<Vec<usize>> {
    if !line.contains("2 ") && !line.contains("2\u{3000}") {
        return None;
    }
    let start = after_heading_marker(line)?;
    let mut found: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    for (byte, c) in line.char_indices().filter(|&(b, _)| b >= start) {
        let next = found.len() as u32 + 1;
        let placed = prev.is_some_and(|p| match found.is_empty() {
            true => super::text::is_wide(p) || ITEM_STOPS.contains(&p),
            false => FULL_STOPS.contains(&p),
        });
        if placed && c.is_ascii_digit() {
            let after = line.get(byte..).unwrap_or("");
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let mut tail = after[digits..].chars();
            let spaced = matches!(tail.next(), Some(' ' | '\u{3000}'));
            // (Not a count of something, `检查1 次`: a measure word after the space.)
            let han = (tail.next())
                .is_some_and(|h| crate::chars::is_common_han(h) && !COUNTED.contains(h));
            if spaced && han && after[..digits].parse() == Ok(next) {
                found.push(byte);
            }
        }
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    (found.len() >= 2).then_some(found)
}

/// [`split`] of a line of a text that has no numbered line at all, however short the line:
/// a page whose line breaks were all lost (`…工作一、认真贯彻…1、认真贯彻…。2、推动…`).
pub fn split_unbroken(line: &str) -> Vec<String> {
    if line.len() > FLATTENED && line.chars().count() > FLATTENED {
        return split_run(line, false);
    }
    split_run(line, true)
}

/// [`split_markers`], then each piece's own sub-items run into it ([`sub_items`]), or its
/// points after its heading ([`heading_then_points`]).
fn split_run(line: &str, strict: bool) -> Vec<String> {
    (split_markers(line, strict).iter())
        .flat_map(|p| heading_then_points(p).unwrap_or_else(|| sub_items(p)))
        .collect()
}

/// `一、工作开展情况一是…。二是…` (a heading's line break lost): the heading, then its points a
/// line each, as when they open lines of their own.
fn heading_then_points(line: &str) -> Option<Vec<String>> {
    let cut = heading_then_item(line).filter(|&cut| line[cut..].starts_with("一是"))?;
    let (head, points) = line.split_at(cut);
    Some(
        std::iter::once(head.trim_end().to_string())
            .chain(split_inline_points(points))
            .collect(),
    )
}

/// A line cut after a unit bracket when a numbered item follows it on the same line
/// (`…不少于1次。〔牵头单位：县司法局〕 3.县政府常务会议…`, a PDF's lines run together): the
/// unit bracket closes its item, the marker starts the next.
fn after_units(line: &str) -> Vec<String> {
    // A unit bracket names units or who does the work (`单位`, `部门`, `负责`, `牵头`): most lines
    // hold none of these words, found by substring searches without decoding the line.
    let Some(label) = first_unit_word(line) else {
        return vec![line.to_string()];
    };
    let inner = line.trim_end();
    let mut cuts = Vec::new();
    // A unit block closes after its first label word: the bytes before it are not read.
    let tail = inner.as_bytes().get(label..).unwrap_or(&[]);
    for end in bracket_ends(tail).map(|e| e + label) {
        if end >= inner.len() {
            continue;
        }
        let Some(rest) = inner.get(end..) else {
            continue;
        };
        let rest = rest.trim_start_matches([' ', '\u{3000}', '。', '；', ';']);
        let item = numbering::recognise(rest).is_some_and(|(m, _)| {
            !m.repaired && !matches!(m.style, Style::HanShi | Style::Circled)
        });
        if item && super::tree::ends_with_unit_block(&inner[..end]) {
            cuts.push(inner.len() - rest.len());
        }
    }
    pieces(line, &cuts)
}

/// Words a unit block holds: its labels' `单位`/`部门`, or who does the work.
const UNIT_WORDS: [&str; 4] = ["单位", "部门", "负责", "牵头"];

/// Where the first of [`UNIT_WORDS`] starts in `line`: each word's first place found by a
/// vectorised search (a plan's lines are read whole, most holding none of them).
fn first_unit_word(line: &str) -> Option<usize> {
    static SEARCH: crate::chars::WordSearch = crate::chars::WordSearch::new(&UNIT_WORDS);
    SEARCH.first_in(line)
}

/// Where each closing bracket of a unit block (`)`, `）`, `〕`, `】`) ends in `bytes`, found on
/// the bytes (`）` is `EF BC 89`, `〕` `E3 80 95`, `】` `E3 80 91`): no line is decoded for it.
fn bracket_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    (0..bytes.len()).filter_map(move |i| match bytes[i] {
        b')' => Some(i + 1),
        0xEF if bytes.get(i + 1..i + 3) == Some(&[0xBC, 0x89]) => Some(i + 3),
        0xE3 if matches!(bytes.get(i + 1..i + 3), Some(&[0x80, 0x95] | &[0x80, 0x91])) => {
            Some(i + 3)
        }
        _ => None,
    })
}

/// Characters that end a word with `一` in it before `是` (`统一是`, `其一是`, `之一是`); not
/// `划` (`工作计划一是…`: a title's end).
const SHI_ONE_WORDS: &str = "统唯之同逐单合专如均万第其";

/// Where the first item starts on a heading's line (`一、持续推进学习 1.推动学习…`, `二、主要任务
/// 1.完善…`): a heading of a higher style, then before any punctuation a first item (`1.`,
/// `（1）`, or `（一）` under `一、`), or a first point with a second after it (`一、工作开展情况
/// 一是…二是…`: a line break a page lost; not `统一是`).
fn heading_then_item(line: &str) -> Option<usize> {
    let (head, rest) = numbering::recognise(line)?;
    if head.repaired || !matches!(head.style, Style::Han | Style::ParenHan) {
        return None;
    }
    let start = line.len() - rest.len();
    let mut title = 0;
    let mut prev: Option<char> = None;
    for (i, c) in rest.char_indices() {
        if "。，,；;：:！？!?、".contains(c) {
            return None;
        }
        // After a space or Chinese text, not inside Latin words (`alert(1)`).
        let apart = prev.is_some_and(|p| p.is_whitespace() || super::text::is_wide(p));
        let first = c.is_ascii_digit() || matches!(c, '（' | '(' | '〔');
        // (Spaces between Han characters are gone by now: `亮点一是`, not `统一是`.)
        let apart_point = prev.is_some_and(|p| !SHI_ONE_WORDS.contains(p));
        if c == '一' && apart_point && title >= 2 {
            let points = &rest[i..];
            if points.starts_with("一是") && split_inline_points(points).len() >= 2 {
                return Some(start + i);
            }
        }
        prev = Some(c);
        if first && apart && title >= 2 {
            let item = numbering::recognise(&rest[i..]).filter(|(m, _)| {
                !m.repaired
                    && m.value == 1
                    && m.style > head.style
                    && matches!(
                        m.style,
                        Style::Arabic | Style::ParenArabic | Style::ParenHan
                    )
            });
            if item.is_some() {
                return Some(start + i);
            }
        }
        if !c.is_whitespace() {
            title += 1;
        }
    }
    None
}

/// [`split`] without its length gate. `strict` (a short line of a text that has no numbered
/// line, [`split_unbroken`]): a marker needs a sentence or clause end before it, but for a
/// bracketed one after Chinese text and an Arabic one glued to a heading; and a unit bracket
/// cuts nothing (the inline points `一是…（甲局牵头）；二是…` stay one paragraph
/// for [`split_inline_points`]).
fn split_markers(line: &str, strict: bool) -> Vec<String> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut last: Vec<(Style, u32)> = Vec::new();
    let mut cuts: Vec<usize> = Vec::new();
    let glued_first = glued_first_heading(line);
    // The style of the last marker cut at.
    let mut latest: Option<Style> = None;
    // The number of the last chapter (or `一、`) cut at, and the parts of the last decimal.
    let mut chapter: Option<u32> = None;
    let mut decimal: Vec<u32> = Vec::new();
    for (k, &(byte, c)) in chars.iter().enumerate() {
        if !(c == '('
            || c == '（'
            || c == '〔'
            || c == '第'
            || numbering::is_han_numeral_char(c)
            || c.is_ascii_digit())
        {
            continue;
        }
        let prev = k.checked_sub(1).and_then(|p| chars.get(p)).map(|x| x.1);
        if prev.is_some_and(|p| {
            p == '第'
                || p.is_ascii_digit()
                || numbering::is_han_numeral_char(p)
                || (c.is_ascii_digit() && matches!(p, '.' | '．'))
        }) {
            continue;
        }
        let Some((marker, _)) = line.get(byte..).and_then(numbering::recognise) else {
            continue;
        };
        // From `第`, only a chapter, part or division (`依据第三条` is a reference).
        let divides = matches!(marker.style, Style::Division | Style::Chapter | Style::Part);
        if c == '第' && !divides {
            continue;
        }
        // A number and a space (`1 总体要求`) heads a line of its own only: inside a line it is
        // a count (`附件 1 大气…`). A decimal outline's number (`2.1`) is cut at only where it
        // goes on from the chapter or decimal before it (`第二章…2.1…2.1.1…2.1.2`).
        let spaced = marker.raw.ends_with([' ', '\u{3000}']);
        let parts: Vec<u32> = match marker.style {
            Style::Decimal | Style::Decimal3 => (marker.number.split('.'))
                .filter_map(|p| p.parse().ok())
                .collect(),
            _ => Vec::new(),
        };
        if spaced || (!parts.is_empty() && !decimal_goes_on(&parts, chapter, &decimal)) {
            continue;
        }
        if !parts.is_empty() {
            latest = Some(marker.style);
            decimal = parts;
            if byte > 0 {
                cuts.push(byte);
            }
            continue;
        }
        let bracketed =
            matches!(marker.style, Style::ParenHan | Style::ParenArabic) && !marker.repaired;
        let boundary = prev.is_none_or(|p| BOUNDARIES.contains(&p));
        let after = chars.get(k + marker.raw.chars().count()).map(|x| x.1);
        // `二、主要任务1.完善…`: an Arabic item right after a heading, with nothing between.
        // The first item under a heading cut just before restarts at 1 (`二、加强…环境1、健全…`).
        let under_heading =
            marker.value == 1 && matches!(latest, Some(Style::Han | Style::ParenHan));
        let glued_arabic = marker.style == Style::Arabic
            && after.is_some_and(super::text::is_wide)
            && (under_heading
                || last
                    .iter()
                    .all(|(s, v)| *s != Style::Arabic || v + 1 == marker.value));
        let structural = !matches!(marker.style, Style::HanShi);
        let expected = last
            .iter()
            .find(|(s, _)| *s == marker.style)
            .map_or(1, |(_, v)| v + 1);
        let in_sequence = marker.value == 1 || marker.value == expected;
        // Past the spaces a page set before its markers (`…计划 一、…。 二、…`).
        let solid = (chars.get(..k).unwrap_or_default().iter().rev())
            .map(|x| x.1)
            .find(|c| !c.is_whitespace());
        let spaced_after_stop = prev.is_some_and(char::is_whitespace)
            && matches!(marker.style, Style::Han | Style::ParenHan)
            && solid
                .is_some_and(|p| BOUNDARIES.contains(&p) || (bracketed && super::text::is_wide(p)));
        // In a short line, a bracketed marker only after Chinese text (not `"（一）"` quoted
        // in data).
        let placed = Some(byte) == glued_first
            || spaced_after_stop
            || match strict {
                true => {
                    prev.is_none_or(|p| BOUNDARIES.contains(&p) || p == '，' || p == ',')
                        || (bracketed && prev.is_some_and(super::text::is_wide))
                        || glued_arabic
                }
                false => bracketed || boundary || glued_arabic,
            };
        // A chapter run on after Chinese text opens the page's outline, before any `一、`, and
        // a title follows it (`依据《条例》第一章规定` is a reference).
        let opens_chapter = divides
            && prev.is_some_and(super::text::is_wide)
            && !matches!(latest, Some(s) if s >= Style::Han)
            && !line
                .get(byte + marker.raw.len()..)
                .is_some_and(|t| CHAPTER_NOT_TITLES.iter().any(|w| t.starts_with(w)));
        let placed = placed || opens_chapter;
        if structural && in_sequence && placed {
            latest = Some(marker.style);
            if divides || marker.style == Style::Han {
                (chapter, decimal) = (Some(marker.value), Vec::new());
            }
            match last.iter_mut().find(|(s, _)| *s == marker.style) {
                Some((_, v)) => *v = marker.value,
                None => last.push((marker.style, marker.value)),
            }
            if byte > 0 {
                cuts.push(byte);
            }
        }
    }
    // After a unit bracket (`…（甲部负责）`): what follows is a new paragraph, whether the
    // item's next paragraph or a closing remark; the tree decides which.
    let mut open = 0;
    for &(byte, c) in chars.iter().filter(|_| !strict) {
        if matches!(c, '（' | '(') {
            open = byte;
        }
        let end = byte + c.len_utf8();
        if matches!(c, '）' | ')')
            && end < line.len()
            && line
                .get(open..end)
                .is_some_and(super::tree::ends_with_unit_block)
        {
            cuts.push(end);
        }
    }
    // A heading run into its paragraph (`二、创建目标通过创建活动，…`): cut after its title.
    let titled: Vec<usize> = (cuts.iter().copied().chain([0]))
        .filter_map(|c| {
            let rest = line.get(c..)?;
            let (marker, title) = numbering::recognise(rest)?;
            let at = rest.len() - title.len();
            matches!(marker.style, Style::Han | Style::ParenHan)
                .then(|| boilerplate::glued_section_title(title))
                .flatten()
                .map(|n| c + at + n)
        })
        .collect();
    cuts.extend(titled);
    crate::sort::sort(&mut cuts);
    cuts.dedup();
    if let Some(sig) = signature_start(line) {
        if cuts.last().is_none_or(|&c| c < sig) {
            cuts.push(sig);
        }
    }
    pieces(line, &cuts)
}

/// Whether a decimal number (`2.1` as `[2, 1]`, `2.1.3`) goes on from what was cut before it
/// in a run-on line: a section's first under its chapter (`2.1` after `第二章`), the next of
/// its level (`2.2` after `2.1.4`), or a sub-section's first or next (`2.1.1` after `2.1`).
fn decimal_goes_on(parts: &[u32], chapter: Option<u32>, last: &[u32]) -> bool {
    match (parts, last) {
        ([a, 1], _) if chapter == Some(*a) => true,
        ([a, b], [x, y, ..]) => a == x && *b == y + 1,
        ([a, b, 1], [x, y]) => a == x && b == y,
        ([a, b, c], [x, y, z]) => a == x && b == y && *c == z + 1,
        _ => false,
    }
}

/// Words after `第N章` that make it a reference, not a chapter's title (`第一章规定`).
const CHAPTER_NOT_TITLES: &[&str] = &[
    "规定", "要求", "执行", "所", "的", "中", "之", "有关", "内容",
];

/// Least entries of a table of contents without page numbers ([`drop_contents_run`]).
const CONTENTS_MIN: usize = 8;

/// Longest title of an entry of a table of contents, in characters.
const CONTENTS_TITLE_MAX: usize = 20;

/// Drops a table of contents without page numbers (a document site's page: `一、背景分析` /
/// `1.1政策背景` / … / `10.4结语`, then the text from `一、背景分析` again, often run on to the
/// last entry): a run of [`CONTENTS_MIN`] or more numbered title lines whose first entry comes
/// again after it. Read as items, each entry became an empty task.
pub fn drop_contents_run(lines: &mut Vec<String>) {
    let titled = |rest: &str| {
        let rest = rest.trim();
        !rest.is_empty()
            && super::text::at_most_chars(rest, CONTENTS_TITLE_MAX)
            && !rest.contains(['。', '，', ',', '；', ';', '：', ':'])
    };
    let entry = |l: &str| numbering::recognise(l).is_some_and(|(_, rest)| titled(rest));
    // (An entry whose number does not read as one, `3.2多元共建机制`, is passed in the run.)
    let unread = |l: &str| numbering::recognise(l).is_none() && titled(l);
    let Some(start) = lines.iter().position(|l| entry(l)) else {
        return;
    };
    let mut end = start;
    let mut count = 0;
    while let Some(l) = lines.get(end) {
        if l.trim().is_empty() {
            end += 1;
        } else if entry(l) {
            count += 1;
            end += 1;
        } else if unread(l)
            && (lines.iter().skip(end + 1))
                .find(|n| !n.trim().is_empty())
                .is_some_and(|n| entry(n))
        {
            end += 1;
        } else {
            break;
        }
    }
    if count < CONTENTS_MIN {
        return;
    }

    let first = lines[start].trim().to_string();
    // The first entry again: on a line of its own after the run, or run on to its next line.
    let again_own = lines.iter().skip(end).any(|l| l.trim() == first);
    let again_run_on = lines
        .get(end)
        .and_then(|l| l.find(&first).filter(|&at| at > 0));
    match (again_own, again_run_on) {
        (_, Some(at)) => {
            let rest = lines[end].split_off(at);
            lines[end] = rest;
            lines.drain(start..end);
        }
        (true, None) => {
            lines.drain(start..end);
        }
        _ => {}
    }
}

/// Characters that end a word with `一` in it (`统一、规范`, `之一、`): a `一、` after them is
/// that word and a list comma, not a heading's number.
const ONE_WORDS: &str = "统唯之同逐单划合专如均万第";

/// Where a first heading `一、` glued to the text before it (a title run into it:
/// `2023年依法治镇工作一、认真贯彻…`) starts, when a `二、` after a sentence end follows it;
/// `None` when there is none, or the `一、` ends a word (`统一、`).
fn glued_first_heading(line: &str) -> Option<usize> {
    // The first `一、` that is no word's (`统一、`) nor a `第一、` of its own.
    for (at, _) in line.match_indices("一、").take(GLUED_FIRST_LOOKS) {
        // (A page may set a space before each marker: `…工作计划 一、…。 二、…`.)
        let before = line[..at].trim_end();
        let prev = before.chars().next_back()?;
        // (`计划一、`: a title's ending, not `划一`.)
        let title = (before.ends_with("计划") || before.ends_with("规划"))
            && boilerplate::is_title_candidate(before);
        let one_word = ONE_WORDS.contains(prev) && !title;
        // `一、二季度`: numerals listed, no heading.
        let listed = line[at + "一、".len()..]
            .chars()
            .next()
            .is_some_and(numbering::is_han_numeral_char);
        if one_word || listed {
            continue;
        }
        // `…控制在6以内, 一、做强产业`: a page that sets a space before each marker, after a
        // clause the goals' last line left open.
        // (A heading's title, then its first item: not an inline list `两类, 一、约束性指标。`.)
        let spaced_comma = before.len() < at
            && matches!(prev, ',' | '，')
            && titled_then_first_item(&line[at + "一、".len()..]);
        if !(super::text::is_wide(prev) || spaced_comma) || BOUNDARIES.contains(&prev) {
            return None;
        }
        let rest = &line[at..];
        let second = (rest.match_indices("二、")).any(|(i, _)| {
            rest[..i]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|p| BOUNDARIES.contains(&p))
        });
        return second.then_some(at);
    }
    None
}

/// True when `rest` (after a heading's `一、`) is a short title, a space and a first item
/// (`做强产业 1.做大…`, `强化基础（一）…`), with no sentence end before it.
fn titled_then_first_item(rest: &str) -> bool {
    let title: String = rest
        .chars()
        .take(FIRST_ITEM_REACH)
        .take_while(|c| !FULL_STOPS.contains(c))
        .collect();
    ["1.", "1、", "1．", "（一）", "(一)"]
        .iter()
        .any(|m| title.find(m).is_some_and(|i| i > 0))
}

/// Most characters of a heading's title before its first item on one line.
const FIRST_ITEM_REACH: usize = 24;

/// How many `一、` a line is read for its glued first heading.
const GLUED_FIRST_LOOKS: usize = 4;

/// Characters after which an inline `一是` may start an item of a paragraph's list.
const SHI_BOUNDARIES: &[char] = &['。', '；', ';', '：', ':', '，', ','];

/// Splits a paragraph that enumerates its points inline (`…行动。一是…；二是…；三是…。各单位
///要…`) into its intro, one line per point and the closing remark, when the points run
/// `一是`, `二是`, … from one and there are at least two. Used for text that has no numbered
/// line at all, where these points are the plan's tasks, and for a line opening on `一是`.
/// When the points are
/// separated by `；`, the last one ends at its sentence's `。`: what follows closes the list.
pub fn split_inline_points(line: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut cuts: Vec<usize> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    for (k, &(byte, c)) in chars.iter().enumerate() {
        if !numbering::is_han_numeral_char(c) {
            continue;
        }
        let prev = k.checked_sub(1).and_then(|p| chars.get(p)).map(|x| x.1);
        if !prev.is_none_or(|p| SHI_BOUNDARIES.contains(&p)) {
            continue;
        }
        let Some((marker, _)) = line.get(byte..).and_then(numbering::recognise) else {
            continue;
        };
        // A number and a space (`1 总体要求`) heads a line of its own only: inside a line it is
        // a count (`附件 1 大气…`), and a decimal outline's number (`2.1`) is not cut at either.
        let spaced = marker.raw.ends_with([' ', '\u{3000}']);
        if spaced || matches!(marker.style, Style::Decimal | Style::Decimal3) {
            continue;
        }
        let expected = u32::try_from(cuts.len()).map_or(0, |n| n + 1);
        if marker.style == Style::HanShi && marker.value == expected {
            if !cuts.is_empty() {
                seps.extend(prev);
            }
            cuts.push(byte);
        }
    }
    if cuts.len() < 2 {
        return vec![line.to_string()];
    }
    let semicolons = seps.iter().all(|c| matches!(c, '；' | ';'));
    if semicolons {
        let last = cuts.last().copied().unwrap_or(0);
        let end = line
            .get(last..)
            .and_then(|rest| rest.find('。'))
            .map(|i| last + i + '。'.len_utf8());
        if let Some(end) = end.filter(|&e| e < line.len()) {
            cuts.push(end);
        }
    }
    pieces(line, &cuts)
}

/// `line` cut at the byte offsets `cuts` (ascending), empty pieces left out.
fn pieces(line: &str, cuts: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    for &cut in cuts {
        if cut > from {
            out.extend(line.get(from..cut).map(str::to_string));
        }
        from = cut;
    }
    out.extend(line.get(from..).map(str::to_string));
    out
}

/// Where a closing signature (`示例市人民政府 2024年3月1日（此件公开发布）`) starts at the
/// end of a flattened line: after the last `。`, a short tail holding a date.
fn signature_start(line: &str) -> Option<usize> {
    let end = line.rfind('。')? + '。'.len_utf8();
    let tail = line.get(end..)?;
    let n = tail.chars().count();
    let dated =
        tail.contains('年') && tail.contains('月') && tail.chars().any(|c| c.is_ascii_digit());
    ((1..=40).contains(&n) && dated).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cut_inside_words_are_joined_and_a_plans_items_are_not() {
        let a = "甲".repeat(CHUNK_MIN);
        let mut lines = vec![
            "示例文库".to_string(),
            format!("1、{a}法"),
            String::new(),
            format!("2、治{a}。"),
        ];
        join_viewer_chunks(&mut lines);
        assert_eq!(
            lines,
            [
                "示例文库".to_string(),
                format!("{a}法治{a}。"),
                String::new(),
                String::new()
            ]
        );
        // Items ending their sentences are the plan's own.
        let mut items = vec![format!("1、{a}。"), format!("2、{a}。")];
        let before = items.clone();
        join_viewer_chunks(&mut items);
        assert_eq!(items, before);
        // Short items are no chunks, whatever their ends.
        let mut short = vec!["1、推进改革".to_string(), "2、优化服务".to_string()];
        join_viewer_chunks(&mut short);
        assert_eq!(short, ["1、推进改革", "2、优化服务"]);
    }

    #[test]
    fn a_headings_own_sub_items_run_into_its_line_are_cut() {
        let line = "（三）加强阻隔建设。1.隔离带建设。在林地边缘建设。2.人工除草。开展除草。";
        assert_eq!(
            split(line),
            [
                "（三）加强阻隔建设。",
                "1.隔离带建设。在林地边缘建设。",
                "2.人工除草。开展除草。"
            ]
        );
        // Run on after other items too.
        let run = "（一）落实责任。明确责任人。（二）加强建设。1.隔离带。建设。2.除草。开展。";
        assert_eq!(split(run).len(), 4);
        // A list inside one sentence, a lone first item, a decimal: one line.
        assert_kept(&[
            "（三）加强建设。做到：1.建隔离带；2.除草。",
            "（三）加强建设。1.隔离带建设。在林地边缘建设。",
            "二、加强建设。比上年提高1.5个百分点。2.5万亩。",
            "1.加强建设。（1）隔离带。（2）除草。",
        ]);
    }

    /// Asserts that [`split`] keeps each line whole.
    fn assert_kept(lines: &[&str]) {
        for &line in lines {
            assert_eq!(split(line), [line], "{line}");
        }
    }

    #[test]
    fn sub_items_whose_numbers_lost_their_dots_are_cut_and_mended() {
        let line = "（一）落实四项责任1 落实领导责任。纳入计划。2 落实监管责任。开展检查。";
        assert_eq!(
            split(line),
            [
                "（一）落实四项责任",
                "1.落实领导责任。纳入计划。",
                "2.落实监管责任。开展检查。"
            ]
        );
        assert_kept(&[
            "（一）开展检查。每季度检查1 次。全年复查2 次。",
            "（一）开展培训。培训1 轮。2 轮以上考核合格后上岗。",
            "（一）落实责任1 落实领导责任，2 落实监管责任。",
        ]);
    }

    #[test]
    fn a_page_run_into_one_short_line_is_cut_at_its_headings() {
        let line = "一、工作目标以落实责任为着力点。二、工作任务（一）落实责任。纳入计划。";
        assert!(runs_on_to_next_heading(line));
        assert_eq!(
            split_unbroken(line),
            [
                "一、工作目标",
                "以落实责任为着力点。",
                "二、工作任务",
                "（一）落实责任。纳入计划。"
            ]
        );
        // `二、` inside a sentence is none.
        assert!(!runs_on_to_next_heading(
            "一、加强建设。按照文件第二、三条办理。"
        ));
        assert!(!runs_on_to_next_heading(
            "一、加强建设。二、三季度重点抓好整改。"
        ));
    }

    #[test]
    fn a_first_heading_glued_to_a_title_is_found_only_before_a_second() {
        let line = "示例镇工作要点一、抓学法。1、落实制度。二、推进依法行政。";
        assert_eq!(glued_first_heading(line), line.find("一、"));
        // No `二、` after a sentence end: `一、` may be anything.
        assert_eq!(glued_first_heading("示例镇工作要点一、抓学法。"), None);
        // A word ending in `一` before a list comma.
        assert_eq!(glued_first_heading("做到统一、规范。二、推进。"), None);
        assert_eq!(glued_first_heading("是重点之一、难点。二、推进。"), None);
    }

    fn long(s: &str) -> String {
        format!("{s}{}", "。".repeat(FLATTENED))
    }

    #[test]
    fn the_byte_searches_find_what_char_searches_find() {
        for line in [
            "（牵头单位：甲局）2.乙",
            "由甲局负责）",
            "无",
            "部门）",
            "a)b〕c】d）",
        ] {
            let by_chars = UNIT_WORDS.iter().filter_map(|w| line.find(w)).min();
            assert_eq!(first_unit_word(line), by_chars, "{line}");
            let ends: Vec<usize> = (line.char_indices())
                .filter(|&(_, c)| matches!(c, '）' | ')' | '〕' | '】'))
                .map(|(i, c)| i + c.len_utf8())
                .collect();
            assert_eq!(
                bracket_ends(line.as_bytes()).collect::<Vec<_>>(),
                ends,
                "{line}"
            );
        }
    }

    #[test]
    fn short_lines_are_kept() {
        assert_eq!(split("一、甲。二、乙。"), ["一、甲。二、乙。"]);
    }

    #[test]
    fn flattened_line_is_split_before_markers() {
        let got = split(&long("现提出以下意见：一、总体要求（一）指导思想。甲。（二）发展目标。乙。二、主要任务1.丙。2.丁。"));
        let heads: Vec<String> = got.iter().map(|p| p.chars().take(4).collect()).collect();
        assert_eq!(
            heads,
            [
                "现提出以",
                "一、总体",
                "（一）指",
                "（二）发",
                "二、主要",
                "1.丙。",
                "2.丁。"
            ]
        );
    }

    #[test]
    fn trailing_signature_is_split_off() {
        let got = split(&format!(
            "{}示例省人民政府 2024年5月10日（此件公开发布）",
            long("一、甲。")
        ));
        assert_eq!(
            got.last().map(String::as_str),
            Some("示例省人民政府 2024年5月10日（此件公开发布）")
        );
    }

    #[test]
    fn text_after_a_unit_bracket_is_a_new_line() {
        let got = split(&long("一、甲。（甲部负责）各地要抓好落实。"));
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("（甲部负责）"));
    }

    #[test]
    fn inline_points_become_lines() {
        let got = split_inline_points("为做好工作，制定计划。一是推进甲（甲局负责）；二是推进乙；三是推进丙。各单位要抓好落实。");
        assert_eq!(
            got,
            [
                "为做好工作，制定计划。",
                "一是推进甲（甲局负责）；",
                "二是推进乙；",
                "三是推进丙。",
                "各单位要抓好落实。"
            ]
        );
        // Points of several sentences each: the last runs to the end of the paragraph.
        let got = split_inline_points("一是推进甲。做好丁。二是推进乙。做好戊。");
        assert_eq!(got, ["一是推进甲。做好丁。", "二是推进乙。做好戊。"]);
        // One point, or points out of sequence, are no list.
        assert_eq!(split_inline_points("一是推进甲。").len(), 1);
        assert_eq!(split_inline_points("甲。二是乙；三是丙。").len(), 1);
        // Not a marker inside a word (`统一是`).
        assert_eq!(split_inline_points("标准统一是关键；二是乙。").len(), 1);
    }

    #[test]
    fn out_of_sequence_or_ordinal_markers_stay_inline() {
        let got = split(&long("一、甲。按第（三）项办理，见三、的规定。二、乙。"));
        assert_eq!(got.len(), 2, "{got:?}");
    }
}
