//! Unlabelled unit brackets: `（甲局负责落实）`, `（甲局牵头，乙局、丙局负责落实）`,
//! `（甲部、乙部等按职责分工负责）` where the first-listed leads, and `（甲局牵头，乙局配合）`.

use super::names::{looks_like_org, split_clauses, split_names, Units};
use super::roles::{assign, clause, Clause, Say};
use crate::words::ROLE_ENDINGS;

/// Longest sentence read as saying only who does a task.
const ROLE_SENTENCE_MAX: usize = 60;

/// Longest run of a sentence from its `由` read as saying who does a task (a long list of
/// agencies taking part).
const LED_SENTENCE_MAX: usize = 200;

/// Reads the sentences of a task that only say who does it (`由县甲局牵头，县乙局配合。`,
/// `县甲局负责，县直各部门配合。`); used when the task has no unit bracket or label.
pub fn read_sentences(text: &str, units: &mut Units) {
    // The sentences that say who does the task are read together (`由甲组总体负责；乙办负责
    // 落实责任；各站所负责具体工作`: one leads, the others take part).
    // In the order written, each marked whether it is a duty's (read only beside a sentence
    // that says who does the work).
    let mut all: Vec<(Clause, bool)> = Vec::new();
    let duties =
        |all: &mut Vec<(Clause, bool)>, s: &str| all.extend(duty_clause(s).map(|c| (c, true)));
    for sentence in text.split(['。', '；', ';']) {
        let s = sentence.trim();
        // `…营造法治氛围工作，由乡领导小组总体负责`: from a clause opening on `由`, the rest of
        // the sentence says who does the work, however much prose comes before it.
        let led = (s.match_indices('由'))
            .find(|&(at, _)| at == 0 || s[..at].ends_with(['，', ',']))
            .map(|(at, _)| &s[at..]);
        let (s, most) = match led {
            Some(rest) => (rest, LED_SENTENCE_MAX),
            None => (s, ROLE_SENTENCE_MAX),
        };
        // Names and role words only: short, no bracket (but inside a name, `各县（市、区）政府`)
        // or label, ending with the role word. Or role clauses first and then the rest of the
        // work (`由市甲局牵头，市乙局、市丙局配合，年底前完成`): the clauses are read.
        if s.chars().count() > most || s.contains(['：', ':']) || has_outer_bracket(s) {
            duties(&mut all, s);
            continue;
        }
        if !ROLE_ENDINGS.iter().any(|e| s.ends_with(e)) {
            match leading_roles(s, led.is_some()) {
                Some(clauses) => all.extend(clauses.into_iter().map(|c| (c, false))),
                None => duties(&mut all, s),
            }
            continue;
        }
        // Every clause of the sentence names units (`加强协调，县甲局负责` is prose).
        // A role named for no agency (`责任主体单位实施`) says nothing, and is passed.
        let parts: Vec<&str> = (s.split(['，', ',']))
            .filter(|p| {
                !super::names::ROLE_NAMES
                    .iter()
                    .any(|r| p.trim().starts_with(r))
            })
            .collect();
        let clauses: Vec<Clause> = parts.iter().filter_map(|p| clause(p)).collect();
        if clauses.len() == parts.len() {
            all.extend(clauses.into_iter().map(|c| (c, false)));
        } else {
            duties(&mut all, s);
        }
    }
    // `乡司法所负责制定宣传计划并检查指导` next to a sentence that only says who does the work:
    // one more agency's share of it. Alone, such a sentence is prose about one agency's role
    // (`司法所具体负责…的协调推进`), not the task's units.
    if all.iter().all(|(_, duty)| *duty) {
        return;
    }
    let all: Vec<Clause> = all.into_iter().map(|(c, _)| c).collect();
    add_clauses(&all, units);
}

/// True when `s` holds a bracket other than one inside a name (`各县（市、区）政府`: a few
/// characters between two Han characters).
fn has_outer_bracket(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let han = |k: usize| {
        chars
            .get(k)
            .is_some_and(|&c| crate::chars::is_common_han(c))
    };
    let mut k = 0;
    while k < chars.len() {
        if matches!(chars[k], '（' | '(') {
            let close = (k + 1..chars.len().min(k + 10)).find(|&e| matches!(chars[e], '）' | ')'));
            match close {
                Some(e) if k > 0 && han(k - 1) && han(e + 1) => k = e,
                _ => return true,
            }
        } else if matches!(chars[k], '）' | ')') {
            return true;
        }
        k += 1;
    }
    false
}

/// The role clauses a sentence opens with before the rest of its work (`由市甲局牵头，市乙局
/// 配合，年底前完成` → the first two): two or more clauses, the first opening on `由` (`led`) or
/// one of them leading, or one clause that leads. (One clause opening on `由` is read as a
/// sentence led by its names elsewhere.)
fn leading_roles(s: &str, led: bool) -> Option<Vec<Clause>> {
    let pieces: Vec<&str> = s.split(['，', ',']).collect();
    let clauses: Vec<Clause> = (pieces.iter()).map_while(|p| clause(p.trim())).collect();
    let leads = clauses.iter().any(|c| c.say == Say::Leads);
    // One clause that leads before the work (`市商务局牵头，年底前引进项目30个`) says who does
    // it too.
    let one_lead = clauses.len() == 1 && leads && pieces.len() > 1;
    ((clauses.len() >= 2 && (led || leads)) || one_lead).then_some(clauses)
}

/// Longest run of names before the `负责` of a duty (`县司法局负责…`).
const DUTY_NAMES_MAX: usize = 40;

/// A sentence that opens on the names of agencies and `负责` followed by their duty
/// (`乡司法所负责制定宣传计划，并检查指导`, `由乡领导小组负责统筹`): who does that work. Not
/// `负责人` or `负责同志`, people rather than work, nor a sentence whose opening clause is not
/// names alone (`加强协调，县甲局负责…`).
fn duty_clause(sentence: &str) -> Option<Clause> {
    let at = sentence.find("负责")?;
    let (head, rest) = sentence.split_at(at);
    let duty = &rest["负责".len()..];
    if head.is_empty()
        || duty.is_empty()
        || duty.starts_with(['人', '同'])
        || head.chars().count() > DUTY_NAMES_MAX
        || head.contains(['，', ','])
    {
        return None;
    }
    clause(&format!("{head}负责"))
}

/// `甲负责落实` / `甲牵头，乙、丙负责落实` / `甲、乙等按职责分工负责。列第一位者为牵头单位`:
/// the clauses of an unlabelled bracket that name units (others, like a time, are passed).
///
/// Names with no role phrase share the next clause's (`甲部、乙部，各省级人民政府按职责分工负责`);
/// after the last clause they take part (`甲局、乙局分工负责，县安委办；各乡镇`).
pub fn read(group: &str, units: &mut Units) {
    // A standing note's sentence (`以下各项工作均需各县、区人民政府落实`) is of the tasks below,
    // read on its own (`super::standing_note`): its clauses are left out here.
    let noted = !super::standing_note(group).is_empty();
    let read: Vec<(&str, Option<Clause>)> = (split_clauses(group).into_iter())
        .filter(|p| !(noted && p.trim_start().starts_with("以下")))
        .map(|p| (p, clause(p)))
        .collect();
    // Most brackets name no units: done before any list is split.
    if read.iter().all(|(_, c)| c.is_none()) {
        return;
    }
    let mut clauses: Vec<Clause> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    for (piece, found) in read {
        if let Some(mut c) = found {
            pending.append(&mut c.names);
            c.names = std::mem::take(&mut pending);
            clauses.push(c);
            continue;
        }
        let names = split_names(piece);
        if names.is_empty() || !names.iter().all(|n| looks_like_org(n)) {
            pending.clear();
        } else {
            pending.extend(names);
        }
    }
    if !clauses.is_empty() && !pending.is_empty() && pending.iter().all(|n| names_a_body(n)) {
        clauses.push(Clause {
            names: pending,
            say: Say::Helps,
        });
    }
    add_clauses(&clauses, units);
}

/// True for a name after a bracket's role clauses that names a body taking part
/// (`县安委办`, `各乡镇`), not a note on the work (`挂牌督办`, `对接市住建局`, `全县推行`,
/// `县政府办督办`, `县级领导包联`, `省级示范中心`): it opens on a place's level or `各`, says
/// nothing of overseeing, and is no rank of a place (`县级…`) but for its departments.
fn names_a_body(name: &str) -> bool {
    let mut chars = name.chars();
    let opens = chars
        .next()
        .is_some_and(|c| "省市州县区旗乡镇各".contains(c));
    let rank = chars.next() == Some('级') && !name.ends_with("部门") && !name.ends_with("单位");
    opens && !rank && !OVERSIGHT_WORDS.iter().any(|w| name.contains(w)) && !name.contains("领导")
}

/// Words that point a sentence at the work listed after it (`做好以下几方面工作`, `下列任务`).
const SCOPE_WORDS: &[&str] = &["以下", "下列", "如下", "下述"];

/// Units a paragraph above a list hands all of its work to (`局生产科牵头，由县推广中心配合，
/// 做好以下几方面工作：`, `以下任务由市甲局牵头，市乙局配合。`): the clauses of its sentence
/// that points at the list (ending in a colon, or with [`SCOPE_WORDS`]) which name agencies and
/// their roles, the others (what is to be done, on whose orders) passed. Empty when no such
/// sentence names one that does the work (helpers alone lead nothing).
pub fn read_scope(paragraph: &str) -> Units {
    let mut units = Units::default();
    for sentence in paragraph.split(['。', '；', ';']) {
        let s = sentence.trim();
        let points = s.ends_with(['：', ':']) || SCOPE_WORDS.iter().any(|w| s.contains(w));
        if !points || !s.contains(['牵', '负', '配', '协', '参']) {
            continue;
        }
        // Who oversees the work below (`由县委办牵头，对以下任务进行督查通报`) is not who does it.
        if OVERSIGHT_WORDS.iter().any(|w| s.contains(w)) {
            continue;
        }
        let clauses: Vec<Clause> = (s.split(['，', ',', '：', ':']))
            .filter_map(clause)
            .filter(|c| c.names.iter().all(|n| !is_role_noun(n)))
            .collect();
        // Duties shared out (`甲局负责统筹协调，各县区负责具体实施`) name no one for each task.
        let leads = clauses.iter().any(|c| c.say == Say::Leads);
        let shared = s.matches("负责").count() >= 2;
        if leads || (!clauses.is_empty() && !shared) {
            add_clauses(&clauses, &mut units);
            break;
        }
    }
    units
}

/// Words of a sentence about overseeing the work below, not doing it.
const OVERSIGHT_WORDS: &[&str] = &["督查", "督办", "督导", "通报", "汇总", "考核", "调度"];

/// A role named in place of an agency (`各责任单位`, `相关牵头单位`).
fn is_role_noun(name: &str) -> bool {
    let bare = ["各", "有关", "相关"]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name);
    super::names::ROLE_NAMES.contains(&bare)
}

/// Words after who leads in a title that groups work by its lead (`县甲局牵头工作（8项）`,
/// `县乙局负责的事项`), longest first.
const GROUPED_WORK: &[&str] = &[
    "的工作任务",
    "的工作",
    "的任务",
    "的事项",
    "工作任务",
    "工作",
    "任务",
    "事项",
];

/// The units of a section title that groups work by who leads it (`县甲局牵头工作（8项）`,
/// `县乙局、县丙局负责的事项`): the title less its count and the work word is a role clause
/// that does the work. `None` for any other title (`加强协调工作`, `乙局配合工作`).
pub fn read_lead_title(title: &str) -> Option<Units> {
    let mut t = title.trim();
    // The count in brackets (`（8项）`, `(3项)`).
    if let Some(open) = t.rfind(['（', '(']) {
        let count = t[open..].trim_start_matches(['（', '(']);
        let count = count.trim_end_matches(['）', ')']);
        if count.ends_with(['项', '条', '个'])
            && count[..count.len() - 3].chars().all(|c| c.is_ascii_digit())
        {
            t = t[..open].trim_end();
        }
    }
    let t = GROUPED_WORK.iter().find_map(|w| t.strip_suffix(w))?;
    let c = clause(t)?;
    if c.say == Say::Helps {
        return None;
    }
    let mut units = Units::default();
    add_clauses(&[c], &mut units);
    (!units.is_empty()).then_some(units)
}

fn add_clauses(clauses: &[Clause], units: &mut Units) {
    for (role, names) in assign(clauses) {
        units.add(role, names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::roles::{Say, ROLE_WORDS};
    use crate::extract::units::extract;
    use crate::extract::units::tests::{u, v};

    #[test]
    fn unlabelled_forms() {
        assert_eq!(u("推进。（市规划委负责落实）"), (v(&["市规划委"]), v(&[])));
        assert_eq!(
            u("推进。（区财政局牵头，区甲局、区乙局负责落实）"),
            (v(&["区财政局"]), v(&["区甲局", "区乙局"]))
        );
        assert_eq!(
            u("推进。（甲部、乙部等按职责分工负责）"),
            (v(&[]), v(&["甲部", "乙部"]))
        );
        assert_eq!(
            u("推进。（甲部、乙委牵头负责）"),
            (v(&["甲部", "乙委"]), v(&[]))
        );
        assert_eq!(
            u("推进。（甲部、乙局负责。列第一位者为牵头单位，下同）"),
            (v(&["甲部"]), v(&["乙局"]))
        );
        assert_eq!(
            u("推进。（甲部、乙局等和各省级人民政府负责）"),
            (v(&["甲部"]), v(&["乙局", "各省级人民政府"]))
        );
    }

    #[test]
    fn a_duty_is_read_after_names_alone() {
        let names = |s: &str| duty_clause(s).map(|c| c.names);
        assert_eq!(
            names("乡司法所负责制定宣传计划，并检查指导"),
            Some(vec!["乡司法所".to_string()])
        );
        assert_eq!(
            names("县甲局、县乙局负责做好宣传"),
            Some(vec!["县甲局".to_string(), "县乙局".to_string()])
        );
        // People, not work; prose before the names; names with no duty after them.
        assert_eq!(names("县甲局负责人要带头"), None);
        assert_eq!(names("县甲局负责同志要带头"), None);
        assert_eq!(names("加强协调，县甲局负责宣传"), None);
        assert_eq!(names("县甲局负责"), None);
        assert_eq!(names("加强宣传工作负责到底"), None);
    }

    #[test]
    fn each_sharing_word_names_no_lead() {
        for (w, say) in ROLE_WORDS {
            if *say != Say::Shares {
                continue;
            }
            assert_eq!(
                u(&format!("推进。（甲部、乙局{w}负责）")),
                (v(&[]), v(&["甲部", "乙局"])),
                "{w}"
            );
        }
    }

    #[test]
    fn role_clauses() {
        assert_eq!(
            u("推进。（市甲局牵头负责，市乙局、市丙局组织落实）"),
            (v(&["市甲局"]), v(&["市乙局", "市丙局"]))
        );
        assert_eq!(
            u("推进。（市甲局牵头，市乙局、各区政府按职责组织实施）"),
            (v(&["市甲局"]), v(&["市乙局", "各区政府"]))
        );
        assert_eq!(
            u("推进。由市甲局负责，市乙局参与。"),
            (v(&["市甲局"]), v(&["市乙局"]))
        );
        assert_eq!(
            u("推进。（甲部、乙部，各省级人民政府按职责分工负责）"),
            (v(&[]), v(&["甲部", "乙部", "各省级人民政府"]))
        );
        // Names after the last clause take part in the work.
        assert_eq!(
            u("推进。（县甲局、县乙局分工负责，县安委办；各乡镇）"),
            (v(&[]), v(&["县甲局", "县乙局", "县安委办", "各乡镇"]))
        );
        assert_eq!(
            u("推进。（县甲局牵头，县乙局、县丙局）"),
            (v(&["县甲局"]), v(&["县乙局", "县丙局"]))
        );
        // A time or a note after them is no name.
        for note in [
            "2025年底前",
            "挂牌督办",
            "对接市住建局",
            "全县推行",
            "县政府办督办",
            "县级领导包联",
            "省级示范中心",
            "会同县乙局",
        ] {
            assert_eq!(
                u(&format!("推进。（县甲局牵头，{note}）")),
                (v(&["县甲局"]), v(&[])),
                "{note}"
            );
        }
        // A role phrase run into a labelled name is no part of it.
        assert_eq!(
            u("推进。（牵头单位：市甲局；责任单位：市乙局按职责组织，负责）"),
            (v(&["市甲局"]), v(&["市乙局"]))
        );
    }

    #[test]
    fn time_after_the_names() {
        assert_eq!(
            u("推进。（市甲局牵头，市乙局配合；2024年6月底前完成）"),
            (v(&["市甲局"]), v(&["市乙局"]))
        );
        assert_eq!(u("推进。（市甲局负责；年底前）"), (v(&["市甲局"]), v(&[])));
    }

    #[test]
    fn units_in_the_last_sentence() {
        let r = |t: &str| {
            let mut x = Units::default();
            read_sentences(t, &mut x);
            (x.lead, x.responsible)
        };
        assert_eq!(
            r("推进改革。县政务服务中心负责，县直各部门配合。"),
            (v(&["县政务服务中心"]), v(&["县直各部门"]))
        );
        assert_eq!(
            r("推进改革。由县甲局牵头，县乙局、县丙局配合。"),
            (v(&["县甲局"]), v(&["县乙局", "县丙局"]))
        );
        assert_eq!(r("推进改革。各区政府负责。"), (v(&["各区政府"]), v(&[])));
        assert_eq!(r("推进改革，主要负责人负总责。"), (v(&[]), v(&[])));
        assert_eq!(r("落实企业主体责任，企业负责人负责。"), (v(&[]), v(&[])));
        // `负责组织实施` says who does the work as `负责` does.
        assert_eq!(r("县司法局负责组织实施。"), (v(&["县司法局"]), v(&[])));
        // Sentences naming who does the work are read together: one leads.
        assert_eq!(
            r("加强领导。由乡领导小组总体负责；乡法治办负责落实责任；各站所负责具体工作。"),
            (v(&["乡领导小组"]), v(&["乡法治办", "各站所"]))
        );
        // A role named for no agency is passed.
        assert_eq!(
            r("开展宣传。由县法治办牵头，责任主体单位实施，县司法局、县教育局等单位共同参与。"),
            (v(&["县法治办"]), v(&["县司法局", "县教育局"]))
        );
        assert_eq!(
            r("推进改革。县甲局负责，县乙局配合。（1）细化。"),
            (v(&["县甲局"]), v(&["县乙局"]))
        );
        for e in ROLE_ENDINGS {
            let got = r(&format!("推进改革。县甲局{e}。"));
            assert_eq!(got.0.len() + got.1.len(), 1, "{e}");
        }
    }

    #[test]
    fn each_helper_ending() {
        for e in ["配合", "参与", "协助", "协同"] {
            assert_eq!(
                u(&format!("推进。（市甲局牵头，市乙局、市丙局{e}）")),
                (v(&["市甲局"]), v(&["市乙局", "市丙局"])),
                "{e}"
            );
            assert_eq!(
                u(&format!("推进。（市乙局{e}）")),
                (v(&[]), v(&["市乙局"])),
                "{e}"
            );
        }
        assert!(extract("推进。（群众广泛参与）").is_empty());
    }
}
