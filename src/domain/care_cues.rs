//! Stepped-care cues (CONTENT.md §4, NHG stappenplan): moments the app may point out as
//! something to *discuss* with the GP or physiotherapist. The app never decides a next step,
//! and the cues look at functioning (activities, QBPDS), never at pain alone.

use super::change::Verdict;
use super::date::LocalDate;
use super::qbpds::qbpds_change;
use super::record::PatientRecord;

/// About three weeks into the plan (NHG step 3 moment).
pub const PLAN_REVIEW_DAYS: i64 = 21;
/// About twelve weeks after the first measurement (NHG step 4 moment).
pub const LONG_COURSE_DAYS: i64 = 84;
/// Logged days at or above the goal that count as "back to the normal level" for an activity.
const DAYS_AT_GOAL: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareCue {
    /// The plan has run about three weeks and the activities are not back at their goal:
    /// discuss physiotherapy or exercise therapy.
    PlanNotBackToNormal,
    /// About twelve weeks of complaints without clear improvement in functioning: discuss
    /// what else could help (for example treatment aimed at coping with the complaints).
    LittleImprovementAfterTwelveWeeks,
}

/// The cues that apply on `today`, in order of the stepped-care plan.
pub fn care_cues(record: &PatientRecord, today: LocalDate) -> Vec<CareCue> {
    let mut cues = Vec::new();
    let plan_start = record
        .plan
        .revisions
        .iter()
        .flat_map(|r| r.activities.iter().map(|a| a.start_date))
        .min();
    if let (Some(start), Some(revision)) = (plan_start, record.plan.current_revision(today))
        && start.days_until(today) >= PLAN_REVIEW_DAYS
    {
        let back_to_normal = revision.activities.iter().all(|a| {
            let logs = record.plan.logs_for(&a.id);
            logs.iter()
                .rev()
                .take(DAYS_AT_GOAL)
                .filter(|l| l.done >= a.goal)
                .count()
                == DAYS_AT_GOAL
        });
        if !back_to_normal {
            cues.push(CareCue::PlanNotBackToNormal);
        }
    }
    let first = [
        record.nprs.iter().map(|e| e.recorded_at.date()).min(),
        record.qbpds.iter().map(|e| e.completed_at.date()).min(),
        plan_start,
    ]
    .into_iter()
    .flatten()
    .filter(|d| record.episode_start.is_none_or(|s| *d >= s.date()))
    .min();
    if let Some(first) = first
        && first.days_until(today) >= LONG_COURSE_DAYS
    {
        let improved = qbpds_change(&record.qbpds, record.episode_start)
            .is_some_and(|c| c.verdict == Verdict::RelevantImprovement);
        if !improved {
            cues.push(CareCue::LittleImprovementAfterTwelveWeeks);
        }
    }
    cues
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::interop::stored::decode_record;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    fn fixture() -> PatientRecord {
        decode_record(include_str!("../../tests/fixtures/record-v2.json")).unwrap()
    }

    #[test]
    fn nothing_early_in_the_plan() {
        assert!(care_cues(&fixture(), d(2026, 4, 10)).is_empty());
        assert!(care_cues(&PatientRecord::default(), d(2026, 4, 10)).is_empty());
    }

    #[test]
    fn three_weeks_into_the_plan_and_not_at_goal() {
        // Plan started 1 April; the logs are far below the goal of 30 minutes.
        assert_eq!(
            care_cues(&fixture(), d(2026, 4, 22)),
            vec![CareCue::PlanNotBackToNormal]
        );
    }

    #[test]
    fn at_goal_three_days_running_means_back_to_normal() {
        let mut r = fixture();
        let activity = r.plan.revisions[1].activities[0].id.clone();
        for (i, day) in [19u8, 20, 21].into_iter().enumerate() {
            r.plan.log(crate::domain::activity_plan::DayLog {
                id: crate::domain::id::EntryId::from_random([40 + i as u8; 16]),
                activity_id: activity.clone(),
                date: d(2026, 4, day),
                done: 30,
                logged_at: crate::domain::date::Timestamp::parse(&format!("2026-04-{day}T20:00:00+02:00"))
                    .unwrap(),
                pain_note: None,
            });
        }
        assert!(care_cues(&r, d(2026, 4, 22)).is_empty());
    }

    #[test]
    fn twelve_weeks_without_clear_improvement_in_functioning() {
        let r = fixture();
        // First measurement 28 March; 84 days later is 20 June.
        assert!(!care_cues(&r, d(2026, 6, 19)).contains(&CareCue::LittleImprovementAfterTwelveWeeks));
        assert!(care_cues(&r, d(2026, 6, 20)).contains(&CareCue::LittleImprovementAfterTwelveWeeks));
    }

    #[test]
    fn clear_qbpds_improvement_is_not_flagged_at_twelve_weeks() {
        let r = crate::interop::testdata::sample_record(); // QBPDS 58 -> 37: -21 points
        assert!(!care_cues(&r, d(2026, 6, 30)).contains(&CareCue::LittleImprovementAfterTwelveWeeks));
    }
}
