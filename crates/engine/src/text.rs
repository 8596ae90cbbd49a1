//! Letter case and letter classes, small enough for the web page.
//!
//! The standard library's `to_lowercase`, `is_uppercase` and `is_alphabetic`
//! carry the whole Unicode tables: some 25 KB of WebAssembly, a quarter of
//! what the page may weigh. News text is written in Latin, Greek and
//! Cyrillic letters, so case here is computed for those scripts (ASCII,
//! Latin-1, Latin Extended-A, Greek, Cyrillic) by arithmetic; every other
//! letter is caseless. Any other character that is not punctuation, a
//! symbol or a space counts as a letter, so words in other scripts stay
//! whole.

/// The lower-case form of `c`; `c` itself when it has none (or is outside
/// the scripts above).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x130 => 0x69,
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 32
        }
        0x400..=0x40F => u + 80,
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// The upper-case form of `c`; `c` itself when it has none.
pub fn upper(c: char) -> char {
    let u = c as u32;
    let v = match u {
        0x131 => 0x49,
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => {
            u - 32
        }
        0x3C2 => 0x3A3,
        0x450..=0x45F => u - 80,
        0x101..=0x138 | 0x14B..=0x178 | 0x461..=0x482 | 0x48B..=0x4C0 | 0x4D1..=0x530
            if u % 2 == 1 =>
        {
            u - 1
        }
        0x13A..=0x149 | 0x17A..=0x17F | 0x4C2..=0x4CF if u % 2 == 0 => u - 1,
        0xFF => 0x178,
        0x3AC => 0x386,
        0x3AD..=0x3AF => u - 37,
        0x3CC => 0x38C,
        0x3CD | 0x3CE => u - 63,
        _ => u,
    };
    // 0x138 (ĸ), 0x149 (ŉ) and 0x17F (ſ) have no capital of their own.
    if matches!(u, 0x138 | 0x149 | 0x17F) {
        return c;
    }
    char::from_u32(v).unwrap_or(c)
}

/// Whether `c` is a capital letter.
pub fn is_upper(c: char) -> bool {
    lower(c) != c
}

/// Whether `c` is a small letter.
pub fn is_lower(c: char) -> bool {
    upper(c) != c || matches!(c, 'ß' | 'ĸ' | 'ŉ' | 'ſ' | 'ı')
}

/// Whether `c` is a letter: ASCII letters, and any character beyond
/// Latin-1's symbols that is not punctuation, a symbol, a space or an
/// emoji (so words of any script stay whole).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let u = c as u32;
    match u {
        0xAA | 0xB5 | 0xBA => true,
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        // General punctuation, currency, letterlike symbols, arrows,
        // mathematical and technical symbols, box drawing, dingbats.
        0x2000..=0x2BFF => false,
        // CJK punctuation, vertical and full-width forms' punctuation.
        0x3000..=0x303F | 0xFE10..=0xFE6F | 0xFF00..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 => {
            false
        }
        0xFFF0..=0xFFFF | 0xE000..=0xF8FF => false,
        // Emoji and pictographs.
        0x1F000..=0x1FAFF => false,
        _ => !c.is_whitespace(),
    }
}

/// Whether `c` is neither a letter nor an ASCII digit: what splits text
/// into plain words. (A function, not a closure at each split, so that the
/// splitter is compiled once.)
pub fn is_not_alnum(c: char) -> bool {
    !is_alnum(c)
}

/// Whether `c` is a letter or an ASCII digit.
pub fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// `.lowercase()` for strings, the small form of `str::to_lowercase`.
pub trait Case {
    fn lowercase(&self) -> String;
}

impl Case for str {
    fn lowercase(&self) -> String {
        lowercase(self)
    }
}

/// `s` in small letters.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

/// The words of `s` (what `split_whitespace` gives) with one space
/// between two: line breaks and runs of spaces become one space, and none
/// is left at either end.
pub fn squeeze(s: &str) -> String {
    join_words(&mut s.split_whitespace())
}

/// Words joined by single spaces. (A `dyn` iterator, so that the loop is
/// compiled once for every kind of word list.)
pub fn join_words<'a>(words: &mut dyn Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    push_words(&mut out, words);
    out
}

/// Appends words to `out`, with single spaces between them.
pub fn push_words<'a>(out: &mut String, words: &mut dyn Iterator<Item = &'a str>) {
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Appends `n` in decimal, zero-padded to `width` characters (the sign
/// counted) as `{:0width$}` writes it.
pub fn push_num(out: &mut String, n: i64, width: usize) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        k -= 1;
        digits[k] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let len = digits.len() - k + (n < 0) as usize;
    if n < 0 {
        out.push('-');
    }
    for _ in len..width {
        out.push('0');
    }
    for &d in &digits[k..] {
        out.push(d as char);
    }
}

/// `n` in decimal.
pub fn num(n: i64) -> String {
    let mut out = String::new();
    push_num(&mut out, n, 0);
    out
}

/// Whether `s` contains `word` (lower-case ASCII, not empty) in any ASCII
/// case: what `s.to_lowercase().contains(word)` says, without the standard
/// library's Unicode case tables (some 10 KB of the web page) or its
/// substring searcher.
pub fn contains_ignore_case(s: &str, word: &str) -> bool {
    s.as_bytes()
        .windows(word.len().max(1))
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// What follows the last space of `s` (all of `s` without one).
pub fn last_word(s: &str) -> &str {
    let from = s.bytes().rposition(|b| b == b' ').map_or(0, |i| i + 1);
    &s[from..]
}

/// `s` with capitals throughout.
pub fn uppercase(s: &str) -> String {
    s.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_agrees_with_the_standard_library_on_latin_greek_and_cyrillic() {
        let ranges = [0x20..0x180u32, 0x386..0x3CF, 0x400..0x460];
        let odd = ['µ', 'ĸ', 'ŉ', 'ſ', 'ß', 'ΐ', 'ΰ', 'ς'];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            if odd.contains(&c) {
                continue;
            }
            let l: Vec<char> = c.to_lowercase().collect();
            if let [l] = l[..] {
                assert_eq!(lower(c), l, "lower of {c:?}");
            }
            let u: Vec<char> = c.to_uppercase().collect();
            if let [u] = u[..] {
                assert_eq!(upper(c), u, "upper of {c:?}");
            }
        }
        assert_eq!(upper('ς'), 'Σ');
    }

    #[test]
    fn words_of_other_scripts_are_letters_and_punctuation_is_not() {
        for c in ['é', 'ß', 'Ж', 'λ', '中', 'ش', 'א', 'ä'] {
            assert!(is_letter(c), "{c:?}");
        }
        for c in [
            '“', '”', '—', '–', '…', '€', '«', '»', '·', '×', '\u{a0}', '、', '😀',
        ] {
            assert!(!is_letter(c), "{c:?}");
        }
    }

    #[test]
    fn lowercase_keeps_caseless_letters() {
        assert_eq!(
            lowercase("Ÿves ÅNGSTRÖM Жуков 中国"),
            "ÿves ångström жуков 中国"
        );
        assert_eq!(uppercase("ångström"), "ÅNGSTRÖM");
    }

    #[test]
    fn squeezed_text_has_single_spaces() {
        for s in ["", "  ", " a\n\n b\tc  ", "a", "Talks  went\u{a0}well"] {
            assert_eq!(
                squeeze(s),
                s.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
        assert_eq!(join_words(&mut ["", "a", ""].into_iter()), " a ");
        for s in [
            "her Kirvanian Counterpart",
            "COUNTERPARTS",
            "counter part",
            "",
            "Ärzte",
        ] {
            assert_eq!(
                contains_ignore_case(s, "counterpart"),
                s.to_lowercase().contains("counterpart"),
                "{s}"
            );
        }
        for s in ["", " ", "a", "a b", "the Valdai Club ", "ÅNG STRÖM"] {
            assert_eq!(last_word(s), s.rsplit(' ').next().unwrap());
        }
    }
}
