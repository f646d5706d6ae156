//! The reference documents in `../shared/corpus/` (not part of the repository): task counts,
//! kinds and a few ids. Skipped, with a note, when the corpus is not next to the checkout.

use plandiff::{parse, DocKind, Document};
use std::path::PathBuf;

fn corpus_file(prefix: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let entries = std::fs::read_dir(&dir).ok()?;
    entries.filter_map(Result::ok).map(|e| e.path()).find(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
    })
}

fn doc(prefix: &str) -> Option<Document> {
    let Some(path) = corpus_file(prefix) else {
        eprintln!("../shared/corpus/{prefix}_*.txt not found: skipped");
        return None;
    };
    let bytes = std::fs::read(&path).ok()?;
    let name = path.file_name()?.to_str()?.to_string();
    Some(parse(&bytes, &name).unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn task_counts_of_the_reference_documents() {
    for (prefix, count, kind) in [
        ("000", 33, DocKind::Plan),
        ("001", 50, DocKind::Plan),
        ("002", 42, DocKind::Plan),
        ("004", 10, DocKind::Plan),
        ("003", 22, DocKind::Report),
    ] {
        let Some(d) = doc(prefix) else { continue };
        assert_eq!(d.tasks.len(), count, "{prefix}");
        assert_eq!(d.kind, kind, "{prefix}");
    }
}

#[test]
fn ids_at_the_level_that_carries_the_work() {
    if let Some(d) = doc("000") {
        assert_eq!(d.tasks[0].id, "一/(一)");
        assert_eq!(d.tasks[32].id, "九/(三十三)");
    }
    if let Some(d) = doc("001") {
        assert_eq!(d.tasks[12].id, "二/(三)/13");
        assert_eq!(d.tasks[49].id, "二/(八)/50");
    }
    if let Some(d) = doc("002") {
        assert_eq!(d.tasks[41].id, "二/(七)/42");
    }
    // The report's `（二）法治政府建设成效明显` heads eight numbered paragraphs of its own, while
    // the other `（一）` items are paragraphs without sub-items.
    if let Some(d) = doc("003") {
        assert_eq!(d.tasks[1].id, "二/(一)");
        assert_eq!(d.tasks[2].id, "二/(二)/1");
        assert_eq!(d.tasks[9].id, "二/(二)/8");
        assert!(d.sections.iter().any(|s| s.id == "二/(二)"));
    }
}
