//! Policy shorthands: names plans use for a set of measures (`行政执法三项制度`, `双随机、一公开`,
//! `放管服`) and the measures they stand for. A plan that writes the shorthand and one that
//! spells the measures out share no words, yet mean the same work; pairing reads a shorthand as
//! its measures too.
//!
//! Written from the national policy vocabulary, not from any one plan: each entry is a term
//! used across places and years, and its parts as plans commonly word them.

/// A shorthand and the measures it stands for, each worded as plans word it.
pub struct Shorthand {
    /// The shorthand as written (found anywhere in a task's words).
    pub name: &'static str,
    /// The measures, one per entry.
    pub parts: &'static [&'static str],
}

/// The shorthands read. The measures' words are what other plans use when they spell a
/// shorthand out; a name that is itself a phrase of its parts (`两法衔接`) is listed for its
/// full form, which shares words with plans that write that.
pub const SHORTHANDS: &[Shorthand] = &[
    Shorthand {
        name: "三项制度",
        parts: &[
            "行政执法公示制度",
            "执法全过程记录制度",
            "重大执法决定法制审核制度",
        ],
    },
    Shorthand {
        name: "双随机",
        parts: &[
            "随机抽取检查对象",
            "随机选派执法检查人员",
            "抽查情况及查处结果及时向社会公开",
        ],
    },
    Shorthand {
        name: "放管服",
        parts: &["简政放权", "放管结合", "优化服务"],
    },
    Shorthand {
        name: "两法衔接",
        parts: &["行政执法与刑事司法衔接"],
    },
    Shorthand {
        name: "三统一",
        parts: &["统一登记", "统一编号", "统一印发"],
    },
    Shorthand {
        name: "证照分离",
        parts: &[
            "直接取消审批",
            "审批改为备案",
            "实行告知承诺",
            "优化审批服务",
        ],
    },
    Shorthand {
        name: "三重一大",
        parts: &[
            "重大事项决策",
            "重要干部任免",
            "重大项目安排",
            "大额资金使用",
        ],
    },
    Shorthand {
        name: "四风",
        parts: &["形式主义", "官僚主义", "享乐主义", "奢靡之风"],
    },
    Shorthand {
        name: "三会一课",
        parts: &["支部党员大会", "支部委员会", "党小组会", "按时上好党课"],
    },
    Shorthand {
        name: "三公经费",
        parts: &["因公出国（境）经费", "公务用车购置及运行费", "公务接待费"],
    },
    Shorthand {
        name: "首违不罚",
        parts: &["首次轻微违法行为不予行政处罚"],
    },
    Shorthand {
        name: "三张清单",
        parts: &["权力清单", "责任清单", "负面清单"],
    },
    Shorthand {
        name: "八五普法",
        parts: &["第八个五年法治宣传教育规划"],
    },
    Shorthand {
        name: "七五普法",
        parts: &["第七个五年法治宣传教育规划"],
    },
    Shorthand {
        name: "府院联动",
        parts: &["政府与法院联动"],
    },
];

/// The shorthands `text` uses, as a set of bits: bit `k` for [`SHORTHANDS`]`[k]`.
pub fn used_in(text: &str) -> u32 {
    (SHORTHANDS.iter().enumerate())
        .filter(|(_, s)| text.contains(s.name))
        .fold(0, |used, (k, _)| used | 1 << k)
}

/// [`used_in`] for a text whose distinct bigram keys are `keys` (sorted by key, read through
/// `key`): the text is searched only for the names whose first two characters it holds, each
/// looked up by a binary search that starts where the last one ended.
pub fn used_in_sorted<T>(text: &str, keys: &[T], key: impl Fn(&T) -> u64) -> u32 {
    let mut used = 0u32;
    let mut from = 0;
    for &(first, k) in first_keys() {
        from += keys
            .get(from..)
            .map_or(0, |rest| rest.partition_point(|t| key(t) < first));
        if from >= keys.len() {
            break;
        }
        if keys.get(from).is_some_and(|t| key(t) == first) && text.contains(SHORTHANDS[k].name) {
            used |= 1 << k;
        }
    }
    used
}

/// The key of each name's first two characters with the entry's index, sorted by key (no two
/// names start alike: a test checks).
fn first_keys() -> &'static [(u64, usize)] {
    static KEYS: std::sync::OnceLock<Vec<(u64, usize)>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<(u64, usize)> = (SHORTHANDS.iter().enumerate())
            .filter_map(|(k, s)| {
                let mut cs = s.name.chars();
                Some((crate::chars::bigram_key((cs.next()?, cs.next()?)), k))
            })
            .collect();
        keys.sort_unstable();
        keys
    })
}

/// The entries of [`SHORTHANDS`] in the set `used` ([`used_in`]), as indexes, in table order.
pub fn entries(used: u32) -> impl Iterator<Item = usize> {
    (0..SHORTHANDS.len()).filter(move |k| used & (1 << k) != 0)
}

// A set of bits in a `u32` holds them all.
const _: () = assert!(SHORTHANDS.len() <= 32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shorthand_is_found_once_however_often_it_is_written() {
        let text = "严格落实行政执法三项制度，三项制度全覆盖；推进“双随机、一公开”监管。";
        let names: Vec<&str> = entries(used_in(text)).map(|k| SHORTHANDS[k].name).collect();
        assert_eq!(names, ["三项制度", "双随机"]);
        assert_eq!(used_in("加强行政执法公示"), 0);
    }

    #[test]
    fn every_entry_has_parts_and_no_name_twice() {
        let mut names: Vec<&str> = SHORTHANDS.iter().map(|s| s.name).collect();
        assert!(SHORTHANDS.iter().all(|s| !s.parts.is_empty()));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SHORTHANDS.len());
        // No two names start with the same two characters (one key each in the merge).
        let mut firsts: Vec<u64> = first_keys().iter().map(|f| f.0).collect();
        firsts.dedup();
        assert_eq!(firsts.len(), SHORTHANDS.len());
        // The merge finds what the search finds.
        let text = "落实行政执法三项制度，深化放管服改革，推进证照分离。";
        let mut keys = crate::chars::bigram_set(text);
        keys.dedup();
        assert_eq!(used_in_sorted(text, &keys, |&k| k), used_in(text));
        assert_eq!(entries(used_in(text)).count(), 3);
    }
}
