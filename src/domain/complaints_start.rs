//! When this episode of back complaints began, as the patient remembers it (optional).
//!
//! The NHG stepped-care moments count from the start of the complaints, not from the first
//! measurement in the app (NHG seed L606-610 "binnen circa drie weken na het begin van de
//! klachten", L674-678 step 2 "drie tot vier weken na het begin van de klachten", L689-695 step 3
//! "totale klachtenduur circa zes weken", L963-968 step 4 "klachtenduur van twaalf weken";
//! CONTENT.md §4 and §8 "Episode start"). So the app asks once, the patient may change the answer
//! or say "I don't know", and the cues use it ([`complaint_days`]).

use super::date::{LocalDate, Timestamp};
use super::record::PatientRecord;
use serde::{Deserialize, Serialize};

/// The patient's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintsStart {
    /// The day the complaints of this episode began; `None`: the patient does not know.
    pub date: Option<LocalDate>,
    /// When the patient answered: the later answer wins when two records are merged.
    pub answered_at: Timestamp,
}

/// A start further back than this is refused as a typing error (a year of 1926 for 2026);
/// long-lasting complaints of many years still fit.
pub const MAX_YEARS_BACK: i64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ComplaintsStartError {
    #[error("the date is in the future")]
    InFuture,
    #[error("the date is more than {MAX_YEARS_BACK} years ago")]
    TooLongAgo,
}

/// Checks a date the patient typed: not after `today`, not absurdly long ago.
pub fn check_date(date: LocalDate, today: LocalDate) -> Result<LocalDate, ComplaintsStartError> {
    if date > today {
        Err(ComplaintsStartError::InFuture)
    } else if date.days_until(today) > MAX_YEARS_BACK * 366 {
        Err(ComplaintsStartError::TooLongAgo)
    } else {
        Ok(date)
    }
}

/// What the complaint duration is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountedFrom {
    /// The start date the patient gave.
    ReportedStart,
    /// No start date (not asked yet, or "I don't know"): the first measurement or plan day of
    /// the episode. The complaints are at least this old, so a cue is never early, only late.
    FirstUse,
}

/// How many days the complaints have lasted on `today`, at least, and what that is counted
/// from. `None` when there is nothing to count from, or the start lies after `today` (a date
/// from a device with a wrong clock).
pub fn complaint_days(record: &PatientRecord, today: LocalDate) -> Option<(i64, CountedFrom)> {
    let (start, from) = match record.complaints_start.and_then(|c| c.date) {
        Some(date) => (date, CountedFrom::ReportedStart),
        None => (first_use(record)?, CountedFrom::FirstUse),
    };
    let days = start.days_until(today);
    (days >= 0).then_some((days, from))
}

/// The first measurement or plan day of the current episode.
pub fn first_use(record: &PatientRecord) -> Option<LocalDate> {
    let plan_start = record.plan.first_start_date();
    [
        record.nprs.iter().map(|e| e.recorded_at.date()).min(),
        record.qbpds.iter().map(|e| e.completed_at.date()).min(),
        plan_start,
    ]
    .into_iter()
    .flatten()
    .filter(|d| record.episode_start.is_none_or(|s| *d >= s.date()))
    .min()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    fn answered(date: Option<LocalDate>) -> Option<ComplaintsStart> {
        Some(ComplaintsStart {
            date,
            answered_at: Timestamp::parse("2026-03-28T20:00:00+01:00").unwrap(),
        })
    }

    #[test]
    fn typed_dates_are_range_checked() {
        let today = d(2026, 4, 1);
        assert_eq!(check_date(today, today), Ok(today));
        assert_eq!(
            check_date(d(2026, 4, 2), today),
            Err(ComplaintsStartError::InFuture)
        );
        assert_eq!(check_date(d(1990, 1, 1), today), Ok(d(1990, 1, 1)));
        assert_eq!(
            check_date(d(1926, 3, 1), today),
            Err(ComplaintsStartError::TooLongAgo)
        );
    }

    /// CONTENT.md §8: count from the start of the complaints, not the first measurement.
    #[test]
    fn counts_from_the_reported_start_else_from_first_use() {
        let mut r =
            crate::interop::stored::decode_record(include_str!("../../tests/fixtures/record-v2.json"))
                .unwrap();
        // First NPRS 28 March 2026.
        let today = d(2026, 4, 18);
        assert_eq!(complaint_days(&r, today), Some((21, CountedFrom::FirstUse)));
        r.complaints_start = answered(None);
        assert_eq!(
            complaint_days(&r, today),
            Some((21, CountedFrom::FirstUse)),
            "I don't know"
        );
        r.complaints_start = answered(Some(d(2026, 3, 1)));
        assert_eq!(complaint_days(&r, today), Some((48, CountedFrom::ReportedStart)));
        r.complaints_start = answered(Some(d(2026, 5, 1)));
        assert_eq!(
            complaint_days(&r, today),
            None,
            "a start after today counts nothing"
        );
        assert_eq!(complaint_days(&PatientRecord::default(), today), None);
    }
}
