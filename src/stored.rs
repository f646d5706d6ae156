//! Reading back the corrections older pages kept in localStorage (JSON written by `serde_json`;
//! the page now writes `app::saved`'s lines, and reads these so that no correction is lost).
//!
//! A small reader for exactly that shape, so that the page's wasm carries no serde deserializer
//! (which also brings float parsing and float printing for its error messages).

use crate::model::Corrections;

/// The corrections in `json` as `serde_json::to_string(&Corrections)` writes them, or `None`
/// when the text is not that (the page then starts without corrections). Like serde, fields may
/// come in any order and both must be present; unlike serde, other fields are refused.
pub fn corrections_from_json(json: &str) -> Option<Corrections> {
    let mut r = Reader {
        s: json.as_bytes(),
        i: 0,
    };
    let mut unpaired = None;
    let mut paired = None;
    r.expect(b'{')?;
    if !r.peek_is(b'}') {
        loop {
            let key = r.string()?;
            r.expect(b':')?;
            let slot = match key.as_str() {
                "unpaired" => &mut unpaired,
                "paired" => &mut paired,
                _ => return None,
            };
            if slot.is_some() {
                return None;
            }
            *slot = Some(r.pairs()?);
            if !r.comma_or(b'}')? {
                break;
            }
        }
    }
    r.expect(b'}')?;
    r.ws();
    if r.i != r.s.len() {
        return None;
    }
    Some(Corrections {
        unpaired: unpaired?,
        paired: paired?,
    })
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn peek_is(&mut self, b: u8) -> bool {
        self.ws();
        self.s.get(self.i) == Some(&b)
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        self.peek_is(b).then(|| self.i += 1)
    }

    /// After an item: `Some(true)` on a comma (more items), `Some(false)` before `close`.
    fn comma_or(&mut self, close: u8) -> Option<bool> {
        if self.peek_is(b',') {
            self.i += 1;
            Some(true)
        } else {
            self.peek_is(close).then_some(false)
        }
    }

    /// `[["a","b"], …]`
    fn pairs(&mut self) -> Option<Vec<(String, String)>> {
        let mut out = Vec::new();
        self.expect(b'[')?;
        if !self.peek_is(b']') {
            loop {
                self.expect(b'[')?;
                let a = self.string()?;
                self.expect(b',')?;
                let b = self.string()?;
                self.expect(b']')?;
                out.push((a, b));
                if !self.comma_or(b']')? {
                    break;
                }
            }
        }
        self.expect(b']')?;
        Some(out)
    }

    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = *self.s.get(self.i)?;
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return None,
                _ => out.push(c),
            }
        }
    }

    /// After `\u`: one code point, a surrogate pair taking two escapes.
    fn unicode_escape(&mut self) -> Option<char> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) {
            if self.s.get(self.i..self.i + 2) != Some(b"\\u") {
                return None;
            }
            self.i += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return None;
            }
            char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        } else {
            char::from_u32(hi)
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.i..self.i + 4)?;
        self.i += 4;
        digits
            .iter()
            .try_fold(0u32, |acc, &d| Some(acc * 16 + char::from(d).to_digit(16)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn reads_what_serde_json_writes() {
        let c = Corrections {
            unpaired: vec![pair("1.2", "1.3"), pair("二（三）", "二（四）")],
            paired: vec![pair("5", "6.1")],
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(corrections_from_json(&json), Some(c.clone()));
        let pretty = serde_json::to_string_pretty(&c).unwrap();
        assert_eq!(corrections_from_json(&pretty), Some(c));
        assert_eq!(
            corrections_from_json(r#"{"paired":[],"unpaired":[]}"#),
            Some(Corrections::default())
        );
    }

    #[test]
    fn refuses_what_serde_refuses() {
        for bad in [
            "",
            "{}",
            r#"{"paired":[]}"#,
            r#"{"paired":[],"unpaired":[],"paired":[]}"#,
            r#"{"paired":[["a"]],"unpaired":[]}"#,
            r#"{"paired":[["a","b"],],"unpaired":[]}"#,
            r#"{"paired":[],"unpaired":[]} x"#,
            r#"{"paired":[["\ud800","b"]],"unpaired":[]}"#,
            r#"{"paired":[["a\q","b"]],"unpaired":[]}"#,
            "{\"paired\":[[\"a\nb\",\"c\"]],\"unpaired\":[]}",
        ] {
            assert_eq!(corrections_from_json(bad), None, "{bad}");
            assert!(serde_json::from_str::<Corrections>(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn round_trips_any_ids(
            unpaired in proptest::collection::vec((any::<String>(), any::<String>()), 0..4),
            paired in proptest::collection::vec((any::<String>(), any::<String>()), 0..4),
        ) {
            let c = Corrections { unpaired, paired };
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(corrections_from_json(&json), Some(c));
        }

        #[test]
        fn agrees_with_serde_on_escapes(a in "[a-z\\\\\"/\\u{1}-\\u{1f}\u{4e00}\u{1F600}]{0,8}") {
            // Escaped by hand in every form JSON allows.
            let mut lit = String::new();
            for ch in a.chars() {
                match ch {
                    '/' => lit.push_str("\\/"),
                    '"' => lit.push_str("\\\""),
                    '\\' => lit.push_str("\\\\"),
                    c if (c as u32) < 0x20 || (c as u32) > 0xffff => {
                        let mut units = [0u16; 2];
                        for u in c.encode_utf16(&mut units) {
                            lit.push_str(&format!("\\u{u:04X}"));
                        }
                    }
                    c => lit.push(c),
                }
            }
            let json = format!(r#"{{ "unpaired" : [ [ "{lit}" , "x" ] ] , "paired" : [ ] }}"#);
            let ours = corrections_from_json(&json);
            let theirs = serde_json::from_str::<Corrections>(&json).ok();
            prop_assert_eq!(ours, theirs);
        }
    }
}
