//! Round trips of real parsed documents and comparisons, and refusal of bad bytes.

use super::job::Response;
use super::*;
use crate::error::{ErrorKind, ParseError};
use crate::model::*;
use proptest::prelude::*;

/// `value` through bytes and back.
fn round<T: Wire + Clone>(value: &T) -> Option<T> {
    decode(&encode(&mut value.clone()))
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture present")
}

fn shilishi() -> Comparison {
    let a = crate::parse(fixture("compare_shilishi_a.txt").as_bytes(), "a.txt").expect("a");
    let b = crate::parse(fixture("compare_shilishi_b.txt").as_bytes(), "b.txt").expect("b");
    crate::compare(&a, &b)
}

#[test]
fn parsed_documents_and_comparisons_round_trip() {
    let c = shilishi();
    assert!(c.pairs.len() > 5 && !c.agencies.is_empty());
    assert!(c.pairs.iter().any(|p| !p.targets.is_empty()));
    assert!(c.pairs.iter().any(|p| !p.units.changes.is_empty()));
    assert_eq!(round(&c.a), Some(c.a.clone()));
    assert_eq!(round(&c.pairs), Some(c.pairs.clone()));
    let corrections = Corrections {
        unpaired: vec![("一/(一)".into(), "一/(二)".into())],
        paired: vec![("四/(十)".into(), "四/(十)".into())],
    };
    assert_eq!(round(&corrections), Some(corrections));
}

#[test]
fn parse_errors_round_trip_with_their_kind() {
    for (bytes, name) in [
        (&b""[..], "empty.txt"),
        (&b"%PDF-1.7"[..], "a.pdf"),
        (&[b' '; 21 * 1024 * 1024][..], "big.txt"),
    ] {
        let err = crate::parse(bytes, name).expect_err(name);
        assert_eq!(round(&err), Some(err));
    }
}

#[test]
fn truncated_or_extended_bytes_are_refused() {
    let bytes = encode(&mut Response::Compared(shilishi()));
    for cut in [0, 1, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(decode::<Response>(&bytes[..cut]), None, "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(decode::<Response>(&longer), None);
}

proptest! {
    /// Any bytes: no panic, and what decodes encodes back to the same bytes' prefix.
    #[test]
    fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Some(doc) = decode::<Document>(&bytes) {
            prop_assert_eq!(round(&doc), Some(doc));
        }
        let _ = decode::<Response>(&bytes);
        let _ = decode::<super::job::Request>(&bytes);
        let _ = decode::<ParseError>(&bytes);
    }

    /// Documents made of arbitrary strings and numbers round trip exactly (NaN aside).
    #[test]
    fn arbitrary_targets_round_trip(
        text in ".{0,20}",
        value in proptest::option::of(-1e12f64..1e12),
        units in proptest::collection::vec(".{0,8}", 0..4),
    ) {
        let task = Task {
            id: text.clone(),
            text: text.clone(),
            lead_units: units.clone(),
            full_names: units.iter().map(|u| FullName { written: u.clone(), full: text.clone() }).collect(),
            targets: vec![Target {
                text: text.clone(),
                metric: text.clone(),
                comparator: Comparator::Within,
                value,
                value_max: value.map(|v| v + 1.0),
                unit: "%".into(),
                deadline: Some(text.clone()),
                per: None,
            }],
            ..Task::default()
        };
        let doc = Document { tasks: vec![task], warnings: units, ..Document::default() };
        prop_assert_eq!(round(&doc), Some(doc));
    }
}

/// Each enum's variants, listed in declaration order, come back as themselves.
#[test]
fn enums_round_trip_variant_by_variant() {
    fn check<T: Wire + PartialEq + std::fmt::Debug + Copy>(all: &[T]) {
        for x in all {
            assert_eq!(round(x).as_ref(), Some(x));
        }
    }
    use Comparator::*;
    check(&[AtLeast, MoreThan, AtMost, LessThan, Equal, Within, By]);
    check(&[DocKind::Plan, DocKind::Report]);
    check(&[Role::Lead, Role::Responsible]);
    check(&[
        PairKind::Match,
        PairKind::Split,
        PairKind::Merged,
        PairKind::Manual,
    ]);
    check(&[WordOpKind::Equal, WordOpKind::Delete, WordOpKind::Insert]);
    use TargetChangeKind as T;
    check(&[
        T::Same,
        T::Raised,
        T::Lowered,
        T::New,
        T::Dropped,
        T::Changed,
    ]);
    check(&[Direction::Stricter, Direction::Looser]);
    use UnitChangeKind as U;
    check(&[U::Added, U::Removed, U::Moved, U::Renamed]);
    check(model::ERROR_UNITS);
    check(&[
        ErrorKind::TooLarge {
            tenths: 215,
            limit_mb: 20,
        },
        ErrorKind::TextTooLarge { limit_mb: 20 },
    ]);
}
