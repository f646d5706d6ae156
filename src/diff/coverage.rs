//! Full coverage said in words against a figure of 100 %: `实现党政机关法律顾问全覆盖` in one
//! plan and `100%配备法律顾问` in the other set the same bar, so the target is kept, not dropped
//! from one pair's A and missing from its B.
//!
//! The words are not read as a target of their own (a plan's `全覆盖` is often a slogan, and
//! reference annotations do not count it); they only stand in for the other side's 100 % when a
//! pair would otherwise call it dropped or new.

use crate::chars::{bigram_set, for_each_shared};
use crate::model::{Comparator, Target, TargetChange, TargetChangeKind, TargetKind, Task};

/// Characters that end a clause for this reading.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '。' | '，' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '.' | '\n'
    )
}

/// Verbs that head a coverage phrase (`实现…全覆盖`).
const VERBS: [&str; 4] = ["实现", "做到", "达到", "推进"];

/// One `…全覆盖` phrase of a task's text: the phrase (from its verb when it has one) and the
/// sentence it stands in.
struct Phrase {
    text: String,
    subject: String,
    sentence: String,
}

/// The clause-final `全覆盖` phrases of `text`: `实现党政机关法律顾问全覆盖。` is one;
/// `全覆盖试点事项清单` (a name) and `全覆盖的…平台` (an attribute) are not.
fn phrases(text: &str) -> Vec<Phrase> {
    const WORD: &str = "全覆盖";
    let mut out = Vec::new();
    for (at, _) in text.match_indices(WORD) {
        let after = &text[at + WORD.len()..];
        if after.chars().next().is_some_and(|c| !ends_clause(c)) {
            continue;
        }
        let before = &text[..at];
        let clause_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| ends_clause(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = &before[clause_start..];
        let (phrase_start, subject) = VERBS
            .iter()
            .filter_map(|v| clause.rfind(v).map(|i| (i, &clause[i + v.len()..])))
            .max_by_key(|&(i, _)| i)
            .unwrap_or((0, clause));
        if subject.chars().count() < 2 {
            continue;
        }
        let sentence_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '。' | '；' | ';' | '\n'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push(Phrase {
            text: format!("{}{WORD}", &clause[phrase_start..]),
            subject: subject.to_string(),
            sentence: text[sentence_start..at + WORD.len()].to_string(),
        });
    }
    out
}

/// The sentence of `text` holding `phrase` (to the `。` or `；` on each side), or the phrase.
fn sentence_of<'t>(text: &'t str, phrase: &'t str) -> &'t str {
    let Some(at) = text.find(phrase) else {
        return phrase;
    };
    let stop = |c: char| matches!(c, '。' | '；' | ';' | '\n');
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| stop(c))
        .map_or(text.len(), |(i, _)| at + i);
    &text[start..end]
}

/// How many keys two sorted, distinct key lists share.
fn shared(x: &[u64], y: &[u64]) -> usize {
    let mut n = 0;
    for_each_shared(x, y, |k| *k, |k| *k, |_, _| n += 1);
    n
}

/// A figure that means everything: `100%` as a level reached (`=`, `≥`).
fn is_full(t: &Target) -> bool {
    t.unit == "%"
        && t.value == Some(100.0)
        && t.value_max.is_none()
        && matches!(t.comparator, Comparator::Equal | Comparator::AtLeast)
}

/// The phrase as a target, for the change's other side: what it covers, `= 100 %`.
fn as_target(p: &Phrase) -> Target {
    Target {
        text: p.text.clone(),
        metric: format!("{}覆盖率", p.subject),
        comparator: Comparator::Equal,
        value: Some(100.0),
        value_max: None,
        unit: "%".to_string(),
        deadline: None,
        per: None,
        baseline: None,
        base: None,
        kind: TargetKind::Commitment,
    }
}

/// Turns a pair's dropped 100 % targets into `same` where B's text says the same thing as full
/// coverage (`实现…全覆盖`), and new 100 % targets likewise against A's text. Each phrase stands
/// in once, for the figure whose sentence shares most with the phrase's sentence; a phrase whose
/// subject shares nothing with the figure's own words stands in for none.
pub fn coverage_in_words(a: &Task, b: &Task, changes: &mut [TargetChange]) {
    for (kind, other) in [(TargetChangeKind::Dropped, b), (TargetChangeKind::New, a)] {
        if !changes
            .iter()
            .any(|c| c.change == kind && side(c, kind).is_some_and(is_full))
        {
            continue;
        }
        let own = if kind == TargetChangeKind::Dropped {
            a
        } else {
            b
        };
        for phrase in phrases(&other.text) {
            let subject = bigram_set(&phrase.subject);
            let sentence = bigram_set(&phrase.sentence);
            let best = (changes.iter().enumerate())
                .filter(|(_, c)| c.change == kind)
                .filter_map(|(i, c)| {
                    let t = side(c, kind).filter(|t| is_full(t))?;
                    let words = bigram_set(&t.text);
                    if shared(&subject, &words) == 0 {
                        return None;
                    }
                    let context = bigram_set(sentence_of(&own.text, &t.text));
                    Some((i, shared(&sentence, &context)))
                })
                // The first of equals: max_by_key keeps the last, so compare reversed positions.
                .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)));
            if let Some(c) = best.and_then(|(i, _)| changes.get_mut(i)) {
                let words = Some(as_target(&phrase));
                if kind == TargetChangeKind::Dropped {
                    c.b = words;
                } else {
                    c.a = words;
                }
                c.change = TargetChangeKind::Same;
                c.direction = None;
                c.values = "100%".to_string();
            }
        }
    }
}

/// The side of a change that holds its target: A's for a dropped one, B's for a new one.
fn side(c: &TargetChange, kind: TargetChangeKind) -> Option<&Target> {
    if kind == TargetChangeKind::Dropped {
        c.a.as_ref()
    } else {
        c.b.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_phrases_end_their_clause() {
        let found = phrases(
            "纳入全覆盖试点事项清单。落实《示例市顾问办法》实现党政机关法律顾问全覆盖。建设县级全覆盖的平台，做到村居调解组织全覆盖",
        );
        let texts: Vec<&str> = found.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            ["实现党政机关法律顾问全覆盖", "做到村居调解组织全覆盖"]
        );
        assert_eq!(found[0].subject, "党政机关法律顾问");
    }
}
