//! A small binary codec for the model types: how the page's worker hands a parsed [`Document`]
//! or a [`Comparison`] back to the page (serde_json's deserializer costs too much wasm).
//!
//! Lengths and counts are LEB128 varints, `f64` its 8 little-endian bytes, strings UTF-8 with a
//! length, enums one byte. Decoding never panics: bad input gives `None`. To keep the page's
//! wasm small, reading a value cannot fail midway (no drop paths per field): a reader that meets
//! bad bytes marks itself bad and yields empty values from then on, and [`decode`] refuses it.

use crate::error::{ErrorKind, ParseError};
use crate::model::*;
use std::collections::BTreeMap;

/// A value that can be written to and read back from bytes.
pub trait Wire: Sized {
    /// Appends the value's bytes to `out`.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads a value; on bad bytes, some value and the reader marked bad.
    fn take(r: &mut Reader<'_>) -> Self;
}

/// A cursor over bytes being decoded.
pub struct Reader<'a> {
    bytes: &'a [u8],
    bad: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, bad: false }
    }

    /// Marks the bytes bad; the value given back is then any.
    fn fail<T: Default>(&mut self) -> T {
        self.bad = true;
        self.bytes = &[];
        T::default()
    }

    /// The next `n` bytes (empty and marked bad when there are fewer).
    fn bytes(&mut self, n: usize) -> &'a [u8] {
        if n > self.bytes.len() {
            return self.fail::<&[u8]>();
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        head
    }

    /// The next byte (0 and marked bad at the end).
    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((b, rest)) => {
                self.bytes = rest;
                *b
            }
            None => self.fail(),
        }
    }

    /// A varint.
    fn varint(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
        }
        self.fail()
    }

    /// Every byte not read yet (the reader is then at the end).
    fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.bytes)
    }

    /// A count of items, each at least one byte: bounded by the bytes left.
    fn count(&mut self) -> usize {
        match usize::try_from(self.varint()) {
            Ok(n) if n <= self.bytes.len() => n,
            _ => self.fail(),
        }
    }
}

/// `bytes` as one `T`, all bytes used.
pub fn decode<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader::new(bytes);
    let value = T::take(&mut r);
    (!r.bad && r.bytes.is_empty()).then_some(value)
}

/// The bytes of `value`.
pub fn encode<T: Wire>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.put(&mut out);
    out
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

impl Wire for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, u64::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Self {
        let n = r.varint();
        u32::try_from(n).unwrap_or_else(|_| r.fail())
    }
}

impl Wire for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, *self as u64);
    }
    fn take(r: &mut Reader<'_>) -> Self {
        let n = r.varint();
        usize::try_from(n).unwrap_or_else(|_| r.fail())
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Self {
        let mut b = [0; 8];
        b.copy_from_slice(r.bytes(8).get(..8).unwrap_or(&[0; 8]));
        f64::from_le_bytes(b)
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => r.fail(),
        }
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, self.len() as u64);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Self {
        let n = r.count();
        match std::str::from_utf8(r.bytes(n)) {
            Ok(s) => s.to_string(),
            Err(_) => r.fail(),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, self.len() as u64);
        for x in self {
            x.put(out);
        }
    }
    fn take(r: &mut Reader<'_>) -> Self {
        let n = r.count();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            if r.bad {
                break;
            }
            v.push(T::take(r));
        }
        v
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(x) => {
                out.push(1);
                x.put(out);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => None,
            1 => Some(T::take(r)),
            _ => r.fail(),
        }
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn take(r: &mut Reader<'_>) -> Self {
        (A::take(r), B::take(r))
    }
}

impl Wire for BTreeMap<String, usize> {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, self.len() as u64);
        for (k, v) in self {
            k.put(out);
            v.put(out);
        }
    }
    fn take(r: &mut Reader<'_>) -> Self {
        // Inserted one by one: `collect` would bring a sort into the page's wasm.
        let mut map = BTreeMap::new();
        for (k, v) in Vec::<(String, usize)>::take(r) {
            map.insert(k, v);
        }
        map
    }
}

/// Implements [`Wire`] for a struct, field by field in the order given (every field).
macro_rules! wire_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Wire for $t {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$f.put(out);)*
            }
            fn take(r: &mut Reader<'_>) -> Self {
                $t { $($f: Wire::take(r)),* }
            }
        }
    };
}

/// Implements [`Wire`] for an enum of unit variants, one byte each: list every variant in
/// declaration order (the round-trip tests check it).
macro_rules! wire_enum {
    ($t:ident { $($v:ident),* $(,)? }) => {
        impl Wire for $t {
            fn put(&self, out: &mut Vec<u8>) {
                // Unit variants without explicit discriminants: the cast is the index in ALL.
                out.push(*self as u8);
            }
            fn take(r: &mut Reader<'_>) -> Self {
                const ALL: &[$t] = &[$($t::$v),*];
                let b = r.byte();
                match ALL.get(usize::from(b)) {
                    Some(x) => *x,
                    None => {
                        r.fail::<()>();
                        ALL[0]
                    }
                }
            }
        }
    };
}

wire_enum!(DocKind { Plan, Report });
wire_enum!(Comparator {
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Equal,
    Within,
    By
});
wire_enum!(Role { Lead, Responsible });
wire_enum!(PairKind {
    Match,
    Split,
    Merged,
    Manual
});
wire_enum!(WordOpKind {
    Equal,
    Delete,
    Insert
});
wire_enum!(TargetChangeKind {
    Same,
    Raised,
    Lowered,
    New,
    Dropped,
    Changed
});
wire_enum!(Direction { Stricter, Looser });
wire_enum!(UnitChangeKind {
    Added,
    Removed,
    Moved,
    Renamed
});

wire_struct!(Document {
    name,
    title,
    kind,
    encoding,
    format,
    sections,
    tasks,
    warnings
});
wire_struct!(Section {
    id,
    number,
    title,
    auxiliary
});
wire_struct!(Task {
    id,
    number,
    heading,
    text,
    lead_units,
    responsible_units,
    targets,
    section
});
wire_struct!(Target {
    text,
    metric,
    comparator,
    value,
    value_max,
    unit,
    deadline,
    per
});
wire_struct!(WordOp { op, text });
wire_struct!(TargetChange {
    metric,
    a,
    b,
    change,
    direction
});
wire_struct!(UnitChange {
    key,
    a,
    b,
    role_a,
    role_b,
    change
});
wire_struct!(UnitDiff { changes });
wire_struct!(TaskPair {
    a,
    b,
    score,
    kind,
    changed,
    wording,
    targets,
    units
});
wire_struct!(Summary {
    pairs,
    unchanged,
    changed,
    a_only,
    b_only,
    target_changes,
    targets_by_kind,
    unit_changes
});
wire_struct!(AgencyLoad {
    key,
    name,
    a,
    b,
    gained,
    lost
});
wire_struct!(Comparison {
    a,
    b,
    pairs,
    a_only,
    b_only,
    summary,
    agencies
});
wire_struct!(Corrections { unpaired, paired });
wire_struct!(ParseError {
    file,
    message,
    kind
});

/// The unit variants of [`ErrorKind`], by their byte; 100 and 101 are the two with data.
const ERROR_UNITS: &[ErrorKind] = &[
    ErrorKind::Other,
    ErrorKind::Empty,
    ErrorKind::Pdf,
    ErrorKind::OldOffice,
    ErrorKind::Rtf,
    ErrorKind::Image,
    ErrorKind::Archive,
    ErrorKind::Mht,
    ErrorKind::NotText,
    ErrorKind::Wps,
    ErrorKind::Excel,
    ErrorKind::PowerPoint,
    ErrorKind::Ofd,
    ErrorKind::NotZip,
    ErrorKind::Encoding,
    ErrorKind::NoText,
    ErrorKind::NoTextInWord,
    ErrorKind::Encrypted,
    ErrorKind::CorruptDocx,
    ErrorKind::NotWord,
    ErrorKind::NoDocument,
];

impl Wire for ErrorKind {
    fn put(&self, out: &mut Vec<u8>) {
        match *self {
            ErrorKind::TooLarge { tenths, limit_mb } => {
                out.push(100);
                tenths.put(out);
                limit_mb.put(out);
            }
            ErrorKind::TextTooLarge { limit_mb } => {
                out.push(101);
                limit_mb.put(out);
            }
            unit => out.push(ERROR_UNITS.iter().position(|k| *k == unit).unwrap_or(0) as u8),
        }
    }
    fn take(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            100 => ErrorKind::TooLarge {
                tenths: Wire::take(r),
                limit_mb: Wire::take(r),
            },
            101 => ErrorKind::TextTooLarge {
                limit_mb: Wire::take(r),
            },
            i => match ERROR_UNITS.get(usize::from(i)) {
                Some(k) => *k,
                None => r.fail(),
            },
        }
    }
}

pub mod job;
#[cfg(test)]
mod tests;
