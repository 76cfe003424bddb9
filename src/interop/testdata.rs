//! A fixed test record shared by the format tests and the committed examples in docs/examples.

use crate::domain::date::Timestamp;
use crate::domain::id::EntryId;
use crate::domain::nprs::NprsScore;
use crate::domain::qbpds::QbpdsAnswer;
use crate::domain::record::PatientRecord;

fn t(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

fn id(n: u8) -> EntryId {
    EntryId::from_random([n; 16])
}

/// Two NPRS scores, two complete QBPDS and one in progress, across a daylight-saving change;
/// complaints since 23 February 2026.
pub fn sample_record() -> PatientRecord {
    let mut r = PatientRecord::default();
    r.add_nprs(id(1), t("2026-03-02T09:10:00+01:00"), NprsScore::new(7).unwrap());
    r.add_nprs(id(2), t("2026-03-30T09:05:00+02:00"), NprsScore::new(6).unwrap());
    for (n, at, values) in [
        (
            3u8,
            "2026-03-02T09:15:00+01:00",
            [3u8, 3, 2, 2, 3, 4, 2, 2, 4, 2, 3, 4, 1, 2, 3, 4, 2, 3, 4, 5],
        ),
        (
            4u8,
            "2026-03-30T09:20:00+02:00",
            [2u8, 1, 1, 1, 2, 3, 1, 1, 3, 1, 2, 3, 0, 1, 2, 3, 1, 2, 3, 4],
        ),
    ] {
        r.start_qbpds(id(n), t(at), "qbpds-nl-rugplan-working-1");
        for (i, v) in values.into_iter().enumerate() {
            r.answer_qbpds(i, QbpdsAnswer::new(v).unwrap());
        }
        r.finish_qbpds(t(at), "qbpds-nl-rugplan-working-1");
    }
    r.start_qbpds(
        id(5),
        t("2026-04-20T10:00:00+02:00"),
        "qbpds-nl-rugplan-working-1",
    );
    r.set_complaints_start(
        crate::domain::date::LocalDate::new(2026, 2, 23),
        t("2026-03-02T09:12:00+01:00"),
    );
    r.answer_qbpds(0, QbpdsAnswer::new(1).unwrap());
    r
}

/// A record of `days` days: weekly NPRS and QBPDS, and a two-activity plan (a new revision every
/// 140 days, as plans last at most 26 weeks) with a log for every activity on every day.
pub fn record_with_history(days: i64) -> PatientRecord {
    use crate::domain::activity_plan::{Activity, ActivityUnit, Baseline, DayLog, Milestones, PlanRevision};
    use crate::domain::date::LocalDate;
    let start = LocalDate::new(2024, 11, 22).unwrap();
    let at = |d: LocalDate, h: u8| Timestamp::new(d, h, 0, 0, 60).unwrap();
    let uid = |kind: u8, n: i64| {
        let mut b = [kind; 16];
        b[8..16].copy_from_slice(&n.to_be_bytes());
        EntryId::from_random(b)
    };
    let mut r = PatientRecord::default();
    for week in 0..=days / 7 {
        let d = start.add_days(week * 7).unwrap();
        r.add_nprs(
            uid(1, week),
            at(d, 9),
            NprsScore::new((8 - week % 8) as u8).unwrap(),
        );
        r.start_qbpds(uid(2, week), at(d, 9), "qbpds-nl-rugplan-working-1");
        for i in 0..20 {
            r.answer_qbpds(i, QbpdsAnswer::new(((week + i as i64) % 6) as u8).unwrap());
        }
        r.finish_qbpds(at(d, 10), "qbpds-nl-rugplan-working-1");
    }
    let activity_ids = [uid(3, 1), uid(3, 2)];
    let mut from = 0;
    while from <= days {
        let valid_from = start.add_days(from).unwrap();
        let activities = activity_ids
            .iter()
            .enumerate()
            .map(|(k, id)| Activity {
                id: id.clone(),
                name: ["Wandelen", "Fietsen"][k].into(),
                unit: ActivityUnit::Minutes,
                baseline: Baseline::Entered { value: 20 },
                start_percent: 80,
                goal: 60,
                start_date: valid_from,
                goal_date: valid_from.add_days(140).unwrap(),
                step_interval_days: 7,
            })
            .collect();
        r.plan
            .add_revision(PlanRevision {
                id: uid(4, from),
                created_at: at(valid_from, 8),
                valid_from,
                activities,
                milestones: Milestones::nhg_defaults(valid_from),
                note: None,
            })
            .unwrap();
        from += 140;
    }
    for day in 0..days {
        let d = start.add_days(day).unwrap();
        for (k, id) in activity_ids.iter().enumerate() {
            r.plan.log(DayLog {
                id: uid(5 + k as u8, day),
                activity_id: id.clone(),
                date: d,
                done: 20 + (day % 40) as u32,
                logged_at: at(d, 20),
                pain_note: (day % 10 == 0).then(|| "Wat meer pijn vandaag".to_owned()),
            });
        }
    }
    r
}
