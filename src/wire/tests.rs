//! Jobs through bytes give what the direct calls give; every fixture's document round-trips;
//! bad bytes are refused, never a panic.

use super::*;
use crate::error::ErrorKind;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).expect("fixture present")
}

fn served(request: &Request) -> Option<Response> {
    decode(&serve(&encode(request), &Default::default()))
}

fn parsed(id: u32, name: &str, bytes: &[u8]) -> Document {
    let request = Request::Parse {
        id,
        name: name.into(),
        bytes: bytes.to_vec(),
    };
    match served(&request) {
        Some(Response::Parsed(Ok(doc))) => doc,
        other => panic!("{name}: {other:?}"),
    }
}

#[test]
fn parse_and_compare_through_bytes_equal_the_direct_calls() {
    let (ta, tb) = (
        fixture("compare_shilishi_a.txt"),
        fixture("compare_shilishi_b.txt"),
    );
    let a = parsed(1, "a.txt", &ta);
    assert_eq!(a, crate::parse(&ta, "a.txt").unwrap());
    let b = parsed(2, "b.txt", &tb);
    let corrections = Corrections {
        unpaired: vec![("四/(九)".into(), "四/(九)".into())],
        paired: vec![],
        notes: vec![crate::model::Note {
            a: Some("四/(九)".into()),
            b: None,
            text: "待核实：是否并入其他任务".into(),
        }],
    };
    // Nothing ignored: every op of the fixture's width changes goes through the bytes too.
    let ignore = crate::model::Ignore {
        numbering: true,
        ..crate::model::Ignore::NOTHING
    };
    let request = Request::Compare {
        a: 1,
        b: 2,
        corrections: corrections.clone(),
        ignore,
    };
    let Some(Response::Compared(c)) = served(&request) else {
        panic!("compared")
    };
    assert!(c.a.tasks.is_empty() && c.b.tasks.is_empty() && c.summary.pairs > 5);
    let c = complete(c, a.clone(), b.clone());
    let direct = crate::compare_ignoring(&a, &b, &corrections, &ignore);
    assert_eq!(c, direct);
    assert_eq!(c.notes, corrections.notes);
    // The page's JSON export is the CLI's.
    assert_eq!(
        crate::report::comparison_json(&c),
        crate::report::comparison_json(&direct)
    );
    // With the defaults, alike ops (width) cross the bytes as well.
    let request = Request::Compare {
        a: 1,
        b: 2,
        corrections: Corrections::default(),
        ignore: crate::model::Ignore::default(),
    };
    let Some(Response::Compared(c)) = served(&request) else {
        panic!("compared")
    };
    assert_eq!(
        complete(c, a.clone(), b.clone()),
        crate::compare_with(&a, &b, &Corrections::default())
    );
}

#[test]
fn a_document_no_longer_kept_is_said_so() {
    let text = fixture("compare_shilishi_a.txt");
    for id in 10..10 + KEPT as u32 + 1 {
        parsed(id, "a.txt", &text);
    }
    let compare = |a, b| Request::Compare {
        a,
        b,
        corrections: Corrections::default(),
        ignore: crate::model::Ignore::default(),
    };
    // The oldest of five is gone; the last four are kept.
    assert_eq!(served(&compare(10, 14)), Some(Response::Forgotten));
    assert!(matches!(
        served(&compare(11, 14)),
        Some(Response::Compared(_))
    ));
    assert_eq!(served(&compare(99, 14)), Some(Response::Forgotten));
}

#[test]
fn every_fixture_round_trips() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            continue; // tests/fixtures/pdf/: PDFs and OFD with their text twin
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Ok(doc) = crate::parse(&std::fs::read(&path).unwrap(), &name) else {
            continue;
        };
        let back: Option<Document> = decode(&encode(&doc));
        assert_eq!(back.as_ref(), Some(&doc), "{name}");
        docs.push(doc);
    }
    assert!(docs.len() > 20, "{} fixtures parsed", docs.len());
    // Fields the JSON leaves out when empty, set and not set, in one document.
    let mut doc = docs
        .iter()
        .find(|d| d.tasks.iter().filter(|t| !t.targets.is_empty()).count() >= 2)
        .expect("a document with targets")
        .clone();
    let mut tasks = doc.tasks.iter_mut().filter(|t| !t.targets.is_empty());
    let first = &mut tasks.next().unwrap().targets[0];
    (first.value_max, first.per) = (Some(3.5), None);
    let second = &mut tasks.next().unwrap().targets[0];
    (second.value_max, second.per) = (None, Some("每年".into()));
    assert_eq!(decode::<Document>(&encode(&doc)), Some(doc));
    for pair in docs.windows(2) {
        let c = crate::compare(&pair[0], &pair[1]);
        let back: Option<Comparison> = decode(&encode(&c));
        assert_eq!(back, Some(c));
    }
    // Every kind of wording op, with and without its second text and partner, and notes.
    use crate::model::{Note, WordOp, WordOpKind};
    let (a, b) = (
        fixture("compare_shilishi_a.txt"),
        fixture("compare_shilishi_b.txt"),
    );
    let mut c = crate::compare(
        &crate::parse(&a, "a.txt").unwrap(),
        &crate::parse(&b, "b.txt").unwrap(),
    );
    let moved = WordOp {
        partner: Some("二/(七)".into()),
        ..WordOp::new(WordOpKind::AElsewhere, "执法全过程记录")
    };
    let ops = vec![
        WordOp::new(WordOpKind::Equal, "加强"),
        WordOp::alike("：", ":"),
        WordOp::new(WordOpKind::Delete, "3"),
        WordOp::new(WordOpKind::Insert, "4"),
        moved,
        WordOp::new(WordOpKind::BElsewhere, "与"),
    ];
    c.pairs.first_mut().expect("a pair").wording = ops;
    c.notes = vec![Note {
        a: Some("一".into()),
        b: None,
        text: "备注".into(),
    }];
    assert_eq!(decode::<Comparison>(&encode(&c)), Some(c.clone()));
    // JSON (which leaves the reading order out) keeps them too.
    let json = crate::report::comparison_json(&c);
    let back: Comparison = serde_json::from_str(&json).expect("json");
    assert_eq!((back.pairs, back.notes), (c.pairs, c.notes));
}

#[test]
fn parse_errors_round_trip_with_their_kind() {
    for (bytes, name) in [
        (&b""[..], "empty.txt"),
        (&b"%PDF-1.7"[..], "a.pdf"),
        (&[b' '; 21 * 1024 * 1024][..], "big.txt"),
    ] {
        let err = crate::parse(bytes, name).expect_err(name);
        assert_ne!(err.kind, ErrorKind::Other, "{name}");
        let back: Option<ParseError> = decode(&encode(&err));
        assert_eq!(back, Some(err));
    }
}

#[test]
fn junk_is_refused_without_a_panic() {
    let bytes = encode(&Response::Compared(crate::compare(
        &crate::parse(&fixture("compare_shilishi_a.txt"), "a.txt").unwrap(),
        &crate::parse(&fixture("compare_shilishi_b.txt"), "b.txt").unwrap(),
    )));
    for cut in [0, 1, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(decode::<Response>(&bytes[..cut]), None, "cut at {cut}");
    }
    assert!(serve(&[7, 1, 2], &Default::default()).is_empty());
    assert!(serve(&[], &Default::default()).is_empty());
    assert!(serve(&encode(&"not a request"), &Default::default()).is_empty());
}

#[test]
fn a_series_through_bytes_equals_the_direct_calls_and_names_a_bad_file() {
    let names = [
        "track_2021.txt",
        "track_2022.txt",
        "track_2023.txt",
        "track_2024.txt",
    ];
    let files: Vec<NamedFile> = (names.iter())
        .map(|n| NamedFile {
            name: n.to_string(),
            bytes: fixture(n),
        })
        .collect();
    let docs: Vec<Document> = (files.iter())
        .map(|f| crate::parse(&f.bytes, &f.name).expect("fixture reads"))
        .collect();
    for places in [false, true] {
        let request = Request::Series {
            files: files.clone(),
            places,
        };
        let want = if places {
            crate::track::matrix(&docs)
        } else {
            crate::track::track(&docs)
        };
        match served(&request) {
            Some(Response::Series(Ok(got))) => assert_eq!(got, want),
            other => panic!("{other:?}"),
        }
    }
    let mut bad = files;
    bad[2] = NamedFile {
        name: "空.txt".into(),
        bytes: Vec::new(),
    };
    match served(&Request::Series {
        files: bad,
        places: false,
    }) {
        Some(Response::Series(Err(e))) => assert!(e.to_string().contains("空.txt"), "{e}"),
        other => panic!("{other:?}"),
    }
}
