//! Target changes of a pair: the two tasks' targets matched by metric and unit, each judged
//! same / raised / lowered / new / dropped / changed, and stricter or looser by its comparator.
//!
//! `不少于3次` → `不少于4次` is `raised`, `stricter`; `败诉率不高于15%` → `不高于10%` is
//! `lowered`, `stricter`; `10月底前` → `9月底前` is `changed`, `stricter`.

use super::meaning;
use crate::chars::{bigram_set, compact};
use crate::model::{Comparator, Direction, Target, TargetChange, TargetChangeKind};

/// Units that name the same quantity, folded to one spelling. Extend here, one row per form.
pub const UNIT_ALIASES: &[(&str, &str)] = &[
    ("个工作日", "工作日"),
    ("平米", "平方米"),
    ("万平米", "万平方米"),
    ("天", "日"),
    ("个月", "月"),
    ("％", "%"),
    ("个百分点", "%"),
    ("课时", "学时"),
    ("期", "批次"),
    ("批", "批次"),
    ("场", "次"),
    ("场次", "次"),
];

/// Units that count occasions (`培训2期` = `培训2次`): one family when targets are matched and
/// judged, though each keeps its spelling.
pub const OCCASIONS: &[&str] = &["次", "批次", "轮"];

/// Scales written into a unit (`1.2万人`, `3亿元`), and what each multiplies by.
const UNIT_SCALES: &[(char, f64)] = &[('万', 1e4), ('亿', 1e8)];

/// A unit without its scale and the factor it takes with it: `万人` → (`人`, 10⁴), `人` →
/// (`人`, 1). `1.2万人` and `12000人` are one figure.
fn unscaled(unit: &str) -> (&str, f64) {
    let mut cs = unit.chars();
    match (cs.next(), cs.as_str()) {
        (Some(c), rest) if !rest.is_empty() => UNIT_SCALES
            .iter()
            .find(|(s, _)| *s == c)
            .map_or((unit, 1.0), |&(_, f)| (rest, f)),
        _ => (unit, 1.0),
    }
}

/// The unit a target is compared in: its [`unit_key`] without a scale, with counts of
/// occasions as one.
fn compared_unit(unit: &str) -> String {
    let key = unit_key(unscaled(unit).0);
    if OCCASIONS.contains(&key.as_str()) {
        "次".to_string()
    } else {
        key
    }
}

/// The comparator a target is compared with: `约60%` is read as 60%.
fn compared_comparator(c: Comparator) -> Comparator {
    if c == Comparator::About {
        Comparator::Equal
    } else {
        c
    }
}

/// Characters before a measure's ending that name what it measures (`办理` in `网上办理率`).
const NAME_WORD: usize = 2;

/// Least metric similarity for two targets with the same kind of unit to be one target.
const SAME_UNIT_MIN: f64 = 0.2;
/// Least metric similarity for the one target of a kind (numeric, deadline) left on each side
/// to be one target reworded.
const LAST_LEFT_MIN: f64 = 0.1;
/// Least metric similarity for two numeric targets in different units (`期` → `学时`).
const OTHER_UNIT_MIN: f64 = 0.45;

/// A unit folded to one spelling (`个工作日` → `工作日`).
pub fn unit_key(unit: &str) -> String {
    let u = compact(unit);
    UNIT_ALIASES
        .iter()
        .find(|(form, _)| *form == u)
        .map_or(u, |(_, key)| key.to_string())
}

fn is_deadline(t: &Target) -> bool {
    t.comparator == Comparator::By
        || t.unit == "date"
        || (t.value.is_none() && t.deadline.is_some())
}

/// Weighted Dice overlap of two sorted key sets: shared weight over total weight.
fn weighted_dice(x: &[u64], y: &[u64], weight: &dyn Fn(u64) -> f64) -> f64 {
    let total: f64 = x.iter().chain(y).map(|&k| weight(k)).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let shared: f64 = x
        .iter()
        .filter(|k| y.binary_search(k).is_ok())
        .map(|&k| weight(k))
        .sum();
    2.0 * shared / total
}

/// A target's bigram keys, made once per target rather than once per candidate match (a task
/// with hundreds of targets would otherwise rebuild them for every pair).
struct Keys {
    metric: Vec<u64>,
    text: Vec<u64>,
}

impl Keys {
    fn of(t: &Target) -> Self {
        Keys {
            metric: bigram_set(&t.metric),
            text: bigram_set(&t.text),
        }
    }

    /// [`Keys::of`] a goal's target: its text's words alone ([`words_of`]). Two plans' goals
    /// are not known to be one aim, and one figure (`100%`, `0`) measures many things; a
    /// pair's task keeps the figure as evidence of its target reworded.
    fn of_goal(t: &Target) -> Self {
        Keys {
            metric: bigram_set(&t.metric),
            text: bigram_set(&words_of(&t.text)),
        }
    }
}

/// A target's text without its figures: two targets of one value (`水源水质100%达标`,
/// `安全利用率保持100%`) share the figure's bigrams (`10`, `00`, `0%`), and no word.
fn words_of(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' | '０'..='９' | '.' | '%' | '％' => ' ',
            _ => c,
        })
        .collect()
}

/// A list of keys with the weight of each and the weights' sum, weighed once per target for
/// all the targets it is matched against.
struct Weighed<'k> {
    keys: &'k [u64],
    weights: Vec<f64>,
    sum: f64,
}

impl<'k> Weighed<'k> {
    fn of(keys: &'k [u64], weight: &dyn Fn(u64) -> f64) -> Self {
        let weights: Vec<f64> = keys.iter().map(|&k| weight(k)).collect();
        let sum = weights.iter().sum();
        Weighed { keys, weights, sum }
    }

    /// [`weighted_dice`] of the two lists, the same sums in the same order: the total goes on
    /// from `x`'s sum through `y`'s weights, the shared weight is `x`'s shared keys' in order
    /// (found in one merge, as both lists are sorted and distinct).
    fn dice(x: &Self, y: &Self) -> f64 {
        let total = y.weights.iter().fold(x.sum, |t, &w| t + w);
        if total <= 0.0 {
            return 0.0;
        }
        let mut j = 0;
        let shared: f64 = (x.keys.iter().zip(&x.weights))
            .filter(|&(&k, _)| {
                while y.keys.get(j).is_some_and(|&m| m < k) {
                    j += 1;
                }
                y.keys.get(j) == Some(&k)
            })
            .map(|(_, &w)| w)
            .sum();
        2.0 * shared / total
    }
}

/// A target's [`Keys`], weighed.
struct WeighedKeys<'k> {
    metric: Weighed<'k>,
    text: Weighed<'k>,
}

impl<'k> WeighedKeys<'k> {
    fn of(keys: &'k Keys, weight: &dyn Fn(u64) -> f64) -> Self {
        WeighedKeys {
            metric: Weighed::of(&keys.metric, weight),
            text: Weighed::of(&keys.text, weight),
        }
    }

    /// [`similarity`] of the two targets' keys.
    fn similarity(a: &Self, b: &Self) -> f64 {
        let by_metric = Weighed::dice(&a.metric, &b.metric);
        let by_text = Weighed::dice(&a.text, &b.text);
        by_metric.max(by_text)
    }
}

/// How alike two targets' metrics are, 0.0–1.0, from their metric names and phrases, each
/// bigram weighted by how much it tells tasks apart.
pub fn metric_similarity(a: &Target, b: &Target, weight: &dyn Fn(u64) -> f64) -> f64 {
    similarity(&Keys::of(a), &Keys::of(b), weight)
}

fn similarity(a: &Keys, b: &Keys, weight: &dyn Fn(u64) -> f64) -> f64 {
    let by_metric = weighted_dice(&a.metric, &b.metric, weight);
    let by_text = weighted_dice(&a.text, &b.text, weight);
    by_metric.max(by_text)
}

/// True when both targets name their measure (`网上办理率`, `群众满意率`) and the words right
/// before the endings share no character: two rates of different things are not one target
/// because their phrases share a verb or a subject (`政务服务…`); `备案率` and `报备率` share
/// `备`, and may be. Nor are two names whose words before what they end on alike share no
/// character at all (`残疾人就业率` and `高校毕业生总体就业率`); a word added to one name
/// (`高校毕业生就业率` → `高校毕业生总体就业率`) leaves them one measure.
fn names_differ(a: &Target, b: &Target) -> bool {
    use crate::extract::metric::{has_ending, METRIC_ENDINGS};
    if !has_ending(&a.metric) || !has_ending(&b.metric) {
        return false;
    }
    let (ma, mb): (Vec<char>, Vec<char>) = (a.metric.chars().collect(), b.metric.chars().collect());
    let ending = |m: &str| {
        (METRIC_ENDINGS.iter())
            .filter(|e| m.ends_with(*e))
            .map(|e| e.chars().count())
            .max()
            .unwrap_or(0)
    };
    let disjoint =
        |x: &[char], y: &[char]| !x.is_empty() && !y.is_empty() && !x.iter().any(|c| y.contains(c));
    // The words right before each one's ending.
    let near = |m: &[char], e: usize| -> Vec<char> {
        let head = &m[..m.len().saturating_sub(e)];
        head[head.len().saturating_sub(NAME_WORD)..].to_vec()
    };
    if disjoint(&near(&ma, ending(&a.metric)), &near(&mb, ending(&b.metric))) {
        return true;
    }
    // All the words before the end both names share, a few words each (`全市` and `中心城区`
    // may scope one measure).
    let common = (ma.iter().rev().zip(mb.iter().rev()))
        .take_while(|(x, y)| x == y)
        .count();
    let (ha, hb) = (
        &ma[..ma.len().saturating_sub(common)],
        &mb[..mb.len().saturating_sub(common)],
    );
    ha.len() >= SUBJECT_CHARS && hb.len() >= SUBJECT_CHARS && disjoint(ha, hb)
}

/// Fewest characters before the shared end of two names for them to name different subjects.
const SUBJECT_CHARS: usize = 3;

/// The score of matching `a` with `b`, or `None` when they cannot be one target.
fn match_score(
    (a, ka): (&Target, &WeighedKeys),
    (b, kb): (&Target, &WeighedKeys),
    of: Pairing,
) -> Option<f64> {
    if is_deadline(a) != is_deadline(b) {
        return None;
    }
    let sim = WeighedKeys::similarity(ka, kb);
    let same_value = a.value == b.value && a.value.is_some();
    let bonus = if same_value { 0.1 } else { 0.0 };
    if is_deadline(a) {
        // A goal's deadline target reads as its date alone (`到2030年`): only the aims' words
        // tell two goals apart.
        return match of {
            Pairing::Task => (sim >= SAME_UNIT_MIN).then_some(sim + 0.5),
            Pairing::Goals => {
                let sim = Weighed::dice(&ka.metric, &kb.metric);
                (sim >= GOAL_DEADLINE_MIN).then_some(sim + 0.5)
            }
        };
    }
    let same_unit = compared_unit(&a.unit) == compared_unit(&b.unit);
    if names_differ(a, b) {
        return None;
    }
    if same_unit && sim >= SAME_UNIT_MIN {
        Some(sim + 0.5 + bonus)
    } else if !same_unit && sim >= OTHER_UNIT_MIN {
        Some(sim)
    } else {
        None
    }
}

/// Compares the targets of A's task with those of B's task, every bigram weighing the same.
pub fn diff_targets(a: &[Target], b: &[Target]) -> Vec<TargetChange> {
    diff_targets_weighted(a, b, &|_| 1.0)
}

/// Compares the targets of A's task with those of B's task, metric bigrams weighted by
/// `weight` (an inverse document frequency, so that words every task uses count little).
///
/// Targets are matched best first; then, when exactly one numeric target (or one deadline) is
/// left on each side and they share a word, they are taken as one target reworded
/// (`举办1期培训班` → `培训不少于60学时` is `changed`).
pub fn diff_targets_weighted(
    a: &[Target],
    b: &[Target],
    weight: &dyn Fn(u64) -> f64,
) -> Vec<TargetChange> {
    diff_targets_with(a, b, weight, Pairing::Task)
}

/// Compares the goal targets of two plans: as [`diff_targets`], but the one target of a kind
/// left on each side is not taken as one reworded. Two plans' goals are not known to be the
/// same goals, as a pair's tasks are one task (`到2030年，形成…服务体系` and `到2030年，健康素养
/// 水平全面提升` are two aims).
pub fn diff_goal_targets(a: &[Target], b: &[Target]) -> Vec<TargetChange> {
    diff_targets_with(a, b, &|_| 1.0, Pairing::Goals)
}

/// What the targets compared belong to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pairing {
    /// One task in both plans (a pair): its targets are likely the same ones, reworded.
    Task,
    /// Two plans' goals: a deadline alone is little evidence that two aims are one.
    Goals,
}

/// Least metric similarity for two goals' deadlines to be one target.
const GOAL_DEADLINE_MIN: f64 = 0.35;

/// [`diff_targets_weighted`] for the targets of a task or of goals.
fn diff_targets_with(
    a: &[Target],
    b: &[Target],
    weight: &dyn Fn(u64) -> f64,
    of: Pairing,
) -> Vec<TargetChange> {
    let last_left = of == Pairing::Task;
    // Keys made and weighed only when there are pairs to score (a side without targets has
    // all of the other's new or dropped).
    let pairs = !a.is_empty() && !b.is_empty();
    let keys = match of {
        Pairing::Task => Keys::of,
        Pairing::Goals => Keys::of_goal,
    };
    let keys_a: Vec<Keys> = a.iter().filter(|_| pairs).map(keys).collect();
    let keys_b: Vec<Keys> = b.iter().filter(|_| pairs).map(keys).collect();
    let weighed_a: Vec<WeighedKeys> = keys_a.iter().map(|k| WeighedKeys::of(k, weight)).collect();
    let weighed_b: Vec<WeighedKeys> = keys_b.iter().map(|k| WeighedKeys::of(k, weight)).collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, ta) in a.iter().zip(&weighed_a).enumerate() {
        for (j, tb) in b.iter().zip(&weighed_b).enumerate() {
            if let Some(s) = match_score(ta, tb, of) {
                candidates.push((s, i, j));
            }
        }
    }
    crate::sort::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
    });
    let mut used_a = vec![false; a.len()];
    let mut used_b: Vec<Option<usize>> = vec![None; b.len()];
    for (_, i, j) in candidates {
        if !used_a[i] && used_b[j].is_none() {
            used_a[i] = true;
            used_b[j] = Some(i);
        }
    }
    for deadlines in [false, true].into_iter().filter(|_| last_left) {
        let left_a: Vec<usize> = (0..a.len())
            .filter(|&i| !used_a[i] && is_deadline(&a[i]) == deadlines)
            .collect();
        let left_b: Vec<usize> = (0..b.len())
            .filter(|&j| used_b[j].is_none() && is_deadline(&b[j]) == deadlines)
            .collect();
        if let ([i], [j]) = (left_a.as_slice(), left_b.as_slice()) {
            let (ka, kb) = (&keys_a[*i], &keys_b[*j]);
            let sim = similarity(ka, kb, weight).max(similarity(ka, kb, &|_| 1.0));
            if sim >= LAST_LEFT_MIN && !names_differ(&a[*i], &b[*j]) {
                used_a[*i] = true;
                used_b[*j] = Some(*i);
            }
        }
    }
    let mut out = Vec::new();
    for (j, tb) in b.iter().enumerate() {
        match used_b[j].and_then(|i| a.get(i)) {
            Some(ta) => out.push(judge(ta, tb)),
            None => out.push(TargetChange {
                metric: tb.metric.clone(),
                a: None,
                b: Some(tb.clone()),
                change: TargetChangeKind::New,
                direction: None,
                values: meaning::values(None, Some(tb)),
                a_task: None,
                b_task: None,
            }),
        }
    }
    for (i, ta) in a.iter().enumerate() {
        if !used_a[i] {
            out.push(TargetChange {
                metric: ta.metric.clone(),
                a: Some(ta.clone()),
                b: None,
                change: TargetChangeKind::Dropped,
                direction: None,
                values: meaning::values(Some(ta), None),
                a_task: None,
                b_task: None,
            });
        }
    }
    out
}

/// Whether a higher value asks more: yes for `>=`, `>`, `=` (达100%); no for `<=`, `<` and time
/// limits (`3个工作日内`).
fn higher_is_stricter(c: Comparator) -> Option<bool> {
    match c {
        Comparator::AtLeast | Comparator::MoreThan | Comparator::Equal | Comparator::About => {
            Some(true)
        }
        Comparator::AtMost | Comparator::LessThan | Comparator::Within => Some(false),
        Comparator::By => None,
    }
}

/// Judges two matched targets.
fn judge(a: &Target, b: &Target) -> TargetChange {
    let metric = if b.metric.is_empty() {
        a.metric.clone()
    } else {
        b.metric.clone()
    };
    let (change, direction) = judge_kind(a, b);
    // (A turned aim shows its words: `下降8%→增长2%`, not `8→2%`.)
    let values = match reversed(a, b) {
        Some((wa, wb)) => format!("{wa}{}→{wb}{}", meaning::shown(a), meaning::shown(b)),
        None => meaning::values(Some(a), Some(b)),
    };
    TargetChange {
        metric,
        a: Some(a.clone()),
        b: Some(b.clone()),
        change,
        direction,
        values,
        a_task: None,
        b_task: None,
    }
}

fn judge_kind(a: &Target, b: &Target) -> (TargetChangeKind, Option<Direction>) {
    let deadline_a = a.deadline.as_deref().map(compact);
    let deadline_b = b.deadline.as_deref().map(compact);
    let deadline_dir = match (&deadline_a, &deadline_b) {
        (Some(x), Some(y)) if x != y => match meaning::deadline_order(x, y) {
            Some(std::cmp::Ordering::Greater) => Some(Direction::Stricter),
            Some(std::cmp::Ordering::Less) => Some(Direction::Looser),
            _ => None,
        },
        _ => None,
    };
    if is_deadline(a) {
        return if deadline_a == deadline_b {
            (TargetChangeKind::Same, None)
        } else {
            (TargetChangeKind::Changed, deadline_dir)
        };
    }
    // `排放下降8%` → `排放增长2%`: the aim turned round, no level raised or lowered.
    if reversed(a, b).is_some() {
        return (TargetChangeKind::Changed, None);
    }
    let (fa, fb) = (unscaled(&a.unit).1, unscaled(&b.unit).1);
    let (va, vb) = match (a.value, b.value) {
        (Some(x), Some(y)) => (x * fa, y * fb),
        _ => return (TargetChangeKind::Changed, None),
    };
    // A figure with no unit of its own (`1000万以上`, scaled when read) is the same figure as
    // one with its count's unit (`1000万人以上`).
    let unit_left_out = (a.unit.is_empty() || b.unit.is_empty()) && near(va, vb);
    if compared_unit(&a.unit) != compared_unit(&b.unit) && !unit_left_out {
        return (TargetChangeKind::Changed, None);
    }
    // The top of each range (the figure itself when there is none).
    let (ma, mb) = (
        a.value_max.map_or(va, |m| m * fa),
        b.value_max.map_or(vb, |m| m * fb),
    );
    if !near(va, vb) || !near(ma, mb) {
        let raised = vb > va || (near(va, vb) && mb > ma);
        let kind = if raised {
            TargetChangeKind::Raised
        } else {
            TargetChangeKind::Lowered
        };
        let direction = if compared_comparator(a.comparator) == compared_comparator(b.comparator) {
            higher_is_stricter(b.comparator).map(|h| {
                if h == raised {
                    Direction::Stricter
                } else {
                    Direction::Looser
                }
            })
        } else {
            None
        };
        return (kind, direction);
    }
    let (ca, cb) = (
        compared_comparator(a.comparator),
        compared_comparator(b.comparator),
    );
    // A bare count of occasions (`组织培训2期`) commits to as many as `不少于2次`.
    let occasions = OCCASIONS.contains(&compared_unit(&a.unit).as_str());
    let count_alike = occasions
        && matches!(
            (ca, cb),
            (Comparator::AtLeast, Comparator::Equal) | (Comparator::Equal, Comparator::AtLeast)
        );
    // Nothing is below none (`污染天数为0` = `控制在0天`), nor above all (`达到100%` = `不低于
    // 100%`).
    let bound_alike = (near(va, 0.0)
        && matches!(ca, Comparator::Equal | Comparator::AtMost)
        && matches!(cb, Comparator::Equal | Comparator::AtMost))
        || (near(va, 100.0)
            && compared_unit(&a.unit) == "%"
            && matches!(ca, Comparator::Equal | Comparator::AtLeast)
            && matches!(cb, Comparator::Equal | Comparator::AtLeast));
    if ca != cb && !count_alike && !bound_alike {
        return (TargetChangeKind::Changed, comparator_direction(ca, cb));
    }
    if deadline_a != deadline_b {
        return (TargetChangeKind::Changed, deadline_dir);
    }
    // The same count over another period (`每季度1次` → `每月1次`) is a change.
    // A period on one side only, or a year written two ways (`全年`/`每年`), is no change.
    let year = |p: &str| {
        if matches!(p, "全年" | "年均") {
            "每年".to_string()
        } else {
            p.to_string()
        }
    };
    if let (Some(pa), Some(pb)) = (&a.per, &b.per) {
        if year(pa) != year(pb) {
            return (TargetChangeKind::Changed, None);
        }
    }
    (TargetChangeKind::Same, None)
}

/// Change words that say a fall (the others of [`crate::extract::quantity::CHANGE_WORDS`] say
/// a rise).
const FALLS: &[&str] = &["下降", "降低", "减少"];

/// The change words two targets' measures end on when one says a rise and the other a fall
/// (`…排放下降` and `…排放增长`).
fn reversed(a: &Target, b: &Target) -> Option<(&'static str, &'static str)> {
    let word = |m: &str| {
        (crate::extract::quantity::CHANGE_WORDS.iter())
            .find(|w| m.ends_with(*w))
            .copied()
    };
    let (wa, wb) = (word(&a.metric)?, word(&b.metric)?);
    (FALLS.contains(&wa) != FALLS.contains(&wb)).then_some((wa, wb))
}

/// True when two figures are one, up to the rounding of a scaled figure (`1.2万` × 10⁴).
fn near(x: f64, y: f64) -> bool {
    (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
}

/// Same value, other comparator: `>=` → `>` asks more; `<=` → `<` asks more.
fn comparator_direction(a: Comparator, b: Comparator) -> Option<Direction> {
    use Comparator::*;
    match (a, b) {
        (AtLeast, MoreThan) | (AtMost, LessThan) | (AtLeast, Equal) => Some(Direction::Stricter),
        (MoreThan, AtLeast) | (LessThan, AtMost) | (Equal, AtLeast) => Some(Direction::Looser),
        _ => None,
    }
}

/// Named points of the year and their day number, for ordering deadlines. Extend here.
const YEAR_POINTS: &[(&str, u32)] = &[
    ("年初", 15),
    ("一季度", 90),
    ("第一季度", 90),
    ("上半年", 181),
    ("二季度", 181),
    ("第二季度", 181),
    ("三季度", 273),
    ("第三季度", 273),
    ("年底", 365),
    ("年末", 365),
    ("四季度", 365),
    ("第四季度", 365),
    ("下半年", 365),
    ("年内", 365),
];

/// Day of the year a deadline falls on, roughly (`10月底前` → 304, `3月1日前` → 60), when the
/// phrase names a month or a known point of the year.
pub fn deadline_day(deadline: &str) -> Option<u32> {
    let chars: Vec<char> = deadline.chars().collect();
    let month_at = chars.iter().position(|&c| c == '月');
    if let Some(m) = month_at {
        let month = digits_before(&chars, m)?;
        if !(1..=12).contains(&month) {
            return None;
        }
        let start = (month - 1) * 30 + (month - 1) / 2;
        let rest: String = chars[m + 1..].iter().collect();
        let day = if let Some(d) = rest.find('日') {
            let day_chars: Vec<char> = rest[..d].chars().collect();
            digits_before(&day_chars, day_chars.len()).unwrap_or(1)
        } else if rest.starts_with('底') || rest.starts_with('末') || rest.starts_with("下旬") {
            30
        } else if rest.starts_with("中旬") {
            15
        } else {
            // `3月前`: before March begins.
            0
        };
        return Some(start + day);
    }
    YEAR_POINTS
        .iter()
        .filter(|(name, _)| deadline.contains(name))
        .max_by_key(|(name, _)| name.len())
        .map(|&(_, day)| day)
}

fn digits_before(chars: &[char], end: usize) -> Option<u32> {
    let mut start = end;
    while start > 0 && chars.get(start - 1).is_some_and(|c| c.is_ascii_digit()) {
        start -= 1;
    }
    if start == end {
        return None;
    }
    chars[start..end].iter().collect::<String>().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dice from the weights made once is the Dice of the weights looked up for each pair.
    #[test]
    fn weighed_dice_is_weighted_dice() {
        let lists: [&[u64]; 5] = [&[], &[3], &[1, 3, 7, 9], &[2, 3, 9, 11, 40], &[0, 7, 40]];
        let weights: [&dyn Fn(u64) -> f64; 3] =
            [&|_| 1.0, &|k| 0.1 + (k % 5) as f64 * 0.37, &|k| {
                if k % 2 == 0 {
                    0.0
                } else {
                    1.0 / 3.0
                }
            }];
        for weight in weights {
            for x in lists {
                for y in lists {
                    let (wx, wy) = (Weighed::of(x, weight), Weighed::of(y, weight));
                    let got = Weighed::dice(&wx, &wy);
                    assert_eq!(got.to_bits(), weighted_dice(x, y, weight).to_bits());
                }
            }
        }
    }

    fn t(metric: &str, comparator: Comparator, value: Option<f64>, unit: &str) -> Target {
        Target {
            text: format!(
                "{metric}{}",
                value.map(|v| v.to_string()).unwrap_or_default()
            ),
            metric: metric.into(),
            comparator,
            value,
            value_max: None,
            unit: unit.into(),
            deadline: None,
            per: None,
            baseline: None,
            base: None,
            kind: crate::model::TargetKind::Commitment,
        }
    }

    #[test]
    fn rates_of_different_people_with_one_ending_differ() {
        let r = |m: &str| t(m, Comparator::AtLeast, Some(60.0), "%");
        let differ = |x: &str, y: &str| names_differ(&r(x), &r(y));
        // The shared `就业率` is the ending; `残疾人` and `毕业生总体` measure different people.
        assert!(differ("劳动年龄段持证残疾人就业率", "高校毕业生总体就业率"));
        assert!(differ("信访事项办理率", "行政复议案件依法受理率"));
        // One name holding the other, or names sharing a character before the ending, may be
        // one target.
        assert!(!differ("网上办理率", "政务服务事项网上办理率"));
        assert!(!differ("报备率", "备案率"));
        // A word added to one name leaves one measure.
        assert!(!differ("高校毕业生就业率", "高校毕业生总体就业率"));
        assert!(!differ(
            "城市建成区黑臭水体消除比例",
            "城市黑臭水体消除比例"
        ));
        assert!(!differ(
            "中心城区空气质量优良天数比例",
            "全市空气质量优良天数比例"
        ));
    }

    fn date(metric: &str, deadline: &str) -> Target {
        Target {
            text: format!("{deadline}{metric}"),
            metric: metric.into(),
            comparator: Comparator::By,
            value: None,
            value_max: None,
            unit: "date".into(),
            deadline: Some(deadline.into()),
            per: None,
            baseline: None,
            base: None,
            kind: crate::model::TargetKind::Commitment,
        }
    }

    #[test]
    fn each_unit_alias_row_folds() {
        for (form, key) in UNIT_ALIASES {
            assert_eq!(unit_key(form), *key, "{form}");
        }
        assert_eq!(unit_key("次"), "次");
    }

    #[test]
    fn raised_at_least_bound_is_stricter() {
        let c = diff_targets(
            &[t("法治专题讲座次数", Comparator::AtLeast, Some(3.0), "次")],
            &[t("法治专题讲座次数", Comparator::AtLeast, Some(4.0), "次")],
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].change, TargetChangeKind::Raised);
        assert_eq!(c[0].direction, Some(Direction::Stricter));
    }

    #[test]
    fn lowered_at_most_bound_is_stricter() {
        let c = diff_targets(
            &[t("败诉率", Comparator::AtMost, Some(15.0), "%")],
            &[t("败诉率", Comparator::AtMost, Some(10.0), "%")],
        );
        assert_eq!(c[0].change, TargetChangeKind::Lowered);
        assert_eq!(c[0].direction, Some(Direction::Stricter));
    }

    #[test]
    fn longer_time_limit_is_looser() {
        let c = diff_targets(
            &[t("办理时限", Comparator::Within, Some(3.0), "个工作日")],
            &[t("办理时限", Comparator::Within, Some(5.0), "工作日")],
        );
        assert_eq!(c[0].change, TargetChangeKind::Raised);
        assert_eq!(c[0].direction, Some(Direction::Looser));
    }

    #[test]
    fn earlier_deadline_is_stricter() {
        let c = diff_targets(
            &[date("公布目录", "10月底前")],
            &[date("公布目录", "9月底前")],
        );
        assert_eq!(c[0].change, TargetChangeKind::Changed);
        assert_eq!(c[0].direction, Some(Direction::Stricter));
        let c = diff_targets(
            &[date("报告情况", "每年3月1日前")],
            &[date("报告情况", "每年3月1日前")],
        );
        assert_eq!(c[0].change, TargetChangeKind::Same);
    }

    #[test]
    fn same_count_over_another_period_is_a_change() {
        let mut a = t("检查", Comparator::AtLeast, Some(1.0), "次");
        let mut b = a.clone();
        a.per = Some("每季度".into());
        b.per = Some("每月".into());
        let c = diff_targets(&[a.clone()], &[b]);
        assert_eq!(c[0].change, TargetChangeKind::Changed);
        let c = diff_targets(&[a.clone()], &[a.clone()]);
        assert_eq!(c[0].change, TargetChangeKind::Same);
        let (mut y, mut q) = (a.clone(), a);
        y.per = Some("全年".into());
        q.per = Some("每年".into());
        assert_eq!(diff_targets(&[y], &[q])[0].change, TargetChangeKind::Same);
    }

    #[test]
    fn unrelated_targets_are_new_and_dropped() {
        let c = diff_targets(
            &[t("出庭应诉率", Comparator::MoreThan, Some(50.0), "%")],
            &[t("座谈会次数", Comparator::Equal, Some(1.0), "次")],
        );
        let kinds: Vec<_> = c.iter().map(|x| x.change).collect();
        assert_eq!(
            kinds,
            vec![TargetChangeKind::New, TargetChangeKind::Dropped]
        );
        let c = diff_targets(
            &[date("公布清单", "年底前")],
            &[t("公布率", Comparator::Equal, Some(100.0), "%")],
        );
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn best_metric_wins_among_several() {
        let a = [t("法治专题讲座次数", Comparator::AtLeast, Some(3.0), "次")];
        let b = [
            t("中心组学法次数", Comparator::AtLeast, Some(4.0), "次"),
            t("法治专题讲座次数", Comparator::AtLeast, Some(3.0), "次"),
        ];
        let c = diff_targets(&a, &b);
        assert_eq!(c[1].change, TargetChangeKind::Same);
        assert_eq!(c[0].change, TargetChangeKind::New);
    }

    #[test]
    fn the_one_target_left_on_each_side_is_reworded() {
        let a = [
            t("专题培训班", Comparator::AtLeast, Some(1.0), "期"),
            date("资格清理", "年内"),
        ];
        let b = [t("法律法规培训", Comparator::AtLeast, Some(60.0), "学时")];
        let c = diff_targets(&a, &b);
        assert_eq!(c[0].change, TargetChangeKind::Changed);
        assert!(c[0].a.is_some());
        assert_eq!(c[1].change, TargetChangeKind::Dropped);
        // With two candidates on one side nothing says which one was reworded.
        let b2 = [
            t("法律法规培训", Comparator::AtLeast, Some(60.0), "学时"),
            t("培训覆盖率", Comparator::Equal, Some(100.0), "%"),
        ];
        let c = diff_targets(&a, &b2);
        assert!(c.iter().all(|x| x.a.is_none() || x.b.is_none()));
    }

    #[test]
    fn deadlines_far_apart_in_meaning_stay_apart() {
        let c = diff_targets(
            &[date("公布免罚清单", "年底前")],
            &[date("发布典型案例", "年初")],
        );
        let kinds: Vec<_> = c.iter().map(|x| x.change).collect();
        assert_eq!(
            kinds,
            vec![TargetChangeKind::New, TargetChangeKind::Dropped]
        );
        let c = diff_targets(
            &[date("公布决策目录", "10月底前")],
            &[date("公布年度目录", "每年一季度")],
        );
        assert_eq!(c[0].change, TargetChangeKind::Changed);
        assert_eq!(c[0].direction, Some(Direction::Stricter));
    }

    #[test]
    fn deadline_days_order_the_year() {
        assert!(deadline_day("3月1日前") < deadline_day("10月底前"));
        assert!(deadline_day("每年一季度") < deadline_day("年底前"));
        assert_eq!(deadline_day("适时"), None);
        assert_eq!(deadline_day("13月"), None);
    }
}
