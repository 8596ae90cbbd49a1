//! Word lists: the tables the rules are written in.
//!
//! A list is written like an array, `words!["added", "said", "told"]`, in
//! byte order, lower case; the compiler checks it, so a misplaced word is a
//! build error, not a silent miss of the search.
//!
//! It is stored as the words grouped by length, shortest first: a length
//! and a count, then that many words of that length, one after another
//! without separators ("said", "say", "told" are `3 1 say 4 2 saidtold`).
//! Stored as an array of `&str` a list would cost eight bytes of pointer
//! and length per word on top of the word itself; this costs two bytes per
//! length, and a lookup only compares the words of the right length, by a
//! binary search on fixed-width entries.

/// A list of lower-case words, made by `words!`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    /// The words, grouped by length as described above.
    data: &'static [u8],
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
            const DATA: [u8; $crate::words::stored_len(TEXT)] = $crate::words::store(TEXT);
            $crate::words::Words::new(TEXT, &DATA)
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
/// costs its words and values, where an array of `(&str, T)` costs a
/// pointer, a length and padding besides.
#[derive(Clone, Copy, Debug)]
pub struct Table<T: 'static> {
    pub words: Words,
    /// The value of each word, in the words' (byte) order.
    pub values: &'static [T],
}

impl<T> Table<T> {
    pub const fn new(words: Words, values: &'static [T]) -> Table<T> {
        assert!(
            words.len() == values.len(),
            "a table needs a value for each word"
        );
        Table { words, values }
    }
}

/// A [`Table`], checked for order when the crate is compiled.
macro_rules! table {
    ($(($w:literal, $v:expr)),* $(,)?) => {
        $crate::words::Table::new(words![$($w),*], &[$($v),*])
    };
}

/// How many bytes `text` (words each ended by `\n`) takes stored: its
/// words, and a length and a count for each length.
pub const fn stored_len(text: &str) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    let mut len = 1;
    while len <= MAX_LEN {
        let count = count_of_len(b, len);
        if count > 0 {
            n += 2 + count * len;
        }
        len += 1;
    }
    n
}

/// `text` (words each ended by `\n`) grouped by length, `N` bytes long.
pub const fn store<const N: usize>(text: &str) -> [u8; N] {
    let b = text.as_bytes();
    let mut out = [0u8; N];
    let mut o = 0;
    let mut len = 1;
    while len <= MAX_LEN {
        let count = count_of_len(b, len);
        if count > 0 {
            assert!(count < 256, "a word list has too many words of one length");
            out[o] = len as u8;
            out[o + 1] = count as u8;
            o += 2;
            // The words of this length, in order.
            let (mut i, mut start) = (0, 0);
            while i < b.len() {
                if b[i] == b'\n' {
                    if i - start == len {
                        let mut k = start;
                        while k < i {
                            out[o] = b[k];
                            o += 1;
                            k += 1;
                        }
                    }
                    start = i + 1;
                }
                i += 1;
            }
        }
        len += 1;
    }
    out
}

/// The longest word a list may have.
const MAX_LEN: usize = 255;

/// How many of the `\n`-ended words in `b` are `len` bytes long.
const fn count_of_len(b: &[u8], len: usize) -> usize {
    let (mut i, mut start, mut n) = (0, 0, 0);
    while i < b.len() {
        if b[i] == b'\n' {
            if i - start == len {
                n += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    n
}

impl Words {
    /// The list of the words in `text`, one per line, each line ended by
    /// `\n`, stored as `data` (by [`store`]). Panics (at compile time, in a
    /// `const`) unless the words are sorted, distinct, lower case and not
    /// empty.
    pub const fn new(text: &str, data: &'static [u8]) -> Words {
        let b = text.as_bytes();
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
                assert!(
                    len > 0 && len <= MAX_LEN,
                    "a word list has an empty or overlong word"
                );
                if start > 0 {
                    assert!(
                        less(b, prev, prev_len, start, len),
                        "a word list is out of order"
                    );
                }
                firsts |= first_bit(b[start]);
                lengths |= length_bit(len);
                prev = start;
                prev_len = len;
                start = i + 1;
            }
            i += 1;
        }
        assert!(start == b.len(), "a word list must end with a line break");
        Words {
            data,
            firsts,
            lengths,
        }
    }

    /// How many words there are.
    pub const fn len(self) -> usize {
        let d = self.data;
        let (mut p, mut n) = (0, 0);
        while p < d.len() {
            n += d[p + 1] as usize;
            p += 2 + d[p] as usize * d[p + 1] as usize;
        }
        n
    }

    pub const fn is_empty(self) -> bool {
        self.data.is_empty()
    }

    /// Whether `word` is in the list, exactly.
    pub fn has(self, word: &str) -> bool {
        self.has_bytes(word.as_bytes())
    }

    /// Whether the list may have a word of `len` bytes starting with
    /// `first` (in lower case): false turns a word away before it is
    /// lower-cased or searched for.
    pub fn admits(self, len: usize, first: u8) -> bool {
        self.lengths & length_bit(len) != 0 && self.firsts & first_bit(first) != 0
    }

    /// Whether the word `w` is in the list, exactly.
    pub fn has_bytes(self, w: &[u8]) -> bool {
        match w.first() {
            Some(&c) if self.admits(w.len(), c) => {}
            _ => return false,
        }
        // The words of `w`'s length, then a binary search among them.
        let (d, n) = (self.data, w.len());
        let mut p = 0;
        while p < d.len() && (d[p] as usize) < n {
            p += 2 + d[p] as usize * d[p + 1] as usize;
        }
        if p >= d.len() || d[p] as usize != n {
            return false;
        }
        let group = &d[p + 2..p + 2 + n * d[p + 1] as usize];
        let (mut lo, mut hi) = (0, group.len() / n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match compare(&group[mid * n..mid * n + n], w) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        false
    }

    /// Where the word `w` is in the list in byte order (0 for the first
    /// word), if it is: the number of words before it.
    pub fn position(self, w: &[u8]) -> Option<usize> {
        if !self.has_bytes(w) {
            return None;
        }
        let (d, mut p, mut before) = (self.data, 0, 0);
        while p < d.len() {
            let (len, count) = (d[p] as usize, d[p + 1] as usize);
            let group = &d[p + 2..p + 2 + len * count];
            before += group.chunks(len).filter(|x| *x < w).count();
            p += 2 + len * count;
        }
        Some(before)
    }

    /// The words, shortest first (and in byte order among those of one
    /// length).
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        let d = self.data;
        let (mut p, mut len, mut left) = (0, 0, 0);
        std::iter::from_fn(move || {
            while left == 0 {
                if p >= d.len() {
                    return None;
                }
                (len, left) = (d[p] as usize, d[p + 1] as usize);
                p += 2;
            }
            left -= 1;
            p += len;
            std::str::from_utf8(&d[p - len..p]).ok()
        })
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
    fn every_word_of_a_long_list_is_found_at_its_place() {
        let list = words![
            "a", "ab", "abc", "abd", "b", "ba", "bab", "c", "ca", "cab", "cabin", "d", "da", "day",
            "days", "e", "east", "f", "fa", "far", "farm", "g", "h", "hi", "i", "j", "k", "l", "m",
            "ma", "mad", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "yo", "z",
            "zz"
        ];
        assert_eq!(list.len(), 46);
        let mut in_order: Vec<&str> = list.iter().collect();
        in_order.sort();
        assert_eq!(in_order.len(), 46);
        for (i, w) in in_order.into_iter().enumerate() {
            assert_eq!(list.position(w.as_bytes()), Some(i), "{w}");
            for miss in [format!("{w}q"), format!("{w}-"), format!("0{w}")] {
                assert!(!list.has(&miss), "{miss}");
            }
        }
        for w in ["", "aa", "abe", "bb", "cac", "dax", "ea", "zzz", "zy", "fb"] {
            assert!(!list.has(w), "{w}");
        }
    }

    #[test]
    fn a_table_gives_each_word_its_value() {
        const T: super::Table<u8> = table![("a", 1), ("b", 2), ("c", 3)];
        assert_eq!(T.words.position(b"b").map(|i| T.values[i]), Some(2));
        assert_eq!(T.words.position(b"d"), None);
    }

    #[test]
    fn a_list_admits_only_lengths_and_first_letters_it_has() {
        let list = words!["2020", "march", "may"];
        assert!(list.admits(3, b'm') && list.admits(5, b'm') && list.admits(4, b'2'));
        assert!(!list.admits(3, b'a'), "no word starts with a");
        assert!(!list.admits(6, b'm'), "no word has 6 bytes");
        // Each check is on its own: a length and a letter the list has
        // pass together, and the search decides.
        assert!(list.admits(4, b'm') && !list.has("mars"));
    }

    #[test]
    fn lists_of_one_word_and_of_none_work() {
        let one = words!["said"];
        assert!(one.has("said") && !one.has("say"));
        let none = words![];
        assert!(!none.has("said") && !none.has(""));
        assert!(none.is_empty() && none.iter().next().is_none());
    }

    #[test]
    fn a_list_is_stored_by_length() {
        let list = words!["said", "say", "told"];
        const DATA: [u8; super::stored_len("said\nsay\ntold\n")] =
            super::store("said\nsay\ntold\n");
        assert_eq!(&DATA, b"\x03\x01say\x04\x02saidtold");
        assert_eq!(list.iter().collect::<Vec<_>>(), ["say", "said", "told"]);
    }
}
