//! Names in unit lists, shared by the labelled reading (`units`) and the unlabelled one
//! (`unlabelled`): splitting a list into names, telling an agency name from other words, and the
//! units of a task as found.

use super::scan::Firsts;
use crate::model::Role;

/// Characters that separate names in a list (a space too, kept by the outline only between
/// two names of a labelled list).
pub(super) const SEPARATORS: &[char] = &['、', '，', ',', ';', '；', '。', '/', ' ', '\u{3000}'];

/// Trailing words that are not part of the last name (`财政部等有关部门和单位`).
pub(super) const LIST_TAILS: &[&str] = &[
    "等有关部门和单位",
    "等有关部门",
    "等有关单位",
    "等相关部门",
    "等部门",
    "等单位",
    "等",
];

/// Endings of an agency name, to tell `（甲局负责）` from an ordinary bracket.
pub(super) const ORG_ENDINGS: &[&str] = &[
    "部", "局", "委", "办", "院", "署", "会", "厅", "府", "中心", "行", "室", "组", "所", "队",
    "社", "团", "联", "单位", "部门", "机构", "公司", "集团", "央", "处", "站", "馆", "司", "科",
    "海关", "股",
];

/// Endings of the places in `各区`, `各乡镇`, `各县（市、区）`: with a leading `各`, the
/// governments of those places, named as units.
pub(super) const PLACE_ENDINGS: &[&str] = &["区", "县", "市", "镇", "乡", "街道", "州", "盟", "旗"];

/// Words in a list piece that make it a time, not a unit (`6月底完成`).
const TIME_WORDS: &[&str] = &["月", "年底", "年内", "季度", "完成", "长期", "持续", "前"];

/// Region prefixes that a scraping break can cut off a name (`各。区政府`, `市\n资规局`).
const CUT_PREFIXES: &[&str] = &["各", "市", "区", "县", "省", "镇", "乡"];

/// The units of one task, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Units {
    /// 牵头单位.
    pub lead: Vec<String>,
    /// 责任单位 and the like.
    pub responsible: Vec<String>,
    /// True when a bracket of the task says the first-listed leads in the tasks below too
    /// (`列第一位者为牵头单位，下同`).
    pub first_leads_below: bool,
}

impl Units {
    /// The full names of the names that leave out a part their list shares
    /// ([`super::shared::full_names`]), leads first as they are usually listed.
    pub fn full_names(&self) -> Vec<crate::model::FullName> {
        // One name shares nothing.
        if self.lead.len() + self.responsible.len() < 2 {
            return Vec::new();
        }
        let names: Vec<&str> = self
            .lead
            .iter()
            .chain(&self.responsible)
            .map(String::as_str)
            .collect();
        super::shared::full_names(&names)
    }
}

impl Units {
    pub(super) fn add(&mut self, role: Role, names: Vec<String>) {
        let list = match role {
            Role::Lead => &mut self.lead,
            Role::Responsible => &mut self.responsible,
        };
        for n in names {
            if !list.contains(&n) {
                list.push(n);
            }
        }
    }

    /// True when no unit was found.
    pub fn is_empty(&self) -> bool {
        self.lead.is_empty() && self.responsible.is_empty()
    }
}

/// Words of a note among a list's names (`下同`, `不再列出`, `以下均需各区县落实`): no name
/// says them.
const NOTE_WORDS: &[&str] = &[
    "下同",
    "同上",
    "不再",
    "以下均",
    "以下任务",
    "以下各项",
    "均需",
    "均涉及",
    "具体任务",
];

/// The characters [`NOTE_WORDS`] start with: a piece holding none of them holds no note, told
/// in one walk over its characters (a word search sets up a substring searcher, for each word).
const NOTE_FIRSTS: &[char] = &['下', '同', '不', '以', '均', '具'];

/// A name without a remark in brackets at its end (`各县（市、区）法宣办（含高新区，下同）`):
/// what it includes or that it holds below, no part of the name.
fn without_remark(name: &str) -> &str {
    if !name.ends_with([')', '）']) {
        return name;
    }
    match name.rfind(['(', '（']) {
        Some(at) if at > 0 => {
            let inner = &name[at..];
            let remark = inner[inner.chars().next().map_or(0, char::len_utf8)..].starts_with('含')
                || inner.contains("下同");
            if remark {
                name[..at].trim_end()
            } else {
                name
            }
        }
        _ => name,
    }
}

/// Verbs of the duty a body is said to bear after its name (`各镇（园区）落实属地管理责任`).
const DUTY_VERBS: &[&str] = &["落实", "负责", "做好", "抓好", "履行", "承担"];

/// A name without the duty said after it (`各镇（园区）落实属地管理责任` → `各镇（园区）`), when
/// the words before the verb name a body.
fn without_duty(name: &str) -> &str {
    // (Most names hold none of the verbs' first chars: one walk over the chars tells.)
    if !name
        .chars()
        .any(|c| matches!(c, '落' | '负' | '做' | '抓' | '履' | '承'))
    {
        return name;
    }
    // (Outside brackets, and not a body's own name: `县委落实办`, `区委办公室（区委落实办）`.)
    let depth = |at: usize| {
        let opens = name[..at].matches(['(', '（']).count();
        let closes = name[..at].matches([')', '）']).count();
        opens > closes
    };
    let cut = (DUTY_VERBS.iter())
        .filter_map(|v| name.find(v))
        .filter(|&at| at > 0 && !depth(at))
        .min();
    match cut {
        Some(at) => {
            let body = name[..at].trim_end();
            let named = looks_like_org(body) || crate::agency::is_collective(body);
            let rest = &name[at..];
            if named && rest.chars().count() > 2 && !looks_like_org(rest) {
                body
            } else {
                name
            }
        }
        None => name,
    }
}

/// Kinds of bodies that, standing alone in a list, name no body (`有关部门、单位`).
const BARE_KINDS: &[&str] = &["单位", "部门", "机构"];

/// Most characters after a note word in a piece that ends on a note (`均需落实`); a name may
/// hold such a word with more after it (`市地下同步管廊建设指挥部`).
const NOTE_TAIL: usize = 6;

/// Where a note about the list starts in a piece of a unit list: 0 when the whole piece is one
/// (`下同`, `以下均需各区县落实`), later when it follows a name (`各区政府均需落实`); `None` for
/// a name (a note in brackets after a name, `市卫健委（列第一位为牵头单位，下同）`, leaves the
/// name a name).
fn note_at(piece: &str) -> Option<usize> {
    let outside = piece.split(['(', '（']).next().unwrap_or(piece);
    if !outside.contains(NOTE_FIRSTS) {
        return None;
    }
    (NOTE_WORDS.iter())
        .filter_map(|w| outside.find(w).map(|at| (at, w.len())))
        .filter(|&(at, len)| {
            // `下同`/`同上` close a piece or are it; `均需…` may follow a name.
            let tail = NOTE_TAIL * usize::from(outside[at..].starts_with('均'));
            at == 0
                || outside
                    .get(at + len..)
                    .is_some_and(|r| r.chars().count() <= tail)
        })
        .map(|(at, _)| at)
        .min()
}

/// Splits a list into names, dropping times and empty pieces and gluing cut-off prefixes back.
///
/// `"市甲局、各。区政府，6月底完成"` → `[市甲局, 各区政府]`.
pub fn split_names(list: &str) -> Vec<String> {
    // The pieces are borrowed from `list`; a name is allocated once, when it is kept.
    let pieces = glue_levels(list, split_outside_brackets(list, is_separator))
        .into_iter()
        // A piece with no `等` is whole: no substring searcher is set up for it. The piece is
        // short: a walk over its chars tells it at once (`contains` sets up a searcher).
        .flat_map(|p| {
            let whole = !p.chars().any(|c| c == '等');
            let joined = (!whole).then(|| p.split("等和"));
            joined
                .into_iter()
                .flatten()
                .chain(Some(p).filter(|_| whole))
        })
        // `市卫生健康委会同市医保局`: two agencies, the first leading.
        .flat_map(|p| {
            // Not `会同有关部门`: a placeholder is no agency of its own.
            let together = p.split_once("会同").filter(|(x, y)| {
                let y = y.trim();
                looks_like_org(x.trim())
                    && looks_like_org(y)
                    && !["有关", "相关"].iter().any(|w| y.starts_with(w))
            });
            let (first, second) = match together {
                Some((x, y)) => (x, Some(y)),
                None => (p, None),
            };
            std::iter::once(first).chain(second)
        })
        .flat_map(|p| {
            let parts = may_conjoin(p).then(|| split_conjoined(p));
            let whole = parts.is_none().then_some(p);
            parts.into_iter().flatten().chain(whole)
        })
        .map(|p| {
            p.trim()
                .trim_end_matches(['【', '[', '〔', '(', '（', ' '])
                .trim_start_matches(['】', ']', '〕', ')', '）', ' '])
        });
    let mut out: Vec<String> = Vec::new();
    let mut carry = String::new();
    for p in pieces {
        if p.is_empty() {
            continue;
        }
        if CUT_PREFIXES.contains(&p) {
            carry.push_str(p);
            continue;
        }
        let glued;
        let name = if carry.is_empty() {
            p
        } else {
            glued = std::mem::take(&mut carry) + p;
            glued.as_str()
        };
        let name = strip_tail(name);
        let name = match note_at(name) {
            Some(at) => name.get(..at).unwrap_or("").trim(),
            None => name,
        };
        let name = without_duty(without_remark(name));
        // `市直有关部门、单位`: a bare kind of body after a list is no name.
        if name.is_empty() || is_time(name) || BARE_KINDS.contains(&name) {
            continue;
        }
        out.push(name.to_string());
    }
    out
}

/// Whether `piece` may hold two names joined by `及` or `和` ([`split_conjoined`]): long
/// enough for two names of three characters and the word, and holding it. Most names are
/// passed by their length alone.
pub(super) fn may_conjoin(piece: &str) -> bool {
    piece.len() >= 7 * '和'.len_utf8() && piece.contains(['及', '和'])
}

/// Two names joined by `及` or `和` (`市级各有关部门及各县市区政府`): parted where the words
/// on both sides read as agencies, so that a name holding `和` (`市住房和城乡建设局`,
/// `市场监管和知识产权局`) stays whole.
pub(super) fn split_conjoined(piece: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = piece;
    'parts: while rest.chars().any(|c| c == '及' || c == '和') {
        for (i, c) in rest.char_indices() {
            if c != '及' && c != '和' {
                continue;
            }
            let (left, right) = (&rest[..i], &rest[i + c.len_utf8()..]);
            let right_first = right.split(['及', '和']).next().unwrap_or("");
            // `甲局等有关部门和单位` is a list's tail, not two names.
            // `中央和国家机关工委` is one name: both sides are names of three chars or more.
            // `甲厅等省有关部门和各地级以上市人民政府`: a list's tail, then a name of its own.
            let whole = (!left.contains('等') || right_first.starts_with('各'))
                && left.chars().count() >= 3
                && right_first.chars().count() >= 3;
            if whole
                && looks_like_org(left)
                && (right_first.starts_with('各') || looks_like_org(right))
            {
                out.push(left);
                rest = right;
                continue 'parts;
            }
        }
        break;
    }
    out.push(rest);
    out
}

/// True for a char of [`SEPARATORS`] (asked of every char of every list).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '、' | '，' | ',' | ';' | '；' | '。' | '/' | ' ' | '\u{3000}'
    )
}

/// Clauses of a bracket parted by [`is_clause_separator`] outside inner brackets.
pub(super) fn split_clauses(group: &str) -> Vec<&str> {
    split_outside_brackets(group, is_clause_separator)
}

/// True for a char that parts the clauses of a bracket (`甲局牵头，乙局、丙局配合`).
fn is_clause_separator(c: char) -> bool {
    matches!(c, '，' | ',' | ';' | '；' | '。')
}

/// Administrative levels that a list of one collective name strings together with `、`
/// (`各县、市、区政府`: the governments of every county, city and district).
const LEVELS: &[char] = &['省', '市', '县', '区', '旗', '乡', '镇'];

/// Pieces of `list` (slices of it, in order) with the levels of one collective name put back
/// together: `各县`, `市`, `区政府` → `各县、市、区政府`. A piece that is a level alone
/// (`市`) names nothing, so it and its neighbours are one name.
fn glue_levels<'a>(list: &'a str, pieces: Vec<&'a str>) -> Vec<&'a str> {
    let lone = |p: &str| {
        let mut cs = p.trim().chars();
        cs.next().is_some_and(|c| LEVELS.contains(&c)) && cs.next().is_none()
    };
    // `市政府` after `各区`: the government of each of the two levels (`各区、市政府`).
    let level_government = |p: &str| {
        let mut cs = p.trim().chars();
        let level = cs.next().is_some_and(|c| LEVELS.contains(&c));
        // (A body in brackets after it, `区人民政府（管委会）`, is part of the name.)
        let rest = cs.as_str();
        let rest = rest.find(['（', '(']).map_or(rest, |k| &rest[..k]);
        level && matches!(rest, "政府" | "人民政府")
    };
    let collective_head = |p: &str| {
        let p = p.trim();
        p.starts_with('各') && p.chars().last().is_some_and(|c| LEVELS.contains(&c))
    };
    let paired = pieces
        .windows(2)
        .any(|w| collective_head(w[0]) && level_government(w[1]));
    if !paired && !pieces.iter().any(|p| lone(p)) {
        return pieces;
    }
    let offset = |p: &str| p.as_ptr() as usize - list.as_ptr() as usize;
    let mut out: Vec<&'a str> = Vec::with_capacity(pieces.len());
    let mut k = 0;
    while let Some(&p) = pieces.get(k) {
        // `各县` (a collective head ending in a level), then lone levels, then the level that
        // names the body (`区政府`).
        let head = collective_head(p);
        let mut end = k + 1;
        while head && pieces.get(end).is_some_and(|q| lone(q)) {
            end += 1;
        }
        // (`各区、市政府`: no lone level between the head and the government.)
        let governed = head && pieces.get(end).is_some_and(|q| level_government(q));
        let last = pieces
            .get(end)
            .filter(|q| q.trim().chars().next().is_some_and(|c| LEVELS.contains(&c)));
        // Only across `、` (`各县、区，市财政局` lists two names): the gaps between the pieces
        // from `k` to `end` hold nothing else.
        let commas_only = (k..end).all(|j| match (pieces.get(j), pieces.get(j + 1)) {
            (Some(x), Some(y)) => list
                .get(offset(x) + x.len()..offset(y))
                .is_some_and(|gap| gap.chars().all(|c| c == '、' || c.is_whitespace())),
            _ => false,
        });
        match last {
            Some(q) if (end > k + 1 || governed) && commas_only => {
                out.push(&list[offset(p)..offset(q) + q.len()]);
                k = end + 1;
            }
            _ => {
                out.push(p);
                k += 1;
            }
        }
    }
    out
}

/// Pieces of a list parted by the chars `separator` accepts outside brackets
/// (`各县（市、区）人民政府` is one).
fn split_outside_brackets(list: &str, separator: fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (i, c) in list.char_indices() {
        // No bracket nor separator is a Han char: most chars pass with one range test.
        if crate::chars::is_common_han(c) {
            continue;
        }
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = (depth - 1).max(0),
            _ if depth == 0 && separator(c) => {
                out.push(list.get(from..i).unwrap_or(""));
                from = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(list.get(from..).unwrap_or(""));
    out
}

fn strip_tail(name: &str) -> &str {
    let name = LIST_TAILS
        .iter()
        .find_map(|t| name.strip_suffix(t))
        .unwrap_or(name)
        .trim();
    // `市司法局等市有关部门`, `交通运输厅等省有关部门`: the tail names a level's bodies.
    if let Some(at) = name.find('等') {
        let rest =
            name[at + '等'.len_utf8()..].trim_start_matches(['省', '市', '县', '区', '镇', '乡']);
        let placeholder = ["有关", "相关"].iter().any(|w| rest.starts_with(w))
            && ["部门", "单位", "机构"].iter().any(|w| rest.ends_with(w));
        if placeholder && at > 0 {
            return name[..at].trim();
        }
    }
    name
}

pub(super) fn is_time(piece: &str) -> bool {
    // One walk over the (short) piece, trying the words at each char, instead of one substring
    // search per word.
    static FIRSTS: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| Firsts::of(TIME_WORDS.iter().copied()));
    piece.char_indices().any(|(i, c)| {
        c.is_ascii_digit()
            || firsts.has(c)
                && piece
                    .get(i..)
                    .is_some_and(|rest| TIME_WORDS.iter().any(|w| rest.starts_with(w)))
    })
}

/// Names of a role, not of an agency (`由依法治县办牵头，责任主体单位实施`).
pub(super) const ROLE_NAMES: &[&str] = &[
    "责任主体单位",
    "责任主体",
    "主体单位",
    "责任单位",
    "牵头单位",
    "配合单位",
    "实施单位",
];

/// True for a name ending like an agency (`市司法局`, `各省级人民政府`).
pub fn looks_like_org(name: &str) -> bool {
    let n = name.chars().count();
    if !(2..=30).contains(&n) || ROLE_NAMES.contains(&name) {
        return false;
    }
    if ORG_ENDINGS.iter().any(|e| name.ends_with(e)) {
        return true;
    }
    // `区人民政府（管委会）`, `州直相关单位（部门）`: a name with another body's name, or its
    // kind, in a bracket after it.
    if let Some(before) = name
        .strip_suffix(['）', ')'])
        .and_then(|open| open.rfind(['（', '(']).and_then(|i| open.get(..i)))
    {
        let remark = &name[before.len()..];
        // The bracket names a body or its kind, not a role (`（牵头）`), a short name
        // (`（简称…）`) or a person.
        let inner = remark
            .trim_start_matches(['（', '('])
            .trim_end_matches(['）', ')']);
        let body = (ORG_ENDINGS.iter().chain(BARE_KINDS)).any(|e| inner.ends_with(e))
            && !inner.contains("简称");
        if body
            && crate::outline::text::at_most_chars(remark, REMARK_CHARS_MAX)
            && ORG_ENDINGS.iter().any(|e| before.ends_with(e))
        {
            return true;
        }
    }
    // `各县（市、区）`: the places before a bracket listing more of them.
    let place = match name.strip_suffix(['）', ')']) {
        Some(open) => open
            .rfind(['（', '('])
            .and_then(|i| open.get(..i))
            .unwrap_or(""),
        None => name,
    };
    place.starts_with('各')
        && (PLACE_ENDINGS.iter().chain(VILLAGE_ENDINGS)).any(|e| place.ends_with(e))
}

/// Most characters of a bracket after a name naming another body or its kind (`（管委会）`),
/// or the body's second nameplate (`区发展改革委（区粮食和储备局）`).
const REMARK_CHARS_MAX: usize = 12;

/// Places below a township that a township's plan gives work to as a whole (`各村（社区）`).
const VILLAGE_ENDINGS: &[&str] = &["村", "社区"];

#[cfg(test)]
mod tests {

    #[test]
    fn every_note_word_starts_with_a_listed_first_character() {
        for w in NOTE_WORDS {
            let first = w.chars().next().unwrap_or_default();
            assert!(NOTE_FIRSTS.contains(&first), "{w}");
        }
        // The words found where they close a piece, and nothing found without them.
        assert_eq!(note_at("各区政府均需落实"), Some("各区政府".len()));
        assert_eq!(note_at("具体任务分工"), Some(0));
        assert_eq!(note_at("市司法局"), None);
    }

    #[test]
    fn list_tails_remarks_and_bare_kinds_are_no_names() {
        assert_eq!(
            split_names("市直有关部门、单位，各区市政府、开发区管委。以下任务均需各区市政府落实"),
            ["市直有关部门", "各区市政府", "开发区管委"]
        );
        assert_eq!(
            split_names("省发展改革委、交通运输厅等省有关部门和各地级以上市人民政府"),
            ["省发展改革委", "交通运输厅", "各地级以上市人民政府"]
        );
        assert_eq!(
            split_names("市司法局等市有关部门，各县（市、区）法宣办（含高新区，下同）"),
            ["市司法局", "各县（市、区）法宣办"]
        );
        // A list's own tail and a bracket of places stay as they were.
        assert_eq!(split_names("市甲局等有关部门和单位"), ["市甲局"]);
        assert_eq!(
            split_names("各县（市、区）人民政府"),
            ["各县（市、区）人民政府"]
        );
    }

    #[test]
    fn a_note_after_a_name_is_cut_off_and_a_name_holding_a_note_word_stays() {
        assert_eq!(
            split_names("市公安局、各区政府均需落实"),
            ["市公安局", "各区政府"]
        );
        assert_eq!(
            split_names("市地下同步管廊建设指挥部、市住建局"),
            ["市地下同步管廊建设指挥部", "市住建局"]
        );
        assert_eq!(
            split_names("市医保局，以下均需各区县落实，不再列出"),
            ["市医保局"]
        );
        assert_eq!(split_names("市妇联，下同"), ["市妇联"]);
    }

    #[test]
    fn two_agencies_working_together_are_two_names() {
        assert_eq!(
            split_names("市卫生健康委会同市医保局"),
            ["市卫生健康委", "市医保局"]
        );
        // Not between two agencies: kept as written.
        assert_eq!(split_names("会同有关部门"), ["会同有关部门"]);
        // One collective name over three levels.
        assert_eq!(
            split_names("市交通局等,各县、市、区政府"),
            ["市交通局", "各县、市、区政府"]
        );
        // `各区、市政府`: each district's and county-level city's government, one name.
        assert_eq!(
            split_names("各区、市政府，市财政局"),
            ["各区、市政府", "市财政局"]
        );
        assert_eq!(split_names("各区，市政府"), ["各区", "市政府"]);
        assert_eq!(split_names("各区、县人民政府"), ["各区、县人民政府"]);
        assert_eq!(split_names("各区、县财政局"), ["各区", "县财政局"]);
        // A comma ends the collective name.
        assert!(!split_names("各县、区，市财政局")
            .iter()
            .any(|n| n.contains('，')));
        assert_eq!(
            split_names("市财政局会同有关部门"),
            ["市财政局会同有关部门"]
        );
        assert_eq!(split_names("市地下同步管廊中心"), ["市地下同步管廊中心"]);
    }
    use super::*;

    /// [`split_outside_brackets`] passes Han chars untested: no separator may be one.
    #[test]
    fn no_separator_is_a_common_han_char() {
        for c in ('\u{4E00}'..='\u{9FFF}').filter(|&c| crate::chars::is_common_han(c)) {
            assert!(!is_separator(c) && !is_clause_separator(c), "{c}");
        }
    }

    #[test]
    fn is_separator_matches_the_list() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_separator(c),
                SEPARATORS.contains(&c),
                "U+{:04X}",
                c as u32
            );
        }
    }
}
