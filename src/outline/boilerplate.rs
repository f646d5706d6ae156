//! What is not a task: page chrome, cover letters, signatures, and auxiliary sections; and the
//! plan's own title and kind (plan or report).

use super::numbering;
use crate::model::DocKind;

/// Phrases of web-page chrome and publishing notes (breadcrumbs, share bars, metadata tables).
/// A line containing one of them is dropped and ends the text of the task before it.
const CHROME: &[&str] = &[
    "扫一扫",
    "相关链接",
    "相关附件",
    "相关文档",
    "关联稿件",
    "您访问的链接即将离开",
    // A document site's lists of other files (`您可能关注的文档`, `最近下载`).
    "您可能关注的文档",
    "相关文档推荐",
    "是否继续",
    "【字体",
    "字体：",
    "字体:",
    "网站支持ipv6",
    "当前位置",
    "您现在的位置",
    "首页 >",
    "首页>",
    "索引号",
    "索 引 号",
    "发布机构",
    "发文日期",
    "发布时间",
    "生成日期",
    "主题词",
    "主 题 词",
    "浏览次数",
    "此件主动公开",
    "此件公开发布",
    "此件依申请公开",
    "抄送：",
    "抄送:",
    // Reposting and download sites' notes.
    "文章来源互联网",
    "如若侵权",
    "若有侵权",
    "下载需要金币",
    "已购买过的文档",
    "资料包下载后",
    "关键字：",
    "关键字:",
];

/// A page's note that shows the rest to members only: chrome on a short line of its own
/// that is no numbered item.
const MEMBERS_ONLY: &[&str] = &["阅读全部图文内容", "您需要先登录", "登录后阅读全文"];

/// Site-menu words: chrome only on a short line of their own (`无障碍` is also a policy topic).
const CHROME_SHORT: &[&str] = &[
    "无障碍",
    "长者版",
    "关怀版",
    "分享到",
    "返回顶部",
    "打印本页",
    "关闭窗口",
    "登录",
    // A news site's comment box (`12 我来说两句…`; a site's column of that name in a task's
    // sentence is no chrome).
    "我来说两句",
    "发表评论",
    // A document site's footer (`文档评论(0)`, `1亿VIP精品文档`).
    "文档评论",
    "VIP精品文档",
    // The heading of a site's download notes, and its help line.
    "温馨提示",
    "网站客服",
    "最近下载",
];

/// A page's links around the text (`• 本周热门`, `阅读全文`, `上一篇：…`): chrome on a short
/// line that opens with one (after a bullet) and is no numbered item (`（二）推广电子证照二维码`).
const PAGE_LINKS: &[&str] = &[
    "本周热门",
    "本月热门",
    "热门推荐",
    "热门文章",
    "相关推荐",
    "猜你喜欢",
    "阅读全文",
    "查看详情",
    "查看原文",
    "二维码",
    "上一篇",
    "下一篇",
];

/// True for a line that is a page's link ([`PAGE_LINKS`]): opening with one after a bullet
/// (`•本周热门`, `上一篇：示例…`), or, numbered (a bullet the list reader numbered), the link
/// alone (`2.本月热门`; not `（二）二维码门牌推广`).
fn is_page_link(compact: &str) -> bool {
    match numbering::recognise(compact) {
        Some((_, rest)) => {
            let rest = rest.trim_end_matches(|c: char| !crate::chars::is_common_han(c));
            PAGE_LINKS.contains(&rest)
        }
        None => {
            let link = compact.trim_start_matches(|c: char| !crate::chars::is_common_han(c));
            PAGE_LINKS.iter().any(|p| link.starts_with(p))
        }
    }
}

/// Title endings of a plan or report (the document itself).
const TITLE_ENDINGS: &[&str] = &[
    "要点",
    "计划",
    "工作谋划",
    "方案",
    "任务",
    "意见",
    "规划",
    "措施",
    "举措",
    "办法",
    "细则",
    "报告",
    "总结",
    "纲要",
    "清单",
    "安排",
    "行动",
    "分工",
    "工作",
    "表",
    "思路",
    "打算",
    "分解",
    "项目",
    "实事",
    "情况",
    "计划书",
    // `计畫` as Taiwan writes it (`施政計畫`), and a year's guidance (`年度工作指引`).
    "计画",
    "指引",
    // A reading of a plan (`关于《…工作要点》的政策解读`): its title, and a warning says so.
    "解读",
];

/// Title endings of a notice that carries the tasks itself (`关于加强…工作的通知` with
/// `一、二、` below): its title only when the text has no plan title of its own.
const NOTICE_ENDINGS: &[&str] = &["通知", "决定", "通报", "函"];

/// Title endings of a report rather than a plan.
const REPORT_ENDINGS: &[&str] = &["报告", "总结", "情况"];

/// Section titles that frame the plan but hold no work tasks (matched whole).
const AUXILIARY: &[&str] = &[
    "指导思想",
    "总体要求",
    "总体思路",
    "主要思路",
    "工作思路",
    "基本思路",
    "发展思路",
    "基本原则",
    "基本要求",
    "工作原则",
    "工作目标",
    "总体目标",
    "主要目标",
    "发展目标",
    "行动目标",
    "建设目标",
    "目标要求",
    "预期目标",
    "主要预期目标",
    "主要指标",
    "目标指标",
    "主要目标指标",
    "工作要求",
    "有关要求",
    "其他要求",
    "保障措施",
    "组织保障",
    "组织领导",
    "组织实施",
    "实施步骤",
    "工作步骤",
    "步骤安排",
    "时间安排",
    "进度安排",
    "基础与形势",
    "发展基础",
    "发展现状",
    "现状与形势",
    "形势与挑战",
    "面临的形势",
    "发展环境",
    "背景与形势",
    "形势分析",
    "编制依据",
    "背景介绍",
    "工作背景",
    "出台背景",
    "起草背景",
    "编制背景",
    "制定背景",
    "规划背景",
    "政策背景",
    "实施背景",
    "有关事项",
    "几点要求",
    "附则",
    // The frame of an activity plan (活动方案), around its `活动内容`.
    "活动主题",
    "活动口号",
    "活动时间",
    "活动目标",
    "活动目的",
    "活动对象",
    "活动范围",
    "活动地点",
    "参加对象",
    "参加人员",
    "参与对象",
    "实施时间",
    "工作目的",
    "目的意义",
    "普查目的",
    "调查目的",
    "编制目的",
];

/// Titles of a plan's closing sections that are also the names of work (a 宣传思想 plan's
/// `二、宣传引导` over its tasks, a task `2.强化督导考核。…`): a closing section only as a top-level
/// section of prose alone ([`is_closing`]), named exactly.
const CLOSING: &[&str] = &[
    "组织机构",
    "宣传引导",
    "宣传发动",
    "舆论引导",
    "督导考核",
    "督查考核",
    "监督考核",
    "监督及考核",
    "考核监督",
    "督促检查",
    "考核评估",
    "资金保障",
    "经费保障",
    "信息报送",
];

/// True when `title` names a closing section exactly (`组织机构`, `宣传引导`; not
/// `强化宣传引导`): auxiliary when the section is prose alone at the top level.
pub fn is_closing(title: &str) -> bool {
    CLOSING.contains(&head_phrase(title))
}

/// Titles of the bodies that run a plan (`三、组织机构` over `牵头单位：…` `配合单位：…`): their
/// units organise the whole plan, no task of their own.
const ORGANISERS: &[&str] = &["组织机构", "领导机构", "机构设置"];

/// True when `title` names the bodies that run the plan exactly ([`ORGANISERS`]).
pub fn names_organisers(title: &str) -> bool {
    ORGANISERS.contains(&head_phrase(title))
}

/// Preamble phrases that stay auxiliary after a topic and `的` ([`is_auxiliary`]).
const OF_TOPIC: &[&str] = &[
    "总体要求",
    "指导思想",
    "基本原则",
    "重要意义",
    // `“十三五”时期老龄事业发展面临的形势`: the situation the plan starts from (not the work
    // of `巩固空气质量持续改善的形势`, [`SITUATION_VERBS`]).
    "形势",
    "发展形势",
];

/// Verbs that make a title ending in `…的形势` work on the situation (`巩固…的形势`), not an
/// account of it.
const SITUATION_VERBS: &[&str] = &[
    "巩固", "改变", "扭转", "适应", "把握", "应对", "保持", "稳定", "维护", "营造", "形成", "开创",
    "推动", "推进", "实现", "确保",
];

/// Endings of a section title that looks back (`2024年工作总结`, `存在的问题`): in a plan that
/// also looks back, such a section reports work done, not tasks.
const RETROSPECTIVE: &[&str] = &[
    "工作总结",
    "工作回顾",
    "工作情况",
    "完成情况",
    "进展情况",
    "工作成效",
    "主要成效",
    "取得的成效",
    "发展成效",
    "建设成效",
    "发展成就",
    "主要成就",
    "主要成绩",
    "取得的成绩",
    "存在的问题",
    "存在问题",
    "存在的不足",
    "问题和不足",
    "问题与不足",
    "困难和问题",
];

/// Verbs opening a title about building on past results (`巩固发展成效`): work, not a review.
const BUILD_ON_VERBS: &[&str] = &[
    "巩固", "扩大", "提升", "持续", "保持", "放大", "拓展", "深化", "用好", "强化", "增强", "彰显",
    "转化", "推广",
];

/// A heading longer than this is a sentence, never a retrospective section title.
const RETROSPECTIVE_MAX: usize = 20;

/// Auxiliary titles that cannot start a work sentence, so a line that only begins with one is
/// auxiliary too (`指导思想以…为指导` when the heading ran into its body).
const AUXILIARY_PREFIXES: &[&str] = &[
    "指导思想",
    "总体要求",
    "基本原则",
    "工作原则",
    "总体目标",
    "发展目标",
    "主要目标",
    "工作目标",
    "保障措施",
    "工作要求",
    "有关要求",
];

/// Thinking titles that may run into their paragraph on one line (`总体思路 百年大计，…`).
const THINKING: &[&str] = &["总体思路", "主要思路", "工作思路"];

/// Endings of a short auxiliary title (`整治原则`, `方法步骤`): principles and schedules.
const AUXILIARY_ENDINGS: &[&str] = &["原则", "步骤"];

/// Endings of a section that gives an account of the field (`…灾害概况`, `…趋势预测`).
const FIELD_ACCOUNTS: &[&str] = &["概况", "基本情况", "趋势预测", "形势预测", "现状分析"];

/// Titles of an account of where the plan starts from, whole (a year before them left out:
/// `2024年项目背景`): not `梳理项目背景资料`, work on an account.
/// (Not `总体情况` nor `…完成情况`: a plan's `总体情况` may set this year's figures, and a
/// report's `工作完成情况` is its content.)
const ACCOUNT_TITLES: &[&str] = &["发展背景", "项目背景", "背景情况"];

/// Verbs of finding out that make a title ending like an account work (`摸清隐患基本情况`).
const FINDING_VERBS: &[&str] = &[
    "摸清", "查清", "掌握", "了解", "调查", "分析", "梳理", "核查", "统计", "更新", "做好", "开展",
    "形成", "编写", "编制", "完成", "提出", "发布", "报送", "汇总",
];

/// Longest title read as an account by its ending without a year before it (`灾害概况`).
const FIELD_ACCOUNT_SHORT: usize = 8;

/// Longest title read as an account by its ending ([`FIELD_ACCOUNTS`]).
const FIELD_ACCOUNT_MAX: usize = 20;

/// Longest title read by its ending ([`AUXILIARY_ENDINGS`]).
const AUXILIARY_ENDING_MAX: usize = 8;

/// Verbs that may lead an auxiliary title (`加强组织领导`).
const AUXILIARY_LEADS: &[&str] = &["加强", "强化", "切实", "健全", "做好", "完善", "严格"];

/// Endings of an agency name, to spot a signature line (`示例市司法局` above a date).
const ORG_ENDINGS: &[&str] = &[
    "政府",
    "办公室",
    "办公厅",
    "局",
    "委员会",
    "委",
    "办",
    "院",
    "厅",
    "部",
    "中心",
    "小组",
    "署",
];

/// Openings of a news page's credit line (`来源：示例晚报`, `责任编辑：…`): a line starting so is
/// no line of the plan (`资金来源：` opens none of them).
const CREDIT_OPENERS: &[&str] = &[
    "来源：",
    "来源:",
    "采写：",
    "采写:",
    "责任编辑",
    "编辑：",
    "编辑:",
    "记者：",
    "记者:",
    "通讯员：",
    "通讯员:",
];

/// Most characters of a credit line.
const CREDIT_MAX: usize = 40;

/// A download site's notes on its files, chrome however long the line and whatever it ends
/// with (`2、PDF文件下载后，可能会被浏览器默认打开…`): no plan says these.
const SITE_NOTES: &[&str] = &[
    "PDF文件下载后",
    "本站不支持迅雷",
    "本站资源下载后",
    "试题试卷类文档",
    "本文档由用户上传",
    "本文档内容版权",
    "本站不保证质量",
    "如有侵权请联系",
    "完整内容已自动隐藏",
    "想阅读全文",
    // A document site's download notes (`温馨提示：1. …文件下载后无此问题，请放心下载。`).
    "文件下载后无此问题",
    "请放心下载",
    "下载前请仔细阅读",
    "符合您的需求后进行下载",
    "无法下载或下载错误",
    "未能成功下载",
    // A paying site's cut (`……(某文秘网省略691字,正式会员可完整阅读)`, `(未完,全文共3842字,当前仅显示1941字…`).
    "正式会员可完整阅读",
    "当前仅显示",
    "请阅读下面提示信息",
    // A paying site's end of the preview (`文稿预览结束,查看原文请点击下方加入会员…`).
    "文稿预览结束",
    "预览已结束",
];

/// Longest line (in bytes, some 120 Chinese characters) dropped whole for a site's note.
const SITE_NOTE_BYTES: usize = 360;

/// True for a line of page chrome or a publishing note.
pub fn is_chrome(line: &str) -> bool {
    static NOTES: crate::chars::WordSearch = crate::chars::WordSearch::new(SITE_NOTES);
    // (A longer line holds text run on after the note: not dropped whole.)
    if line.len() <= SITE_NOTE_BYTES && NOTES.first_in(line).is_some() {
        return true;
    }
    // A sentence or a long line is no chrome: told before building the compact copy.
    let mut n = 0;
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        n += 1;
        if n > 80 || c == '。' {
            return false;
        }
    }
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    // A news page's credit line after the text (`来源：示例晚报`, `采写：记者…`).
    if n <= CREDIT_MAX && CREDIT_OPENERS.iter().any(|p| compact.starts_with(p)) {
        return true;
    }
    // A phrase written with spaces (`索 引 号`) is found by its twin without them, also listed
    // (a test checks): no compact copy of each phrase for each line.
    CHROME.iter().any(|p| compact.contains(p))
        || (n <= 15 && CHROME_SHORT.iter().any(|p| compact.contains(p)))
        || (n <= 30 && is_page_link(&compact))
        || (n <= 30
            && MEMBERS_ONLY.iter().any(|p| compact.contains(p))
            && numbering::recognise(&compact).is_none())
        || compact.ends_with("印发") && compact.chars().count() <= 30 && has_date(&compact)
        // A site's bookmark link to the page (`收藏《创建文明城市工作推进措施》)`).
        || compact.starts_with("收藏《") && compact.trim_end_matches([')', '）']).ends_with('》')
        || is_attachment_line(&compact)
        || is_file_link(&compact)
}

/// Ends of a document site's link to a file (`- 压裂施工课件.ppt VIP`), its name ending in
/// the file's kind.
const FILE_KINDS: &[&str] = &[
    ".docx", ".doc", ".pdf", ".pptx", ".ppt", ".xlsx", ".xls", ".wps",
];

/// True for a line that is a link in a document site's list of other files
/// (`-新高考地理练习.docx VIP`, `- 透析室库房管理规范.pptx`): a bullet or a `VIP` mark, and a
/// name ending in a file's kind (the page's own file name, `…实施方案.docx`, names the plan).
fn is_file_link(compact: &str) -> bool {
    let marked = compact.strip_suffix("VIP");
    let listed = marked.is_some() || compact.starts_with(['-', '•', '·']);
    let lower = marked.unwrap_or(compact).to_ascii_lowercase();
    listed && FILE_KINDS.iter().any(|k| lower.ends_with(k))
}

/// Longest entry with no leaders of a table of contents, in characters.
const PAGED_TITLE_MAX: usize = 40;

/// True for a short title that ends in a page number after a space or a leader, no sentence in
/// it: `壹、当前经济情势 1`, `一、国际经贸动能减弱. 1`. Alone such a line may be a table's row;
/// under a `目录` heading it is an entry of the contents ([`is_contents_line`] needs leaders).
pub fn is_paged_title(line: &str) -> bool {
    let t = line.trim();
    let body = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let page = t.len() - body.len();
    let text = body.trim_end_matches(['…', '.', '·', '．', '⋯', ' ', '\u{3000}']);
    (1..=3).contains(&page)
        && text.len() < body.len()
        && !text.is_empty()
        && !text.ends_with(|c: char| c.is_ascii_digit())
        && !text.contains(['。', '；', ';'])
        && super::text::at_most_chars(text, PAGED_TITLE_MAX)
}

/// Least run of leader characters before a table of contents' page number.
const TOC_LEADERS: usize = 3;

/// True for a line of a table of contents: `三、重点任务…………5`, `（一）稳定粮食生产······ 12`, or
/// the `目录` heading itself. Its headings come again in the body, where they are read.
pub fn is_contents_line(line: &str) -> bool {
    let t = line.trim();
    let heading = t
        .chars()
        .filter(|c| !c.is_whitespace() && !"【】[]〔〕".contains(*c));
    if heading.eq("目录".chars()) {
        return true;
    }
    // The page number (`12`, or a chapter's page `1-15`), then the leaders before it (spaces
    // between them allowed).
    let digits = |s: &str| s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let mut body = &t[..digits(t)];
    if body.len() == t.len() || t.len() - body.len() > 3 {
        return false;
    }
    if let Some(chapter) = body.strip_suffix(['-', '－']) {
        let page = &chapter[..digits(chapter)];
        if page.len() < chapter.len() && chapter.len() - page.len() <= 2 {
            body = page;
        }
    }
    let head = body.trim_end();
    let text = head.trim_end_matches(['…', '.', '·', '．', '-', '—', '_', '⋯', ' ', '\u{3000}']);
    // Dashes between spaces are a table's empty cells (`示例路改造工程  市交通局  —  —  120`),
    // not leaders; so is any run of spaces inside the text.
    let leader = &head[text.len()..];
    let dashed_cells = leader.contains(['-', '—']) && leader.contains(char::is_whitespace);
    if dashed_cells || text.contains("  ") || text.contains('\t') {
        return false;
    }
    let leaders = leader.chars().filter(|c| !c.is_whitespace()).count();
    leaders >= TOC_LEADERS && !text.is_empty()
}

fn is_attachment_line(compact: &str) -> bool {
    (compact.starts_with("附件") && compact.chars().count() <= 40) || compact == "附件"
}

fn has_date(s: &str) -> bool {
    s.contains('年') && s.contains('月') && s.chars().any(|c| c.is_ascii_digit())
}

/// True for a date line on its own (`2024年3月1日`, `2024 年 月 日`, scrambled `202374`).
pub fn is_date_line(line: &str) -> bool {
    // One pass over the characters that are not spaces, stopping at the first that cannot be
    // part of a date line (most lines stop at their first character).
    let (mut n, mut digits) = (0, 0);
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        n += 1;
        if n > 12 || !(c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '-' | '.' | '/')) {
            return false;
        }
        if c.is_ascii_digit() {
            digits += 1;
        }
    }
    digits >= 4
}

/// True for a line that is only an agency name (`示例市司法局`), as in a signature.
pub fn is_org_line(line: &str) -> bool {
    let n = line.chars().count();
    (2..=30).contains(&n)
        && !line.chars().any(|c| "。，,；;：:（）()、".contains(c))
        && ORG_ENDINGS.iter().any(|e| line.trim_end().ends_with(e))
}

/// Phrases of the articles that frame a plan written as articles: its purpose (`为…，制定本
/// 方案`) and its entry into force (`本方案自印发之日起施行`, `由…负责解释`).
const FRAME_PURPOSE: &[&str] = &["制定本", "特制定"];

/// Phrases of an entry-into-force article (`本方案自印发之日起施行`).
const FRAME_FORCE: &[&str] = &["自印发之日起", "起施行", "负责解释"];

/// True when a heading is a preamble or closing section (`总体要求`, `加强组织领导`), or an
/// article that frames the plan (`为规范…，制定本细则`).
pub fn is_auxiliary(title: &str) -> bool {
    if is_frame(title) {
        return true;
    }
    let t = head_phrase(title);
    if AUXILIARY_PREFIXES.iter().any(|a| title.starts_with(a)) {
        return true;
    }
    // `总体思路 百年大计，…`: a thinking title with its paragraph on one line (not `工作思路和
    // 重点任务`, a work section joined to it, nor the work title `工作思路创新`).
    let thinking = THINKING.iter().find_map(|a| title.strip_prefix(a));
    if thinking.is_some_and(|rest| {
        let rest = rest.trim_start();
        !rest.starts_with(['和', '及', '与', '、', '暨']) && rest.contains(['，', ',', '。'])
    }) {
        return true;
    }
    // The phrase itself or, past a lead word, the rest of it: one strip per lead, not one per
    // (lead, phrase) pair.
    let short = t.chars().count() <= AUXILIARY_ENDING_MAX;
    // `深化预算管理制度改革的总体要求`, `充分认识…的重要意义`: a preamble's phrase of a topic
    // (a topic's `主要预期目标` may be work with units, as in a 分工方案).
    // `加强依法行政的指导思想和基本要求`: each of the phrases joined.
    let of_topic = t.rsplit_once('的').is_some_and(|(_, r)| {
        // `基本要求` only beside another such phrase (`…的基本要求` alone may be work:
        // `落实企业安全生产的基本要求`).
        let mut parts = r.split(['和', '与', '及']);
        parts.clone().any(|p| OF_TOPIC.contains(&p))
            && parts.all(|p| OF_TOPIC.contains(&p) || p == "基本要求")
            && !(r.ends_with("形势") && SITUATION_VERBS.iter().any(|v| t.starts_with(v)))
    });
    // `2022年地质灾害概况`, `汛期趋势预测`: an account of the year before or to come, not
    // work on it (`摸清隐患基本情况`).
    // (A year first, `2024年…概况`, or a short title, `灾害概况`: not work on an account,
    // `完成全县耕地现状分析`.)
    let plain = without_year(t);
    let account = t.chars().count() <= FIELD_ACCOUNT_MAX
        && FIELD_ACCOUNTS.iter().any(|e| t.ends_with(e))
        && (plain.len() < t.len() || plain.chars().count() <= FIELD_ACCOUNT_SHORT)
        && !crate::words::opens_work_clause(plain)
        && !FINDING_VERBS.iter().any(|v| plain.starts_with(v));
    AUXILIARY.contains(&t)
        || account
        || ACCOUNT_TITLES.contains(&plain)
        || of_topic
        || (short && AUXILIARY_ENDINGS.iter().any(|e| t.ends_with(e)))
        || AUXILIARY_LEADS
            .iter()
            .any(|l| t.strip_prefix(l).is_some_and(|r| AUXILIARY.contains(&r)))
}

/// Headings of a plan's preamble that hold its guiding thought, principles and aims
/// (`一、总体要求`).
const PREAMBLE_HEADINGS: &[&str] = &["总体要求", "总体思路", "总的要求"];

/// True for the heading of a plan's preamble (`总体要求`), over its 指导思想 and 目标.
pub fn is_preamble_heading(title: &str) -> bool {
    PREAMBLE_HEADINGS.contains(&head_phrase(title))
}

/// Titles of the section that holds a plan's work (`二、重点任务`, `三、主要任务和措施`).
const WORK_HEADINGS: &[&str] = &[
    "重点任务",
    "主要任务",
    "工作任务",
    "重点工作",
    "主要工作",
    "任务分工",
    "主要措施",
    "具体措施",
    "工作措施",
    "重点举措",
    "主要举措",
];

/// How long the section title at the start of `rest` is when body text runs on from it with
/// nothing between (`创建目标通过创建活动，…`, `指导思想深入贯彻…`: a heading and its paragraph
/// run together): a framing or work title ([`AUXILIARY`], [`WORK_HEADINGS`]) or a goal title
/// (`创建目标`, `目标任务`); `None` when punctuation or nothing follows it.
pub fn glued_section_title(rest: &str) -> Option<usize> {
    let goal = || {
        let four: String = rest.chars().take(4).collect();
        (four.ends_with("目标") || four == "目标任务").then_some(four.len())
    };
    let known = (AUXILIARY.iter().chain(WORK_HEADINGS))
        .filter(|t| rest.starts_with(*t))
        .map(|t| t.len())
        .max()
        .or_else(goal)?;
    let after = rest[known..].chars().next()?;
    (crate::chars::is_common_han(after) || after.is_ascii_digit()).then_some(known)
}

/// Longest title read as a work heading ([`WORK_HEADINGS`]): a longer one says more.
const WORK_HEADING_MAX: usize = 12;

/// True for the title of the section that holds a plan's work (`重点任务`, `主要任务和措施`,
/// `2024年重点工作`), not a task of its own.
pub fn is_work_heading(title: &str) -> bool {
    let t = head_phrase(title);
    t.chars().count() <= WORK_HEADING_MAX && WORK_HEADINGS.iter().any(|w| t.contains(w))
}

/// A heading without the year it opens on (`2024年重点任务` → `重点任务`).
pub(crate) fn without_year(t: &str) -> &str {
    match t.split_once('年') {
        Some((y, rest)) if !y.is_empty() && y.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => t,
    }
}

/// True for a title that is a work heading and nothing more (`重点工作`, `2024年重点任务`,
/// `主要任务和措施`), not a task naming work (`全面完成年度工作任务`).
pub fn is_bare_work_heading(title: &str) -> bool {
    let t = without_year(head_phrase(title));
    let whole = |x: &str| WORK_HEADINGS.contains(&x) || ["措施", "举措", "安排"].contains(&x);
    WORK_HEADINGS.contains(&t)
        || (t.split_once(['和', '及', '与']))
            .is_some_and(|(a, b)| WORK_HEADINGS.contains(&a) && whole(b))
}

/// Unit tags that make an item under an auxiliary section a task (`（牵头单位：市甲局）`,
/// `（市甲局牵头）`); a `牵头` in prose (`由市长牵头的领导小组`) is none.
const UNIT_TAGS: &[&str] = &["牵头）", "牵头)", "负责）", "负责)", "配合）", "配合)"];

/// Unit labels that tag an item when a colon follows (`牵头单位：`; `各牵头单位和责任单位要…`
/// is prose).
const UNIT_LABELS: &[&str] = &["牵头单位", "责任单位", "牵头部门", "责任部门"];

/// True when an item's text names its own lead or responsible units with a tag
/// ([`UNIT_TAGS`], or a [`UNIT_LABELS`] label and a colon).
pub fn has_unit_tag(text: &str) -> bool {
    // Every tag and label holds one of these: most lines are told by one pass over them.
    if !text.contains(['牵', '负', '配', '责']) {
        return false;
    }
    UNIT_TAGS.iter().any(|t| text.contains(t))
        || UNIT_LABELS.iter().any(|l| {
            text.match_indices(l).any(|(i, _)| {
                text.get(i + l.len()..)
                    .is_some_and(|r| r.starts_with(['：', ':']))
            })
        })
}

/// True for a section title that looks back on work done (`一、2024年工作总结`,
/// `二、存在的问题和不足`) rather than plans it.
pub fn is_retrospective(title: &str) -> bool {
    let t = head_phrase(title);
    let t = t.trim_end_matches(['和', '与', '及']);
    // Asked of every item of a plan: a sentence is told by its length first.
    let n = t.chars().take(RETROSPECTIVE_OF_MAX + 1).count();
    if n > RETROSPECTIVE_OF_MAX {
        return false;
    }
    // `巩固发展成效`, `扩大建设成效`: work to build on what was done.
    if BUILD_ON_VERBS.iter().any(|v| t.starts_with(v)) {
        return false;
    }
    // `“十三五”时期…事业发展的主要成就`: a longer title of a field's or a period's, its phrase
    // after `的` one that looks back.
    let of_field = t
        .rsplit_once('的')
        .is_some_and(|(_, r)| RETROSPECTIVE.contains(&r));
    let ending = t.strip_suffix("和不足").unwrap_or(t);
    // `工作开展情况`, `2024年开展情况`: how the work went as a whole (not `宣传教育开展情况`, a
    // section on some work).
    let went = t.ends_with("开展情况") && opens_an_account(t);
    of_field
        || went
        || n <= RETROSPECTIVE_MAX
            && (RETROSPECTIVE.iter()).any(|e| t.ends_with(e) || ending.ends_with(e))
}

/// True for a title opening on a year or on a whole ([`ACCOUNT_OPENERS`]).
fn opens_an_account(t: &str) -> bool {
    let plain = without_year(t);
    plain.len() < t.len()
        || ACCOUNT_OPENERS.iter().any(|o| plain.starts_with(o))
        // `“十四五”以来工作开展情况`: since a time.
        || plain.contains("以来")
}

/// Words opening a title that accounts for work done as a whole (`主要指标完成情况`,
/// `工作总结`, `总体成效`).
const ACCOUNT_OPENERS: &[&str] = &[
    "主要",
    "工作",
    "各项",
    "总体",
    "一年来",
    "今年以来",
    "上半年",
    "下半年",
    "全年",
    "去年",
    "前期",
    "今年",
];

/// True for a retrospective title that is plainly an account, not work on one: after a year
/// (`2024年工作完成情况`), opening on a whole ([`ACCOUNT_OPENERS`]: `主要工作成效`), a
/// period's or field's (`…发展的主要成就`), or a retrospective phrase alone (`存在问题`); not
/// `督查整改完成情况`.
pub fn is_plain_account(title: &str) -> bool {
    let t = head_phrase(title).trim_end_matches(['和', '与', '及']);
    let plain = without_year(t);
    is_retrospective(title)
        && (opens_an_account(t)
            || RETROSPECTIVE.contains(&plain)
            || t.rsplit_once('的')
                .is_some_and(|(_, r)| RETROSPECTIVE.contains(&r)))
}

/// Longest title that looks back by its phrase after `的` (`…事业发展的主要成就`).
const RETROSPECTIVE_OF_MAX: usize = 40;

/// Endings of a first section's title that account for a year's work (`一、2019年推进法治政府
/// 建设情况`, `一、主要举措和成效`): the text is a report, whatever its title.
const ACCOUNT_ENDINGS: &[&str] = &[
    "建设情况",
    "工作情况",
    "推进情况",
    "落实情况",
    "举措和成效",
    "做法和成效",
    "主要成效",
    "工作成效",
    "总体情况",
    "进展情况",
    "完成情况",
];

/// True when the first section of a text whose title says nothing of its kind accounts for
/// work done ([`ACCOUNT_ENDINGS`], or a retrospective title): the text reports, it plans
/// nothing.
pub fn first_section_reports(first: &str) -> bool {
    let t = head_phrase(first);
    t.chars().count() <= RETROSPECTIVE_MAX
        && (ACCOUNT_ENDINGS.iter().any(|e| t.ends_with(e)) || is_retrospective(first))
}

/// A purpose or entry-into-force article: short, one sentence, a frame phrase in it.
pub(crate) fn is_frame(title: &str) -> bool {
    let first = title.split('。').next().unwrap_or("");
    let has = |list: &[&str]| list.iter().any(|p| first.contains(p));
    first.chars().count() <= 80
        && ((first.starts_with('为') && has(FRAME_PURPOSE))
            || (first.starts_with('本') && has(FRAME_FORCE)))
}

/// The heading phrase of a title line: up to the first `。` or `：`, trimmed of punctuation.
fn head_phrase(title: &str) -> &str {
    let end = title
        .char_indices()
        .find(|&(_, c)| {
            !crate::chars::is_common_han(c) && matches!(c, '。' | '：' | ':' | '；' | ';')
        })
        .map(|(i, _)| i)
        .unwrap_or(title.len());
    title
        .get(..end)
        .unwrap_or(title)
        .trim()
        .trim_matches(['【', '】', '[', ']'])
}

/// The year a document is for, from its title (`示例市2024年工作要点` → 2024).
pub fn document_year(title: &str) -> Option<u32> {
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len()).find_map(|i| {
        let digits = chars.get(i..i + 4)?;
        let before_ok = i == 0 || !chars.get(i - 1).is_some_and(char::is_ascii_digit);
        let value = digits
            .iter()
            .try_fold(0u32, |v, c| Some(v * 10 + c.to_digit(10)?))?;
        (before_ok && chars.get(i + 4) == Some(&'年') && (1990..=2100).contains(&value))
            .then_some(value)
    })
}

/// The first year a title names (`…三年行动方案（2023—2025年）` → 2023, where
/// [`document_year`] reads 2025): the year a plan's span starts.
pub fn first_year(title: &str) -> Option<u32> {
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len())
        .filter_map(|i| {
            let digits = chars.get(i..i + 4)?;
            let alone = (i == 0 || !chars.get(i - 1).is_some_and(char::is_ascii_digit))
                && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
            let value = digits
                .iter()
                .try_fold(0u32, |v, c| Some(v * 10 + c.to_digit(10)?))?;
            (alone && (1990..=2100).contains(&value)).then_some(value)
        })
        .min()
}

/// The document's kind from its title: `…年度报告` is a report.
pub fn kind_of(title: &str) -> DocKind {
    let t = strip_draft_note(title);
    // `工作计划和总结`: a plan that also looks back (its review sections are told apart); a
    // site's category `计划总结` over a plan, too.
    let planned = [
        "计划和总结",
        "计划及总结",
        "计划与总结",
        "要点和总结",
        "计划总结",
    ]
    .iter()
    .any(|w| t.contains(w));
    if REPORT_ENDINGS.iter().any(|e| t.ends_with(e)) && !t.ends_with("请示") && !planned {
        DocKind::Report
    } else {
        DocKind::Plan
    }
}

/// Addressees of a report to the people's congress (`示例市人大常委会：`).
const REPORT_ADDRESSEES: &[&str] = &["人大常委会", "人民代表大会常务委员会"];

/// Phrases that say the text reports (`现将有关情况报告如下：`).
const REPORT_PHRASES: &[&str] = &["报告如下", "汇报如下"];

/// Longest addressee line (`示例市第十七届人民代表大会常务委员会：`).
const ADDRESSEE_MAX: usize = 40;

/// Title endings that commit to work: a title ending so is a plan, whatever its preamble says
/// (`…工作总结和2025年工作计划` may report `如下` on last year first).
const PLAN_ENDINGS: &[&str] = &[
    "要点",
    "计划",
    "计画",
    "工作指引",
    "方案",
    "任务",
    "安排",
    "规划",
    "意见",
    "措施",
    "清单",
    "分工",
    "打算",
    "思路",
    "纲要",
    "细则",
    "办法",
    "工作谋划",
];

/// True when a title commits to work by its ending ([`PLAN_ENDINGS`]).
pub fn is_plan_title(title: &str) -> bool {
    let t = strip_draft_note(title);
    PLAN_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// Endings of an attachment that is a plan's task list (`…主要任务分解表`).
const TASK_LIST_ENDINGS: &[&str] = &["分解表", "分工表", "任务表", "清单表"];

/// Most numbered requirements a notice sending a plan makes (`一、强化责任意识…`).
const REQUIREMENTS_MAX: usize = 6;

/// Words of a notice's requirements rather than a plan's tasks.
const REQUIREMENT_WORDS: &[&str] = &[
    "各地各单位要",
    "各地各部门要",
    "各单位要",
    "各部门要",
    "各责任单位要",
    "各级各部门要",
    "要高度重视",
    "务必",
    "请各",
    "督查",
    "督办",
];

/// Words of a notice's sending sentence that announce its requirements after it (`…印发给你们，
/// 并提出如下工作要求`): the numbered items are those, however they are worded.
const REQUIREMENTS_ANNOUNCED: &[&str] = &[
    "如下工作要求",
    "如下要求",
    "要求如下",
    "以下要求",
    "以下工作要求",
];

/// The plan a notice forwards when the text is the notice alone: its numbered items follow
/// `…通知如下：` and tell how to carry out a plan that is not in the text — named in the notice
/// (`现将《…方案》印发给你们`) or as its attachment (`附件：…任务分解表`) — and no plan title
/// stands after them. `preamble` is the lines before the first numbered one, `rest` those from
/// it on.
pub fn notice_only(preamble: &[String], rest: &[String], title: &str) -> Option<String> {
    let cover = preamble.iter().rev().find(|l| !l.trim().is_empty())?;
    // `现将主要目标任务分解下发，请认真抓好落实。` under `关于印发…的通知`: the numbered items
    // after it are the notice's requirements too, the plan the one its title forwards.
    // Only a few items, most of them asking (`各地各单位要…`, `强化督查考核`): a plan sent
    // with no title line of its own has its tasks right there.
    let items: Vec<&String> = (rest.iter())
        .filter(|l| numbering::recognise(l).is_some())
        .collect();
    let asking = (items.iter())
        .filter(|l| REQUIREMENT_WORDS.iter().any(|w| l.contains(w)))
        .count();
    // (A notice that sends to its readers, `现印发给你们`, is one whatever its title.)
    let sent_here = sent_by(cover);
    // (Items with figures of their own are a plan's tasks: `现将…任务分解给你们` over
    // `1.…完成固定资产投资50亿元`.)
    let figures = items.iter().any(|l| holds_figure(l));
    let sent = sent_here
        .as_ref()
        .is_some_and(|(_, addressed)| (*addressed && !figures) || is_notice_title(title))
        && items.len() <= REQUIREMENTS_MAX
        && (asking * 2 > items.len() || REQUIREMENTS_ANNOUNCED.iter().any(|w| cover.contains(w)))
        && !items.iter().any(|l| has_unit_tag(l));
    if !cover.contains("通知如下") && !sent {
        return None;
    }
    // A plan the notice sends by its name in `《》` (`现将《X》印发给你们`), else the first
    // `《》` of a line that sends one (`经市政府同意，《X》现印发给你们`).
    let first_quoted = |l: &str| -> Option<String> {
        let open = l.find('《')?;
        let close = l[open..].find('》')? + open;
        Some(l[open + '《'.len_utf8()..close].to_string())
    };
    let forwarded = (preamble.iter())
        .filter_map(|l| sent_by(l).map(|(n, _)| n))
        .find(|n| preamble.iter().any(|l| l.contains(&format!("《{n}》"))))
        .or_else(|| {
            (preamble.iter())
                .filter(|l| l.contains("印发给你们") || l.contains("印发给各"))
                .find_map(|l| first_quoted(l))
        });
    // A name the notice gives without `《》` (`现将主要目标任务分解下发`): after the title's.
    let sent_unquoted = || {
        (!figures)
            .then(|| preamble.iter().find_map(|l| sent_by(l).map(|(n, _)| n)))
            .flatten()
    };
    let attached = rest.iter().find_map(|l| {
        let t: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        let name = t
            .strip_prefix("附件")?
            .trim_start_matches(['：', ':', '1', '.', '、']);
        let plan = is_plan_title(name) || TASK_LIST_ENDINGS.iter().any(|e| name.ends_with(e));
        (plan && !name.is_empty()).then(|| name.to_string())
    });
    // `要认真对照《…重点工作分解表》（附件2）`: an attachment named where the notice cites it.
    let cited = || {
        rest.iter().find_map(|l| {
            let at = l.find("》（附件").or_else(|| l.find("》(附件"))?;
            let open = l[..at].rfind('《')?;
            let name = &l[open + '《'.len_utf8()..at];
            let plan = is_plan_title(name) || TASK_LIST_ENDINGS.iter().any(|e| name.ends_with(e));
            (plan && !name.is_empty()).then(|| name.to_string())
        })
    };
    // The title's plan, or what it says is sent (`关于印发…主要目标任务分解的通知`).
    let titled = || {
        let sent_of = || {
            let t = plain_title(title);
            let at = (FORWARDING.iter())
                .filter_map(|w| t.find(w).map(|i| i + w.len()))
                .min()?;
            let inner = t.get(at..)?.strip_suffix("的通知")?.trim();
            (inner.chars().count() >= 4).then(|| inner.to_string())
        };
        sent.then(|| forwarded_title(title).or_else(sent_of))
            .flatten()
    };
    let name = (forwarded.or(attached).or_else(cited).or_else(titled)).or_else(sent_unquoted)?;
    // The plan itself after the notice: its title, then its own items.
    let plan_follows = (rest.iter()).any(|l| {
        let t = l.trim();
        numbering::recognise(t).is_none() && is_title_candidate(t) && is_plan_title(t)
    });
    (!plan_follows).then_some(name)
}

/// True when the lines before the first numbered item say the text is a report (for a title
/// that does not say what it is, [`is_plan_title`]): it is addressed to a people's congress standing committee (a line of its own ending
/// in a colon) or says `报告如下`.
pub fn preamble_reports(preamble: &[String]) -> bool {
    preamble.iter().any(|l| {
        let addressee = l.ends_with(['：', ':'])
            && l.chars().count() <= ADDRESSEE_MAX
            && REPORT_ADDRESSEES.iter().any(|a| l.contains(a));
        addressee || REPORT_PHRASES.iter().any(|p| l.contains(p))
    })
}

/// Phrases of a preamble that say the text is a plan (`…，制定本规划。`, `特制定本方案`).
const PLAN_PHRASES: &[&str] = &[
    "制定本规划",
    "制定本方案",
    "制定本计划",
    "制定本要点",
    "制定本实施方案",
    "制定本行动计划",
    "特制定如下",
    "制定如下方案",
    "制定如下计划",
];

/// True when the lines before the first numbered item say the text is a plan (for a title
/// that does not say what it is): it opens on a review (`一、“十三五”发展成效`) all the same.
pub fn preamble_plans(preamble: &[String]) -> bool {
    preamble
        .iter()
        .any(|l| PLAN_PHRASES.iter().any(|p| l.contains(p)))
}

/// Where the plan's own title is, and the title text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// Index of the title's last line; the plan starts after it.
    pub line: usize,
    /// The title, its lines joined.
    pub text: String,
}

/// A line that may be a plan's title: short, no sentence punctuation, a plan-like ending,
/// not a cover letter (`…的通知`, `…的请示`) and not numbered.
pub(crate) fn is_title_candidate(line: &str) -> bool {
    let n = line.chars().count();
    if !(4..=60).contains(&n) || line.chars().any(|c| "。；;：:，,".contains(c)) {
        return false;
    }
    let core = plain_title(line);
    // Quotes in a cover letter's title (`关于印发《…》的通知`) mark the plan it forwards; in a
    // plan's own title (`示例省贯彻落实《…规划》工作方案`), the plan it carries out.
    let letter = ["关于", "印发", "转发"].iter().any(|w| core.contains(w));
    // (`关于《…》的政策解读` quotes the plan it reads.)
    if core.contains(['《', '》']) && !quoted_name_first(core) && letter && !core.ends_with("解读")
    {
        return false;
    }
    // The ending first: it rules out most lines before numbering and chrome are looked for.
    let core = strip_draft_note(core);
    (TITLE_ENDINGS.iter().any(|e| core.ends_with(e)) || is_speech_title(core))
        && numbering::recognise(line).is_none()
        && !is_chrome(line)
}

/// Endings of a speech's title after `在…上` (`在全市…工作会议上的讲话`).
const SPEECH_ENDINGS: &[&str] = &["上的讲话", "上的讲话稿", "上的发言", "上的工作报告"];

/// True for a speech's title (`在全市法治政府建设工作会议上的讲话`): the points it makes are
/// read as a plan's, and told to be a speech's ([`DocKind`] stays a plan).
pub fn is_speech_title(title: &str) -> bool {
    // (`…上的讲话（摘要）`; `张某某同志在…上的讲话`.)
    let t = ["（摘要）", "(摘要)", "（节选）", "(节选)"]
        .iter()
        .find_map(|n| title.strip_suffix(n))
        .unwrap_or(title);
    let opens = t.starts_with('在')
        || t.find("同志在")
            .is_some_and(|k| t[..k].chars().count() <= SPEAKER_MAX);
    opens && SPEECH_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// Longest name of a speaker before `同志在…` in a speech's title.
const SPEAKER_MAX: usize = 6;

/// Where a first heading glued to the plan's title starts (`示例街道服务工作实施方案模板范文一、
/// 重点任务`, a document site's page): the `一、` after a title ([`is_title_candidate`], a
/// site's words such as `模板范文` allowed after it) that ends in a plan's name
/// ([`NOTICE_OF_PLAN`]); not `一、二、三级`.
pub fn title_then_first_heading(line: &str) -> Option<usize> {
    // Asked of every short line: one searcher, built once.
    static FIRST: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let at = FIRST
        .get_or_init(|| memchr::memmem::Finder::new("一、"))
        .find(line.as_bytes())?;
    let before = line[..at].trim_end();
    let after = line[at + "一、".len()..].chars().next()?;
    if at == 0 || numbering::is_han_numeral_char(after) || !is_title_candidate(before) {
        return None;
    }
    let plain = without_site_suffix(before);
    NOTICE_OF_PLAN
        .iter()
        .any(|e| plain.ends_with(e))
        .then_some(at)
}

/// Notes a document site puts before a document's title.
const SITE_PREFIXES: &[&str] = &[
    "下载后可任意编辑",
    "本文档下载后可任意编辑",
    "可编辑版",
    "精品文档",
];

/// Offices of a speaker named before a plan's title ([`plain_title`]).
/// (Not `市长`, `县长`, `区长`: the end of a place and the start of the next, `示例市长河县`,
/// `西安市长安区`.)
const SPEAKER_OFFICES: &[&str] = &["局长", "主任", "书记", "厅长", "部长", "处长"];

/// Longest category before a title's bar (`图解 | …`), in characters.
const TAG_BEFORE_BAR_MAX: usize = 8;

/// Least length of a title after a page's category bar (`图解 | …`), in characters.
const TITLE_AFTER_BAR_MIN: usize = 6;

/// Extensions of a file name written as a title line.
const FILE_SUFFIXES: &[&str] = &[".docx", ".doc", ".wps", ".pdf", ".txt"];

/// Plan endings after which a title line may say `的通知` without `关于印发` (a page that lost
/// the start of its cover letter's title: `示例区2023年政务公开工作要点的通知`).
const NOTICE_OF_PLAN: &[&str] = &["要点", "计划", "方案", "规划", "清单"];

/// A title line as the plan's title: the quotes around a whole-line title dropped
/// (`《示例市2024年工作要点》`), and a `的通知` after a plan's name without `关于` dropped.
pub fn plain_title(line: &str) -> &str {
    let t = without_page_digit(without_site_suffix(line.trim()));
    // A document site's note before the title (`下载后可任意编辑 示例小学…工作计划`).
    let t = (SITE_PREFIXES.iter())
        .find_map(|p| t.strip_prefix(p))
        .map_or(t, str::trim_start);
    // A web page's category tag before the title (`【市政府重点工作】滁州市…`).
    let t = match t.strip_prefix('【').and_then(|r| r.split_once('】')) {
        Some((_, rest)) if rest.trim().chars().count() >= 4 => rest.trim(),
        _ => t,
    };
    // A speaker before the plan he presents (`张三局长示例市2020年…工作要点`, an interview's
    // headline): a name of two to four characters and an office, then a place.
    let t = SPEAKER_OFFICES
        .iter()
        .find_map(|o| {
            let at = t.find(o)?;
            let name = t[..at].chars().count();
            let rest = &t[at + o.len()..];
            // (Not what the speaker does, `谈…`, `在…会议上`.)
            let said = rest.starts_with(['谈', '说', '讲', '在', '就', '对']);
            let placed = place_of_title(rest).is_some_and(|p| rest.starts_with(p));
            ((2..=4).contains(&name) && placed && !said).then_some(rest)
        })
        .unwrap_or(t);
    // A page's category before a bar (`图解 | 示例市…实施意见`): the title is the last part.
    let t = match t.rsplit_once(['|', '｜']) {
        Some((tag, rest))
            if rest.trim().chars().count() >= TITLE_AFTER_BAR_MIN
                && (2..=TAG_BEFORE_BAR_MAX).contains(&tag.trim().chars().count()) =>
        {
            rest.trim()
        }
        _ => t,
    };
    // A subtitle's dash (`——示例县实验小学…工作计划`), and a record naming the plan in quotes
    // after one (`常务会议议定文件——《示例县…实施方案》`).
    let t = t.trim_start_matches(['—', '－']).trim_start();
    let t = match t.rsplit_once("——《") {
        Some((_, quoted)) if quoted.ends_with('》') && !quoted.contains('《') => {
            &t[t.len() - quoted.len() - '《'.len_utf8()..]
        }
        _ => t,
    };
    // A file name as the first line of a shared document (`…责任分解表.docx`).
    let t = FILE_SUFFIXES
        .iter()
        .find_map(|s| t.strip_suffix(s))
        .unwrap_or(t);
    if let Some(inner) = t.strip_prefix('《').and_then(|r| r.strip_suffix('》')) {
        if !inner.contains(['《', '》']) {
            return inner;
        }
    }
    // A file name quoted by a sharing site, its close cut with the extension
    // (`《示例县工作方案.docx》由会员分享`).
    let t = match t.strip_prefix('《') {
        Some(inner) if !inner.contains(['《', '》']) => inner,
        _ => t,
    };
    match t.strip_suffix("的通知") {
        Some(core)
            if !core.contains("关于") && NOTICE_OF_PLAN.iter().any(|e| core.ends_with(e)) =>
        {
            core
        }
        _ => t,
    }
}

/// A title without the spaces a PDF or a typesetter sets between its characters (`2023 年全县…`,
/// `示例市 2024 年工作要点`, `工作 要点`): a space between two Chinese characters, or between a
/// figure and a Chinese character, goes; one beside a Latin word stays (`RCEP 实施方案`).
pub fn without_set_spaces(title: &str) -> String {
    let chars: Vec<char> = title.chars().collect();
    let han = |c: Option<&char>| c.is_some_and(|&c| crate::chars::is_common_han(c));
    let digit = |c: Option<&char>| c.is_some_and(char::is_ascii_digit);
    let blank = |c: char| c == ' ' || c == '\u{3000}';
    // A figure that is part of a Latin word (`5G`, `G20`) keeps its space.
    let latin = |run: &mut dyn Iterator<Item = &char>| {
        run.take_while(|c| c.is_ascii_alphanumeric())
            .any(char::is_ascii_alphabetic)
    };
    (0..chars.len())
        .filter(|&k| {
            if !blank(chars[k]) {
                return true;
            }
            let b = (0..k).rev().find(|&j| !blank(chars[j]));
            let a = (k + 1..chars.len()).find(|&j| !blank(chars[j]));
            let (before, after) = (b.map(|j| &chars[j]), a.map(|j| &chars[j]));
            let digit_after = digit(after) && !a.is_some_and(|a| latin(&mut chars[a..].iter()));
            let digit_before =
                digit(before) && !b.is_some_and(|b| latin(&mut chars[..=b].iter().rev()));
            !((han(before) && (han(after) || digit_after)) || (digit_before && han(after)))
        })
        .map(|k| chars[k])
        .collect()
}

/// A title a page gives twice over (`示例市2023年工作要点 示例市2023年工作要点`, a viewer's
/// heading before the document's own): once.
pub fn once(title: &str) -> &str {
    let t = title.trim();
    let chars = t.chars().count();
    if chars.is_multiple_of(2) {
        let mid = t.char_indices().nth(chars / 2).map_or(t.len(), |(k, _)| k);
        if t[..mid] == t[mid..] {
            return &t[..mid];
        }
    }
    match t.split_once(' ') {
        Some((a, b)) if a == b.trim() => a,
        _ => t,
    }
}

/// A title without a PDF page's number run into its year (`12023年街道工作规划` →
/// `2023年街道工作规划`): one or two digits before a four-digit year of this century or the last.
fn without_page_digit(title: &str) -> &str {
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    if !(5..=6).contains(&digits) || !title[digits..].starts_with('年') {
        return title;
    }
    let year = &title[digits - 4..];
    if year.starts_with("20") || year.starts_with("19") {
        year
    } else {
        title
    }
}

/// What essay and template sites add to a plan's title: `…工作计划模版(二篇)`,
/// `…工作计划(精选4篇)作文`, `…工作安排-某某网`, an emoji at the end.
const SITE_WORDS: &[&str] = &["作文", "范文", "模板", "模版", "大全", "精选"];

/// A title without what a site added to it ([`SITE_WORDS`], a bracket counting 篇, a site's
/// name after `-`, symbols at the end), when a plan's title is left.
fn without_site_suffix(title: &str) -> &str {
    let mut t = title;
    for _ in 0..DRAFT_NOTES_MAX {
        let before = t;
        t = t.trim_end_matches(|c: char| {
            !(c.is_alphanumeric() || matches!(c, ')' | '）' | '》' | '”' | '"'))
        });
        if let Some(rest) = SITE_WORDS.iter().find_map(|w| t.strip_suffix(w)) {
            t = rest;
        }
        if t.ends_with([')', '）']) {
            if let Some(i) = t.rfind(['(', '（']) {
                if t[i..].contains('篇') {
                    t = &t[..i];
                }
            }
        }
        // A sample site's numbering of its samples (`…工作方案篇一`).
        if let Some(head) = t.strip_suffix(|c: char| numbering::is_han_numeral_char(c)) {
            if let Some(head) = head.strip_suffix('篇') {
                if TITLE_ENDINGS.iter().any(|e| head.ends_with(e)) {
                    t = head;
                }
            }
        }
        if let Some((head, site)) = t.rsplit_once('-') {
            let head = head.trim_end();
            if !site.chars().any(|c| c.is_ascii_digit())
                && TITLE_ENDINGS.iter().any(|e| head.ends_with(e))
                && !TITLE_ENDINGS.iter().any(|e| site.ends_with(e))
            {
                t = head;
            }
        }
        if t.len() == before.len() {
            break;
        }
    }
    if t.chars().count() >= 4 {
        t
    } else {
        title
    }
}

/// True when the only quotes of a title name a plan at its start: `《法治示例建设规划》重要举措
/// 分工方案` (a division of another plan's tasks), not a cover letter's `关于印发《…》的通知`.
fn quoted_name_first(core: &str) -> bool {
    core.starts_with('《') && core.matches('《').count() == 1 && core.matches('》').count() == 1
}

/// `"示例市工作要点（征求意见稿）"` → `"示例市工作要点"`.
fn strip_draft_note(line: &str) -> &str {
    let mut t = line.trim_end();
    // `…实施方案（2021—2025年）（征求意见稿）`: each bracket at the end, the plan's years too.
    for _ in 0..DRAFT_NOTES_MAX {
        if !(t.ends_with(')') || t.ends_with('）')) {
            break;
        }
        match t.rfind(['(', '（']) {
            Some(i) => t = t.get(..i).unwrap_or(t).trim_end(),
            None => break,
        }
    }
    t
}

/// Most brackets stripped off a title's end ([`strip_draft_note`]).
const DRAFT_NOTES_MAX: usize = 3;

/// A line that may be the first half of a title broken over two lines.
fn is_title_head(line: &str) -> bool {
    let n = line.chars().count();
    // A title quoting a document opens its book-title marks on a line the next lines close
    // (`关于《示例市人大常委会对〈…` / `…〉的` / `审议意见》研究处理情况的报告`).
    let opens = |o: char, c: char| line.matches(o).count() > line.matches(c).count();
    let quoting = opens('《', '》') || opens('〈', '〉');
    let marks: &str = if quoting {
        "。；;：:，,()（）"
    } else {
        "。；;：:，,()（）《》"
    };
    (2..=40).contains(&n)
        && !line.chars().any(|c| marks.contains(c))
        && numbering::recognise(line).is_none()
        && !is_chrome(line)
        && !is_date_line(line)
}

/// The numbered lines of `lines`, with their markers, in order.
fn markers_of(lines: &[String]) -> Vec<(usize, numbering::Marker)> {
    (lines.iter().enumerate())
        .filter_map(|(i, l)| numbering::recognise(l).map(|(m, _)| (i, m)))
        .collect()
}

/// True when line `i` follows a headed list and stands over a list of its style numbered
/// afresh (`主要预期目标` / `1.…` `2.…` / `2022年工作任务` / `1.…`): it heads the second list
/// as the first's heading does its, and the title is above both. (A cover letter's list,
/// `通知如下：` / `一、…`, is no headed list: the plan's title after it stays a title.)
fn between_lists(lines: &[String], markers: &[(usize, numbering::Marker)], i: usize) -> bool {
    let after = markers.partition_point(|&(n, _)| n <= i);
    let (Some(&(last, ref a)), Some((_, b))) = (
        after.checked_sub(1).and_then(|k| markers.get(k)),
        markers.get(after),
    ) else {
        return false;
    };
    // A title naming its place (`示例县2022年农业农村工作要点`) is a document's, not a list's.
    let named = lines.get(i).is_some_and(|l| place_of_title(l).is_some());
    if named || a.style != b.style || a.value < 2 || b.value != 1 {
        return false;
    }
    // The first item of the list that `a` ends, and the line above it.
    let mut start = last;
    let mut value = a.value;
    for (n, m) in markers
        .get(..after.saturating_sub(1))
        .unwrap_or(&[])
        .iter()
        .rev()
    {
        if m.style != a.style || m.value + 1 != value {
            break;
        }
        start = *n;
        value = m.value;
    }
    let above = (0..start)
        .rev()
        .find_map(|k| lines.get(k).filter(|l| !l.trim().is_empty()));
    value == 1
        && above.is_some_and(|l| {
            (4..=40).contains(&l.chars().count())
                && !l.chars().any(|c| "。；;：:，,！？!?".contains(c))
        })
}

/// True when line `i` stands between two items one list numbers in turn (`2.…` /
/// `实施…五年行动` / `3.…`): part of that list, not a title.
fn inside_list(markers: &[(usize, numbering::Marker)], i: usize) -> bool {
    let after = markers.partition_point(|&(n, _)| n <= i);
    match (
        after.checked_sub(1).and_then(|k| markers.get(k)),
        markers.get(after),
    ) {
        (Some((_, a)), Some((_, b))) => a.style == b.style && b.value == a.value + 1,
        _ => false,
    }
}

/// Finds the plan's own title among cleaned lines: the first title-like line with numbered
/// lines after it, or the last such line before the first numbered line that follows it (a
/// cover letter's `关于印发…的通知` and page chrome come before the title, headings after it).
pub fn find_title(lines: &[String]) -> Option<Title> {
    let markers = markers_of(lines);
    let numbered: Vec<usize> = markers.iter().map(|&(i, _)| i).collect();
    let candidate = |i: usize| {
        lines
            .get(i)
            .is_some_and(|l| is_title_candidate(l) || (i > 0 && is_title_tail(l)))
            && !inside_list(&markers, i)
            && !between_lists(lines, &markers, i)
    };
    let first = (0..lines.len())
        .find(|&i| numbered.len() - numbered.partition_point(|&n| n <= i) >= 2 && candidate(i))?;
    let stop = numbered
        .iter()
        .copied()
        .find(|&n| n > first)
        .unwrap_or(lines.len());
    // The last title-like line before the list, but for a sub-heading counting the tasks
    // (`“十五五”防灾减灾8个具体建设任务`) under a title above it.
    let last = (first..stop).rev().find(|&i| candidate(i));
    let named = |i: usize| {
        lines
            .get(i)
            .is_some_and(|l| document_year(l).is_some() || place_of_title(l).is_some())
    };
    let best = match last {
        Some(l) if lines.get(l).is_some_and(|t| counts_tasks(t)) => (first..l)
            .rev()
            .find(|&i| candidate(i) && named(i))
            .or(last),
        // `2014年主要任务` under `体育局重点工作计划`: a section's label, not the title.
        Some(l) if lines.get(l).is_some_and(|t| section_label(t)) => (first..l)
            .rev()
            .find(|&i| candidate(i) && lines.get(i).is_some_and(|t| !section_label(t)))
            .or(last),
        _ => last,
    };
    let i = best?;
    let text = join_title_lines(lines, i)?;
    Some(Title { line: i, text })
}

/// Labels of a plan's own sections (`主要任务`, `2014年重点工作`): a title only when no
/// other is above them.
const SECTION_LABELS: &[&str] = &[
    "主要任务",
    "重点任务",
    "工作任务",
    "具体任务",
    "重点工作",
    "主要工作",
    "工作重点",
];

/// True when a line is a section's label, perhaps after a year (`2014年主要任务`).
fn section_label(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['：', ':']);
    let t = without_year(t);
    SECTION_LABELS.contains(&t)
}

/// A line that counts the tasks below it (`8个具体建设任务`, `十项重点工作`) with neither a
/// year nor a place: a sub-heading, not the plan's title when one that names them is above.
fn counts_tasks(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let counted = chars.windows(2).any(|w| {
        (w[0].is_ascii_digit() || crate::outline::numbering::is_han_numeral_char(w[0]))
            && matches!(w[1], '个' | '项' | '件' | '条')
    });
    counted && document_year(line).is_none() && place_of_title(line).is_none()
}

/// Most lines one title is broken over (`示例市2025年` / `深化法治政府建设` / `工作要点`).
const TITLE_LINES_MAX: usize = 3;

/// Endings of a title line that the next title line continues (`…情况的` / `报告`).
const TITLE_JOINS: &[&str] = &["的", "和", "与", "及", "关于", "年", "年度"];

/// The title whose last line is `lines[i]`, with the lines before it that it continues: a
/// short last line (`实施方案`), a line that ends in [`TITLE_JOINS`] or holds `关于`, or the
/// issuing body before a `关于…` line; up to [`TITLE_LINES_MAX`] lines, blank lines between
/// them skipped.
fn join_title_lines(lines: &[String], i: usize) -> Option<String> {
    let mut text = lines.get(i)?.clone();
    let mut at = i;
    // Lines joined so far (a year set apart, joined to its line, counts none); `at` falls at
    // each turn, so the loop ends.
    let mut joined_lines = 1;
    while joined_lines < TITLE_LINES_MAX {
        let Some(p) = (0..at)
            .rev()
            .find(|&p| lines.get(p).is_some_and(|l| !l.is_empty()))
        else {
            break;
        };
        let prev = lines.get(p).map(String::as_str).unwrap_or("");
        // `2024` / `年工作总结及`: a year a PDF set on a line of its own opens the line after.
        if is_bare_year(prev) && text.starts_with('年') {
            text = format!("{}{text}", prev.trim());
            at = p;
            continue;
        }
        let short = text.chars().count() <= 6;
        let joins = TITLE_JOINS.iter().any(|j| prev.ends_with(j));
        // `关于印发示例区2025年民生实事工作` over `目标任务与实施方案的通知`: a cover letter's
        // title goes on to its `的通知`, however its first line ends.
        let letter = prev.contains("关于") && text.ends_with("通知");
        // `示例区全力打响服务品牌` over `加快建设国际化城区三年行动计划`: the place is in the
        // first line only, which is no title (nor an issuer) of its own.
        let place =
            |l: &str| place_of_title(l).is_some_and(|p| p.chars().count() <= PLACE_CHARS_MAX);
        // (Not a website's name, `示例县人民政府网`.)
        let placed = place(prev)
            && !place(&text)
            && !is_title_candidate(prev)
            && !is_org_line(prev)
            && !prev.ends_with(['网', '站']);
        let head_wanted = short
            || letter
            || placed
            || (prev.contains("关于") && !is_title_candidate(prev))
            || joins
            || (text.starts_with("关于") && is_org_line(prev));
        let joined =
            head_wanted && is_title_head(prev) && (short || letter || !is_title_candidate(prev));
        // Two lines that each read as a title are one when a cover letter above quotes them
        // as one (`《示例区2025年重点工作任务分解方案》`).
        let quoted = || is_title_head(prev) && quoted_above(lines, p, &format!("{prev}{text}"));
        if !(joined || quoted()) {
            break;
        }
        text = format!("{prev}{text}");
        at = p;
        joined_lines += 1;
    }
    // (`2023` on a line of its own over the rest: the year the title opens with.)
    let year_at = (0..at)
        .rev()
        .find(|&p| !lines[p].trim().is_empty())
        .filter(|&p| {
            let digits = lines[p].trim().trim_end_matches(['年', '度']);
            digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
        });
    let year = year_at.map(|p| lines[p].trim());
    // (Only over a title set a word or two a line, or one that opens on the year's `年`
    // (`2016` / `年示例县…要点`): a year alone above a title line whole is a date the page
    // gives, `发布时间：` / `2022`.)
    let cut_year = |y: &str| text.starts_with('年') && !y.ends_with(['年', '度']);
    let mut top = at;
    if let Some(y) = year.filter(|y| (at < i || cut_year(y)) && document_year(&text).is_none()) {
        text = format!("{y}{text}");
        top = year_at.unwrap_or(at);
    }
    // `示例县城市管理局` / `2025` / `年工作计划` (a PDF that set the year apart): the issuer on
    // the line above a title opening on its year is the title's start when the rest names no
    // place.
    let issuer = (0..top)
        .rev()
        .find(|&p| !lines[p].trim().is_empty())
        .map(|p| lines[p].trim())
        .filter(|l| {
            top < i
                && text.starts_with(|c: char| c.is_ascii_digit())
                && is_org_line(l)
                && !l.ends_with(['网', '站'])
                && place_of_title(without_year(&text)).is_none()
                && !signs_a_letter(lines, top)
        });
    if let Some(issuer) = issuer {
        text = format!("{issuer}{text}");
    }
    Some(text)
}

/// True when a sentence stands above line `top`: an agency's line there signs a cover letter,
/// it does not head the title below it.
fn signs_a_letter(lines: &[String], top: usize) -> bool {
    lines
        .iter()
        .take(top)
        .any(|l| l.contains(['。', '：', ':']))
}

/// True for a line that is a year alone (`2024`), as a PDF sets the digits of a title apart.
fn is_bare_year(line: &str) -> bool {
    let t = line.trim();
    t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
}

/// True when a line before `end` quotes `title` in book-title marks (`《…》`), white space aside.
fn quoted_above(lines: &[String], end: usize, title: &str) -> bool {
    let want = format!("《{title}》");
    lines.iter().take(end).any(|l| {
        l.contains('《') && {
            let compact: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            compact.contains(&want)
        }
    })
}

/// A title's last line that is only a document kind (`报告` from a spaced-out `报 告`): a title
/// only with the lines before it.
fn is_title_tail(line: &str) -> bool {
    line.chars().count() < 4 && TITLE_ENDINGS.contains(&line)
}

/// Words of a cover letter that forwards the plan (`关于印发《…》的通知`).
const FORWARDING: &[&str] = &["印发", "转发", "下发"];

/// The plan inside a cover letter's title: `示例市人民政府关于印发《示例市数字政府建设实施
/// 方案》的通知` → `示例市数字政府建设实施方案`; `None` for any other title.
pub fn forwarded_title(title: &str) -> Option<String> {
    let title = plain_title(title);
    let Some(at) = FORWARDING
        .iter()
        .filter_map(|w| title.find(w).map(|i| i + w.len()))
        .min()
    else {
        return notice_of_plan(title);
    };
    let rest = title.get(at..)?;
    // `〈〉` where the title itself is in `《》` (`关于印发〈示例市工作要点〉的通知`); a plan's
    // title unquoted (`关于印发示例市优化营商环境行动方案的通知`) when it ends as one.
    let (open, close, closing) = match (rest.find('《'), rest.rfind('》')) {
        (Some(o), Some(c)) => (o, c, '》'),
        _ => match (rest.find('〈'), rest.rfind('〉')) {
            (Some(o), Some(c)) => (o, c, '〉'),
            _ => {
                let inner = rest.trim().strip_suffix("的通知")?.trim();
                let plan = inner.chars().count() >= 6 && is_plan_title(inner);
                return plan.then(|| inner.to_string());
            }
        },
    };
    // `关于印发2024年市《政府工作报告》确定的…分解方案的通知`: quotes inside the forwarded
    // plan's title name another document; the plan is the whole title.
    let lead = rest.get(..open).map_or(0, |r| r.trim().len());
    if lead > 0 {
        let whole = rest.trim().strip_suffix("的通知").map(str::trim);
        if let Some(whole) = whole.filter(|w| w.chars().count() >= 6 && is_plan_title(w)) {
            return Some(whole.to_string());
        }
    }
    let inner = rest.get(open + '《'.len_utf8()..close)?.trim();
    if inner.contains(closing) {
        // Several plans forwarded at once (`关于印发《甲规划》《乙方案》分工方案的通知`): all
        // that is forwarded.
        let all = rest.get(open..)?.trim();
        return Some(all.strip_suffix("的通知").unwrap_or(all).to_string());
    }
    (open < close && inner.chars().count() >= 4).then(|| inner.to_string())
}

/// The plan a notice sets out itself (`滁州市人民政府关于2020年市政府重点工作及责任分解的通知` →
/// `2020年市政府重点工作及责任分解`): what stands between `关于` and `的通知` when it reads as a
/// plan's title.
fn notice_of_plan(title: &str) -> Option<String> {
    let (_, rest) = title.split_once("关于")?;
    let inner = rest.trim().strip_suffix("的通知")?.trim();
    let plan = inner.chars().count() >= 6
        && !inner.contains("关于")
        && (is_plan_title(inner) || inner.ends_with("分解"));
    plan.then(|| inner.to_string())
}

/// Separators between a page title and the site's name (`…工作要点_示例区人民政府`).
const SITE_SEPARATORS: &[&str] = &["_", "｜", "|", " - ", " — ", "－"];

/// The plan's title from a page's `<title>`, the site's name after it dropped: the first part
/// that reads as a title (`示例区2025年安全生产工作要点_示例区人民政府` →
/// `示例区2025年安全生产工作要点`), else the first part.
pub fn title_from_page(page_title: &str) -> Option<String> {
    let mut parts: Vec<&str> = vec![page_title];
    for sep in SITE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let first = parts
        .iter()
        .find(|p| is_title_candidate(p) || is_notice_title(p))
        .or(parts.first())?;
    Some(forwarded_title(first).unwrap_or_else(|| first.to_string()))
}

/// The file name without its folder and extension, as a last resort for a title
/// (`资料/示例区2025年工作要点.docx` → `示例区2025年工作要点`); `None` for a name with no
/// letters (`-`, standard input).
pub fn title_from_file_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s).trim();
    stem.chars()
        .any(char::is_alphanumeric)
        .then(|| stem.to_string())
}

/// The title of a text too short in numbered lines for [`find_title`] (a plan written as
/// prose): the first title-like line before the first paragraph of body text. Only the title
/// is read; the body is not cut at it.
pub fn lone_title(lines: &[String]) -> Option<String> {
    // Not a line between two items one list numbers in turn: it is the items' (a stray line
    // `实施…五年行动` between `5.` and `6.`).
    let markers = markers_of(lines);
    // (A row of cells, `索引号 | … | 主题分类 | 政务公开 |`, is a site's metadata, no body.)
    let long = (lines.iter())
        .position(|l| l.chars().count() > LONE_TITLE_MAX && l.matches(['|', '｜']).count() < 2)
        .unwrap_or(lines.len());
    let head = || {
        (lines.iter().enumerate())
            .take(long)
            .filter(|&(i, _)| !inside_list(&markers, i))
            .map(|(_, l)| l)
    };
    // A title broken before its last word (`年度工作` over `计划`): read whole.
    if let Some(i) = (0..long.min(lines.len()))
        .find(|&i| !inside_list(&markers, i) && is_title_candidate(&lines[i]))
    {
        let next = (i + 1..lines.len()).find(|&k| !lines[k].trim().is_empty());
        let whole = is_plan_title(&lines[i]);
        if let Some(k) = next.filter(|&k| !whole && PLAN_ENDINGS.contains(&lines[k].trim())) {
            return join_title_lines(lines, k);
        }
        // (`关于印发示例市健康行动` over `实施方案的通知`: a notice's title broken in two.)
        let notice_below = next.filter(|&k| {
            lines[i].contains("关于")
                && lines[k].trim_end().ends_with("通知")
                && !lines[k].contains('。')
        });
        if let Some(k) = notice_below {
            return join_title_lines(lines, k);
        }
    }
    head()
        .find(|l| is_title_candidate(l))
        .or_else(|| head().find(|l| is_notice_title(l)))
        .or_else(|| {
            // A cover letter forwarding several plans has a long title, on the first line.
            let first = lines.iter().find(|l| !l.is_empty())?;
            (first.chars().count() <= FORWARDING_MAX
                && is_notice_title(first)
                && forwarded_title(first).is_some())
            .then_some(first)
        })
        .or_else(|| quoted_title_below(lines, long, markers.first().map(|m| m.0)))
        .cloned()
}

/// The title on a line of its own below body text (a cover letter's paragraph, a news page's
/// lead) and before the first numbered line, when that text names it in `《》` (`《示例市
/// 2025年工作要点》已经市人民政府同意…` … `示例市2025年工作要点`): a line merely shaped like a
/// title there is as likely a related link or a sentence.
fn quoted_title_below(lines: &[String], from: usize, numbered: Option<usize>) -> Option<&String> {
    let end = numbered?;
    let above = lines.get(..end)?;
    // Every name quoted above, gathered once (a look-up per candidate, not a scan).
    let names: std::collections::HashSet<&str> = (above.iter())
        .flat_map(|l| {
            (l.match_indices('《')).filter_map(move |(i, _)| {
                l.get(i + '《'.len_utf8()..)
                    .and_then(|r| r.split('》').next())
                    .map(str::trim)
            })
        })
        .collect();
    let quoted = |title: &str| names.contains(title);
    let candidates: Vec<&String> = (lines.get(from..end)?.iter())
        .filter(|l| l.chars().count() <= LONE_TITLE_MAX && is_title_candidate(l))
        .collect();
    if let Some(&l) = candidates.iter().find(|l| quoted(plain_title(l))) {
        return Some(l);
    }
    // Unquoted, the one title-like line there that names its place or year and opens on no
    // verb (not a list of related plans, nor `制定示例市…方案`).
    let named = |l: &str| {
        let l = plain_title(l);
        (document_year(l).is_some() || place_of_title(l).is_some())
            && !DEED_OPENERS.iter().any(|v| l.starts_with(v))
    };
    match candidates.as_slice() {
        [only] if named(only) => Some(only),
        _ => None,
    }
}

/// Words right after a quoted name (a comma or bracket between) that give it below
/// (`《…》全文如下`, `《…》，内容如下`).
const ANNOUNCED_AFTER: &[&str] = &["全文如下", "内容如下"];

/// A name to be put inside `《》` with the quotes of its own made inner ones
/// (`2025年市《政府工作报告》…` → `2025年市〈政府工作报告〉…`).
pub fn quoted_inside(name: &str) -> String {
    name.replace('《', "〈").replace('》', "〉")
}

/// Verbs a notice sends a plan with, ending what it names (`现将《…》印发给你们`).
const SENDING: &[&str] = &["印发", "下发", "转发", "下达"];

/// Words that open what a notice sends now (`现将…`, `特将…`).
const SENDS_NOW: &[&str] = &["现将", "特将", "兹将"];

/// Words a notice addresses its readers with, after what it sends (`…印发给你们`).
const ADDRESSED: &[&str] = &["给你们", "给各"];

/// Endings of a plan's breakdown a notice sends without `《》` (`…目标任务责任分解给你们`).
const BREAKDOWNS: &[&str] = &["分解", "分工"];

/// True when a line states a figure other than a date (`50亿元`, `98%`, `5000人`; not
/// `2024年`, `3月底`): a plan's task, not a notice's requirement.
pub fn holds_figure(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.iter().enumerate().any(|(k, c)| {
        c.is_ascii_digit()
            && chars
                .get(k + 1)
                .is_some_and(|n| !n.is_ascii_digit() && !"年月日号.、）)".contains(*n))
    })
}

/// Longest name a notice sends without `《》` (`现将2025年…目标任务责任分解给你们`).
const SENT_MAX: usize = 60;

/// What a notice's sentence says it sends its readers, and whether it names them:
/// `现将《X》印发给你们` (or `特将`, `兹将`), `现将X分解下发`, `现将X分解给你们` and
/// `《X》已经…同意，现印发给你们` give X.
pub fn sent_by(line: &str) -> Option<(String, bool)> {
    let quoted = |seg: &str| -> Option<String> {
        let inner = seg.strip_prefix('《')?.strip_suffix('》')?;
        (!inner.contains(['《', '》'])).then(|| inner.trim().to_string())
    };
    // What is sent opening or closing on a name in `《》`: that name (`《X》（修订稿）`,
    // `《X》和《Y》`, `修订后的《X》`); not one inside a phrase (`市《政府工作报告》目标任务分解`).
    let named = |seg: &str| -> Option<String> {
        quoted(seg).or_else(|| {
            let inner = if seg.starts_with('《') {
                seg.get('《'.len_utf8()..seg.find('》')?)?
            } else if seg.ends_with('》') {
                let open = seg.rfind('《')?;
                seg.get(open + '《'.len_utf8()..seg.len() - '》'.len_utf8())?
            } else {
                return None;
            };
            (!inner.is_empty() && !inner.contains(['《', '》'])).then(|| inner.trim().to_string())
        })
    };
    let openers = SENDS_NOW
        .iter()
        .filter_map(|w| line.find(w).map(|at| at + w.len()));
    for at in openers {
        let after = &line[at..];
        let addressed = ADDRESSED.iter().filter_map(|w| after.find(w)).min();
        let stop = after.find(['，', ',', '。', '；']).unwrap_or(after.len());
        let end = addressed.filter(|&a| a <= stop).unwrap_or(stop);
        let seg = after[..end].trim();
        let seg = SENDING
            .iter()
            .find_map(|v| seg.strip_suffix(v))
            .unwrap_or(seg)
            .trim();
        let by_verb = after[..end].trim().len() > seg.len();
        let name = match named(seg) {
            Some(q) if by_verb || addressed.is_some_and(|a| a <= stop) => Some(q),
            Some(_) => None,
            // (Unquoted, a plan or its breakdown sent, not `考核结果通报给你们`.)
            None => ((by_verb || addressed.is_some_and(|a| a <= stop))
                && (by_verb || is_plan_title(seg) || BREAKDOWNS.iter().any(|b| seg.ends_with(b)))
                && (4..=SENT_MAX).contains(&seg.chars().count())
                && !seg.contains(['：', ':']))
            .then(|| seg.to_string()),
        };
        if let Some(name) = name.filter(|n| !n.is_empty()) {
            return Some((name, addressed.is_some_and(|a| a <= stop)));
        }
    }
    // `《示例市…分工方案》已经市人民政府同意，现印发给你们`: the plan opens the sentence.
    let t = line.trim_start();
    let close = t.find('》')?;
    let name = quoted(&t[..close + '》'.len_utf8()])?;
    let rest = &t[close + '》'.len_utf8()..];
    let agreed = (rest.starts_with("已经") || rest.starts_with('已'))
        && rest
            .find("同意")
            .is_some_and(|g| rest[g..].contains("印发"));
    (agreed && !name.is_empty()).then(|| {
        let addressed = ADDRESSED.iter().any(|w| rest.contains(w));
        (name, addressed)
    })
}

/// The title of a text with no title line that a news lead or cover letter announces before
/// the first numbered line, in `《》`: a name shaped as a plan's title ([`is_title_candidate`])
/// given below (`《…》全文如下`) or forwarded (`现将《…》印发给你们`); not a plan the text cites
/// or reports on (`为贯彻落实《…》`, `省政府印发了《…》`).
pub fn announced_title(lines: &[String]) -> Option<String> {
    let end = (lines.iter())
        .position(|l| numbering::recognise(l).is_some())
        .unwrap_or(lines.len());
    for line in lines.get(..end)? {
        for (i, _) in line.match_indices('《') {
            let Some((name, rest)) = line
                .get(i + '《'.len_utf8()..)
                .and_then(|r| r.split_once('》'))
            else {
                continue;
            };
            let name = name.trim();
            if !is_title_candidate(name) {
                continue;
            }
            let head = line.get(..i).unwrap_or("");
            let forwarded = (head.ends_with("现将") && rest.starts_with("印发"))
                || (head.trim().is_empty() && sent_by(line).is_some_and(|(n, _)| n == name));
            let given = rest.trim_start_matches(['，', ',', '（', '(', ' ']);
            if forwarded || ANNOUNCED_AFTER.iter().any(|w| given.starts_with(w)) {
                return Some(name.to_string());
            }
        }
    }
    None
}

/// Verbs that open a sentence naming a plan to make, not a plan's title (`制定…方案`).
const DEED_OPENERS: &[&str] = &[
    "制定", "实施", "完成", "推进", "开展", "编制", "印发", "落实", "出台", "修订",
];

/// Longest line read as a lone title; a longer line is body text.
const LONE_TITLE_MAX: usize = 60;

/// Longest title of a cover letter, which may name several plans.
const FORWARDING_MAX: usize = 120;

/// A notice's title line (`示例县关于加强…工作的通知`).
pub(crate) fn is_notice_title(line: &str) -> bool {
    let line = plain_title(line);
    (6..=FORWARDING_MAX).contains(&line.chars().count())
        && line.contains("关于")
        && NOTICE_ENDINGS.iter().any(|e| line.ends_with(e))
        && !line.chars().any(|c| "。；;：:，,".contains(c))
        && numbering::recognise(line).is_none()
}

/// A title for text with no title line of its own (a page flattened into one line): the start
/// of the first line up to its last plan-like ending before the document number, if any.
///
/// `"示例省人民政府关于加快示例产业发展的意见示政发〔2024〕3号各市…"` →
/// `"示例省人民政府关于加快示例产业发展的意见"`.
pub fn leading_title(lines: &[String]) -> Option<String> {
    let first = lines.iter().find(|l| !l.is_empty() && !is_chrome(l))?;
    let head = match first.find(['〔', '[', '。', '：', ':']) {
        Some(i) => first.get(..i)?,
        None => first.as_str(),
    };
    let end = TITLE_ENDINGS
        .iter()
        .filter_map(|e| head.rfind(e).map(|i| i + e.len()))
        .max()?;
    let title = head.get(..end)?;
    let rest = first.get(end..).unwrap_or("");
    ((4..=60).contains(&title.chars().count()) && !labels(title, rest)).then(|| title.to_string())
}

/// True when a would-be `title` is a label over its body: the text after it (`rest`) opens
/// with a colon and it is a preamble's or closing part's name (`总体思路：坚持…`, `保障措施:`;
/// not `示例县2024年工作要点：为深入贯彻…`).
fn labels(title: &str, rest: &str) -> bool {
    rest.trim_start().starts_with([':', '：']) && is_auxiliary(title)
}

/// A title run into the body of a text that lost its line breaks, at the start of its first
/// line (`某县2025年度法治政府建设情况报告2025年，全县…`): the shortest start of the line ending
/// in a title word, with the title words right after it (`情况` + `报告`), that reads as a
/// title ([`is_title_candidate`]) and has body text after it. `None` for a short first line.
pub fn run_in_title(lines: &[String]) -> Option<String> {
    let first = lines.iter().find(|l| !l.is_empty() && !is_chrome(l))?;
    // A line of a title's length is a line of its own, not a title run into its body.
    if super::text::at_most_chars(first, 2 * TITLE_CHARS_MAX) {
        return None;
    }
    // Only the start of the line is read: a title is at most 60 characters.
    let head: &str = match first.char_indices().nth(TITLE_CHARS_MAX) {
        Some((i, _)) => &first[..i],
        None => first,
    };
    let mut ends: Vec<usize> = (TITLE_ENDINGS.iter())
        .flat_map(|e| head.match_indices(e).map(|(i, e)| i + e.len()))
        .collect();
    crate::sort::sort(&mut ends);
    for &end in &ends {
        let mut end = end;
        // `情况` then `报告`: the title goes on to the last of the words that follow on, and
        // past a `的` to the ending close after it (`…重点工作` + `的实施意见`).
        loop {
            if let Some(e) = TITLE_ENDINGS.iter().find(|e| head[end..].starts_with(*e)) {
                end += e.len();
                continue;
            }
            // (`…工作要点` + `实施方案`: a plan carrying out another.)
            let carried = head[end..].strip_prefix("实施").and_then(|after| {
                let e = TITLE_ENDINGS.iter().find(|e| after.starts_with(*e))?;
                Some("实施".len() + e.len())
            });
            if let Some(n) = carried {
                end += n;
                continue;
            }
            let Some(after) = head[end..].strip_prefix('的') else {
                break;
            };
            let window = match after.char_indices().nth(OF_REACH) {
                Some((i, _)) => &after[..i],
                None => after,
            };
            let next = (OF_ENDINGS.iter())
                .filter_map(|e| window.find(e).map(|i| i + e.len()))
                .min();
            match next {
                Some(n) => end += '的'.len_utf8() + n,
                None => break,
            }
        }
        let title = head[..end].trim();
        if end < first.trim_end().len() && is_title_candidate(title) && !labels(title, &head[end..])
        {
            return Some(title.to_string());
        }
    }
    None
}

/// Longest title, in characters.
const TITLE_CHARS_MAX: usize = 60;

/// Most characters between a run-in title's `的` and the ending it goes on to (`的实施意见`).
const OF_REACH: usize = 6;

/// Endings of a kind of document a run-in title goes on to past its `的` (not `的主要任务`).
const OF_ENDINGS: &[&str] = &[
    "意见", "方案", "计划", "要点", "规划", "通知", "办法", "细则", "纲要", "决定", "措施",
];

/// The title of a document shown on a file-sharing site, from the site's line naming the file
/// in the first lines (`《示例县工作方案.docx》由会员分享，可在线阅读…`): the name without its
/// extension, when it reads as a title.
pub fn shared_file_title(lines: &[String]) -> Option<String> {
    (lines
        .iter()
        .filter(|l| !l.is_empty())
        .take(SHARED_FILE_LINES))
    .find_map(|l| {
        let open = l.find('《')? + '《'.len_utf8();
        let close = open + l.get(open..)?.find('》')?;
        let name = l.get(open..close)?;
        let stem = FILE_SUFFIXES.iter().find_map(|e| name.strip_suffix(e))?;
        is_title_candidate(stem).then(|| stem.to_string())
    })
}

/// The title a government site's metadata table gives (`| 标题：示例镇2023年工作计划 | |`),
/// when it reads as a title.
pub fn metadata_title(lines: &[String]) -> Option<String> {
    lines.iter().take(METADATA_LINES).find_map(|l| {
        let at = l.find("标题")?;
        let rest = l[at + "标题".len()..].trim_start_matches([':', '：', ' ']);
        let title = rest.split(['|', '｜']).next()?.trim();
        // (A notice's title gives the plan it sends, as a title line does; one the metadata
        // cut short, `关于印发示例市健康行动`, names nothing whole.)
        let cut = ["印发", "转发"].iter().any(|w| title.contains(w))
            && !is_notice_title(title)
            && !is_plan_title(title);
        ((is_title_candidate(title) || is_notice_title(title)) && !cut).then(|| title.to_string())
    })
}

/// Lines looked at for a site's metadata ([`metadata_title`]).
const METADATA_LINES: usize = 12;

/// Lines looked at for a file-sharing site's line ([`shared_file_title`]).
const SHARED_FILE_LINES: usize = 3;

/// Longest place name opening a title line (`石家庄市`, `静安区`): a longer run before a place
/// word is words of the title (`加快建设国际化城区`).
const PLACE_CHARS_MAX: usize = 5;

/// Words that end a place name at the start of a title (`海口市2022年…` → `海口市`).
const PLACE_ENDS: &[char] = &['省', '市', '县', '区', '州', '旗', '盟'];

/// The place a plan is issued for, read from the start of its title: the first place word
/// within the first ten characters (`海原县推进…` → `海原县`, `国务院办公厅…` → none).
pub fn place_of_title(title: &str) -> Option<&str> {
    // A title opening on a quoted plan (`《示例市…规划》分工方案`) names its place inside.
    let title = title.trim().trim_start_matches(['《', '〈', '“', '"']);
    let end = title
        .char_indices()
        .take(10)
        .find(|(i, c)| *i > 0 && PLACE_ENDS.contains(c))?;
    let place = title.get(..end.0 + end.1.len_utf8())?;
    // A year or a digit before the place word is no place name (`2022年度区…`).
    (!place.chars().any(|c| c.is_ascii_digit())).then_some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_sites_add_to_a_title_is_dropped() {
        for (site, plain) in [
            (
                "2024年县教育局年度工作计划模版(二篇)",
                "2024年县教育局年度工作计划",
            ),
            ("2024年教育局工作计划(精选4篇)作文", "2024年教育局工作计划"),
            ("2024年应急管理工作安排-示例官网", "2024年应急管理工作安排"),
            ("示例县2024工作报告📜", "示例县2024工作报告"),
            ("12023年示例街道工作规划", "2023年示例街道工作规划"),
        ] {
            assert_eq!(plain_title(site), plain, "{site}");
        }
        // A plan's own years and a dash between them stay.
        assert_eq!(
            plain_title("示例市十四五规划（2021-2025年）"),
            "示例市十四五规划（2021-2025年）"
        );
        assert_eq!(
            plain_title("示例市工作要点-实施方案"),
            "示例市工作要点-实施方案"
        );
    }

    #[test]
    fn a_title_with_its_place_alone_on_the_first_line_is_joined() {
        let l = lines("示例区全力打响服务品牌\n加快建设国际化城区三年行动计划\n为贯彻落实部署，制定本计划。\n一、主要任务\n（一）优化营商环境。\n（二）提升服务能级。");
        assert_eq!(
            find_title(&l).map(|t| t.text).as_deref(),
            Some("示例区全力打响服务品牌加快建设国际化城区三年行动计划")
        );
        // An issuer over the title is no part of it.
        let l = lines("示例区人民政府办公室\n示例区国际化城区建设三年行动计划\n一、主要任务\n（一）优化营商环境。\n（二）提升服务能级。");
        assert_eq!(
            find_title(&l).map(|t| t.text).as_deref(),
            Some("示例区国际化城区建设三年行动计划")
        );
    }

    #[test]
    fn a_section_title_run_into_its_paragraph_is_told() {
        let len = |t: &str| glued_section_title(t);
        assert_eq!(
            len("指导思想坚持以习近平法治思想为指导"),
            Some("指导思想".len())
        );
        assert_eq!(len("创建目标通过创建活动，提升"), Some("创建目标".len()));
        assert_eq!(len("目标任务到2023年底，健全"), Some("目标任务".len()));
        assert_eq!(len("主要目标指标全县达到"), Some("主要目标指标".len()));
        // A title alone, or one with its own punctuation, is not run into anything.
        assert_eq!(len("指导思想"), None);
        assert_eq!(len("指导思想。坚持"), None);
        assert_eq!(len("推进审批制度改革"), None);
    }

    #[test]
    fn a_title_run_into_its_text_is_cut_at_its_ending() {
        let long = |s: &str| {
            vec![format!(
                "{s}{}",
                "全县坚持依法行政，推进各项工作。".repeat(8)
            )]
        };
        assert_eq!(
            run_in_title(&long("示例县2025年度法治政府建设情况报告2025年，")).as_deref(),
            Some("示例县2025年度法治政府建设情况报告")
        );
        // A line of its own is a title by the usual rules, or none.
        assert_eq!(
            run_in_title(&["示例县依法行政工作情况说明".to_string()]),
            None
        );
        // Prose with no title at its start.
        assert_eq!(run_in_title(&long("为推进依法行政，")), None);
    }

    #[test]
    fn a_file_sharing_sites_line_names_the_document() {
        let l = vec!["《示例县工作方案.docx》由会员分享，可在线阅读，更多相关《示例县工作方案.docx(6页)》请在示例文库搜索。".to_string()];
        assert_eq!(shared_file_title(&l).as_deref(), Some("示例县工作方案"));
        let l = vec!["现将《示例县工作方案》印发给你们。".to_string()];
        assert_eq!(shared_file_title(&l), None);
    }

    #[test]
    fn each_chrome_phrase_with_spaces_has_its_twin_without() {
        for p in CHROME {
            let compact: String = p.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(CHROME.contains(&compact.as_str()), "{p}");
        }
    }

    #[test]
    fn each_chrome_phrase_is_chrome() {
        for p in CHROME.iter().chain(CHROME_SHORT) {
            assert!(is_chrome(&format!("xx{p}yy")), "{p}");
        }
        assert!(!is_chrome("推进无障碍环境建设，完善设施。"));
        assert!(is_chrome("示例市司法局办公室 2024年3月1日印发"));
        assert!(is_chrome("附件：示例市工作要点"));
        assert!(!is_chrome("(一)推进依法行政。"));
    }

    #[test]
    fn each_unit_tag() {
        for t in UNIT_TAGS {
            assert!(has_unit_tag(&format!("健全机制。（市甲局{t}")), "{t}");
        }
        for l in UNIT_LABELS {
            assert!(has_unit_tag(&format!("健全机制。（{l}：市甲局）")), "{l}");
            assert!(!has_unit_tag(&format!("各{l}要抓好落实。")), "{l}");
        }
        assert!(!has_unit_tag("成立由市长牵头的领导小组，统筹推进。"));
    }

    #[test]
    fn each_auxiliary_title() {
        for a in AUXILIARY {
            assert!(is_auxiliary(a), "{a}");
            assert!(is_auxiliary(&format!("{a}。")), "{a}");
        }
        for l in AUXILIARY_LEADS {
            assert!(is_auxiliary(&format!("{l}组织领导")), "{l}");
        }
        assert!(!is_auxiliary("目标任务"));
        for e in AUXILIARY_ENDINGS {
            assert!(is_auxiliary(&format!("整治{e}")), "{e}");
            assert!(!is_auxiliary(&format!("严格落实示例制度的{e}")), "{e}");
        }
        for a in AUXILIARY_PREFIXES {
            assert!(is_auxiliary(&format!("{a}以示例思想为指导")), "{a}");
        }
        assert!(!is_auxiliary("组织领导干部学法。"));
        assert!(!is_auxiliary("完善法治政府建设推进机制"));
        assert!(!is_auxiliary("加强党对法治政府建设的领导"));
        for p in FRAME_PURPOSE {
            assert!(is_auxiliary(&format!("为做好示例工作，{p}方案。")), "{p}");
        }
        for p in FRAME_FORCE {
            assert!(is_auxiliary(&format!("本方案{p}。")), "{p}");
        }
        assert!(!is_auxiliary("推动《示例条例》自2024年3月1日起施行。"));
        assert!(!is_auxiliary("推进审批改革。制定本部门权责清单。"));
        assert!(is_auxiliary("【强化保障措施】"));
        assert!(is_auxiliary("深化预算管理制度改革的总体要求"));
        assert!(is_auxiliary("充分认识推进依法行政的重要意义"));
        assert!(!is_auxiliary("健全依法决策的工作机制"));
        for w in WORK_HEADINGS {
            assert!(is_work_heading(w), "{w}");
        }
        assert!(is_work_heading("主要任务和措施"));
        assert!(is_work_heading("2024年重点工作："));
        assert!(!is_work_heading("扎实推进重点工作任务落实到位见成效"));
        assert!(!is_work_heading("工作目标"));
    }

    #[test]
    fn each_retrospective_title() {
        for e in RETROSPECTIVE {
            assert!(is_retrospective(e), "{e}");
            assert!(is_retrospective(&format!("2024年{e}")), "{e}");
        }
        assert!(is_retrospective("存在的问题和不足"));
        assert!(!is_retrospective("2025年工作计划"));
        assert!(!is_retrospective(
            "建立重点任务完成情况季度通报制度，及时通报各单位工作情况"
        ));
    }

    #[test]
    fn dates_and_signatures() {
        assert!(is_date_line("2024年3月1日"));
        assert!(is_date_line("2024 年 月 日"));
        assert!(is_date_line("202374"));
        assert!(!is_date_line("2024年全市工作"));
        for e in ORG_ENDINGS {
            assert!(is_org_line(&format!("示例市{e}")), "{e}");
        }
        assert!(!is_org_line("推进依法行政，建设法治政府"));
    }

    #[test]
    fn report_kind_by_each_ending() {
        for e in REPORT_ENDINGS {
            assert_eq!(
                kind_of(&format!("示例市2024年法治政府建设{e}")),
                DocKind::Report
            );
        }
        for e in TITLE_ENDINGS.iter().filter(|e| !REPORT_ENDINGS.contains(e)) {
            assert_eq!(kind_of(&format!("示例市2024年{e}")), DocKind::Plan, "{e}");
        }
    }

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(str::to_string).collect()
    }

    #[test]
    fn title_after_cover_letter() {
        let l = lines(
            "示例市人民政府关于印发示例市2024年工作要点的通知\n各区：\n现印发。\n\n示例市2024年工作要点\n一、甲\n(一)乙。\n(二)丙。",
        );
        let t = find_title(&l).unwrap();
        assert_eq!(t.text, "示例市2024年工作要点");
        assert_eq!(t.line, 4);
    }

    #[test]
    fn title_of_a_plan_without_numbered_lines() {
        let l = lines("示例区2025年工作计划\n\n为做好工作，区政府决定开展行动，各单位要抓好落实，确保各项任务落到实处，取得实效，推动全区工作再上新台阶。");
        assert!(find_title(&l).is_none());
        assert_eq!(lone_title(&l).as_deref(), Some("示例区2025年工作计划"));
        let l = lines("为做好工作，区政府决定开展行动，各单位要抓好落实，确保各项任务落到实处，取得实效，推动全区工作再上新台阶，为全区发展提供有力保障。\n示例区2025年工作计划");
        assert!(lone_title(&l).is_none());
        for e in NOTICE_ENDINGS {
            let l = lines(&format!(
                "示例县关于加强安全生产工作的{e}\n一、压实责任。\n二、强化检查。"
            ));
            assert!(find_title(&l).is_none(), "{e}");
            assert_eq!(
                lone_title(&l),
                Some(format!("示例县关于加强安全生产工作的{e}")),
                "{e}"
            );
        }
    }

    #[test]
    fn titles_with_quotes_or_a_notice_ending() {
        let l = lines("关于印发《示例规划》《示例方案》分工方案的通知\n各单位：\n《示例规划(2021-2025年)》重要举措分工方案\n一、甲\n1.乙。\n2.丙。");
        let t = find_title(&l).unwrap();
        assert_eq!(t.text, "《示例规划(2021-2025年)》重要举措分工方案");
        let l = lines("示例区2023年政务公开工作要点的通知\n一、甲\n(一)乙。\n(二)丙。");
        assert_eq!(find_title(&l).map(|t| t.text), Some(l[0].clone()));
        assert_eq!(plain_title(&l[0]), "示例区2023年政务公开工作要点");
        assert_eq!(
            plain_title("《示例市2024年工作要点》"),
            "示例市2024年工作要点"
        );
        // A notice of its own keeps its ending; a cover letter's quotes are no title.
        assert_eq!(
            plain_title("示例县关于加强安全生产工作的通知"),
            "示例县关于加强安全生产工作的通知"
        );
        assert!(!is_title_candidate(
            "关于印发《示例规划》《示例方案》分工方案"
        ));
        let l = lines("《示例市办公厅关于印发〈示例市2016年政务公开工作要点〉的通知》\n各区：\n一、甲。\n二、乙。");
        let t = lone_title(&l).unwrap();
        assert_eq!(
            forwarded_title(&t).as_deref(),
            Some("示例市2016年政务公开工作要点")
        );
    }

    #[test]
    fn title_of_flattened_text() {
        let l = lines(
            "示例省人民政府关于加快示例产业发展的意见示政发〔2024〕3号各市：现提出以下意见。",
        );
        assert_eq!(
            leading_title(&l).as_deref(),
            Some("示例省人民政府关于加快示例产业发展的意见")
        );
        assert_eq!(leading_title(&lines("一、甲。二、乙。")), None);
    }

    #[test]
    fn a_preamble_that_reports() {
        for a in REPORT_ADDRESSEES {
            assert!(preamble_reports(&lines(&format!("示例市{a}："))), "{a}");
            assert!(
                !preamble_reports(&lines(&format!("主动接受{a}监督。"))),
                "{a}"
            );
        }
        for p in REPORT_PHRASES {
            assert!(
                preamble_reports(&lines(&format!("现将有关情况{p}："))),
                "{p}"
            );
        }
        assert!(!preamble_reports(&lines(
            "各区人民政府：\n现将《工作要点》印发给你们。"
        )));
    }

    #[test]
    fn forwarded_page_and_file_titles() {
        for w in FORWARDING {
            assert_eq!(
                forwarded_title(&format!("示例市人民政府关于{w}《示例市工作要点》的通知"))
                    .as_deref(),
                Some("示例市工作要点"),
                "{w}"
            );
        }
        assert_eq!(
            forwarded_title("关于印发《〈示例方案〉实施办法》的通知").as_deref(),
            Some("〈示例方案〉实施办法")
        );
        assert_eq!(forwarded_title("关于做好《示例条例》宣传工作的通知"), None);
        assert_eq!(
            forwarded_title("关于印发《示例规划》《示例方案》分工方案的通知").as_deref(),
            Some("《示例规划》《示例方案》分工方案")
        );
        for sep in SITE_SEPARATORS {
            assert_eq!(
                title_from_page(&format!("示例市2025年工作要点{sep}示例市人民政府")).as_deref(),
                Some("示例市2025年工作要点"),
                "{sep:?}"
            );
        }
        assert_eq!(title_from_page(""), None);
        assert_eq!(
            title_from_file_name("a/b/示例计划.docx").as_deref(),
            Some("示例计划")
        );
        assert_eq!(title_from_file_name("-"), None);
    }

    #[test]
    fn title_lines_joined_as_a_cover_letter_quotes_them() {
        let l = lines("示例区人民政府关于印发 《示例区2025年重点工作\n任务分解和责任分工方案》的通知\n各街道：\n现将《示例区2025年重点工作任务分解和责任分工方案》印发给你们。\n示例区2025年重点工作\n\n任务分解和责任分工方案\n一、甲\n1.乙。\n2.丙。");
        assert_eq!(
            find_title(&l).unwrap().text,
            "示例区2025年重点工作任务分解和责任分工方案"
        );
        // Not quoted above: each line is a title of its own, the last one is kept.
        let l = lines("示例区2025年重点工作\n任务分解和责任分工方案\n一、甲\n1.乙。\n2.丙。");
        assert_eq!(find_title(&l).unwrap().text, "任务分解和责任分工方案");
    }

    #[test]
    fn title_over_three_lines_and_each_join() {
        for j in TITLE_JOINS {
            let l = lines(&format!(
                "示例市推进{j}\n示例工作方案\n一、甲\n(一)乙。\n(二)丙。"
            ));
            assert_eq!(
                find_title(&l).unwrap().text,
                format!("示例市推进{j}示例工作方案"),
                "{j}"
            );
        }
        let l = lines("示例县人民政府\n关于示例工作情况的\n报告\n一、甲\n(一)乙。\n(二)丙。");
        assert_eq!(
            find_title(&l).unwrap().text,
            "示例县人民政府关于示例工作情况的报告"
        );
        // At most three lines: a fourth line before, though it ends in a join, is not the title's.
        let l =
            lines("示例省2025年\n示例市推进的\n深化示例建设\n工作要点\n一、甲\n(一)乙。\n(二)丙。");
        assert_eq!(
            find_title(&l).unwrap().text,
            "示例市推进的深化示例建设工作要点"
        );
    }

    #[test]
    fn title_broken_over_two_lines() {
        let l = lines("示例县推进依法行政三大行动\n\n实施方案\n一、甲\n1.乙。\n2.丙。");
        assert_eq!(
            find_title(&l).unwrap().text,
            "示例县推进依法行政三大行动实施方案"
        );
        let l = lines("示例省人民政府关于加快\n示例产业发展的意见\n一、甲\n(一)乙。\n(二)丙。");
        assert_eq!(
            find_title(&l).unwrap().text,
            "示例省人民政府关于加快示例产业发展的意见"
        );
    }
}
