//! The patient record in localStorage: load with migration, save with verification, and what
//! to do when the stored text is unreadable or the storage is missing or full.

use super::browser::{keys_with_prefix, local_storage};
use crate::domain::date::Timestamp;
use crate::domain::record::PatientRecord;
use crate::i18n::Lang;
use crate::interop::stored::{decode_record, encode_record};
use gloo_storage::{LocalStorage, Storage as _};

pub const RECORD_KEY: &str = "rugplan.record";
pub const LANG_KEY: &str = "rugplan.lang";
/// Unreadable stored records are kept under this prefix plus the time they were found.
pub const UNREADABLE_PREFIX: &str = "rugplan.unreadable.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// The last change is safely stored.
    Saved,
    /// The browser lets us store nothing: the app works in memory only.
    Unavailable,
    /// The last write failed (quota) or did not read back the same: in memory only.
    Full,
    /// An unreadable record could not be copied aside, so we do not overwrite it.
    ProtectingOriginal,
}

impl SaveStatus {
    pub fn is_saving(self) -> bool {
        matches!(self, SaveStatus::Saved | SaveStatus::Full)
    }
}

pub struct Loaded {
    pub record: PatientRecord,
    pub status: SaveStatus,
    /// Keys of unreadable copies kept on this device (from this load or earlier ones).
    pub unreadable: Vec<String>,
}

/// Loads the record. Never fails: problems become a status and a kept copy, never a blank app.
pub fn load(now: Timestamp) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            record: PatientRecord::default(),
            status: SaveStatus::Unavailable,
            unreadable: vec![],
        };
    };
    let mut status = SaveStatus::Saved;
    let record = match storage.get_item(RECORD_KEY) {
        Ok(None) => PatientRecord::default(),
        Ok(Some(text)) => match decode_record(&text) {
            Ok(record) => record,
            Err(_) => {
                let record = PatientRecord::default();
                // Keep the unreadable text aside (once, however often the app is reloaded), and
                // only then replace it, so nothing is ever lost.
                let kept = keys_with_prefix(&storage, UNREADABLE_PREFIX)
                    .iter()
                    .any(|k| storage.get_item(k).ok().flatten().as_deref() == Some(text.as_str()))
                    || storage
                        .set_item(&format!("{UNREADABLE_PREFIX}{now}"), &text)
                        .is_ok();
                if kept {
                    status = save(&record, status);
                } else {
                    status = SaveStatus::ProtectingOriginal;
                }
                record
            }
        },
        Err(_) => {
            status = SaveStatus::Unavailable;
            PatientRecord::default()
        }
    };
    let unreadable = keys_with_prefix(&storage, UNREADABLE_PREFIX);
    Loaded {
        record,
        status,
        unreadable,
    }
}

/// Saves and reads back. Returns the new status; the record in memory is never touched.
pub fn save(record: &PatientRecord, current: SaveStatus) -> SaveStatus {
    if current == SaveStatus::ProtectingOriginal {
        return current;
    }
    let Some(storage) = local_storage() else {
        return SaveStatus::Unavailable;
    };
    let text = encode_record(record);
    if storage.set_item(RECORD_KEY, &text).is_err() {
        return SaveStatus::Full;
    }
    match storage.get_item(RECORD_KEY) {
        Ok(Some(back)) if back == text => SaveStatus::Saved,
        _ => SaveStatus::Full,
    }
}

/// The raw text of an unreadable copy, to offer as a download.
pub fn unreadable_text(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn delete_unreadable(key: &str) -> bool {
    key.starts_with(UNREADABLE_PREFIX) && local_storage().is_some_and(|s| s.remove_item(key).is_ok())
}

pub fn load_lang() -> Option<Lang> {
    local_storage()?;
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|s| Lang::parse(&s))
}

pub fn save_lang(lang: Lang) {
    if local_storage().is_some() {
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}
