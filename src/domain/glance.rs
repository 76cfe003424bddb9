//! "Today at a glance": which questionnaire is due again, and how many days in a row the plan
//! was followed. Gentle facts for the home screen, never alarms.

use super::activity_plan::ActivityPlan;
use super::date::LocalDate;
use super::record::PatientRecord;

/// The pain score is asked again after a week without one.
pub const NPRS_INTERVAL_DAYS: i64 = 7;
/// The QBPDS every three weeks, the KNGF evaluation interval.
pub const QBPDS_INTERVAL_DAYS: i64 = 21;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Due {
    /// Days since the last NPRS when it is due again (`None`: not due, or never filled in).
    pub nprs_days: Option<i64>,
    pub qbpds_days: Option<i64>,
}

pub fn due(r: &PatientRecord, today: LocalDate) -> Due {
    let since =
        |d: Option<LocalDate>, interval: i64| d.map(|d| d.days_until(today)).filter(|n| *n >= interval);
    Due {
        nprs_days: since(r.latest_nprs().map(|e| e.recorded_at.date()), NPRS_INTERVAL_DAYS),
        qbpds_days: since(
            r.latest_qbpds().map(|e| e.completed_at.date()),
            QBPDS_INTERVAL_DAYS,
        ),
    }
}

/// Days in a row, ending today (or yesterday while today is not logged yet), on which every
/// activity of the current plan was logged at or above its quota.
pub fn plan_streak(plan: &ActivityPlan, today: LocalDate) -> u32 {
    let met_on = |date: LocalDate| {
        let Some(rev) = plan.current_revision(date) else {
            return false;
        };
        !rev.activities.is_empty()
            && rev.activities.iter().all(|a| {
                let Some(quota) = a.schedule().ok().and_then(|s| s.quota_on(date)) else {
                    return false;
                };
                plan.logs
                    .iter()
                    .filter(|l| l.activity_id == a.id && l.date == date)
                    .max_by_key(|l| l.logged_at)
                    .is_some_and(|l| l.done >= quota)
            })
    };
    let mut day = if met_on(today) {
        Some(today)
    } else {
        today.add_days(-1)
    };
    let mut streak = 0;
    while let Some(d) = day.filter(|d| met_on(*d)) {
        streak += 1;
        day = d.add_days(-1);
    }
    streak
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::interop::stored::decode_record;

    fn d(m: u8, day: u8) -> LocalDate {
        LocalDate::new(2026, m, day).unwrap()
    }

    #[test]
    fn questionnaires_fall_due_after_their_interval() {
        let r = decode_record(include_str!("../../tests/fixtures/record-v1.json")).unwrap();
        // Last NPRS 30 March, last QBPDS 28 March.
        assert_eq!(due(&r, d(4, 5)), Due::default());
        assert_eq!(due(&r, d(4, 6)).nprs_days, Some(7));
        assert_eq!(due(&r, d(4, 18)).qbpds_days, Some(21));
        assert_eq!(
            due(&PatientRecord::default(), d(4, 18)),
            Due::default(),
            "never filled in: no nagging"
        );
    }

    #[test]
    fn streak_counts_met_days_in_a_row() {
        let r = decode_record(include_str!("../../tests/fixtures/record-v2.json")).unwrap();
        // Logs: 1 April 12 (met), 2 April 10 (not met), 4 April 14 (met, quota 14).
        assert_eq!(plan_streak(&r.plan, d(4, 1)), 1);
        assert_eq!(
            plan_streak(&r.plan, d(4, 2)),
            1,
            "today not yet met: count up to yesterday"
        );
        assert_eq!(plan_streak(&r.plan, d(4, 3)), 0);
        assert_eq!(plan_streak(&r.plan, d(4, 4)), 1);
        assert_eq!(plan_streak(&ActivityPlan::default(), d(4, 4)), 0);
    }
}
