//! Word lists more than one stage reads: the verbs that open an item of work, the verbs that
//! bring a measure to its level and the words that say who does a task. One list each, so the
//! outline and the extractors agree on what reads as work.

/// Verbs that open an item of work (`深化商事制度改革`, `制定…方案`): a line opening so is a
/// task to do, never the name of a document attached.
pub const WORK_VERBS: &[&str] = &[
    "推进", "推动", "落实", "做好", "抓好", "持续", "加强", "加快", "完善", "建立", "健全", "深化",
    "全面", "扎实", "强化", "提升", "优化", "开展", "实施", "积极", "大力", "着力", "提高", "促进",
    "稳步", "扩大", "巩固", "筑牢", "守牢", "制定", "修订", "出台", "印发", "编制", "组织", "研究",
    "起草",
];

/// Words of manner that open a clause of work (`认真落实…`, `严格执行…`) but also a name
/// (`规范性文件…`, `深入…的报告`): read as work only where a sentence is expected.
pub const MANNER_WORDS: &[&str] = &["认真", "切实", "严格", "规范", "深入", "坚持"];

/// The verbs of [`WORK_VERBS`] that make or set up something (`制定…实施方案`): what a numbered
/// line naming a plan or a scheme opens with when it is work to do rather than a document
/// attached (`深化…改革实施方案` may be either, so broader verbs are not enough).
pub const MAKING_VERBS: &[&str] = &[
    "制定", "修订", "出台", "印发", "编制", "完善", "建立", "健全", "开展", "推进", "落实", "组织",
    "研究", "起草",
];

/// Verbs that bring a measure to its level (`入驻率达到80%`, `整改率不低于95%`), right after
/// the measure's name and before its figure.
pub const LEVEL_VERBS: &[&str] = &[
    "达到",
    "达",
    "保持在",
    "保持",
    "控制在",
    "不低于",
    "不少于",
    "提高到",
];

/// Words that end a sentence or clause saying only who does a task (`县甲局负责`,
/// `由乡农技站承办`, `乙局配合`).
pub const ROLE_ENDINGS: &[&str] = &[
    "负责落实",
    "牵头落实",
    "负责",
    "牵头",
    "配合",
    "承办",
    "协办",
    "参与",
    "协助",
    "组织实施",
    "具体实施",
    "落实责任",
    "具体工作",
];

/// The provinces and other divisions of the first level, as their agencies' names open
/// without `省` (`福建出入境检验检疫局`, `广西壮族自治区…`).
pub const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
];

/// True when `text` opens with a verb of work.
pub fn opens_work(text: &str) -> bool {
    WORK_VERBS.iter().any(|v| text.starts_with(v))
}

/// True when a clause opens on work: a verb of work or a word of manner before one.
pub fn opens_work_clause(text: &str) -> bool {
    opens_work(text) || MANNER_WORDS.iter().any(|v| text.starts_with(v))
}
