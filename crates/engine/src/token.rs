//! Words and punctuation with their byte offsets.
//!
//! Every stage after layout reads text as tokens: a word ("Denisov",
//! "military-political", "U.S."), a possessive ending ("'s"), a number
//! ("29th", "1,000") or one punctuation character. Tokens never own text;
//! they index the input, so spans handed to the reader are exact.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

/// A token: `[start, end)` bytes of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    /// Case-insensitive comparison with an ASCII word.
    pub fn is(&self, src: &str, word: &str) -> bool {
        self.text(src).eq_ignore_ascii_case(word)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// The punctuation character, if this is punctuation.
    pub fn punct(&self, src: &str) -> Option<char> {
        if self.kind == TokKind::Punct {
            src[self.start..].chars().next()
        } else {
            None
        }
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalized(&self, src: &str) -> bool {
        self.kind == TokKind::Word
            && src[self.start..]
                .chars()
                .next()
                .is_some_and(crate::text::is_upper)
    }

    /// Every letter is upper case and there are at least two ("NATO", "U.S.").
    pub fn is_all_caps(&self, src: &str) -> bool {
        let t = self.text(src);
        self.kind == TokKind::Word
            && t.chars().filter(|c| crate::text::is_letter(*c)).count() >= 2
            && !t.chars().any(crate::text::is_lower)
    }

    /// The possessive ending "'s" or "’s" (or a bare apostrophe after "-s").
    pub fn is_possessive(&self, src: &str) -> bool {
        let t = self.text(src);
        self.kind == TokKind::Word && (t.starts_with('\'') || t.starts_with('’'))
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Appends the tokens of `src[from..to]` to `out`.
pub fn tokenize(src: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let text = &src[from..to];
    let bytes = text.as_bytes();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = from + i;
        if crate::text::is_letter(c) {
            let mut end = i + c.len_utf8();
            // Initialisms: "U.S.", "U.N." (single letters joined by periods).
            if crate::text::is_upper(c) && bytes.get(end) == Some(&b'.') {
                let mut j = end;
                let mut letters = 1;
                while bytes.get(j) == Some(&b'.')
                    && bytes.get(j + 1).is_some_and(|b| b.is_ascii_uppercase())
                    && bytes.get(j + 2).is_some_and(|b| !b.is_ascii_alphanumeric())
                {
                    j += 2;
                    letters += 1;
                }
                if letters >= 2 {
                    // Keep the final period when it closes the initialism.
                    if bytes.get(j) == Some(&b'.') {
                        j += 1;
                    }
                    while it.peek().is_some_and(|&(k, _)| k < j) {
                        it.next();
                    }
                    out.push(Token {
                        start,
                        end: from + j,
                        kind: TokKind::Word,
                    });
                    continue;
                }
            }
            while let Some(&(k, d)) = it.peek() {
                if crate::text::is_alnum(d) {
                    end = k + d.len_utf8();
                    it.next();
                } else if (d == '-' || d == '‐') && next_is_alpha(text, k + d.len_utf8()) {
                    end = k + d.len_utf8();
                    it.next();
                } else if is_apostrophe(d)
                    && next_is_alpha(text, k + d.len_utf8())
                    && !is_possessive_at(text, k)
                {
                    end = k + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Token {
                start,
                end: from + end,
                kind: TokKind::Word,
            });
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(k, d)) = it.peek() {
                if crate::text::is_alnum(d)
                    || ((d == ',' || d == '.')
                        && text[k + 1..].starts_with(|x: char| x.is_ascii_digit()))
                {
                    end = k + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Token {
                start,
                end: from + end,
                kind: TokKind::Number,
            });
        } else if is_apostrophe(c) && is_possessive_at(text, i) {
            // "'s" after a word, or a lone "'" after a plural in -s.
            let len = c.len_utf8();
            let end = if text[i + len..].starts_with(['s', 'S']) {
                i + len + 1
            } else {
                i + len
            };
            while it.peek().is_some_and(|&(k, _)| k < end) {
                it.next();
            }
            out.push(Token {
                start,
                end: from + end,
                kind: TokKind::Word,
            });
        } else {
            out.push(Token {
                start,
                end: start + c.len_utf8(),
                kind: TokKind::Punct,
            });
        }
    }
}

fn next_is_alpha(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(crate::text::is_letter)
}

/// An apostrophe at `at` that marks a possessive: "Russia's", "the ministers'".
fn is_possessive_at(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    if !before.is_some_and(crate::text::is_alnum) {
        return false;
    }
    let c = text[at..].chars().next().unwrap_or(' ');
    let rest = &text[at + c.len_utf8()..];
    let mut after = rest.chars();
    match after.next() {
        Some('s' | 'S') => !after.next().is_some_and(crate::text::is_alnum),
        // "ministers' meeting": plural possessive.
        Some(n) if !crate::text::is_alnum(n) => before.is_some_and(|b| b == 's'),
        None => before.is_some_and(|b| b == 's'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), &mut v);
        v.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_possessives_from_names() {
        assert_eq!(texts("Russia's ambassador"), ["Russia", "'s", "ambassador"]);
        assert_eq!(texts("China’s envoy"), ["China", "’s", "envoy"]);
        assert_eq!(
            texts("the ministers' talks"),
            ["the", "ministers", "'", "talks"]
        );
    }

    #[test]
    fn keeps_hyphens_initialisms_and_contractions_inside_words() {
        assert_eq!(
            texts("Russia-Chinese U.S. don't"),
            ["Russia-Chinese", "U.S.", "don't"]
        );
        assert_eq!(texts("O'Brien said."), ["O'Brien", "said", "."]);
    }

    #[test]
    fn numbers_keep_separators_and_ordinals() {
        assert_eq!(
            texts("29th December, 1,000 and 3.5"),
            ["29th", "December", ",", "1,000", "and", "3.5"]
        );
    }

    #[test]
    fn quotes_and_punctuation_are_single_tokens() {
        assert_eq!(
            texts("“We,” he said: \"no\""),
            ["“", "We", ",", "”", "he", "said", ":", "\"", "no", "\""]
        );
    }

    #[test]
    fn initial_followed_by_period_is_not_an_initialism() {
        assert_eq!(texts("Mr. Smith"), ["Mr", ".", "Smith"]);
    }
}
