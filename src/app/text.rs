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
    Reading,
    CannotRead,
    NoTasks,
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
        "或把文件拖到这里（.txt .md .html .docx）",
        "or drop a file here (.txt .md .html .docx)",
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
];

/// The phrase for `key` in `lang`.
pub fn tr(lang: Lang, key: Text) -> &'static str {
    TABLE
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, zh, en)| if lang == Lang::Zh { *zh } else { *en })
        .unwrap_or("")
}
