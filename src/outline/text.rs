//! Line clean-up: markdown marks, odd spaces, and joining lines broken inside a sentence.

/// Characters that read as a space (NBSP, en/em spaces, ideographic space, tab).
pub fn is_space(c: char) -> bool {
    // Han and full-width characters (most of a Chinese text) are past every white space but
    // the byte-order mark, and are told at once.
    if c > '\u{3000}' {
        return c == '\u{feff}';
    }
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{2000}'..='\u{200b}' | '\u{3000}')
}

/// True when `s` has at most `n` chars (`s.chars().count() <= n`), told by its length in bytes
/// when that settles it (a char is one to four bytes): most lines asked are long, and not
/// counted.
pub fn at_most_chars(s: &str, n: usize) -> bool {
    s.len() <= n || (s.len() <= n.saturating_mul(4) && s.chars().count() <= n)
}

/// True for Han characters and full-width punctuation: no space is needed between two of them.
pub fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff01}'..='\u{ff0f}'
        | '\u{ff1a}'..='\u{ff20}'
        | '\u{ff3b}'..='\u{ff40}'
        | '\u{ff5b}'..='\u{ff65}'
        | '\u{2018}'..='\u{201f}'
        | '\u{2014}' | '\u{2026}' | '\u{00b7}')
}

/// Dashes around a page number (`— 3 —`, `- 3 -`, `－3－`).
const PAGE_DASHES: &[char] = &['—', '-', '－', '–', '─', '―'];

/// True for a line that is only a page number from a printed page: `— 3 —`, `-3-`,
/// `第3页`, `第 3 页 共 12 页`.
pub fn is_page_number(line: &str) -> bool {
    let digits = |s: &str| {
        let s = s.trim_matches(is_space);
        (1..=4).contains(&s.chars().count())
            && s.chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    let t = line.trim_matches(is_space);
    if let Some(inner) = t
        .strip_prefix(PAGE_DASHES)
        .and_then(|r| r.strip_suffix(PAGE_DASHES))
    {
        return digits(inner.trim_matches(PAGE_DASHES));
    }
    let Some(rest) = t.strip_prefix('第') else {
        return false;
    };
    let (page, total) = match rest.split_once('页') {
        Some((p, r)) => (p, r.trim_matches(is_space)),
        None => return false,
    };
    digits(page)
        && (total.is_empty()
            || total
                .strip_prefix('共')
                .and_then(|r| r.strip_suffix('页'))
                .is_some_and(digits))
}

/// Endings of a unit label (`责任单位：`, `参与司局：`) whose list may separate names by spaces.
const UNIT_LIST_LABEL_ENDS: &[&str] = &["单位", "部门", "司局", "处室", "主体"];

/// Last characters of an agency name: a space after one, in a unit list, parts two names.
const NAME_END_CHARS: &[char] = &[
    '局', '委', '府', '办', '厅', '院', '室', '司', '处', '心', '队', '所', '站', '馆', '会', '部',
];

/// True when `out` ends inside a labelled unit list (`责任单位：市甲局`) at a name's end, so a
/// space after it parts two names (`市甲局 市乙局`) and is kept.
fn in_unit_list(out: &str) -> bool {
    if !out
        .chars()
        .last()
        .is_some_and(|c| NAME_END_CHARS.contains(&c))
    {
        return false;
    }
    let Some(colon) = out.rfind(['：', ':']) else {
        return false;
    };
    let (label, list) = out.split_at(colon);
    list.chars().count() <= 80
        && !list.contains(['。', '；', ';', '，', ','])
        && UNIT_LIST_LABEL_ENDS.iter().any(|e| label.ends_with(e))
}

/// One raw line → its text without markdown marks and with spaces normalised.
///
/// `"### **九、提高普法宣传的针对性**"` → `"九、提高普法宣传的针对性"`; `"---"` → `""`.
pub fn clean_line(raw: &str) -> String {
    clean_line_with(raw, false)
}

/// [`clean_line`] of a line known to hold no white space once its ends are trimmed
/// (`spaceless`, told by the look for table cells): its spaces need no normalising.
pub fn clean_line_with(raw: &str, spaceless: bool) -> String {
    let normalise = |s: &str| {
        if spaceless {
            s.to_string()
        } else {
            normalise_spaces(s)
        }
    };
    let trimmed = raw.trim_matches(is_space);
    if is_page_number(trimmed) {
        return String::new();
    }
    // The cheap test first: most lines fail it at their first char.
    if trimmed.chars().all(|c| matches!(c, '-' | '*' | '_' | '=')) && trimmed.chars().count() >= 3 {
        return String::new();
    }
    // `2024“”“”年`, `2“”、`: empty quotes where a page's characters were lost hold nothing.
    let unquoted;
    let trimmed = if trimmed.contains("“”") {
        unquoted = trimmed.replace("“”", "");
        unquoted.as_str()
    } else {
        trimmed
    };
    // `“舞台车〞`: the low and the double prime quotes of some fonts close as `”` does.
    let requoted;
    let trimmed = if trimmed.contains('〞') || trimmed.contains('〝') {
        requoted = trimmed.replace(['〝'], "“").replace(['〞', '〟'], "”");
        requoted.as_str()
    } else {
        trimmed
    };
    let counted = without_page_counts(trimmed);
    let unmarked = without_page_marks(&counted);
    let unmarked = match without_site_mark(&unmarked) {
        Some(kept) => std::borrow::Cow::Owned(kept.to_string()),
        None => unmarked,
    };
    let mut s = unmarked.trim_start_matches('#').trim_start_matches('>');
    s = s.trim_start_matches(is_space);
    // `??（一）…`: an indent of wide spaces saved in an encoding without them.
    if s.starts_with("??") {
        s = s.trim_start_matches('?').trim_start_matches(is_space);
    }
    // `答：一、坚持节水优先…`: an interview's answer giving the plan's heading (not an answer
    // that is prose, `答：（一）季度末前报送`).
    if let Some(rest) = s.strip_prefix("答：").or_else(|| s.strip_prefix("答:")) {
        let heading = crate::outline::numbering::recognise(rest.trim_start())
            .is_some_and(|(m, _)| m.style == crate::outline::numbering::Style::Han);
        if heading {
            s = rest.trim_start_matches(is_space);
        }
    }
    if s.contains("**") || s.contains("__") {
        normalise(&strip_emphasis(&strip_emphasis(s, "**"), "__"))
    } else {
        normalise(s)
    }
}

/// What a document site calls itself in the mark it sets after a line of the text (`公文汇
/// www.…`, `稿子汇,范文学习文库`, `公文汇,办公文档之家`): its web address or the name of its kind.
const SITE_MARK_WORDS: &[&str] = &["www.", "http", ".com", ".net", "文库", "文档之家", "范文"];

/// Longest site mark after a line's text, in characters.
const SITE_MARK_MAX: usize = 30;

/// The line without a document site's mark set apart after its text (`…20家以上。 公文汇
/// www.…`, `…“生力军” 公文汇,办公文档之家`): a tail after a space, short, with no sentence in it
/// and no number opening it: a web address not the plan's own (no `.gov`, no `网址：`), or,
/// after a sentence's end or a closing quote or bracket, a site's name and kind (`文库`,
/// `文档之家`, `…,范文…`). `None` when the
/// line has none, the common case, told by byte searches.
fn without_site_mark(line: &str) -> Option<&str> {
    let spaced = line.contains(' ') || line.contains('\u{3000}');
    if !spaced || !SITE_MARK_WORDS.iter().any(|w| line.contains(w)) {
        return None;
    }
    // The leftmost space within the last few characters where a mark may start.
    let tail_from = line
        .char_indices()
        .rev()
        .take(SITE_MARK_MAX)
        .last()
        .map_or(0, |(i, _)| i);
    let starts = line[tail_from..]
        .char_indices()
        .filter(|&(_, c)| is_space(c))
        .map(|(i, _)| tail_from + i);
    for at in starts {
        let kept = line[..at].trim_end_matches(is_space);
        let mark = line[at..].trim_matches(is_space);
        let Some(last) = kept.chars().next_back() else {
            continue;
        };
        // A site's own address, not one the plan gives (`网址：www.示例.gov.cn`).
        let own = mark.contains(".gov")
            || ["网址", "网站", "地址"].iter().any(|w| mark.contains(w))
            || mark.contains(['：', ':']) && !mark.contains("://");
        let address = ["www.", "http"].iter().any(|w| mark.contains(w)) && !own;
        // A site's name and its kind (`…,范文学习文库`, `…,办公文档之家`), not a plan's own
        // words (`优秀公文范文汇编`).
        let named = (["文库", "文档之家"].iter().any(|w| mark.contains(w))
            || mark.contains("范文") && mark.contains([',', '，']))
            && !mark.contains(['“', '《', '"']);
        let after_text = "。！？；;!?”」）)》".contains(last);
        let sentence = mark.contains(['。', '；', ';', '！', '？']);
        let numbered = crate::outline::numbering::recognise(mark).is_some();
        if (address || after_text && named) && !sentence && !numbered {
            return Some(kept);
        }
    }
    None
}

/// A line without the page counts a page's text runs into it (`…确定重点项目。 第1页共4页`, `第 2
/// 页 共 12 页`): printed furniture wherever it stands, never a plan's words.
fn without_page_counts(line: &str) -> std::borrow::Cow<'_, str> {
    // Most lines hold no `页` twice: told by a byte search first.
    if !line.contains('共') || line.matches('页').count() < 2 {
        return std::borrow::Cow::Borrowed(line);
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let at = |k: usize, c: char| chars.get(k).is_some_and(|&(_, x)| x == c);
    let skip_spaces = |mut k: usize| {
        while chars.get(k).is_some_and(|&(_, c)| is_space(c)) {
            k += 1;
        }
        k
    };
    let digits = |k: usize| {
        let n = (k..k + 4)
            .take_while(|&j| chars.get(j).is_some_and(|&(_, c)| c.is_ascii_digit()))
            .count();
        (n > 0).then_some(k + n)
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let end = (at(k, '第'))
            .then(|| digits(skip_spaces(k + 1)))
            .flatten()
            .map(skip_spaces)
            .filter(|&j| at(j, '页'))
            .map(|j| skip_spaces(j + 1))
            .filter(|&j| at(j, '共'))
            .and_then(|j| digits(skip_spaces(j + 1)))
            .map(skip_spaces)
            .filter(|&j| at(j, '页'));
        match end {
            Some(j) => {
                let to = chars.get(j + 1).map_or(line.len(), |&(b, _)| b);
                cuts.push((chars[k].0, to));
                k = j + 1;
            }
            None => k += 1,
        }
    }
    without_cuts(line, &cuts)
}

/// A line without the page numbers a PDF's text runs into it (`- 1 - 示例县2022年工作计划`,
/// `…报告 - 2 - 工作汇报`): a dash, up to four digits and a dash, standing apart (white space or
/// the line's ends on both sides; before it, a sentence's end will do).
fn without_page_marks(line: &str) -> std::borrow::Cow<'_, str> {
    // Most lines hold no digit or no dash: told on their bytes (a dash is `-` or a sign of
    // lead byte `\xE2`/`\xEF`, which the few lines holding one are then decoded for).
    // A mark stands apart, so a line holding one has a space or ends on a dash: most lines
    // have neither, told by a byte search.
    let bytes = line.as_bytes();
    let apart = bytes.contains(&b' ') || line.contains('\u{3000}') || line.ends_with(PAGE_DASHES);
    if !apart || !has_dash(bytes) {
        return std::borrow::Cow::Borrowed(line);
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let dash = |k: usize| chars.get(k).is_some_and(|&(_, c)| PAGE_DASHES.contains(&c));
    let space = |k: usize| chars.get(k).is_some_and(|&(_, c)| is_space(c));
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let after_stop = k > 0
            && chars
                .get(k - 1)
                .is_some_and(|&(_, c)| "。；;〕）)".contains(c));
        if !(dash(k) && (k == 0 || space(k - 1) || after_stop)) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while space(j) {
            j += 1;
        }
        let from = j;
        while digit(j) && j - from < 4 {
            j += 1;
        }
        let digits = j - from;
        while space(j) {
            j += 1;
        }
        let closes = digits > 0 && dash(j) && (j + 1 == chars.len() || space(j + 1));
        if closes {
            let start = chars[k].0;
            let end = chars.get(j + 1).map_or(line.len(), |&(b, _)| b);
            cuts.push((start, end));
            k = j + 1;
        } else {
            k += 1;
        }
    }
    without_cuts(line, &cuts)
}

/// `line` without the byte ranges `cuts` (in order, apart), its ends trimmed; as it is when
/// there are none.
fn without_cuts<'a>(line: &'a str, cuts: &[(usize, usize)]) -> std::borrow::Cow<'a, str> {
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut from = 0;
    for &(start, end) in cuts {
        out.push_str(&line[from..start]);
        from = end;
    }
    out.push_str(&line[from..]);
    std::borrow::Cow::Owned(out.trim_matches(is_space).to_string())
}

/// True when `bytes` hold one of [`PAGE_DASHES`], told on the bytes: `-`, `—` (`E2 80 94`),
/// `–` (`E2 80 93`), `―` (`E2 80 95`), `─` (`E2 94 80`), `－` (`EF BC 8D`).
fn has_dash(bytes: &[u8]) -> bool {
    (0..bytes.len()).any(|i| match bytes[i] {
        b'-' => true,
        0xE2 => matches!(
            bytes.get(i + 1..i + 3),
            Some(&[0x80, 0x93..=0x95] | &[0x94, 0x80])
        ),
        0xEF => bytes.get(i + 1..i + 3) == Some(&[0xBC, 0x8D]),
        _ => false,
    })
}

/// `s` without the Markdown emphasis marks `mark` (`**`, `__`) that pair up around text
/// (`**一、落实**` → `一、落实`); a mark with no partner (`2**3`, `注**`) or a pair around
/// nothing (a blank to fill in, `____年`) is text and stays.
fn strip_emphasis(s: &str, mark: &str) -> String {
    let at: Vec<usize> = s.match_indices(mark).map(|(i, _)| i).collect();
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for pair in at.chunks_exact(2) {
        let (open, close) = (pair[0], pair[1]);
        let inner = &s[open + mark.len()..close];
        if inner.is_empty()
            || inner.starts_with(char::is_whitespace)
            || inner.ends_with(char::is_whitespace)
        {
            continue;
        }
        out.push_str(&s[from..open]);
        out.push_str(inner);
        from = close + mark.len();
    }
    out.push_str(&s[from..]);
    out
}

/// Collapses runs of spaces to one, and drops a space between two wide characters
/// (`"法治政府建设 重点工作任务"` → `"法治政府建设重点工作任务"`; `"达到 100%"` is kept), but
/// for one between two names of a unit list (`"责任单位：市甲局 市乙局"`).
pub fn normalise_spaces(s: &str) -> String {
    // Most lines have no space at all: copied as they are.
    if !has_space(s) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_space(c) {
            let mut j = i;
            while j < chars.len() && is_space(chars[j]) {
                j += 1;
            }
            let before = out.chars().last();
            let after = chars.get(j).copied();
            if let (Some(b), Some(a)) = (before, after) {
                if !(is_wide(b) && is_wide(a)) || in_unit_list(&out) {
                    out.push(' ');
                }
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// [`normalise_spaces`] of an owned string: a text with no space (most task texts) is
/// returned as it is, not copied.
pub fn normalise_spaces_owned(s: String) -> String {
    if has_space(&s) {
        normalise_spaces(&s)
    } else {
        s
    }
}

/// The bytes a char [`is_space`] accepts may start with, but for the two of lead byte `\xE3`
/// and `\xEF` (common in Chinese text: `。`, `，`): the ASCII white spaces and the lead bytes
/// `\xC2`, `\xE1`, `\xE2`.
const SPACE_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b, 0x09..=0x0d | 0x20 | 0xc2 | 0xe1 | 0xe2);
        b += 1;
    }
    t
};

/// True when `s` holds a char [`is_space`] accepts (as `s.chars().any(is_space)`), without
/// decoding the text: U+3000 and U+FEFF are searched for whole, the other spaces start with a
/// byte of [`SPACE_LEADS`], looked for eight bytes at a time up to the first.
pub fn has_space(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(at) = crate::chars::next_marked(bytes, i, &SPACE_LEADS) {
        if (s.get(at..).and_then(|rest| rest.chars().next())).is_some_and(is_space) {
            return true;
        }
        i = at + 1;
    }
    s.contains('\u{3000}') || s.contains('\u{feff}')
}

/// Joins two pieces of one sentence split by a line or page break: no space between wide
/// characters (`"市"` + `"资规局"` → `"市资规局"`), one space between narrow ones.
pub fn join(a: &mut String, b: &str) {
    if b.is_empty() {
        return;
    }
    let last = a.chars().last();
    let first = b.chars().next();
    if let (Some(l), Some(f)) = (last, first) {
        if !(is_wide(l) || is_wide(f)) {
            a.push(' ');
        }
    }
    a.push_str(b);
}

/// True when a line ends a sentence or a bracket, so the next line starts a new paragraph.
pub fn ends_complete(s: &str) -> bool {
    s.chars().last().is_some_and(|c| {
        matches!(
            c,
            '。' | '！' | '？' | '!' | '?' | '）' | ')' | '〕' | '】' | '；' | ';'
        )
    })
}

/// Longest heading standing alone on its line ([`heading_alone`]), in characters.
const ALONE_HEADING_MAX: usize = 20;

/// True when an item's first line is a heading alone (`建强骨干队伍体系`, its body on the
/// lines below): short, no mark of a sentence, ending on a Chinese character.
pub fn heading_alone(first: &str) -> bool {
    let n = first.chars().count();
    (2..=ALONE_HEADING_MAX).contains(&n)
        && !first.contains([
            '，', ',', '、', '。', '；', ';', '：', ':', '！', '？', '!', '?',
        ])
        && first
            .chars()
            .last()
            .is_some_and(crate::chars::is_common_han)
}

/// Words a line opens with when it goes on with the line above (a PDF's wrap: `…就业人数` over
/// `达到5000人以上`, `…燃气` over `等重点行业`), not a body under a heading.
const GOES_ON: &[&str] = &[
    "等",
    "的",
    "和",
    "及",
    "与",
    "或",
    "达到",
    "达",
    "为",
    "在",
    "是",
    "并",
    "以",
    "将",
    "不少于",
    "不低于",
    "控制在",
    "提高到",
    "提升",
    "保持",
];

/// True when an item's text ends at its first line: a heading alone ([`heading_alone`]) over
/// body lines that start anew. Where a plan sets its headings so (told on the whole tree), the
/// text reads `建强骨干队伍体系。坚持…`, so targets are not read across it.
pub fn ends_at_heading(first: &str, body: &[String]) -> bool {
    heading_alone(first)
        && body
            .first()
            .is_some_and(|b| !goes_on(b) && !object_of(first, b))
}

/// Verbs of work that take an object (`实施` what), and words of manner that can stand before
/// them (`深入`): a heading made of these alone stops before its object.
const OBJECT_VERBS: &[&str] = &[
    "实施", "推进", "加强", "深化", "开展", "建立", "健全", "推动", "贯彻", "推行", "执行",
];
const MANNER: &[&str] = &[
    "深入",
    "全面",
    "大力",
    "积极",
    "扎实",
    "持续",
    "切实",
    "加快",
    "不断",
    "进一步",
    "稳步",
    "着力",
    "认真",
    "严格",
    "统筹",
    "有序",
    "继续",
    "坚决",
    "努力",
];

/// Most characters of a verb's object on the line after a heading that stops before it.
const OBJECT_MAX: usize = 16;

/// True when `next` opens with the object a heading of verbs alone ([`wants_object`]) stops
/// before: a short first sentence with no comma, list mark or figure (`政府信息公开条例。`), not a
/// body that has its own subject (`各区要按照…要求，…`).
pub fn object_of(first: &str, next: &str) -> bool {
    if !wants_object(first) {
        return false;
    }
    let next = next.trim_start();
    let Some((object, _)) = next.split_once('。') else {
        return false;
    };
    at_most_chars(object, OBJECT_MAX)
        && !object.contains(['，', ',', '、', '；', ';', '：', ':'])
        && !object.chars().any(|c| c.is_ascii_digit())
}

/// True when a heading alone is only verbs of work and words of manner ([`OBJECT_VERBS`],
/// [`MANNER`]): a line broken before the verb's object (`深入实施` / `政府信息公开条例。`),
/// whose next line may go on with it (not `组织实施`, `狠抓落实`: whole headings).
fn wants_object(first: &str) -> bool {
    let mut rest = first.trim();
    let mut verb = false;
    while !rest.is_empty() {
        if let Some(v) = OBJECT_VERBS.iter().find(|v| rest.starts_with(*v)) {
            rest = &rest[v.len()..];
            verb = true;
        } else if let Some(m) = MANNER.iter().find(|m| rest.starts_with(*m)) {
            rest = &rest[m.len()..];
        } else {
            return false;
        }
    }
    verb
}

/// True when a line opens with words that go on with the line above ([`GOES_ON`]).
pub fn goes_on(line: &str) -> bool {
    let t = line.trim_start();
    GOES_ON.iter().any(|w| t.starts_with(w)) && !frames_a_sentence(t)
}

/// Ends of a frame that opens a sentence of its own (`在…的基础上，`, `在…过程中，`).
const FRAME_ENDS: &[&str] = &["基础上", "前提下", "过程中", "框架下", "背景下", "同时"];

/// True when a line opens on a frame of its own sentence (`在常规要素预报的基础上，开展…`):
/// a first clause from `在` to a frame's end.
fn frames_a_sentence(t: &str) -> bool {
    t.starts_with('在')
        && t.split(['，', ','])
            .next()
            .is_some_and(|c| FRAME_ENDS.iter().any(|e| c.ends_with(e)))
}

/// True when a line stops on a mark that cannot end a heading or a sentence (`、`, `，`, an
/// opening bracket or quote): what follows on the next line goes on with it.
pub fn ends_open(s: &str) -> bool {
    s.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '、' | '，' | ',' | '（' | '(' | '“' | '《'))
}

/// Ends no heading stops on (`推进乡村振兴，要`, `…的`): a line so cut goes on in the next. (Not
/// a word's last character, `行为`, `参与`, `导向`, `纲要`: only after a comma or as `的`.)
const MID_CLAUSE_ENDS: &[&str] = &[
    "的", "，要", "，将", "，把", "，在", "，对", "，以", ",要", ",将",
];

/// True when a line stops where no heading or sentence can: on an open mark ([`ends_open`]) or
/// a word that wants more after it ([`MID_CLAUSE_ENDS`]).
pub fn ends_mid_clause(s: &str) -> bool {
    let t = s.trim_end();
    ends_open(t) || MID_CLAUSE_ENDS.iter().any(|e| t.ends_with(e))
}

/// Balance of round brackets: > 0 when a `（` is still open at the end of `s`.
pub fn open_brackets(s: &str) -> i32 {
    s.chars().fold(0, |n, c| match c {
        '(' | '（' | '〔' | '【' => n + 1,
        ')' | '）' | '〕' | '】' => n - 1,
        _ => n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_of_verbs_alone_wants_its_object() {
        for h in ["深入实施", "全面推进", "建立健全", "进一步加强"] {
            assert!(wants_object(h), "{h}");
        }
        for h in [
            "组织实施",
            "狠抓落实",
            "加强组织领导",
            "能力提升",
            "实施方案",
        ] {
            assert!(!wants_object(h), "{h}");
        }
    }

    #[test]
    fn has_dash_finds_each_page_dash() {
        for c in PAGE_DASHES {
            assert!(has_dash(format!("甲{c}乙").as_bytes()), "{c}");
        }
        for line in ["甲，乙。", "（一）", "—", "２０２４"] {
            assert_eq!(
                has_dash(line.as_bytes()),
                line.contains(PAGE_DASHES),
                "{line}"
            );
        }
        assert_eq!(
            clean_line("- 1 - 示例县2022年工作计划"),
            "示例县2022年工作计划"
        );
        assert_eq!(
            clean_line("汇报。- 2 - 〔牵头单位：县司法局〕"),
            "汇报。〔牵头单位：县司法局〕"
        );
        // A range is no page mark.
        assert_eq!(clean_line("第1-3季度完成"), "第1-3季度完成");
    }

    #[test]
    fn owned_normalising_is_normalising() {
        for s in [
            "示例市甲局",
            "法治政府建设 重点工作",
            "达到 100%",
            "责任单位：市甲局 市乙局",
            "",
        ] {
            assert_eq!(normalise_spaces_owned(s.to_string()), normalise_spaces(s));
        }
    }

    #[test]
    fn at_most_chars_is_a_count() {
        for piece in ["a", "é", "示", "😀"] {
            for k in 0..30 {
                let s = piece.repeat(k);
                for n in 0..35 {
                    assert_eq!(at_most_chars(&s, n), s.chars().count() <= n, "{s:?} {n}");
                }
            }
        }
    }

    #[test]
    fn page_numbers_are_dropped() {
        for p in [
            "— 3 —",
            "-3-",
            "－ １２ －",
            "第3页",
            "第 3 页 共 12 页",
            "  — 103 —  ",
        ] {
            assert!(is_page_number(p), "{p}");
            assert_eq!(clean_line(p), "", "{p}");
        }
        for p in [
            "—",
            "— 甲 —",
            "第三条",
            "第3页面设计",
            "3",
            "-3-4-",
            "— 2025年 —",
        ] {
            assert!(!is_page_number(p), "{p}");
        }
    }

    #[test]
    fn page_counts_run_into_a_line_are_dropped() {
        assert_eq!(
            clean_line("(1)制定乡村振兴规划，确定重点领域和项目。 第1页共4页"),
            "(1)制定乡村振兴规划，确定重点领域和项目。"
        );
        assert_eq!(
            clean_line("确定重点领域。第 2 页 共 12 页 2.强化乡村振兴工作"),
            "确定重点领域。 2.强化乡村振兴工作"
        );
        // Not a count of pages: a plan's words.
        for kept in [
            "共印发宣传页共计3000页",
            "第3页共享平台建设",
            "全书共12页，第3页起为附件",
        ] {
            assert_eq!(clean_line(kept), kept);
        }
    }

    #[test]
    fn is_space_agrees_with_white_space_and_the_extra_spaces() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let expected = c.is_whitespace()
                || matches!(
                    c,
                    '\u{a0}' | '\u{2000}'..='\u{200b}' | '\u{3000}' | '\u{feff}'
                );
            assert_eq!(is_space(c), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn has_space_agrees_with_is_space_on_every_char() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            // The char in the first eight bytes, across them, and in the bytes after.
            for s in [
                format!("{c}示例市"),
                format!("示例{c}市"),
                format!("示例市甲局{c}"),
            ] {
                assert_eq!(has_space(&s), is_space(c), "U+{:04X} in {s:?}", c as u32);
            }
        }
    }

    #[test]
    fn markdown_is_removed() {
        assert_eq!(clean_line("### **九、提高**"), "九、提高");
        assert_eq!(clean_line("**一、落实。**深化"), "一、落实。深化");
        // Only marks that pair up around text are emphasis.
        assert_eq!(clean_line("比例由2**3提高"), "比例由2**3提高");
        assert_eq!(
            clean_line("**一、落实** 与 **二、深化**"),
            "一、落实与二、深化"
        );
        assert_eq!(clean_line("于____年前完成"), "于____年前完成");
        assert_eq!(clean_line("__（一）任务__ 注**"), "（一）任务注**");
        assert_eq!(clean_line("# 示例市文件"), "示例市文件");
        assert_eq!(clean_line("---"), "");
        assert_eq!(clean_line("  \u{a0}\u{a0}(一)推进"), "(一)推进");
    }

    #[test]
    fn spaces_between_han_dropped_others_kept() {
        assert_eq!(normalise_spaces("示例市 2024 年"), "示例市 2024 年");
        assert_eq!(normalise_spaces("建设 重点\u{2002}任务"), "建设重点任务");
        assert_eq!(normalise_spaces("a   b"), "a b");
        for label in UNIT_LIST_LABEL_ENDS {
            assert_eq!(
                normalise_spaces(&format!("责任{label}：市甲局  市乙委　各区政府")),
                format!("责任{label}：市甲局 市乙委 各区政府"),
                "{label}"
            );
        }
        // A name cut by a space is joined; a space outside a unit list is dropped.
        assert_eq!(normalise_spaces("责任单位：市 甲局"), "责任单位：市甲局");
        assert_eq!(normalise_spaces("市甲局 关于印发"), "市甲局关于印发");
        assert_eq!(
            normalise_spaces("牵头单位：市甲局。市乙局 负责"),
            "牵头单位：市甲局。市乙局负责"
        );
    }

    #[test]
    fn joins_broken_lines() {
        let mut s = String::from("市");
        join(&mut s, "资规局");
        assert_eq!(s, "市资规局");
        let mut s = String::from("rate");
        join(&mut s, "100");
        assert_eq!(s, "rate 100");
    }

    #[test]
    fn completeness() {
        assert!(ends_complete("完成。"));
        assert!(ends_complete("(牵头单位:市司法局)"));
        assert!(!ends_complete("提升行动"));
        assert_eq!(open_brackets("（牵头单位：市"), 1);
        assert_eq!(open_brackets("（甲）"), 0);
    }
}
