//! Word's number formats (`w:numFmt`): a counter value → its text (`3` → `三`, `③`, `⑶`).

/// Renders a counter value in one format.
pub type Render = fn(u32) -> String;

/// Number formats by their `w:numFmt` name, one row each. Unknown formats read as decimal.
pub const FORMATS: &[(&str, Render)] = &[
    ("decimal", decimal),
    ("decimalZero", decimal_zero),
    ("decimalFullWidth", decimal_full_width),
    ("decimalFullWidth2", decimal_full_width),
    ("decimalHalfWidth", decimal),
    ("decimalEnclosedCircle", enclosed_circle),
    ("decimalEnclosedCircleChinese", enclosed_circle),
    ("decimalEnclosedParen", enclosed_paren),
    ("decimalEnclosedFullstop", enclosed_fullstop),
    ("chineseCounting", chinese_counting),
    ("chineseCountingThousand", chinese_counting),
    ("japaneseCounting", chinese_counting),
    ("taiwaneseCounting", chinese_counting),
    ("taiwaneseCountingThousand", chinese_counting),
    ("chineseLegalSimplified", chinese_legal),
    ("ideographLegalTraditional", chinese_legal),
    ("ideographDigital", ideograph_digital),
    ("taiwaneseDigital", ideograph_digital),
    ("japaneseDigitalTenThousand", ideograph_digital),
    ("ideographTraditional", heavenly_stem),
    ("ideographZodiac", earthly_branch),
    ("upperRoman", upper_roman),
    ("lowerRoman", lower_roman),
    ("upperLetter", upper_letter),
    ("lowerLetter", lower_letter),
    ("none", none),
];

/// Formats `n` in the format named `fmt` (`chineseCounting`, `decimalEnclosedCircle`, …).
///
/// ```
/// use plandiff::ingest::numfmt::format;
/// assert_eq!(format(12, "chineseCounting"), "十二");
/// assert_eq!(format(3, "decimalEnclosedCircle"), "③");
/// assert_eq!(format(7, "someFutureFormat"), "7");
/// ```
pub fn format(n: u32, fmt: &str) -> String {
    FORMATS
        .iter()
        .find(|(name, _)| *name == fmt)
        .map_or_else(|| decimal(n), |(_, f)| f(n))
}

fn decimal(n: u32) -> String {
    n.to_string()
}

fn decimal_zero(n: u32) -> String {
    format!("{n:02}")
}

fn decimal_full_width(n: u32) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
        .collect()
}

/// Looks `n` up in consecutive code point runs (`first` number, `first` code point, length);
/// falls back to decimal beyond them.
fn from_runs(n: u32, runs: &[(u32, u32, u32)]) -> String {
    runs.iter()
        .find(|(first, _, len)| n >= *first && n < first + len)
        .and_then(|(first, base, _)| char::from_u32(base + (n - first)))
        .map_or_else(|| decimal(n), String::from)
}

fn enclosed_circle(n: u32) -> String {
    // ①–⑳, ㉑–㉟, ㊱–㊿.
    from_runs(n, &[(1, 0x2460, 20), (21, 0x3251, 15), (36, 0x32B1, 15)])
}

fn enclosed_paren(n: u32) -> String {
    from_runs(n, &[(1, 0x2474, 20)]) // ⑴–⒇
}

fn enclosed_fullstop(n: u32) -> String {
    from_runs(n, &[(1, 0x2488, 20)]) // ⒈–⒛
}

const CHINESE_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/// Counting numerals below ten thousand: `10` → `十`, `21` → `二十一`, `105` → `一百〇五`.
/// `short_ten` drops the leading one of 10–19 (`十二`, not `一十二`).
fn counting(n: u32, digits: &[char; 10], units: &[char; 3], short_ten: bool) -> String {
    if n == 0 || n > 9999 {
        return n
            .to_string()
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect();
    }
    let places = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero = false;
    for (i, &k) in places.iter().enumerate() {
        let place = 3 - i;
        if k == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push(digits[0]);
            zero = false;
        }
        if !(short_ten && place == 1 && k == 1 && out.is_empty()) {
            out.push(digits[k as usize]);
        }
        if place > 0 {
            out.push(units[place - 1]);
        }
    }
    out
}

/// `n` in Chinese numerals as headings number (`十二`).
pub(super) fn chinese_counting(n: u32) -> String {
    counting(n, &CHINESE_DIGITS, &['十', '百', '千'], true)
}

fn chinese_legal(n: u32) -> String {
    counting(n, &LEGAL_DIGITS, &['拾', '佰', '仟'], false)
}

fn ideograph_digital(n: u32) -> String {
    n.to_string()
        .chars()
        .map(|c| c.to_digit(10).map_or(c, |d| CHINESE_DIGITS[d as usize]))
        .collect()
}

fn cycle(n: u32, names: &[char]) -> String {
    match n.checked_sub(1).and_then(|i| names.get(i as usize)) {
        Some(c) => c.to_string(),
        None => decimal(n),
    }
}

fn heavenly_stem(n: u32) -> String {
    cycle(
        n,
        &['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'],
    )
}

fn earthly_branch(n: u32) -> String {
    cycle(
        n,
        &[
            '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
        ],
    )
}

fn upper_roman(n: u32) -> String {
    if n == 0 || n >= 4000 {
        return decimal(n);
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, text) in TABLE {
        while rest >= value {
            out.push_str(text);
            rest -= value;
        }
    }
    out
}

fn lower_roman(n: u32) -> String {
    upper_roman(n).to_ascii_lowercase()
}

/// Word's letters: A–Z, then AA–ZZ, AAA–ZZZ (the letter repeated, not base 26).
fn upper_letter(n: u32) -> String {
    if n == 0 || n > 780 {
        return decimal(n);
    }
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
}

fn lower_letter(n: u32) -> String {
    upper_letter(n).to_ascii_lowercase()
}

fn none(_: u32) -> String {
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One expected rendering of 1, 2, 10 and 12 per format row.
    const EXPECTED: &[(&str, [&str; 4])] = &[
        ("decimal", ["1", "2", "10", "12"]),
        ("decimalZero", ["01", "02", "10", "12"]),
        ("decimalFullWidth", ["１", "２", "１０", "１２"]),
        ("decimalFullWidth2", ["１", "２", "１０", "１２"]),
        ("decimalHalfWidth", ["1", "2", "10", "12"]),
        ("decimalEnclosedCircle", ["①", "②", "⑩", "⑫"]),
        ("decimalEnclosedCircleChinese", ["①", "②", "⑩", "⑫"]),
        ("decimalEnclosedParen", ["⑴", "⑵", "⑽", "⑿"]),
        ("decimalEnclosedFullstop", ["⒈", "⒉", "⒑", "⒓"]),
        ("chineseCounting", ["一", "二", "十", "十二"]),
        ("chineseCountingThousand", ["一", "二", "十", "十二"]),
        ("japaneseCounting", ["一", "二", "十", "十二"]),
        ("taiwaneseCounting", ["一", "二", "十", "十二"]),
        ("taiwaneseCountingThousand", ["一", "二", "十", "十二"]),
        ("chineseLegalSimplified", ["壹", "贰", "壹拾", "壹拾贰"]),
        ("ideographLegalTraditional", ["壹", "贰", "壹拾", "壹拾贰"]),
        ("ideographDigital", ["一", "二", "一〇", "一二"]),
        ("taiwaneseDigital", ["一", "二", "一〇", "一二"]),
        ("japaneseDigitalTenThousand", ["一", "二", "一〇", "一二"]),
        ("ideographTraditional", ["甲", "乙", "癸", "12"]),
        ("ideographZodiac", ["子", "丑", "酉", "亥"]),
        ("upperRoman", ["I", "II", "X", "XII"]),
        ("lowerRoman", ["i", "ii", "x", "xii"]),
        ("upperLetter", ["A", "B", "J", "L"]),
        ("lowerLetter", ["a", "b", "j", "l"]),
        ("none", ["", "", "", ""]),
    ];

    #[test]
    fn every_format_row_renders() {
        assert_eq!(EXPECTED.len(), FORMATS.len());
        for (fmt, want) in EXPECTED {
            let got: Vec<String> = [1, 2, 10, 12].iter().map(|n| format(*n, fmt)).collect();
            assert_eq!(got, want.to_vec(), "{fmt}");
        }
    }

    #[test]
    fn chinese_counting_larger_numbers() {
        let cases = [
            (20, "二十"),
            (21, "二十一"),
            (33, "三十三"),
            (100, "一百"),
            (105, "一百〇五"),
            (110, "一百一十"),
            (1001, "一千〇一"),
            (0, "〇"),
        ];
        for (n, want) in cases {
            assert_eq!(chinese_counting(n), want, "{n}");
        }
    }

    #[test]
    fn past_the_table_falls_back_to_digits() {
        assert_eq!(format(21, "decimalEnclosedCircle"), "㉑");
        assert_eq!(format(51, "decimalEnclosedCircle"), "51");
        assert_eq!(format(27, "upperLetter"), "AA");
        assert_eq!(format(u32::MAX, "upperLetter"), u32::MAX.to_string());
        assert_eq!(format(u32::MAX, "chineseCounting").chars().count(), 10);
    }
}
