//! Calendar dates and local timestamps, without a date crate.
//!
//! The app reasons in the patient's *calendar* days (a plan step falls on a date, not on an
//! instant), so `LocalDate` is a plain proleptic-Gregorian date with no time zone. A `Timestamp`
//! is a local wall-clock time plus the UTC offset that was in force at that moment, which is what
//! FHIR `dateTime` wants and what keeps ordering right across daylight-saving changes.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("not a date in the form YYYY-MM-DD: {0:?}")]
    BadDate(String),
    #[error("not a timestamp in the form YYYY-MM-DDTHH:MM:SS+HH:MM: {0:?}")]
    BadTimestamp(String),
}

/// A calendar day. Years 1..=9999 only, which is all any record needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    year: i32,
    month: u8,
    day: u8,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl LocalDate {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self { year, month, day })
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

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`days_since_epoch`](Self::days_since_epoch); `None` outside years 1..=9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self::new(i32::try_from(year).ok()?, month, day)
    }

    pub fn add_days(self, days: i64) -> Option<Self> {
        Self::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: LocalDate) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }

    pub fn parse(s: &str) -> Result<Self, DateError> {
        let bad = || DateError::BadDate(s.chars().take(40).collect());
        let b = s.as_bytes();
        // ASCII first, so the byte slices below always fall on character boundaries.
        if !s.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let year = parse_digits(&s[0..4]).ok_or_else(bad)?;
        let month = parse_digits(&s[5..7]).ok_or_else(bad)?;
        let day = parse_digits(&s[8..10]).ok_or_else(bad)?;
        Self::new(year as i32, month as u8, day as u8).ok_or_else(bad)
    }
}

/// Parses ASCII digits only (no sign, no spaces), as the formats here require.
fn parse_digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl fmt::Display for LocalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for LocalDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        LocalDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A moment as the patient's device saw it: local date and time plus the UTC offset in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    date: LocalDate,
    /// Seconds since local midnight, 0..86400.
    seconds: u32,
    /// Local time minus UTC, in minutes (+60 in Dutch winter, +120 in summer).
    offset_minutes: i16,
}

impl Timestamp {
    pub fn new(date: LocalDate, hour: u8, minute: u8, second: u8, offset_minutes: i16) -> Option<Self> {
        if hour > 23 || minute > 59 || second > 59 || !(-18 * 60..=18 * 60).contains(&offset_minutes) {
            return None;
        }
        Some(Self {
            date,
            seconds: u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second),
            offset_minutes,
        })
    }

    pub fn date(self) -> LocalDate {
        self.date
    }
    pub fn hour(self) -> u8 {
        (self.seconds / 3600) as u8
    }
    pub fn minute(self) -> u8 {
        (self.seconds / 60 % 60) as u8
    }
    pub fn second(self) -> u8 {
        (self.seconds % 60) as u8
    }
    pub fn offset_minutes(self) -> i16 {
        self.offset_minutes
    }

    /// Seconds since the Unix epoch, for ordering moments recorded under different offsets.
    pub fn unix_seconds(self) -> i64 {
        self.date.days_since_epoch() * 86_400 + i64::from(self.seconds) - i64::from(self.offset_minutes) * 60
    }

    /// `HH:MM` for display.
    pub fn time_hm(self) -> String {
        format!("{:02}:{:02}", self.hour(), self.minute())
    }

    pub fn parse(s: &str) -> Result<Self, DateError> {
        let bad = || DateError::BadTimestamp(s.chars().take(40).collect());
        let b = s.as_bytes();
        if !s.is_ascii() || b.len() != 25 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[22] != b':'
        {
            return Err(bad());
        }
        let date = LocalDate::parse(&s[0..10]).map_err(|_| bad())?;
        let hour = parse_digits(&s[11..13]).ok_or_else(bad)?;
        let minute = parse_digits(&s[14..16]).ok_or_else(bad)?;
        let second = parse_digits(&s[17..19]).ok_or_else(bad)?;
        let sign = match b[19] {
            b'+' => 1,
            b'-' => -1,
            _ => return Err(bad()),
        };
        let oh = parse_digits(&s[20..22]).ok_or_else(bad)?;
        let om = parse_digits(&s[23..25]).ok_or_else(bad)?;
        if om > 59 {
            return Err(bad());
        }
        let offset = sign * (oh as i32 * 60 + om as i32);
        let offset = i16::try_from(offset).map_err(|_| bad())?;
        Self::new(date, hour as u8, minute as u8, second as u8, offset).ok_or_else(bad)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let off = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{}T{:02}:{:02}:{:02}{}{:02}:{:02}",
            self.date,
            self.hour(),
            self.minute(),
            self.second(),
            sign,
            off / 60,
            off % 60
        )
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    /// Orders by the real moment; ties broken by the text so that `Ord` agrees with `Eq`.
    fn cmp(&self, other: &Self) -> Ordering {
        self.unix_seconds()
            .cmp(&other.unix_seconds())
            .then(self.offset_minutes.cmp(&other.offset_minutes))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Timestamp::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(d(2026, 11, 22).weekday(), 6, "22 Nov 2026 is a Sunday");
    }

    #[test]
    fn month_and_year_ends() {
        assert_eq!(d(2026, 1, 31).add_days(1), Some(d(2026, 2, 1)));
        assert_eq!(d(2028, 2, 28).add_days(1), Some(d(2028, 2, 29)));
        assert_eq!(d(2026, 2, 28).add_days(1), Some(d(2026, 3, 1)));
        assert_eq!(d(2026, 12, 31).add_days(1), Some(d(2027, 1, 1)));
        assert_eq!(d(2100, 2, 28).add_days(1), Some(d(2100, 3, 1)));
        assert_eq!(d(2026, 3, 1).days_until(d(2026, 3, 31)), 30);
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "20260101",
            "2026-1-01",
            "+026-01-01",
            "",
        ] {
            assert!(LocalDate::parse(s).is_err(), "{s}");
        }
        assert_eq!(LocalDate::parse("2024-02-29"), Ok(d(2024, 2, 29)));
    }

    #[test]
    fn timestamp_round_trip_and_order_across_dst() {
        // 2026-03-29: Dutch clocks go from 02:00 +01:00 to 03:00 +02:00.
        let before = Timestamp::parse("2026-03-29T01:59:00+01:00").unwrap();
        let after = Timestamp::parse("2026-03-29T03:01:00+02:00").unwrap();
        assert_eq!(after.unix_seconds() - before.unix_seconds(), 120);
        assert!(before < after);
        assert_eq!(before.to_string(), "2026-03-29T01:59:00+01:00");
        let west = Timestamp::parse("2026-03-29T01:00:00-05:30").unwrap();
        assert_eq!(west.to_string(), "2026-03-29T01:00:00-05:30");
    }

    #[test]
    fn timestamp_rejects_garbage() {
        for s in [
            "2026-03-29T24:00:00+01:00",
            "2026-03-29T10:60:00+01:00",
            "2026-03-29T10:00:00+19:00",
            "2026-03-29T10:00:00Z",
            "2026-03-29 10:00:00+01:00",
            "2026-03-29T10:00:00+01:60",
            "2026-03-29T1a:00:00+01:00",
        ] {
            assert!(Timestamp::parse(s).is_err(), "{s}");
        }
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -719_162i64..2_932_896) {
            let date = LocalDate::from_days_since_epoch(days).unwrap();
            prop_assert_eq!(date.days_since_epoch(), days);
            prop_assert_eq!(LocalDate::parse(&date.to_string()), Ok(date));
        }

        #[test]
        fn parse_never_panics(s in ".{0,30}") {
            let _ = LocalDate::parse(&s);
            let _ = Timestamp::parse(&s);
        }
    }
}
