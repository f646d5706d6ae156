//! Units: who leads and who takes part (牵头单位 / 责任单位), read from a task's text.
//!
//! Forms read: `（牵头单位：甲、乙；责任单位：丙）`, the scrambled `牵头单位:(甲;责任单位:丙)`,
//! `〔牵头单位：甲〕`, a separate line `责任单位：丙`, and the unlabelled `（甲负责落实）`,
//! `（甲牵头，乙、丙负责落实）`, `（甲、乙等按职责分工负责）` where the first-listed leads.
//! Names are kept as written; only scraping damage is repaired (`各。区政府` → `各区政府`).

pub use super::names::{looks_like_org, split_names, Units};
#[cfg(test)]
use super::names::{LIST_TAILS, PLACE_ENDINGS};
use super::names::{ORG_ENDINGS, SEPARATORS};
use super::scan::{Firsts, Span};
use crate::chars::is_common_han;
use crate::model::Role;

/// Labels and the role they give the units listed after them.
const LABELS: &[(&str, Role)] = &[
    // Before the labels they end with (`牵头责任单位` is no `责任单位`).
    ("牵头责任单位", Role::Lead),
    ("协同责任单位", Role::Responsible),
    ("配合责任单位", Role::Responsible),
    ("牵头单位", Role::Lead),
    ("牵头部门", Role::Lead),
    ("主办单位", Role::Lead),
    ("责任单位", Role::Responsible),
    ("责任部门", Role::Responsible),
    ("配合单位", Role::Responsible),
    ("配合部门", Role::Responsible),
    ("协办单位", Role::Responsible),
    ("参与单位", Role::Responsible),
    ("协同单位", Role::Responsible),
    ("牵头司局", Role::Lead),
    ("牵头处室", Role::Lead),
    ("责任司局", Role::Responsible),
    ("责任处室", Role::Responsible),
    ("参与司局", Role::Responsible),
    ("配合司局", Role::Responsible),
    ("配合处室", Role::Responsible),
    ("责任主体", Role::Responsible),
    ("实施主体", Role::Responsible),
    ("主责单位", Role::Lead),
    ("主责部门", Role::Lead),
    ("协助单位", Role::Responsible),
    ("协助部门", Role::Responsible),
    ("实施单位", Role::Responsible),
    ("承办单位", Role::Responsible),
    // A department's own plan names its offices (科室, 股室).
    ("牵头科室", Role::Lead),
    ("责任科室", Role::Responsible),
    ("配合科室", Role::Responsible),
    ("协办科室", Role::Responsible),
    ("牵头股室", Role::Lead),
    ("责任股室", Role::Responsible),
    ("配合股室", Role::Responsible),
];

/// Short labels, read only when a colon follows (`牵头：甲局；配合：乙局`).
const SHORT_LABELS: &[(&str, Role)] = &[
    ("牵头", Role::Lead),
    ("主办", Role::Lead),
    ("配合", Role::Responsible),
    ("协办", Role::Responsible),
    ("参与", Role::Responsible),
];

/// Labels that end a unit list without adding units (`责任领导：…`); the deadline labels
/// (`完成时限：6月底`, [`super::deadline::LABELS`]) end it too.
const STOP_LABELS: &[&str] = &[
    "责任领导",
    "牵头领导",
    "分管领导",
    "责任人",
    "联系人",
    "备注",
];

/// Reads the units of a task's text.
///
/// `"…完成。（牵头单位：市甲局；责任单位：各区政府）"` → lead `[市甲局]`, responsible `[各区政府]`.
pub fn extract(text: &str) -> Units {
    extract_decoded(&Decoded::of(text))
}

/// [`extract`] of a text already decoded (the targets are read from the same chars).
pub(super) fn extract_decoded(decoded: &Decoded) -> Units {
    let text = decoded.text;
    let chars = decoded.chars.as_slice();
    let mut units = Units::default();
    let labels = find_labels(chars);
    for Group {
        text: group,
        at_end,
        span,
    } in bracket_groups(decoded)
    {
        let note = is_first_leads_note(group);
        units.first_leads_below |= note && group.contains("下同");
        let lone_note = note && !group.contains(SEPARATORS);
        // The labels of the whole text are found once; a group holds those inside its span.
        let labelled = labels.iter().any(|l| span.contains(&l.span.start));
        if !lone_note && !labelled {
            let before = units.lead.len() + units.responsible.len();
            super::unlabelled::read(group, &mut units);
            if at_end && labels.is_empty() && before == units.lead.len() + units.responsible.len() {
                read_bare_names(group, &mut units);
            }
        }
    }
    for (k, label) in labels.iter().enumerate() {
        let next = labels.get(k + 1).map_or(chars.len(), |l| l.span.start);
        let list = list_after(decoded, label.span.end, next);
        match (label.role, led_with(list)) {
            // `牵头单位：甲局会同乙局`: 甲局 leads, 乙局 works with it.
            (Some(Role::Lead), Some((head, tail))) => {
                add_marked(&mut units, Role::Lead, split_names(head));
                add_marked(&mut units, Role::Responsible, split_names(tail));
            }
            (Some(role), _) => add_marked(&mut units, role, split_names(list)),
            (None, _) => {}
        }
    }
    read_name_prefixes(decoded, &mut units);
    if units.is_empty() {
        super::unlabelled::read_sentences(text, &mut units);
    }
    read_led_by(text, &mut units);
    units
}

/// Words after `由甲局` that make it the lead (`由甲局牵头，会同乙局制定细则`,
/// `由甲局会同乙局制定细则`).
const LED_BY: &[&str] = &["牵头", "负责", "会同", "联合"];

/// Units in a sentence `由甲局、乙局牵头，…`: they lead when no lead is named otherwise.
fn read_led_by(text: &str, units: &mut Units) {
    if !units.lead.is_empty() {
        return;
    }
    for (i, _) in text.match_indices('由') {
        // A standing note's `以下…均由甲局负责` is of the tasks below (`super::standing_note`).
        let head = &text[..i];
        let sentence = (head.char_indices())
            .rfind(|&(_, c)| matches!(c, '。' | '；' | '（' | '('))
            .map_or(0, |(k, c)| k + c.len_utf8());
        if head[sentence..].starts_with("以下") {
            continue;
        }
        let rest = text.get(i + '由'.len_utf8()..).unwrap_or("");
        let Some((names, _)) = LED_BY
            .iter()
            .filter_map(|w| rest.find(w).map(|p| (rest.get(..p).unwrap_or(""), p)))
            .min_by_key(|(_, p)| *p)
        else {
            continue;
        };
        if names.chars().count() > PREFIX_MAX || names.contains(['，', ',', '。', '；', ';']) {
            continue;
        }
        let found = split_names(names);
        if !found.is_empty() && found.iter().all(|n| looks_like_org(n)) {
            units.add(Role::Lead, found);
            return;
        }
    }
}

/// How far (in characters) from a sentence start the colon after a unit prefix may be.
const PREFIX_MAX: usize = 30;

/// Units named before a sentence (`市甲局：新建服务站20个。`, `市甲局、市乙局：…`): the first
/// leads when no lead is named otherwise, like an unlabelled bracket.
fn read_name_prefixes(decoded: &Decoded, units: &mut Units) {
    let chars = decoded.chars.as_slice();
    let mut start = 0;
    while start < chars.len() {
        let window = chars.get(start..).unwrap_or(&[]);
        // Han chars are passed with one range test ([`is_common_han`]) in these walks.
        let colon = window
            .iter()
            .take(PREFIX_MAX + 1)
            .position(|&c| !is_common_han(c) && matches!(c, '：' | ':'));
        let sentence_end = window
            .iter()
            .position(|&c| !is_common_han(c) && matches!(c, '。' | '；' | ';' | '\n'))
            .map_or(chars.len(), |e| start + e + 1);
        // Only a plain run of names before the colon: no bracket, comma or label (cheap tests
        // first, the names split only then).
        let head = colon.and_then(|colon| {
            let head = window.get(..colon)?;
            let plain = !head
                .iter()
                .any(|&c| !is_common_han(c) && matches!(c, '（' | '(' | '【' | '〔' | '，' | ','))
                && find_labels(window.get(..=colon)?).is_empty();
            plain.then_some(head)
        });
        if let Some(head) = head {
            let piece = decoded.cut(start, start + head.len());
            let names = if SHORT_LABELS.iter().any(|(l, _)| piece.ends_with(l)) {
                Vec::new()
            } else {
                split_names(piece)
            };
            if !names.is_empty() && names.iter().all(|n| looks_like_org(n)) {
                let mut names = names;
                if units.lead.is_empty() {
                    let first = names.remove(0);
                    units.add(Role::Lead, vec![first]);
                }
                units.add(Role::Responsible, names);
            }
        }
        start = sentence_end.max(start + 1);
    }
}

/// Marks after a name in a labelled list that give it its own role (`责任单位：市甲局（牵头）、
/// 市乙局`, `责任单位：市甲局牵头，市乙局配合`), longest first.
const ROLE_MARKS: &[(&str, Role)] = &[
    ("（牵头）", Role::Lead),
    ("(牵头)", Role::Lead),
    ("牵头", Role::Lead),
    ("（配合）", Role::Responsible),
    ("(配合)", Role::Responsible),
    ("配合", Role::Responsible),
    ("参与", Role::Responsible),
    ("协助", Role::Responsible),
];

/// Marks after a list's last name that give every name of the list its role.
const LIST_MARKS: &[(&str, Role)] = &[
    ("分别牵头", Role::Lead),
    ("共同牵头", Role::Lead),
    ("分别配合", Role::Responsible),
    ("共同配合", Role::Responsible),
];

/// Words of a note that says the first-listed unit leads (`排名第一的为牵头单位`,
/// `排在首位的部门牵头`): a note holds one of the first and the second.
const FIRST_LEADS: (&[&str], &str) = (&["第一", "首位", "首个"], "牵头");

/// True for a note in a unit list saying the first-listed unit leads.
fn is_first_leads_note(piece: &str) -> bool {
    // Asked of every bracket and listed name: one walk over the chars for the words' first
    // chars passes most before any substring search (a searcher set up per char costs more).
    let first = |w: &&str| w.chars().next();
    let may_hold = piece
        .chars()
        .any(|c| FIRST_LEADS.0.iter().any(|w| first(w) == Some(c)));
    may_hold && FIRST_LEADS.0.iter().any(|w| piece.contains(w)) && piece.contains(FIRST_LEADS.1)
}

/// Words of a note that applies to the whole plan (`各项任务责任单位中排在第一位的为牵头单位`):
/// it names the unit lists it is about.
const NOTE_SUBJECTS: &[&str] = &["单位", "部门"];

/// True when a plan's text says, in a line or bracket of its own, that the first-listed unit
/// of every list leads (`（责任单位中排在第一位的为牵头单位，下同）`, `注：…排名第一的为牵头单位`).
/// A note in a task's own bracket (`（甲部、乙部负责。列第一位者为牵头单位，下同）`) holds
/// for the tasks below it: see [`Units::first_leads_below`].
pub fn first_leads_noted(text: &str) -> bool {
    text.lines().any(|line| {
        let l = line.trim();
        let l = l
            .strip_prefix("注：")
            .or_else(|| l.strip_prefix("注:"))
            .or_else(|| l.strip_prefix("备注："))
            .unwrap_or(l)
            .trim_start_matches(['（', '('])
            .trim_end_matches(['）', ')', '。']);
        crate::outline::text::at_most_chars(l, 40)
            && is_first_leads_note(l)
            && NOTE_SUBJECTS.iter().any(|w| l.contains(w))
            && !l.contains(['：', ':'])
    })
}

/// With a plan-wide first-leads note: a task whose units name no lead gets its first-listed
/// unit as lead.
pub fn apply_first_leads(units: &mut Units) {
    if units.lead.is_empty() && !units.responsible.is_empty() {
        let first = units.responsible.remove(0);
        units.lead.push(first);
    }
}

/// A name with a trailing first-leads note taken off (`乙局（排名第一的为牵头单位）` → `乙局`),
/// and whether the list held such a note (the note alone gives an empty name).
fn strip_first_leads_note(name: &str) -> (String, bool) {
    if is_first_leads_note(name) {
        // `乙局（排名第一…）`, or a footnote line run into the list (`乙局注：排名第一…`).
        let cut = name
            .find(['（', '('])
            .or_else(|| name.find("注：").or_else(|| name.find("注:")))
            .unwrap_or(0);
        let kept = name.get(..cut).unwrap_or("").trim().to_string();
        return (kept, true);
    }
    (name.to_string(), false)
}

/// A lead list `甲局会同乙局、丙局` cut at its `会同` (`甲局`, `乙局、丙局`) when agencies stand on
/// both sides (not `会同有关部门`, a placeholder).
fn led_with(list: &str) -> Option<(&str, &str)> {
    // Most lists have no `会`: told by one char search, no substring searcher set up.
    if !list.contains('会') {
        return None;
    }
    let (head, tail) = list.split_once("会同")?;
    let last = split_names(head).pop()?;
    let first = split_names(tail).into_iter().next()?;
    (looks_like_org(&last)
        && looks_like_org(&first)
        && !["有关", "相关"].iter().any(|w| first.starts_with(w)))
    .then_some((head, tail))
}

/// Adds a labelled list's names under `role`, or under the role a name is marked with. A
/// first-leads note (`责任单位：甲局、乙局（排名第一的为牵头单位）`) makes the first name lead
/// when no lead is named otherwise.
fn add_marked(units: &mut Units, mut role: Role, mut names: Vec<String>) {
    // `责任单位：甲局、乙局分别牵头`: a mark after the last name that says `分别`/`共同` is
    // every listed name's role.
    if let Some(last) = names.last_mut() {
        if let Some((mark, r)) = LIST_MARKS.iter().find(|(m, _)| last.ends_with(m)) {
            last.truncate(last.len() - mark.len());
            role = *r;
        }
    }
    let mut first_leads = false;
    let mut kept = Vec::new();
    for name in names {
        let (name, note) = strip_first_leads_note(&name);
        first_leads |= note;
        if !name.is_empty() {
            kept.push(name);
        }
    }
    let mut names = kept;
    if first_leads && role == Role::Responsible && units.lead.is_empty() && !names.is_empty() {
        let first = names.remove(0);
        units.add(Role::Lead, vec![first]);
    }
    for name in names {
        let marked = ROLE_MARKS.iter().find_map(|(m, r)| {
            name.strip_suffix(m)
                .map(|n| (n.trim().to_string(), *r))
                .filter(|(n, _)| looks_like_org(n))
        });
        match marked {
            Some((n, r)) => units.add(r, parted(n)),
            None => {
                // `市乙局按职责组织`: the phrase is no part of the name; `负责` alone is no name.
                let (names, r) = super::roles::strip_role_phrase(name);
                let names: Vec<String> = names.into_iter().flat_map(parted).collect();
                if !names.is_empty() {
                    units.add(r.unwrap_or(role), names);
                }
            }
        }
    }
}

/// A name as one or more names: `市甲局和市乙局`, left whole while a role mark ran into it, is
/// two ([`super::names::split_conjoined`]).
fn parted(name: String) -> Vec<String> {
    if !super::names::may_conjoin(&name) {
        return vec![name];
    }
    (super::names::split_conjoined(&name).into_iter())
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A label as [`find_labels`] tries it, its chars decoded once.
struct Candidate {
    chars: Vec<char>,
    /// The role it gives; `None` for a stop label.
    role: Option<Role>,
    /// A short label, read only before a colon.
    short: bool,
}

/// Every label in the order they are tried (the labels, stop labels and deadline labels,
/// then the short labels), and the first chars of all, gathered once.
fn candidates() -> &'static (Vec<Candidate>, Firsts) {
    static TABLE: std::sync::OnceLock<(Vec<Candidate>, Firsts)> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let long = (LABELS.iter().map(|(l, r)| (*l, Some(*r))))
            .chain(STOP_LABELS.iter().map(|l| (*l, None)))
            .chain(super::deadline::LABELS.iter().map(|l| (*l, None)))
            .map(|(l, role)| (l, role, false));
        let short = SHORT_LABELS.iter().map(|(l, r)| (*l, Some(*r), true));
        let table: Vec<Candidate> = long
            .chain(short)
            .map(|(l, role, short)| Candidate {
                chars: l.chars().collect(),
                role,
                short,
            })
            .collect();
        let firsts = Firsts::of(
            (LABELS.iter().map(|(l, _)| *l))
                .chain(STOP_LABELS.iter().copied())
                .chain(super::deadline::LABELS.iter().copied())
                .chain(SHORT_LABELS.iter().map(|(l, _)| *l)),
        );
        (table, firsts)
    })
}

/// A unit label found in a text (`牵头单位：`, without its colon).
struct Label {
    span: Span,
    /// The role it gives the list after it; `None` for a stop label.
    role: Option<Role>,
}

/// The unit labels of a text, in order.
fn find_labels(chars: &[char]) -> Vec<Label> {
    let mut out = Vec::new();
    // Most positions start no label, and are passed at once by their first char.
    let (table, firsts) = candidates();
    let mut i = 0;
    while i < chars.len() {
        let rest = chars.get(i..).unwrap_or(&[]);
        if !rest.first().is_some_and(|&c| firsts.has(c)) {
            i += 1;
            continue;
        }
        let hit = table.iter().find(|l| {
            l.chars.first() == rest.first()
                && rest.starts_with(&l.chars)
                && if l.short {
                    matches!(rest.get(l.chars.len()), Some(':' | '：'))
                } else {
                    followed_by_list(chars, i + l.chars.len())
                }
        });
        match hit {
            Some(l) => {
                let len = l.chars.len();
                out.push(Label {
                    span: Span::new(i, i + len),
                    role: l.role,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// A label introduces a list only when a colon or bracket follows (`为牵头单位，下同` does not),
/// or `为` and a name (`牵头单位为市司法局`; not a note's `第一责任单位为牵头单位`).
fn followed_by_list(chars: &[char], mut i: usize) -> bool {
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    match chars.get(i) {
        // The role word whole, then the clause's end (`为牵头单位，下同`; not `为主责部门市司法局`).
        Some('为') => !ROLE_AFTER_WEI.iter().any(|w| {
            super::scan::at(chars, i + 1, w)
                && chars
                    .get(i + 1 + w.chars().count())
                    .is_none_or(|c| !crate::chars::is_common_han(*c))
        }),
        Some(c) => matches!(c, ':' | '：' | '(' | '（' | '】' | ']' | '〕'),
        None => false,
    }
}

/// Words after a label's `为` that name a role, not an agency: the label is a note's
/// (`第一责任单位为牵头单位，下同`).
const ROLE_AFTER_WEI: &[&str] = &["牵头单位", "责任单位", "主责单位", "配合单位", "协办单位"];

/// The list after a label: past `：` and a misplaced `（`, up to the closing bracket or `end`.
fn list_after<'a>(decoded: &Decoded<'a>, from: usize, end: usize) -> &'a str {
    let chars = decoded.chars.as_slice();
    let mut i = from;
    while chars
        .get(i)
        .is_some_and(|c| matches!(c, ':' | '：' | ' ' | '(' | '（' | '为' | '】' | ']' | '〕'))
    {
        i += 1;
    }
    let mut depth = 0i32;
    let start = i;
    while i < end {
        let Some(&c) = chars.get(i) else { break };
        if is_common_han(c) {
            i += 1;
            continue;
        }
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' | '〕' | '】' | ']' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            // `责任单位：甲局。以下任务均需…落实，不再列出`: a standing note after the list is
            // read on its own (see `super::standing_note`).
            '。' if depth == 0 && chars.get(i + 1..i + 3) == Some(&['以', '下'][..]) => break,
            // `配合单位：甲局、乙局。为推进…，经研究，决定…`: a sentence after the list, its
            // clauses parted by commas, is none of it (a stop inside a list, `各。区政府`, is
            // scraping damage and the list goes on).
            '。' if depth == 0 && sentence_follows(chars, i + 1, end) => break,
            _ => {}
        }
        i += 1;
    }
    // The list is the run of chars passed, borrowed from the text.
    decoded.cut(start, i)
}

/// True when the run of chars from `from` to the next stop (or `end`) holds a comma and
/// something else than names: a sentence of its own.
fn sentence_follows(chars: &[char], from: usize, end: usize) -> bool {
    let next: String = (chars.get(from..end).unwrap_or(&[]).iter())
        .take_while(|&&c| c != '。')
        .collect();
    // (More names parted by commas, `各乡镇（街道），各村（社区）`, go on with the list.)
    next.contains(['，', ','])
        && !split_names(&next)
            .iter()
            .all(|n| super::names::looks_like_org(n))
}

/// A task's text with its chars decoded once and the byte offset where each starts, so that a
/// run of chars is cut from the text as a borrowed slice.
pub(super) struct Decoded<'a> {
    text: &'a str,
    /// The chars of the text.
    pub(super) chars: Vec<char>,
    /// Byte offset of each char, then the text's length.
    starts: Vec<usize>,
    /// True when a char is white space ([`char::is_whitespace`]).
    pub(super) spaced: bool,
}

impl<'a> Decoded<'a> {
    /// `text`, decoded.
    pub(super) fn of(text: &'a str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut starts = Vec::with_capacity(text.len() + 1);
        let mut spaced = false;
        for (i, c) in text.char_indices() {
            chars.push(c);
            starts.push(i);
            // Han chars and full-width forms are past the last white space (U+3000).
            spaced |= c <= '\u{3000}' && c.is_whitespace();
        }
        starts.push(text.len());
        Decoded {
            text,
            chars,
            starts,
            spaced,
        }
    }

    /// The text of chars `from..to`, `to` cut to the end (empty when `from` is past it), as
    /// [`super::scan::text_of`] cuts it.
    fn cut(&self, from: usize, to: usize) -> &'a str {
        let to = to.min(self.chars.len());
        match (self.starts.get(from), self.starts.get(to)) {
            (Some(&a), Some(&b)) if a <= b => self.text.get(a..b).unwrap_or(""),
            _ => "",
        }
    }
}

/// A top-level bracket group of a text.
struct Group<'a> {
    /// What is inside the brackets.
    text: &'a str,
    /// True when it closes a sentence (nothing but `。`/`；` or the end after it).
    at_end: bool,
    /// Char indices of its content in the text.
    span: std::ops::Range<usize>,
}

/// The top-level bracket groups of a text.
fn bracket_groups<'a>(decoded: &Decoded<'a>) -> Vec<Group<'a>> {
    let chars = decoded.chars.as_slice();
    let mut out = Vec::new();
    let mut depth = 0;
    let mut from = 0;
    for (i, &c) in chars.iter().enumerate() {
        if is_common_han(c) {
            continue;
        }
        match c {
            '(' | '（' | '〔' | '【' | '[' | '［' => {
                if depth == 0 {
                    from = i + 1;
                }
                depth += 1;
            }
            ')' | '）' | '〕' | '】' | ']' | '］' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let at_end = chars
                        .get(i + 1)
                        .is_none_or(|n| matches!(n, '。' | '；' | ';' | '\n'));
                    // Its text is every char between the outer brackets.
                    out.push(Group {
                        text: decoded.cut(from, i),
                        at_end,
                        span: from..i,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Administrative prefixes that make a lone bracketed name a unit (`〔县甲局〕`).
const PLACE_PREFIXES: &[char] = &['省', '市', '县', '区', '州', '镇', '乡', '各'];

/// Endings that name a government body whatever comes before them (`环境局`, `发展改革委`,
/// `爱卫办`, `财政厅`), unlike `院`, `会` or `中心` (`行政学院`, `年度大会`, `活动中心`).
const AGENCY_ENDINGS: &[&str] = &["局", "委", "办", "厅", "署", "委员会", "办公室"];

/// Longest lone name in brackets read by its ending alone ([`AGENCY_ENDINGS`]).
const LONE_AGENCY_MAX: usize = 12;

/// A lone bracketed name that is an agency without a place before it (`（环境局）`), or the
/// governments of a kind of place (`（各乡镇）`).
fn is_lone_agency(name: &str) -> bool {
    let n = name.chars().count();
    let han = name.chars().all(is_common_han);
    let agency =
        (3..=LONE_AGENCY_MAX).contains(&n) && AGENCY_ENDINGS.iter().any(|e| name.ends_with(e));
    // `各乡镇`, `各区县`, `各街道`: places only after `各` (not `各类园区`).
    let places = name
        .strip_prefix('各')
        .is_some_and(|p| !p.is_empty() && p.chars().all(|c| "区县市镇乡街道州盟旗".contains(c)));
    let qualified = LONE_NOT_FIRST.iter().any(|w| name.starts_with(w));
    han && !qualified && (agency || places)
}

/// Words that open a bracket about a body rather than naming it as the unit (`（下设办公室）`,
/// `（简称市营商办）`, `（原文化局）`, `（含评审委员会）`, `（组建市数据局）`, `（试行办法）`).
const LONE_NOT_FIRST: &[&str] = &[
    "下设", "简称", "原", "含", "包括", "组建", "设立", "成立", "撤销", "挂牌", "试行", "暂行",
    "即",
];

/// A bracket closing a sentence that holds names only (`〔市甲局、市乙局〕`, `（县甲局）`):
/// the first leads, like an unlabelled bracket with `负责`. A lone name must start with a
/// place and end like an agency (`（研讨会）`, `（各类园区）` are no units).
fn read_bare_names(group: &str, units: &mut Units) {
    if group.chars().count() > 60 || group.contains(['：', ':']) {
        return;
    }
    let mut names = split_names(group);
    let lone_place = || {
        (group.starts_with(PLACE_PREFIXES) && ORG_ENDINGS.iter().any(|e| group.ends_with(e)))
            || is_lone_agency(group)
    };
    if names.is_empty()
        || !names.iter().all(|n| looks_like_org(n))
        || (names.len() == 1 && !lone_place())
    {
        return;
    }
    if units.lead.is_empty() {
        let first = names.remove(0);
        units.add(Role::Lead, vec![first]);
    }
    units.add(Role::Responsible, names);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `(lead, responsible)` read from a paragraph (also used by `unlabelled`'s tests).
    pub(crate) fn u(text: &str) -> (Vec<String>, Vec<String>) {
        let x = extract(text);
        (x.lead, x.responsible)
    }

    /// Owned names.
    pub(crate) fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn a_mark_after_the_last_name_for_all_of_them_is_each_ones_role() {
        assert_eq!(
            u("增收。（责任单位：市人力社保局、市农业农村局分别牵头）"),
            (v(&["市人力社保局", "市农业农村局"]), v(&[]))
        );
        // A mark of the last name alone stays its own.
        assert_eq!(
            u("增收。（责任单位：市人力社保局、市农业农村局牵头）"),
            (v(&["市农业农村局"]), v(&["市人力社保局"]))
        );
    }

    #[test]
    fn names_joined_by_ji_or_he_are_two_when_both_read_as_agencies() {
        assert_eq!(
            u("改革。（市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责）"),
            (v(&["市政府办公室"]), v(&["市级各有关部门", "各县市区政府"]))
        );
        assert_eq!(
            u("改革。（责任单位：市教育局和市卫健委）"),
            (v(&[]), v(&["市教育局", "市卫健委"]))
        );
        // A role phrase after two names joined by `和` is no part of either.
        assert_eq!(
            u("改革。（责任单位：市教育局和市卫健委按职责分工负责）"),
            (v(&[]), v(&["市教育局", "市卫健委"]))
        );
        assert_eq!(
            u("改革。（责任单位：市委宣传部和市委网信办共同牵头，市教育局配合）"),
            (v(&["市委宣传部", "市委网信办"]), v(&["市教育局"]))
        );
        assert_eq!(
            u("增收。（责任单位：市人力社保局和市农业农村局分别牵头）"),
            (v(&["市人力社保局", "市农业农村局"]), v(&[]))
        );
        // `和` inside one agency's name keeps it whole.
        assert_eq!(
            u("改革。（牵头单位：市发展和改革委员会；责任单位：市住房和城乡建设局）"),
            (v(&["市发展和改革委员会"]), v(&["市住房和城乡建设局"]))
        );
    }

    #[test]
    fn each_label_gives_its_role() {
        for (label, role) in LABELS {
            let x = extract(&format!("做好工作。（{label}：市甲局）"));
            let got = match role {
                Role::Lead => &x.lead,
                Role::Responsible => &x.responsible,
            };
            assert_eq!(got, &v(&["市甲局"]), "{label}");
        }
    }

    #[test]
    fn stop_labels_end_the_list() {
        for stop in STOP_LABELS.iter().chain(super::super::deadline::LABELS) {
            let x = extract(&format!("做好。牵头单位：市甲局；{stop}：6月底"));
            assert_eq!(x.lead, v(&["市甲局"]), "{stop}");
        }
    }

    #[test]
    fn usual_block() {
        assert_eq!(
            u("推进。(牵头单位:市甲局、市乙办。责任单位:各区政府、市政府直属相关单位)"),
            (
                v(&["市甲局", "市乙办"]),
                v(&["各区政府", "市政府直属相关单位"])
            )
        );
    }

    #[test]
    fn scrambled_bracket_after_label() {
        assert_eq!(
            u("推进。牵头单位:(市甲局;责任单位:各区政府)"),
            (v(&["市甲局"]), v(&["各区政府"]))
        );
    }

    #[test]
    fn cut_prefix_is_glued_back() {
        assert_eq!(
            u("推进（牵头单位：市甲局；责任单位：各。区政府）"),
            (v(&["市甲局"]), v(&["各区政府"]))
        );
    }

    #[test]
    fn deadline_inside_block_is_not_a_unit() {
        assert_eq!(u("推进。（牵头单位：市甲局，6月底完成）").0, v(&["市甲局"]));
    }

    #[test]
    fn brackets_inside_names_are_kept() {
        assert_eq!(
            u("推进。（责任单位：各镇(街道)、市甲局）").1,
            v(&["各镇(街道)", "市甲局"])
        );
        assert_eq!(
            u("推进。责任单位：各县（市、区）人民政府，市甲局").1,
            v(&["各县（市、区）人民政府", "市甲局"])
        );
    }

    #[test]
    fn plan_wide_first_leads_note() {
        for note in [
            "（各项任务责任单位中排在第一位的为牵头单位，下同）",
            "注：责任单位中排名第一的为牵头单位。",
            "责任部门排在首位的为牵头部门",
        ] {
            assert!(
                first_leads_noted(&format!("示例要点\n{note}\n一、甲")),
                "{note}"
            );
        }
        // A footnote run into the last list keeps that list's last name.
        assert_eq!(
            u("推进。责任单位：市甲局、市乙局注：责任单位中排名第一的为牵头单位。"),
            (v(&["市甲局"]), v(&["市乙局"]))
        );
        // Inside a task's own list, or a sentence about something else, it is no plan-wide note.
        assert!(!first_leads_noted(
            "（一）推进。责任单位：市甲局、市乙局（排名第一的为牵头单位）"
        ));
        assert!(!first_leads_noted("第一次会议由市甲局牵头召开。"));
        let mut x = extract("推进。责任单位：市甲局、市乙局");
        apply_first_leads(&mut x);
        assert_eq!((x.lead, x.responsible), (v(&["市甲局"]), v(&["市乙局"])));
    }

    #[test]
    fn each_org_and_place_ending() {
        for e in ORG_ENDINGS {
            assert!(looks_like_org(&format!("示例{e}")), "{e}");
        }
        for e in PLACE_ENDINGS {
            assert!(looks_like_org(&format!("各{e}")), "{e}");
            assert!(looks_like_org(&format!("各{e}（市、区）")), "{e}");
            assert!(!looks_like_org(&format!("示范{e}")), "{e}");
        }
        assert_eq!(u("推进。（各县（市、区）负责）").0, v(&["各县（市、区）"]));
        assert_eq!(u("推进。（示例海关负责）").0, v(&["示例海关"]));
        assert!(extract("推进。（各类园区）").is_empty());
    }

    #[test]
    fn led_by_in_a_sentence() {
        for w in LED_BY {
            assert_eq!(
                u(&format!("推进。由市甲局、市乙局{w}，会同市丙局制定细则。")).0,
                v(&["市甲局", "市乙局"]),
                "{w}"
            );
        }
        assert!(extract("推进。由于工作需要，各地负责落实。").is_empty());
        assert!(extract("推进。由点到面逐步推开，各地负责落实。").is_empty());
    }

    #[test]
    fn names_before_a_sentence() {
        assert_eq!(
            u("加强服务。市甲局：新建服务站20个。"),
            (v(&["市甲局"]), v(&[]))
        );
        assert_eq!(
            u("市甲局、各区政府：完成改造100户；市乙局：新建站点5个。"),
            (v(&["市甲局"]), v(&["各区政府", "市乙局"]))
        );
        // Labels, headings and numbers before a colon are no units.
        assert!(extract("工作目标：建成服务站。").is_empty());
        assert!(extract("第一条：为规范工作制定本办法。").is_empty());
        assert!(extract("主要任务包括：建立机制，完善制度。").is_empty());
    }

    #[test]
    fn names_parted_by_spaces() {
        assert_eq!(
            u("推进。\n责任单位：市甲局 市乙局　各区政府"),
            (v(&[]), v(&["市甲局", "市乙局", "各区政府"]))
        );
    }

    #[test]
    fn label_in_brackets_or_with_wei() {
        assert_eq!(
            u("推进。【牵头单位】市甲局【责任单位】各区政府"),
            (v(&["市甲局"]), v(&["各区政府"]))
        );
        assert_eq!(
            u("推进。牵头单位为市甲局，责任单位为各区政府。"),
            (v(&["市甲局"]), v(&["各区政府"]))
        );
    }

    #[test]
    fn each_short_label_needs_a_colon() {
        for (label, role) in SHORT_LABELS {
            let x = extract(&format!("推进。（{label}：市甲局）"));
            let got = match role {
                Role::Lead => &x.lead,
                Role::Responsible => &x.responsible,
            };
            assert_eq!(got, &v(&["市甲局"]), "{label}");
            assert!(
                extract(&format!("会同市甲局{label}推进。")).is_empty(),
                "{label}"
            );
        }
    }

    #[test]
    fn each_role_mark_in_a_list() {
        for (m, role) in ROLE_MARKS {
            let x = extract(&format!("推进。（责任单位：市甲局{m}、市乙局）"));
            let want = match role {
                Role::Lead => (v(&["市甲局"]), v(&["市乙局"])),
                Role::Responsible => (v(&[]), v(&["市甲局", "市乙局"])),
            };
            assert_eq!((x.lead, x.responsible), want, "{m}");
        }
        assert_eq!(
            u("推进。责任单位：市甲局牵头，市乙局、市丙局配合"),
            (v(&["市甲局"]), v(&["市乙局", "市丙局"]))
        );
    }

    #[test]
    fn label_without_colon_is_prose() {
        assert!(extract("各牵头单位和责任单位要抓好落实。").is_empty());
        assert_eq!(
            u("推进。（甲部、乙局负责，排在第一位的部门为牵头部门，下同）"),
            (v(&["甲部"]), v(&["乙局"]))
        );
    }

    #[test]
    fn unlabelled_bracket_and_unit_line_together() {
        assert_eq!(
            u("办结。(省甲局、各市县人民政府负责)责任单位:省乙厅"),
            (v(&["省甲局"]), v(&["各市县人民政府", "省乙厅"]))
        );
    }

    #[test]
    fn bare_names_closing_a_sentence() {
        for (open, close) in [('（', '）'), ('〔', '〕'), ('【', '】'), ('(', ')')] {
            assert_eq!(
                u(&format!("建成管网8公里。{open}市甲局、市乙局{close}")),
                (v(&["市甲局"]), v(&["市乙局"])),
                "{open}"
            );
        }
        assert_eq!(u("建成管网8公里（县甲局）。"), (v(&["县甲局"]), v(&[])));
        for c in PLACE_PREFIXES {
            assert_eq!(
                u(&format!("推进。〔{c}甲局〕")).0,
                v(&[&format!("{c}甲局")])
            );
        }
        // A lone name with no place is an agency by a government body's ending, or as the
        // governments of a kind of place.
        assert_eq!(
            u("鼠患黑点年底前减半。（环境及生态局）").0,
            v(&["环境及生态局"])
        );
        assert_eq!(u("每年公布土地供应预测。(发展局)").0, v(&["发展局"]));
        assert_eq!(u("开展整治行动。（各乡镇）").0, v(&["各乡镇"]));
        // A lone name with no place otherwise, or names mid-sentence, are not units.
        assert!(extract("召开总结大会（年度大会）。").is_empty());
        assert!(extract("设立服务窗口（便民服务中心）。").is_empty());
        assert!(extract("支持党校(行政学院、干部学院)建设。").is_empty());
        // With a label elsewhere, the label decides.
        assert_eq!(
            u("推进（市甲局、市乙局）。责任单位：市丙局"),
            (v(&[]), v(&["市丙局"]))
        );
    }

    #[test]
    fn ordinary_brackets_are_not_units() {
        assert!(extract("加强镇(街)建设，发挥党校(行政学院)作用。").is_empty());
        assert!(extract("落实“1+N”(总体+专项)预案，负责人到场。").is_empty());
    }

    #[test]
    fn first_leads_note_makes_the_first_lead() {
        for note in [
            "排名第一的为牵头单位",
            "排在首位的部门牵头",
            "首个单位为牵头单位",
        ] {
            assert_eq!(
                u(&format!("推进。（责任单位：市甲局、市乙局，{note}）")),
                (v(&["市甲局"]), v(&["市乙局"])),
                "{note}"
            );
            assert_eq!(
                u(&format!("推进。\n责任单位：市甲局、各区政府（{note}）")),
                (v(&["市甲局"]), v(&["各区政府"])),
                "{note}"
            );
        }
        // A lead named by its label stays the lead.
        assert_eq!(
            u("推进。（牵头单位：市丙局；责任单位：市甲局、市乙局，排名第一的为牵头单位）"),
            (v(&["市丙局"]), v(&["市甲局", "市乙局"]))
        );
        // Without the note, the list is all responsible.
        assert_eq!(
            u("推进。（责任单位：市甲局、市乙局）"),
            (v(&[]), v(&["市甲局", "市乙局"]))
        );
    }

    #[test]
    fn each_list_tail_is_dropped() {
        for t in LIST_TAILS {
            assert_eq!(
                split_names(&format!("甲部、乙局{t}")),
                v(&["甲部", "乙局"]),
                "{t}"
            );
        }
    }
}
