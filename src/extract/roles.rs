//! Role clauses: names followed by what they do (`甲局牵头负责`, `乙局、丙局按职责组织落实`,
//! `由丁局负责`, `戊局配合`), and the role each clause gives its names.
//!
//! A clause is read only when everything after its names is made of role words, so a name that
//! holds one (`市委组织部负责`) or a sentence about something else (`负责人到场`) is not cut.

use super::units::{looks_like_org, split_names};
use crate::model::Role;

/// What a role word says of the names before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Say {
    /// `负责`, `落实`, `组织实施`: does the work; leads only when nobody else is said to lead.
    Does,
    /// `按职责分工`, `分别`, `共同`: each does its part; no lead among them.
    Shares,
    /// `配合`, `参与`, `协助`: takes part.
    Helps,
    /// `牵头`, `主办`: leads.
    Leads,
}

/// The words a role phrase is made of, longest first where one starts another.
pub const ROLE_WORDS: &[(&str, Say)] = &[
    ("牵头", Say::Leads),
    ("主办", Say::Leads),
    ("配合", Say::Helps),
    ("参与", Say::Helps),
    ("协助", Say::Helps),
    ("协同", Say::Helps),
    ("协办", Say::Helps),
    ("按照职责分工", Say::Shares),
    ("按职责分工", Say::Shares),
    ("根据职责分工", Say::Shares),
    ("按照职责", Say::Shares),
    ("按职责", Say::Shares),
    ("依职责", Say::Shares),
    ("分工", Say::Shares),
    ("分别", Say::Shares),
    ("各自", Say::Shares),
    ("共同", Say::Shares),
    ("负责", Say::Does),
    // `由乡农技站承办，乡卫生院配合`: undertakes the work.
    ("承办", Say::Does),
    ("落实", Say::Does),
    ("组织", Say::Does),
    ("实施", Say::Does),
    ("推进", Say::Does),
    ("具体", Say::Does),
    // `总体负责`, `负责落实责任`, `负责具体工作`: who does the work, in more words.
    ("总体", Say::Does),
    ("全面", Say::Does),
    ("责任", Say::Does),
    ("工作", Say::Does),
];

/// What a phrase made only of role words says (the strongest word wins: `牵头负责` leads), or
/// `None` when anything else is in it.
///
/// `"按职责组织落实"` → `Some(Say::Shares)`; `"部负责"` → `None`.
pub fn role_phrase(phrase: &str) -> Option<Say> {
    let mut rest = phrase.trim();
    let mut said: Option<Say> = None;
    while !rest.is_empty() {
        let (word, say) = ROLE_WORDS.iter().find(|(w, _)| rest.starts_with(w))?;
        said = said.max(Some(*say));
        rest = rest.get(word.len()..).unwrap_or("").trim_start();
    }
    said
}

/// True when `text` may end with a role word: its last character ends one (most names and
/// sentences do not, and are passed at once).
fn may_end_with_role(text: &str) -> bool {
    static LASTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let lasts = LASTS.get_or_init(|| {
        let mut l: Vec<char> = ROLE_WORDS
            .iter()
            .filter_map(|(w, _)| w.chars().last())
            .collect();
        l.sort_unstable();
        l.dedup();
        l
    });
    text.chars()
        .next_back()
        .is_some_and(|c| lasts.binary_search(&c).is_ok())
}

/// One clause read: its names and what it says they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The names, as written.
    pub names: Vec<String>,
    /// What the role phrase after them says.
    pub say: Say,
}

/// Reads `甲局、乙局按职责组织落实` into its names and role: the earliest cut where all after is
/// role words and all before are agency names (`由` in front is dropped).
///
/// `"由市甲局牵头负责"` → names `[市甲局]`, `Say::Leads`.
pub fn clause(text: &str) -> Option<Clause> {
    let text = text.trim();
    // `加强领导由乡领导小组总体负责`: a heading run into the sentence naming who does it.
    if let Some((head, tail)) = text.split_once('由') {
        let word = head.chars().last().is_some_and(|c| "自理缘经".contains(c));
        if !head.is_empty() && !word {
            if let Some(c) = names_and_role(tail) {
                return Some(c);
            }
        }
    }
    names_and_role(text.strip_prefix('由').unwrap_or(text))
}

/// [`clause`] of a text that starts with its names.
fn names_and_role(text: &str) -> Option<Clause> {
    // Cheap tests first: the clause must end with a role word.
    if !may_end_with_role(text) || !ROLE_WORDS.iter().any(|(w, _)| text.ends_with(w)) {
        return None;
    }
    for (at, _) in text.char_indices().skip(1) {
        let (head, tail) = text.split_at(at);
        let Some(say) = role_phrase(tail) else {
            continue;
        };
        let names = split_names(head);
        if !names.is_empty() && names.iter().all(|n| looks_like_org(n)) {
            return Some(Clause { names, say });
        }
    }
    None
}

/// A name in a labelled list with a role phrase run into it (`市乙局按职责组织`, `市甲局牵头`,
/// `市甲局和市乙局按职责分工负责`): the names alone, with the role the phrase gives (`None`
/// when it gives the list's own). A piece that is only role words (`负责`) gives no name.
pub fn strip_role_phrase(name: String) -> (Vec<String>, Option<Role>) {
    if !may_end_with_role(&name) {
        return (vec![name], None);
    }
    if role_phrase(&name).is_some() {
        return (Vec::new(), None);
    }
    match clause(&name) {
        Some(c) => {
            let role = match c.say {
                Say::Leads => Some(Role::Lead),
                Say::Helps => Some(Role::Responsible),
                Say::Shares | Say::Does => None,
            };
            (c.names, role)
        }
        None => (vec![name], None),
    }
}

/// The roles of a group of clauses (`甲局牵头负责，乙局、丙局组织落实`):
/// - a clause saying `牵头` leads, and then every other clause takes part;
/// - clauses saying `配合` or `按职责分工`/`分别` take part, with no lead among them;
/// - with no `牵头`, a clause that only `负责` leads when other clauses take part
///   (`由甲局负责，乙局参与`) — not after one sharing the work (`甲局、乙局分工负责，各乡镇负责
///   落实`); alone, its first name leads (`甲局、乙局负责`), unless that
///   name is a collective (`各县、区人民政府负责`: every county's and district's government,
///   one body no more than the others).
pub fn assign(clauses: &[Clause]) -> Vec<(Role, Vec<String>)> {
    let led = clauses.iter().any(|c| c.say == Say::Leads);
    let others = |i: usize| {
        clauses
            .iter()
            .enumerate()
            .any(|(k, c)| k != i && matches!(c.say, Say::Helps | Say::Shares))
    };
    let mut out = Vec::new();
    let mut first_does = true;
    for (i, c) in clauses.iter().enumerate() {
        match c.say {
            Say::Leads => out.push((Role::Lead, c.names.clone())),
            Say::Helps | Say::Shares => out.push((Role::Responsible, c.names.clone())),
            Say::Does if led => out.push((Role::Responsible, c.names.clone())),
            // (After a clause sharing the work, `甲局、乙局分工负责，各乡镇负责落实`, a clause
            // that does it carries it out locally: no lead.)
            Say::Does if others(i) && !clauses[..i].iter().any(|c| c.say == Say::Shares) => {
                out.push((Role::Lead, c.names.clone()))
            }
            Say::Does if others(i) => out.push((Role::Responsible, c.names.clone())),
            Say::Does => {
                let mut names = c.names.clone();
                let collective = names.first().is_some_and(|n| n.starts_with('各'));
                // (`各县、区人民政府`: one name over several levels, as many bodies as two names;
                // not `各县（市、区）`, one name of one level.)
                let levels = (names.first())
                    .and_then(|n| n.split(['（', '(']).next())
                    .is_some_and(|n| n.contains('、'));
                if first_does && (names.len() > 1 || levels) && collective {
                    first_does = false;
                }
                if first_does && !names.is_empty() {
                    out.push((Role::Lead, vec![names.remove(0)]));
                }
                first_does = false;
                out.push((Role::Responsible, names));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(c: &Clause) -> Vec<&str> {
        c.names.iter().map(String::as_str).collect()
    }

    #[test]
    fn each_role_word_is_a_phrase() {
        for (w, say) in ROLE_WORDS {
            assert_eq!(role_phrase(w), Some(*say), "{w}");
            let c = clause(&format!("市甲局、市乙局{w}")).unwrap_or_else(|| panic!("{w}"));
            assert_eq!(names(&c), ["市甲局", "市乙局"], "{w}");
        }
        assert_eq!(role_phrase("牵头负责"), Some(Say::Leads));
        assert_eq!(role_phrase("按职责组织落实"), Some(Say::Shares));
        assert_eq!(role_phrase("负责人"), None);
    }

    #[test]
    fn names_holding_a_role_word_are_not_cut() {
        let c = clause("市委组织部负责").expect("clause");
        assert_eq!(names(&c), ["市委组织部"]);
        assert_eq!(c.say, Say::Does);
        assert!(clause("企业负责人负责").is_none());
        assert!(clause("加强统筹协调，形成工作合力").is_none());
    }

    #[test]
    fn a_name_with_its_phrase_run_in() {
        let one = |s: &str| vec![s.to_string()];
        assert_eq!(
            strip_role_phrase("市乙局按职责组织".into()),
            (one("市乙局"), None)
        );
        assert_eq!(
            strip_role_phrase("市甲局牵头".into()),
            (one("市甲局"), Some(Role::Lead))
        );
        assert_eq!(strip_role_phrase("负责".into()), (Vec::new(), None));
        assert_eq!(strip_role_phrase("市丙局".into()), (one("市丙局"), None));
        // Two names joined by `和` before the phrase are two names.
        assert_eq!(
            strip_role_phrase("市教育局和市卫健委按职责分工负责".into()),
            (vec!["市教育局".to_string(), "市卫健委".to_string()], None)
        );
    }

    #[test]
    fn roles_of_clause_groups() {
        let read = |s: &str| {
            let cs: Vec<Clause> = s.split('，').filter_map(clause).collect();
            assign(&cs)
                .into_iter()
                .flat_map(|(r, ns)| ns.into_iter().map(move |n| (r, n)))
                .collect::<Vec<_>>()
        };
        let l = |n: &str| (Role::Lead, n.to_string());
        let r = |n: &str| (Role::Responsible, n.to_string());
        assert_eq!(
            read("市甲局牵头负责，市乙局、市丙局组织落实"),
            [l("市甲局"), r("市乙局"), r("市丙局")]
        );
        assert_eq!(read("由市甲局负责，市乙局参与"), [l("市甲局"), r("市乙局")]);
        assert_eq!(
            read("市甲局、市乙局按职责分工负责"),
            [r("市甲局"), r("市乙局")]
        );
        assert_eq!(
            read("市甲局、市乙局分别负责落实"),
            [r("市甲局"), r("市乙局")]
        );
        assert_eq!(read("市甲局、市乙局负责"), [l("市甲局"), r("市乙局")]);
    }
}
