//! Parts by sentence: one plan often words as one broad task (决策目录, 合法性审查 and 备案审查
//! in one paragraph) what another splits into several. Each part then reads like one sentence
//! of the broad task, not like the whole of it, so whole-task similarity misses it; a sentence
//! and a whole task that are each other's closest are that part.

use super::profile::{tf_weight, Profile};
use crate::chars::{bigram_key, for_each_bigram, for_each_shared, is_content};
use crate::model::{Document, Task};

/// Least cosine of a sentence with a whole task on the other side for the task to be a part:
/// the least score of a pair of whole tasks (`PAIR_MIN` in the matching).
pub(crate) const SENTENCE_MIN: f64 = 0.20;
/// Shortest sentence read, in characters of words: a shorter one (`加强组织领导`) says too
/// little to stand for a task.
const SENTENCE_CHARS: usize = 8;

/// Characters that end a sentence (after width folding: `；` is `;`).
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// A sentence's bigrams: `(key, weight)` sorted by key, L2-normalised, weighted as a task's
/// profile is (`1 + ln tf` times the bigram's IDF).
type Vector = Vec<(u64, f64)>;

/// The sentences of a task's words `work` as vectors, its heading sentence left out (the
/// heading names the whole task, not one of its parts) and short ones skipped.
fn sentence_vectors(task: &Task, work: &str, idf: &dyn Fn(u64) -> f64) -> Vec<Vector> {
    let heading = task.heading.trim();
    let mut out = Vec::new();
    let mut keys: Vec<u64> = Vec::new();
    for (k, sentence) in work.split(ends_sentence).enumerate() {
        let sentence = sentence.trim();
        if k == 0 && !heading.is_empty() && sentence == heading {
            continue;
        }
        if sentence.chars().filter(|&c| is_content(c)).count() < SENTENCE_CHARS {
            continue;
        }
        keys.clear();
        for_each_bigram(sentence, |b| keys.push(bigram_key(b)));
        crate::sort::sort_keys(&mut keys);
        let mut v: Vector = Vec::with_capacity(keys.len());
        let mut at = 0;
        while let Some(&key) = keys.get(at) {
            let run = keys[at..].iter().take_while(|&&k| k == key).count();
            v.push((key, tf_weight(run as u32) * idf(key)));
            at += run;
        }
        let norm = v.iter().map(|t| t.1 * t.1).sum::<f64>().sqrt();
        if norm > 0.0 {
            for t in &mut v {
                t.1 /= norm;
            }
            out.push(v);
        }
    }
    out
}

/// Cosine of a sentence's vector and a task's profile.
fn cosine(v: &Vector, p: &Profile) -> f64 {
    let mut sum = 0.0;
    for_each_shared(v, &p.terms, |t| t.0, |t| t.0, |x, y| sum += x.1 * y.1);
    sum
}

/// One side's sentences against the other side's whole tasks: for each sentence its closest
/// whole task among the candidates of its task, and for each whole task its closest sentence.
/// A pair of the two, each the other's closest, at [`SENTENCE_MIN`] or more, gives
/// `(cosine, task of the sentence, whole task)`. Only whole tasks `open` (not paired) are
/// looked for, so only the sentences of their candidates are read.
struct Side<'a> {
    /// The tasks whose sentences are read, with their words and profiles.
    tasks: &'a [Task],
    works: &'a [&'a str],
    /// The profiles of the other side's tasks.
    wholes: &'a [Profile],
}

impl Side<'_> {
    /// `cands`: `(task of the sentence, whole task)` candidates; `open`: whole tasks with no
    /// pair yet.
    fn parts(
        &self,
        cands: &[(usize, usize)],
        open: &[bool],
        idf: &dyn Fn(u64) -> f64,
    ) -> Vec<(f64, usize, usize)> {
        // The tasks worth reading: a candidate of an open whole task.
        let mut read = vec![false; self.tasks.len()];
        for &(i, j) in cands {
            if open.get(j).copied().unwrap_or(false) {
                if let Some(r) = read.get_mut(i) {
                    *r = true;
                }
            }
        }
        let sentences: Vec<Vec<Vector>> = (self.tasks.iter().zip(self.works).zip(&read))
            .map(|((t, w), &r)| {
                if r {
                    sentence_vectors(t, w, idf)
                } else {
                    Vec::new()
                }
            })
            .collect();
        // Each sentence by `(task, sentence)`: its closest whole task; each open whole task:
        // its closest sentence. Strictly greater wins, so the first seen keeps a tie.
        let mut best_whole: Vec<Vec<(f64, usize)>> = sentences
            .iter()
            .map(|s| vec![(0.0, usize::MAX); s.len()])
            .collect();
        let mut best_sentence: Vec<(f64, usize, usize)> =
            vec![(0.0, usize::MAX, usize::MAX); self.wholes.len()];
        for &(i, j) in cands {
            let (Some(list), Some(whole)) = (sentences.get(i), self.wholes.get(j)) else {
                continue;
            };
            for (k, v) in list.iter().enumerate() {
                let c = cosine(v, whole);
                if let Some(b) = best_whole.get_mut(i).and_then(|b| b.get_mut(k)) {
                    if c > b.0 {
                        *b = (c, j);
                    }
                }
                if open.get(j).copied().unwrap_or(false) && c > best_sentence[j].0 {
                    best_sentence[j] = (c, i, k);
                }
            }
        }
        let mut out = Vec::new();
        for (j, &(c, i, k)) in best_sentence.iter().enumerate() {
            let mutual = best_whole
                .get(i)
                .and_then(|b| b.get(k))
                .is_some_and(|&(_, w)| w == j);
            if c >= SENTENCE_MIN && mutual {
                out.push((c, i, j));
            }
        }
        out
    }
}

/// Candidate parts by sentence, `(cosine, i, j, split)` with `i` in A and `j` in B: `split`
/// when a sentence of A's task `i` reads like the whole of B's task `j` (and B's task has no
/// pair), else a sentence of B's task `j` reads like the whole of A's task `i` (which has
/// none). `scored` are the candidates `(score, i, j)`, `paired_a` / `paired_b` which tasks
/// have a pair.
pub(crate) fn sentence_parts(
    (pa, pb): (&[Profile], &[Profile]),
    (a, b): (&Document, &Document),
    (works_a, works_b): (&[&str], &[&str]),
    scored: &[(f64, usize, usize)],
    (paired_a, paired_b): (&[bool], &[bool]),
    idf: &dyn Fn(u64) -> f64,
) -> Vec<(f64, usize, usize, bool)> {
    let open_a: Vec<bool> = paired_a.iter().map(|&p| !p).collect();
    let open_b: Vec<bool> = paired_b.iter().map(|&p| !p).collect();
    if !open_a.contains(&true) && !open_b.contains(&true) {
        return Vec::new();
    }
    let forward: Vec<(usize, usize)> = scored.iter().map(|&(_, i, j)| (i, j)).collect();
    let back: Vec<(usize, usize)> = scored.iter().map(|&(_, i, j)| (j, i)).collect();
    let of_a = Side {
        tasks: &a.tasks,
        works: works_a,
        wholes: pb,
    };
    let of_b = Side {
        tasks: &b.tasks,
        works: works_b,
        wholes: pa,
    };
    let mut out: Vec<(f64, usize, usize, bool)> = of_a
        .parts(&forward, &open_b, idf)
        .into_iter()
        .map(|(c, i, j)| (c, i, j, true))
        .collect();
    out.extend(
        of_b.parts(&back, &open_a, idf)
            .into_iter()
            .map(|(c, j, i)| (c, i, j, false)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(heading: &str, text: &str) -> Task {
        Task {
            heading: heading.to_string(),
            text: text.to_string(),
            ..Task::default()
        }
    }

    #[test]
    fn sentences_leave_out_the_heading_and_short_clauses() {
        let t = task(
            "推进依法科学决策",
            "推进依法科学决策。全面推行重大行政决策年度目录管理；加强领导。严格执行规范性文件合法性审查机制",
        );
        let v = sentence_vectors(&t, &t.text, &|_| 1.0);
        // The heading and `加强领导` (4 characters) are skipped: two sentences are left.
        assert_eq!(v.len(), 2);
        for s in &v {
            let norm: f64 = s.iter().map(|t| t.1 * t.1).sum();
            assert!((norm - 1.0).abs() < 1e-9);
        }
    }
}
