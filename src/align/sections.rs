//! Section alignment: which section of A covers the same ground as which section of B, from
//! their pooled task words, so that a task's section counts as evidence for its pairs.
//!
//! Plans of one field follow one template (职能, 立法, 决策, 执法, 纠纷, 监督, 保障…), so two
//! tasks in matching sections are likelier the same work than two alike tasks far apart.

use super::profile::Profile;
use crate::model::Document;

/// Above this many pairs of sections, sections are not aligned (a document of thousands of
/// headings has sections too small to pool).
const SECTION_PAIRS_LIMIT: usize = 250_000;

/// From this many pairs of sections, their cosines are summed on two threads (a long plan's
/// hundred sections pool thousands of bigrams each).
const SECTION_PAIRS_PARALLEL: usize = 2_500;

/// How well each task's section matches each section of the other document.
#[derive(Debug, Clone, Default)]
pub struct SectionMap {
    /// Each A task's section index, if any.
    task_a: Vec<Option<usize>>,
    /// Each B task's section index, if any.
    task_b: Vec<Option<usize>>,
    /// Affinity of A section `x` with B section `y` at `x * nb + y`, 0.0–1.0: the pair's
    /// cosine over the better of the two sections' best cosines.
    affinity: Vec<f64>,
    /// Cosine of the pooled words of A section `x` and B section `y` at `x * nb + y`.
    cosine: Vec<f64>,
    /// Number of sections in B.
    nb: usize,
    /// Whether both documents have sections of their own.
    own: bool,
    /// Cosine of the pooled words of all the tasks of A and all of B: how much the two plans
    /// share their subject.
    documents: f64,
}

impl SectionMap {
    /// Aligns the sections of `a` and `b` given their tasks' profiles, whose bigram ids are
    /// below `vocabulary`.
    pub fn new(
        a: &Document,
        b: &Document,
        pa: &[Profile],
        pb: &[Profile],
        vocabulary: usize,
    ) -> Self {
        // A document without sections (a flat list of tasks) is one section, the whole of it:
        // its words still tell whether a section of the other shares its topic.
        let whole = |doc: &Document| vec![Some(0); doc.tasks.len()];
        let (task_a, na) = match a.sections.len() {
            0 => (whole(a), 1),
            n => (section_of(a), n),
        };
        let (task_b, nb) = match b.sections.len() {
            0 => (whole(b), 1),
            n => (section_of(b), n),
        };
        let own = !a.sections.is_empty() && !b.sections.is_empty();
        let aligned = na.saturating_mul(nb) <= SECTION_PAIRS_LIMIT;
        // Each document's words pooled whole and by section, the two on two threads when
        // there are many tasks.
        let many = pa.len() + pb.len() >= crate::par::MIN_ITEMS;
        let pools = |doc: &Document, tasks: &[Option<usize>], p: &[Profile], n: usize| {
            let whole = pool(&whole(doc), p, 1, vocabulary)
                .pop()
                .unwrap_or_default();
            let parts = if aligned {
                pool(tasks, p, n, vocabulary)
            } else {
                Vec::new()
            };
            (whole, parts)
        };
        let ((whole_a, pool_a), (whole_b, pool_b)) = crate::par::join_when(
            many,
            || pools(a, &task_a, pa, na),
            || pools(b, &task_b, pb, nb),
        );
        let documents = if whole_a.is_empty() || whole_b.is_empty() {
            0.0
        } else {
            pooled_cosine(&whole_a, &whole_b)
        };
        if !aligned {
            return SectionMap {
                documents,
                own,
                ..SectionMap::default()
            };
        }
        // Summed through an index of B's pooled terms by bigram id (each id's sections in
        // order): one pass over A's terms per section, bigram by bigram in key order.
        let mut starts = vec![0usize; vocabulary + 1];
        for terms in &pool_b {
            for &(id, _) in terms {
                if let Some(s) = starts.get_mut(id as usize + 1) {
                    *s += 1;
                }
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut postings = vec![(0usize, 0.0f64); starts.last().copied().unwrap_or(0)];
        for (y, terms) in pool_b.iter().enumerate() {
            for &(id, w) in terms {
                if let Some(at) = next.get_mut(id as usize) {
                    if let Some(slot) = postings.get_mut(*at) {
                        *slot = (y, w);
                    }
                    *at += 1;
                }
            }
        }
        // Each row of A's section is summed on its own (the halves of the rows on two
        // threads when there are many sections): the same sums in the same order either way.
        let row = |terms: &Vec<(u32, f64)>| {
            let mut cos = vec![0.0f64; nb];
            for &(id, w) in terms {
                let id = id as usize;
                let (Some(&from), Some(&to)) = (starts.get(id), starts.get(id + 1)) else {
                    continue;
                };
                for &(y, wy) in postings.get(from..to).unwrap_or_default() {
                    if let Some(c) = cos.get_mut(y) {
                        *c += w * wy;
                    }
                }
            }
            cos
        };
        let (top, bottom) = pool_a.split_at(pool_a.len() / 2);
        let rows = |half: &[Vec<(u32, f64)>]| half.iter().flat_map(row).collect::<Vec<f64>>();
        let (mut cos, rest) = crate::par::join_when(
            na.saturating_mul(nb) >= SECTION_PAIRS_PARALLEL,
            || rows(top),
            || rows(bottom),
        );
        cos.extend(rest);
        let mut best_a = vec![0.0f64; na];
        let mut best_b = vec![0.0f64; nb];
        for x in 0..na {
            for y in 0..nb {
                let c = cos[x * nb + y];
                best_a[x] = best_a[x].max(c);
                best_b[y] = best_b[y].max(c);
            }
        }
        let affinity = (0..na * nb)
            .map(|k| {
                let top = best_a[k / nb].max(best_b[k % nb]);
                // One section against one tells no task from another: no choice was made.
                if own && top > 0.0 && na * nb > 1 {
                    cos[k] / top
                } else {
                    0.0
                }
            })
            .collect();
        SectionMap {
            task_a,
            task_b,
            affinity,
            cosine: cos,
            nb,
            own,
            documents,
        }
    }

    /// The cosine of the pooled words of the two documents' tasks, 0.0–1.0: two plans of one
    /// field share much (0.28–0.50 in the corpus), plans on unrelated subjects little (below
    /// 0.25 in `extra/`).
    pub fn documents(&self) -> f64 {
        self.documents
    }

    /// How well the sections of task `i` of A and task `j` of B match, 0.0–1.0: 1.0 when one
    /// is the other's closest; 0.0 when either task has no section, either document has no
    /// sections of its own (its one section covers all of the other's, so it tells none of
    /// them apart), or each has one section (nothing was chosen).
    pub fn affinity(&self, i: usize, j: usize) -> f64 {
        self.of(&self.affinity, i, j)
    }

    /// True when the sections of task `i` of A and task `j` of B share some topic: they match
    /// at all ([`SectionMap::affinity`] above 0.0), or, when either document is a flat list of
    /// tasks (no sections to tell apart), the two documents share their subject
    /// ([`SectionMap::documents`] at `shared` or more).
    pub fn share_topic(&self, i: usize, j: usize, shared: f64) -> bool {
        self.affinity(i, j) > 0.0 || (!self.own && self.documents >= shared)
    }

    /// The cosine of the pooled words of the sections of task `i` of A and task `j` of B,
    /// 0.0–1.0 (0.0 when either has no section; a document without sections is one section,
    /// the whole of it): how much the two sections have in common, whatever else either has.
    pub fn cosine(&self, i: usize, j: usize) -> f64 {
        self.of(&self.cosine, i, j)
    }

    /// The value of `table` for the sections of task `i` of A and task `j` of B.
    fn of(&self, table: &[f64], i: usize, j: usize) -> f64 {
        match (self.task_a.get(i), self.task_b.get(j)) {
            (Some(Some(x)), Some(Some(y))) => table.get(x * self.nb + y).copied().unwrap_or(0.0),
            _ => 0.0,
        }
    }
}

/// Cosine of two pooled vectors (`(bigram id, weight)`, ascending ids, normalised).
fn pooled_cosine(x: &[(u32, f64)], y: &[(u32, f64)]) -> f64 {
    let mut sum = 0.0;
    crate::chars::for_each_shared(
        x,
        y,
        |t| u64::from(t.0),
        |t| u64::from(t.0),
        |p, q| sum += p.1 * q.1,
    );
    sum
}

/// Each task's section as an index into the document's sections (the top-level section when
/// sections nest).
fn section_of(doc: &Document) -> Vec<Option<usize>> {
    let mut ids: Vec<(&str, usize)> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id.as_str(), k))
        .collect();
    crate::sort::sort_by_key(&mut ids, |x| x.0);
    doc.tasks
        .iter()
        .map(|t| {
            let id = t.section.as_deref()?;
            ids.binary_search_by(|x| x.0.cmp(id))
                .ok()
                .and_then(|k| ids.get(k).map(|x| x.1))
        })
        .collect()
}

/// Each section's pooled term vector (its tasks' terms summed, task by task) as `(bigram id,
/// weight)`, ids below `vocabulary` and ascending as the keys are, L2-normalised.
fn pool(
    sections: &[Option<usize>],
    profiles: &[Profile],
    n: usize,
    vocabulary: usize,
) -> Vec<Vec<(u32, f64)>> {
    let mut members: Vec<Vec<&Profile>> = vec![Vec::new(); n];
    for (s, p) in sections.iter().zip(profiles) {
        if let Some(m) = s.and_then(|s| members.get_mut(s)) {
            m.push(p);
        }
    }
    // One array over all bigrams, summed into section by section; `stamp` marks the bigrams
    // the current section has met.
    let mut sum = vec![0.0f64; vocabulary];
    let mut stamp = vec![usize::MAX; vocabulary];
    let mut met: Vec<u32> = Vec::new();
    members
        .iter()
        .enumerate()
        .map(|(s, tasks)| {
            for p in tasks {
                for (&id, &(_, w)) in p.ids.iter().zip(&p.terms) {
                    let (Some(at), Some(mark)) =
                        (sum.get_mut(id as usize), stamp.get_mut(id as usize))
                    else {
                        continue;
                    };
                    if *mark != s {
                        *mark = s;
                        *at = 0.0;
                        met.push(id);
                    }
                    *at += w;
                }
            }
            // The bigrams met, ascending. A section that met many of the vocabulary's bigrams
            // (a long plan's sections pool hundreds of tasks) reads them off `stamp` in one
            // pass over it, which costs less than sorting them; the same ids either way.
            let many = met
                .len()
                .saturating_mul(met.len().max(1).ilog2() as usize + 1);
            if many >= vocabulary {
                met.clear();
                met.extend((0..vocabulary as u32).filter(|&id| stamp[id as usize] == s));
            } else {
                crate::sort::sort_keys(&mut met);
            }
            let mut v: Vec<(u32, f64)> = met.drain(..).map(|id| (id, sum[id as usize])).collect();
            let norm = v.iter().map(|t| t.1 * t.1).sum::<f64>().sqrt();
            if norm > 0.0 {
                for t in &mut v {
                    t.1 /= norm;
                }
            }
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_without_sections_is_one_section_that_shares_words_but_tells_none_apart() {
        // 示例市's plan is a flat list of tasks (一、…五、); 示例县's has sections.
        let read = |name: &str, text: &str| crate::parse(text.as_bytes(), name).expect("parses");
        let a = read(
            "a.txt",
            include_str!("../../tests/fixtures/compare_parts_a.txt"),
        );
        let b = read(
            "b.txt",
            include_str!("../../tests/fixtures/compare_parts_b.txt"),
        );
        assert!(a.sections.is_empty() && !b.sections.is_empty());
        let scorer = super::super::Scorer::new(&a, &b);
        for i in 0..a.tasks.len() {
            for j in 0..b.tasks.len() {
                assert_eq!(scorer.section_affinity(i, j), 0.0);
            }
        }
        // The whole of 示例市's plan and 示例县's 决策 section share their words; the same from
        // B's side.
        assert!(scorer.section_cosine(0, 2) >= crate::align::related::SECTIONS_SHARED);
        let back = super::super::Scorer::new(&b, &a);
        assert_eq!(back.section_cosine(2, 0), scorer.section_cosine(0, 2));
    }

    proptest::proptest! {
        #[test]
        fn pooled_terms_are_each_sections_sums_in_id_order(
            tasks in proptest::collection::vec(
                (proptest::option::of(0usize..3), proptest::collection::btree_map(0u32..40, 1u8..9, 0..30)),
                0..12,
            ),
            vocabulary in 40usize..200,
        ) {
            // Sections of few and of many bigrams (read off the stamps or sorted) pool alike:
            // each bigram's weights summed in task order, ascending by id, normalised.
            let sections: Vec<Option<usize>> = tasks.iter().map(|t| t.0).collect();
            let profiles: Vec<Profile> = tasks
                .iter()
                .map(|(_, terms)| Profile {
                    ids: terms.keys().copied().collect(),
                    terms: terms.iter().map(|(&id, &w)| (u64::from(id), f64::from(w) / 8.0)).collect(),
                    ..Profile::default()
                })
                .collect();
            let got = pool(&sections, &profiles, 3, vocabulary);
            for (s, pooled) in got.iter().enumerate() {
                let mut sums = std::collections::BTreeMap::<u32, f64>::new();
                for (_, p) in sections.iter().zip(&profiles).filter(|(x, _)| **x == Some(s)) {
                    for (&id, &(_, w)) in p.ids.iter().zip(&p.terms) {
                        *sums.entry(id).or_insert(0.0) += w;
                    }
                }
                let mut want: Vec<(u32, f64)> = sums.into_iter().collect();
                let norm = want.iter().map(|t| t.1 * t.1).sum::<f64>().sqrt();
                if norm > 0.0 {
                    for t in &mut want {
                        t.1 /= norm;
                    }
                }
                proptest::prop_assert_eq!(pooled, &want);
            }
        }
    }
}
