//! A synthetic 示例市 plan of any size and its next version (edits, moves, drops, new tasks),
//! deterministic from a seed (a simple LCG, no `rand`), as text a user would drop in and as a
//! `Document` built directly.

use plandiff::{Comparator, Document, Target, Task};

/// Tasks in the plan the sizes are measured against (`002`, a city's yearly plan).
pub const BASE_TASKS: usize = 42;

/// Knuth's MMIX linear congruential generator.
pub struct Lcg(u64);

impl Lcg {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Lcg(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

const VERBS: &[&str] = &[
    "加强", "推进", "深化", "完善", "健全", "落实", "规范", "强化", "优化", "建立", "推动", "提升",
];
const OBJECTS: &[&str] = &[
    "行政执法监督",
    "重大行政决策程序",
    "规范性文件备案审查",
    "法律顾问队伍",
    "行政复议工作",
    "行政调解机制",
    "政务公开",
    "诚信政府建设",
    "执法人员培训",
    "案卷评查",
    "免罚清单管理",
    "公平竞争审查",
    "营商环境评价",
    "应急预案演练",
    "数据共享平台",
    "普法责任清单",
    "立法协调机制",
    "行政裁决工作",
    "信访事项办理",
    "法治督察考核",
    "基层执法队伍",
    "行政应诉工作",
    "权责清单调整",
    "证明事项清理",
    "公共法律服务",
    "社区矫正管理",
];
const PLACES: &[char] = &[
    '东', '南', '西', '北', '中', '新', '华', '兴', '安', '宁', '康', '泰', '和', '平', '丰', '乐',
    '盛', '昌', '瑞', '祥', '福', '顺', '通', '达', '广', '德', '明', '光', '荣', '嘉', '禾', '湖',
    '山', '川', '桥', '湾', '港', '源', '林', '溪', '岭', '塘', '滨', '阳', '江', '河', '海', '云',
];
const PURPOSES: &[&str] = &[
    "提升依法行政水平",
    "保障群众合法权益",
    "优化法治化营商环境",
    "推动工作提质增效",
    "形成长效工作机制",
    "确保各项任务落地见效",
];
const AGENCIES: &[&str] = &[
    "示例市司法局",
    "示例市公安局",
    "示例市市场监管局",
    "示例市综合执法局",
    "示例市政府办",
    "示例市财政局",
    "示例市发改委",
    "示例市中院",
    "示例市应急管理局",
    "示例市资规局",
    "示例市教育局",
    "示例市卫健委",
];
const SECTION_NUMBERS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// One generated task: its words, its agencies and its one quantified target.
#[derive(Debug, Clone)]
pub struct SynthTask {
    /// The heading sentence.
    pub heading: String,
    /// Sentences after the heading.
    pub sentences: Vec<String>,
    /// The target's metric, value and unit (`每年开展X不少于N次`).
    pub target: Option<(String, u32, &'static str)>,
    /// 牵头单位.
    pub lead: Vec<String>,
    /// 责任单位.
    pub responsible: Vec<String>,
    /// In a next version, the index of the task it carries over from the plan.
    pub origin: Option<usize>,
}

fn place(rng: &mut Lcg) -> String {
    (0..2)
        .map(|_| PLACES.get(rng.below(PLACES.len())).copied().unwrap_or('东'))
        .collect()
}

fn new_task(rng: &mut Lcg) -> SynthTask {
    let object = rng.pick(OBJECTS);
    let name = place(rng);
    let heading = format!("{}{}片区{}", rng.pick(VERBS), name, object);
    let sentences = (0..2 + rng.below(3))
        .map(|_| {
            format!(
                "{}{}{}，{}",
                rng.pick(VERBS),
                place(rng),
                rng.pick(OBJECTS),
                rng.pick(PURPOSES)
            )
        })
        .collect();
    let target = rng.chance(60).then(|| {
        if rng.chance(50) {
            (
                format!("{name}{object}完成率"),
                60 + rng.below(41) as u32,
                "%",
            )
        } else {
            (
                format!("{name}{object}专项检查"),
                1 + rng.below(12) as u32,
                "次",
            )
        }
    });
    let lead = (0..1 + rng.below(2))
        .map(|_| rng.pick(AGENCIES).to_string())
        .collect();
    SynthTask {
        heading,
        sentences,
        target,
        lead,
        responsible: vec!["各区政府".into()],
        origin: None,
    }
}

/// A plan of `n` tasks.
pub fn plan(n: usize, seed: u64) -> Vec<SynthTask> {
    let mut rng = Lcg::new(seed);
    (0..n).map(|_| new_task(&mut rng)).collect()
}

/// The next version of a plan: about 5 % dropped, 10 % moved, 40 % edited (a number raised or
/// lowered, a sentence replaced or added, an agency added), 5 % new tasks.
pub fn next_version(plan: &[SynthTask], seed: u64) -> Vec<SynthTask> {
    let mut rng = Lcg::new(seed.wrapping_add(1));
    let mut out: Vec<SynthTask> = Vec::with_capacity(plan.len());
    let mut moved: Vec<SynthTask> = Vec::new();
    for (index, task) in plan.iter().enumerate() {
        if rng.chance(5) {
            continue;
        }
        let mut t = task.clone();
        t.origin = Some(index);
        if rng.chance(40) {
            match rng.below(4) {
                0 => {
                    if let Some(target) = t.target.as_mut() {
                        target.1 = target.1 + 1 + rng.below(5) as u32;
                    }
                }
                1 => {
                    let k = rng.below(t.sentences.len());
                    if let Some(s) = t.sentences.get_mut(k) {
                        *s = format!(
                            "{}{}{}",
                            rng.pick(VERBS),
                            place(&mut rng),
                            rng.pick(OBJECTS)
                        );
                    }
                }
                2 => t
                    .sentences
                    .push(format!("{}{}", rng.pick(VERBS), rng.pick(PURPOSES))),
                _ => t.lead.push(rng.pick(AGENCIES).to_string()),
            }
        }
        if rng.chance(10) {
            moved.push(t);
        } else {
            out.push(t);
        }
        if rng.chance(5) {
            out.push(new_task(&mut rng));
        }
    }
    for t in moved {
        let at = rng.below(out.len() + 1);
        out.insert(at, t);
    }
    out
}

fn target_phrase(target: &(String, u32, &str)) -> String {
    match target.2 {
        "%" => format!("{}达到{}%", target.0, target.1),
        unit => format!("每年开展{}不少于{}{}", target.0, target.1, unit),
    }
}

fn task_text(t: &SynthTask) -> String {
    let mut text = format!("{}。{}", t.heading, t.sentences.join("。"));
    if let Some(target) = &t.target {
        text.push('，');
        text.push_str(&target_phrase(target));
    }
    text.push_str(&format!(
        "。（牵头单位：{}；责任单位：{}）",
        t.lead.join("、"),
        t.responsible.join("、")
    ));
    text
}

/// Sections of ten subsections each, tasks numbered 1, 2, … within each subsection (numbers
/// stay small, as in real plans, where a four-digit number would read as a year).
fn layout(n: usize) -> (usize, usize) {
    let subsections = n.div_ceil(40).clamp(1, 100);
    (subsections, n.div_ceil(subsections).max(1))
}

/// The plan as the text of a `.txt` file (`一、…` / `（一）…` / `1.…（牵头单位：…）`).
pub fn to_text(title: &str, tasks: &[SynthTask]) -> String {
    let mut out = format!("{title}\n\n");
    let (subsections, per) = layout(tasks.len());
    for (k, chunk) in tasks.chunks(per).enumerate().take(subsections) {
        let (sec, sub) = (k / 10, k % 10);
        if sub == 0 {
            out.push_str(&format!(
                "{}、重点任务第{}部分\n",
                SECTION_NUMBERS.get(sec).unwrap_or(&"十"),
                sec + 1
            ));
        }
        out.push_str(&format!(
            "（{}）第{}组工作\n",
            SECTION_NUMBERS.get(sub).unwrap_or(&"十"),
            k + 1
        ));
        for (m, t) in chunk.iter().enumerate() {
            out.push_str(&format!("{}.{}\n", m + 1, task_text(t)));
        }
    }
    out
}

/// The plan as a `Document`, built without the parser.
pub fn to_document(name: &str, tasks: &[SynthTask]) -> Document {
    let tasks = tasks
        .iter()
        .enumerate()
        .map(|(i, t)| Task {
            id: format!("{}", i + 1),
            number: format!("{}", i + 1),
            heading: t.heading.clone(),
            text: task_text(t),
            lead_units: t.lead.clone(),
            responsible_units: t.responsible.clone(),
            targets: t
                .target
                .iter()
                .map(|target| Target {
                    text: target_phrase(target),
                    metric: target.0.clone(),
                    comparator: if target.2 == "%" {
                        Comparator::Equal
                    } else {
                        Comparator::AtLeast
                    },
                    value: Some(f64::from(target.1)),
                    value_max: None,
                    unit: target.2.to_string(),
                    deadline: None,
                    per: None,
                    baseline: None,
                    base: None,
                    kind: plandiff::TargetKind::Commitment,
                })
                .collect(),
            section: None,
            full_names: Vec::new(),
        })
        .collect();
    Document {
        name: name.to_string(),
        title: name.to_string(),
        format: "txt".into(),
        encoding: "utf-8".into(),
        tasks,
        ..Document::default()
    }
}

/// The tasks of `plan` repeated `k` times, the same texts each time (a plan whose sentences
/// recur, as in a county plan copied into each of its townships).
pub fn repeated(plan: &[SynthTask], k: usize) -> Vec<SynthTask> {
    let mut out = Vec::with_capacity(plan.len() * k);
    for _ in 0..k {
        out.extend(plan.iter().cloned());
    }
    out
}

/// The next version of a repeated plan, by rule rather than by chance: every 7th task
/// dropped, every 11th moved to the end (in order), the digits of every 5th edited (its target
/// raised by one). `origin` says which task each came from.
pub fn rule_version(plan: &[SynthTask]) -> Vec<SynthTask> {
    let mut kept = Vec::with_capacity(plan.len());
    let mut moved = Vec::new();
    for (index, task) in plan.iter().enumerate() {
        let nth = index + 1;
        if nth % 7 == 0 {
            continue;
        }
        let mut t = task.clone();
        t.origin = Some(index);
        if nth % 5 == 0 {
            if let Some(target) = t.target.as_mut() {
                target.1 += 1;
            }
        }
        if nth % 11 == 0 {
            moved.push(t);
        } else {
            kept.push(t);
        }
    }
    kept.extend(moved);
    kept
}

/// A plan of `n` tasks whose words come from `sentences` recurring sentences, three to a task
/// (the first as its heading), picked by the generator: many tasks alike, some the same.
pub fn recurring(n: usize, sentences: usize, seed: u64) -> Vec<SynthTask> {
    let mut rng = Lcg::new(seed);
    let pool: Vec<String> = (0..sentences.max(1))
        .map(|_| {
            format!(
                "{}{}{}，{}",
                rng.pick(VERBS),
                place(&mut rng),
                rng.pick(OBJECTS),
                rng.pick(PURPOSES)
            )
        })
        .collect();
    let pick = |rng: &mut Lcg| pool.get(rng.below(pool.len())).cloned().unwrap_or_default();
    (0..n)
        .map(|_| SynthTask {
            heading: pick(&mut rng),
            sentences: vec![pick(&mut rng), pick(&mut rng)],
            target: None,
            lead: vec![rng.pick(AGENCIES).to_string()],
            responsible: vec!["各区政府".into()],
            origin: None,
        })
        .collect()
}

/// A number in Chinese numerals as plans write group numbers (`十二`, `一百零五`), up to 999.
pub fn han(n: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (h, t, u) = (n / 100 % 10, n / 10 % 10, n % 10);
    let mut out = String::new();
    if h > 0 {
        out.push_str(DIGITS[h]);
        out.push('百');
    }
    if t > 0 {
        if !(h == 0 && t == 1) {
            out.push_str(DIGITS[t]);
        }
        out.push('十');
    } else if h > 0 && u > 0 {
        out.push('零');
    }
    if u > 0 || n == 0 {
        out.push_str(DIGITS[u]);
    }
    out
}

/// The plan as text with one numbering through the whole plan (`1.` … `4200.`) under groups
/// of `per_group` tasks headed `（一）` … `（一百零五）`.
pub fn to_numbered_text(title: &str, tasks: &[SynthTask], per_group: usize) -> String {
    let mut out = format!("{title}\n\n一、重点任务\n");
    for (k, chunk) in tasks.chunks(per_group.max(1)).enumerate() {
        out.push_str(&format!("（{}）第{}组工作\n", han(k + 1), k + 1));
        for (m, t) in chunk.iter().enumerate() {
            out.push_str(&format!(
                "{}.{}\n",
                k * per_group.max(1) + m + 1,
                task_text(t)
            ));
        }
    }
    out
}
