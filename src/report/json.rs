//! Pretty JSON written the way `serde_json::to_writer_pretty` writes it, byte for byte, with
//! a faster string escape: serde_json tests every byte of a string against its escape table,
//! while the text of a plan (Chinese, a few hundred bytes a string, almost never a quote or a
//! control character) can be passed over eight bytes at a time. The JSON of a large comparison
//! is mostly such strings (13 MB at 100× a city plan).
//!
//! Everything else (numbers, `null`, the line breaks and indents of [`super::Pretty`]) is written
//! by the same `serde_json` formatter calls, in the same order, as `serde_json`'s serializer
//! makes them.

use serde::ser::{self, Impossible, Serialize};
use serde_json::ser::{CharEscape, Formatter};
use serde_json::Error;
use std::io::Write;

/// A serde serializer writing pretty JSON to `out` through the formatter `fmt`.
pub(super) struct PrettyJson<W, F> {
    pub(super) out: W,
    pub(super) fmt: F,
}

type Result<T> = std::result::Result<T, Error>;

/// Eight copies of byte `b`.
const fn lanes(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// True when any of the eight bytes of `x` must be escaped in a JSON string: a control
/// character (below 0x20), `"` or `\`. (Each test is exact for "some byte is": a zero byte of
/// `v` gives a borrow that sets its top bit, and a byte with its top bit set in `x` is masked.)
fn needs_escape(x: u64) -> bool {
    let (quote, backslash) = (x ^ lanes(b'"'), x ^ lanes(b'\\'));
    let zero_in = |v: u64| v.wrapping_sub(lanes(1)) & !v;
    let below_space = x.wrapping_sub(lanes(0x20)) & !x;
    (below_space | zero_in(quote) | zero_in(backslash)) & lanes(0x80) != 0
}

/// The escape JSON needs for byte `b`, if any (as `serde_json` writes it).
fn escape_of(b: u8) -> Option<CharEscape> {
    Some(match b {
        b'"' => CharEscape::Quote,
        b'\\' => CharEscape::ReverseSolidus,
        0x08 => CharEscape::Backspace,
        0x09 => CharEscape::Tab,
        0x0A => CharEscape::LineFeed,
        0x0C => CharEscape::FormFeed,
        0x0D => CharEscape::CarriageReturn,
        0x00..=0x1F => CharEscape::AsciiControl(b),
        _ => return None,
    })
}

/// The length of the start of `bytes` that needs no escape: eight bytes at a time, then the
/// last few one by one.
fn plain_len(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        if needs_escape(u64::from_ne_bytes(eight)) {
            return at + first_escape(chunk);
        }
        at += 8;
    }
    at + first_escape(chunks.remainder())
}

/// Where in `bytes` the first byte to escape is (its length if none).
fn first_escape(bytes: &[u8]) -> usize {
    (bytes.iter())
        .position(|&b| escape_of(b).is_some())
        .unwrap_or(bytes.len())
}

impl<W: Write, F: Formatter> PrettyJson<W, F> {
    /// `value` as a JSON string: the runs that need no escape written whole, as
    /// `serde_json::ser::format_escaped_str` writes them.
    fn string(&mut self, value: &str) -> Result<()> {
        let (out, fmt) = (&mut self.out, &mut self.fmt);
        fmt.begin_string(out).map_err(Error::io)?;
        let mut rest = value;
        while !rest.is_empty() {
            let run = plain_len(rest.as_bytes());
            // A run ends before an ASCII byte, on a char boundary.
            let (plain, tail) = rest.split_at_checked(run).unwrap_or((rest, ""));
            if !plain.is_empty() {
                fmt.write_string_fragment(out, plain).map_err(Error::io)?;
            }
            let Some(&b) = tail.as_bytes().first() else {
                break;
            };
            if let Some(escape) = escape_of(b) {
                fmt.write_char_escape(out, escape).map_err(Error::io)?;
            }
            rest = tail.get(1..).unwrap_or_default();
        }
        fmt.end_string(out).map_err(Error::io)
    }

    fn io(&mut self, f: impl FnOnce(&mut F, &mut W) -> std::io::Result<()>) -> Result<()> {
        f(&mut self.fmt, &mut self.out).map_err(Error::io)
    }

    /// The start of `{"variant": ` (an enum variant with data).
    fn variant_key(&mut self, variant: &str) -> Result<()> {
        self.io(|f, w| f.begin_object(w))?;
        self.io(|f, w| f.begin_object_key(w, true))?;
        self.string(variant)?;
        self.io(|f, w| f.end_object_key(w))?;
        self.io(|f, w| f.begin_object_value(w))
    }

    /// Opens an array (`seq`) or object of `len` items; an empty one is closed at once.
    fn open(&mut self, seq: bool, len: Option<usize>, variant: bool) -> Result<Compound<'_, W, F>> {
        if seq {
            self.io(|f, w| f.begin_array(w))?;
        } else {
            self.io(|f, w| f.begin_object(w))?;
        }
        let empty = len == Some(0);
        if empty {
            self.close(seq)?;
        }
        Ok(Compound {
            ser: self,
            state: if empty { State::Empty } else { State::First },
            seq,
            variant,
        })
    }

    fn close(&mut self, seq: bool) -> Result<()> {
        if seq {
            self.io(|f, w| f.end_array(w))
        } else {
            self.io(|f, w| f.end_object(w))
        }
    }
}

macro_rules! numbers {
    ($($method:ident $ty:ty => $write:ident,)*) => {
        $(fn $method(self, v: $ty) -> Result<()> {
            self.io(|f, w| f.$write(w, v))
        })*
    };
}

impl<'a, W: Write, F: Formatter> ser::Serializer for &'a mut PrettyJson<W, F> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W, F>;
    type SerializeTuple = Compound<'a, W, F>;
    type SerializeTupleStruct = Compound<'a, W, F>;
    type SerializeTupleVariant = Compound<'a, W, F>;
    type SerializeMap = Compound<'a, W, F>;
    type SerializeStruct = Compound<'a, W, F>;
    type SerializeStructVariant = Compound<'a, W, F>;

    numbers! {
        serialize_bool bool => write_bool,
        serialize_i8 i8 => write_i8,
        serialize_i16 i16 => write_i16,
        serialize_i32 i32 => write_i32,
        serialize_i64 i64 => write_i64,
        serialize_i128 i128 => write_i128,
        serialize_u8 u8 => write_u8,
        serialize_u16 u16 => write_u16,
        serialize_u32 u32 => write_u32,
        serialize_u64 u64 => write_u64,
        serialize_u128 u128 => write_u128,
    }

    fn serialize_f32(self, v: f32) -> Result<()> {
        if v.is_finite() {
            self.io(|f, w| f.write_f32(w, v))
        } else {
            self.serialize_unit()
        }
    }

    fn serialize_f64(self, v: f64) -> Result<()> {
        if v.is_finite() {
            self.io(|f, w| f.write_f64(w, v))
        } else {
            self.serialize_unit()
        }
    }

    fn serialize_char(self, v: char) -> Result<()> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<()> {
        self.string(v)
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        self.io(|f, w| f.write_byte_array(w, v))
    }

    fn serialize_none(self) -> Result<()> {
        self.serialize_unit()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<()> {
        self.io(|f, w| f.write_null(w))
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        self.string(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.variant_key(variant)?;
        value.serialize(&mut *self)?;
        self.io(|f, w| f.end_object_value(w))?;
        self.io(|f, w| f.end_object(w))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a, W, F>> {
        self.open(true, len, false)
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W, F>> {
        self.open(true, Some(len), false)
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, W, F>> {
        self.open(true, Some(len), false)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W, F>> {
        self.variant_key(variant)?;
        self.open(true, Some(len), true)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a, W, F>> {
        self.open(false, len, false)
    }

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, W, F>> {
        self.open(false, Some(len), false)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W, F>> {
        self.variant_key(variant)?;
        self.open(false, Some(len), true)
    }
}

#[derive(PartialEq, Eq)]
enum State {
    Empty,
    First,
    Rest,
}

/// An array or object being written (`seq` tells which); `variant` when it is the value of an
/// enum variant's `{"variant": …}`, which its end closes too.
pub(super) struct Compound<'a, W, F> {
    ser: &'a mut PrettyJson<W, F>,
    state: State,
    seq: bool,
    variant: bool,
}

impl<W: Write, F: Formatter> Compound<'_, W, F> {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        let first = self.state == State::First;
        self.ser.io(|f, w| f.begin_array_value(w, first))?;
        self.state = State::Rest;
        value.serialize(&mut *self.ser)?;
        self.ser.io(|f, w| f.end_array_value(w))
    }

    fn key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        let first = self.state == State::First;
        self.ser.io(|f, w| f.begin_object_key(w, first))?;
        self.state = State::Rest;
        key.serialize(KeySerializer { ser: self.ser })?;
        self.ser.io(|f, w| f.end_object_key(w))
    }

    fn value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.ser.io(|f, w| f.begin_object_value(w))?;
        value.serialize(&mut *self.ser)?;
        self.ser.io(|f, w| f.end_object_value(w))
    }

    fn finish(self) -> Result<()> {
        if self.state != State::Empty {
            self.ser.close(self.seq)?;
        }
        if self.variant {
            self.ser.io(|f, w| f.end_object_value(w))?;
            self.ser.io(|f, w| f.end_object(w))?;
        }
        Ok(())
    }
}

impl<W: Write, F: Formatter> ser::SerializeSeq for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl<W: Write, F: Formatter> ser::SerializeTuple for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl<W: Write, F: Formatter> ser::SerializeTupleStruct for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl<W: Write, F: Formatter> ser::SerializeTupleVariant for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl<W: Write, F: Formatter> ser::SerializeMap for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        self.key(key)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.value(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl<W: Write, F: Formatter> ser::SerializeStruct for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.key(key)?;
        self.value(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

impl<W: Write, F: Formatter> ser::SerializeStructVariant for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.key(key)?;
        self.value(value)
    }
    fn end(self) -> Result<()> {
        self.finish()
    }
}

/// An object key: a string, or a number or `bool` written as one (what `serde_json` accepts).
struct KeySerializer<'a, W, F> {
    ser: &'a mut PrettyJson<W, F>,
}

impl<W: Write, F: Formatter> KeySerializer<'_, W, F> {
    /// `write` between quotes.
    fn quoted(self, write: impl FnOnce(&mut F, &mut W) -> std::io::Result<()>) -> Result<()> {
        self.ser.io(|f, w| f.begin_string(w))?;
        self.ser.io(write)?;
        self.ser.io(|f, w| f.end_string(w))
    }
}

fn key_must_be_a_string() -> Error {
    ser::Error::custom("key must be a string")
}

macro_rules! quoted_numbers {
    ($($method:ident $ty:ty => $write:ident,)*) => {
        $(fn $method(self, v: $ty) -> Result<()> {
            self.quoted(|f, w| f.$write(w, v))
        })*
    };
}

impl<W: Write, F: Formatter> ser::Serializer for KeySerializer<'_, W, F> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    quoted_numbers! {
        serialize_bool bool => write_bool,
        serialize_i8 i8 => write_i8,
        serialize_i16 i16 => write_i16,
        serialize_i32 i32 => write_i32,
        serialize_i64 i64 => write_i64,
        serialize_i128 i128 => write_i128,
        serialize_u8 u8 => write_u8,
        serialize_u16 u16 => write_u16,
        serialize_u32 u32 => write_u32,
        serialize_u64 u64 => write_u64,
        serialize_u128 u128 => write_u128,
    }

    fn serialize_f32(self, v: f32) -> Result<()> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite"));
        }
        self.quoted(|f, w| f.write_f32(w, v))
    }

    fn serialize_f64(self, v: f64) -> Result<()> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite"));
        }
        self.quoted(|f, w| f.write_f64(w, v))
    }

    fn serialize_char(self, v: char) -> Result<()> {
        self.ser.string(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<()> {
        self.ser.string(v)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<()> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<()> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<()> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit(self) -> Result<()> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        self.ser.string(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<()> {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// `value` by this serializer and by serde_json's, both with serde_json's pretty formatter.
    fn both<T: Serialize>(value: &T) -> (Vec<u8>, Vec<u8>) {
        let mut ours = PrettyJson {
            out: Vec::new(),
            fmt: serde_json::ser::PrettyFormatter::new(),
        };
        value.serialize(&mut ours).unwrap();
        let theirs = serde_json::to_vec_pretty(value).unwrap();
        (ours.out, theirs)
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = json!({
            "空": {}, "无": [], "数": [0, -3, 2.5, 1e300, 18446744073709551615u64],
            "字": ["示例市\"司法局\"\\", "\u{0}\u{1f}\u{7f}\t\n\r\u{8}\u{c}", "", "《办法》"],
            "真": [true, false, null],
            "深": [[[{"k": [1, {"m": []}]}]]],
        });
        let (ours, theirs) = both(&value);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
        // Enums with data, maps keyed by numbers, tuples, chars and floats that JSON lacks.
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(i32, &'static str),
            Struct { a: f64, b: Option<char> },
            Empty {},
        }
        let keyed: std::collections::BTreeMap<i64, f32> = [(-1, 0.5), (7, f32::NAN)].into();
        let value = (
            [E::Unit, E::New(3), E::Tuple(-1, "乙"), E::Empty {}],
            E::Struct {
                a: f64::INFINITY,
                b: Some('"'),
            },
            keyed,
            ((), 'x', u128::MAX, i128::MIN),
        );
        let (ours, theirs) = both(&value);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
    }

    proptest! {
        #[test]
        fn plain_start_ends_at_the_first_byte_to_escape(bytes in prop::collection::vec(
            prop_oneof![Just(b'"'), Just(b'\\'), Just(0u8), Just(0x1f), Just(b'a'), any::<u8>()],
            0..30,
        )) {
            prop_assert_eq!(plain_len(&bytes), first_escape(&bytes));
        }

        #[test]
        fn strings_escape_as_serde_json_escapes(
            s in prop::collection::vec(
                prop_oneof![
                    Just('"'), Just('\\'), Just('\n'), Just('\u{1}'), Just('\u{1f}'), Just(' '),
                    Just('\u{7f}'), Just('A'), Just('示'), Just('é'), Just('😀'), any::<char>(),
                ],
                0..40,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let (ours, theirs) = both(&s);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn eight_bytes_need_escape_as_each_byte_does(bytes in any::<[u8; 8]>()) {
            prop_assert_eq!(
                needs_escape(u64::from_ne_bytes(bytes)),
                bytes.iter().any(|&b| escape_of(b).is_some())
            );
        }
    }
}
