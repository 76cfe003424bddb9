//! Stepped-care cues (CONTENT.md §4, NHG stappenplan): moments the app may point out as
//! something to *discuss* with the GP or physiotherapist. The app never decides a next step,
//! and the cues look at functioning (activities, QBPDS), never at pain alone.
//!
//! Complaint duration counts from the start of the complaints the patient gave
//! ([`complaint_days`]); without one, from the first use of the app, which the complaints are
//! at least as old as (a cue can then come late, never early).

use super::change::Verdict;
use super::complaints_start::{CountedFrom, complaint_days};
use super::date::LocalDate;
use super::qbpds::qbpds_change;
use super::record::PatientRecord;

/// About three weeks after the start of the complaints (NHG seed L606-610 "binnen circa drie
/// weken na het begin van de klachten"; step 2, L674-678 "drie tot vier weken").
pub const STEP_TWO_DAYS: i64 = 21;
/// About three weeks into the plan (NHG step 3, L689-695 "binnen drie weken").
pub const PLAN_REVIEW_DAYS: i64 = 21;
/// A plan whose goal lies later is judged this long after its own goal date: the NHG example
/// reaches normal in about fourteen days (L825-826) and has the control visit after about three
/// weeks (L836), a week after the goal.
pub const DAYS_AFTER_GOAL: i64 = 7;
/// Twelve weeks of complaints (NHG step 4, L963-968 "klachtenduur van twaalf weken").
pub const LONG_COURSE_DAYS: i64 = 84;
/// Logged days at or above the goal that count as "back to the normal level" for an activity.
const DAYS_AT_GOAL: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareCue {
    /// About three weeks of complaints, no activity plan yet and no clear improvement in
    /// functioning measured: discuss a step-by-step activity plan (NHG step 2).
    ConsiderActivityPlan,
    /// The plan has run about three weeks (and past its own goal date) and the activities are
    /// not back at their goal: discuss physiotherapy or exercise therapy (NHG step 3).
    PlanNotBackToNormal,
    /// About twelve weeks of complaints without a clear improvement in functioning: discuss
    /// what else could help, such as treatment aimed at coping (NHG step 4).
    /// `qbpds_measured`: the QBPDS shows no clear improvement. `false`: there are not two
    /// complete QBPDS to compare, so the text says nothing about the questionnaire.
    LongCourse { qbpds_measured: bool },
}

/// The cues that apply on `today`, in order of the stepped-care plan.
pub fn care_cues(record: &PatientRecord, today: LocalDate) -> Vec<CareCue> {
    let mut cues = Vec::new();
    let qbpds = qbpds_change(&record.qbpds, record.episode_start);
    let clearly_better = qbpds
        .as_ref()
        .is_some_and(|c| c.verdict == Verdict::RelevantImprovement);
    let days = complaint_days(record, today).map(|(days, _): (i64, CountedFrom)| days);
    let has_plan = !record.plan.revisions.is_empty();
    if !has_plan && !clearly_better && days.is_some_and(|d| (STEP_TWO_DAYS..LONG_COURSE_DAYS).contains(&d)) {
        cues.push(CareCue::ConsiderActivityPlan);
    }
    if plan_not_back_to_normal(record, today) {
        cues.push(CareCue::PlanNotBackToNormal);
    }
    if !clearly_better && days.is_some_and(|d| d >= LONG_COURSE_DAYS) {
        cues.push(CareCue::LongCourse {
            qbpds_measured: qbpds.is_some(),
        });
    }
    cues
}

/// The plan has run at least three weeks and a week past its latest goal date, and not every
/// activity was logged at its goal on its last three logged days.
fn plan_not_back_to_normal(record: &PatientRecord, today: LocalDate) -> bool {
    let plan_start = record.plan.first_start_date();
    let (Some(start), Some(revision)) = (plan_start, record.plan.current_revision(today)) else {
        return false;
    };
    let goal = revision.activities.iter().map(|a| a.goal_date).max();
    let review = [
        start.add_days(PLAN_REVIEW_DAYS),
        goal.and_then(|g| g.add_days(DAYS_AFTER_GOAL)),
    ]
    .into_iter()
    .flatten()
    .max();
    if review.is_none_or(|r| today < r) {
        return false;
    }
    let back_to_normal = revision.activities.iter().all(|a| {
        let logs = record.plan.logs_for(&a.id);
        logs.iter()
            .rev()
            .take(DAYS_AT_GOAL)
            .filter(|l| l.done >= a.goal)
            .count()
            == DAYS_AT_GOAL
    });
    !back_to_normal
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::date::Timestamp;
    use crate::interop::stored::decode_record;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    fn at(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    /// NPRS on 28 March 2026; plan from 1 April, revised on 5 April to reach the goal
    /// (30 minutes) on 22 April; logs far below the goal. No QBPDS.
    fn fixture() -> PatientRecord {
        decode_record(include_str!("../../tests/fixtures/record-v2.json")).unwrap()
    }

    /// The same patient before any plan was made.
    fn without_plan() -> PatientRecord {
        let mut r = fixture();
        r.plan = Default::default();
        r
    }

    fn long_course(r: &PatientRecord, today: LocalDate) -> Option<CareCue> {
        care_cues(r, today)
            .into_iter()
            .find(|c| matches!(c, CareCue::LongCourse { .. }))
    }

    #[test]
    fn nothing_early() {
        assert!(care_cues(&fixture(), d(2026, 4, 10)).is_empty());
        assert!(care_cues(&without_plan(), d(2026, 4, 10)).is_empty());
        assert!(care_cues(&PatientRecord::default(), d(2026, 4, 10)).is_empty());
    }

    /// NHG L606-610 and step 2 (L674-678): about three weeks after the start of the complaints,
    /// without a plan, the plan is something to discuss; counted from the reported start.
    #[test]
    fn three_weeks_of_complaints_without_a_plan() {
        let mut r = without_plan();
        r.set_complaints_start(Some(d(2026, 3, 20)), at("2026-03-28T20:00:00+01:00"));
        assert!(care_cues(&r, d(2026, 4, 9)).is_empty(), "20 days");
        assert_eq!(
            care_cues(&r, d(2026, 4, 10)),
            vec![CareCue::ConsiderActivityPlan],
            "21 days"
        );
        // Without a start date it counts from the first measurement (28 March): later.
        r.set_complaints_start(None, at("2026-03-28T20:00:00+01:00"));
        assert!(care_cues(&r, d(2026, 4, 17)).is_empty());
        assert_eq!(care_cues(&r, d(2026, 4, 18)), vec![CareCue::ConsiderActivityPlan]);
        // With a plan, step 2 is under way.
        assert!(!care_cues(&fixture(), d(2026, 4, 18)).contains(&CareCue::ConsiderActivityPlan));
    }

    /// NHG step 3 (L689-695): about three weeks into the plan, but never before a week past
    /// the plan's own goal date (NHG example: normal in ~14 days, control after ~3 weeks,
    /// L825-836).
    #[test]
    fn plan_review_respects_the_goal_date() {
        let r = fixture();
        // The revision of 5 April moved the goal to 22 April: judged from 29 April.
        assert!(!care_cues(&r, d(2026, 4, 28)).contains(&CareCue::PlanNotBackToNormal));
        assert_eq!(care_cues(&r, d(2026, 4, 29)), vec![CareCue::PlanNotBackToNormal]);
        // The first revision alone (goal 15 April): three weeks after the start, 22 April.
        let mut first_only = fixture();
        first_only.plan.revisions.truncate(1);
        assert!(care_cues(&first_only, d(2026, 4, 21)).is_empty());
        assert_eq!(
            care_cues(&first_only, d(2026, 4, 22)),
            vec![CareCue::PlanNotBackToNormal]
        );
    }

    #[test]
    fn at_goal_three_days_running_means_back_to_normal() {
        let mut r = fixture();
        let activity = r.plan.revisions[1].activities[0].id.clone();
        for (i, day) in [23u8, 24, 25].into_iter().enumerate() {
            r.plan.log(crate::domain::activity_plan::DayLog {
                id: crate::domain::id::EntryId::from_random([40 + i as u8; 16]),
                activity_id: activity.clone(),
                date: d(2026, 4, day),
                done: 30,
                logged_at: at(&format!("2026-04-{day}T20:00:00+02:00")),
                pain_note: None,
            });
        }
        assert!(care_cues(&r, d(2026, 4, 29)).is_empty());
    }

    /// NHG step 4 (L963-968): twelve weeks of *complaints*, counted from their start, not from
    /// the first measurement.
    #[test]
    fn twelve_weeks_count_from_the_start_of_the_complaints() {
        let mut r = fixture();
        // No start date: from the first measurement, 28 March; 84 days later is 20 June.
        assert_eq!(long_course(&r, d(2026, 6, 19)), None);
        assert!(long_course(&r, d(2026, 6, 20)).is_some());
        // "I don't know" counts the same way.
        r.set_complaints_start(None, at("2026-03-28T20:00:00+01:00"));
        assert!(long_course(&r, d(2026, 6, 20)).is_some());
        // Complaints since 10 January: twelve weeks on 4 April, a week after the first use.
        r.set_complaints_start(Some(d(2026, 1, 10)), at("2026-03-28T20:00:00+01:00"));
        assert_eq!(long_course(&r, d(2026, 4, 3)), None);
        assert!(long_course(&r, d(2026, 4, 4)).is_some());
        // A start given later than the first measurement (a new episode) counts from itself.
        r.set_complaints_start(Some(d(2026, 4, 1)), at("2026-04-02T20:00:00+02:00"));
        assert_eq!(long_course(&r, d(2026, 6, 20)), None);
        assert!(long_course(&r, d(2026, 6, 24)).is_some());
    }

    /// Issue 14: a patient with no QBPDS gets no sentence about QBPDS improvement.
    #[test]
    fn the_long_course_cue_speaks_of_the_qbpds_only_when_measured() {
        let r = fixture(); // no QBPDS
        assert_eq!(
            long_course(&r, d(2026, 6, 20)),
            Some(CareCue::LongCourse {
                qbpds_measured: false
            })
        );
        let r = decode_record(include_str!("../../tests/fixtures/record-v1.json")).unwrap();
        // One QBPDS (41): still nothing to compare.
        assert_eq!(
            long_course(&r, d(2026, 6, 20)),
            Some(CareCue::LongCourse {
                qbpds_measured: false
            })
        );
        let mut r = crate::interop::testdata::record_with_history(30);
        r.plan = Default::default();
        let today = d(2025, 3, 1);
        assert_eq!(
            long_course(&r, today),
            Some(CareCue::LongCourse { qbpds_measured: true })
        );
    }

    #[test]
    fn clear_qbpds_improvement_is_not_flagged() {
        let mut r = crate::interop::testdata::sample_record(); // QBPDS 58 -> 37: -21 points, 36 %
        assert_eq!(long_course(&r, d(2026, 6, 30)), None);
        r.plan = Default::default();
        assert!(!care_cues(&r, d(2026, 3, 30)).contains(&CareCue::ConsiderActivityPlan));
    }
}
