//! What each numbered item is by its title and form, found once per tree: a preamble or
//! closing section (指导思想, 保障措施), a goal block ([`super::goals`]), or an auxiliary item
//! of a plan that carries its tasks elsewhere: a phase (`第一阶段：…`, `动员部署阶段（3月）`)
//! or a principle in a list of them (`（一）坚持人民至上。…`).

use super::boilerplate;
use super::goals;
use super::tree::{Item, Tree};
use crate::words::WORK_VERBS;

/// What each item of a tree is.
pub struct Roles {
    /// The item itself is auxiliary: its title, a goal block, a phase or a principle.
    own: Vec<bool>,
    /// The item or one of its ancestors is auxiliary.
    aux: Vec<bool>,
    /// The item is a goal block.
    goal: Vec<bool>,
    /// The item is work though under a preamble's heading ([`work_after_preamble`]).
    freed: Vec<bool>,
}

impl Roles {
    /// The roles of every item of `tree`.
    pub fn of(tree: &Tree) -> Roles {
        // A leaf naming its own units is work whatever its title (`（四）加强督查考核。每季度
        // 督查1次。（责任单位：县督查室）`), but for the bodies that run the plan (`组织机构`).
        // A closing section (`三、组织机构`) is one at the top level with prose alone under it.
        let titled: Vec<bool> = (tree.items.iter())
            .map(|it| {
                let closing = it.parent.is_none()
                    && it.children.is_empty()
                    && boilerplate::is_closing(&it.first);
                // `组织机构` over its roster (`组长：…`, `成员：…`) and their duties.
                let roster = boilerplate::names_organisers(&it.first) && holds_roster(tree, it);
                (boilerplate::is_auxiliary(&it.first) || closing || roster)
                    && !(it.children.is_empty()
                        && names_units(it)
                        && !boilerplate::names_organisers(&it.first))
            })
            .collect();
        // Under a heading of work (`一、重点任务`), an item titled like a safeguard
        // (`1、加强组织领导`) is one of its tasks, unless most of its list is titled so too.
        let titled: Vec<bool> = (0..titled.len())
            .map(|i| {
                if !flag(&titled, i) {
                    return false;
                }
                let parent = (tree.items.get(i))
                    .and_then(|it| it.parent)
                    .and_then(|p| tree.items.get(p))
                    .filter(|p| boilerplate::is_bare_work_heading(&p.first));
                let Some(parent) = parent else {
                    return flag(&titled, i);
                };
                let siblings = &parent.children;
                let safeguard = |s: usize| {
                    flag(&titled, s)
                        || (tree.items.get(s))
                            .is_some_and(|it| SAFEGUARD_TOPICS.iter().any(|w| it.first.contains(w)))
                };
                let safeguards = siblings.iter().filter(|&&s| safeguard(s)).count();
                // Safeguards that close the list (`（三）加强组织领导。` `（四）加强宣传引导。`).
                let closing = (siblings.iter())
                    .skip_while(|&&s| s != i)
                    .all(|&s| safeguard(s));
                safeguards * 2 > siblings.len() || closing
            })
            .collect();
        let mut own = titled;
        let form = by_form(tree);
        // Phases and principles are auxiliary when the plan has work of another kind: a plan
        // made only of phases keeps them as its tasks.
        // (The items under a phase, `1. 举办启动仪式。`, are its work, not work of another kind.)
        let above = inherit(tree, &own);
        let in_form = inherit(tree, &form);
        let other_work = (0..tree.items.len()).any(|i| {
            let leaf = tree.items.get(i).is_some_and(|it| it.children.is_empty());
            leaf && !flag(&above, i) && !flag(&in_form, i)
        });
        if other_work {
            for (o, f) in own.iter_mut().zip(&form) {
                *o = *o || *f;
            }
        }
        let goal = goals::blocks(tree, &inherit(tree, &own));
        for (o, g) in own.iter_mut().zip(&goal) {
            *o = *o || *g;
        }
        // A section whose items are all goal blocks (`一、明确建设教育强县的发展目标` over
        // `1.总体目标` and `2.任务指标`) holds the goals, no work.
        for (i, item) in tree.items.iter().enumerate() {
            let goals_only = !item.children.is_empty()
                && (item.children.iter()).all(|&c| goal.get(c).copied().unwrap_or(false));
            if goals_only {
                if let Some(o) = own.get_mut(i) {
                    *o = true;
                }
            }
        }
        // `一、总体要求` over `（一）指导思想` `（二）目标指标` and then `（三）优化产业布局。…`:
        // a plan numbering its items across sections, the heading of its work lost. The
        // items after the preamble's own are work.
        let freed = work_after_preamble(tree, &own);
        for (o, f) in own.iter_mut().zip(&freed) {
            *o = *o && !*f;
        }
        let mut aux: Vec<bool> = Vec::with_capacity(own.len());
        for (i, item) in tree.items.iter().enumerate() {
            let above = item.parent.is_some_and(|p| flag(&aux, p)) && !flag(&freed, i);
            aux.push(above || flag(&own, i));
        }
        Roles {
            own,
            aux,
            goal,
            freed,
        }
    }

    /// The item or one of its ancestors is auxiliary: not counted when the task level is chosen.
    pub fn is_aux(&self, idx: usize) -> bool {
        flag(&self.aux, idx)
    }

    /// The item itself is auxiliary (its sub-items follow it).
    pub fn is_own_aux(&self, idx: usize) -> bool {
        flag(&self.own, idx)
    }

    /// The item is a goal block.
    pub fn is_goal(&self, idx: usize) -> bool {
        flag(&self.goal, idx)
    }

    /// The item is work though its parent is a preamble's heading: it takes no part of the
    /// parent's role.
    pub fn is_freed(&self, idx: usize) -> bool {
        flag(&self.freed, idx)
    }
}

/// Topics of the safeguards that close a list of work (`强化宣传引导`, `严格督查考核`,
/// `强化资金保障`): a list made mostly of them is a safeguards list, whatever its heading.
const SAFEGUARD_TOPICS: &[&str] = &[
    "组织领导",
    "宣传引导",
    "舆论引导",
    "督查",
    "督导",
    "考核",
    "保障",
    "氛围",
    "统筹协调",
    "责任落实",
];

/// Items that are work though under a preamble's heading (`一、总体要求` over `（一）指导思想`
/// `（二）目标指标` `（三）优化产业布局。…` `（四）严控…产能。…`): the run of items closing its
/// list after at least one of the preamble's own, none of them auxiliary, two or more or one
/// opening on a verb of work and its object; only in a plan whose other headings are all
/// auxiliary (the heading of its work lost).
fn work_after_preamble(tree: &Tree, own: &[bool]) -> Vec<bool> {
    let mut out = vec![false; tree.items.len()];
    // Only where the plan has no other heading of work (the preamble's the only one left).
    let work_elsewhere = |i: usize| (tree.roots.iter()).any(|&r| r != i && !flag(own, r));
    for (i, item) in tree.items.iter().enumerate() {
        if !flag(own, i)
            || !boilerplate::is_preamble_heading(&item.first)
            || item.parent.is_some()
            || work_elsewhere(i)
        {
            continue;
        }
        let kids = &item.children;
        // (Principles listed after the guiding thought, `（二）坚持人民至上。`, are none.)
        let run = (kids.iter().rev())
            .take_while(|&&c| {
                !flag(own, c)
                    && (tree.items.get(c)).is_some_and(|it| !it.first.starts_with(PRINCIPLE_LEAD))
            })
            .count();
        if run == 0 || run == kids.len() {
            continue;
        }
        let first = kids.get(kids.len() - run).and_then(|&c| tree.items.get(c));
        // (A verb before an object of its own, not a noun of the plan's scope: `实施范围`.)
        let verb = first.is_some_and(|it| {
            let head = it
                .first
                .split(['。', '，', ',', '：', ':'])
                .next()
                .unwrap_or("");
            (WORK_VERBS.iter())
                .any(|v| head.strip_prefix(v).is_some_and(|o| o.chars().count() >= 3))
        });
        if run >= 2 || verb {
            for &c in &kids[kids.len() - run..] {
                if let Some(o) = out.get_mut(c) {
                    *o = true;
                }
            }
        }
    }
    out
}

fn flag(v: &[bool], i: usize) -> bool {
    v.get(i).copied().unwrap_or(false)
}

/// Each item's flag or-ed with its ancestors' (parents come before their children).
fn inherit(tree: &Tree, own: &[bool]) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::with_capacity(own.len());
    for (i, item) in tree.items.iter().enumerate() {
        let above = item.parent.is_some_and(|p| flag(&out, p));
        out.push(above || flag(own, i));
    }
    out
}

/// Longest head of a phase item (`集中整治阶段`).
const PHASE_HEAD_MAX: usize = 10;

/// Items that read as a phase or as a principle in a list of principles, naming no units.
fn by_form(tree: &Tree) -> Vec<bool> {
    let mut out: Vec<bool> = (tree.items.iter())
        .map(|it| is_phase(&it.first) && !names_units(it))
        .collect();
    let groups = std::iter::once(&tree.roots).chain(tree.items.iter().map(|it| &it.children));
    for group in groups {
        let items: Vec<&Item> = group.iter().filter_map(|&i| tree.items.get(i)).collect();
        // Principles are paragraphs: a `坚持…` heading over numbered work of its own
        // (`一、坚持智慧水利理念，严防水旱灾害` over `1.优化防汛指挥系统。`) is a section of work.
        let principles = items.len() >= 2
            && items.iter().all(|it| {
                it.first.starts_with(PRINCIPLE_LEAD) && !names_units(it) && it.children.is_empty()
            });
        if principles {
            for &i in group {
                if let Some(o) = out.get_mut(i) {
                    *o = true;
                }
            }
        }
    }
    out
}

/// Labels of a roster's lines (`组长：张三`, `成员：各部门负责人`).
const ROSTER_LABELS: &[&str] = &[
    "组长",
    "副组长",
    "指挥长",
    "副指挥长",
    "成员",
    "主任",
    "副主任",
];

/// True when an item's own lines, or its sub-items' first lines, hold a roster line
/// (`组长：…`) or set up a leading group (`成立…领导小组`): the bodies that run the plan.
fn holds_roster(tree: &Tree, item: &Item) -> bool {
    let roster_line = |l: &str| {
        let t = l.trim();
        ROSTER_LABELS.iter().any(|r| {
            t.strip_prefix(r)
                .is_some_and(|rest| rest.starts_with(['：', ':']))
        }) || (t.starts_with("成立") && (t.contains("领导小组") || t.contains("指挥部")))
    };
    let kids = (item.children.iter()).filter_map(|&c| tree.items.get(c));
    std::iter::once(&item.first)
        .chain(&item.body)
        .chain(kids.flat_map(|k| std::iter::once(&k.first).chain(&k.body)))
        .any(|l| roster_line(l))
}

/// How a principle starts (`坚持人民至上。`).
const PRINCIPLE_LEAD: &str = "坚持";

fn names_units(item: &Item) -> bool {
    std::iter::once(&item.first)
        .chain(&item.body)
        .any(|l| boilerplate::has_unit_tag(l))
}

/// `"第一阶段：调查摸底（1月至3月）。"`, `"动员部署阶段（2025年3月）。…"`: a phase of the plan's
/// schedule, by the head before its date or colon.
pub fn is_phase(first: &str) -> bool {
    // The head is short, ending at a bracket, colon, stop or comma: only its first characters
    // are looked at.
    let mut end = first.len();
    for (k, (i, c)) in first.char_indices().enumerate() {
        if matches!(c, '（' | '(' | '：' | ':' | '。' | '，' | ',' | ' ') {
            end = i;
            break;
        }
        if k > PHASE_HEAD_MAX + 2 {
            return false;
        }
    }
    let head = first.get(..end).unwrap_or("");
    let n = head.chars().count();
    head.ends_with("阶段") && (head.starts_with('第') || (3..=PHASE_HEAD_MAX).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_by_their_head() {
        for p in [
            "第一阶段：调查摸底（1月至3月）。",
            "第二阶段（4月至10月）：全面推进。",
            "动员部署阶段（2025年3月）。制定方案。",
            "集中整治阶段：全面排查隐患。",
        ] {
            assert!(is_phase(p), "{p}");
        }
        for p in [
            "推进阶段性成果转化。",
            "巩固脱贫攻坚成果同乡村振兴有效衔接阶段的各项工作，完善帮扶机制。",
            "阶段",
        ] {
            assert!(!is_phase(p), "{p}");
        }
    }

    fn task_ids(text: &str) -> Vec<String> {
        let doc = crate::outline::outline(text);
        doc.tasks.into_iter().map(|t| t.id).collect()
    }

    #[test]
    fn a_list_of_principles_is_no_tasks_one_principle_is() {
        let work = "二、重点任务\n（三）开展检查。年内检查2轮。（牵头单位：市甲局）\n（四）更新管网。改造管网5公里。（牵头单位：市乙局）";
        // Under a title that does not say 原则, a list of `坚持…` items is still principles.
        let plan = format!("示例市工作方案\n一、总体思路\n（一）坚持人民至上。保障安全。\n（二）坚持系统观念。统筹推进。\n{work}");
        assert_eq!(task_ids(&plan), ["二/(三)", "二/(四)"]);
        // One task that starts with 坚持 among others is a task.
        let plan = format!("示例市工作方案\n一、依法行政\n（一）坚持依法决策。完善程序。\n（二）规范执法行为。推行三项制度。\n{work}");
        assert_eq!(
            task_ids(&plan),
            ["一/(一)", "一/(二)", "二/(三)", "二/(四)"]
        );
    }

    #[test]
    fn a_plan_of_phases_only_keeps_them_as_tasks() {
        let plan = "示例县活动方案\n一、第一阶段：宣传发动（3月）。召开动员会。\n二、第二阶段：集中开展（4月至9月）。组织活动。\n三、第三阶段：总结表彰（10月）。评选先进。";
        assert_eq!(task_ids(plan), ["一", "二", "三"]);
    }
}
