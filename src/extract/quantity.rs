//! Quantities in a clause: a number (Arabic or Chinese, `百分之`, ranges `2-3` and `5%－10%`,
//! scaled `3万户`, floors `300余次`) with its unit, and the comparator words around it. Tables
//! of units, comparators and verbs live here.

use super::scan::{at, Firsts, Span};
use crate::model::Comparator;
use crate::outline::numbering::{ascii_digit, han_value, is_han_numeral_char};

/// Units a quantity may carry, longest first; `true` when a Chinese numeral may use it
/// (`四次`, `一期`; not `五项程序`, a list size).
pub const UNITS: &[(&str, bool)] = &[
    // A rate per so many people (`孕产妇死亡率9/10万`).
    ("/100万", false),
    ("/10万", false),
    ("/万", false),
    ("微克每立方米", false),
    ("毫克每立方米", false),
    ("微克立方米", false),
    ("毫克立方米", false),
    ("微克/立方米", false),
    ("毫克/立方米", false),
    ("毫克每升", false),
    // Energy in coal equivalent (`能耗0.45吨标准煤/万元`, `总量1200万吨标准煤`).
    ("吨标准煤/万元", false),
    ("吨标煤/万元", false),
    ("万吨标准煤", false),
    ("万吨标煤", false),
    ("吨标准煤", false),
    ("吨标煤", false),
    ("毫克/升", false),
    ("个工作日", true),
    ("个百分点", true),
    ("工作日", true),
    ("个月", true),
    ("批次", true),
    ("场次", true),
    ("学时", true),
    ("课时", true),
    ("小时", true),
    ("分钟", true),
    ("人次", false),
    ("家次", false),
    ("户次", false),
    ("件次", false),
    ("万元", false),
    ("亿元", false),
    ("万人", false),
    ("万立方米", false),
    ("立方米", false),
    ("万平方米", false),
    ("平方米", false),
    ("万平米", false),
    ("平米", false),
    ("公里", false),
    ("万亩", false),
    ("万吨", false),
    ("亿斤", false),
    ("万斤", false),
    ("万公顷", false),
    ("公顷", false),
    ("亩", false),
    // An age: a level only after a verb that reaches it (`预期寿命达82.4岁`), see `is_vague`.
    ("岁", false),
    ("吨", false),
    ("周", true),
    ("次", true),
    ("期", true),
    ("场", true),
    ("轮", true),
    ("日", true),
    ("天", true),
    ("部", true),
    ("个", true),
    ("名", true),
    ("家", true),
    ("篇", true),
    ("件", true),
    ("宗", false),
    ("项", false),
    ("所", false),
    ("人", false),
    ("条", false),
    ("份", false),
    ("户", false),
    ("倍", false),
    ("元", false),
    ("‰", false),
    ("辆", false),
    ("张", false),
    ("台", false),
    ("座", false),
    ("处", false),
    ("套", false),
    ("支", false),
    ("分", false),
    ("间", false),
    // `取得资质8本以上`, `发放手册5000本` (not `一本账`).
    ("本", false),
    // `字数不少于2500字`.
    ("字", false),
];

/// Units spelt out with `每` and the form they are given in (`微克每立方米` is `微克/立方米`), so
/// that two plans writing one unit two ways compare alike.
const SPELT_UNITS: &[(&str, &str)] = &[
    ("微克每立方米", "微克/立方米"),
    // A slash lost in a copy (`39微克立方米`).
    ("微克立方米", "微克/立方米"),
    ("毫克立方米", "毫克/立方米"),
    ("毫克每立方米", "毫克/立方米"),
    ("毫克每升", "毫克/升"),
];

/// `unit` in the form it is given in ([`SPELT_UNITS`]).
fn given_form(unit: &'static str) -> &'static str {
    SPELT_UNITS
        .iter()
        .find(|(spelt, _)| *spelt == unit)
        .map_or(unit, |(_, given)| given)
}

/// Units of time: a limit in them (`3个工作日内`) is `within`.
pub const TIME_UNITS: &[&str] = &[
    "个工作日",
    "工作日",
    "个月",
    "小时",
    "分钟",
    "周",
    "日",
    "天",
];

/// Comparator words before a number, longest first.
pub const BEFORE: &[(&str, Comparator)] = &[
    ("不少于", Comparator::AtLeast),
    ("不低于", Comparator::AtLeast),
    ("不小于", Comparator::AtLeast),
    ("不超过", Comparator::AtMost),
    // `均未超过33微克/立方米`: has not passed, the same bound as `不超过`.
    ("未超过", Comparator::AtMost),
    ("未高于", Comparator::AtMost),
    ("未低于", Comparator::AtLeast),
    // `不能超过`, `不得低于`: must not, the same bound.
    ("不能超过", Comparator::AtMost),
    ("不得超过", Comparator::AtMost),
    ("不能高于", Comparator::AtMost),
    ("不得高于", Comparator::AtMost),
    ("不能多于", Comparator::AtMost),
    ("不得多于", Comparator::AtMost),
    ("不能大于", Comparator::AtMost),
    ("不得大于", Comparator::AtMost),
    ("不能低于", Comparator::AtLeast),
    ("不得低于", Comparator::AtLeast),
    ("不能少于", Comparator::AtLeast),
    ("不得少于", Comparator::AtLeast),
    ("不能小于", Comparator::AtLeast),
    ("不得小于", Comparator::AtLeast),
    ("不高于", Comparator::AtMost),
    ("不多于", Comparator::AtMost),
    ("不大于", Comparator::AtMost),
    ("提高到", Comparator::Equal),
    ("提高至", Comparator::Equal),
    ("提升到", Comparator::Equal),
    ("提升至", Comparator::Equal),
    ("增加到", Comparator::Equal),
    ("增加至", Comparator::Equal),
    ("上升到", Comparator::Equal),
    ("上升至", Comparator::Equal),
    ("扩大到", Comparator::Equal),
    ("扩大至", Comparator::Equal),
    ("增长到", Comparator::Equal),
    ("增长至", Comparator::Equal),
    // `降为2%`, `提高为95%`: to the figure, as `降至`, `提高到`.
    ("下降为", Comparator::AtMost),
    ("降低为", Comparator::AtMost),
    ("减少为", Comparator::AtMost),
    ("提高为", Comparator::Equal),
    ("提升为", Comparator::Equal),
    ("增加为", Comparator::Equal),
    ("缩短为", Comparator::Within),
    ("压缩为", Comparator::Within),
    ("降低至", Comparator::AtMost),
    ("降低到", Comparator::AtMost),
    ("下降至", Comparator::AtMost),
    ("下降到", Comparator::AtMost),
    ("减少至", Comparator::AtMost),
    ("减少到", Comparator::AtMost),
    ("缩小到", Comparator::AtMost),
    ("缩小至", Comparator::AtMost),
    ("压缩至", Comparator::Within),
    ("压缩到", Comparator::Within),
    ("压减至", Comparator::Within),
    ("缩短至", Comparator::Within),
    ("缩减至", Comparator::Within),
    ("缩减到", Comparator::Within),
    ("压减到", Comparator::Within),
    ("缩短到", Comparator::Within),
    // After the three-character words that end in them (`下降至`, `减少至`).
    ("降至", Comparator::AtMost),
    ("降为", Comparator::AtMost),
    ("降到", Comparator::AtMost),
    ("减至", Comparator::AtMost),
    ("升至", Comparator::Equal),
    ("控制在", Comparator::AtMost),
    // `发生率控制为0.01%`: held to the figure at most, as `控制在`.
    ("控制为", Comparator::AtMost),
    ("控制到", Comparator::AtMost),
    ("保持在", Comparator::Equal),
    ("稳定在", Comparator::Equal),
    ("保持", Comparator::Equal),
    ("至少", Comparator::AtLeast),
    ("最少", Comparator::AtLeast),
    ("最多", Comparator::AtMost),
    ("最高", Comparator::AtMost),
    ("最低", Comparator::AtLeast),
    ("超过", Comparator::MoreThan),
    ("高于", Comparator::MoreThan),
    ("多于", Comparator::MoreThan),
    ("大于", Comparator::MoreThan),
    ("低于", Comparator::LessThan),
    ("少于", Comparator::LessThan),
    ("小于", Comparator::LessThan),
    ("达到", Comparator::Equal),
    // `突破75家`: past the figure.
    ("突破", Comparator::AtLeast),
    // Before `达`: `高达95%` is as high as, not a subject ending in `高`.
    ("高达", Comparator::Equal),
    ("增至", Comparator::Equal),
    ("占比", Comparator::Equal),
    ("达", Comparator::Equal),
    // `展览面积超3万平米`: past the figure, as `超过`.
    ("超", Comparator::MoreThan),
    ("≥", Comparator::AtLeast),
    ("≤", Comparator::AtMost),
    ("＞", Comparator::MoreThan),
    ("＜", Comparator::LessThan),
    // Typed with a plain keyboard (`漏报率<2%`, `报销比=50%`), two-character signs first.
    (">=", Comparator::AtLeast),
    ("<=", Comparator::AtMost),
    (">", Comparator::MoreThan),
    ("<", Comparator::LessThan),
    ("=", Comparator::Equal),
    // A change by an amount (`比上年提高5个百分点`, `同比增长10%`): at least that change.
    ("提高", Comparator::AtLeast),
    ("提升", Comparator::AtLeast),
    ("增长", Comparator::AtLeast),
    ("增加", Comparator::AtLeast),
    ("上升", Comparator::AtLeast),
    ("下降", Comparator::AtLeast),
    ("降低", Comparator::AtLeast),
    ("减少", Comparator::AtLeast),
    // `比上年增5%`, `同比降3%`: a change said in one character, only right after its base
    // ([`short_change_at`]).
    ("增", Comparator::AtLeast),
    ("降", Comparator::AtLeast),
    ("减", Comparator::AtLeast),
];

/// Comparator words that state a change by an amount rather than a level; the word joins the
/// metric (`城乡居民收入增长`), since a growth of 10% is not a level of 10%.
pub const CHANGE_WORDS: &[&str] = &[
    "提高", "提升", "增长", "增加", "上升", "下降", "降低", "减少",
];

/// Changes said in one character, and the word each stands for in a measure's name
/// (`比上年增5%` names the measure `…增长` as `比上年增长5%` does).
const SHORT_CHANGES: &[(&str, &str)] = &[("增", "增长"), ("降", "下降"), ("减", "减少")];

/// The change word ([`CHANGE_WORDS`]) a comparator word in the text states, its one-character
/// form ([`SHORT_CHANGES`]) read as the whole word.
pub fn change_word(word: &str) -> Option<&'static str> {
    (CHANGE_WORDS.iter().copied().find(|w| word == *w))
        .or_else(|| SHORT_CHANGES.iter().find(|(s, _)| word == *s).map(|s| s.1))
}

/// True when the one-character change at `p` (`增`, `降`, `减`) is one: right after the base it
/// is measured against (`比上年增`, `同比降`, `较上年末减`, `比2024年增`) and right before the
/// number. Elsewhere the character is part of a word (`新增`, `增幅`, `降幅`).
fn short_change_at(chars: &[char], p: usize, num: usize) -> bool {
    if p + 1 != num {
        return false;
    }
    let before = chars.get(p.saturating_sub(8)..p).unwrap_or(&[]);
    // `比2024年`, `较2020年度`: a base year.
    let year_base = {
        let t = match before {
            [t @ .., '年', '度'] | [t @ .., '年'] => t,
            _ => &[][..],
        };
        matches!(t, [.., '比' | '较', a, b, c, d] if [a, b, c, d].iter().all(|c| c.is_ascii_digit()))
    };
    let before: String = before.iter().collect();
    year_base || super::metric::BASES.iter().any(|b| before.ends_with(b))
}

/// Money units: an amount of money in a plan is a commitment even without a comparator
/// (`安排专项资金1000万元`).
pub const MONEY_UNITS: &[&str] = &["万元", "亿元", "元"];

/// True for a unit of money, also money per a unit of something (`亿元/平方公里`, `万元/亩`).
pub fn is_money(unit: &str) -> bool {
    let money = unit.split_once('/').map_or(unit, |(m, _)| m);
    MONEY_UNITS.contains(&money)
}

/// Units a rate is given per after a slash (`5.4亿元/平方公里`, `800元/吨`), longest first. Not
/// a time, which is the period a count is in (`2次/年`, [`super::period::PER_SLASH`]).
const PER_BASES: &[&str] = &[
    "平方公里",
    "平方米",
    "立方米",
    "千瓦时",
    "公顷",
    "公里",
    "万元",
    "人次",
    "人",
    "户",
    "亩",
    "吨",
    "床",
];

/// The unit a rate is per, written after a slash at `i` (`/平方公里`).
fn per_base_at(chars: &[char], i: usize) -> Option<&'static str> {
    if !matches!(chars.get(i), Some('/' | '／')) {
        return None;
    }
    let base = PER_BASES.iter().find(|b| at(chars, i + 1, b))?;
    // (Not the start of a longer word, `/户籍`; a bound may follow, `200元/人次以内`.)
    let end = i + 1 + base.chars().count();
    let word_goes_on = chars
        .get(end)
        .is_some_and(|&c| crate::chars::is_common_han(c))
        && !AFTER.iter().any(|(w, _)| at(chars, end, w));
    (!word_goes_on).then_some(*base)
}

/// Characters that, right after a unit, make it part of a word (`同一部门`, `一个人`): then
/// the number is no quantity.
const WORD_AFTER_UNIT: &[(&str, &str)] = &[
    ("部", "门署分位长委件"),
    // `60周岁以上老人`: an age that defines a population; `成立100周年`: an anniversary.
    ("周", "岁年"),
    ("个", "人体别案"),
    ("名", "单称义额"),
    ("家", "庭长属"),
    ("期", "间限待望"),
    ("场", "所景地"),
    ("日", "常益"),
    ("天", "然"),
    ("件", "事"),
    ("次", "要"),
    // `2本地企业`, `3本级资金`: a word of its own.
    ("本", "地土市县区省级单部届年期次科职身色质领位"),
];

/// Characters before a Chinese numeral that make it part of a word (`同一`, `统一`, `唯一`,
/// `新一轮`).
const WORD_BEFORE_HAN: &[char] = &['同', '统', '唯', '之', '单', '专', '划', '逐', '新', '另'];

/// Comparator words right after the unit, longest first.
pub const AFTER: &[(&str, Comparator)] = &[
    ("及以上", Comparator::AtLeast),
    ("以上", Comparator::AtLeast),
    ("以下", Comparator::AtMost),
    ("以内", Comparator::Within),
    ("之内", Comparator::Within),
    ("内", Comparator::Within),
    ("左右", Comparator::About),
    // `1天办结`: done within the time.
    ("办结", Comparator::Within),
];

/// Verbs that make a bare count a commitment (`开展一次`, `举办1期`).
pub const COUNT_VERBS: &[&str] = &[
    "开展", "举办", "召开", "组织", "举行", "进行", "参加", "旁听", "接受", "培训", "学法", "办结",
    "答复", "完成", "新增", "建成", "打造", "培育",
];

/// Verbs that commit to making things, governing a count a few words on (`新建村级服务站5个`).
pub const BUILDING_VERBS: &[&str] = &[
    "新建", "新增", "建成", "改造", "创建", "培育", "打造", "完成", "制定", "出台", "修订", "淘汰",
    "铺设", "建设", "划定", "整治", "扩建", "招聘", "培训", "引进", "招引", "选派", "选取", "培养",
    "筹集", "发放", "提供", "开展", "惠及", "吸纳", "安置", "帮扶", "走访", "排查", "组建", "设立",
    "推出", "认定", "评选", "配备", "促进", "推广", "调整", "带动", "流转", "种植", "发展", "确保",
    "改建", "实施", "再建", "占地", "申请", "接待",
    // `上马6座…预报项目`: launching projects.
    "上马",
    // Gathering and signing (`收集有效招商线索200条`, `签约项目30个`; [`GATHERING_VERBS`]).
    "收集", "征集", "编印", "签约", "签订", "储备",
];

/// Building verbs of gathering and signing, which also tell what was done (`去年共收集意见200
/// 条`) and for how long (`征集意见时间为30天`): they govern a count of things only, in a clause
/// saying nothing of the past.
const GATHERING_VERBS: &[&str] = &["收集", "征集", "编印", "签约", "签订", "储备"];

/// Words before a gathering verb that make its count a fact of the past (`去年共收集…`).
const PAST_MARKS: &[&str] = &["去年", "上年", "共", "累计", "已"];

/// Building verbs that also say much else (`确保高中三个年级…`, `…人大四次会议`, `实施三大工程`):
/// they govern a count in figures only (`确保粮食播种面积917万亩`, `新发展20名党员`, `实施29个
/// 城中村改造`), not a numeral in words, which names a set or a session.
const FIGURES_ONLY_VERBS: &[&str] = &["发展", "确保", "实施"];

/// Units of people and things `确保` governs no count of (`确保3个年级学生全覆盖`).
const ENSURED_NOT: &[&str] = &["名", "人", "个", "家", "所", "户", "次", "项", "件", "人次"];

/// How far (in characters) a building verb reaches to the number it governs.
const BUILDING_REACH: usize = 12;

/// Characters of a list's item a building verb reaches past for free (`小麦、大豆、`).
const LIST_ITEM_CHARS: usize = 2;

/// Words before `至` that make it a limit (`时限压缩…至`).
const SHRINK_WORDS: &[&str] = &["压缩", "压减", "缩短", "缩减", "减少", "降低", "控制"];

/// A number with its unit found in a clause.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Char index where the number starts.
    pub start: usize,
    /// Char index after the unit.
    pub end: usize,
    /// The value (`100`, `4`).
    pub value: f64,
    /// Upper end of a range.
    pub value_max: Option<f64>,
    /// `%`, `次`, `个工作日`, …; empty for a scaled number with a bound and no unit (`12万以上`).
    pub unit: String,
    /// True for `300余次`, `50多名`: the number is a floor.
    pub odd: bool,
}

impl Quantity {
    /// Where it stands, number to unit.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Endings of a place or zone: a Chinese count of them (`两个新城区`) names a known set.
const PLACE_ENDINGS: &[char] = &['区', '县', '镇', '乡', '城', '省', '市', '岛'];

/// How far (characters) the noun after a count is read for a place ending.
const NAME_REACH: usize = 6;

/// Nouns of a level reached that make a Chinese count before them a figure of speech
/// (`上一个新台阶`).
const FIGURES_OF_SPEECH: &[&str] = &[
    "台阶",
    "新台阶",
    "新高度",
    "新水平",
    "新境界",
    "新局面",
    "新起点",
    "新篇章",
    "新征程",
    "新阶段",
    "新的阶段",
    "崭新的阶段",
    "新的台阶",
    "新的高度",
    "新的水平",
];

/// True when the words after a Chinese count make it part of a name: another numeral
/// (`五个一工程`), a slogan in quotes (`两个“全覆盖”`) or a place ending the phrase
/// (`两个新城区，`).
fn names_a_set(chars: &[char], unit_end: usize) -> bool {
    let rest = chars.get(unit_end..).unwrap_or(&[]);
    // `五个一工程`, and a slogan in quotes (`两个“全覆盖”`, `三个“一批”`).
    if rest
        .first()
        .is_some_and(|&c| is_han_numeral_char(c) || c == '“' || c == '"')
    {
        return true;
    }
    // `提升一个新台阶`, `迈上一个新高度`: a figure of speech.
    // (Not a noun going on, `两个台阶式停车场`.)
    let ends_at = |k: usize| rest.get(k).is_none_or(|c| !crate::chars::is_common_han(*c));
    // `重点抓好四个方面工作`: the parts a text is set out in, no count of work.
    if at(rest, 0, "方面")
        || (FIGURES_OF_SPEECH.iter()).any(|w| at(rest, 0, w) && ends_at(w.chars().count()))
    {
        return true;
    }
    let noun = rest
        .iter()
        .take(NAME_REACH + 1)
        .take_while(|c| !"，。；、,;：:（(和与及".contains(**c))
        .count();
    noun <= NAME_REACH
        && rest
            .get(noun.wrapping_sub(1))
            .is_some_and(|c| PLACE_ENDINGS.contains(c))
}

/// Scale words after an Arabic number (`3万户`, `1千个`) and their factors. A unit that starts
/// with one (`万元`, `万人`) keeps it: money and population are written that way.
const SCALES: &[(char, f64)] = &[('千', 1e3), ('万', 1e4), ('亿', 1e8)];

/// The unit written at `i`, if any (longest first; a Chinese numeral only with some units).
fn unit_at(chars: &[char], i: usize, han: bool) -> Option<&'static str> {
    UNITS
        .iter()
        .find(|(u, han_ok)| at(chars, i, u) && (!han || *han_ok))
        .map(|(u, _)| *u)
}

/// A scale word at `i` that is no part of a unit: its factor and the index after it.
fn scale_at(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let c = *chars.get(i)?;
    let (_, factor) = SCALES.iter().find(|(w, _)| *w == c)?;
    // `2万人次`: a unit after the scale word that reaches further than `万人` reads first.
    let end = |at: usize| unit_at(chars, at, false).map(|u| at + u.chars().count());
    match (end(i), end(i + 1)) {
        (Some(whole), Some(after)) if after <= whole => None,
        (Some(_), None) => None,
        _ => Some((*factor, i + 1)),
    }
}

/// A scaled value without the float noise of the product (`1.2 × 10⁴` → `12000`).
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A number at `i`: (value, end index, written in Chinese).
fn number_at(chars: &[char], i: usize) -> Option<(f64, usize, bool)> {
    let c = *chars.get(i)?;
    if ascii_digit(c).is_some() {
        let mut j = i;
        let mut s = String::new();
        while let Some(d) = chars.get(j).and_then(|&c| ascii_digit(c)) {
            s.push(char::from_digit(d, 10)?);
            j += 1;
        }
        if matches!(chars.get(j), Some('.') | Some('．'))
            && chars.get(j + 1).and_then(|&c| ascii_digit(c)).is_some()
        {
            s.push('.');
            j += 1;
            while let Some(d) = chars.get(j).and_then(|&c| ascii_digit(c)) {
                s.push(char::from_digit(d, 10)?);
                j += 1;
            }
        }
        if j - i > 12 {
            // A long run of digits is an id or a phone number, never a quantity.
            return None;
        }
        return Some((crate::fixed::decimal(&s)?, j, false));
    }
    if is_han_numeral_char(c) {
        let n = chars
            .iter()
            .skip(i)
            .take_while(|&&c| is_han_numeral_char(c))
            .count();
        if n > 4 {
            return None;
        }
        let s: String = chars.iter().skip(i).take(n).collect();
        let value = han_value(&s)?;
        // `零部件`, `〇`: a lone zero in Chinese is a word, not a count.
        if value == 0 {
            return None;
        }
        return Some((f64::from(value), i + n, true));
    }
    None
}

/// Verbs before a `零` that hold a count at zero (`为零`, `清零`, `归零`).
const ZERO_VERBS: &[char] = &['为', '清', '归'];

/// True when the `零` at `i` is a count held at zero: after [`ZERO_VERBS`], ending its clause.
fn zero_target_at(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|k| chars.get(k));
    let after = chars.get(i + 1);
    // Not a saying (`化整为零`), a score (`视为零`) or a change (`增长为零`).
    let idiom = i >= 2 && chars.get(i - 2).is_some_and(|c| "整视化".contains(*c));
    let change = i >= 3
        && CHANGE_WORDS
            .iter()
            .any(|w| w.chars().eq(chars[i - 3..i - 1].iter().copied()));
    // `新增职业病为0的工作目标`, `为零的要求`: the clause ends in the goal it names.
    let goal_after = after == Some(&'的') && {
        let next: String = (chars.get(i + 2..).unwrap_or(&[]).iter().take(5)).collect();
        next.contains("目标") || next.starts_with("要求")
    };
    before.is_some_and(|c| ZERO_VERBS.contains(c))
        && !idiom
        && !change
        && (goal_after
            || after.is_none_or(|c| matches!(c, '。' | '，' | ',' | '；' | ';' | '、' | '！')))
}

/// The end of the run of digits (or of Chinese numerals) that starts at `i`; `i` when none
/// starts there.
fn run_end(chars: &[char], i: usize) -> usize {
    let han = chars.get(i).is_some_and(|&c| ascii_digit(c).is_none());
    let same = |c: char| {
        if han {
            is_han_numeral_char(c)
        } else {
            ascii_digit(c).is_some()
        }
    };
    i + chars
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&c| same(c))
        .count()
}

/// Finds every quantity in `chars`, skipping positions marked in `skip` (titles, quotes).
///
/// `"审查率达100%"` → one quantity 100 `%`; `"2-3个"` → 2..3 `个`; `"1+4"` → none.
pub fn scan(chars: &[char], skip: &[bool]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if skip.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        // A number starts with a digit or a Chinese numeral (`百分之` too): other positions
        // are passed at once.
        if !chars
            .get(i)
            .is_some_and(|&c| ascii_digit(c).is_some() || is_han_numeral_char(c))
        {
            i += 1;
            continue;
        }
        // `事故为零`, `积案清零`, `劣五类水体比例为0`: a count held at zero (a lone `零` is
        // otherwise a word).
        if matches!(chars.get(i), Some('零' | '0')) && zero_target_at(chars, i) {
            out.push(Quantity {
                start: i,
                end: i + 1,
                value: 0.0,
                value_max: None,
                unit: String::new(),
                odd: false,
            });
            i += 1;
            continue;
        }
        let (mut percent, mut from) = (false, i);
        if at(chars, i, "百分之") {
            percent = true;
            from = i + 3;
        }
        let Some((value, end, han)) = number_at(chars, from) else {
            // No position inside the run reads as a number either (a digit or numeral before
            // it makes it part of this one): pass the run at once, or a long run of digits
            // would be read again from each of its characters.
            i = run_end(chars, from).max(i + 1);
            continue;
        };
        let prev = if i == 0 { None } else { chars.get(i - 1) };
        // `占GDP16.5%`: a share of a measure named in capitals, not a name such as `PM2.5`.
        let share_of = matches!(chars.get(end), Some('%' | '％'))
            && SHARE_BASES.iter().any(|b| {
                let n = b.chars().count();
                i >= n && b.chars().eq(chars[i - n..i].iter().copied())
            });
        if prev.is_some_and(|&p| joins_before(p, han) && !share_of)
            || matches!(chars.get(end), Some('+') | Some('＋'))
        {
            i = end.max(i + 1);
            continue;
        }
        let decimal = !han && chars.get(from..end).is_some_and(|n| n.contains(&'.'));
        let (value_max, end) = range_end(chars, end, han).unwrap_or((None, end));
        // `3万户`, `1.2万张`, `300余次`: a scale word and an `余` before the unit.
        let (value, mut value_max, end, scaled) = match (han || percent, scale_at(chars, end)) {
            (false, Some((factor, e))) => (
                round(value * factor),
                value_max.map(|m| round(m * factor)),
                e,
                true,
            ),
            _ => (value, value_max, end, false),
        };
        let odd = matches!(chars.get(end), Some('余' | '多'))
            && !han
            && !percent
            && unit_at(chars, end + 1, false).is_some();
        // `5.4多元协同机制`: `多元` opening a word (`多元化`, `多元共治`) after a list number.
        if odd && diverse_word(chars, end) {
            i = end.max(i + 1);
            continue;
        }
        let end = end + usize::from(odd);
        let found = unit_after(
            chars,
            i,
            end,
            han,
            percent,
            scaled || decimal,
            &mut value_max,
        )
        // `分别不高于53和32微克/立方米`: a bare number joined to the next one takes its unit.
        .or_else(|| {
            let listed = respectively_before(chars, i);
            (listed.then(|| shared_unit(chars, end, han || percent || scaled)))
                .flatten()
                .map(|u| (u, end))
        });
        let Some((unit, unit_end)) = found else {
            i = end.max(i + 1);
            continue;
        };
        // `3万元-5万元`, `3户至5户`: a range with the unit written on both ends.
        let (value_max, unit_end) = match value_max {
            Some(_) => (value_max, unit_end),
            None => match unit_range(chars, unit_end, han, &unit, value) {
                Some((max, e)) => (Some(max), e),
                None => (None, unit_end),
            },
        };
        // `占地6亩多，`: a `多` after the unit closing the phrase makes the number a floor too.
        let odd_after = !odd
            && !han
            && !percent
            && chars.get(unit_end) == Some(&'多')
            && chars
                .get(unit_end + 1)
                .is_none_or(|c| !crate::chars::is_common_han(*c));
        let (odd, unit_end) = (odd || odd_after, unit_end + usize::from(odd_after));
        if !is_vague(chars, i, &unit, unit_end, han) {
            // `增速-4.7%`: a minus sign right after a word (not a dash between two figures,
            // `3-5%`, nor a range) makes a share or its change negative.
            let negative = !han
                && !percent
                && value_max.is_none()
                && NEGATIVE_UNITS.contains(&unit.as_str())
                && prev.is_some_and(|p| MINUS_SIGNS.contains(p))
                && i.checked_sub(1)
                    .is_some_and(|k| after_change_word(chars, k));
            out.push(Quantity {
                start: if negative { i - 1 } else { i },
                end: unit_end,
                value: if negative { -value } else { value },
                value_max,
                unit,
                odd,
            });
        }
        i = unit_end.max(i + 1);
    }
    out
}

/// Words of a change a negative figure may follow (`增速-4.7%`, `同比-2.1%`); after other
/// words a dash parts a label from its figure (`城镇调查失业率-5.5%以内`).
const SIGNED_CHANGES: &[&str] = &[
    "增速",
    "增幅",
    "增长",
    "增长率",
    "增减",
    "涨幅",
    "变化",
    "变动",
    "同比",
    "比上年",
    "较上年",
    "提高",
    "上升",
];

/// True when the characters before `sign` end with a word of a change ([`SIGNED_CHANGES`]).
fn after_change_word(chars: &[char], sign: usize) -> bool {
    // (`增速为-3.5%`, `增速：-3.5%`, `增速（-2.5%）`: a word or a mark between.)
    let sign = match sign.checked_sub(1).and_then(|k| chars.get(k)) {
        Some('为' | '是' | '：' | ':' | '（' | '(' | ' ') => sign - 1,
        _ => sign,
    };
    let before = chars.get(sign.saturating_sub(3)..sign).unwrap_or(&[]);
    SIGNED_CHANGES.iter().any(|w| {
        let n = w.chars().count();
        before.len() >= n && before[before.len() - n..].iter().copied().eq(w.chars())
    })
}

/// Signs that make the figure after them negative (`增速-4.7%`).
const MINUS_SIGNS: &[char] = &['-', '－', '−'];

/// Units a negative figure is written in: a share and its change (a count is never below zero).
const NEGATIVE_UNITS: &[&str] = &["%", "个百分点"];

/// True when `多元` at `at` (after a number) opens a word of its own rather than closing a sum
/// ([`crate::chars::opens_diverse_word`]).
fn diverse_word(chars: &[char], at: usize) -> bool {
    crate::chars::opens_diverse_word(chars.get(at..).unwrap_or_default().iter().copied())
}

/// How far before a number (characters) a `分别` opening its list may stand (`分别不高于`).
const RESPECTIVELY_REACH: usize = 8;

/// True when `分别` stands shortly before the number at `start`: the numbers after it are a
/// list, one per measure named before it.
fn respectively_before(chars: &[char], start: usize) -> bool {
    let from = start.saturating_sub(RESPECTIVELY_REACH);
    (from..start).any(|k| at(chars, k, "分别"))
}

/// The unit of the numbers after `end` when only joining words (`和`, `、`, `及`, `与`) stand
/// between (`53和32微克/立方米`, `30、50、150微克/立方米`): a bare Arabic number before them shares
/// that unit. `None`
/// for a Chinese numeral, a percentage or a scaled number, whose words say their own unit.
fn shared_unit(chars: &[char], end: usize, own_words: bool) -> Option<String> {
    if own_words {
        return None;
    }
    // `30、50、150微克/立方米`: bare numbers on to the one that says the unit.
    let mut at = end;
    for _ in 0..SHARED_CHAIN {
        if !chars.get(at).is_some_and(|c| "和、及与".contains(*c)) {
            return None;
        }
        let next = at + 1;
        let (_, next_end, han) = number_at(chars, next)?;
        if han {
            return None;
        }
        let mut max = None;
        if let Some((u, _)) = unit_after(chars, next, next_end, false, false, false, &mut max) {
            return Some(u);
        }
        at = next_end;
    }
    None
}

/// Most bare numbers of a list read on to the one that says their shared unit.
const SHARED_CHAIN: usize = 8;

/// Measures named in capitals a percentage is a share of (`占GDP16.5%`).
const SHARE_BASES: &[&str] = &["GDP", "GNP"];

/// True when the character before a number makes it no quantity of its own: an ordinal
/// (`第3`), a sum (`1+4`), a decimal or code (`v2`), or for a Chinese numeral a word it ends.
fn joins_before(p: char, han: bool) -> bool {
    p == '第'
        || p == '+'
        || p == '＋'
        || p == '.'
        || p.is_ascii_alphanumeric()
        || ascii_digit(p).is_some()
        || (han && (is_han_numeral_char(p) || WORD_BEFORE_HAN.contains(&p)))
}

/// The unit after a number from `start` to `end` and where it ends: `%` for `百分之`, a sign (with
/// a second one closing a range, which sets `value_max`), a unit word, or none after a scaled
/// number or a decimal when a bound follows (`控制在0.011以内`, a ratio). `None` when the number
/// has no unit.
fn unit_after(
    chars: &[char],
    start: usize,
    end: usize,
    han: bool,
    percent: bool,
    bare_ok: bool,
    value_max: &mut Option<f64>,
) -> Option<(String, usize)> {
    if percent {
        Some(("%".to_string(), end))
    } else if matches!(chars.get(end), Some('%') | Some('％')) {
        // `5%－10%`: a range with the sign on both ends.
        match range_end(chars, end + 1, han) {
            Some((max, e)) if value_max.is_none() && matches!(chars.get(e), Some('%' | '％')) => {
                *value_max = max;
                Some(("%".to_string(), e + 1))
            }
            _ => Some(("%".to_string(), end + 1)),
        }
    } else {
        match unit_at(chars, end, han) {
            Some(u) => {
                let end = end + u.chars().count();
                Some(match per_base_at(chars, end) {
                    // `5.4亿元/平方公里`, `30万元/亩`: a rate per a unit of its own is one unit.
                    Some(base) => (format!("{u}/{base}"), end + 1 + base.chars().count()),
                    None => (given_form(u).to_string(), end),
                })
            }
            // `惠及群众12万以上`, `发案率控制在0.011以内`: a scaled number or a decimal needs no
            // unit when a bound follows.
            // Not a version (`升级至2.0以上版本`).
            None if bare_ok
                && AFTER.iter().any(|(w, _)| {
                    at(chars, end, w) && chars.get(end + w.chars().count()) != Some(&'版')
                }) =>
            {
                // `1000万以上人次`: the unit said after the bound is the figure's (the figure
                // still ends before the bound, which its comparator is read from).
                let bound = AFTER.iter().find(|(w, _)| at(chars, end, w));
                let unit = bound.and_then(|(w, _)| unit_at(chars, end + w.chars().count(), han));
                Some((
                    unit.map_or_else(String::new, |u| given_form(u).to_string()),
                    end,
                ))
            }
            // `发展指数达85`: an index's value has no unit.
            None if !han && names_an_index(chars, start) => Some((String::new(), end)),
            None => None,
        }
    }
}

/// Names of measures whose values have no unit (`发展指数`, `综合评价得分`).
const INDEX_NAMES: &[&str] = &["指数", "系数", "得分", "评分", "分值"];

/// True when the number at `start` follows an index's name and a comparator word
/// (`发展指数达85`, `空气质量综合指数控制在4.2`).
fn names_an_index(chars: &[char], start: usize) -> bool {
    BEFORE.iter().any(|(w, _)| {
        let n = w.chars().count();
        start >= n
            && at(chars, start - n, w)
            && INDEX_NAMES.iter().any(|name| {
                let k = name.chars().count();
                start - n >= k && at(chars, start - n - k, name)
            })
    })
}

/// Last characters of the verbs and signs that reach an age (`达82.4岁`, `提高到`, `保持在`,
/// `不低于71岁`, `≥71岁`; not `为3岁以下婴幼儿`).
const AGE_REACHED: &[char] = &[
    '达', '到', '至', '在', '于', '≥', '≤', '＞', '＜', '>', '<', '=',
];

/// True when a number at `start` with `unit` ending at `unit_end` counts nothing: a date
/// (`2月12日`), `一次性`, a Chinese numeral naming a set, or a unit read as part of a word.
fn is_vague(chars: &[char], start: usize, unit: &str, unit_end: usize, han: bool) -> bool {
    let prev = start.checked_sub(1).and_then(|k| chars.get(k));
    let next = chars.get(unit_end).copied();
    // `2月12日`: a date, not a count of days.
    let month = start.checked_sub(2).and_then(|k| chars.get(k));
    let date = prev == Some(&'月')
        && unit == "日"
        && month.is_some_and(|&c| ascii_digit(c).is_some() || is_han_numeral_char(c));
    // `3岁以下婴幼儿`, `60岁以上老人`: an age that names a population, unless a verb reaches it
    // (`扩大至80岁以上高龄老人`, `年龄在65岁以上的老年人` name one all the same).
    // `于` reaches an age only in a bound (`不低于`, `高于`), not `适用于60岁以上的…`.
    let yu_bound = start
        .checked_sub(2)
        .and_then(|k| chars.get(k))
        .is_some_and(|c| "低少高大小多".contains(*c));
    let reached = prev.is_some_and(|c| AGE_REACHED.contains(c) && (*c != '于' || yu_bound));
    let age = unit == "岁" && (!reached || names_people(chars, unit_end));
    // `扩建实验幼儿园（二期）`, `一期工程`: a phase of a project, not a count of sessions.
    // `职业学院二期`, `污水厂三期`, `…高速二期等项目`: after the name of a place or works, or
    // before the `等` closing a list of works, a phase too.
    let phase = han
        && unit == "期"
        && (prev.is_some_and(|&c| c == '（' || c == '(' || PHASED.contains(c))
            || next.is_some_and(|c| matches!(c, '）' | ')' | '工' | '项' | '等')));
    // `完成任务计15分`, `扣0.5分`, `（3分）`: a rubric's score for the work, not a target of it.
    let before_prev = start.checked_sub(2).and_then(|k| chars.get(k));
    // (`增加2分`, `递减1分`: a rise or fall of a score, which may be a target.)
    let rise = prev.is_some_and(|&c| c == '加' || c == '减')
        && before_prev.is_some_and(|&c| "增追递附叠参削缩核消".contains(c));
    // `90分为优秀`, `100分为满分`: a rubric's grade, no target.
    let score = unit == "分"
        && (next == Some('为')
            || prev.is_some_and(|&c| SCORE_VERBS.contains(c)) && !rise
            || prev.is_some_and(|&c| c == '（' || c == '(')
                && next.is_some_and(|c| c == '）' || c == ')'));
    // `依据一式2份`: the copies a paper is handed in, no count of work.
    let copies = unit == "份" && start >= 2 && at(chars, start - 2, "一式");
    date || age
        || phase
        || copies
        || score
        || (unit == "次" && next == Some('性'))
        || (han && names_a_set(chars, unit_end))
        // `抓好4个方面工作`, as `四个方面`: the parts a text is set out in.
        || (unit == "个" && at(chars.get(unit_end..).unwrap_or(&[]), 0, "方面"))
        || WORD_AFTER_UNIT
            .iter()
            .any(|(u, after)| *u == unit && next.is_some_and(|c| after.contains(c)))
}

/// Characters before a score that give or take it (`计10分`, `扣2分`, `得5分`, `加1分`).
const SCORE_VERBS: &str = "计扣得加减记";

/// Last characters of the names of works built in phases (`学院`, `工程`, `项目`, `园区`, `水厂`,
/// `高速`, `大桥`, `港`).
const PHASED: &str = "院程目区园馆厂站场路楼线校心城速桥港";

/// First characters of the people an age names (`老年人`, `儿童`, `婴幼儿`, `人口`, `学生`).
const PEOPLE_FIRSTS: &[char] = &[
    '老', '儿', '婴', '幼', '人', '妇', '学', '青', '少', '孕', '高', '群', '居', '职',
];

/// True when the words after an age ending at `end` name people (`以上的老年人`,
/// `以下婴幼儿`): the age bounds a population.
fn names_people(chars: &[char], end: usize) -> bool {
    let mut at_word = end;
    if let Some((w, _)) = AFTER.iter().find(|(w, _)| at(chars, at_word, w)) {
        at_word += w.chars().count();
    }
    if chars.get(at_word) == Some(&'的') {
        at_word += 1;
    }
    chars
        .get(at_word)
        .is_some_and(|c| PEOPLE_FIRSTS.contains(c))
}

/// The upper end of a range whose second number repeats the unit (`-5万元` after `3万元`) and
/// where it ends; the same numerals, scale word and unit as the first, and above it.
fn unit_range(chars: &[char], end: usize, han: bool, unit: &str, low: f64) -> Option<(f64, usize)> {
    let (Some(max), e) = range_end(chars, end, han)? else {
        return None;
    };
    let (max, e) = match scale_at(chars, e) {
        Some((factor, after)) if !han => (round(max * factor), after),
        _ => (max, e),
    };
    let repeated = unit_at(chars, e, han).is_some_and(|u| u == unit);
    (repeated && max > low).then(|| (max, e + unit.chars().count()))
}

fn range_end(chars: &[char], end: usize, han: bool) -> Option<(Option<f64>, usize)> {
    let sep = *chars.get(end)?;
    if !matches!(sep, '-' | '~' | '～' | '—' | '－' | '至' | '到') {
        return None;
    }
    let (max, e, max_han) = number_at(chars, end + 1)?;
    (max_han == han).then_some((Some(max), e))
}

/// A comparator word next to a quantity (`不少于`, `以上`): where it stands and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    /// The word in the text.
    pub span: Span,
    /// What it says of the number.
    pub comparator: Comparator,
}

/// The comparator word before a quantity, searched back to `floor` (the clause start or the
/// previous quantity): the nearest one with no number between. A one-character word (`达`)
/// must be close (`达100%`); a longer one may govern a phrase (`不少于执法人员总数的5%`).
/// Characters before a `达` that make it part of a word (`下达`, `表达`, `发达`, `到达`).
const DA_AFTER: &[char] = &['下', '表', '传', '发', '抵', '到', '通', '送', '转', '直'];

/// Characters that make a word with a `达` before them: `达标率`, `达效率`, `达产率`.
const DA_BEFORE: &[char] = &['标', '效', '产'];

/// True when the `达` at `p` is part of a word, not the verb reaching a figure: `达标率`,
/// `项目达效率`, `下达的任务`.
fn in_word_with_da(chars: &[char], p: usize) -> bool {
    chars.get(p + 1).is_some_and(|c| DA_BEFORE.contains(c))
        || p.checked_sub(1)
            .and_then(|k| chars.get(k))
            .is_some_and(|c| DA_AFTER.contains(c))
}

pub fn before(chars: &[char], floor: usize, num: usize) -> Option<Bound> {
    let mut found = None;
    // First chars of the words, gathered once: most positions start none, and are passed at
    // once.
    static FIRSTS: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| Firsts::of(BEFORE.iter().map(|(w, _)| *w)));
    let mut p = floor;
    while p < num {
        if !chars.get(p).is_some_and(|&c| firsts.has(c)) {
            p += 1;
            continue;
        }
        match BEFORE
            .iter()
            .find(|(w, _)| at(chars, p, w))
            .filter(|(w, _)| !(*w == "达" && in_word_with_da(chars, p)))
            // `增加值` (value added) names a measure: `制造业增加值占…比重35%`.
            .filter(|(w, _)| {
                !(*w == "增加"
                    && chars.get(p + 2) == Some(&'值')
                    && !chars.get(p + 3).is_some_and(|c| "班守勤".contains(*c)))
            })
            .filter(|(w, _)| {
                w.chars().nth(1).is_some()
                    || !"增降减".contains(*w)
                    || short_change_at(chars, p, num)
            })
            // `超3万平米`, not `超市3个`, `超额完成`: right before its figure.
            .filter(|(w, _)| *w != "超" || p + 1 == num)
            // `控制为0.01%`, not `控制为期3个月`, `控制到每一个环节`: right before its figure.
            .filter(|(w, _)| !matches!(*w, "控制为" | "控制到") || p + 3 == num)
            // `最低15%`, `最高补贴5000元`, not the `最低` of a name (`当地最低工资的1.2倍`,
            // `最低生活保障标准`, `最多跑一次`).
            .filter(|(w, _)| !(w.starts_with('最') && names_with_most(chars, p)))
            // `申请->受理`, `<<…>>`: an arrow or a doubled mark, no sign.
            .filter(|(w, _)| !(w.starts_with(['<', '>', '=']) && in_arrow(chars, p, w)))
        {
            Some((w, cmp)) => {
                let end = p + w.chars().count();
                if end <= num {
                    found = Some(Bound {
                        span: Span::new(p, end),
                        comparator: *cmp,
                    });
                }
                p = end;
            }
            None => p += 1,
        }
    }
    let bound = found?;
    let (p, end) = (bound.span.start, bound.span.end);
    let between = num - end;
    let digits = chars
        .get(end..num)
        .is_some_and(|s| s.iter().any(|c| ascii_digit(*c).is_some()));
    // `提升…法定最高弥偿百分率至95%`: a word met before a `…至` the number follows is part of
    // the measure's name, not its bound.
    let to_level = between > 1 && num > 0 && chars.get(num - 1) == Some(&'至');
    if digits || to_level || between > 16 || (between > 4 && end - p < 2) {
        return None;
    }
    Some(bound)
}

/// Names that open on `最低`/`最高`/`最多` (`最低生活保障`, `最低工资标准`, `最高人民法院`,
/// `最多跑一次`): no bound on a figure.
const MOST_NAMES: &[&str] = &["最低生活", "最低工资", "最低收购", "最高人民", "最多跑"];

/// True when the `最…` word at `p` opens a name ([`MOST_NAMES`]).
fn names_with_most(chars: &[char], p: usize) -> bool {
    MOST_NAMES.iter().any(|n| at(chars, p, n))
}

/// True when the plain-keyboard sign `w` at `p` is part of an arrow or a doubled mark
/// (`->`, `=>`, `<-`, `<<`, `>>`).
fn in_arrow(chars: &[char], p: usize, w: &str) -> bool {
    let before = p.checked_sub(1).and_then(|k| chars.get(k)).copied();
    let after = chars.get(p + w.chars().count()).copied();
    matches!(before, Some('-' | '=' | '<' | '>' | '‹' | '›'))
        || matches!(after, Some('-' | '<' | '>' | '‹' | '›'))
}

/// Words that open the level a target starts from (`由8000户`, `从原来的35%`).
const BASELINE_OPENERS: &[char] = &['由', '从'];

/// How much farther back a baseline's opener may stand when the levels are per head or per
/// time (`由每人每年`).
const PER_REACH: usize = 4;

/// How far back (characters) from its number a baseline's opener may stand (`由原来的`).
const BASELINE_REACH: usize = 4;

/// `由8000户提高到12000户`: where `由` stands, when `q` is the level `next` starts from (same
/// unit, and only a `…到`/`…至` verb between them).
pub fn baseline_of(chars: &[char], q: &Quantity, next: &Quantity) -> Option<usize> {
    let from = q.start.saturating_sub(BASELINE_REACH);
    let opener_in = |from: usize| {
        (from..q.start)
            .rev()
            .find(|&i| chars.get(i).is_some_and(|c| BASELINE_OPENERS.contains(c)))
    };
    // `由每人每年670元提高到700元`: who and how often the levels are of may stand between.
    let per_reach = q.start.saturating_sub(BASELINE_REACH + PER_REACH);
    let opener = opener_in(from)
        .or_else(|| opener_in(per_reach).filter(|&o| chars.get(o + 1) == Some(&'每')))?;
    let between = chars.get(q.end..next.start)?;
    let to = matches!(between.last(), Some('到' | '至'));
    let numbers = (chars.get(opener..q.start)?.iter().chain(between))
        .any(|&c| ascii_digit(c).is_some() || is_han_numeral_char(c));
    (to && !numbers && between.len() <= 4 && q.unit == next.unit).then_some(opener)
}

/// How far back (characters) a shrinking verb reaches to its `至`.
const SHRINK_REACH: usize = 100;

/// `至` right before the number after a shrinking verb (`时限压缩…至1个工作日`), within
/// [`SHRINK_REACH`] characters (a bound keeps a clause of many `至` linear).
pub fn shrink_to(chars: &[char], clause_start: usize, num: usize) -> bool {
    let from = clause_start.max(num.saturating_sub(SHRINK_REACH));
    num > clause_start
        && chars.get(num - 1) == Some(&'至')
        && (from..num).any(|i| SHRINK_WORDS.iter().any(|w| at(chars, i, w)))
}

/// The comparator word right after the unit, which ends at `end`.
pub fn after(chars: &[char], end: usize, unit: &str) -> Option<Bound> {
    AFTER
        .iter()
        .find(|(w, _)| at(chars, end, w))
        .filter(|(w, _)| *w != "内" || TIME_UNITS.contains(&unit))
        .map(|(w, c)| Bound {
            span: Span::new(end, end + w.chars().count()),
            comparator: *c,
        })
}

/// True when a building verb stands a few words before the number with no number between
/// (`新建农村公路50公里`), or opens the clause whose object the number ends however long it is
/// (`完成通建制村公路单车道改双车道27.395公里`).
pub fn building_verb(chars: &[char], floor: usize, num: usize) -> bool {
    building_verb_of(chars, floor, num, "")
}

/// [`building_verb`] of a count in `unit`: the verbs that say much else govern no time
/// (`实施100天攻坚行动`, `发展15分钟健身圈`), and `确保` no count of people or things (`确保
/// 全市2.3万名考生考试安全`), only a measure (`确保粮食播种面积917万亩`).
pub fn building_verb_of(chars: &[char], floor: usize, num: usize, unit: &str) -> bool {
    // The reach counts the words only: an aside in brackets (`乡镇（街道）`) is passed over, and
    // a list's items count as one more word each (`建设小麦、大豆、油菜示范基地各2万亩`).
    let (mut from, mut words, mut depth) = (num, 0, 0usize);
    while from > floor && words < BUILDING_REACH {
        from -= 1;
        match chars.get(from) {
            Some('）' | ')') => depth += 1,
            Some('（' | '(') => depth = depth.saturating_sub(1),
            Some('、') if depth == 0 => words = words.saturating_sub(LIST_ITEM_CHARS),
            _ if depth == 0 => words += 1,
            _ => {}
        }
    }
    // The verb nearest the number, with no other number between them: a date before the verb
    // (`2024年底前建成…50个`) is no bar, a count after it is (`新建2个…3年`).
    let found = (from..num)
        .rev()
        .find_map(|i| verb_at(chars, i).map(|n| (i, n)))
        .or_else(|| opening_verb(chars, floor, num));
    let Some((verb, verb_chars)) = found else {
        return false;
    };
    // `已建成污水管网5000公里`: built already, a fact of the past (not `对已建成的12座污水处理厂
    // 实施提标改造`, where what was built is the object of the work).
    let verb_end = verb + verb_chars;
    if done_already(chars, verb) && chars.get(verb_end) != Some(&'的') {
        return false;
    }
    if FIGURES_ONLY_VERBS.iter().any(|v| at(chars, verb, v))
        && (chars.get(num).is_none_or(|c| ascii_digit(*c).is_none())
            || TIME_UNITS.contains(&unit)
            || unit == "年"
            || (at(chars, verb, "确保") && ENSURED_NOT.contains(&unit)))
    {
        return false;
    }
    if GATHERING_VERBS.iter().any(|v| at(chars, verb, v)) {
        let before: String = chars.get(floor..verb).unwrap_or(&[]).iter().collect();
        if TIME_UNITS.contains(&unit)
            || unit == "年"
            || PAST_MARKS.iter().any(|m| before.contains(m))
        {
            return false;
        }
    }
    let between = chars.get(verb..num).unwrap_or(&[]);
    !has_count(between)
}

/// Most characters of an aside in brackets inside a verb (`新（改、扩）建`).
const VERB_ASIDE_MAX: usize = 6;

/// How many characters the building verb written at `i` takes, when one is: also a verb with an
/// aside of like work in brackets after its first character (`新（改、扩）建` is `新建`).
fn verb_at(chars: &[char], i: usize) -> Option<usize> {
    let bracket = matches!(chars.get(i + 1), Some('（' | '('));
    BUILDING_VERBS.iter().find_map(|v| {
        if at(chars, i, v) {
            return Some(v.chars().count());
        }
        let mut rest = v.chars();
        if !bracket || chars.get(i) != rest.next().as_ref() {
            return None;
        }
        let close = (i + 2..chars.len())
            .take(VERB_ASIDE_MAX + 1)
            .find(|&k| matches!(chars[k], '）' | ')'))?;
        let rest = rest.as_str();
        at(chars, close + 1, rest).then(|| close + 1 + rest.chars().count() - i)
    })
}

/// Words of intent that may stand before a verb opening its clause (`力争完成…`).
const OPENING_INTENTS: &[&str] = &["力争", "争取", "计划", "全年", "年内"];

/// Most characters of the object between a verb opening its clause and the count ending it.
const OPENING_OBJECT_MAX: usize = 20;

/// The building verb opening the clause `chars` (after a word of intent), and how many
/// characters it takes, when the count at `num` ends its object: only Han words and list marks
/// between, however long (`完成通建制村公路单车道改双车道27.395公里`); not a phrase of its own
/// (`的`), nor work done (`了`, `已`).
fn opening_verb(chars: &[char], floor: usize, num: usize) -> Option<(usize, usize)> {
    let start = (OPENING_INTENTS.iter())
        .find(|w| at(chars, 0, w))
        .map_or(0, |w| w.chars().count());
    if start < floor {
        return None;
    }
    let n = verb_at(chars, start)?;
    let object = chars.get(start + n..num)?;
    let plain =
        |c: &char| (crate::chars::is_common_han(*c) && !"的了已".contains(*c)) || *c == '、';
    (object.len() <= OPENING_OBJECT_MAX && object.iter().all(plain)).then_some((start, n))
}

/// True when `已` (or `已经`, `均已`) stands right before the verb at `verb`: the work is
/// done, what follows is a fact (`已建成`, `已经完成`).
fn done_already(chars: &[char], verb: usize) -> bool {
    let before = chars.get(verb.saturating_sub(2)..verb).unwrap_or(&[]);
    before.last() == Some(&'已') || before == ['已', '经']
}

/// Verbs that close a clause committing to what a count before them names is done
/// (`100个示范社区全面建成`).
pub const DONE_VERBS: &[&str] = &[
    "建成",
    "完成",
    "投用",
    "投入使用",
    "竣工",
    "开工",
    "落地",
    "达标",
];

/// How far (in characters) past a count its closing verb may stand.
const DONE_REACH: usize = 20;

/// True when a clause closes on a verb that commits to what the count ending at `end` names
/// (`全市首批100个示范社区全面建成`): an Arabic count (a Chinese numeral names a set, `两个新城区
/// 建成`), the verb the clause's last word, within [`DONE_REACH`] characters and no number
/// between.
pub fn done_after(chars: &[char], start: usize, end: usize) -> bool {
    if !chars.get(start).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    // `已有15个项目竣工`: done already, a fact.
    let before = chars.get(start.saturating_sub(2)..start).unwrap_or(&[]);
    if before.contains(&'已') {
        return false;
    }
    let rest = chars.get(end..).unwrap_or(&[]);
    let rest = match rest
        .iter()
        .position(|&c| matches!(c, '。' | '；' | ';' | '，' | ','))
    {
        Some(k) => &rest[..k],
        None => rest,
    };
    // (`2个站点已投入使用`: done already, a fact.)
    rest.len() <= DONE_REACH
        && !rest.contains(&'已')
        && !has_count(rest)
        && DONE_VERBS
            .iter()
            .any(|v| rest.len() >= v.chars().count() && at(rest, rest.len() - v.chars().count(), v))
}

/// Verbs of the work done on things counted after `对` (`对25条瓶颈路进行改造提升`).
pub const WORK_ON_VERBS: &[&str] = &["进行", "开展", "实施", "推进"];

/// How far (in characters) `对` may stand before its count, and the verb of the work after it.
const WORK_ON_REACH: usize = 16;

/// True when an Arabic count starting at `start` (its unit ending at `end`) is what work is done
/// on: `对` before it in its clause (`对10个交通拥堵点开展微改造`, `对南屯北街等25条瓶颈路…`)
/// and a verb of work after it, no other number between.
pub fn work_done_on(chars: &[char], start: usize, end: usize) -> bool {
    if !chars.get(start).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let breaks = |c: &char| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':');
    let from = start.saturating_sub(WORK_ON_REACH);
    let before = chars.get(from..start).unwrap_or(&[]);
    let Some(dui) = before.iter().rposition(|&c| c == '对') else {
        return false;
    };
    // `对` of another word (`针对`, `应对`, `对照`, `对标`, `对口`): no object of work.
    let word_before = dui
        .checked_sub(1)
        .and_then(|k| before.get(k))
        .is_some_and(|c| "针应面相绝核比反校".contains(*c));
    let word_after = before
        .get(dui + 1)
        .is_some_and(|c| "照标口接比称外象待话于".contains(*c));
    let lead = &before[dui + 1..];
    if word_before || word_after || lead.iter().any(breaks) || has_count(lead) {
        return false;
    }
    let after = chars
        .get(end..(end + WORK_ON_REACH).min(chars.len()))
        .unwrap_or(&[]);
    let after = match after.iter().position(breaks) {
        Some(k) => &after[..k],
        None => after,
    };
    // Not work done already (`对2家违法企业进行了立案查处`).
    (0..after.len()).any(|k| {
        WORK_ON_VERBS
            .iter()
            .any(|v| at(after, k, v) && after.get(k + v.chars().count()) != Some(&'了'))
            && !has_count(&after[..k])
    })
}

/// True when `chars` hold a number that is not part of a term's name: digits followed by a
/// Latin letter name a thing (`5G基站`, `4K频道`, `3D打印`), not a count.
pub fn has_count(chars: &[char]) -> bool {
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if ascii_digit(c).is_none() {
            i += 1;
            continue;
        }
        while chars.get(i).is_some_and(|&c| ascii_digit(c).is_some()) {
            i += 1;
        }
        if !chars.get(i).is_some_and(char::is_ascii_alphabetic) {
            return true;
        }
    }
    false
}

/// True when a count verb ends right before the number (`开展一次`, `举办1期`).
pub fn verb_before(chars: &[char], clause_start: usize, num: usize) -> bool {
    COUNT_VERBS.iter().any(|v| {
        let n = v.chars().count();
        num >= clause_start + n && at(chars, num - n, v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<(f64, Option<f64>, String)> {
        let c: Vec<char> = s.chars().collect();
        scan(&c, &vec![false; c.len()])
            .into_iter()
            .map(|q| (q.value, q.value_max, q.unit))
            .collect()
    }

    #[test]
    fn each_rate_base_joins_the_unit() {
        for b in PER_BASES {
            assert_eq!(
                q(&format!("达到5.4万元/{b}")),
                [(5.4, None, format!("万元/{b}"))],
                "{b}"
            );
        }
        // A period after the slash, or a word the base opens, is no base.
        assert_eq!(q("培训2次/年"), [(2.0, None, "次".to_string())]);
        assert_eq!(q("补助300元/户籍人口"), [(300.0, None, "元".to_string())]);
    }

    #[test]
    fn each_minus_sign_after_a_word_makes_a_share_negative() {
        for sign in MINUS_SIGNS {
            for unit in NEGATIVE_UNITS {
                let s: Vec<char> = format!("增速{sign}4.7{unit}").chars().collect();
                let found = scan(&s, &vec![false; s.len()]);
                assert_eq!((found[0].start, found[0].value), (2, -4.7), "{sign}{unit}");
            }
        }
        // A dash between figures, a range, a count: no sign.
        assert_eq!(q("比例3-5%"), [(3.0, Some(5.0), "%".to_string())]);
        assert_eq!(q("增速-3%-5%")[0].0, 3.0);
        assert_eq!(q("新建公园-3个")[0].0, 3.0);
        // A word or a mark between the change and its sign.
        for text in ["增速为-3.5%", "增速：-3.5%", "增速（-3.5%）"] {
            assert_eq!(q(text)[0].0, -3.5, "{text}");
        }
        // A dash after a measure's name parts it from its figure.
        assert_eq!(q("城镇调查失业率-5.5%")[0].0, 5.5);
        assert_eq!(q("研发经费投入强度-2.5%")[0].0, 2.5);
        for w in SIGNED_CHANGES {
            assert_eq!(q(&format!("工业{w}-1.5%"))[0].0, -1.5, "{w}");
        }
    }

    #[test]
    fn each_intent_before_an_opening_verb() {
        for w in OPENING_INTENTS {
            let s: Vec<char> = format!("{w}完成通建制村公路单车道改双车道27公里")
                .chars()
                .collect();
            assert!(building_verb(&s, 0, s.len() - 4), "{w}");
        }
    }

    #[test]
    fn each_unit_is_read() {
        for (u, han) in UNITS {
            // An age is read only where a verb reaches it (`达3岁`, not `3岁以下婴幼儿`).
            let reach = if *u == "岁" { "达" } else { "共" };
            assert_eq!(
                q(&format!("{reach}3{u}")),
                vec![(3.0, None, given_form(u).to_string())],
                "{u}"
            );
            let got = q(&format!("开展三{u}"));
            assert_eq!(got.iter().any(|g| g.2 == given_form(u)), *han, "{u}");
        }
    }

    #[test]
    fn percent_forms() {
        assert_eq!(q("达100%"), vec![(100.0, None, "%".into())]);
        assert_eq!(q("达 95％"), vec![(95.0, None, "%".into())]);
        assert_eq!(q("百分之九十"), vec![(90.0, None, "%".into())]);
        assert_eq!(q("12.5%"), vec![(12.5, None, "%".into())]);
    }

    #[test]
    fn scales_and_odd_numbers() {
        for (w, f) in SCALES {
            assert_eq!(
                q(&format!("2{w}张")),
                vec![(2.0 * f, None, "张".into())],
                "{w}"
            );
        }
        assert_eq!(q("1.2万张"), vec![(12000.0, None, "张".into())]);
        assert_eq!(q("3万元"), vec![(3.0, None, "万元".into())]);
        assert_eq!(q("12万以上"), vec![(120000.0, None, String::new())]);
        assert!(q("12万人口").iter().all(|x| x.2 == "万人"));
        assert_eq!(q("2万人次"), vec![(20000.0, None, "人次".into())]);
        assert_eq!(q("1860家次"), vec![(1860.0, None, "家次".into())]);
        let c: Vec<char> = "300余次".chars().collect();
        assert!(scan(&c, &[false; 5])[0].odd);
        assert!(q("12以上").is_empty());
    }

    #[test]
    fn ranges() {
        assert_eq!(q("2-3个"), vec![(2.0, Some(3.0), "个".into())]);
        assert_eq!(q("5%－10%"), vec![(5.0, Some(10.0), "%".into())]);
        assert_eq!(
            q("5%、10%"),
            vec![(5.0, None, "%".into()), (10.0, None, "%".into())]
        );
        assert_eq!(q("1~2部"), vec![(1.0, Some(2.0), "部".into())]);
        assert_eq!(q("两至三次"), vec![(2.0, Some(3.0), "次".into())]);
    }

    #[test]
    fn each_word_after_a_unit_makes_a_word() {
        for (u, after) in WORD_AFTER_UNIT {
            for c in after.chars() {
                assert!(q(&format!("共3{u}{c}")).is_empty(), "{u}{c}");
            }
        }
        for p in WORD_BEFORE_HAN {
            assert!(q(&format!("{p}一次")).is_empty(), "{p}");
        }
    }

    #[test]
    fn counts_inside_names() {
        assert!(q("实施五个一工程").is_empty());
        assert!(q("建设两个新城区，").is_empty());
        for p in PLACE_ENDINGS {
            assert!(q(&format!("覆盖三个示范{p}")).is_empty(), "{p}");
            assert_eq!(q(&format!("覆盖3个示范{p}")).len(), 1, "{p}");
        }
        assert_eq!(q("新建三个片区综合服务中心").len(), 1);
        assert!(q("为60周岁以上老人").is_empty());
        assert!(q("庆祝中国共产党成立100周年").is_empty());
        assert_eq!(q("集中培训2周"), vec![(2.0, None, "周".into())]);
        assert!(q("2月12日召开").is_empty());
        assert_eq!(q("每月3日内"), vec![(3.0, None, "日".into())]);
    }

    #[test]
    fn not_quantities() {
        assert!(q("第二批").is_empty());
        assert!(q("提高零部件水平").is_empty());
        assert!(q("1+4审查").is_empty());
        assert!(q("一次性告知").is_empty());
        assert!(q("2024年").is_empty());
        assert!(q("〔2024〕5号").is_empty());
        assert!(q("十九届四中全会").is_empty());
        assert!(q("12345678901234567890次").is_empty());
    }

    /// A run of digits or numerals too long to be a number is passed whole: what follows it
    /// is still read, and nothing inside it is.
    #[test]
    fn long_runs_are_passed_whole() {
        for run in ["1".repeat(5000), "九".repeat(5000), "9".repeat(13)] {
            assert_eq!(
                q(&format!("完成{run}个项目，开展3次")),
                vec![(3.0, None, "次".into())],
                "{}",
                run.len()
            );
        }
        assert_eq!(run_end(&['1', '2', '三', '4'], 0), 2);
        assert_eq!(run_end(&['三', '四', '5'], 0), 2);
        assert_eq!(run_end(&['x'], 0), 0);
    }

    #[test]
    fn an_age_names_a_population_unless_a_verb_reaches_it() {
        assert!(q("3岁以下婴幼儿").is_empty());
        assert!(q("60岁以上老年人").is_empty());
        assert!(q("为3岁以下婴幼儿家庭提供指导").is_empty());
        assert_eq!(q("预期寿命达82.4岁"), vec![(82.4, None, "岁".to_string())]);
        assert_eq!(q("提高到80岁"), vec![(80.0, None, "岁".to_string())]);
    }

    #[test]
    fn each_before_word() {
        for (w, cmp) in BEFORE {
            // A change in one character is one only after its base (`比上年增`).
            let base = if SHORT_CHANGES.iter().any(|s| s.0 == *w) {
                "比上年"
            } else {
                ""
            };
            let s: Vec<char> = format!("学法{base}{w}4次").chars().collect();
            let num = s.iter().position(|c| *c == '4').unwrap();
            assert_eq!(before(&s, 0, num).map(|x| x.comparator), Some(*cmp), "{w}");
        }
    }

    #[test]
    fn a_change_in_one_character_needs_its_base_right_before() {
        let bound = |t: &str| {
            let s: Vec<char> = t.chars().collect();
            // The last number's first digit.
            let num = (1..s.len())
                .rfind(|&k| s[k].is_ascii_digit() && !s[k - 1].is_ascii_digit())
                .unwrap();
            before(&s, 0, num).map(|b| b.span.text(&s))
        };
        assert_eq!(bound("收入比上年增5%").as_deref(), Some("增"));
        assert_eq!(bound("能耗较2024年度降3%").as_deref(), Some("降"));
        assert_eq!(bound("支出同比减2%").as_deref(), Some("减"));
        assert_eq!(bound("全年新增就业12000人"), None);
        assert_eq!(bound("收入比上年增幅5%"), None);
        assert_eq!(bound("比2024年数增5%"), None);
    }

    #[test]
    fn far_comparator_governs_a_phrase() {
        let s: Vec<char> = "至少专题研究部署工作1次".chars().collect();
        assert_eq!(
            before(&s, 0, 10).map(|x| x.comparator),
            Some(Comparator::AtLeast)
        );
        let s: Vec<char> = "达成共识并推动落实工作3次".chars().collect();
        assert_eq!(before(&s, 0, 11), None);
        let s: Vec<char> = "不少于3次、培训5次".chars().collect();
        assert_eq!(before(&s, 0, 8), None);
    }

    #[test]
    fn each_after_word() {
        for (w, cmp) in AFTER {
            let s: Vec<char> = format!("3日{w}").chars().collect();
            assert_eq!(after(&s, 2, "日").map(|x| x.comparator), Some(*cmp), "{w}");
        }
        let s: Vec<char> = "3个内".chars().collect();
        assert_eq!(after(&s, 2, "个"), None);
    }

    #[test]
    fn each_count_verb() {
        for v in COUNT_VERBS {
            let s: Vec<char> = format!("{v}一次").chars().collect();
            assert!(verb_before(&s, 0, v.chars().count()), "{v}");
        }
    }

    #[test]
    fn a_term_named_with_digits_is_no_count() {
        for (s, counted) in [
            ("建成5G基站", false),
            ("新增4K频道", false),
            ("新建2个基站", true),
            ("2024年底前建成", true),
            ("", false),
        ] {
            let s: Vec<char> = s.chars().collect();
            assert_eq!(has_count(&s), counted, "{s:?}");
        }
        let s: Vec<char> = "全市累计建成5G基站1万个".chars().collect();
        assert!(building_verb(&s, 0, s.len() - 3));
    }

    #[test]
    fn each_building_verb() {
        for v in BUILDING_VERBS {
            let s: Vec<char> = format!("{v}服务站5个").chars().collect();
            assert!(building_verb(&s, 0, s.len() - 2), "{v}");
        }
        // Far from its number, a verb governs it only when it opens the clause.
        let s: Vec<char> = "推动新建示例市区域性综合为民服务中心5个".chars().collect();
        assert!(!building_verb(&s, 0, s.len() - 2));
        let s: Vec<char> = "新建示例市区域性综合为民服务中心5个".chars().collect();
        assert!(building_verb(&s, 0, s.len() - 2));
        let s: Vec<char> = "力争新（改）建示例市区域性综合为民服务中心5个"
            .chars()
            .collect();
        assert!(building_verb(&s, 0, s.len() - 2));
        let s: Vec<char> = "新建乡镇（街道）应急救援队伍20支".chars().collect();
        assert!(building_verb(&s, 0, s.len() - 3));
    }

    #[test]
    fn each_baseline_opener() {
        for o in BASELINE_OPENERS {
            let s: Vec<char> = format!("覆盖率{o}35%提升至38%").chars().collect();
            let found = scan(&s, &vec![false; s.len()]);
            assert_eq!(baseline_of(&s, &found[0], &found[1]), Some(3), "{o}");
        }
        let s: Vec<char> = "由35%、40%".chars().collect();
        let found = scan(&s, &vec![false; s.len()]);
        assert_eq!(baseline_of(&s, &found[0], &found[1]), None);
    }

    #[test]
    fn shrink_words_make_within() {
        for w in SHRINK_WORDS {
            let s: Vec<char> = format!("{w}时限至1日").chars().collect();
            let num = s.iter().position(|c| *c == '1').unwrap();
            assert!(shrink_to(&s, 0, num), "{w}");
        }
    }
}
