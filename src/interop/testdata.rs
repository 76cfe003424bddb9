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

/// Two NPRS scores, two complete QBPDS and one in progress, across a daylight-saving change.
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
        r.start_qbpds(id(n), t(at));
        for (i, v) in values.into_iter().enumerate() {
            r.answer_qbpds(i, QbpdsAnswer::new(v).unwrap());
        }
        r.finish_qbpds(t(at), "qbpds-nl-rugplan-working-1");
    }
    r.start_qbpds(id(5), t("2026-04-20T10:00:00+02:00"));
    r.answer_qbpds(0, QbpdsAnswer::new(1).unwrap());
    r
}
