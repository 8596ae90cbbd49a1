//! Calendar words: month and weekday names, day numbers, and written-out
//! dates ("29th December, 2020", "February 09, 2022", "Dec. 3").
//!
//! Shared by the layout stage (header lines, datelines) and the time stage
//! (absolute expressions). Works on tokens so it can report where a date was
//! written.

use crate::date::{Date, Weekday};
use crate::token::{TokKind, Token};
use crate::words::{Table, Words};

/// Month names and their abbreviations, with the month number.
const MONTHS: Table<u8> = table![
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// Weekday names and abbreviations.
const WEEKDAYS: Table<Weekday> = table![
    ("fri", Weekday::Friday),
    ("friday", Weekday::Friday),
    ("mon", Weekday::Monday),
    ("monday", Weekday::Monday),
    ("sat", Weekday::Saturday),
    ("saturday", Weekday::Saturday),
    ("sun", Weekday::Sunday),
    ("sunday", Weekday::Sunday),
    ("thu", Weekday::Thursday),
    ("thur", Weekday::Thursday),
    ("thurs", Weekday::Thursday),
    ("thursday", Weekday::Thursday),
    ("tue", Weekday::Tuesday),
    ("tues", Weekday::Tuesday),
    ("tuesday", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("wednesday", Weekday::Wednesday),
];

/// Looks `word` up, ignoring ASCII case, in a table.
pub fn lookup<T: Copy>(table: Table<T>, word: &str) -> Option<T> {
    position(table.words, word).map(|i| table.values[i])
}

/// Where `word` (any ASCII case, at most 12 bytes) is in a list: the search
/// every table shares.
fn position(list: Words, word: &str) -> Option<usize> {
    if word.len() > 12 || !admits(list, word) {
        return None;
    }
    let mut buf = [0u8; 12];
    list.position(lower_bytes(word, &mut buf)?)
}

/// Whether `word` (any ASCII case) is in a sorted list.
pub fn contains(list: Words, word: &str) -> bool {
    if word.len() > 24 || !admits(list, word) {
        return false;
    }
    let mut buf = [0u8; 24];
    match lower_bytes(word, &mut buf) {
        Some(lower) => list.has_bytes(lower),
        None => false,
    }
}

/// Whether `list` may have `word` in any case, by its length and first
/// letter: most words are turned away here, before they are lower-cased.
fn admits(list: Words, word: &str) -> bool {
    let b = word.as_bytes();
    !b.is_empty() && list.admits(b.len(), b[0].to_ascii_lowercase())
}

/// `word` in lower case, when it is ASCII and fits `buf`.
fn lower_bytes<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..b.len()])
}

pub fn month(word: &str) -> Option<u8> {
    lookup(MONTHS, word)
}

pub fn weekday(word: &str) -> Option<Weekday> {
    lookup(WEEKDAYS, word)
}

/// A day of the month written as "3", "03", "3rd", "29th".
pub fn day_number(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !suffix.is_empty()
        && !["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix))
    {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year written in four digits, 1900–2099.
pub fn year_number(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        (1900..=2099).contains(&y).then_some(y)
    } else {
        None
    }
}

/// A date as written: any of its parts may be missing ("3 December", "October 2020").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
    pub weekday: Option<Weekday>,
    /// Token range `[first, last)` the date was read from.
    pub tokens: (usize, usize),
}

impl Written {
    /// The full date, when day, month and year are all known and valid.
    pub fn full(&self) -> Option<Date> {
        Date::new(self.year?, self.month, self.day?)
    }
}

/// Reads a written date starting at token `i`, if there is one.
///
/// Forms: `[Weekday[,]] Day Month[,] [Year]`, `[Weekday[,]] Month[.] Day[,] [Year]`,
/// `Month [of] Year`, `YYYY-MM-DD`.
pub fn written_date_at(src: &str, toks: &[Token], i: usize) -> Option<Written> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind != TokKind::Punct)
            .map(|t| t.text(src))
    };
    let punct = |k: usize| toks.get(k).and_then(|t| t.punct(src));
    // ISO date: 2020 - 12 - 29
    if let (Some(y), Some('-'), Some(m), Some('-'), Some(d)) = (
        word(i).and_then(year_number),
        punct(i + 1),
        word(i + 2),
        punct(i + 3),
        word(i + 4),
    ) {
        if m.len() == 2 && d.len() == 2 {
            if let (Ok(m), Ok(d)) = (m.parse::<u8>(), d.parse::<u8>()) {
                if Date::new(y, m, d).is_some() {
                    return Some(Written {
                        year: Some(y),
                        month: m,
                        day: Some(d),
                        weekday: None,
                        tokens: (i, i + 5),
                    });
                }
            }
        }
    }
    let mut k = i;
    let mut wd = None;
    if let Some(w) = word(k).and_then(weekday) {
        wd = Some(w);
        k += 1;
        if punct(k) == Some(',') {
            k += 1;
        }
    }
    let skip_period = |k: usize| if punct(k) == Some('.') { k + 1 } else { k };
    let year_after = |k: usize| -> (Option<i32>, usize) {
        let k2 = if punct(k) == Some(',') { k + 1 } else { k };
        match word(k2).and_then(year_number) {
            Some(y) => (Some(y), k2 + 1),
            None => (None, k),
        }
    };
    // Day Month [Year]
    if let (Some(d), Some(m)) = (word(k).and_then(day_number), word(k + 1).and_then(month)) {
        let k2 = skip_period(k + 2);
        let (y, end) = year_after(k2);
        let end = if y.is_none() {
            k2.min(end).max(k + 2)
        } else {
            end
        };
        return Some(Written {
            year: y,
            month: m,
            day: Some(d),
            weekday: wd,
            tokens: (i, end),
        });
    }
    // Month Day [Year] / Month Year
    if let Some(m) = word(k).and_then(month) {
        // "May" and "march" are also ordinary words: demand a capital and a number.
        let cap = toks[k].is_capitalized(src);
        let k1 = skip_period(k + 1);
        if let Some(d) = word(k1).and_then(day_number) {
            if cap && toks[k1].kind == TokKind::Number {
                let (y, end) = year_after(k1 + 1);
                return Some(Written {
                    year: y,
                    month: m,
                    day: Some(d),
                    weekday: wd,
                    tokens: (i, end),
                });
            }
        }
        let k1 = if word(k1).is_some_and(|w| w.eq_ignore_ascii_case("of")) {
            k1 + 1
        } else {
            k1
        };
        if let Some(y) = word(k1).and_then(year_number) {
            if cap {
                return Some(Written {
                    year: Some(y),
                    month: m,
                    day: None,
                    weekday: wd,
                    tokens: (i, k1 + 1),
                });
            }
        }
    }
    None
}

/// The first full date (day, month, year) written anywhere in `src[from..to]`.
pub fn first_full_date(src: &str, from: usize, to: usize) -> Option<Date> {
    let mut toks = Vec::new();
    crate::token::tokenize(src, from, to, &mut toks);
    (0..toks.len()).find_map(|i| written_date_at(src, &toks, i).and_then(|w| w.full()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<String> {
        first_full_date(s, 0, s.len()).map(|d| d.to_string())
    }

    #[test]
    fn reads_header_and_dateline_forms() {
        assert_eq!(
            date("Tue 29th December 2020 | 06:00 PM").as_deref(),
            Some("2020-12-29")
        );
        assert_eq!(
            date("Published February 09, 2022 | 10:00 PM").as_deref(),
            Some("2022-02-09")
        );
        assert_eq!(
            date("(UrduPoint News / Sputnik - 29th December, 2020)").as_deref(),
            Some("2020-12-29")
        );
        assert_eq!(
            date("GENEVA, March 3, 2023 (AFP) -").as_deref(),
            Some("2023-03-03")
        );
        assert_eq!(
            date("BEIJING, Dec. 3, 2021 (Xinhua) --").as_deref(),
            Some("2021-12-03")
        );
        assert_eq!(
            date("date 2020-12-29 UrduPoint.com").as_deref(),
            Some("2020-12-29")
        );
    }

    #[test]
    fn partial_dates_keep_missing_parts_empty() {
        let s = "on 3 December and in October 2020";
        let mut t = Vec::new();
        crate::token::tokenize(s, 0, s.len(), &mut t);
        let a = written_date_at(s, &t, 1).unwrap();
        assert_eq!((a.year, a.month, a.day), (None, 12, Some(3)));
        let b = written_date_at(s, &t, 5).unwrap();
        assert_eq!((b.year, b.month, b.day), (Some(2020), 10, None));
    }

    #[test]
    fn may_as_a_verb_is_not_a_month() {
        assert_eq!(date("they may 3 times"), None);
        assert_eq!(date("It may 2020"), None);
    }

    #[test]
    fn day_numbers_accept_ordinals_only_in_range() {
        assert_eq!(day_number("29th"), Some(29));
        assert_eq!(day_number("09"), Some(9));
        assert_eq!(day_number("32"), None);
        assert_eq!(day_number("3x"), None);
    }
}
