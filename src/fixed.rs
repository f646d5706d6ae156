//! `format!("{x:.N}")` for `f64`, computed exactly without `core`'s float formatting.
//!
//! `<f64 as Display>` brings Grisu, Dragon4 and their power tables into the page's wasm; the
//! page only ever prints a few fixed-point numbers (scores, sizes, bar widths). This gives the
//! same text: the exact binary value rounded half to even at `digits` decimals.

/// `format!("{x:.digits}")`, byte for byte, for `digits` up to 6.
pub fn fixed(x: f64, digits: usize) -> String {
    let digits = digits.min(6);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    // The value is m·2^e; print round(m·10^digits·2^e) with `digits` decimals.
    let scale = 10u128.pow(digits as u32);
    let scaled = u128::from(m) * scale; // < 2^73
    let text = if e >= 0 {
        // An integer: m·2^e, then `digits` zeros.
        let mut int = decimal_of(u128::from(m));
        for _ in 0..e {
            double(&mut int);
        }
        let mut s = to_text(&int);
        if digits > 0 {
            s.push('.');
            s.push_str(&"0".repeat(digits));
        }
        s
    } else {
        let k = e.unsigned_abs();
        let q = if k >= 120 {
            // The scaled value is below a quarter: rounds to zero.
            0
        } else {
            let q = scaled >> k;
            let r = scaled & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            if r > half || (r == half && q & 1 == 1) {
                q + 1
            } else {
                q
            }
        };
        // Printed as u64 (u128's printing is more wasm): here x < 2^53, so the integer part
        // fits, and the fraction is below 10^6.
        let int = u64::try_from(q / scale).unwrap_or(u64::MAX).to_string();
        if digits == 0 {
            int
        } else {
            let f = u64::try_from(q % scale).unwrap_or(0).to_string();
            let pad = digits.saturating_sub(f.len());
            format!("{int}.{}{f}", "0".repeat(pad))
        }
    };
    format!("{sign}{text}")
}

/// Base-10^9 limbs, least significant first.
fn decimal_of(mut n: u128) -> Vec<u32> {
    let mut limbs = Vec::new();
    loop {
        limbs.push((n % 1_000_000_000) as u32);
        n /= 1_000_000_000;
        if n == 0 {
            return limbs;
        }
    }
}

fn double(limbs: &mut Vec<u32>) {
    let mut carry = 0u32;
    for limb in limbs.iter_mut() {
        let v = *limb * 2 + carry;
        *limb = v % 1_000_000_000;
        carry = v / 1_000_000_000;
    }
    if carry > 0 {
        limbs.push(carry);
    }
}

fn to_text(limbs: &[u32]) -> String {
    let mut s = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        let l = limb.to_string();
        if i > 0 {
            s.push_str(&"0".repeat(9 - l.len()));
        }
        s.push_str(&l);
    }
    s
}

/// The value of a plain decimal (`12`, `4.56`, `-0.5`: ASCII digits and at most one point, both
/// sides non-empty) exactly as `str::parse::<f64>` gives it, without `core`'s float parsing
/// (whose tables add some 15 KB to the page's wasm). `None` for other text and for digits
/// beyond 2^53 or more than 22 decimals, where one division would not round as the parser does.
///
/// `decimal("95.5")` → `Some(95.5)`; `decimal("1e3")` → `None`.
pub fn decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    if int.is_empty() || frac.is_empty() || frac.len() > 22 {
        return None;
    }
    let mut m: u64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    if m > 1 << 53 {
        return None;
    }
    let scale = (0..frac.len()).fold(1.0f64, |p, _| p * 10.0);
    // Both exact (m ≤ 2^53, 10^22 is a double), so the one division rounds correctly.
    let value = m as f64 / scale;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn decimal_reads_as_the_float_parser_does(
            int in "-?[0-9]{1,16}",
            frac in proptest::option::of("[0-9]{1,23}"),
        ) {
            let text = match frac {
                Some(f) => format!("{int}.{f}"),
                None => int,
            };
            // Up to 15 digits in all (a whole number counts its implied `.0`) is always below
            // 2^53: such a decimal must be read.
            let digits = text.bytes().filter(u8::is_ascii_digit).count()
                + usize::from(!text.contains('.'));
            match decimal(&text) {
                Some(x) => prop_assert_eq!(Some(x.to_bits()), text.parse::<f64>().ok().map(f64::to_bits), "{}", text),
                None => prop_assert!(digits > 15, "{} not read", text),
            }
        }
    }

    #[test]
    fn decimal_reads_plain_decimals_only() {
        assert_eq!(decimal("95.5"), Some(95.5));
        assert_eq!(decimal("100"), Some(100.0));
        assert_eq!(decimal("0.000123"), Some(0.000123));
        assert_eq!(decimal("-0.0").map(f64::to_bits), Some((-0.0f64).to_bits()));
        for bad in [
            "",
            ".5",
            "5.",
            "1e3",
            "1,5",
            "-",
            "9007199254740993",
            "１２",
        ] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn ties_round_to_even_like_format() {
        for x in [
            0.125, 0.375, 2.5, 0.5, 1.5, -0.0, -0.001, 0.0, 0.045, 1e300, 5e-324, 123.456,
        ] {
            for d in 0..=4 {
                assert_eq!(fixed(x, d), format!("{x:.d$}"), "{x} with {d} decimals");
            }
        }
        assert_eq!(fixed(f64::NAN, 2), format!("{:.2}", f64::NAN));
        assert_eq!(
            fixed(f64::NEG_INFINITY, 1),
            format!("{:.1}", f64::NEG_INFINITY)
        );
    }

    proptest! {
        #[test]
        fn same_as_format(x in any::<f64>(), d in 0usize..=6) {
            prop_assert_eq!(fixed(x, d), format!("{x:.d$}"));
        }

        #[test]
        fn same_as_format_for_everyday_numbers(n in 0u32..2_000_000, div in 1u32..10_000, d in 0usize..=3) {
            let x = f64::from(n) / f64::from(div);
            prop_assert_eq!(fixed(x, d), format!("{x:.d$}"));
        }
    }
}
