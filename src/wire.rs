//! A small binary codec for the model types: how the page's worker hands a parsed [`Document`]
//! or a comparison's pairs back to the page (serde_json's deserializer costs too much wasm).
//!
//! Numbers, lengths and enum variants are LEB128 varints, `f64` its 8 little-endian bytes,
//! strings UTF-8 with a length. Each type has one [`Wire::visit`] for both directions, through
//! a `dyn` [`Io`] that writes or reads: half the code of separate encoders and decoders in the
//! page's wasm. Reading cannot fail midway: a reader that meets bad bytes marks itself bad and
//! yields blank values from then on, and [`decode`] then gives `None`; it never panics.

/// One direction of the codec: writes the values it visits, or overwrites them with what it
/// reads.
pub trait Io {
    /// True when reading (false unless a reader says so).
    fn reading(&self) -> bool {
        false
    }
    /// Whether bad bytes were met (never, for a writer).
    fn failed(&self) -> bool {
        false
    }
    /// Marks the bytes bad (nothing to do for a writer).
    fn fail(&mut self) {}
    /// A whole number.
    fn num(&mut self, x: &mut u64);
    /// A float, bit for bit.
    fn float(&mut self, x: &mut f64);
    /// Bytes with their length.
    fn raw(&mut self, x: &mut Vec<u8>);
    /// A count of values, `n` when writing; when reading, at most the bytes left (every value
    /// takes a byte at least), else the reader is marked bad and the count is 0.
    fn count(&mut self, n: usize) -> usize {
        let mut m = n as u64;
        self.num(&mut m);
        if !self.reading() {
            return n;
        }
        match usize::try_from(m) {
            Ok(m) if m <= self.left() => m,
            _ => {
                self.fail();
                0
            }
        }
    }
    /// Bytes left to read (0 when writing).
    fn left(&self) -> usize {
        0
    }
    /// Text (bytes with their length for the binary form).
    fn text(&mut self, x: &mut String) {
        let mut bytes = std::mem::take(x).into_bytes();
        self.raw(&mut bytes);
        *x = String::from_utf8(bytes).unwrap_or_else(|_| {
            self.fail();
            String::new()
        });
    }
    /// A yes or no.
    fn flag(&mut self, x: &mut bool) {
        let mut n = u64::from(*x);
        self.num(&mut n);
        if n > 1 {
            self.fail();
        }
        *x = n == 1;
    }
    /// A variant `i` of `names.len()`; gives the variant read (0, and marked bad, if none).
    fn variant(&mut self, i: usize, names: &[&str]) -> usize {
        let mut n = i as u64;
        self.num(&mut n);
        match usize::try_from(n) {
            Ok(n) if n < names.len() => n,
            _ => {
                self.fail();
                0
            }
        }
    }
    /// Whether a value is there (`Option`): written or read as a flag.
    fn some(&mut self, some: bool) -> bool {
        let mut x = some;
        self.flag(&mut x);
        x
    }
    /// Whether fields that are `None` are left out (JSON's `skip_serializing_if`).
    fn skips_none(&self) -> bool {
        false
    }
    /// Starts a struct (`list` false) or a list (JSON's braces and brackets).
    fn begin(&mut self, _list: bool) {}
    /// Ends what [`Io::begin`] started.
    fn end(&mut self, _list: bool) {}
    /// Before a struct's field named `name`.
    fn key(&mut self, name: &'static str) {
        self.key_text(name);
    }
    /// Before a map's value under `name`.
    fn key_text(&mut self, _name: &str) {}
    /// Before each value of a list.
    fn item(&mut self) {}
}

/// A value that can be written to and read back from bytes.
pub trait Wire {
    /// An empty value, for a reader to fill.
    fn blank() -> Self;
    /// Writes the value (when `io` writes) or reads it (when `io` reads), field by field.
    fn visit(&mut self, io: &mut dyn Io);
}

/// Writes what it visits.
struct Writer(Vec<u8>);

impl Io for Writer {
    fn num(&mut self, x: &mut u64) {
        let mut n = *x;
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }
    fn float(&mut self, x: &mut f64) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    fn raw(&mut self, x: &mut Vec<u8>) {
        self.num(&mut (x.len() as u64));
        self.0.extend_from_slice(x);
    }
}

/// Reads over what it visits.
struct Reader<'a> {
    bytes: &'a [u8],
    bad: bool,
}

impl Reader<'_> {
    /// The next `n` bytes (none, and marked bad, when fewer are left).
    fn take(&mut self, n: usize) -> &[u8] {
        if n > self.bytes.len() {
            self.fail();
        }
        let (head, rest) = self.bytes.split_at(n.min(self.bytes.len()));
        self.bytes = rest;
        head
    }
}

impl Io for Reader<'_> {
    fn reading(&self) -> bool {
        true
    }
    fn failed(&self) -> bool {
        self.bad
    }
    fn fail(&mut self) {
        self.bad = true;
        self.bytes = &[];
    }
    fn num(&mut self, x: &mut u64) {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some((&b, rest)) = self.bytes.split_first() else {
                break;
            };
            self.bytes = rest;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                *x = value;
                return;
            }
        }
        self.fail();
        *x = 0;
    }
    fn float(&mut self, x: &mut f64) {
        let mut b = [0; 8];
        if let Some(head) = self.take(8).get(..8) {
            b.copy_from_slice(head);
        }
        *x = f64::from_le_bytes(b);
    }
    fn raw(&mut self, x: &mut Vec<u8>) {
        let n = self.count(0);
        *x = self.take(n).to_vec();
    }
    fn left(&self) -> usize {
        self.bytes.len()
    }
}

/// `bytes` as one `T`, all bytes used; `None` for bytes that are not one.
pub fn decode<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader { bytes, bad: false };
    let mut value = T::blank();
    value.visit(&mut r);
    (!r.bad && r.bytes.is_empty()).then_some(value)
}

/// The bytes of `value` (visited mutably, left unchanged).
pub fn encode<T: Wire>(value: &mut T) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    value.visit(&mut w);
    w.0
}

impl Wire for u64 {
    fn blank() -> Self {
        0
    }
    fn visit(&mut self, io: &mut dyn Io) {
        io.num(self);
    }
}

impl Wire for usize {
    fn blank() -> Self {
        0
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let mut n = *self as u64;
        io.num(&mut n);
        *self = usize::try_from(n).unwrap_or_else(|_| {
            io.fail();
            0
        });
    }
}

impl Wire for u32 {
    fn blank() -> Self {
        0
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let mut n = u64::from(*self);
        io.num(&mut n);
        *self = u32::try_from(n).unwrap_or_else(|_| {
            io.fail();
            0
        });
    }
}

impl Wire for f64 {
    fn blank() -> Self {
        0.0
    }
    fn visit(&mut self, io: &mut dyn Io) {
        io.float(self);
    }
}

impl Wire for bool {
    fn blank() -> Self {
        false
    }
    fn visit(&mut self, io: &mut dyn Io) {
        io.flag(self);
    }
}

impl Wire for String {
    fn blank() -> Self {
        String::new()
    }
    fn visit(&mut self, io: &mut dyn Io) {
        io.text(self);
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn blank() -> Self {
        Vec::new()
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let n = io.count(self.len());
        io.begin(true);
        if io.reading() {
            // Read into a blank (empty) list; a bad count ends with the bytes.
            for _ in 0..n {
                if io.failed() {
                    break;
                }
                let mut x = T::blank();
                x.visit(io);
                self.push(x);
            }
        } else {
            for x in self.iter_mut() {
                io.item();
                x.visit(io);
            }
        }
        io.end(true);
    }
}

impl<T: Wire> Wire for Option<T> {
    fn blank() -> Self {
        None
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let some = io.some(self.is_some());
        if io.reading() {
            *self = some.then(T::blank);
        }
        if let Some(x) = self {
            x.visit(io);
        }
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn blank() -> Self {
        (A::blank(), B::blank())
    }
    fn visit(&mut self, io: &mut dyn Io) {
        io.begin(true);
        io.item();
        self.0.visit(io);
        io.item();
        self.1.visit(io);
        io.end(true);
    }
}

/// Implements [`Wire`] for a struct, every field in the order given (declaration order, as
/// serde writes them).
macro_rules! wire_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Wire for $t {
            fn blank() -> Self {
                $t { $($f: Wire::blank()),* }
            }
            fn visit(&mut self, io: &mut dyn Io) {
                io.begin(false);
                $(
                    io.key(stringify!($f));
                    self.$f.visit(io);
                )*
                io.end(false);
            }
        }
    };
}

/// Implements [`Wire`] for an enum of unit variants: every variant in declaration order with
/// its JSON name (the round-trip tests check the order, the JSON tests the names).
macro_rules! wire_enum {
    ($t:ident { $($v:ident = $name:literal),* $(,)? }) => {
        impl Wire for $t {
            fn blank() -> Self {
                const ALL: &[$t] = &[$($t::$v),*];
                ALL[0]
            }
            fn visit(&mut self, io: &mut dyn Io) {
                const ALL: &[$t] = &[$($t::$v),*];
                // Unit variants without explicit discriminants: the cast is the index in ALL.
                let i = io.variant(*self as usize, &[$($name),*]);
                *self = ALL.get(i).copied().unwrap_or(ALL[0]);
            }
        }
    };
}

pub mod job;
pub mod json;
mod model;
#[cfg(test)]
mod tests;
