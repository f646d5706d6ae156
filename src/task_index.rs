//! Task id → position in one document, for code that meets tasks by id (a comparison's pairs
//! and one-sided lists): sorted ids searched by halves, so a lookup per pair stays cheap on
//! thousands of tasks, with no hash map code in the page's wasm.

use crate::model::Document;

/// The positions of one document's tasks, by id.
pub struct TaskIndex<'a>(Vec<(&'a str, usize)>);

impl<'a> TaskIndex<'a> {
    /// The index of `doc`'s tasks (the first task of an id, if ids repeat, as a search from the
    /// start would find).
    pub fn of(doc: &'a Document) -> Self {
        let mut ids: Vec<(&str, usize)> = doc
            .tasks
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        // No two entries are equal (positions differ), so the faster unstable sort gives the
        // stable order.
        crate::sort::sort_keys(&mut ids);
        ids.dedup_by(|later, kept| later.0 == kept.0);
        TaskIndex(ids)
    }

    /// The position of the task `id`.
    pub fn get(&self, id: &str) -> Option<&usize> {
        let at = self.0.binary_search_by(|(k, _)| (*k).cmp(id)).ok()?;
        self.0.get(at).map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Task;

    #[test]
    fn finds_each_task_by_id_as_a_search_from_the_start_does() {
        let ids = ["一/(二)", "一/(一)", "二/(一)", "一/(二)", "附件/1"];
        let doc = Document {
            tasks: ids
                .iter()
                .map(|id| Task {
                    id: id.to_string(),
                    ..Task::default()
                })
                .collect(),
            ..Document::default()
        };
        let index = TaskIndex::of(&doc);
        for id in ids.iter().chain(&["三/(一)", "", "一"]) {
            let first = doc.tasks.iter().position(|t| t.id == *id);
            assert_eq!(index.get(id).copied(), first, "{id}");
        }
    }
}
