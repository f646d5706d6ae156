//! Word's automatic numbering: `word/numbering.xml` and paragraph styles → the label each
//! numbered paragraph shows (`一、`, `（一）`, `1.`), counted the way Word counts.
//!
//! Without this the labels are lost: a .docx stores `<w:numPr>` on the paragraph, not the text
//! `（一）`, and the outline stage needs the text.

use std::collections::HashMap;

use super::numfmt;
use super::xml::{attr, Event, Scanner};

/// Levels a list has in Word (`w:ilvl` 0–8).
const LEVELS: usize = 9;

/// One level of a list definition (`w:lvl`).
#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<u32>,
    format: Option<String>,
    text: Option<String>,
    restart: Option<u32>,
    legal: bool,
    suffix: Option<String>,
    style: Option<String>,
}

impl Level {
    fn start(&self) -> u32 {
        self.start.unwrap_or(1)
    }

    fn format(&self) -> &str {
        self.format.as_deref().unwrap_or("decimal")
    }
}

/// A list definition (`w:abstractNum`).
#[derive(Debug, Clone, Default)]
struct AbstractNum {
    /// The levels defined, up to the deepest (a level not defined reads as the default); kept
    /// short because a crafted file may define a hundred thousand lists of one level each.
    levels: Vec<Level>,
    /// `w:numStyleLink`: the levels are those of the list a numbering style points to.
    style_link: Option<String>,
}

/// A list instance (`w:num`): a definition plus per-level overrides.
#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    start_overrides: [Option<u32>; LEVELS],
    /// Levels redefined by the instance (`w:lvlOverride/w:lvl`), by index.
    level_overrides: Vec<(usize, Level)>,
}

/// A map from string ids to values, in insertion order, indexed by a hash map of positions: a
/// crafted numbering.xml or styles.xml may hold a hundred thousand ids, and a scan per lookup
/// made reading it quadratic. One `HashMap<String, usize>` for every value type keeps the page's
/// wasm small (the outline stage has the same instantiation).
#[derive(Debug)]
struct Table<V> {
    entries: Vec<(String, V)>,
    index: HashMap<String, usize>,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table {
            entries: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<V: Default> Table<V> {
    /// The value of `key`, inserted as the default when absent.
    fn entry_or_default(&mut self, key: String) -> &mut V {
        let at = match self.index.get(&key) {
            Some(&at) => at,
            None => {
                self.entries.push((key.clone(), V::default()));
                self.index.insert(key, self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        &mut self.entries[at].1
    }
}

impl<V> Table<V> {
    fn get(&self, key: &str) -> Option<&V> {
        self.index.get(key).map(|&at| &self.entries[at].1)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.index.get(key).map(|&at| &mut self.entries[at].1)
    }

    fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// The numbering definitions of one document and the counters of the lists seen so far.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: Table<AbstractNum>,
    nums: Table<Num>,
    counters: Table<[Option<u32>; LEVELS]>,
}

fn level_index(attrs: &str) -> Option<usize> {
    attr(attrs, "ilvl")
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|i| *i < LEVELS)
}

fn number(attrs: &str) -> Option<u32> {
    attr(attrs, "val").and_then(|v| v.trim().parse::<u32>().ok())
}

/// Where in numbering.xml the scan is.
enum Scope {
    Outside,
    Abstract(String),
    Num(String),
}

impl Numbering {
    /// Reads `word/numbering.xml`. Unknown or malformed parts are skipped.
    pub fn parse(xml: &str) -> Self {
        let mut numbering = Numbering::default();
        let mut scope = Scope::Outside;
        // The level being defined: (index, inside a w:lvlOverride).
        let mut level: Option<(usize, bool)> = None;
        let mut override_level: Option<usize> = None;
        for event in Scanner::new(xml) {
            match event {
                Event::Start { name, attrs, empty } => match name {
                    "abstractNum" if !empty => {
                        let id = attr(attrs, "abstractNumId").unwrap_or_default();
                        numbering.abstracts.entry_or_default(id.clone());
                        scope = Scope::Abstract(id);
                    }
                    "num" if !empty => {
                        let id = attr(attrs, "numId").unwrap_or_default();
                        numbering.nums.entry_or_default(id.clone());
                        scope = Scope::Num(id);
                    }
                    "lvlOverride" if !empty => override_level = level_index(attrs),
                    "lvl" if !empty => {
                        level = match (&scope, override_level) {
                            (Scope::Num(_), Some(i)) => Some((i, true)),
                            (Scope::Abstract(_), _) => level_index(attrs).map(|i| (i, false)),
                            _ => None,
                        };
                    }
                    _ => numbering.read_field(&scope, level, override_level, name, attrs),
                },
                Event::End { name } => match name {
                    "abstractNum" | "num" => scope = Scope::Outside,
                    "lvl" => level = None,
                    "lvlOverride" => override_level = None,
                    _ => {}
                },
                Event::Text(_) => {}
            }
        }
        numbering
    }

    /// Stores one property element found inside a list definition or instance.
    fn read_field(
        &mut self,
        scope: &Scope,
        level: Option<(usize, bool)>,
        override_level: Option<usize>,
        name: &str,
        attrs: &str,
    ) {
        match (scope, name) {
            (Scope::Num(id), "abstractNumId") => {
                if let Some(num) = self.nums.get_mut(id) {
                    num.abstract_id = attr(attrs, "val").unwrap_or_default();
                }
            }
            (Scope::Num(id), "startOverride") if level.is_none() => {
                if let (Some(num), Some(i)) = (self.nums.get_mut(id), override_level) {
                    num.start_overrides[i] = number(attrs);
                }
            }
            (Scope::Abstract(id), "numStyleLink") if level.is_none() => {
                if let Some(def) = self.abstracts.get_mut(id) {
                    def.style_link = attr(attrs, "val");
                }
            }
            _ => {
                let Some(target) = self.level_mut(scope, level) else {
                    return;
                };
                match name {
                    "start" => target.start = number(attrs),
                    "numFmt" => target.format = attr(attrs, "val"),
                    "lvlText" => target.text = attr(attrs, "val"),
                    "lvlRestart" => target.restart = number(attrs),
                    "isLgl" => target.legal = attr(attrs, "val").is_none_or(|v| is_true(&v)),
                    "suff" => target.suffix = attr(attrs, "val"),
                    "pStyle" => target.style = attr(attrs, "val"),
                    _ => {}
                }
            }
        }
    }

    fn level_mut(&mut self, scope: &Scope, level: Option<(usize, bool)>) -> Option<&mut Level> {
        let (i, in_override) = level?;
        match scope {
            Scope::Abstract(id) if !in_override && i < LEVELS => {
                let levels = &mut self.abstracts.get_mut(id)?.levels;
                if levels.len() <= i {
                    levels.resize_with(i + 1, Level::default);
                }
                levels.get_mut(i)
            }
            Scope::Num(id) if in_override && i < LEVELS => {
                let overrides = &mut self.nums.get_mut(id)?.level_overrides;
                let at = match overrides.iter().position(|(k, _)| *k == i) {
                    Some(at) => at,
                    None => {
                        overrides.push((i, Level::default()));
                        overrides.len() - 1
                    }
                };
                overrides.get_mut(at).map(|(_, level)| level)
            }
            _ => None,
        }
    }

    /// Points lists whose definition only links to a numbering style (`w:numStyleLink`, as Word
    /// writes multilevel list styles) at the definition that style's list uses.
    pub fn resolve_style_links(&mut self, styles: &Styles) {
        let mut targets = Vec::new();
        for (num_id, num) in self.nums.iter() {
            let Some(link) = self
                .abstracts
                .get(&num.abstract_id)
                .and_then(|def| def.style_link.as_deref())
            else {
                continue;
            };
            let target = styles
                .numbering_of(link)
                .0
                .and_then(|linked| self.nums.get(&linked))
                .map(|linked| linked.abstract_id.clone())
                .filter(|id| {
                    self.abstracts
                        .get(id)
                        .is_some_and(|d| d.style_link.is_none())
                });
            if let Some(target) = target {
                targets.push((num_id.clone(), target));
            }
        }
        for (num_id, target) in targets {
            if let Some(num) = self.nums.get_mut(&num_id) {
                num.abstract_id = target;
            }
        }
    }

    /// The level of list `num_id` that is bound to paragraph style `style` (`w:lvl/w:pStyle`).
    pub fn level_of_style(&self, num_id: &str, style: &str) -> Option<usize> {
        let num = self.nums.get(num_id)?;
        let def = self.abstracts.get(&num.abstract_id)?;
        def.levels
            .iter()
            .position(|l| l.style.as_deref() == Some(style))
    }

    /// Counts one more paragraph of list `num_id` at level `ilvl` and returns its label with
    /// the separator Word puts after it (`一、`, `（一）`, `1. `), or `None` when the list is
    /// unknown, a bullet, or numbering is switched off (`numId` 0).
    pub fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let num = self.nums.get(num_id)?;
        let def = self.abstracts.get(&num.abstract_id)?;
        let ilvl = ilvl.min(LEVELS - 1);
        let levels: Vec<Level> = (0..LEVELS)
            .map(|i| {
                let overridden = num.level_overrides.iter().find(|(k, _)| *k == i);
                let mut level = overridden
                    .map(|(_, level)| level)
                    .or_else(|| def.levels.get(i))
                    .cloned()
                    .unwrap_or_default();
                if let Some(start) = num.start_overrides[i] {
                    level.start = Some(start);
                }
                level
            })
            .collect();
        // Word counts per list definition; an instance that restarts counts on its own.
        let key = if num.start_overrides.iter().any(Option::is_some) {
            format!("num:{num_id}")
        } else {
            format!("abstract:{}", num.abstract_id)
        };
        let counters = self.counters.entry_or_default(key);
        let current = &levels[ilvl];
        counters[ilvl] = Some(counters[ilvl].map_or(current.start(), |v| v.saturating_add(1)));
        for (k, level) in levels.iter().enumerate().skip(ilvl + 1) {
            if (ilvl as u32) < level.restart.unwrap_or(k as u32) {
                counters[k] = None;
            }
        }
        if current.format() == "bullet" {
            return None;
        }
        let text = current.text.as_deref().unwrap_or("");
        let mut label = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars.peek().and_then(|d| d.to_digit(10));
            match (c, digit) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let k = d as usize - 1;
                    let value = counters[k].unwrap_or(levels[k].start());
                    let format = if current.legal {
                        "decimal"
                    } else {
                        levels[k].format()
                    };
                    label.push_str(&numfmt::format(value, format));
                }
                // Symbol-font glyphs (private use) mean nothing as text.
                (c, _) if ('\u{E000}'..='\u{F8FF}').contains(&c) => {}
                (c, _) => label.push(c),
            }
        }
        if label.is_empty() {
            return None;
        }
        let ends_in_punctuation = label.ends_with(|c: char| "、，,.．)）]】」:：".contains(c));
        if current.suffix.as_deref() != Some("nothing") && !ends_in_punctuation {
            label.push(' ');
        }
        Some(label)
    }
}

fn is_true(v: &str) -> bool {
    !matches!(v, "0" | "false" | "off")
}

/// Paragraph styles that carry numbering (`w:style/w:pPr/w:numPr`), with their `basedOn` chain.
#[derive(Debug, Default)]
pub struct Styles {
    styles: Table<StyleNumbering>,
    /// Per style (in the table's order), the list it is numbered with once `basedOn` is
    /// followed: resolved once for all, so a long chain is walked once, not once per paragraph.
    resolved: Vec<StyleList>,
}

#[derive(Debug, Default, Clone)]
struct StyleNumbering {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

/// The list (`numId`, `ilvl`) a style numbers its paragraphs with, each from the nearest style
/// in its `basedOn` chain that sets it.
type StyleList = (Option<String>, Option<usize>);

/// Where a style is in [`Styles::resolve_chains`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    New,
    OnPath,
    Done,
}

impl Styles {
    /// Reads `word/styles.xml`.
    pub fn parse(xml: &str) -> Self {
        let mut styles = Styles::default();
        let mut current: Option<String> = None;
        for event in Scanner::new(xml) {
            match event {
                Event::Start {
                    name: "style",
                    attrs,
                    empty: false,
                } => {
                    current = attr(attrs, "styleId");
                    if let Some(id) = &current {
                        styles.styles.entry_or_default(id.clone());
                    }
                }
                Event::Start { name, attrs, .. } => {
                    let Some(style) = current.as_ref().and_then(|id| styles.styles.get_mut(id))
                    else {
                        continue;
                    };
                    match name {
                        "basedOn" => style.based_on = attr(attrs, "val"),
                        "numId" => style.num_id = attr(attrs, "val"),
                        "ilvl" => style.ilvl = number(attrs).map(|n| n as usize),
                        _ => {}
                    }
                }
                Event::End { name: "style" } => current = None,
                _ => {}
            }
        }
        styles.resolve_chains();
        styles
    }

    /// Follows every `basedOn` chain once, in linear time: each style is resolved from its
    /// parent's result. A loop (a corrupt file) is cut where it closes.
    fn resolve_chains(&mut self) {
        let entries = &self.styles.entries;
        let parent: Vec<Option<usize>> = entries
            .iter()
            .map(|(_, s)| {
                let based_on = s.based_on.as_deref()?;
                self.styles.index.get(based_on).copied()
            })
            .collect();
        let mut resolved: Vec<StyleList> = vec![(None, None); entries.len()];
        let mut visit = vec![Visit::New; entries.len()];
        let mut path = Vec::new();
        for start in 0..entries.len() {
            let mut at = Some(start);
            while let Some(i) = at.filter(|&i| visit[i] == Visit::New) {
                visit[i] = Visit::OnPath;
                path.push(i);
                at = parent[i];
            }
            // The chain ends, joins a resolved style, or loops back onto itself.
            let mut inherited = match at {
                Some(i) if visit[i] == Visit::Done => resolved[i].clone(),
                _ => (None, None),
            };
            while let Some(i) = path.pop() {
                let style = &entries[i].1;
                inherited = (
                    style.num_id.clone().or(inherited.0),
                    style.ilvl.or(inherited.1),
                );
                resolved[i] = inherited.clone();
                visit[i] = Visit::Done;
            }
        }
        self.resolved = resolved;
    }

    /// The list (`numId`, `ilvl`) a paragraph of style `id` is numbered with, following
    /// `basedOn`.
    pub fn numbering_of(&self, id: &str) -> (Option<String>, Option<usize>) {
        self.styles
            .index
            .get(id)
            .and_then(|&at| self.resolved.get(at))
            .cloned()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-level list as Word writes it: `一、` then `（一）`, restarting under each section.
    const NUMBERING: &str = r#"<w:numbering xmlns:w="x">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
          <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
          <w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
          <w:lvlText w:val="%3."/><w:lvlRestart w:val="1"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
          <w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
          <w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>"#;

    fn labels(numbering: &mut Numbering, paragraphs: &[(&str, usize)]) -> Vec<String> {
        paragraphs
            .iter()
            .map(|(id, lvl)| numbering.next_label(id, *lvl).unwrap_or_default())
            .collect()
    }

    #[test]
    fn sections_and_tasks_count_and_restart() {
        let mut n = Numbering::parse(NUMBERING);
        let got = labels(
            &mut n,
            &[
                ("1", 0),
                ("1", 1),
                ("1", 1),
                ("1", 0),
                ("1", 1),
                ("1", 2),
                ("1", 2),
            ],
        );
        assert_eq!(
            got,
            ["一、", "（一）", "（二）", "二、", "（一）", "1.", "2."]
        );
    }

    #[test]
    fn level_restart_zero_and_its_level() {
        let mut n = Numbering::parse(NUMBERING);
        // Level 2 restarts only after level 0 (lvlRestart 1), not after level 1.
        let got = labels(
            &mut n,
            &[("1", 0), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 2)],
        );
        assert_eq!(got, ["一、", "1.", "（一）", "2.", "二、", "1."]);
    }

    #[test]
    fn instances_share_counters_unless_they_restart() {
        let mut n = Numbering::parse(NUMBERING);
        let got = labels(&mut n, &[("1", 1), ("1", 1), ("3", 1), ("3", 1), ("1", 1)]);
        assert_eq!(got, ["（一）", "（二）", "（五）", "（六）", "（三）"]);
    }

    #[test]
    fn bullets_unknown_lists_and_off_give_nothing() {
        let mut n = Numbering::parse(NUMBERING);
        assert_eq!(n.next_label("2", 0), None);
        assert_eq!(n.next_label("0", 0), None);
        assert_eq!(n.next_label("99", 0), None);
    }

    #[test]
    fn legal_numbering_uses_digits_and_suffix_space() {
        let mut n = Numbering::parse(NUMBERING);
        let got = labels(&mut n, &[("4", 0), ("4", 1), ("4", 1)]);
        assert_eq!(got, ["1.1 ", "1.1 ", "1.2 "]);
    }

    #[test]
    fn a_list_linked_to_a_numbering_style_uses_that_style_s_list() {
        let numbering = r#"<w:numbering>
          <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
          <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
          <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;
        let styles = r#"<w:styles><w:style w:type="numbering" w:styleId="PlanList">
          <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#;
        let mut n = Numbering::parse(numbering);
        n.resolve_style_links(&Styles::parse(styles));
        assert_eq!(
            labels(&mut n, &[("2", 0), ("1", 0), ("2", 0)]),
            ["一、", "二、", "三、"]
        );
    }

    #[test]
    fn styles_follow_based_on() {
        let xml = r#"<w:styles>
          <w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
        </w:styles>"#;
        let styles = Styles::parse(xml);
        assert_eq!(styles.numbering_of("H2"), (Some("1".into()), Some(1)));
        assert_eq!(styles.numbering_of("Loop"), (None, None));
        assert_eq!(styles.numbering_of("Missing"), (None, None));
    }

    /// A chain of any length is followed to the style that sets the list, and loops of any
    /// length end (each style resolved once: generated, small).
    #[test]
    fn long_based_on_chains_and_loops_resolve() {
        let mut xml = String::from("<w:styles>");
        let style = |id: &str, based_on: &str, num: &str| {
            format!(
                r#"<w:style w:styleId="{id}"><w:basedOn w:val="{based_on}"/><w:pPr><w:numPr>{num}</w:numPr></w:pPr></w:style>"#
            )
        };
        xml += &style("s0", "none", r#"<w:numId w:val="7"/>"#);
        for i in 1..500 {
            let ilvl = if i == 250 {
                r#"<w:ilvl w:val="2"/>"#
            } else {
                ""
            };
            xml += &style(&format!("s{i}"), &format!("s{}", i - 1), ilvl);
        }
        // A loop of three, and a style hanging off it.
        xml += &style("a", "c", "");
        xml += &style("b", "a", r#"<w:ilvl w:val="1"/>"#);
        xml += &style("c", "b", "");
        xml += &style("d", "a", "");
        xml += "</w:styles>";
        let styles = Styles::parse(&xml);
        assert_eq!(styles.numbering_of("s499"), (Some("7".into()), Some(2)));
        assert_eq!(styles.numbering_of("s249"), (Some("7".into()), None));
        assert_eq!(styles.numbering_of("b").1, Some(1));
        assert_eq!(styles.numbering_of("d").0, None);
    }

    /// Many list definitions: each instance finds its own (ids looked up, not scanned).
    #[test]
    fn many_lists_each_count_on_their_own() {
        let n = 3000;
        let mut xml = String::from("<w:numbering>");
        for i in 0..n {
            let fmt = if i % 2 == 0 {
                "decimal"
            } else {
                "chineseCounting"
            };
            xml += &format!(
                r#"<w:abstractNum w:abstractNumId="{i}"><w:lvl w:ilvl="0"><w:start w:val="{i}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>"#
            );
        }
        for i in 0..n {
            xml += &format!(r#"<w:num w:numId="n{i}"><w:abstractNumId w:val="{i}"/></w:num>"#);
        }
        xml += "</w:numbering>";
        let mut numbering = Numbering::parse(&xml);
        assert_eq!(numbering.next_label("n2998", 0).as_deref(), Some("2998、"));
        assert_eq!(numbering.next_label("n2998", 0).as_deref(), Some("2999、"));
        assert_eq!(numbering.next_label("n11", 0).as_deref(), Some("十一、"));
        assert_eq!(numbering.next_label("n3000", 0), None);
    }
}
