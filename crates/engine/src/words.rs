//! Word lists: the tables the rules are written in.
//!
//! A list is written like an array, `words!["added", "said", "told"]`, and
//! stored as one string with a line break after each word, and where each
//! word starts. Stored as an array of `&str` it would cost eight bytes of
//! pointer and length per word on top of the word itself, where this costs
//! two: some 7 KB less of the web page for the engine's 1,100 words. The words must be in byte order, lower case; the compiler
//! checks it, so a misplaced word is a build error, not a silent miss of
//! the binary search.

/// A sorted list of lower-case words, made by `words!`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    text: &'static str,
    /// Where each word starts in `text`.
    at: &'static [u16],
    /// Which first letters (bit 0 for `a` … bit 25 for `z`, bit 26 for
    /// anything else) and which lengths (bit n for n bytes, bit 31 for 31
    /// or more) the words have: most words looked up are in no list, and
    /// these turn them away without a search.
    firsts: u32,
    lengths: u32,
}

/// A [`Words`] list, checked for order when the crate is compiled.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        const {
            const TEXT: &str = concat!($($w, "\n"),*);
            const N: usize = <[()]>::len(&[$($crate::words::unit($w)),*]);
            const AT: [u16; N] = $crate::words::starts::<N>(TEXT);
            $crate::words::Words::new(TEXT, &AT)
        }
    };
}

/// A [`Words`] list with a value for each word, made by `table!`:
///
/// ```ignore
/// const SEASONS: Table<u8> = table![("autumn", 2), ("fall", 2), ("spring", 0)];
/// ```
///
/// The words are checked for order as in `words!`; stored this way a table
/// costs three bytes a word beyond the words and values, where an array of
/// `(&str, T)` costs a pointer, a length and padding.
#[derive(Clone, Copy, Debug)]
pub struct Table<T: 'static> {
    pub words: Words,
    /// The value of each word, in the words' order.
    pub values: &'static [T],
}

impl<T> Table<T> {
    pub const fn new(words: Words, values: &'static [T]) -> Table<T> {
        assert!(words.at.len() == values.len());
        Table { words, values }
    }
}

/// A [`Table`], checked for order when the crate is compiled.
macro_rules! table {
    ($(($w:literal, $v:expr)),* $(,)?) => {
        $crate::words::Table::new(words![$($w),*], &[$($v),*])
    };
}

/// For `words!` to count its words.
pub const fn unit(_: &str) {}

/// Where each line of `s` starts.
pub const fn starts<const N: usize>(s: &str) -> [u16; N] {
    let b = s.as_bytes();
    let mut at = [0u16; N];
    let (mut i, mut n) = (0, 1);
    while i < b.len() {
        if b[i] == b'\n' && n < N {
            at[n] = (i + 1) as u16;
            n += 1;
        }
        i += 1;
    }
    at
}

impl Words {
    /// The list in `s`, one word per line, each line ended by `\n`, the
    /// lines starting `at`. Panics (at compile time, in a `const`) unless
    /// the words are sorted, distinct and lower case.
    pub const fn new(s: &'static str, at: &'static [u16]) -> Words {
        assert!(s.len() < u16::MAX as usize, "a word list is too long");
        let b = s.as_bytes();
        let (mut i, mut prev, mut prev_len) = (0, 0, 0);
        let (mut firsts, mut lengths) = (0u32, 0u32);
        let mut start = 0;
        while i < b.len() {
            assert!(
                !b[i].is_ascii_uppercase(),
                "a word list has a capital letter"
            );
            if b[i] == b'\n' {
                let len = i - start;
                if start > 0 {
                    assert!(
                        less(b, prev, prev_len, start, len),
                        "a word list is out of order"
                    );
                }
                if len > 0 {
                    firsts |= first_bit(b[start]);
                }
                lengths |= length_bit(len);
                prev = start;
                prev_len = len;
                start = i + 1;
            }
            i += 1;
        }
        assert!(start == b.len(), "a word list must end with a line break");
        Words {
            text: s,
            at,
            firsts,
            lengths,
        }
    }

    /// Whether `word` is in the list, exactly.
    pub fn has(self, word: &str) -> bool {
        self.has_bytes(word.as_bytes())
    }

    /// Whether the word `w` is in the list, exactly.
    pub fn has_bytes(self, w: &[u8]) -> bool {
        self.position(w).is_some()
    }

    /// Where the word `w` is in the list (0 for the first word), if it is.
    pub fn position(self, w: &[u8]) -> Option<usize> {
        let s = self.text.as_bytes();
        let at = self.at;
        let first = w.first().map_or(0, |&c| first_bit(c));
        if self.lengths & length_bit(w.len()) == 0 || (first != 0 && self.firsts & first == 0) {
            return None;
        }
        let (mut lo, mut hi) = (0, at.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = at[mid] as usize;
            let end = at.get(mid + 1).map_or(s.len(), |&e| e as usize) - 1;
            match compare(&s[start..end], w) {
                std::cmp::Ordering::Equal => return Some(mid),
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        None
    }

    /// The words, in order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.text.split_terminator('\n')
    }
}

/// Byte order of two short words; a loop rather than `memcmp`, whose
/// call costs more than the comparison for words of a few bytes that
/// mostly differ in the first.
#[inline]
pub fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// The bit of [`Words::firsts`] for a word starting with `c`.
const fn first_bit(c: u8) -> u32 {
    if c.is_ascii_lowercase() {
        1 << (c - b'a')
    } else {
        1 << 26
    }
}

/// The bit of [`Words::lengths`] for a word of `n` bytes.
const fn length_bit(n: usize) -> u32 {
    1 << if n < 31 { n } else { 31 }
}

/// Whether the word at `a` (of `al` bytes) sorts before the one at `b`.
const fn less(s: &[u8], a: usize, al: usize, b: usize, bl: usize) -> bool {
    let mut i = 0;
    while i < al && i < bl {
        if s[a + i] != s[b + i] {
            return s[a + i] < s[b + i];
        }
        i += 1;
    }
    al < bl
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_of_a_list_is_found_and_nothing_else() {
        let list = words!["a", "add", "added", "said", "told", "x"];
        for w in list.iter() {
            assert!(list.has(w), "{w}");
        }
        for w in ["", "ad", "adds", "b", "sai", "saida", "z", "tol"] {
            assert!(!list.has(w), "{w}");
        }
        assert_eq!(list.iter().count(), 6);
    }

    #[test]
    fn a_table_gives_each_word_its_value() {
        const T: super::Table<u8> = table![("a", 1), ("b", 2), ("c", 3)];
        assert_eq!(T.words.position(b"b").map(|i| T.values[i]), Some(2));
        assert_eq!(T.words.position(b"d"), None);
    }

    #[test]
    fn lists_of_one_word_and_of_none_work() {
        let one = words!["said"];
        assert!(one.has("said") && !one.has("say"));
        let none = words![];
        assert!(!none.has("said") && !none.has(""));
    }
}
