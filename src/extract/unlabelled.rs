//! Unlabelled unit brackets: `（甲局负责落实）`, `（甲局牵头，乙局、丙局负责落实）`,
//! `（甲部、乙部等按职责分工负责）` where the first-listed leads, and `（甲局牵头，乙局配合）`.

use super::units::{is_time, looks_like_org, split_names, Units};
use crate::model::Role;

/// Words closing an unlabelled bracket where every name takes part (`（甲局、乙局配合）`).
const HELPER_ENDINGS: &[&str] = &["配合", "参与", "协助", "协同"];

/// Words between the names and `负责` in an unlabelled bracket (`甲、乙按职责分工负责`).
const RESPONSIBLE_QUALIFIERS: &[&str] = &["按职责分工", "按职责", "分别", "共同", "各自"];

/// Words that end a sentence saying only who does the task (`县甲局负责。`).
const ROLE_ENDINGS: &[&str] = &["负责落实", "负责", "牵头", "配合", "参与", "协助"];

/// Reads the sentences of a task that only say who does it (`由县甲局牵头，县乙局配合。`,
/// `县甲局负责，县直各部门配合。`); used when the task has no unit bracket or label.
pub fn read_sentences(text: &str, units: &mut Units) {
    for sentence in text.split(['。', '；', ';']) {
        let s = sentence.trim();
        let s = s.strip_prefix('由').unwrap_or(s);
        // Names and role words only: short, no bracket or label, ending with the role word.
        if s.chars().count() > 60
            || s.contains(['（', '(', '：', ':'])
            || !ROLE_ENDINGS.iter().any(|e| s.ends_with(e))
        {
            continue;
        }
        let mut found = Units::default();
        read(s, &mut found);
        if found
            .lead
            .iter()
            .chain(&found.responsible)
            .all(|n| looks_like_org(n))
        {
            units.add(Role::Lead, found.lead);
            units.add(Role::Responsible, found.responsible);
        }
    }
}

/// `甲负责落实` / `甲牵头，乙、丙负责落实` / `甲、乙等按职责分工负责。列第一位者为牵头单位`.
pub fn read(group: &str, units: &mut Units) {
    // A time after the names (`甲局牵头，乙局配合；6月底前完成`) is no unit.
    let kept: Vec<&str> = group
        .split(['；', ';'])
        .filter(|p| !is_time(p) || split_names(p).iter().any(|n| looks_like_org(n)))
        .collect();
    let group = kept.join("；");
    let group = group.as_str();
    let trimmed = group.trim_end();
    if let Some(helpers) = HELPER_ENDINGS.iter().find_map(|e| trimmed.strip_suffix(e)) {
        read_helpers(helpers, units);
        return;
    }
    let Some(pos) = group
        .find("负责")
        .or_else(|| trimmed.ends_with("牵头").then_some(group.len()))
    else {
        return;
    };
    let mut body = group.get(..pos).unwrap_or("").trim();
    for q in RESPONSIBLE_QUALIFIERS {
        body = body.strip_suffix(q).unwrap_or(body);
    }
    let body = body.trim_end_matches(['，', ',', '、', ' ']);
    if let Some(lead_part) = body.strip_suffix("牵头") {
        let lead = split_names(lead_part);
        if lead.iter().any(|n| looks_like_org(n)) {
            units.add(Role::Lead, lead);
        }
        return;
    }
    if let Some(i) = body.find("牵头") {
        let lead = split_names(body.get(..i).unwrap_or(""));
        let rest = body.get(i + "牵头".len()..).unwrap_or("");
        let rest = rest.trim_start_matches(['，', ',', '、', ' ']);
        let rest = rest.strip_prefix("配合").unwrap_or(rest);
        if lead.iter().any(|n| looks_like_org(n)) {
            units.add(Role::Lead, lead);
            units.add(Role::Responsible, split_names(rest));
        }
        return;
    }
    let names = split_names(body);
    let orgs = names.iter().filter(|n| looks_like_org(n)).count();
    if names.is_empty()
        || orgs * 2 < names.len()
        || !names.first().is_some_and(|n| looks_like_org(n))
    {
        return;
    }
    let mut it = names.into_iter();
    if let Some(first) = it.next() {
        units.add(Role::Lead, vec![first]);
    }
    units.add(Role::Responsible, it.collect());
}

/// `甲局牵头，乙局配合` → lead 甲局, responsible 乙局; `甲局、乙局配合` → both responsible.
fn read_helpers(body: &str, units: &mut Units) {
    let body = body.trim_end_matches(['，', ',', '、', ' ']);
    // `甲局牵头，乙局配合` or `甲局负责，乙局配合`: the one before the word leads.
    let lead_word = ["牵头", "负责"]
        .iter()
        .find_map(|w| body.find(w).map(|i| (i, w.len())));
    let (lead_part, rest) = match lead_word {
        Some((i, n)) => (body.get(..i).unwrap_or(""), body.get(i + n..).unwrap_or("")),
        None => ("", body),
    };
    let lead = split_names(lead_part);
    let helpers = split_names(rest);
    let orgs = lead
        .iter()
        .chain(&helpers)
        .filter(|n| looks_like_org(n))
        .count();
    if orgs * 2 < lead.len() + helpers.len() || orgs == 0 {
        return;
    }
    units.add(Role::Lead, lead);
    units.add(Role::Responsible, helpers);
}

#[cfg(test)]
mod tests {
    use super::*;
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
            (v(&["甲部"]), v(&["乙部"]))
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
    fn each_qualifier_is_dropped() {
        for q in RESPONSIBLE_QUALIFIERS {
            assert_eq!(
                u(&format!("推进。（甲部、乙局{q}负责）")),
                (v(&["甲部"]), v(&["乙局"])),
                "{q}"
            );
        }
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
        assert_eq!(r("各区政府负责组织实施。"), (v(&[]), v(&[])));
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
        for e in HELPER_ENDINGS {
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
