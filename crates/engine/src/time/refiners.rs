//! Time refiners: turn a parsed expression into dates, using the
//! publication date and the date of the event mentioned before it.

use super::parsers::{Expr, Relation};
use crate::date::{days_in_month, Date};
use crate::model::{Precision, When};

fn span(start: Date, end: Date, precision: Precision) -> When {
    When {
        start: Some(start),
        end: Some(end),
        precision,
        expression: None,
    }
}

fn day(d: Date) -> When {
    span(d, d, Precision::Day)
}

fn month(y: i32, m: u8) -> Option<When> {
    let start = Date::new(y, m, 1)?;
    Some(span(start, start.last_of_month(), Precision::Month))
}

fn year(y: i32) -> Option<When> {
    Some(span(
        Date::new(y, 1, 1)?,
        Date::new(y, 12, 31)?,
        Precision::Year,
    ))
}

/// The Monday of the week `d` is in.
fn monday(d: Date) -> Date {
    d.add_days(-d.weekday().index())
}

/// How many days after publication a day without a year is read as one
/// still to come rather than last year's: a month. A day further ahead is
/// more likely last year's told in a look back ("The talks collapsed later
/// that year. On December 3, …" in a September story).
const AHEAD_DAYS: i64 = 31;

/// Resolves an expression. `published` is the article's date; `anchor` the
/// date of the event mentioned before (for "a day earlier", "subsequently").
pub fn resolve(
    expr: Expr,
    relation: Option<Relation>,
    published: Option<Date>,
    anchor: Option<&When>,
) -> When {
    let p = published;
    let resolved = match expr {
        Expr::Weekday { day: wd, last } => p.map(|p| {
            let mut delta = (p.weekday().index() - wd.index()).rem_euclid(7);
            if last && delta == 0 {
                delta = 7;
            }
            day(p.add_days(-delta))
        }),
        Expr::DaysAgo(n) => p.map(|p| day(p.add_days(-n))),
        Expr::FromAnchor(n) => anchor
            .filter(|a| a.precision == Precision::Day)
            .and_then(|a| a.start)
            .or(p.filter(|_| n < 0))
            .map(|d| day(d.add_days(n))),
        // "last week": its working days, Monday to Friday.
        Expr::Week(-1) => p.map(|p| {
            let m = monday(p).add_days(-7);
            span(m, m.add_days(4), Precision::Range)
        }),
        Expr::Week(_) => p.map(|p| span(monday(p), p, Precision::Range)),
        Expr::LastWeekend => p.map(|p| {
            let m = monday(p);
            span(m.add_days(-2), m.add_days(-1), Precision::Range)
        }),
        Expr::Month(-1) => p.and_then(|p| {
            let prev = p.previous_month();
            month(prev.year(), prev.month())
        }),
        Expr::Month(_) => p.map(|p| span(p.first_of_month(), p, Precision::Range)),
        Expr::NamedMonth {
            month: m,
            year: Some(y),
        } => month(y, m),
        Expr::NamedMonth {
            month: m,
            year: None,
        } => p.and_then(|p| {
            month(
                if m <= p.month() {
                    p.year()
                } else {
                    p.year() - 1
                },
                m,
            )
        }),
        Expr::MonthDay {
            month: m,
            day: d,
            year,
        } => {
            // A day without a year in the month after publication is
            // still to come ("will launch the campaign on Feb. 26" in a
            // Feb. 15 story): it dates nothing said.
            let ahead = year.is_none()
                && p.is_some_and(|p| {
                    Date::new(p.year(), m, d)
                        .is_some_and(|t| t > p && t.to_days() - p.to_days() <= AHEAD_DAYS)
                });
            let y = year.or_else(|| {
                p.filter(|_| !ahead).map(|p| {
                    if (m, d) <= (p.month(), p.day()) {
                        p.year()
                    } else {
                        p.year() - 1
                    }
                })
            });
            y.and_then(|y| {
                (d <= days_in_month(y, m))
                    .then(|| Date::new(y, m, d))
                    .flatten()
            })
            .map(day)
        }
        Expr::YearAgo(-1) => p.and_then(|p| year(p.year() - 1)),
        Expr::YearAgo(_) => {
            p.and_then(|p| Some(span(Date::new(p.year(), 1, 1)?, p, Precision::Range)))
        }
        Expr::Year(y) => year(y),
        Expr::LastYear { month: m, day: d } => p.and_then(|p| match d {
            Some(d) => Date::new(p.year() - 1, m, d).map(day),
            None => month(p.year() - 1, m),
        }),
        Expr::Season {
            season,
            year: y,
            offset,
        } => {
            // The season's months; winter runs from December into the next year.
            let first_month = [3u8, 6, 9, 12][season as usize];
            let bounds = |y: i32| -> Option<(Date, Date)> {
                let start = Date::new(y, first_month, 1)?;
                let end = if season == 3 {
                    Date::new(y + 1, 2, 1)?.last_of_month()
                } else {
                    Date::new(y, first_month + 2, 1)?.last_of_month()
                };
                Some((start, end))
            };
            let y = match y {
                Some(y) => Some(y),
                None => p.and_then(|p| {
                    // "this summer": the latest begun by publication; "last
                    // summer": the latest over by publication.
                    let begun = if (p.month(), p.day()) >= (first_month, 1) {
                        p.year()
                    } else {
                        p.year() - 1
                    };
                    if offset < 0 {
                        let (_, end) = bounds(begun)?;
                        Some(if end < p { begun } else { begun - 1 })
                    } else {
                        Some(begun)
                    }
                }),
            };
            y.and_then(bounds)
                .map(|(start, end)| span(start, end, Precision::Range))
        }
        Expr::Ahead => None,
        Expr::Order => match (relation, anchor.and_then(|a| Some((a.start?, a.end?)))) {
            // After the anchor, and no later than publication.
            (Some(Relation::After), Some((s, e))) => {
                let end = p.unwrap_or(e).max(e);
                Some(span(s, end, Precision::Range))
            }
            // Before the anchor: the engine knows only the upper bound, and
            // keeps the range to the anchor's first day.
            (Some(Relation::Before), Some((s, _))) => Some(span(s, s, Precision::Range)),
            _ => None,
        },
    };
    // "earlier this month": before yesterday, which would have been named.
    let resolved = resolved.map(|mut w| {
        if relation == Some(Relation::Before)
            && matches!(expr, Expr::Week(0) | Expr::Month(0) | Expr::YearAgo(0))
        {
            if let (Some(s), Some(p)) = (w.start, p) {
                w.end = Some(p.add_days(-2).max(s));
            }
        }
        w
    });
    resolved.unwrap_or_else(When::unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn r(expr: Expr, published: &str) -> (String, String, Precision) {
        let w = resolve(expr, None, Some(d(published)), None);
        (
            w.start.unwrap().to_string(),
            w.end.unwrap().to_string(),
            w.precision,
        )
    }

    #[test]
    fn weekday_is_the_most_recent_on_or_before_publication() {
        use crate::date::Weekday::*;
        // 2020-12-29 was a Tuesday.
        assert_eq!(
            r(
                Expr::Weekday {
                    day: Tuesday,
                    last: false
                },
                "2020-12-29"
            )
            .0,
            "2020-12-29"
        );
        assert_eq!(
            r(
                Expr::Weekday {
                    day: Sunday,
                    last: false
                },
                "2020-12-29"
            )
            .0,
            "2020-12-27"
        );
        // "on Friday" in a Monday article.
        assert_eq!(
            r(
                Expr::Weekday {
                    day: Friday,
                    last: false
                },
                "2021-06-14"
            )
            .0,
            "2021-06-11"
        );
        assert_eq!(
            r(
                Expr::Weekday {
                    day: Tuesday,
                    last: true
                },
                "2020-12-29"
            )
            .0,
            "2020-12-22"
        );
    }

    #[test]
    fn weeks_months_and_years_give_ranges_at_their_precision() {
        assert_eq!(
            r(Expr::Week(-1), "2020-12-29"),
            ("2020-12-21".into(), "2020-12-25".into(), Precision::Range)
        );
        assert_eq!(
            r(Expr::Month(0), "2020-12-29"),
            ("2020-12-01".into(), "2020-12-29".into(), Precision::Range)
        );
        assert_eq!(
            r(Expr::Month(-1), "2021-01-10"),
            ("2020-12-01".into(), "2020-12-31".into(), Precision::Month)
        );
        assert_eq!(
            r(
                Expr::NamedMonth {
                    month: 10,
                    year: None
                },
                "2020-12-29"
            ),
            ("2020-10-01".into(), "2020-10-31".into(), Precision::Month)
        );
        assert_eq!(
            r(
                Expr::NamedMonth {
                    month: 10,
                    year: None
                },
                "2021-03-01"
            )
            .0,
            "2020-10-01"
        );
        assert_eq!(
            r(Expr::YearAgo(-1), "2020-12-29"),
            ("2019-01-01".into(), "2019-12-31".into(), Precision::Year)
        );
    }

    #[test]
    fn earlier_this_month_ends_before_yesterday() {
        let w = resolve(
            Expr::Month(0),
            Some(Relation::Before),
            Some(d("2020-12-29")),
            None,
        );
        assert_eq!(
            (w.start.unwrap().to_string(), w.end.unwrap().to_string()),
            ("2020-12-01".into(), "2020-12-27".into())
        );
    }

    #[test]
    fn seasons_span_their_three_months() {
        let w = resolve(
            Expr::Season {
                season: 1,
                year: Some(2019),
                offset: 0,
            },
            None,
            Some(d("2020-09-27")),
            None,
        );
        assert_eq!(
            (w.start.unwrap().to_string(), w.end.unwrap().to_string()),
            ("2019-06-01".into(), "2019-08-31".into())
        );
        let w = resolve(
            Expr::Season {
                season: 1,
                year: None,
                offset: -1,
            },
            None,
            Some(d("2020-09-27")),
            None,
        );
        assert_eq!(w.start.unwrap().to_string(), "2020-06-01");
        let w = resolve(
            Expr::Season {
                season: 1,
                year: None,
                offset: -1,
            },
            None,
            Some(d("2020-07-10")),
            None,
        );
        assert_eq!(w.start.unwrap().to_string(), "2019-06-01");
    }

    #[test]
    fn month_and_day_without_year_is_the_last_one_before_publication() {
        assert_eq!(
            r(
                Expr::MonthDay {
                    month: 12,
                    day: 3,
                    year: None
                },
                "2020-12-29"
            )
            .0,
            "2020-12-03"
        );
        assert_eq!(
            r(
                Expr::MonthDay {
                    month: 12,
                    day: 3,
                    year: None
                },
                "2021-01-10"
            )
            .0,
            "2020-12-03"
        );
    }

    #[test]
    fn a_day_without_a_year_soon_after_publication_is_still_to_come() {
        // (published, month, day, resolved start or None)
        let cases = [
            ("2024-02-15", 2, 26, None),
            ("2024-02-15", 2, 14, Some("2024-02-14")),
            ("2024-01-03", 12, 28, Some("2023-12-28")),
            ("2020-09-27", 12, 3, Some("2019-12-03")),
        ];
        for (published, month, day, start) in cases {
            let w = resolve(
                Expr::MonthDay {
                    month,
                    day,
                    year: None,
                },
                None,
                Some(d(published)),
                None,
            );
            assert_eq!(
                w.start.map(|s| s.to_string()).as_deref(),
                start,
                "{published} {month}-{day}"
            );
        }
    }

    #[test]
    fn order_words_use_the_anchor_and_publication() {
        let anchor = resolve(
            Expr::NamedMonth {
                month: 10,
                year: None,
            },
            None,
            Some(d("2020-12-29")),
            None,
        );
        let w = resolve(
            Expr::Order,
            Some(Relation::After),
            Some(d("2020-12-29")),
            Some(&anchor),
        );
        assert_eq!(
            (w.start.unwrap().to_string(), w.end.unwrap().to_string()),
            ("2020-10-01".into(), "2020-12-29".into())
        );
        let day_before = resolve(
            Expr::FromAnchor(-1),
            None,
            Some(d("2020-12-29")),
            Some(&day(d("2020-12-20"))),
        );
        assert_eq!(day_before.start.unwrap().to_string(), "2020-12-19");
    }

    #[test]
    fn nothing_resolves_without_a_publication_date() {
        assert_eq!(
            resolve(Expr::DaysAgo(1), None, None, None).precision,
            Precision::Unknown
        );
        assert_eq!(
            resolve(Expr::Year(2019), None, None, None).precision,
            Precision::Year
        );
    }
}
