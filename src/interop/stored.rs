//! The record as text: what `store/` writes to localStorage and reads back.
//!
//! Decoding is strict (unknown fields, out-of-range scores and bad dates are refused) because
//! a half-understood record would be silently "repaired" on the next save.

use super::migrate::{MigrateError, migrate};
use crate::domain::record::{PatientRecord, RecordError};

/// Stored text larger than this is refused before parsing (localStorage holds about 5 MB).
pub const MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the stored data is too large ({0} bytes)")]
    TooLarge(usize),
    #[error("the stored data is not valid JSON: {0}")]
    NotJson(String),
    #[error(transparent)]
    Version(#[from] MigrateError),
    #[error("the stored data does not match the record format: {0}")]
    Shape(String),
    #[error("the stored data is not consistent: {0}")]
    Inconsistent(#[from] RecordError),
}

pub fn encode_record(record: &PatientRecord) -> String {
    // Serialising plain structs of strings and numbers cannot fail; an empty string would
    // only ever be written if it did, and `decode_record` refuses that instead of guessing.
    serde_json::to_string(record).unwrap_or_default()
}

pub fn decode_record(text: &str) -> Result<PatientRecord, DecodeError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(DecodeError::TooLarge(text.len()));
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let value = migrate(value)?;
    let record: PatientRecord =
        serde_json::from_value(value).map_err(|e| DecodeError::Shape(e.to_string()))?;
    record.validate()?;
    Ok(record)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::date::Timestamp;
    use crate::domain::id::EntryId;
    use crate::domain::nprs::NprsScore;
    use crate::domain::qbpds::QbpdsAnswer;
    use proptest::prelude::*;

    fn sample() -> PatientRecord {
        let t = Timestamp::parse("2026-11-22T10:15:00+01:00").unwrap();
        let mut r = PatientRecord::default();
        r.add_nprs(EntryId::from_random([1; 16]), t, NprsScore::new(6).unwrap());
        r.start_qbpds(EntryId::from_random([2; 16]), t, "qbpds-en-kopec-1995");
        r.answer_qbpds(2, QbpdsAnswer::new(4).unwrap());
        r.move_qbpds(3);
        r
    }

    #[test]
    fn round_trip() {
        let r = sample();
        assert_eq!(decode_record(&encode_record(&r)), Ok(r));
    }

    #[test]
    fn version_1_fixture_loads() {
        let text = include_str!("../../tests/fixtures/record-v1.json");
        let r = decode_record(text).unwrap();
        assert_eq!(
            r.schema_version,
            crate::domain::record::SCHEMA_VERSION,
            "migrated on load"
        );
        assert!(r.plan.revisions.is_empty());
        assert_eq!(r.nprs.len(), 2);
        assert_eq!(r.qbpds.len(), 1);
        assert_eq!(r.qbpds[0].total().complete(), Some(41));
        assert_eq!(r.qbpds_draft.as_ref().map(|d| d.position), Some(10));
    }

    #[test]
    fn version_2_fixture_loads_with_its_plan() {
        let text = include_str!("../../tests/fixtures/record-v2.json");
        let r = decode_record(text).unwrap();
        assert_eq!(r.schema_version, crate::domain::record::SCHEMA_VERSION);
        assert_eq!(r.complaints_start, None, "not asked before version 3");
        assert_eq!(r.plan.revisions.len(), 2);
        assert_eq!(r.plan.logs.len(), 3);
        assert!(r.last_backup_at.is_some());
        let today = crate::domain::date::LocalDate::new(2026, 4, 2).unwrap();
        let current = r.plan.current_revision(today).unwrap();
        assert_eq!(
            current.activities[0].schedule().unwrap().quota_on(today),
            Some(12)
        );
    }

    /// Every schema version this app ever wrote has a fixture, and each loads.
    #[test]
    fn every_old_schema_version_has_a_loading_fixture() {
        let fixtures = [
            include_str!("../../tests/fixtures/record-v1.json"),
            include_str!("../../tests/fixtures/record-v2.json"),
            include_str!("../../tests/fixtures/record-v3.json"),
        ];
        assert_eq!(fixtures.len() as u32, crate::domain::record::SCHEMA_VERSION);
        for (i, text) in fixtures.iter().enumerate() {
            let r = decode_record(text).unwrap_or_else(|e| panic!("fixture v{}: {e}", i + 1));
            assert_eq!(r.schema_version, crate::domain::record::SCHEMA_VERSION);
        }
    }

    #[test]
    fn version_3_fixture_keeps_complaints_start_and_draft_text_version() {
        let r = decode_record(include_str!("../../tests/fixtures/record-v3.json")).unwrap();
        let start = r.complaints_start.unwrap();
        assert_eq!(start.date, crate::domain::date::LocalDate::new(2026, 3, 14));
        assert_eq!(
            r.qbpds_draft.as_ref().and_then(|d| d.text_version.as_deref()),
            Some("qbpds-nl-rugplan-working-1")
        );
        assert_eq!(decode_record(&encode_record(&r)), Ok(r), "round trip");
        let unknown = r#"{"schema_version":3,"complaints_start":{"date":null,"answered_at":"2026-03-28T20:05:00+01:00","x":1}}"#;
        assert!(matches!(decode_record(unknown), Err(DecodeError::Shape(_))));
    }

    #[test]
    fn corrupt_text_is_an_error_not_a_panic() {
        assert!(matches!(decode_record("{not json"), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode_record(""), Err(DecodeError::NotJson(_))));
        assert!(matches!(
            decode_record("{}"),
            Err(DecodeError::Version(MigrateError::NoVersion))
        ));
        let bad_score = r#"{"schema_version":1,"nprs":[{"id":"a","recorded_at":"2026-11-22T10:15:00+01:00","score":11}]}"#;
        assert!(matches!(decode_record(bad_score), Err(DecodeError::Shape(_))));
        let unknown = r#"{"schema_version":1,"surprise":true}"#;
        assert!(matches!(decode_record(unknown), Err(DecodeError::Shape(_))));
        let huge = " ".repeat(MAX_RECORD_BYTES + 1);
        assert!(matches!(decode_record(&huge), Err(DecodeError::TooLarge(_))));
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in ".{0,200}") {
            let _ = decode_record(&s);
        }

        #[test]
        fn truncated_records_never_panic(cut in 0usize..400) {
            let text = encode_record(&sample());
            let cut = cut.min(text.len());
            let _ = decode_record(&text[..cut]);
        }
    }
}
