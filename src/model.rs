//! The data every stage passes on: documents, tasks, targets, and the comparison of two documents.
//!
//! These types are the contract between the core, the CLI's `--json` output and the page. Field
//! names follow `DESIGN.md`; more fields may be added, none of the documented ones removed.

use serde::{Deserialize, Serialize};

/// Whether a document commits to future work or reports past work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// 工作要点 / 工作计划 / 实施方案: numbers are commitments.
    #[default]
    Plan,
    /// 年度报告 / 工作总结: numbers are reported figures.
    Report,
}

/// One file read into numbered tasks.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
pub struct Document {
    /// The file name the user gave (`2024.docx`), used in messages.
    #[serde(default)]
    pub name: String,
    /// The plan's own title (`示例市2024年法治政府建设工作要点`), not the cover letter's.
    pub title: String,
    /// Plan or report.
    pub kind: DocKind,
    /// The encoding found: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`.
    pub encoding: String,
    /// The format found: `txt`, `md`, `html`, `docx`.
    pub format: String,
    /// Numbered headings above the task level, in document order.
    pub sections: Vec<Section>,
    /// The numbered items that carry the work, in document order.
    pub tasks: Vec<Task>,
    /// The plan's goals (总体目标 / 主要目标 / 发展目标 blocks): kept with their figures, not
    /// counted as tasks, in document order.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Anomalies a reader should know of (numbering gaps, tasks without units, …), in Chinese.
    pub warnings: Vec<String>,
    /// For a document written in traditional characters (read in simplified ones, one character
    /// for one): each simplified character with the document's own, sorted by `simplified`, so
    /// that views can show the text as written ([`Document::as_written`]). Empty otherwise.
    #[serde(default)]
    pub original_chars: Vec<OriginalChar>,
    /// The document as it reads, in order: numbered headings and tasks (by id) and the
    /// un-numbered text between them (a preamble, a section's lead paragraph, goals, a closing
    /// remark). Cover letter and page chrome are not in it. Left out of JSON (see `Serialize`).
    #[serde(default)]
    pub reading: Vec<Passage>,
}

/// One piece of a document in reading order ([`Document::reading`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Passage {
    /// A numbered heading: the id of its entry in `sections`.
    Heading(String),
    /// A task: the id of its entry in `tasks`.
    Task(String),
    /// A paragraph of un-numbered text, white space normalised.
    Text(String),
}

/// Written out for one reason: JSON (the CLI's `--json`, the fixtures' snapshots) leaves the
/// reading order out, as it repeats the sections' and tasks' text, while the worker's binary
/// form (postcard, not self-describing) needs every field.
impl Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let skip_reading = s.is_human_readable();
        let mut d = s.serialize_struct("Document", if skip_reading { 10 } else { 11 })?;
        d.serialize_field("name", &self.name)?;
        d.serialize_field("title", &self.title)?;
        d.serialize_field("kind", &self.kind)?;
        d.serialize_field("encoding", &self.encoding)?;
        d.serialize_field("format", &self.format)?;
        d.serialize_field("sections", &self.sections)?;
        d.serialize_field("tasks", &self.tasks)?;
        d.serialize_field("goals", &self.goals)?;
        d.serialize_field("warnings", &self.warnings)?;
        d.serialize_field("original_chars", &self.original_chars)?;
        optional(&mut d, "reading", &self.reading, skip_reading)?;
        d.end()
    }
}

/// Longest last task read as a heading cut off alone ([`Document::cut_off_task`]).
const BARE_HEADING_MAX: usize = 30;

/// Endings of a plan's closing item, whole on its own line (`其他工作`, `交办的其他任务`).
const CLOSING_ENDS: &[&str] = &["工作", "任务", "事项", "事宜"];

impl Document {
    /// The index of the last task when the text stops inside it, mid-sentence (a page or a copy
    /// cut off there: `（六）积极推进内部公开。在推进行政权力公开透明运行的基`): its body begun
    /// after its heading and not ended, or its heading alone and unended after tasks with
    /// bodies, and nothing read after it. Its words are only part of its work.
    pub fn cut_off_task(&self) -> Option<usize> {
        let last = self.tasks.len().checked_sub(1)?;
        let task = self.tasks.get(last)?;
        let read_last = match self.reading.last() {
            Some(Passage::Task(id)) => *id == task.id,
            Some(_) => false,
            // (A document from JSON has no reading order: its last task is taken as last.)
            None => true,
        };
        let text = task.text.trim_end();
        // The words after the last sentence's end: a sentence begun, not a labelled line
        // (`时间：年底前`, `责任单位：市甲局`), which ends with no stop.
        let tail = text.rsplit(['。', '；', ';']).next().unwrap_or(text);
        let begun = tail.len() < text.len() && !tail.contains(['：', ':']);
        let ended = text.ends_with(|c: char| "。；;！!？?）)】」”』…".contains(c));
        // A heading alone, cut (`（二）突出学习宣传宪`), where every task before it has a body
        // after its heading: not a list of one-line tasks, whose last is as bare as the rest,
        // nor a closing item (`（三）完成市委交办的其他工作`).
        let others = self.tasks.get(..last).unwrap_or_default();
        let has_body = |t: &Task| {
            let t = t.text.trim_end().trim_end_matches(['。', '；', ';']);
            t.contains(['。', '；', ';'])
        };
        let bare_heading = tail.len() == text.len()
            && !text.contains(['：', ':'])
            && text.chars().count() <= BARE_HEADING_MAX
            && !CLOSING_ENDS.iter().any(|e| text.ends_with(e))
            && !others.is_empty()
            && others.iter().all(has_body);
        (read_last && (begun || bare_heading) && !ended).then_some(last)
    }

    /// `text` (read from this document) in the document's own characters: the traditional ones
    /// back for a document read converted, else `text` itself.
    pub fn as_written<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if self.original_chars.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let original = |c: char| {
            self.original_chars
                .binary_search_by_key(&c, |o| o.simplified)
                .map_or(c, |i| self.original_chars[i].original)
        };
        std::borrow::Cow::Owned(text.chars().map(original).collect())
    }
}

/// A simplified character the analysis read and the document's own character it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OriginalChar {
    /// The character as analysed (`发`).
    pub simplified: char,
    /// The character as written (`發`).
    pub original: char,
}

/// One paragraph or numbered item of a goal block (`（二）主要目标` → `到2025年，…普及率达到95%`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Goal {
    /// Id of the goal block's heading (`一/(二)`), as in `sections`; empty for a goal stated
    /// before any numbered item (`主要预期目标是：…` in the preamble).
    pub section: String,
    /// The goal's text (white space normalised), without the block's title.
    pub text: String,
    /// Quantified targets found in the text (none in a report).
    pub targets: Vec<Target>,
}

/// A numbered heading that groups tasks (`二、健全依法行政制度体系`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Section {
    /// Path of normalised numbers from the top (`二`, `二/(三)`).
    pub id: String,
    /// The normalised number of this heading alone (`二`, `(三)`).
    pub number: String,
    /// The heading text without its number.
    pub title: String,
    /// True for preamble and closing sections (指导思想, 工作要求) that hold no work tasks.
    #[serde(default)]
    pub auxiliary: bool,
}

/// One numbered work item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Task {
    /// Path of normalised numbers from the top, joined by `/` (`一/(一)`, `二/(三)/12`).
    pub id: String,
    /// The normalised number of the task itself (`(一)`, `12`, `一`).
    pub number: String,
    /// The heading sentence (`推进依法科学决策`), empty when the task has none.
    pub heading: String,
    /// The full text as it reads in the document (white space normalised), unit parenthesis
    /// included, number token excluded.
    pub text: String,
    /// 牵头单位, as written.
    pub lead_units: Vec<String>,
    /// 责任单位 / 配合单位 / 协办单位, as written.
    pub responsible_units: Vec<String>,
    /// Quantified commitments found in the text.
    pub targets: Vec<Target>,
    /// Id of the section the task sits in, if any.
    #[serde(default)]
    pub section: Option<String>,
    /// Unit names whose list shares a part between them, with the full name each stands for
    /// (`市发展改革委、财政局` → `财政局` is `市财政局`); names not listed stand for themselves.
    // Always written (postcard, the worker's form, cannot skip a field).
    #[serde(default)]
    pub full_names: Vec<FullName>,
}

impl Task {
    /// The full name a unit name as written stands for (itself when its list shares nothing).
    pub fn full_name<'a>(&'a self, written: &'a str) -> &'a str {
        self.full_names
            .iter()
            .find(|f| f.written == written)
            .map_or(written, |f| f.full.as_str())
    }
}

/// A unit name as written in a list and the full name it stands for once the list's shared
/// parts are carried (`各区、县级市政府` → `各区` is `各区政府`, `县级市政府` is `各县级市政府`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct FullName {
    /// The name as written (`财政局`).
    pub written: String,
    /// The name it stands for (`市财政局`).
    pub full: String,
}

/// How a target's value bounds the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Comparator {
    /// 不少于, 至少, 以上, 不低于.
    #[serde(rename = ">=")]
    AtLeast,
    /// 超过, 高于.
    #[serde(rename = ">")]
    MoreThan,
    /// 不高于, 不超过, 以下.
    #[serde(rename = "<=")]
    AtMost,
    /// 低于, 少于.
    #[serde(rename = "<")]
    LessThan,
    /// 达, 达到, 占比, a bare value.
    #[serde(rename = "=")]
    Equal,
    /// …内, 压缩至: a time limit.
    #[serde(rename = "within")]
    Within,
    /// A deadline (`3月1日前`); the value is empty and `deadline` says when.
    #[serde(rename = "by")]
    By,
    /// 约, 左右: about the value; compared as the value itself.
    #[serde(rename = "~")]
    About,
}

/// A quantified commitment (量化指标): `审查率达100%`, `不少于4次`, `每年3月1日前`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Target {
    /// The phrase as it reads in the task (`报备率、审查率达100%`).
    pub text: String,
    /// What is measured (`审查率`, `法治专题讲座次数`); for a deadline, what is due.
    pub metric: String,
    /// How the value bounds the outcome.
    pub comparator: Comparator,
    /// The number (`100`, `4`); `None` for a pure deadline.
    pub value: Option<f64>,
    /// Upper end of a range (`2-3个` → value 2, value_max 3).
    #[serde(default)]
    pub value_max: Option<f64>,
    /// The unit (`%`, `次`, `个工作日`, `学时`); `date` for a deadline.
    pub unit: String,
    /// Normalised deadline (`每年3月1日前`, `10月底前`, `年底前`, `年内`), when the phrase has one.
    pub deadline: Option<String>,
    /// The period a count applies to (`每年`, `全年`, `每半年`), when stated.
    #[serde(default)]
    pub per: Option<String>,
    /// The level the target starts from (`由8000户提高到12000户` → 8000), when stated.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// What a change is measured against (`比2020年增长10%` → `2020年`; `同比` → `同比`).
    #[serde(default)]
    pub base: Option<String>,
    /// A commitment (a plan's) or a figure already achieved (a report's).
    #[serde(default)]
    pub kind: TargetKind,
}

/// Whether a target commits to something or reports what was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    /// A plan's commitment (`不少于4次`).
    #[default]
    Commitment,
    /// A report's figure (`办理复议案件120件`): what was achieved, to check a plan against.
    Achieved,
}

/// Written out for one reason: JSON (the CLI's `--json`) leaves `value_max`, `per`, `baseline`
/// and `base` out when empty and `kind` when a commitment, while the worker's binary form
/// (postcard, not self-describing) needs every field.
impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let json = s.is_human_readable();
        let (skip_max, skip_per) = (json && self.value_max.is_none(), json && self.per.is_none());
        let skip_baseline = json && self.baseline.is_none();
        let skip_base = json && self.base.is_none();
        let skip_kind = json && self.kind == TargetKind::Commitment;
        let skipped = [skip_max, skip_per, skip_baseline, skip_base, skip_kind];
        let count = 11 - skipped.iter().filter(|&&s| s).count();
        let mut t = s.serialize_struct("Target", count)?;
        t.serialize_field("text", &self.text)?;
        t.serialize_field("metric", &self.metric)?;
        t.serialize_field("comparator", &self.comparator)?;
        t.serialize_field("value", &self.value)?;
        optional(&mut t, "value_max", &self.value_max, skip_max)?;
        t.serialize_field("unit", &self.unit)?;
        t.serialize_field("deadline", &self.deadline)?;
        optional(&mut t, "per", &self.per, skip_per)?;
        optional(&mut t, "baseline", &self.baseline, skip_baseline)?;
        optional(&mut t, "base", &self.base, skip_base)?;
        optional(&mut t, "kind", &self.kind, skip_kind)?;
        t.end()
    }
}

/// Writes a field of a struct, or skips it (JSON only: postcard writes every field).
fn optional<S: serde::ser::SerializeStruct, T: Serialize>(
    t: &mut S,
    name: &'static str,
    value: &T,
    skip: bool,
) -> Result<(), S::Error> {
    if skip {
        t.skip_field(name)
    } else {
        t.serialize_field(name, value)
    }
}

/// The role an agency plays in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// 牵头单位.
    Lead,
    /// 责任单位 and the like.
    Responsible,
}

/// How two tasks are paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PairKind {
    /// One task in A, one in B.
    Match,
    /// One task in A pairs with two or more in B.
    Split,
    /// Two or more tasks in A pair with one in B.
    Merged,
    /// Paired by hand by the user.
    Manual,
}

/// One wording operation: a run of text kept, deleted from A, inserted in B, the same on both
/// sides up to what the comparison ignores, or text of one side that another pair of a split or
/// merge shows.
///
/// Each side's text is rebuilt exactly from the ops ([`WordOp::a_side`], [`WordOp::b_side`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WordOp {
    /// What happened to the text.
    pub op: WordOpKind,
    /// The text itself: A's for `equal`, `delete`, `alike` and `a_elsewhere`; B's for `insert`
    /// and `b_elsewhere`.
    pub text: String,
    /// For `alike`: B's text, which differs from A's only in what is ignored (`：` for `:`).
    #[serde(default)]
    pub b_text: Option<String>,
    /// For `a_elsewhere` and `b_elsewhere`: the id of the task (on the other side) whose pair
    /// shows this text, kept or changed.
    #[serde(default)]
    pub partner: Option<String>,
}

impl WordOp {
    /// An op of `kind` over `text`, with no second text and no partner.
    pub fn new(op: WordOpKind, text: impl Into<String>) -> WordOp {
        WordOp {
            op,
            text: text.into(),
            b_text: None,
            partner: None,
        }
    }

    /// A run the same on both sides up to what is ignored: `a` as A has it, `b` as B has it.
    pub fn alike(a: impl Into<String>, b: impl Into<String>) -> WordOp {
        WordOp {
            b_text: Some(b.into()),
            ..WordOp::new(WordOpKind::Alike, a)
        }
    }

    /// The op's part of A's text, if it has one.
    pub fn a_side(&self) -> Option<&str> {
        match self.op {
            WordOpKind::Equal | WordOpKind::Delete | WordOpKind::Alike | WordOpKind::AElsewhere => {
                Some(&self.text)
            }
            WordOpKind::Insert | WordOpKind::BElsewhere => None,
        }
    }

    /// The op's part of B's text, if it has one.
    pub fn b_side(&self) -> Option<&str> {
        match self.op {
            WordOpKind::Equal | WordOpKind::Insert | WordOpKind::BElsewhere => Some(&self.text),
            WordOpKind::Alike => Some(self.b_text.as_deref().unwrap_or(&self.text)),
            WordOpKind::Delete | WordOpKind::AElsewhere => None,
        }
    }

    /// True for a wording change this pair shows (a deletion or an insertion).
    pub fn is_change(&self) -> bool {
        matches!(self.op, WordOpKind::Delete | WordOpKind::Insert)
    }
}

/// Written out for one reason: JSON leaves `b_text` and `partner` out when empty, while the
/// worker's binary form (postcard, not self-describing) needs every field.
impl Serialize for WordOp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let json = s.is_human_readable();
        let (skip_b, skip_partner) = (
            json && self.b_text.is_none(),
            json && self.partner.is_none(),
        );
        let count = 4 - usize::from(skip_b) - usize::from(skip_partner);
        let mut w = s.serialize_struct("WordOp", count)?;
        w.serialize_field("op", &self.op)?;
        w.serialize_field("text", &self.text)?;
        optional(&mut w, "b_text", &self.b_text, skip_b)?;
        optional(&mut w, "partner", &self.partner, skip_partner)?;
        w.end()
    }
}

/// The kind of a wording operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WordOpKind {
    /// In both.
    #[serde(rename = "equal")]
    Equal,
    /// Only in A.
    #[serde(rename = "delete")]
    Delete,
    /// Only in B.
    #[serde(rename = "insert")]
    Insert,
    /// In both up to what the comparison ignores (width, white space, numbering): `text` is A's,
    /// `b_text` B's. Not a change.
    #[serde(rename = "alike")]
    Alike,
    /// Text of this pair's A task that another partner of a split takes (or whose deletion
    /// another pair of the group shows): `partner` names that B task. Not a change here.
    #[serde(rename = "a_elsewhere")]
    AElsewhere,
    /// Text of this pair's B task that another A partner of a merge supplies (or whose
    /// insertion another pair of the group shows): `partner` names that A task.
    #[serde(rename = "b_elsewhere")]
    BElsewhere,
}

/// Differences the wording diff does not count as changes (nor highlight): each `true` ignores
/// that kind. The page's three toggles and the CLI's `--ignore` set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ignore {
    /// Full-width and half-width forms of one character (`：`/`:`, `（`/`(`, `１`/`1`, `Ａ`/`A`).
    pub width: bool,
    /// White space: a space (or ideographic space) more or less.
    pub space: bool,
    /// List markers that only changed their number (`①`→`②`, `（1）`→`（2）`, `一是`→`二是`,
    /// `1.`→`2.` at the start of a clause).
    pub numbering: bool,
}

impl Ignore {
    /// Nothing ignored: every difference is a change.
    pub const NOTHING: Ignore = Ignore {
        width: false,
        space: false,
        numbering: false,
    };
}

/// Width and white space ignored, numbering not: a list marker renumbered may mean an item was
/// added or dropped before it, which a reader checks.
impl Default for Ignore {
    fn default() -> Self {
        Ignore {
            width: true,
            space: true,
            numbering: false,
        }
    }
}

/// How a target moved between A and B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetChangeKind {
    /// Same metric, value, comparator and deadline.
    Same,
    /// A higher number.
    Raised,
    /// A lower number.
    Lowered,
    /// Only in B.
    New,
    /// Only in A.
    Dropped,
    /// Deadline, comparator or form changed.
    Changed,
}

/// Whether a change asks more or less of the agencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// More demanding in B (a higher `>=` bound, a lower `<=` bound, an earlier deadline).
    Stricter,
    /// Less demanding in B.
    Looser,
}

/// One target compared between the two tasks of a pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetChange {
    /// The metric, as named in B if present there, else in A.
    pub metric: String,
    /// The target in A, if any.
    pub a: Option<Target>,
    /// The target in B, if any.
    pub b: Option<Target>,
    /// What happened.
    pub change: TargetChangeKind,
    /// Stricter or looser, when the comparator gives a direction: what the change means, not
    /// only which way the number moved (`降低 审核时限` 10→7日 is stricter; `降低 按期办结率`
    /// 98→95% is looser; a deadline moved earlier is stricter).
    pub direction: Option<Direction>,
    /// The values as a reader compares them, for a chip: `10→7日`, `10月底前→9月底前`; one
    /// side alone for a new or dropped target (`4次`).
    #[serde(default)]
    pub values: String,
    /// For a plan's goal target (`goal_targets`) matched with a target of a task of A that
    /// has no pair, rather than with a goal of A: that task's id.
    /// (Always written, `null` when none: the page's binary wire format has no optional fields.)
    #[serde(default)]
    pub a_task: Option<String>,
    /// The same for B: the id of B's unpaired task whose target a goal of A matched.
    #[serde(default)]
    pub b_task: Option<String>,
}

/// What happened to one agency between the two tasks of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitChangeKind {
    /// Only in B.
    Added,
    /// Only in A.
    Removed,
    /// In both, with another role.
    Moved,
    /// In both under another name that folds to the same key (市中院 → 市中级人民法院).
    Renamed,
}

/// One agency that changed between the two tasks of a pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitChange {
    /// The folded agency key both names map to.
    pub key: String,
    /// The name as written in A.
    pub a: Option<String>,
    /// The name as written in B.
    pub b: Option<String>,
    /// Role in A.
    pub role_a: Option<Role>,
    /// Role in B.
    pub role_b: Option<Role>,
    /// What happened.
    pub change: UnitChangeKind,
}

/// The agency changes of one pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UnitDiff {
    /// Every agency added, removed, moved or renamed; unchanged ones are not listed.
    pub changes: Vec<UnitChange>,
}

/// Two tasks judged to be the same work, with what changed between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskPair {
    /// Task id in A.
    pub a: String,
    /// Task id in B.
    pub b: String,
    /// Similarity, 0.0–1.0.
    pub score: f64,
    /// One-to-one, split, merged or manual.
    pub kind: PairKind,
    /// True when wording, targets or units differ.
    pub changed: bool,
    /// Character-level wording diff of the two texts.
    pub wording: Vec<WordOp>,
    /// Targets compared by metric.
    pub targets: Vec<TargetChange>,
    /// Agencies compared by folded name.
    pub units: UnitDiff,
}

/// Counts over a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Summary {
    /// Number of pairs.
    pub pairs: usize,
    /// Pairs with no change.
    pub unchanged: usize,
    /// Pairs with some change.
    pub changed: usize,
    /// Tasks only in A.
    pub a_only: usize,
    /// Tasks only in B.
    pub b_only: usize,
    /// Target changes other than `same`, over all pairs.
    pub target_changes: usize,
    /// Target changes per kind (`raised`, `new`, …), `same` included.
    pub targets_by_kind: std::collections::BTreeMap<String, usize>,
    /// Agency changes over all pairs.
    pub unit_changes: usize,
    /// Related links (topic overlaps that are not the same task).
    #[serde(default)]
    pub related: usize,
    /// Tasks of A with no pair but some related task in B.
    #[serde(default)]
    pub a_related_only: usize,
    /// Tasks of B with no pair but some related task in A.
    #[serde(default)]
    pub b_related_only: usize,
    /// Changes of the two plans' goal targets (`goal_targets`) other than `same`.
    #[serde(default)]
    pub goal_target_changes: usize,
}

/// The comparison of two documents.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Comparison {
    /// The base document (last year, city A).
    pub a: Document,
    /// The other document (this year, city B).
    pub b: Document,
    /// Paired tasks, in B's order (A's order for tasks only in A would not apply here).
    pub pairs: Vec<TaskPair>,
    /// Topic overlaps that are not the same task: many-to-many, never a pair's two tasks, in
    /// A's order then B's.
    #[serde(default)]
    pub related: Vec<RelatedLink>,
    /// Ids of tasks in A with no pair.
    pub a_only: Vec<String>,
    /// Ids of tasks in B with no pair.
    pub b_only: Vec<String>,
    /// Counts.
    pub summary: Summary,
    /// Per agency (folded name), the tasks it leads in A and in B and which it gained or lost as
    /// lead, sorted by key. Computed from the final pairs, corrections included.
    #[serde(default)]
    pub agencies: Vec<AgencyLoad>,
    /// The targets of A's goals compared with B's, paired by metric (`Document.goals`).
    #[serde(default)]
    pub goal_targets: Vec<TargetChange>,
    /// The reader's notes on rows of this comparison (from [`Corrections::notes`], those whose
    /// row exists), in the corrections' order. Left out of JSON when there are none.
    #[serde(default)]
    pub notes: Vec<Note>,
}

impl Comparison {
    /// The note on the row of tasks `a` (of A) and `b` (of B): a pair names both, a task with
    /// no pair one.
    pub fn note(&self, a: Option<&str>, b: Option<&str>) -> Option<&str> {
        note_of(&self.notes, a, b)
    }
}

/// The text of the note in `notes` on the row of `a` and `b`, if any.
pub fn note_of<'a>(notes: &'a [Note], a: Option<&str>, b: Option<&str>) -> Option<&'a str> {
    (notes.iter())
        .find(|n| n.a.as_deref() == a && n.b.as_deref() == b)
        .map(|n| n.text.as_str())
}

/// Written out for one reason: JSON leaves `notes` out when there are none (the page's JSON
/// export then equals `plandiff compare --json`), while postcard needs every field.
impl Serialize for Comparison {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let skip_notes = s.is_human_readable() && self.notes.is_empty();
        let mut c = s.serialize_struct("Comparison", if skip_notes { 9 } else { 10 })?;
        c.serialize_field("a", &self.a)?;
        c.serialize_field("b", &self.b)?;
        c.serialize_field("pairs", &self.pairs)?;
        c.serialize_field("related", &self.related)?;
        c.serialize_field("a_only", &self.a_only)?;
        c.serialize_field("b_only", &self.b_only)?;
        c.serialize_field("summary", &self.summary)?;
        c.serialize_field("agencies", &self.agencies)?;
        c.serialize_field("goal_targets", &self.goal_targets)?;
        optional(&mut c, "notes", &self.notes, skip_notes)?;
        c.end()
    }
}

/// A reader's note on one row: a pair (both ids) or a task with no pair (one id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Note {
    /// The task of A, if the row has one.
    pub a: Option<String>,
    /// The task of B, if the row has one.
    pub b: Option<String>,
    /// What the reader wrote.
    pub text: String,
}

/// Two tasks on a shared topic that are not the same task (`二/(七)` ~ `(二)/12`: both publish
/// normative documents on the portal), with the key phrases the link rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct RelatedLink {
    /// Task id in A.
    pub a: String,
    /// Task id in B.
    pub b: String,
    /// Strength of the overlap, 0.0–1.0 (below a pair's).
    pub score: f64,
    /// The key phrases both tasks use (`政府门户网站`, `规范性文件`), most telling first.
    pub shared: Vec<String>,
}

/// What one agency leads in A and in B, and what it gained or lost as lead across the pairing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AgencyLoad {
    /// The folded agency key (`市市场监督管理局`), as for unit changes.
    pub key: String,
    /// The name as first written (A's tasks first, then B's).
    pub name: String,
    /// Ids of the tasks in A it leads, in A's order.
    pub a: Vec<String>,
    /// Ids of the tasks in B it leads, in B's order.
    pub b: Vec<String>,
    /// Ids of B's tasks it leads but led in none of their A partners (a split or merge counts
    /// as one group), or B-only tasks it leads; in B's order.
    pub gained: Vec<String>,
    /// Ids of A's tasks it led but leads in none of their B partners (a split or merge counts
    /// as one group), or A-only tasks it led; in A's order.
    pub lost: Vec<String>,
}

/// A user's corrections to the automatic pairing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Corrections {
    /// Pairs (a id, b id) the user removed.
    pub unpaired: Vec<(String, String)>,
    /// Pairs (a id, b id) the user added.
    pub paired: Vec<(String, String)>,
    /// The reader's notes on rows, kept (and cleared) with the corrections.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// Several documents of one plan over the years, followed task by task (`plandiff track`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Series {
    /// The documents, oldest first, as given.
    pub documents: Vec<SeriesDocument>,
    /// Each line of work through the documents, in order of its first task.
    pub lineages: Vec<Lineage>,
}

/// One document of a [`Series`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SeriesDocument {
    /// The file name.
    pub name: String,
    /// The plan's title.
    pub title: String,
    /// How many tasks it has.
    pub tasks: usize,
}

/// A task's line through the documents: the tasks that carry it in each (none where it is absent,
/// several after a split).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Lineage {
    /// Its first task's heading (or the start of its text).
    pub title: String,
    /// One cell per document, in the series' order.
    pub cells: Vec<LineageCell>,
}

/// What one document has of a lineage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct LineageCell {
    /// The task ids (empty: the work is not in this document).
    pub ids: Vec<String>,
    /// Their targets, as written.
    pub targets: Vec<String>,
    /// Their lead units, as written, without repeats.
    pub leads: Vec<String>,
}
