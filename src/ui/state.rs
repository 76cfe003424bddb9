//! App-wide reactive state: language, the record, and how safely it is stored.

use crate::domain::record::PatientRecord;
use crate::i18n::{Lang, Texts};
use crate::store::clock;
use crate::store::record_store::{self, SaveStatus};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub record: RwSignal<PatientRecord>,
    pub save_status: RwSignal<SaveStatus>,
    /// Keys of unreadable stored copies, shown until the patient deletes them.
    pub unreadable: RwSignal<Vec<String>>,
}

impl AppState {
    /// Loads everything from the browser; language from `?lang=`, then the stored choice.
    pub fn load() -> Self {
        let loaded = record_store::load(clock::now());
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let lang = match Lang::from_query(&query) {
            Some(lang) => {
                record_store::save_lang(lang);
                lang
            }
            None => record_store::load_lang().unwrap_or_default(),
        };
        Self {
            lang: RwSignal::new(lang),
            record: RwSignal::new(loaded.record),
            save_status: RwSignal::new(loaded.status),
            unreadable: RwSignal::new(loaded.unreadable),
        }
    }

    /// Applies a pure change to the record and saves it at once.
    pub fn update(&self, change: impl FnOnce(&mut PatientRecord)) {
        self.record.update(change);
        let status = self
            .record
            .with_untracked(|r| record_store::save(r, self.save_status.get_untracked()));
        if status != self.save_status.get_untracked() {
            self.save_status.set(status);
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        record_store::save_lang(lang);
    }

    /// The texts of the current language (tracked).
    pub fn t(&self) -> &'static Texts {
        self.lang.get().texts()
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
