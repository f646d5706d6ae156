//! Metrics: the short noun phrase a target measures (`审查率`, `法治专题讲座`), cut out of the
//! text around a quantity and cleaned of filler words, so targets can be matched across
//! documents.

use super::scan::Firsts;
use crate::words::LEVEL_VERBS;

/// Characters that end a clause (also trimmed from a metric's ends).
const BREAKS: &[char] = &['。', '！', '？', '；', ';', '，', ',', '：', ':', '!', '?'];

/// Endings of a noun phrase that names a measure (`审查率`, `办理时限`).
pub const METRIC_ENDINGS: &[&str] = &[
    "率",
    "比例",
    "比重",
    "占比",
    "时限",
    "期限",
    "时间",
    "时长",
    "次数",
    "数量",
    "人数",
    "满意度",
    "浓度",
];

/// Words stripped from the start of a metric phrase (`确保`, `开展`).
const LEADING_FILLERS: &[&str] = &[
    "努力",
    "确保",
    "力争",
    "全面",
    // (`初步设计审批完成率` keeps its `初步`.)
    "初步实现",
    "初步建成",
    "初步形成",
    "实现",
    "做到",
    "推动",
    "推进",
    "并",
    "且",
    "同时",
    "其中",
    "进一步",
    "均",
    "都",
    "于",
    // (`将参保单位缴费费率由7%降至6%`: what the plan acts on, said before.)
    "将",
    "开展",
    "举办",
    "召开",
    "组织",
    "举行",
    "进行",
    "压缩",
    "压减",
    "缩短",
    "缩减",
    "控制",
    "完成",
    "安排",
    "投入",
    // (Before `新建`, which would leave its `成`.)
    "新建成",
    "新建",
    "改造",
    "引进",
    "选派",
    "培养",
    "筹集",
    "发放",
    "提供",
    "新发展",
    "发展",
    // `…5000万元以上的项目3个以上`: what follows a qualifier's `的` is the noun.
    "的",
];

/// Words stripped from the end of a metric phrase (`审查率均`).
const TRAILING_FILLERS: &[&str] = &[
    "全部",
    "必须",
    "不断",
    "分别",
    "均",
    "都",
    "要",
    "应",
    "须",
    "的",
    "可",
    "将",
    "在",
    "于",
    "发展到",
    "发展至",
    "至",
];

/// Characters that make a word with a `为` after them (`行为`, `作为`, `认为`, `成为`).
const WEI_WORDS: &str = "行作认成视称以因更较最尤极广互分改定列转";

/// Verbs of an activity after the topics it is about (`…等开展专题研讨`).
/// (Not `组织`, also a noun: `社会组织等组织覆盖率`.)
const TOPIC_VERBS: &[&str] = &["开展", "举办", "召开", "进行"];

/// Longest metric phrase kept, in characters.
const METRIC_MAX: usize = 20;

/// Longest measure's name (ending in `率`, `比例`…) kept whole when it has no place to cut.
const METRIC_NAME_MAX: usize = 30;

/// Where a long metric phrase may be cut, keeping what follows (`试点在|部分行业覆盖率`).
const METRIC_BOUNDARIES: &[char] = &['的', '在', '对', '将', '使', '中', '”', '、'];

/// Characters after `中` that make it the start of a word (`中型`, `中心`, `中医`), not the end
/// of `…工作中` (`中小`, `中高` may be either: `行动中|小微企业`).
const CENTRE_WORDS: &str = "型心医等央级职华药";

/// True when `s` ends like the name of a measure (`…率`, `…时限`).
pub fn has_ending(s: &str) -> bool {
    !s.is_empty() && METRIC_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// `"行政规范性文件的报备率、审查率"` → `[行政规范性文件的报备率, 审查率]` when each names a
/// measure; otherwise the phrase as one metric.
pub fn split_metrics(s: &str) -> Vec<String> {
    let parts: Vec<&str> = s.split('、').filter(|p| !p.is_empty()).collect();
    if parts.len() > 1 && parts.iter().all(|p| has_ending(p)) {
        parts.iter().map(|p| p.to_string()).collect()
    } else {
        vec![s.to_string()]
    }
}

/// Words joining the measures of a `分别` list (`城镇和农村居民…分别增长6%、9%`).
const RESPECTIVE_JOINS: &[char] = &['和', '及', '与', '、'];

/// Longest part of a `分别` list read as one word that the last part's words follow.
const RESPECTIVE_WORD: usize = 2;

/// The measures of `n` quantities listed after `分别`, all named by one `metric`: its joined
/// parts in order when there are `n` of them, each earlier part given the words the last one
/// adds past a part's length when the parts run parallel ([`parallel`]):
/// `城镇和农村居民收入增长`, 2 → `[城镇居民收入增长, 农村居民收入增长]`. Else `metric` for each.
pub fn respective(metric: &str, n: usize) -> Vec<String> {
    let parts: Vec<&str> = metric.split(RESPECTIVE_JOINS).collect();
    let Some((last, earlier)) = parts.split_last() else {
        return vec![metric.to_string(); n];
    };
    if parts.len() == 1 && n >= 2 {
        if let Some(names) = glued_names(metric, n) {
            return names;
        }
    }
    if parts.len() != n || n < 2 || parts.iter().any(|p| p.is_empty()) {
        return vec![metric.to_string(); n];
    }
    let len = earlier[0].chars().count();
    let head: String = last.chars().take(len).collect();
    // `PM2.5、PM10年平均浓度`: names in Latin letters and digits end where the words start.
    let name = |c: &char| c.is_ascii_alphanumeric() || *c == '.';
    let named = last.chars().take_while(name).count();
    // The shared words: what the last part says past the length of the others (past its name).
    let tail: String = if earlier.iter().all(|p| parallel(p, &head)) {
        last.chars().skip(len).collect()
    } else if named > 0 && earlier.iter().all(|p| p.chars().all(|c| name(&c))) {
        last.chars().skip(named).collect()
    } else {
        String::new()
    };
    // `规模以上工业增加值、固定资产投资、社会消费品零售总额增长`: the change said once, last,
    // is each one's.
    let change = (super::quantity::CHANGE_WORDS.iter()).find(|c| last.ends_with(*c));
    (earlier.iter())
        .map(|p| match tail.is_empty() {
            true => match (words_after_ending(p, last), change) {
                (w, Some(c)) if w.is_empty() && !p.ends_with(c) => format!("{p}{c}"),
                (w, _) => format!("{p}{w}"),
            },
            false => format!("{p}{tail}"),
        })
        .chain(std::iter::once(last.to_string()))
        .collect()
}

/// `PM2.5PM10年平均浓度` (the `、` between the names lost), 2 → `[PM2.5年平均浓度,
/// PM10年平均浓度]`: a metric opening on `n` names in Latin letters and digits run together,
/// each a letter after a digit, each given the words after them. `None` when the names are not
/// `n`, or no words follow.
fn glued_names(metric: &str, n: usize) -> Option<Vec<String>> {
    let chars: Vec<char> = metric.chars().collect();
    let run = chars
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '.')
        .count();
    let words: String = chars.get(run..)?.iter().collect();
    if words.is_empty() {
        return None;
    }
    let mut names: Vec<String> = vec![String::new()];
    for (k, &c) in chars.iter().take(run).enumerate() {
        let after_digit = k > 0 && chars.get(k - 1).is_some_and(char::is_ascii_digit);
        if after_digit && c.is_ascii_alphabetic() {
            names.push(String::new());
        }
        names.last_mut()?.push(c);
    }
    // Each a name of letters and digits (`PM10`, `SO2`): not `5G`, `4K`, `H7N9`.
    let named = |m: &String| m.chars().filter(char::is_ascii_alphabetic).count() >= 2;
    (names.len() == n && names.iter().all(named))
        .then(|| names.iter().map(|m| format!("{m}{words}")).collect())
}

/// Characters of an earlier part of a `分别` list that end its noun as the last part's noun
/// ends: `细颗粒物` and `可吸入颗粒物` both end on `粒物`.
const SHARED_ENDING: usize = 2;

/// The words the last part of a list (`last`) says after the noun that ends as part `p` does:
/// `细颗粒物`, `可吸入颗粒物年平均浓度` → `年平均浓度`; empty when `p` ends otherwise.
fn words_after_ending(p: &str, last: &str) -> String {
    let ending: Vec<char> = p
        .chars()
        .skip(p.chars().count().saturating_sub(SHARED_ENDING))
        .collect();
    let last: Vec<char> = last.chars().collect();
    if ending.len() < SHARED_ENDING || !ending.iter().all(|&c| crate::chars::is_common_han(c)) {
        return String::new();
    }
    (1..last.len())
        .find(|&k| last.get(k..k + ending.len()) == Some(&ending[..]))
        .map(|k| {
            last.get(k + ending.len()..)
                .unwrap_or_default()
                .iter()
                .collect()
        })
        .unwrap_or_default()
}

/// True when `p` and the start `head` of the last part of a list say the same kind of thing:
/// as long, and one short word each (`城镇`, `农村`) or alike in half their places at least
/// (`基本养老保险`, `基本医疗保险`); not `花生种植`, `收获机械` (where their words part is not
/// known).
fn parallel(p: &str, head: &str) -> bool {
    let len = p.chars().count();
    if len != head.chars().count() || len == 0 {
        return false;
    }
    let alike = p.chars().zip(head.chars()).filter(|(x, y)| x == y).count();
    len <= RESPECTIVE_WORD || alike * 2 >= len
}

/// Most characters of a unit after a figure that closes its clause (`912公里`).
const CLOSING_UNIT: usize = 3;

/// True when digits at `at` are a second figure of the things just counted, closing the
/// clause with its unit (`63条912公里`): not a noun opening on digits (`4A级景区`, `100亿级
/// 产业集群`, `10万千瓦光伏电站`).
fn opens_figure(clause: &[char], at: usize) -> bool {
    let digit = |k: usize| {
        (clause.get(k))
            .is_some_and(|&c| crate::outline::numbering::ascii_digit(c).is_some() || c == '.')
    };
    let mut end = at;
    while digit(end) {
        end += 1;
    }
    let unit = clause.get(end..).unwrap_or_default();
    end > at
        && (1..=CLOSING_UNIT).contains(&unit.len())
        && unit.iter().all(|&c| crate::chars::is_common_han(c))
}

/// The noun after a quantity, up to the clause's end or a `、`, after its last `的`; and the
/// index where that region ends.
pub fn post_noun(clause: &[char], from: usize) -> (String, usize) {
    let mut end = from;
    while let Some(&c) = clause.get(end) {
        match c {
            '、' => break,
            // `63条912公里`: a second figure of the same things, no noun (`4A级景区`, `5G基站`
            // are nouns).
            _ if end == from && opens_figure(clause, end) => break,
            // `5%和7%`, `2个甲和6个乙`: the next quantity of a list, no noun of this one.
            '和' | '及' | '与'
                if (clause.get(end + 1))
                    .is_some_and(|&d| crate::outline::numbering::ascii_digit(d).is_some()) =>
            {
                break
            }
            // A short gloss inside the noun (`村（社区）配备`, `村（居）`) is part of it; a
            // longer bracket (a unit aside, a note) or one at the noun's edge ends it.
            '(' | '（' => match gloss_end(clause, end) {
                // Only between words: `20个（长期坚持）` ends at its bracket.
                Some(close)
                    if end > from && clause.get(close + 1).is_some_and(|c| c.is_alphanumeric()) =>
                {
                    end = close + 1
                }
                _ => break,
            },
            _ => end += 1,
        }
    }
    let rest: String = clause
        .get(from..end.min(clause.len()))
        .unwrap_or(&[])
        .iter()
        .collect();
    let rest = rest.trim_start_matches('的');
    let noun = match rest.rfind('的') {
        Some(i) => rest.get(i + '的'.len_utf8()..).unwrap_or(rest),
        None => rest,
    };
    (trim_metric(noun, true), end)
}

/// Where the bracket opening at `open` closes, when what it holds is a short gloss: at most
/// four characters, none of them punctuation but a `、` (`（社区）`, `（居）`, `（市、区）`; not
/// `（牵头单位：…）`).
fn gloss_end(clause: &[char], open: usize) -> Option<usize> {
    let inner = clause.get(open + 1..)?;
    let close = inner
        .iter()
        .take(5)
        .position(|&c| matches!(c, ')' | '）'))?;
    let held = inner.get(..close)?;
    // (`县（市、区）`: the levels a gloss lists.)
    let plain = !held.is_empty() && held.iter().all(|&c| c.is_alphanumeric() || c == '、');
    plain.then_some(open + 1 + close)
}

/// Strips filler words from a metric phrase and keeps its last (or, for a deadline's object,
/// first) [`METRIC_MAX`] characters.
pub fn trim_metric(s: &str, keep_head: bool) -> String {
    let mut t = s.trim_start_matches(|c: char| {
        BREAKS.contains(&c)
            || matches!(
                c,
                '、' | '(' | ')' | '（' | '）' | '〔' | '〕' | '【' | '】'
            )
    });
    // At the end, a closing bracket stays when it closes one the metric opened
    // (`满意度（含网评）`, `县（市）`).
    while let Some(c) = t.chars().next_back() {
        let opening = matches!(c, '(' | '（' | '〔' | '【');
        let closing = matches!(c, ')' | '）' | '〕' | '】');
        let closes_own = closing && {
            let opens = t
                .chars()
                .filter(|c| matches!(c, '(' | '（' | '〔' | '【'))
                .count();
            let closes = t
                .chars()
                .filter(|c| matches!(c, ')' | '）' | '〕' | '】'))
                .count();
            opens >= closes
        };
        if !(BREAKS.contains(&c) || c == '、' || opening || (closing && !closes_own)) {
            break;
        }
        t = &t[..t.len() - c.len_utf8()];
    }
    // `围绕…重要论述等开展专题研讨`: what an activity is about, listed before `等`, is no part
    // of the activity counted.
    // (Most metrics hold no `等`: one walk over the chars tells.)
    let topics = (t.char_indices().filter(|&(_, c)| c == '等'))
        .map(|(k, c)| k + c.len_utf8())
        .rfind(|&k| TOPIC_VERBS.iter().any(|v| t[k..].starts_with(v)));
    if let Some(k) = topics {
        t = &t[k..];
    }
    // A list marker left at the start (`1）精简材料`, `二是压缩时限`) is not part of the measure.
    if let Some((_, rest)) = crate::outline::numbering::recognise(t) {
        t = rest;
    }
    loop {
        let before = t;
        t = without_split_filler(t);
        // Only the fillers that start (end) with the text's first (last) char are tried: most
        // calls strip none of the 50 or so.
        let mut first = t.chars().next().filter(|&c| filler_ends().0.has(c));
        for f in LEADING_FILLERS {
            let Some(c) = first else { break };
            if !f.starts_with(c) {
                continue;
            }
            // `改造完成率` keeps its verbs: a bare `率` measures nothing (`时限` does).
            if let Some(rest) = t.strip_prefix(f) {
                // (`将乐县`, `于都县`: a one-char filler may open a county's or city's name;
                // not `将全市…`, `于城市…`, `的小区…`.)
                let place = is_one_char(f)
                    && (rest.chars().nth(1)).is_some_and(|c| "县市镇乡".contains(c))
                    && !(rest.chars().next()).is_some_and(|c| "全各本我该城乡县市省".contains(c));
                // (`都市圈`.)
                let place = place || (*f == "都" && rest.starts_with('市'));
                let bare_ending = is_one_char(rest) && METRIC_ENDINGS.contains(&rest);
                if !(place || bare_ending) {
                    t = rest;
                    first = t.chars().next();
                }
            }
        }
        let mut last = t.chars().next_back().filter(|&c| filler_ends().1.has(c));
        for f in TRAILING_FILLERS {
            let Some(c) = last else { break };
            if !f.ends_with(c) {
                continue;
            }
            if let Some(rest) = t.strip_suffix(f) {
                t = rest;
                last = t.chars().next_back();
            }
        }
        // `t` is a part of `before`: the same length, nothing was stripped.
        if t.len() == before.len() {
            break;
        }
    }
    // `在2023年底基础上新增城镇就业`: the level counted from is no part of the measure.
    if let Some((_, rest)) = t.split_once("基础上").filter(|(_, r)| !r.is_empty()) {
        t = rest.trim_start_matches(['，', ',']);
    }
    t = strip_year(t);
    // `达标率为100%`, `结余资金为0.5万元`: a `为` after a measure's name is no part of it;
    // one that ends a word (`违法行为`, `作为`) is.
    if let Some(name) = t.strip_suffix('为').filter(|n| {
        has_ending(n)
            || n.chars()
                .next_back()
                .is_some_and(|c| !WEI_WORDS.contains(c))
    }) {
        t = name;
    }
    let t = without_asides(t);
    let m = cut_metric(&t, keep_head);
    // (A noun after a figure may close the bracket the figure stands in: `前20%事项）全覆盖`.)
    balanced_titles(if keep_head { m } else { without_cut_gloss(m) })
}

/// Most characters of an aside in brackets inside a filler verb (`新（改、扩）建`).
const FILLER_ASIDE_MAX: usize = 6;

/// `t` without a filler verb opening it with an aside of like work in brackets after its first
/// character (`新（改、扩）建生猪养殖场` → `生猪养殖场`, as `新建生猪养殖场`).
fn without_split_filler(t: &str) -> &str {
    let mut cs = t.char_indices();
    let (Some((_, first)), Some((b, open))) = (cs.next(), cs.next()) else {
        return t;
    };
    if !matches!(open, '（' | '(') {
        return t;
    }
    let inner = &t[b + open.len_utf8()..];
    let Some(rest) = (inner.char_indices().take(FILLER_ASIDE_MAX + 1))
        .find(|(_, c)| matches!(c, '）' | ')'))
        .map(|(k, c)| &inner[k + c.len_utf8()..])
    else {
        return t;
    };
    LEADING_FILLERS
        .iter()
        .filter_map(|f| f.strip_prefix(first))
        .find(|tail| !tail.is_empty() && rest.starts_with(tail))
        .map_or(t, |tail| &rest[tail.len()..])
}

/// A metric cut inside a gloss (`区）农作物耕种收综合机械化率` of `各县（市、区）…`) without
/// the gloss's end.
fn without_cut_gloss(m: String) -> String {
    let close = m.char_indices().position(|(_, c)| matches!(c, '）' | ')'));
    let opened = |k: usize| m.chars().take(k).any(|c| matches!(c, '（' | '('));
    match close {
        Some(k) if k <= GLOSS_MAX && !opened(k) => {
            let tail: String = m.chars().skip(k + 1).collect();
            if tail.chars().count() >= 2 {
                tail
            } else {
                m
            }
        }
        _ => m,
    }
}

/// Most characters of a gloss in brackets kept in a metric (`村（社区）`): a longer bracket in
/// words is an aside (`工程建设项目（主要是房屋建筑和城市基础设施）全流程审批时间`), left out; a
/// Latin name is kept (`细颗粒物（PM2.5）`).
const GLOSS_MAX: usize = 4;

/// `t` without its asides in brackets (see [`GLOSS_MAX`]).
fn without_asides(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains(['（', '(']) {
        return std::borrow::Cow::Borrowed(t);
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut k = 0;
    while let Some(&c) = chars.get(k) {
        let close = matches!(c, '（' | '(')
            .then(|| (k + 1..chars.len()).find(|&j| matches!(chars[j], '）' | ')' | '（' | '(')))
            .flatten()
            .filter(|&j| {
                let inner = &chars[k + 1..j];
                matches!(chars[j], '）' | ')')
                    && inner.len() > GLOSS_MAX
                    && inner.iter().any(|&c| crate::chars::is_common_han(c))
            });
        match close {
            Some(j) => k = j + 1,
            None => {
                out.push(c);
                k += 1;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A metric cut to its measure ([`trim_metric`]'s last step).
fn cut_metric(t: &str, keep_head: bool) -> String {
    let n = t.chars().count();
    // `婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率`: a list of measures, each a name of its own.
    let names = || {
        let parts = split_metrics(t);
        parts.len() > 1 && parts.iter().all(|p| p.chars().count() <= METRIC_MAX)
    };
    // (A base year and a Latin gloss are dropped or read apart later: `可吸入颗粒物（PM10）
    // 平均浓度比2012年下降` is a measure of 12 characters.)
    let whole = n <= METRIC_MAX || (n <= METRIC_NAME_MAX && n - ballast(t) <= METRIC_MAX);
    if whole || (n <= 2 * METRIC_NAME_MAX && names()) {
        t.to_string()
    } else if keep_head {
        // (A deadline's object a little longer than a metric is kept whole, not cut inside a
        // word: `制造业总量规模、产业结构、质量效益同步提升`, not `…同步提`.)
        // (Not past a measure's name before its verb, `整改率|达到…`, nor over a figure or a
        // date, `…全覆盖6月底前`.)
        head_to_close(t).unwrap_or_else(|| {
            let head = whole_head(t);
            let cut_at_name = head.chars().count() < METRIC_MAX;
            let plain = !t.chars().any(|c| c.is_ascii_digit());
            if n <= METRIC_NAME_MAX && plain && !cut_at_name {
                t.to_string()
            } else if cut_at_name {
                head
            } else {
                // A long aim read as its gist rather than cut at a length (`建立与…相适应的健康
                // 促进体系` → `建立健康促进体系`), else cut after a whole word of a list.
                aim_gist(t).unwrap_or_else(|| head.trim_end_matches(CUT_JOINS).to_string())
            }
        })
    } else {
        // The first boundary with at most METRIC_MAX chars after it: the chars before the
        // last METRIC_MAX + 1 are passed untested.
        // (`中` opening a word, `中型以上…`, `中小学…`, is no place to cut.)
        let word_of_centre = |i: usize| {
            t.get(i + '中'.len_utf8()..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| CENTRE_WORDS.contains(c))
        };
        let cut = (t.char_indices())
            .skip(n - 1 - METRIC_MAX)
            .find_map(|(i, c)| {
                (METRIC_BOUNDARIES.contains(&c) && !(c == '中' && word_of_centre(i)))
                    .then(|| i + c.len_utf8())
            });
        // (A list of places the measure is of stays whole: `甲市、乙市、丙市可吸入颗粒物…`.)
        let cut = cut.map(|i| listed_places_from(t, i));
        // (A cut inside a list of names leaves no joining word first: `…高中|和中等职业…`.)
        let cut = cut.and_then(|i| t.get(i..)).map(|r| {
            r.strip_prefix(['和', '及', '与'])
                .filter(|rest| rest.chars().count() >= 2)
                // (`和平区`, `和顺县`.)
                .filter(|rest| !rest.chars().nth(1).is_some_and(|c| "县市区".contains(c)))
                .unwrap_or(r)
        });
        // (A cut leaving a bare measure word, `覆盖率`, says less than a whole name that fits.)
        let whole = n <= METRIC_NAME_MAX && has_ending(t);
        match cut {
            Some(r) if r.chars().count() >= 2 && !(whole && r.chars().count() <= 3) => {
                r.to_string()
            }
            // A measure's name with no place to cut is kept whole up to a limit, not cut
            // inside a word (`新建社区商业和综合服务设施面积占社区总建筑面积比例`).
            _ if whole => t.to_string(),
            _ => t.chars().skip(n - METRIC_MAX).collect(),
        }
    }
}

/// Characters of `t` a measure's name does not keep or that say no more of it: a base year
/// (`比2012年`) and a gloss in Latin letters (`（PM10）`).
fn ballast(t: &str) -> usize {
    let chars: Vec<char> = t.chars().collect();
    let mut n = 0;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        let year = YEAR_BASE_WORDS.contains(&c)
            && chars
                .get(k + 1..k + 5)
                .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && chars.get(k + 5) == Some(&'年');
        let gloss = matches!(c, '（' | '(')
            .then(|| (k + 1..chars.len()).find(|&j| matches!(chars[j], '）' | ')')))
            .flatten()
            .filter(|&j| j > k + 1 && chars[k + 1..j].iter().all(char::is_ascii_alphanumeric));
        match (year, gloss) {
            (true, _) => {
                n += 6;
                k += 6;
            }
            (false, Some(j)) => {
                n += j + 1 - k;
                k = j + 1;
            }
            _ => k += 1,
        }
    }
    n
}

/// Longest place in a list the measure is of (`甲市、乙市`), in characters.
const LISTED_PLACE_MAX: usize = 6;

/// Where a metric cut at byte `i` starts once the places listed before it are taken in: a cut
/// right after `、` moves back over each short place (`甲市、乙市、` before `丙市可吸入…`).
fn listed_places_from(t: &str, mut i: usize) -> usize {
    while let Some(before) = t.get(..i).and_then(|b| b.strip_suffix('、')) {
        let start = before
            .rfind(['、', '，', ',', '：', ':', '；', ';', '。'])
            .map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        let place = &before[start..];
        let short = (2..=LISTED_PLACE_MAX).contains(&place.chars().count());
        if !(short && place.ends_with(['市', '县', '区', '州', '省', '旗', '盟'])) {
            break;
        }
        i = start;
    }
    i
}

/// What a phrase cut at a length does not end on: a list's or a phrase's joining word.
const CUT_JOINS: &[char] = &['、', '和', '与', '及', '的', '，', ','];

/// Verbs that open an aim (`建立…的健康促进体系`), kept before its head noun.
const AIM_VERBS: &[&str] = &[
    "基本建成",
    "基本建立",
    "基本形成",
    "初步建立",
    "建立",
    "建成",
    "建设",
    "形成",
    "构建",
    "打造",
    "健全",
];

/// Words closing a phrase of the means an aim is reached by (`通过报刊、网站等方式`).
const MEANS_ENDS: &[&str] = &["等方式", "等形式", "等渠道", "等途径", "等手段"];

/// Longest head noun of an aim kept after its verb (`健康促进体系`).
const AIM_HEAD_MAX: usize = 18;

/// The gist of a long aim, if it has one: without the means it is reached by (`年度报告通过
/// 报刊、网站等方式向社会公开` → `年度报告向社会公开`), or its opening verb and the noun after
/// its last `的` (`建设与…相匹配的健康促进体系` → `建设健康促进体系`).
fn aim_gist(t: &str) -> Option<String> {
    if let Some(at) = t.find("通过") {
        let end = (MEANS_ENDS.iter())
            .filter_map(|e| t[at..].find(e).map(|k| at + k + e.len()))
            .min();
        if let Some(end) = end {
            let gist = format!("{}{}", &t[..at], &t[end..]);
            let n = gist.chars().count();
            if (4..=METRIC_NAME_MAX).contains(&n) {
                return Some(gist);
            }
        }
    }
    let verb = AIM_VERBS.iter().find(|v| t.starts_with(*v))?;
    // (The `的` of a word, `目的地`, ties nothing.)
    let tie = (t.match_indices('的'))
        .filter(|&(k, _)| !t[..k].ends_with('目'))
        .map(|(k, _)| k)
        .next_back()?;
    let head = &t[tie + '的'.len_utf8()..];
    let n = head.chars().count();
    ((2..=AIM_HEAD_MAX).contains(&n) && head.chars().all(crate::chars::is_common_han))
        .then(|| format!("{verb}{head}"))
}

/// The head of a long phrase kept whole to the close of a title or quote its first
/// [`METRIC_MAX`] characters open (`基本实现在线办事“进一个网、办全市事”`, not `…“进一个网、
/// 办全”`), when the close comes within [`METRIC_NAME_MAX`] characters.
fn head_to_close(t: &str) -> Option<String> {
    let head: String = t.chars().take(METRIC_MAX).collect();
    let &(_, close) = PAIRED_MARKS.iter().find(|(open, close)| {
        head.rfind(*open)
            .is_some_and(|i| !head[i..].contains(*close))
    })?;
    let end = t
        .char_indices()
        .skip(METRIC_MAX)
        .take(METRIC_NAME_MAX - METRIC_MAX)
        .find(|&(_, c)| c == close)?;
    t.get(..end.0 + close.len_utf8()).map(str::to_string)
}

/// The first [`METRIC_MAX`] characters of a long phrase, or less where a measure's name ends
/// before a figure's verb (`重点问题整改率|达到国家…`).
fn whole_head(t: &str) -> String {
    let head: String = t.chars().take(METRIC_MAX).collect();
    let measure = (head.char_indices()).find_map(|(i, c)| {
        let end = i + c.len_utf8();
        let named = has_ending(&head[..end]) && head[..end].chars().count() >= 2;
        let verb = LEVEL_VERBS.iter().any(|v| head[end..].starts_with(v));
        (named && verb).then_some(end)
    });
    match measure {
        Some(end) => head[..end].to_string(),
        None => head,
    }
}

/// Marks that open and close a title or a quote.
const PAIRED_MARKS: &[(char, char)] = &[('《', '》'), ('“', '”')];

/// Longest name in an unclosed title or quote at the end of a metric read as whole, its closing
/// mark given back (`使用行政执法“两平台`); a longer one was cut.
const QUOTED_MAX: usize = 12;

/// A metric cut inside a document's title or a quote (`落实《示例市行政规范性文件制定…`;
/// `管理办法》执行率`) without the half of it, when enough is left; a short name at its end
/// ([`QUOTED_MAX`]) lost only its closing mark, given back (`设立“行政复议咨询受理点`).
fn balanced_titles(mut m: String) -> String {
    for &(open, close) in PAIRED_MARKS {
        let unclosed = m.rfind(open).filter(|&i| !m[i..].contains(close));
        let name = unclosed.and_then(|i| m.get(i + open.len_utf8()..));
        if name.is_some_and(|n| (1..=QUOTED_MAX).contains(&n.chars().count())) {
            m.push(close);
        } else if let Some(head) = unclosed.and_then(|i| m.get(..i)) {
            let head = head.trim_end_matches(BREAKS);
            if head.chars().count() >= 2 {
                m = head.to_string();
            }
        }
        let unopened = m.find(close).filter(|&i| !m[..i].contains(open));
        if let Some(tail) = unopened.and_then(|i| m.get(i + close.len_utf8()..)) {
            if tail.chars().count() >= 2 {
                m = tail.to_string();
            }
        }
    }
    m
}

/// The first chars of [`LEADING_FILLERS`] and the last chars of [`TRAILING_FILLERS`], gathered
/// once: a phrase whose first (last) char is none of them strips no filler at that end, and
/// the list is not walked (most phrases).
fn filler_ends() -> &'static (Firsts, Firsts) {
    static ENDS: std::sync::OnceLock<(Firsts, Firsts)> = std::sync::OnceLock::new();
    ENDS.get_or_init(|| {
        let last = |f: &&'static str| f.char_indices().next_back().and_then(|(i, _)| f.get(i..));
        (
            Firsts::of(LEADING_FILLERS.iter().copied()),
            Firsts::of(TRAILING_FILLERS.iter().filter_map(last)),
        )
    })
}

/// True when `s` is exactly one char (without counting a long string).
fn is_one_char(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some() && cs.next().is_none()
}

/// `"2024年全市出庭应诉率"` → `"全市出庭应诉率"`: a year before a measure is not part of it.
fn strip_year(t: &str) -> &str {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits == 4 {
        t.get(4..).and_then(|r| r.strip_prefix('年')).unwrap_or(t)
    } else {
        t
    }
}

/// Bases of a comparison at the end of a metric phrase (`收入比上年`), longest first.
pub const BASES: &[&str] = &[
    "比上年同期",
    "较上年同期",
    "比去年同期",
    "较去年同期",
    "比上年末",
    "较上年末",
    "比上年底",
    "较上年底",
    "比上年度",
    "较上年度",
    "比去年底",
    "较去年底",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "同比",
    "环比",
];

/// `"人均收入同比"` → `"人均收入"`: the base of a change is not part of the measure.
pub fn strip_base(metric: &str) -> String {
    split_base(metric).0
}

/// A metric phrase and the base of its change, apart: `"能耗比2020年"` → (`能耗`, `2020年`);
/// `"人均收入同比"` → (`人均收入`, `同比`); `"比上年"` → `上年`.
pub fn split_base(metric: &str) -> (String, Option<String>) {
    if let Some((t, b)) = BASES
        .iter()
        .find_map(|b| metric.strip_suffix(b).map(|t| (t, b)))
    {
        let base = b.strip_prefix(YEAR_BASE_WORDS).unwrap_or(b);
        return (t.to_string(), Some(base.to_string()));
    }
    let t = strip_year_base(metric);
    let base = metric
        .get(t.len()..)
        .map(|b| b.trim_start_matches(YEAR_BASE_WORDS))
        .filter(|b| !b.is_empty());
    (t.to_string(), base.map(str::to_string))
}

/// Words that name a base year before it (`比2024年`, `较2020年度`).
const YEAR_BASE_WORDS: &[char] = &['比', '较'];

/// `"演练次数比2024年"` → `"演练次数"`: a base year is not part of the measure.
fn strip_year_base(t: &str) -> &str {
    let Some(rest) = t.strip_suffix("年度").or_else(|| t.strip_suffix('年')) else {
        return t;
    };
    let Some(i) = rest.rfind(YEAR_BASE_WORDS) else {
        return t;
    };
    let year = rest
        .get(i..)
        .unwrap_or("")
        .trim_start_matches(YEAR_BASE_WORDS);
    if year.chars().count() == 4 && year.chars().all(|c| c.is_ascii_digit()) {
        rest.get(..i).unwrap_or(t)
    } else {
        t
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_trailing_wei_after_a_measure_is_dropped_and_a_words_kept() {
        assert_eq!(trim_metric("水质达标率为", false), "水质达标率");
        assert_eq!(trim_metric("查处违法行为", false), "查处违法行为");
        assert_eq!(trim_metric("各项补助资金于", false), "各项补助资金");
    }

    #[test]
    fn a_metric_cut_inside_a_title_or_quote_drops_the_half() {
        assert_eq!(
            balanced_titles("落实《示例市行政规范性文件制定和备案管理办".into()),
            "落实"
        );
        assert_eq!(balanced_titles("管理办法》执行率".into()), "执行率");
        assert_eq!(
            balanced_titles("使用行政执法“两平台".into()),
            "使用行政执法“两平台”"
        );
        // Whole titles and quotes stay; so does a half with too little beside it.
        assert_eq!(balanced_titles("《条例》知晓率".into()), "《条例》知晓率");
        assert_eq!(balanced_titles("“两平台”使用率".into()), "“两平台”使用率");
        assert_eq!(balanced_titles("《示例市条例".into()), "《示例市条例》");
        assert_eq!(
            balanced_titles("镇设立“示例市行政复议咨询受理点".into()),
            "镇设立“示例市行政复议咨询受理点”"
        );
    }
    use super::*;

    #[test]
    fn filler_ends_are_the_fillers_ends() {
        let (firsts, lasts) = filler_ends();
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            let leads = LEADING_FILLERS.iter().any(|f| f.starts_with(c));
            let trails = TRAILING_FILLERS.iter().any(|f| f.ends_with(c));
            assert_eq!(firsts.has(c), leads, "U+{:04X}", c as u32);
            assert_eq!(lasts.has(c), trails, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn base_year_is_not_the_measure() {
        for w in YEAR_BASE_WORDS {
            assert_eq!(strip_base(&format!("演练次数{w}2024年")), "演练次数");
            assert_eq!(strip_base(&format!("演练次数{w}2024年度")), "演练次数");
        }
        assert_eq!(strip_base("2024年"), "2024年");
        assert_eq!(strip_base("比二〇二四年"), "比二〇二四年");
        assert_eq!(
            split_base("能耗较2020年度"),
            ("能耗".to_string(), Some("2020年度".to_string()))
        );
        assert_eq!(split_base("能耗"), ("能耗".to_string(), None));
    }

    #[test]
    fn long_metric_is_cut_at_a_boundary() {
        assert_eq!(
            trim_metric("试点在部分行业的示例专项监管工作执法覆盖率", false),
            "部分行业的示例专项监管工作执法覆盖率"
        );
        assert_eq!(trim_metric("2024年全市出庭应诉率", false), "全市出庭应诉率");
    }

    #[test]
    fn a_long_measure_name_is_not_cut_inside_a_word() {
        let name = "社区商业和综合服务设施面积占社区总建筑面积比例";
        assert_eq!(trim_metric(name, false), name);
        // Past the limit, or with a place to cut, the end is kept as before.
        let longer = format!("进一步提升全市各级各类{name}");
        assert_eq!(trim_metric(&longer, false).chars().count(), METRIC_MAX);
        assert_eq!(
            trim_metric("推进试点工作在全市各级各类行政机关部门行业覆盖率", false),
            "全市各级各类行政机关部门行业覆盖率"
        );
    }

    #[test]
    fn list_markers_are_trimmed() {
        for m in ["（1）", "1）", "①", "二是", "3."] {
            assert_eq!(
                trim_metric(&format!("{m}精简材料"), false),
                "精简材料",
                "{m}"
            );
        }
        assert_eq!(trim_metric("2024年全市审查率", false), "全市审查率");
        assert_eq!(trim_metric("改造完成率", false), "完成率");
        assert_eq!(trim_metric("完成率", false), "完成率");
    }

    #[test]
    fn fillers_are_trimmed() {
        for f in LEADING_FILLERS {
            assert_eq!(trim_metric(&format!("{f}审查率"), false), "审查率", "{f}");
        }
        for f in TRAILING_FILLERS {
            assert_eq!(trim_metric(&format!("审查率{f}"), false), "审查率", "{f}");
        }
    }

    #[test]
    fn each_base_is_stripped() {
        for b in BASES {
            assert_eq!(strip_base(&format!("收入{b}")), "收入", "{b}");
            let base = split_base(&format!("收入{b}")).1.unwrap_or_default();
            assert!(
                !base.starts_with(YEAR_BASE_WORDS) && b.ends_with(&base),
                "{b}"
            );
        }
    }
}
