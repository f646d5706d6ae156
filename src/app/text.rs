//! The page's words in Chinese and English, one table: a [`Text`] key → (中文, English).

use serde::{Deserialize, Serialize};

/// The page's language; Chinese first, the choice kept in localStorage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    /// 中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The code stored in localStorage and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language a stored code names; Chinese for anything else.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Zh
        }
    }
}

/// Every fixed phrase the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Title,
    Promise,
    SideA,
    SideAHint,
    SideB,
    SideBHint,
    ChooseFile,
    DropHere,
    PasteText,
    UsePasted,
    Cancel,
    TryExample,
    SwitchLang,
    Bytes,
    Swap,
    Clear,
    SeriesTitle,
    SeriesHint,
    SeriesChoose,
    SeriesTrack,
    SeriesMatrix,
    SeriesTooFew,
    SeriesRows,
    SeriesWork,
    SeriesAbsent,
    DropOnZone,
    OnlyTwoFiles,
    Reading,
    CannotRead,
    NoTasks,
    PastePlaceholder,
    PastedName,
    Documents,
    Kind,
    KindPlan,
    KindReport,
    Encoding,
    Tasks,
    Warnings,
    Goals,
    Summary,
    Pairs,
    Unchanged,
    Changed,
    NewInB,
    DroppedFromA,
    TargetChanges,
    GoalTargetChanges,
    GoalTargetsRow,
    UnitChanges,
    Search,
    SearchPlaceholder,
    ViewByTask,
    ViewByAgency,
    ViewTargets,
    FilterAll,
    FilterChanged,
    FilterTargets,
    FilterUnits,
    FilterNew,
    FilterDropped,
    FilterUnchanged,
    FilterUnmatched,
    Related,
    NoSameTask,
    OnlyInA,
    OnlyInB,
    ShowMore,
    Wording,
    Metric,
    Change,
    Direction,
    Stricter,
    Looser,
    Units,
    Unpair,
    PairWith,
    PairWithA,
    ResetPairing,
    Undo,
    Export,
    NoRows,
    Agency,
    LeadsInA,
    LeadsInB,
    Gained,
    Lost,
    Task,
    Comparing,
    /// The status line while a PDF is read (the first one also loads the PDF module).
    ReadingPdf,
    RowsHint,
    Lead,
    Responsible,
    NoneListed,
    Filter,
    TargetCountsLabel,
    FiltersByTaskOnly,
    ExportsAll,
    ViewDocuments,
    PrevChange,
    NextChange,
    ChangesHint,
    BackToDocuments,
    ShowRow,
    LegendDeleted,
    LegendInserted,
    /// Legend: text only A has (two places).
    LegendOnlyA,
    /// Legend: text only B has (two places).
    LegendOnlyB,
    NoChanges,
    ChangeNav,
    IgnoreLegend,
    IgnoreWidth,
    IgnoreSpace,
    IgnoreNumbering,
    IgnoreHint,
    Elsewhere,
    Alike,
    Note,
    NoteLabel,
    NoteSave,
    NoteHint,
}

/// (key, 中文, English): one row per phrase.
const TABLE: &[(Text, &str, &str)] = &[
    (Text::Title, "PlanDiff 计划比对", "PlanDiff plan comparison"),
    (
        Text::Promise,
        "文件只在本机浏览器中读取，不会上传到任何地方。",
        "Files are read in this browser only; nothing is uploaded.",
    ),
    (Text::SideA, "A 基准", "A (base)"),
    (Text::SideAHint, "如上一年、甲市", "e.g. last year, city A"),
    (Text::SideB, "B 对照", "B (compare)"),
    (Text::SideBHint, "如本年、乙市", "e.g. this year, city B"),
    (Text::ChooseFile, "选择文件", "Choose a file"),
    (
        Text::DropHere,
        "或把文件拖到这里（.txt .md .html .docx .pdf .ofd）",
        "or drop a file here (.txt .md .html .docx .pdf .ofd)",
    ),
    (Text::PasteText, "粘贴文本", "Paste text"),
    (Text::UsePasted, "使用粘贴的文本", "Use pasted text"),
    (Text::Cancel, "取消", "Cancel"),
    (
        Text::TryExample,
        "试用示例（示例市 2023 与 2024）",
        "Try an example (示例市 2023 vs 2024)",
    ),
    (Text::SwitchLang, "English", "中文"),
    (Text::Bytes, "字节", "bytes"),
    (Text::Swap, "交换 A 与 B", "Swap A and B"),
    (Text::Clear, "清除", "Clear"),
    (
        Text::SeriesTitle,
        "多份文件：按年份跟踪，或多地对照",
        "More files: follow a plan over the years, or compare places",
    ),
    (
        Text::SeriesHint,
        "选择两份以上文件（按年份跟踪时请按从早到晚的顺序选择），每行是一项工作在各文件中的任务、指标和牵头单位。",
        "Choose two or more files (oldest first to follow a plan over the years); each row is a line of work with its tasks, targets and leads in each file.",
    ),
    (Text::SeriesChoose, "选择多份文件", "Choose files"),
    (Text::SeriesTrack, "按年份跟踪", "Follow over the years"),
    (Text::SeriesMatrix, "多地对照", "Compare places"),
    (
        Text::SeriesTooFew,
        "请至少选择两份文件。",
        "Choose at least two files.",
    ),
    (Text::SeriesRows, "行", "rows"),
    (Text::SeriesWork, "工作", "Work"),
    (Text::SeriesAbsent, "无", "none"),
    (
        Text::DropOnZone,
        "两边都已有文件：要替换，请把文件拖到 A 或 B 框内。",
        "Both sides hold a file: to replace one, drop the file on box A or B.",
    ),
    (
        Text::OnlyTwoFiles,
        "一次只比较两份文件：已使用前两份。",
        "Two files are compared at a time: the first two were used.",
    ),
    (Text::Reading, "正在读取…", "Reading…"),
    (
        Text::CannotRead,
        "无法读取该文件，请确认文件未被占用或另存后重新选择",
        "cannot read this file; check it is not locked, or save a copy and choose it again",
    ),
    (
        Text::NoTasks,
        "没有找到编号任务（如“一、”“（一）”“1.”），请确认选择的是工作要点或工作计划正文",
        "no numbered tasks found (一、 (一) 1.); check that this is the plan's text",
    ),
    (
        Text::PastePlaceholder,
        "把计划正文粘贴到这里",
        "Paste the plan's text here",
    ),
    (Text::PastedName, "粘贴的文本", "pasted text"),
    (Text::Documents, "文件", "Documents"),
    (Text::Kind, "类型", "Kind"),
    (Text::KindPlan, "计划", "plan"),
    (Text::KindReport, "报告", "report"),
    (Text::Encoding, "编码", "Encoding"),
    (Text::Tasks, "任务数", "Tasks"),
    (Text::Warnings, "解析提示", "Parse warnings"),
    (Text::Goals, "目标（不计入任务）", "Goals (not tasks)"),
    (Text::Summary, "概况", "Summary"),
    (Text::Pairs, "配对", "Pairs"),
    (Text::Unchanged, "未变", "unchanged"),
    (Text::Changed, "有变化", "changed"),
    (Text::NewInB, "B 新增", "new in B"),
    (Text::DroppedFromA, "A 删去", "dropped from A"),
    (Text::TargetChanges, "指标变化", "target changes"),
    (Text::GoalTargetChanges, "总体目标指标变化", "goal target changes"),
    (Text::GoalTargetsRow, "总体目标", "Goals"),
    (Text::UnitChanges, "单位变化", "unit changes"),
    (Text::Search, "搜索", "Search"),
    (
        Text::SearchPlaceholder,
        "任务文字、编号或单位",
        "task text, number or agency",
    ),
    (Text::ViewByTask, "按任务", "By task"),
    (Text::ViewByAgency, "按单位", "By agency"),
    (Text::ViewTargets, "指标", "Targets"),
    (Text::ViewDocuments, "对照阅读", "Side by side"),
    (Text::PrevChange, "上一处改动", "Previous change"),
    (Text::NextChange, "下一处改动", "Next change"),
    (
        Text::ChangesHint,
        "按 n / p 键逐一查看有改动的任务；点击任务可在“按任务”中查看该行。",
        "Press n / p to visit each changed task; click a task to see its row in By task.",
    ),
    (
        Text::BackToDocuments,
        "← 返回对照阅读",
        "← Back to side by side",
    ),
    (Text::ShowRow, "在“按任务”中查看", "Show in By task"),
    (Text::LegendDeleted, "A 中删去的文字", "text deleted from A"),
    (Text::LegendInserted, "B 中新增的文字", "text inserted in B"),
    (Text::LegendOnlyA, "仅 A 有的文字", "text only in A"),
    (Text::LegendOnlyB, "仅 B 有的文字", "text only in B"),
    (Text::NoChanges, "没有改动的任务", "No changed tasks"),
    (Text::ChangeNav, "逐处查看改动", "Visit the changes"),
    (Text::FilterAll, "全部", "all"),
    (Text::FilterChanged, "有变化", "changed"),
    (Text::FilterTargets, "指标有变", "target changed"),
    (Text::FilterUnits, "单位有变", "agency changed"),
    (Text::FilterNew, "新增", "new"),
    (Text::FilterDropped, "删去", "dropped"),
    (Text::FilterUnchanged, "未变", "unchanged"),
    (
        Text::FilterUnmatched,
        "只有相关/无对应",
        "related only / unmatched",
    ),
    (
        Text::Related,
        "相关任务（非同一任务）",
        "Related tasks (not the same task)",
    ),
    (
        Text::NoSameTask,
        "无同一任务；相关",
        "no same task; related",
    ),
    (Text::OnlyInA, "仅 A 有（删去）", "only in A (dropped)"),
    (Text::OnlyInB, "仅 B 有（新增）", "only in B (new)"),
    (Text::ShowMore, "显示更多", "Show more"),
    (Text::Wording, "措辞", "Wording"),
    (Text::Metric, "指标", "Metric"),
    (Text::Change, "变化", "Change"),
    (Text::Direction, "要求", "Direction"),
    (Text::Stricter, "更严", "stricter"),
    (Text::Looser, "更松", "looser"),
    (Text::Units, "单位", "Units"),
    (Text::Unpair, "取消配对", "Unpair"),
    (Text::PairWith, "与 B 的任务配对…", "Pair with a task of B…"),
    (Text::PairWithA, "与 A 的任务配对…", "Pair with a task of A…"),
    (Text::ResetPairing, "恢复自动配对", "Reset pairing"),
    (Text::Undo, "撤销上一次配对修改", "Undo the last pairing change"),
    (Text::Export, "导出", "Export"),
    (Text::NoRows, "没有符合条件的任务", "No task matches"),
    (Text::Agency, "单位", "Agency"),
    (Text::LeadsInA, "A 中牵头", "leads in A"),
    (Text::LeadsInB, "B 中牵头", "leads in B"),
    (Text::Gained, "新增牵头", "gained"),
    (Text::Lost, "不再牵头", "lost"),
    (Text::Task, "任务", "Task"),
    (Text::Comparing, "正在比较…", "Comparing…"),
    (
        Text::ReadingPdf,
        "正在读取 PDF…（首次读取需加载 PDF 模块，稍候）",
        "Reading the PDF… (the first one loads the PDF reader: a moment)",
    ),
    (
        Text::RowsHint,
        "↑↓ 或 j/k 移动，Enter 展开，Esc 收起",
        "↑↓ or j/k to move, Enter to open, Esc to close",
    ),
    (Text::Lead, "牵头", "lead"),
    (Text::Responsible, "责任", "responsible"),
    (Text::NoneListed, "无", "none"),
    (Text::Filter, "筛选", "Filter"),
    (
        Text::TargetCountsLabel,
        "指标变化按类：",
        "target changes by kind:",
    ),
    (
        Text::FiltersByTaskOnly,
        "筛选只作用于“按任务”；搜索作用于当前视图",
        "filters apply to “By task”; search applies to the current view",
    ),
    (
        Text::ExportsAll,
        "导出全部任务（不受筛选和搜索影响）",
        "exports hold every task (filters and search not applied)",
    ),
    (
        Text::IgnoreLegend,
        "比较措辞时忽略",
        "When comparing wording, ignore",
    ),
    (
        Text::IgnoreWidth,
        "全角/半角（：与 :）",
        "full/half width (： and :)",
    ),
    (Text::IgnoreSpace, "空白", "white space"),
    (
        Text::IgnoreNumbering,
        "仅序号不同（①与②）",
        "numbering only (① and ②)",
    ),
    (
        Text::IgnoreHint,
        "默认忽略全角/半角和空白；忽略的差异不算改动、不标出，设置会记住",
        "full/half width and white space are ignored by default; ignored differences are not counted or marked; remembered",
    ),
    (
        Text::Elsewhere,
        "在拆分/合并的另一项中：",
        "in the other part of the split/merge: ",
    ),
    (Text::Alike, "仅格式不同，A 为：", "differs only in form; A has: "),
    (Text::Note, "备注", "Note"),
    (Text::NoteLabel, "本行备注", "Note on this row"),
    (Text::NoteSave, "保存备注", "Save note"),
    (
        Text::NoteHint,
        "备注与配对修改一起保存在本机（恢复自动配对时一并清除），并随导出文件导出",
        "kept on this computer with the pairing corrections (reset clears both) and in the exports",
    ),
];

/// The phrase for `key` in `lang`.
pub fn tr(lang: Lang, key: Text) -> &'static str {
    TABLE
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, zh, en)| if lang == Lang::Zh { *zh } else { *en })
        .unwrap_or("")
}

use crate::model::{Comparison, PairKind, TargetChangeKind, UnitChangeKind};
pub use crate::report::labels::Voice;

/// Target change kinds: (kind, JSON name, 中文).
const TARGET_CHANGES: [(TargetChangeKind, &str, &str); 6] = [
    (TargetChangeKind::Same, "same", "不变"),
    (TargetChangeKind::Raised, "raised", "提高"),
    (TargetChangeKind::Lowered, "lowered", "降低"),
    (TargetChangeKind::New, "new", "新增"),
    (TargetChangeKind::Dropped, "dropped", "删去"),
    (TargetChangeKind::Changed, "changed", "变化"),
];

/// The JSON name of a target change kind (`raised`), used in class names.
pub fn target_change_code(kind: TargetChangeKind) -> &'static str {
    TARGET_CHANGES
        .iter()
        .find(|row| row.0 == kind)
        .map_or("", |row| row.1)
}

/// How a target change reads (`raised` → 提高; across two places `海原县较高`, see
/// [`Voice`]).
pub fn target_change(lang: Lang, voice: &Voice, kind: TargetChangeKind) -> String {
    match (lang, voice) {
        (Lang::Zh, _) => voice.target_change(kind),
        (Lang::En, Voice::Time) => target_change_code(kind).to_string(),
        (Lang::En, Voice::Places(a, b)) => match kind {
            TargetChangeKind::Same => "same".to_string(),
            TargetChangeKind::Raised => format!("higher in {b}"),
            TargetChangeKind::Lowered => format!("lower in {b}"),
            TargetChangeKind::New => format!("only in {b}"),
            TargetChangeKind::Dropped => format!("only in {a}"),
            TargetChangeKind::Changed => "different".to_string(),
        },
    }
}

/// How a target change named by its JSON name reads (`raised` → 提高); unknown names as is.
pub fn target_change_named(lang: Lang, voice: &Voice, code: &str) -> String {
    TARGET_CHANGES
        .iter()
        .find(|row| row.1 == code)
        .map_or(code.to_string(), |row| target_change(lang, voice, row.0))
}

/// How a unit change reads (`added` → 新增, across two places `仅海原县有`): in Chinese the
/// exports' own word, so the page and its exports agree.
pub fn unit_change(lang: Lang, voice: &Voice, kind: UnitChangeKind) -> String {
    match (lang, voice) {
        (Lang::Zh, _) => voice.unit_change(kind),
        (Lang::En, Voice::Places(a, b)) => match kind {
            UnitChangeKind::Added => format!("only in {b}"),
            UnitChangeKind::Removed => format!("only in {a}"),
            UnitChangeKind::Moved => "other role".to_string(),
            UnitChangeKind::Renamed => "other name".to_string(),
        },
        (Lang::En, Voice::Time) => match kind {
            UnitChangeKind::Added => "added",
            UnitChangeKind::Removed => "removed",
            UnitChangeKind::Moved => "moved",
            UnitChangeKind::Renamed => "renamed",
        }
        .to_string(),
    }
}

/// The headings of an agency's tasks led in B and not in A, and in A and not in B: `新增牵头`
/// / `gained`, across two places `仅海原县牵头` / `only in 海原县`.
pub fn lead_columns(lang: Lang, voice: &Voice) -> (String, String) {
    match (lang, voice) {
        (Lang::Zh, _) => voice.lead_columns(),
        (Lang::En, Voice::Time) => (tr(lang, Text::Gained).into(), tr(lang, Text::Lost).into()),
        (Lang::En, Voice::Places(a, b)) => (format!("only in {b}"), format!("only in {a}")),
    }
}

/// How tasks only in one document (`in_a`, else B) read: across two places (see
/// [`crate::report::labels::places`]) `仅海口市有` / `only in 海口市`, since 删去/新增 imply time;
/// else the short (`A 删去`) or the long (`仅 A 有（删去）`) phrase.
pub fn only_in(lang: Lang, c: &Comparison, in_a: bool, long: bool) -> String {
    if let Some((a, b)) = crate::report::labels::places(c) {
        let place = if in_a { a } else { b };
        return match lang {
            Lang::Zh => format!("仅{place}有"),
            Lang::En => format!("only in {place}"),
        };
    }
    let key = match (in_a, long) {
        (true, false) => Text::DroppedFromA,
        (false, false) => Text::NewInB,
        (true, true) => Text::OnlyInA,
        (false, true) => Text::OnlyInB,
    };
    tr(lang, key).to_string()
}

/// Which change of how many is shown: `第 3 / 12 处改动`, `change 3 of 12`; before any,
/// `共 12 处改动`, `12 changes`.
pub fn change_position(lang: Lang, at: Option<usize>, count: usize) -> String {
    match (lang, at) {
        (Lang::Zh, Some(k)) => format!("第 {} / {count} 处改动", k + 1),
        (Lang::Zh, None) => format!("共 {count} 处改动"),
        (Lang::En, Some(k)) => format!("change {} of {count}", k + 1),
        (Lang::En, None) => format!("{count} changes"),
    }
}

/// How a pair's kind reads (`split` → 拆分).
pub fn pair_kind(lang: Lang, kind: PairKind) -> &'static str {
    let (zh, en) = match kind {
        PairKind::Match => ("对应", "match"),
        PairKind::Split => ("拆分", "split"),
        PairKind::Merged => ("合并", "merged"),
        PairKind::Manual => ("手动", "manual"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// The `data-kind` value of a pair (the JSON name).
pub fn pair_kind_code(kind: PairKind) -> &'static str {
    match kind {
        PairKind::Match => "match",
        PairKind::Split => "split",
        PairKind::Merged => "merged",
        PairKind::Manual => "manual",
    }
}

/// `name：message` in Chinese, `name: message` in English.
pub fn about_file(lang: Lang, name: &str, message: &str) -> String {
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    [name, colon, message].concat()
}

/// A file that could not be read, in the page's language: the file, what is wrong, what to do.
/// Chinese is the core's own message; English is worded per kind here.
pub fn parse_error(lang: Lang, err: &crate::ParseError) -> String {
    match (lang, error_en(err.kind)) {
        (Lang::En, Some(en)) => about_file(lang, &err.file, &en),
        _ => err.to_string(),
    }
}

/// The English sentence for an error kind; `None` for unclassified errors.
fn error_en(kind: crate::ErrorKind) -> Option<String> {
    use crate::ErrorKind as K;
    let fixed = match kind {
        K::Other => return None,
        K::TooLarge { tenths, limit_mb } => {
            return Some(format!(
                "{}.{} MB, over the {limit_mb} MB limit: check it is the right file, or split it",
                tenths / 10,
                tenths % 10
            ))
        }
        K::TextTooLarge { limit_mb } => {
            return Some(format!(
                "text over the {limit_mb} MB limit: check it is the right file, or split it"
            ))
        }
        K::Empty => "empty file (0 bytes): choose the plan file",
        K::Pdf => "not a readable PDF (damaged or cut short): download it again, or export it again",
        K::EncryptedPdf => "a password-protected PDF: remove the password, or copy the text into a .txt file",
        K::ScannedPdf => "a scanned PDF (pictures, no text layer): it needs OCR first, then save as .docx or .txt",
        K::UnmappedPdf => "a PDF whose fonts have no character map: export it again with fonts embedded, or copy the text into a .txt file",
        K::PdfNeedsCli => "the PDF reader could not be loaded (it runs in a Web Worker): use a current Chrome, Edge or Firefox, the plandiff command-line tool, or save the text as .txt or .docx",
        K::Ofd => "not a readable OFD file (damaged or cut short): download it again, or export it again",
        K::OldOffice | K::Rtf | K::NotZip | K::CorruptDocx | K::NoDocument => {
            "not a readable .docx: open it in Word and save as .docx"
        }
        K::Wps => "an old WPS file: save it as .docx in WPS",
        K::Image => "a picture, no text to read: give the plan as .txt, .docx or .html",
        K::Archive => "an archive: unpack it and choose the .txt, .docx or .html inside",
        K::Mht => "an .mht page: save it from the browser as HTML only (.html)",
        K::NotText | K::Excel | K::PowerPoint | K::NotWord => {
            "not a text document: save the plan's text as .docx or .txt"
        }
        K::Encoding => "unknown text encoding: save it as UTF-8 .txt",
        K::NoText => "no text in the file: check it is the right file",
        K::NoTextInWord => "no text in the Word document (only pictures?): give a file with text",
        K::Encrypted => "a password-protected document: remove the password, save as .docx",
    };
    Some(fixed.to_string())
}

/// A file size as a reader reads it: `812 字节`, `12.4 KB`, `1.3 MB`.
pub fn size(lang: Lang, bytes: usize) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} {}", tr(lang, Text::Bytes))
    } else if b < KB * KB {
        format!("{:.1} KB", b / KB)
    } else {
        format!("{:.1} MB", b / (KB * KB))
    }
}
