//! Time parsers: each recognises one family of expressions at a token and
//! says what it means, without resolving it. Resolution against the
//! publication date and earlier events is the refiners' job.

use crate::calendar::{self, contains};
use crate::date::Weekday;
use crate::token::{TokKind, Token};
use crate::words::{Table, Words};

/// Which way an expression points from the event before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// "subsequently", "later": after the event mentioned before.
    After,
    /// "earlier", "previously": before it.
    Before,
}

/// What a time expression says, unresolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expr {
    /// "on Tuesday", "Tuesday", "last Tuesday".
    Weekday { day: Weekday, last: bool },
    /// "today" (0), "yesterday" (1), "three days ago" (3).
    DaysAgo(i64),
    /// Days from the event mentioned before: "a day earlier" (-1), "the
    /// next day" (1), "earlier in the day" (0).
    FromAnchor(i64),
    /// "last week" (-1), "this week" / "earlier this week" (0, up to publication).
    Week(i64),
    /// "last weekend".
    LastWeekend,
    /// "last month" (-1), "earlier this month" (0, up to publication).
    Month(i64),
    /// "in October", "this past October", "October 2020".
    NamedMonth { month: u8, year: Option<i32> },
    /// "on December 3", "3 December 2019".
    MonthDay {
        month: u8,
        day: u8,
        year: Option<i32>,
    },
    /// "last year" (-1), "this year" (0, up to publication).
    YearAgo(i64),
    /// "in 2019".
    Year(i32),
    /// "on 3 December last year", "in October last year".
    LastYear { month: u8, day: Option<u8> },
    /// "in the summer of 2019" (season 0 = spring … 3 = winter, with an
    /// explicit year), "last summer" (year None, offset -1), "this spring".
    Season {
        season: u8,
        year: Option<i32>,
        offset: i64,
    },
    /// Only an order: "subsequently", "earlier".
    Order,
    /// A time still to come ("later this month", "next week", "tomorrow"):
    /// it dates nothing that was said.
    Ahead,
}

/// A parsed expression: what it says, an order it adds, where it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub expr: Expr,
    pub relation: Option<Relation>,
    /// Token range `[start, end)`.
    pub toks: (usize, usize),
}

/// Words of order.
const AFTER_WORDS: Words = words!["afterwards", "later", "subsequently", "thereafter"];
const BEFORE_WORDS: Words = words!["before", "beforehand", "earlier", "previously"];

/// Parts of a day that may follow a weekday ("Tuesday evening").
const DAY_PARTS: Words = words!["afternoon", "evening", "morning", "night"];

/// Words before a date that make it one a measure runs from or to:
/// "from April", "until June 1", "by May".
const AHEAD_BEFORE_DATE: Words = words!["by", "from", "till", "until"];

/// Spans shorter than a day: "an hour earlier", "20 minutes later".
const SHORT_SPANS: Words = words!["hour", "hours", "minute", "minutes"];

/// Number words for "two days ago".
const NUMBERS: Table<i64> = table![
    ("a", 1),
    ("eight", 8),
    ("five", 5),
    ("four", 4),
    ("nine", 9),
    ("one", 1),
    ("seven", 7),
    ("six", 6),
    ("ten", 10),
    ("three", 3),
    ("two", 2),
];

struct Cursor<'a> {
    src: &'a str,
    toks: &'a [Token],
    end: usize,
}

impl Cursor<'_> {
    fn word(&self, k: usize) -> Option<&str> {
        (k < self.end)
            .then(|| self.toks[k])
            .filter(|t| t.kind != TokKind::Punct)
            .map(|t| t.text(self.src))
    }
    fn is(&self, k: usize, w: &str) -> bool {
        self.word(k).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }
    fn in_list(&self, k: usize, list: Words) -> bool {
        self.word(k).is_some_and(|w| contains(list, w))
    }
    fn count(&self, k: usize) -> Option<i64> {
        let w = self.word(k)?;
        if let Ok(n) = w.parse::<i64>() {
            return (1..=60).contains(&n).then_some(n);
        }
        calendar::lookup(NUMBERS, w)
    }
    fn weekday(&self, k: usize) -> Option<Weekday> {
        let t = self.toks.get(k).filter(|_| k < self.end)?;
        // A weekday is a capitalised full name, or a known abbreviation.
        if !t.is_capitalized(self.src) {
            return None;
        }
        let w = t.text(self.src);
        (w.len() >= 6).then(|| calendar::weekday(w)).flatten()
    }
    fn capitalized(&self, k: usize) -> bool {
        k < self.end && self.toks[k].is_capitalized(self.src)
    }
}

/// Reads a time expression starting at token `k` of `toks[..end]`.
pub fn parse_at(src: &str, toks: &[Token], k: usize, end: usize) -> Option<Parsed> {
    let c = Cursor { src, toks, end };
    let done = |expr, relation, e: usize| {
        Some(Parsed {
            expr,
            relation,
            toks: (k, e),
        })
    };

    // "earlier on Tuesday", "later in the day", "earlier this month".
    let lead = if c.in_list(k, BEFORE_WORDS) && !c.is(k, "before") {
        Some(Relation::Before)
    } else if c.in_list(k, AFTER_WORDS) {
        Some(Relation::After)
    } else {
        None
    };
    if let Some(rel) = lead {
        let j = k + 1;
        // "later this month" looks ahead: no date for a statement.
        if rel == Relation::After && (c.is(j, "this") || c.is(j, "next")) {
            return done(Expr::Ahead, None, (j + 2).min(end));
        }
        if let Some(p) =
            simple(&c, j).or_else(|| simple(&c, j + 1).filter(|_| c.is(j, "on") || c.is(j, "in")))
        {
            return done(p.0, Some(rel), p.1);
        }
        if c.is(j, "in") && c.is(j + 1, "the") && c.is(j + 2, "day") {
            return done(Expr::FromAnchor(0), Some(rel), j + 3);
        }
        if c.is(j, "that") && c.is(j + 1, "day") {
            return done(Expr::FromAnchor(0), Some(rel), j + 2);
        }
        if c.is(j, "next") {
            return done(Expr::Ahead, None, (j + 2).min(end));
        }
        return done(Expr::Order, Some(rel), j);
    }
    // "within hours", "hours later", "shortly afterwards": soon after.
    if (c.is(k, "within") && (c.is(k + 1, "hours") || c.is(k + 1, "minutes")))
        || ((c.is(k, "hours") || c.is(k, "minutes")) && c.is(k + 1, "later"))
        || (c.is(k, "shortly")
            && (c.is(k + 1, "afterwards")
                || c.is(k + 1, "afterward")
                || c.is(k + 1, "after") && !c.is(k + 2, "the")))
    {
        return done(Expr::Order, Some(Relation::After), k + 2);
    }
    // "hours earlier", "minutes earlier": the same day as what was just
    // told, before it (a bare "earlier" looks back from the lead).
    if (c.is(k, "hours") || c.is(k, "minutes") || c.is(k, "moments")) && c.is(k + 1, "earlier") {
        return done(Expr::FromAnchor(0), Some(Relation::Before), k + 2);
    }
    // "an hour earlier", "less than an hour earlier", "20 minutes later":
    // the same day as what was just told, before or after it.
    if (c.is(k, "an") || c.count(k).is_some()) && c.in_list(k + 1, SHORT_SPANS) {
        if c.is(k + 2, "earlier") {
            return done(Expr::FromAnchor(0), Some(Relation::Before), k + 3);
        }
        if c.is(k + 2, "later") {
            return done(Expr::FromAnchor(0), Some(Relation::After), k + 3);
        }
    }
    // "the day before", "a day earlier", "two days later", "the next day".
    if let Some(p) = anchor_days(&c, k) {
        return done(p.0, None, p.1);
    }
    if (c.is(k, "after") || c.is(k, "since")) && c.is(k + 1, "that") {
        return done(Expr::Order, Some(Relation::After), k + 2);
    }
    if c.is(k, "before") && c.is(k + 1, "that") {
        return done(Expr::Order, Some(Relation::Before), k + 2);
    }
    if c.is(k, "tomorrow") || (c.is(k, "next") && c.word(k + 1).is_some()) {
        let e = if c.is(k, "next") { k + 2 } else { k + 1 };
        return done(Expr::Ahead, None, e.min(end));
    }
    let (start, skip) = if c.is(k, "on") || c.is(k, "in") || c.is(k, "during") {
        (k + 1, true)
    } else {
        (k, false)
    };
    let _ = skip;
    simple(&c, start).and_then(|(expr, e)| done(expr, None, e))
}

/// "a day earlier" (-1), "two days later" (2), "the next day" (1).
fn anchor_days(c: &Cursor, k: usize) -> Option<(Expr, usize)> {
    let (n, j) = if c.is(k, "the") {
        (1, k + 1)
    } else {
        (c.count(k)?, k + 1)
    };
    // "the next day", "the following day", "the previous day", "the day before/after"
    if c.is(k, "the") {
        // "the next morning", "the following evening": the next day too.
        if (c.is(j, "next") || c.is(j, "following"))
            && (c.is(j + 1, "day") || c.in_list(j + 1, DAY_PARTS))
        {
            return Some((Expr::FromAnchor(1), j + 2));
        }
        if c.is(j, "previous") && c.is(j + 1, "day") {
            return Some((Expr::FromAnchor(-1), j + 2));
        }
        if c.is(j, "same") && c.is(j + 1, "day") {
            return Some((Expr::FromAnchor(0), j + 2));
        }
        if c.is(j, "day") && (c.is(j + 1, "before") || c.is(j + 1, "earlier")) {
            return Some((Expr::FromAnchor(-1), j + 2));
        }
        if c.is(j, "day") && (c.is(j + 1, "after") || c.is(j + 1, "later")) && !c.is(j + 2, "that")
        {
            return Some((Expr::FromAnchor(1), j + 2));
        }
        return None;
    }
    if !(c.is(j, "day") || c.is(j, "days")) {
        return None;
    }
    if c.is(j + 1, "earlier") || c.is(j + 1, "before") {
        return Some((Expr::FromAnchor(-n), j + 2));
    }
    if c.is(j + 1, "later") || c.is(j + 1, "after") {
        return Some((Expr::FromAnchor(n), j + 2));
    }
    if c.is(j + 1, "ago") {
        return Some((Expr::DaysAgo(n), j + 2));
    }
    None
}

/// Expressions that stand alone: weekdays, days, weeks, months, years.
fn simple(c: &Cursor, k: usize) -> Option<(Expr, usize)> {
    let day_part = |e: usize| if c.in_list(e, DAY_PARTS) { e + 1 } else { e };
    if let Some(day) = c.weekday(k) {
        // "Tuesday 4 March", "Tuesday, March 4": the date says which Tuesday.
        let comma = k + 1 < c.end && c.toks[k + 1].punct(c.src) == Some(',');
        let j = if comma { k + 2 } else { k + 1 };
        if let Some(date) = simple(c, j).filter(|d| matches!(d.0, Expr::MonthDay { .. })) {
            return Some(date);
        }
        return Some((Expr::Weekday { day, last: false }, day_part(k + 1)));
    }
    if c.is(k, "today") || c.is(k, "tonight") {
        return Some((Expr::DaysAgo(0), k + 1));
    }
    if c.is(k, "yesterday") {
        return Some((Expr::DaysAgo(1), day_part(k + 1)));
    }
    if c.is(k, "this") && c.in_list(k + 1, DAY_PARTS) {
        return Some((Expr::DaysAgo(0), k + 2));
    }
    if (c.is(k, "a") || c.count(k).is_some())
        && (c.is(k + 1, "week") || c.is(k + 1, "weeks"))
        && c.is(k + 2, "ago")
    {
        let n = if c.is(k, "a") { 1 } else { c.count(k)? };
        return Some((Expr::DaysAgo(7 * n), k + 3));
    }
    let last = c.is(k, "last");
    let this = c.is(k, "this") || c.is(k, "earlier") && c.is(k + 1, "this");
    if last {
        if let Some(day) = c.weekday(k + 1) {
            return Some((Expr::Weekday { day, last: true }, day_part(k + 2)));
        }
        if c.is(k + 1, "week") {
            return Some((Expr::Week(-1), k + 2));
        }
        if c.is(k + 1, "weekend") {
            return Some((Expr::LastWeekend, k + 2));
        }
        if c.is(k + 1, "month") {
            return Some((Expr::Month(-1), k + 2));
        }
        if c.is(k + 1, "year") {
            return Some((Expr::YearAgo(-1), k + 2));
        }
        if let Some(m) = c
            .word(k + 1)
            .filter(|_| c.capitalized(k + 1))
            .and_then(calendar::month)
        {
            return Some((
                Expr::NamedMonth {
                    month: m,
                    year: None,
                },
                k + 2,
            ));
        }
    }
    if this {
        let j = if c.is(k, "this") { k + 1 } else { k + 2 };
        if c.is(j, "week") {
            return Some((Expr::Week(0), j + 1));
        }
        if c.is(j, "month") {
            return Some((Expr::Month(0), j + 1));
        }
        if c.is(j, "year") {
            return Some((Expr::YearAgo(0), j + 1));
        }
        // "this past October"
        let j = if c.is(j, "past") { j + 1 } else { j };
        if let Some(m) = c
            .word(j)
            .filter(|_| c.capitalized(j))
            .and_then(calendar::month)
        {
            return Some((
                Expr::NamedMonth {
                    month: m,
                    year: None,
                },
                j + 1,
            ));
        }
    }
    // "late last year", "early this month", "late Friday", "late on Sunday":
    // the span is the same.
    if c.is(k, "late") || c.is(k, "early") {
        if c.is(k + 1, "last") || c.is(k + 1, "this") || c.weekday(k + 1).is_some() {
            return simple(c, k + 1);
        }
        if c.is(k + 1, "on") && c.weekday(k + 2).is_some() {
            return simple(c, k + 2);
        }
    }
    if let Some(w) = calendar::written_date_at(c.src, &c.toks[..c.end], k) {
        // "from June 1", "until March 3": a date without a year that a
        // measure runs from or to looks ahead, like a month alone.
        let e = w.tokens.1;
        let from = k > 0 && c.in_list(k - 1, AHEAD_BEFORE_DATE);
        let when_clause =
            e + 1 < c.end && c.toks[e].punct(c.src) == Some(',') && c.is(e + 1, "when");
        if from && w.year.is_none() && !when_clause {
            return Some((Expr::Ahead, e));
        }
        // "on 3 December last year", "in October last year"
        if w.year.is_none() && c.is(e, "last") && c.is(e + 1, "year") {
            return Some((
                Expr::LastYear {
                    month: w.month,
                    day: w.day,
                },
                e + 2,
            ));
        }
        return Some(match (w.day, w.year) {
            (Some(day), year) => (
                Expr::MonthDay {
                    month: w.month,
                    day,
                    year,
                },
                w.tokens.1,
            ),
            (None, year) => (
                Expr::NamedMonth {
                    month: w.month,
                    year,
                },
                w.tokens.1,
            ),
        });
    }
    // A month name alone: "in October" — but "from April", "until May",
    // "by June" look ahead, unless a clause tells what happened then ("a
    // reversal from November, when Whitcomb told investors").
    let when_clause =
        k + 2 < c.end && c.toks[k + 1].punct(c.src) == Some(',') && c.is(k + 2, "when");
    if k > 0
        && c.in_list(k - 1, AHEAD_BEFORE_DATE)
        && c.word(k).and_then(calendar::month).is_some()
        && !when_clause
    {
        return Some((Expr::Ahead, k + 1));
    }
    if let Some(m) = c
        .word(k)
        .filter(|_| c.capitalized(k))
        .and_then(calendar::month)
    {
        // Only full names: "Jan" alone is a first name, "May" a verb.
        let w = c.word(k).unwrap_or("");
        let full = w.len() >= 4 || (w.eq_ignore_ascii_case("may") && k > 0 && c.is(k - 1, "in"));
        if full && !w.eq_ignore_ascii_case("sept") {
            // "in March last year"
            if c.is(k + 1, "last") && c.is(k + 2, "year") {
                return Some((
                    Expr::LastYear {
                        month: m,
                        day: None,
                    },
                    k + 3,
                ));
            }
            return Some((
                Expr::NamedMonth {
                    month: m,
                    year: None,
                },
                k + 1,
            ));
        }
    }
    if let Some(y) = c.word(k).and_then(calendar::year_number) {
        if k > 0 && (c.is(k - 1, "in") || c.is(k - 1, "during") || c.is(k - 1, "since")) {
            return Some((Expr::Year(y), k + 1));
        }
    }
    season(c, k)
}

/// "the summer of 2019", "summer 2019", "last summer", "this past spring".
fn season(c: &Cursor, k: usize) -> Option<(Expr, usize)> {
    let name = |j: usize| c.word(j).and_then(|w| calendar::lookup(SEASONS, w));
    let mut j = k;
    let offset = if c.is(j, "last") {
        j += 1;
        Some(-1)
    } else if c.is(j, "this") {
        j += 1;
        if c.is(j, "past") {
            j += 1;
        }
        Some(0)
    } else {
        if c.is(j, "the") {
            j += 1;
        }
        None
    };
    if c.is(j, "early") || c.is(j, "late") {
        j += 1;
    }
    let season = name(j)?;
    j += 1;
    if let Some(offset) = offset {
        return Some((
            Expr::Season {
                season,
                year: None,
                offset,
            },
            j,
        ));
    }
    let of = if c.is(j, "of") { j + 1 } else { j };
    let year = c.word(of).and_then(calendar::year_number)?;
    Some((
        Expr::Season {
            season,
            year: Some(year),
            offset: 0,
        },
        of + 1,
    ))
}

/// Seasons, northern-hemisphere months: 0 spring (Mar–May), 1 summer
/// (Jun–Aug), 2 autumn (Sep–Nov), 3 winter (Dec–Feb).
const SEASONS: Table<u8> = table![
    ("autumn", 2),
    ("fall", 2),
    ("spring", 0),
    ("summer", 1),
    ("winter", 3),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(Expr, Option<Relation>, String)> {
        let mut toks = Vec::new();
        crate::token::tokenize(s, 0, s.len(), &mut toks);
        (0..toks.len())
            .find_map(|k| parse_at(s, &toks, k, toks.len()))
            .map(|p| {
                let text = s[toks[p.toks.0].start..toks[p.toks.1 - 1].end].to_string();
                (p.expr, p.relation, text)
            })
    }

    #[test]
    fn weekdays_with_and_without_on() {
        assert_eq!(
            parse("said on Tuesday").unwrap().0,
            Expr::Weekday {
                day: Weekday::Tuesday,
                last: false
            }
        );
        assert_eq!(parse("said Tuesday evening").unwrap().2, "Tuesday evening");
        assert_eq!(
            parse("last Friday").unwrap().0,
            Expr::Weekday {
                day: Weekday::Friday,
                last: true
            }
        );
    }

    #[test]
    fn an_hour_earlier_is_the_same_day_before() {
        // (text, relation)
        let cases = [
            (
                "Less than an hour earlier, she had conceded",
                Relation::Before,
            ),
            ("Two hours earlier, she spoke", Relation::Before),
            ("20 minutes later, she spoke", Relation::After),
        ];
        for (s, rel) in cases {
            let p = parse(s).unwrap();
            assert_eq!((p.0, p.1), (Expr::FromAnchor(0), Some(rel)), "{s}");
        }
    }

    #[test]
    fn a_weekday_with_its_date_is_that_date() {
        for s in [
            "on Tuesday 4 March",
            "on Tuesday, March 4",
            "Tuesday 4 March 2025",
        ] {
            let (expr, _, text) = parse(s).unwrap();
            assert!(
                matches!(
                    expr,
                    Expr::MonthDay {
                        month: 3,
                        day: 4,
                        ..
                    }
                ),
                "{s}: {expr:?}"
            );
            assert!(
                text.contains("Tuesday") && text.contains('4'),
                "{s}: {text}"
            );
        }
    }

    #[test]
    fn from_a_date_looks_ahead_unless_a_when_clause_tells_what_happened_then() {
        // (text, looks ahead)
        let cases = [
            ("births would move from April", true),
            ("duty will be cut from June 1", true),
            ("the cut runs until 30 November", true),
            ("the talks ran from June 1, when the envoys met", false),
            (
                "a sharp reversal from November, when she told investors",
                false,
            ),
            ("until June, when the talks ended", false),
        ];
        for (s, ahead) in cases {
            assert_eq!(parse(s).unwrap().0 == Expr::Ahead, ahead, "{s}");
        }
    }

    #[test]
    fn the_next_morning_is_the_next_day() {
        for s in ["the next day", "the next morning", "the following evening"] {
            assert_eq!(parse(s).unwrap().0, Expr::FromAnchor(1), "{s}");
        }
    }

    #[test]
    fn relative_days_weeks_months_years() {
        assert_eq!(parse("yesterday").unwrap().0, Expr::DaysAgo(1));
        assert_eq!(parse("three days ago").unwrap().0, Expr::DaysAgo(3));
        assert_eq!(parse("last week").unwrap().0, Expr::Week(-1));
        assert_eq!(
            parse("earlier this month").unwrap(),
            (
                Expr::Month(0),
                Some(Relation::Before),
                "earlier this month".into()
            )
        );
        assert_eq!(parse("last month").unwrap().0, Expr::Month(-1));
        assert_eq!(parse("last year").unwrap().0, Expr::YearAgo(-1));
        assert_eq!(parse("in 2019").unwrap().0, Expr::Year(2019));
    }

    #[test]
    fn named_months_and_dates() {
        assert_eq!(
            parse("this past October").unwrap().0,
            Expr::NamedMonth {
                month: 10,
                year: None
            }
        );
        assert_eq!(
            parse("on December 3").unwrap().0,
            Expr::MonthDay {
                month: 12,
                day: 3,
                year: None
            }
        );
        assert_eq!(
            parse("on 3 December").unwrap().0,
            Expr::MonthDay {
                month: 12,
                day: 3,
                year: None
            }
        );
        assert_eq!(
            parse("in October 2020").unwrap().0,
            Expr::NamedMonth {
                month: 10,
                year: Some(2020)
            }
        );
    }

    #[test]
    fn order_words_and_anchored_days() {
        assert_eq!(parse("subsequently").unwrap().1, Some(Relation::After));
        assert_eq!(parse("Earlier, she said").unwrap().0, Expr::Order);
        assert_eq!(parse("a day earlier").unwrap().0, Expr::FromAnchor(-1));
        assert_eq!(parse("the day before").unwrap().0, Expr::FromAnchor(-1));
        assert_eq!(
            parse("earlier on Friday").unwrap(),
            (
                Expr::Weekday {
                    day: Weekday::Friday,
                    last: false
                },
                Some(Relation::Before),
                "earlier on Friday".into()
            )
        );
        assert_eq!(
            parse("later in the day").unwrap(),
            (
                Expr::FromAnchor(0),
                Some(Relation::After),
                "later in the day".into()
            )
        );
    }

    #[test]
    fn late_and_early_on_a_weekday() {
        assert_eq!(parse("posted late Friday").unwrap().2, "late Friday");
        assert_eq!(parse("said late on Sunday").unwrap().2, "late on Sunday");
    }

    #[test]
    fn dates_last_year_and_months_ahead() {
        assert_eq!(
            parse("in March last year").unwrap().0,
            Expr::LastYear {
                month: 3,
                day: None
            }
        );
        assert_eq!(
            parse("on 3 December last year").unwrap().0,
            Expr::LastYear {
                month: 12,
                day: Some(3)
            }
        );
        assert_eq!(parse("wages up from April").unwrap().0, Expr::Ahead);
    }

    #[test]
    fn seasons_with_and_without_a_year() {
        assert_eq!(
            parse("in the summer of 2019").unwrap().0,
            Expr::Season {
                season: 1,
                year: Some(2019),
                offset: 0
            }
        );
        assert_eq!(
            parse("last winter").unwrap().0,
            Expr::Season {
                season: 3,
                year: None,
                offset: -1
            }
        );
        assert_eq!(parse("a fall in prices"), None);
    }

    #[test]
    fn soon_after_is_an_order() {
        assert_eq!(
            parse("hit back within hours").unwrap(),
            (Expr::Order, Some(Relation::After), "within hours".into())
        );
        assert_eq!(
            parse("two hours later").map(|p| p.1),
            Some(Some(Relation::After))
        );
    }

    #[test]
    fn may_as_a_modal_and_jan_as_a_name_are_no_months() {
        assert_eq!(parse("they may act"), None);
        assert_eq!(parse("Prime Minister Jan Mirek"), None);
    }

    #[test]
    fn times_still_to_come_are_marked_ahead() {
        assert_eq!(parse("later this month").unwrap().0, Expr::Ahead);
        assert_eq!(parse("next week").unwrap().0, Expr::Ahead);
        assert_eq!(parse("tomorrow").unwrap().0, Expr::Ahead);
    }
}
