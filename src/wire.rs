//! A small binary codec for the model types: how the page's worker hands a parsed [`Document`]
//! or a [`Comparison`] back to the page (serde_json's deserializer costs too much wasm).
//!
//! Lengths and counts are LEB128 varints, `f64` its 8 little-endian bytes, strings UTF-8 with a
//! length, enums one byte. Decoding never panics: bad input gives `None`.

use crate::error::{ErrorKind, ParseError};
use crate::model::*;
use std::collections::BTreeMap;

/// A value that can be written to and read back from bytes.
pub trait Wire: Sized {
    /// Appends the value's bytes to `out`.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads a value, or `None` when the bytes are not one.
    fn take(r: &mut Reader<'_>) -> Option<Self>;
}

/// A cursor over bytes being decoded.
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    /// The next `n` bytes.
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    /// The next byte.
    fn byte(&mut self) -> Option<u8> {
        self.bytes(1)?.first().copied()
    }

    /// A varint.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// Every byte not read yet (the reader is then at the end).
    fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.bytes)
    }

    /// A count of items, each at least one byte: bounded by the bytes left.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.bytes.len()).then_some(n)
    }
}

/// `bytes` as one `T`, all bytes used.
pub fn decode<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader::new(bytes);
    let value = T::take(&mut r)?;
    r.bytes.is_empty().then_some(value)
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
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}

impl Wire for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, *self as u64);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        usize::try_from(r.varint()?).ok()
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        Some(f64::from_le_bytes(r.bytes(8)?.try_into().ok()?))
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, self.len() as u64);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.count()?;
        String::from_utf8(r.bytes(n)?.to_vec()).ok()
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, self.len() as u64);
        for x in self {
            x.put(out);
        }
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::take(r)?);
        }
        Some(v)
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
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::take(r)?)),
            _ => None,
        }
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        Some((A::take(r)?, B::take(r)?))
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
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.count()?;
        let mut map = BTreeMap::new();
        for _ in 0..n {
            let (k, v) = <(String, usize)>::take(r)?;
            map.insert(k, v);
        }
        Some(map)
    }
}

/// Implements [`Wire`] for a struct, field by field in the order given (every field).
macro_rules! wire_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Wire for $t {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$f.put(out);)*
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                Some($t { $($f: Wire::take(r)?),* })
            }
        }
    };
}

/// Implements [`Wire`] for an enum of unit variants, one byte each (in the order given).
macro_rules! wire_enum {
    ($t:ident { $($v:ident),* $(,)? }) => {
        impl Wire for $t {
            fn put(&self, out: &mut Vec<u8>) {
                const ALL: &[$t] = &[$($t::$v),*];
                let i = ALL.iter().position(|x| x == self).unwrap_or(0);
                out.push(i as u8);
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                const ALL: &[$t] = &[$($t::$v),*];
                ALL.get(usize::from(r.byte()?)).copied()
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
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        Some(match r.byte()? {
            100 => ErrorKind::TooLarge {
                tenths: Wire::take(r)?,
                limit_mb: Wire::take(r)?,
            },
            101 => ErrorKind::TextTooLarge {
                limit_mb: Wire::take(r)?,
            },
            i => *ERROR_UNITS.get(usize::from(i))?,
        })
    }
}

pub mod job;
#[cfg(test)]
mod tests;
