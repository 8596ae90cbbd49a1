//! Calendar dates without a calendar crate.
//!
//! The engine needs only proleptic-Gregorian civil dates: construction with
//! validation, day arithmetic, weekdays and month bounds. Day numbers use
//! Howard Hinnant's `days_from_civil` algorithm, so every operation is O(1)
//! and exact for any year the engine will meet.

use crate::text::push_num;
use std::fmt;

/// A civil date (proleptic Gregorian calendar).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// All weekdays, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> i64 {
        self as i64
    }

    /// The English name, capitalised.
    pub fn name(self) -> &'static str {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][self as usize]
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of month `m` (1–12).
pub fn month_name(m: u8) -> &'static str {
    MONTH_NAMES[(m.clamp(1, 12) - 1) as usize]
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in month `m` of year `y`.
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, or `None` when the day does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (clamped to years 1–9999).
    pub fn from_days(days: i64) -> Date {
        let days = days.clamp(-719_162, 2_932_896);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `n` days (negative moves back).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[(self.to_days() + 3).rem_euclid(7) as usize]
    }

    /// The first day of this date's month.
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn last_of_month(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// The first day of the previous month.
    pub fn previous_month(self) -> Date {
        if self.month == 1 {
            Date {
                year: self.year - 1,
                month: 12,
                day: 1,
            }
        } else {
            Date {
                month: self.month - 1,
                day: 1,
                ..self
            }
        }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// "Tuesday, 29 December 2020".
    pub fn long(self) -> String {
        let mut out = String::new();
        out.push_str(self.weekday().name());
        out.push_str(", ");
        push_num(&mut out, self.day.into(), 0);
        out.push(' ');
        out.push_str(month_name(self.month));
        out.push(' ');
        push_num(&mut out, self.year.into(), 0);
        out
    }

    /// "2020-12-29", as [`Display`](fmt::Display) writes it.
    pub fn iso(self) -> String {
        let mut out = String::new();
        push_num(&mut out, self.year.into(), 4);
        out.push('-');
        push_num(&mut out, self.month.into(), 2);
        out.push('-');
        push_num(&mut out, self.day.into(), 2);
        out
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_across_centuries() {
        for days in (-200_000..200_000).step_by(97) {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn weekday_of_known_dates() {
        assert_eq!(Date::new(2020, 12, 29).unwrap().weekday(), Weekday::Tuesday);
        assert_eq!(Date::new(2022, 2, 9).unwrap().weekday(), Weekday::Wednesday);
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), Weekday::Tuesday);
    }

    #[test]
    fn invalid_days_are_rejected() {
        assert!(Date::new(2021, 2, 29).is_none());
        assert!(Date::new(2020, 13, 1).is_none());
        assert!(Date::new(2020, 4, 31).is_none());
        assert!(Date::parse_iso("2020-1-01").is_none());
    }

    #[test]
    fn month_arithmetic_wraps_years() {
        let d = Date::new(2021, 1, 15).unwrap();
        assert_eq!(d.previous_month(), Date::new(2020, 12, 1).unwrap());
        assert_eq!(Date::new(2020, 2, 3).unwrap().last_of_month().day(), 29);
        assert_eq!(d.add_days(-15), Date::new(2020, 12, 31).unwrap());
    }

    #[test]
    fn displays_as_iso_and_long_form() {
        let d = Date::new(2020, 12, 29).unwrap();
        assert_eq!(d.to_string(), "2020-12-29");
        assert_eq!(d.long(), "Tuesday, 29 December 2020");
    }
}
