//! The app's own backup file: the whole record, lossless and versioned, with a checksum. Used to
//! move to another device and as the patient's safety copy.

use super::checksum::crc32_hex;
use super::migrate::{MigrateError, migrate};
use crate::domain::date::{LocalDate, Timestamp};
use crate::domain::record::{PatientRecord, RecordError};
use serde_json::{Value, json};

pub const BACKUP_FORMAT: &str = "rugplan-backup";
pub const BACKUP_FORMAT_VERSION: u64 = 1;
/// Larger files are refused before parsing: two years of daily logs are well under 2 MB.
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("the file is too large ({0} bytes)")]
    TooLarge(usize),
    #[error("the file is not a Rugplan backup")]
    NotABackup,
    #[error("the backup was made by a newer version of Rugplan (format {0})")]
    NewerFormat(u64),
    #[error("the backup is damaged: its checksum does not match")]
    ChecksumMismatch,
    #[error(transparent)]
    Version(#[from] MigrateError),
    #[error("the backup's contents are not valid: {0}")]
    Invalid(String),
    #[error("the backup's contents are not consistent: {0}")]
    Inconsistent(#[from] RecordError),
    #[error("the backup's plan has a date more than two years from today: {0}")]
    PlanFarFromToday(crate::domain::activity_plan::PlanError),
}

/// Canonical text of the record for the checksum: compact JSON with object keys sorted, so the
/// same record gives the same text however the file was formatted, and whether or not
/// serde_json keeps key order (its `preserve_order` feature may be on through other crates).
pub(crate) fn canonical(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            crate::domain::sort::sort_by_key(&mut keys, |k| *k);
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        leaf => out.push_str(&leaf.to_string()),
    }
}

pub fn write_backup(record: &PatientRecord, exported_at: Timestamp) -> String {
    let value = serde_json::to_value(record).unwrap_or(Value::Null);
    let checksum = crc32_hex(canonical(&value).as_bytes());
    let file = json!({
        "format": BACKUP_FORMAT,
        "format_version": BACKUP_FORMAT_VERSION,
        "app_version": env!("CARGO_PKG_VERSION"),
        "exported_at": exported_at.to_string(),
        "checksum_crc32": checksum,
        "record": value,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a backup strictly: size, format, version, checksum, then the record with all its
/// range checks and migrations. Nothing is changed on the device by reading.
pub fn read_backup(text: &str) -> Result<PatientRecord, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: Value = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if file.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match file.get("format_version").and_then(Value::as_u64) {
        Some(BACKUP_FORMAT_VERSION) => {}
        Some(v) if v > BACKUP_FORMAT_VERSION => return Err(BackupError::NewerFormat(v)),
        _ => return Err(BackupError::NotABackup),
    }
    let record = file.get("record").ok_or(BackupError::NotABackup)?;
    let expected = file
        .get("checksum_crc32")
        .and_then(Value::as_str)
        .ok_or(BackupError::ChecksumMismatch)?;
    if crc32_hex(canonical(record).as_bytes()) != expected {
        return Err(BackupError::ChecksumMismatch);
    }
    let migrated = migrate(record.clone())?;
    let record: PatientRecord =
        serde_json::from_value(migrated).map_err(|e| BackupError::Invalid(e.to_string()))?;
    record.validate()?;
    Ok(record)
}

/// [`read_backup`] for an import on `today` (restore, clinician view): the plan's dates must
/// also lie within two years of today (issue 15).
pub fn read_backup_on(text: &str, today: LocalDate) -> Result<PatientRecord, BackupError> {
    let record = read_backup(text)?;
    record
        .check_import_dates(today)
        .map_err(BackupError::PlanFarFromToday)?;
    Ok(record)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::interop::testdata::sample_record;
    use proptest::prelude::*;

    fn at() -> Timestamp {
        Timestamp::parse("2026-11-22T12:00:00+01:00").unwrap()
    }

    #[test]
    fn round_trip_is_lossless() {
        let r = sample_record();
        assert_eq!(read_backup(&write_backup(&r, at())), Ok(r));
    }

    #[test]
    fn key_order_and_whitespace_do_not_matter_but_edits_do() {
        let r = sample_record();
        let text = write_backup(&r, at());
        let compact = serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()).unwrap();
        assert_eq!(read_backup(&compact), Ok(r.clone()));
        let edited = text.replacen("\"score\": 6", "\"score\": 2", 1);
        assert_ne!(edited, text, "the sample has an NPRS score of 6");
        assert_eq!(read_backup(&edited), Err(BackupError::ChecksumMismatch));
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(read_backup(&with_bom), Ok(r));
    }

    #[test]
    fn wrong_files_get_their_own_error() {
        assert_eq!(read_backup("not json"), Err(BackupError::NotABackup));
        assert_eq!(read_backup("{}"), Err(BackupError::NotABackup));
        assert_eq!(
            read_backup(r#"{"format":"other","format_version":1}"#),
            Err(BackupError::NotABackup)
        );
        assert_eq!(
            read_backup(r#"{"format":"rugplan-backup","format_version":9,"record":{}}"#),
            Err(BackupError::NewerFormat(9))
        );
        assert!(matches!(
            read_backup(&" ".repeat(MAX_BACKUP_BYTES + 1)),
            Err(BackupError::TooLarge(_))
        ));
        // A correct checksum over an invalid record is still refused.
        let bad = json!({"schema_version": 1, "nprs": [{"id": "x", "recorded_at": "2026-11-22T12:00:00+01:00", "score": 42}]});
        let file = json!({"format": BACKUP_FORMAT, "format_version": 1, "record": bad,
            "checksum_crc32": crc32_hex(canonical(&bad).as_bytes())});
        assert!(matches!(
            read_backup(&file.to_string()),
            Err(BackupError::Invalid(_))
        ));
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read_backup(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn truncated_or_altered_files_never_panic_and_never_pass_unnoticed(cut in 0usize..2000, pos in 0usize..2000, byte in any::<u8>()) {
            let text = write_backup(&sample_record(), at());
            let cut = cut.min(text.len());
            let _ = read_backup(text.get(..cut).unwrap_or(""));
            let mut bytes = text.clone().into_bytes();
            let pos = pos % bytes.len();
            bytes[pos] = byte;
            if let Ok(altered) = String::from_utf8(bytes)
                && let Ok(r) = read_backup(&altered)
            {
                // Only edits outside the record (formatting, metadata) may pass.
                prop_assert_eq!(r, sample_record());
            }
        }
    }
}
