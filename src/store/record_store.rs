//! The patient record in localStorage: load with migration, save with verification, what to do
//! when the stored text is unreadable or the storage is missing or full, and never writing over
//! what another page stored in between (`interop::sync`).

use super::browser::{keys_with_prefix, local_storage};
use crate::domain::date::Timestamp;
use crate::domain::record::PatientRecord;
use crate::i18n::Lang;
use crate::interop::stored::encode_record;
use crate::interop::sync::{Basis, Check, check};
use gloo_storage::{LocalStorage, Storage as _};
use std::cell::Cell;

pub const RECORD_KEY: &str = "rugplan.record";
pub const LANG_KEY: &str = "rugplan.lang";
/// Unreadable stored records are kept under this prefix plus the time they were found.
pub const UNREADABLE_PREFIX: &str = "rugplan.unreadable.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// The last change is safely stored.
    Saved,
    /// The browser lets us store nothing, or the stored record could not be read: the app works
    /// in memory only and writes nothing (it would write over a record it never saw).
    Unavailable,
    /// The last write failed (quota) or did not read back the same: in memory only.
    Full,
    /// An unreadable record could not be copied aside, so we do not overwrite it.
    ProtectingOriginal,
    /// A newer version of the app stored the record: this page writes nothing until reloaded.
    Outdated,
}

impl SaveStatus {
    pub fn is_saving(self) -> bool {
        matches!(self, SaveStatus::Saved | SaveStatus::Full)
    }
}

thread_local! {
    /// What this page last read from or wrote to `RECORD_KEY` (see `interop::sync`).
    static BASIS: Cell<Basis> = const { Cell::new(Basis::Unknown) };
}

fn set_basis(basis: Basis) {
    BASIS.with(|b| b.set(basis));
}

pub struct Loaded {
    pub record: PatientRecord,
    pub status: SaveStatus,
    /// Keys of unreadable copies kept on this device (from this load or earlier ones).
    pub unreadable: Vec<String>,
}

/// What is stored now, compared with what this page last read or wrote.
pub enum Latest {
    /// Nothing was stored in between: the page's record is the newest.
    Current,
    /// The stored text was damaged; a copy is now kept aside and it may be written over.
    KeptDamaged,
    /// Another page stored this record: continue from it.
    Newer(Box<PatientRecord>),
    /// Write nothing, for this reason.
    Blocked(SaveStatus),
}

/// Reads the stored record and compares it with this page's basis. Call it right before
/// every change, then apply the change (to the newer record, if there is one) and `save`.
pub fn latest(now: Timestamp) -> Latest {
    let Some(storage) = local_storage() else {
        return Latest::Blocked(SaveStatus::Unavailable);
    };
    let Ok(stored) = storage.get_item(RECORD_KEY) else {
        // Not read: writing now could replace a record this page never saw.
        return Latest::Blocked(SaveStatus::Unavailable);
    };
    let basis = BASIS.with(Cell::get);
    match check(basis, stored.as_deref()) {
        Check::Current => {
            if basis == Basis::Unknown {
                set_basis(Basis::of(stored.as_deref()));
            }
            Latest::Current
        }
        Check::Newer(record) => {
            set_basis(Basis::of(stored.as_deref()));
            Latest::Newer(record)
        }
        Check::TooNew => Latest::Blocked(SaveStatus::Outdated),
        Check::Damaged(_) => {
            let text = stored.unwrap_or_default();
            if keep_aside(&storage, &text, now) {
                set_basis(Basis::of(Some(&text)));
                Latest::KeptDamaged
            } else {
                Latest::Blocked(SaveStatus::ProtectingOriginal)
            }
        }
    }
}

/// Keeps an unreadable text under `UNREADABLE_PREFIX` (once, however often it is found), so
/// that nothing is ever lost when it is replaced. `false` when it could not be kept.
fn keep_aside(storage: &web_sys::Storage, text: &str, now: Timestamp) -> bool {
    keys_with_prefix(storage, UNREADABLE_PREFIX)
        .iter()
        .any(|k| storage.get_item(k).ok().flatten().as_deref() == Some(text))
        || storage
            .set_item(&format!("{UNREADABLE_PREFIX}{now}"), text)
            .is_ok()
}

/// Loads the record. Never fails: problems become a status and a kept copy, never a blank app.
pub fn load(now: Timestamp) -> Loaded {
    set_basis(Basis::Unknown);
    let mut loaded = Loaded {
        record: PatientRecord::default(),
        status: SaveStatus::Saved,
        unreadable: vec![],
    };
    match latest(now) {
        Latest::Current => {}
        Latest::Newer(record) => loaded.record = *record,
        Latest::Blocked(status) => loaded.status = status,
        // Read once more before the empty record replaces the damaged text: a read that failed
        // once must not cost the real record.
        Latest::KeptDamaged => match latest(now) {
            Latest::Newer(record) => loaded.record = *record,
            Latest::Blocked(status) => loaded.status = status,
            Latest::Current | Latest::KeptDamaged => loaded.status = save(&loaded.record),
        },
    }
    loaded.unreadable = unreadable_keys();
    loaded
}

/// Writes the record and reads it back. Call `latest` first (see there). The record in memory
/// is never touched.
pub fn save(record: &PatientRecord) -> SaveStatus {
    let Some(storage) = local_storage() else {
        return SaveStatus::Unavailable;
    };
    let text = encode_record(record);
    if storage.set_item(RECORD_KEY, &text).is_err() {
        // Nothing was written: the basis (what is stored) stays as it was.
        return SaveStatus::Full;
    }
    match storage.get_item(RECORD_KEY) {
        Ok(Some(back)) if back == text => {
            set_basis(Basis::of(Some(&text)));
            SaveStatus::Saved
        }
        _ => SaveStatus::Full,
    }
}

/// Keys of the unreadable copies kept on this device.
pub fn unreadable_keys() -> Vec<String> {
    local_storage()
        .map(|s| keys_with_prefix(&s, UNREADABLE_PREFIX))
        .unwrap_or_default()
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
