//! Hostile data that is "valid" (issue 15): files and stored records whose every field passes on
//! its own, but whose dates or ids would freeze a page or make one delete remove two entries.
//! Every decode path (stored, backup, FHIR, hand-over code) refuses them, and every per-day loop
//! stays bounded whatever the dates.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rugplan::domain::activity_plan::{
    Activity, ActivityPlan, ActivityUnit, Baseline, DayLog, MISSED_LISTED, Milestones, PLAN_YEARS, PlanError,
    PlanRevision, activity_adherence, adherence, plan_date_window,
};
use rugplan::domain::date::{LocalDate, Timestamp};
use rugplan::domain::id::EntryId;
use rugplan::domain::nprs::{NprsEntry, NprsScore};
use rugplan::domain::record::{PatientRecord, RecordError};
use rugplan::interop::backup::{BackupError, read_backup, write_backup};
use rugplan::interop::csv::{PLAN_ROW_DAYS, write_csv};
use rugplan::interop::fhir::{read_bundle, write_bundle};
use rugplan::interop::stored::{DecodeError, decode_record, encode_record};
use rugplan::interop::transfer::{read_code, write_code};
use std::time::{Duration, Instant};

fn d(y: i32, m: u8, day: u8) -> LocalDate {
    LocalDate::new(y, m, day).unwrap()
}

fn at(date: LocalDate) -> Timestamp {
    Timestamp::new(date, 10, 0, 0, 60).unwrap()
}

fn id(kind: u8, n: u32) -> EntryId {
    let mut b = [kind; 16];
    b[12..16].copy_from_slice(&n.to_be_bytes());
    EntryId::from_random(b)
}

fn activity(n: u32, start: LocalDate) -> Activity {
    Activity {
        id: id(1, n),
        name: format!("Activiteit {n}"),
        unit: ActivityUnit::Minutes,
        baseline: Baseline::Entered { value: 10 },
        start_percent: 80,
        goal: 30,
        start_date: start,
        goal_date: start.add_days(140).unwrap(),
        step_interval_days: 7,
    }
}

/// A record whose plan has `count` activities starting on `start` (built without validation,
/// as a hostile file would be written).
fn record_with_plan(start: LocalDate, count: u32) -> PatientRecord {
    let mut r = PatientRecord::default();
    r.plan.revisions.push(PlanRevision {
        id: id(2, 0),
        created_at: at(start),
        valid_from: start,
        activities: (0..count).map(|n| activity(n, start)).collect(),
        milestones: Milestones::default(),
        note: None,
    });
    r
}

fn nprs(n: u32, date: LocalDate) -> NprsEntry {
    NprsEntry {
        id: id(3, n),
        recorded_at: at(date),
        score: NprsScore::new(5).unwrap(),
    }
}

fn log(n: u32, activity: &EntryId, date: LocalDate) -> DayLog {
    DayLog {
        id: id(4, n),
        activity_id: activity.clone(),
        date,
        done: 8,
        logged_at: at(date),
        pain_note: None,
    }
}

// ---- dates ---------------------------------------------------------------------------------

/// Measured in Chromium: a valid backup with 200 activities from year 1 froze /plan for 20 s.
#[test]
fn a_plan_from_year_one_is_refused_by_every_decode() {
    let r = record_with_plan(d(1, 1, 1), 200);
    let backup = write_backup(&r, at(d(2026, 11, 22)));
    let out_of_range = RecordError::Plan(PlanError::DateOutOfRange);
    assert_eq!(
        read_backup(&backup),
        Err(BackupError::Inconsistent(out_of_range.clone())),
        "backup"
    );
    assert_eq!(
        decode_record(&encode_record(&r)),
        Err(DecodeError::Inconsistent(out_of_range)),
        "stored"
    );
    // A typed year "0026" is no better.
    let r = record_with_plan(d(26, 11, 1), 1);
    assert!(decode_record(&encode_record(&r)).is_err());
}

#[test]
fn an_imported_plan_must_lie_within_two_years_of_today() {
    let today = d(2026, 11, 22);
    let window = plan_date_window(today);
    assert_eq!(*window.start(), d(2024, 11, 20));
    assert_eq!(*window.end(), d(2028, 11, 23));
    let near = record_with_plan(d(2025, 6, 1), 1);
    assert_eq!(near.check_import_dates(today), Ok(()));
    // Valid as stored data (within the supported years), but not as an import today.
    let old = record_with_plan(d(2021, 6, 1), 1);
    assert!(read_backup(&write_backup(&old, at(today))).is_ok());
    assert!(old.check_import_dates(today).is_err());
    let mut late_log = near.clone();
    late_log.plan.logs.push(log(1, &id(1, 0), d(2030, 1, 1)));
    assert!(late_log.check_import_dates(today).is_err(), "log dates count too");
}

#[test]
fn adherence_of_a_century_old_plan_is_quick_and_its_list_bounded() {
    let r = record_with_plan(d(2000, 1, 1), 200);
    let today = d(2100, 12, 31);
    let started = Instant::now();
    let a = adherence(&r.plan, today).unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let first = &a.activities[0];
    assert_eq!(first.counts.planned_days, 36_890);
    assert_eq!(first.counts.missed_days, 36_890);
    assert!(first.missed.len() <= MISSED_LISTED);
    assert_eq!(first.missed.last(), Some(&today));
}

#[test]
fn csv_of_a_century_old_plan_is_bounded() {
    let r = record_with_plan(d(2000, 1, 1), 3);
    let csv = write_csv(&r, d(2100, 12, 31));
    let rows = csv.split("\r\n").filter(|l| l.starts_with("PLAN;")).count();
    assert_eq!(rows as i64, 3 * PLAN_ROW_DAYS);
}

// ---- ids -----------------------------------------------------------------------------------

#[test]
fn duplicate_measurement_ids_are_refused_by_every_decode() {
    let mut r = PatientRecord::default();
    r.nprs.push(nprs(1, d(2026, 11, 1)));
    r.nprs.push(nprs(1, d(2026, 11, 2)));
    let dup = RecordError::DuplicateId(id(3, 1));
    assert_eq!(
        read_backup(&write_backup(&r, at(d(2026, 11, 22)))),
        Err(BackupError::Inconsistent(dup.clone()))
    );
    assert_eq!(
        decode_record(&encode_record(&r)),
        Err(DecodeError::Inconsistent(dup))
    );
    let bundle = write_bundle(&r, at(d(2026, 11, 22)), "pain").to_string();
    assert!(read_bundle(&bundle).is_err(), "FHIR");
}

#[test]
fn a_hand_over_code_with_a_repeated_section_is_refused() {
    let mut r = PatientRecord::default();
    r.nprs.push(nprs(1, d(2026, 11, 1)));
    let code = write_code(&r);
    let (body, _) = code.rsplit_once('.').unwrap();
    let section = body.split('.').nth(1).unwrap();
    let doubled = format!("{body}.{section}");
    let code = format!("{doubled}.{}", crc32_hex(doubled.as_bytes()));
    assert!(read_code(&code).is_err());
}

fn crc32_hex(bytes: &[u8]) -> String {
    // The same CRC-32 as the code (IEEE); written out so the test does not reach into interop.
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    format!("{:08x}", !crc)
}

#[test]
fn duplicate_plan_ids_are_refused_on_decode() {
    let mut r = record_with_plan(d(2026, 11, 1), 1);
    let a = id(1, 0);
    r.plan.logs.push(log(1, &a, d(2026, 11, 2)));
    r.plan.logs.push(log(1, &a, d(2026, 11, 3)));
    assert!(decode_record(&encode_record(&r)).is_err(), "two logs, one id");
    let mut r = record_with_plan(d(2026, 11, 1), 1);
    let twin = r.plan.revisions[0].clone();
    r.plan.revisions.push(twin);
    assert!(
        decode_record(&encode_record(&r)).is_err(),
        "two revisions, one id"
    );
    assert!(read_backup(&write_backup(&r, at(d(2026, 11, 22)))).is_err());
}

// ---- properties ------------------------------------------------------------------------------

fn arb_date() -> impl Strategy<Value = LocalDate> {
    prop_oneof![
        (1i32..=9999, 1u8..=12, 1u8..=28),
        (1990i32..=2110, 1u8..=12, 1u8..=28),
    ]
    .prop_map(|(y, m, day)| d(y, m, day))
}

prop_compose! {
    /// Records built field by field, with ids from a small pool and dates from any year, so
    /// duplicates and absurd dates are common.
    fn arb_record()(
        nprs_ids in proptest::collection::vec(0u32..4, 0..5),
        log_ids in proptest::collection::vec(0u32..4, 0..5),
        start in arb_date(),
        log_date in arb_date(),
    ) -> PatientRecord {
        let mut r = record_with_plan(start, 1);
        r.nprs = nprs_ids.iter().map(|&n| nprs(n, d(2026, 1, 1))).collect();
        r.plan.logs = log_ids.iter().map(|&n| log(n, &id(1, 0), log_date)).collect();
        r
    }
}

fn all_unique<T: Ord>(items: impl Iterator<Item = T>) -> bool {
    let mut seen = std::collections::BTreeSet::new();
    items.into_iter().all(|x| seen.insert(x))
}

fn plan_dates(plan: &ActivityPlan) -> Vec<LocalDate> {
    plan.dates().collect()
}

proptest! {
    #[test]
    fn any_decoded_record_has_unique_ids_and_bounded_dates(r in arb_record()) {
        let decoded = [
            decode_record(&encode_record(&r)).ok(),
            read_backup(&write_backup(&r, at(d(2026, 11, 22)))).ok(),
        ];
        for record in decoded.into_iter().flatten() {
            prop_assert!(all_unique(record.nprs.iter().map(|e| &e.id)));
            prop_assert!(all_unique(record.plan.logs.iter().map(|l| &l.id)));
            prop_assert!(all_unique(record.plan.revisions.iter().map(|r| &r.id)));
            prop_assert!(plan_dates(&record.plan).iter().all(|d| PLAN_YEARS.contains(&d.year())));
            // So deleting one entry deletes exactly one.
            if let Some(first) = record.nprs.first().map(|e| e.id.clone()) {
                let mut after = record.clone();
                prop_assert!(after.delete_nprs(&first));
                prop_assert_eq!(after.nprs.len() + 1, record.nprs.len());
            }
        }
    }

    #[test]
    fn imported_records_keep_their_plan_near_today(r in arb_record(), today in arb_date()) {
        if r.check_import_dates(today).is_ok() {
            let window = plan_date_window(today);
            prop_assert!(plan_dates(&r.plan).iter().all(|d| window.contains(d)));
        }
    }

    /// Every per-day loop is bounded by construction: whatever the start and today within the
    /// supported years, the missed list and the CSV stay small.
    #[test]
    fn per_day_figures_are_bounded(
        start_year in PLAN_YEARS,
        today_year in PLAN_YEARS,
        logged in proptest::collection::vec(0i64..400, 0..20),
    ) {
        let start = d(start_year, 3, 1);
        let today = d(today_year, 6, 1);
        let mut r = record_with_plan(start, 2);
        for (n, offset) in (0u32..).zip(&logged) {
            r.plan.logs.push(log(n, &id(1, 0), start.add_days(*offset).unwrap()));
        }
        let a = activity_adherence(&r.plan.revisions[0].activities[0], &r.plan.logs, today).unwrap();
        prop_assert!(a.missed.len() <= MISSED_LISTED);
        prop_assert_eq!(a.counts.logged_days + a.counts.missed_days, a.counts.planned_days);
        let csv = write_csv(&r, today);
        let rows = csv.split("\r\n").filter(|l| l.starts_with("PLAN;")).count() as i64;
        prop_assert!(rows <= 2 * PLAN_ROW_DAYS);
    }
}

// ---- text versions ---------------------------------------------------------------------------

#[test]
fn an_unknown_qbpds_text_version_is_exported_as_unknown() {
    let mut r = PatientRecord::default();
    let t = at(d(2026, 11, 1));
    r.start_qbpds(id(5, 1), t, "qbpds-xx-some-other-1");
    r.finish_qbpds(t, "qbpds-xx-some-other-1");
    let bundle = write_bundle(&r, at(d(2026, 11, 22)), "pain");
    let qr = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "QuestionnaireResponse")
        .unwrap();
    assert_eq!(qr["meta"]["tag"][0]["code"], "unknown-text");
    assert!(
        qr["item"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i.get("text").is_none())
    );
    assert!(
        qr["questionnaire"]
            .as_str()
            .unwrap()
            .ends_with("|qbpds-xx-some-other-1")
    );
}
