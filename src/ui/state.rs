//! App-wide reactive state: language, the record, and how safely it is stored.

use crate::domain::kiosk::KioskSettings;
use crate::domain::record::PatientRecord;
use crate::i18n::{Lang, Texts};
use crate::interop::stored::decode_record;
use crate::store::clock;
use crate::store::kiosk_store;
use crate::store::record_store::{self, SaveStatus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub record: RwSignal<PatientRecord>,
    pub save_status: RwSignal<SaveStatus>,
    /// Keys of unreadable stored copies, shown until the patient deletes them.
    pub unreadable: RwSignal<Vec<String>>,
    /// Waiting-room mode: set when staff switched it on (with a PIN).
    pub kiosk: RwSignal<Option<KioskSettings>>,
    /// `false` for a waiting-room session: the record lives in memory only.
    pub persist: bool,
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
        let state = Self {
            lang: RwSignal::new(lang),
            record: RwSignal::new(loaded.record),
            save_status: RwSignal::new(loaded.status),
            unreadable: RwSignal::new(loaded.unreadable),
            kiosk: RwSignal::new(kiosk_store::load()),
            persist: true,
        };
        state.follow_other_tabs();
        state
    }

    /// Another tab of the app saved the record: take over its version, so two open tabs never
    /// overwrite each other's changes. Every change is saved the moment it is made, so the
    /// stored record is always the newest whole state (deletions included, which a merge
    /// would undo).
    fn follow_other_tabs(self) {
        let Some(window) = web_sys::window() else { return };
        let on_storage = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() != Some(record_store::RECORD_KEY) {
                return;
            }
            if let Some(record) = ev.new_value().and_then(|text| decode_record(&text).ok()) {
                self.record.set(record);
            }
        });
        let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        // Lives as long as the page, like the state itself.
        on_storage.forget();
    }

    /// A fresh state for one waiting-room patient: same language and kiosk settings, an empty
    /// record that is never written anywhere.
    pub fn session(&self) -> Self {
        Self {
            record: RwSignal::new(PatientRecord::default()),
            save_status: RwSignal::new(SaveStatus::Saved),
            unreadable: RwSignal::new(Vec::new()),
            persist: false,
            ..*self
        }
    }

    /// Applies a pure change to the record and saves it at once (in a waiting-room session it
    /// stays in memory).
    pub fn update(&self, change: impl FnOnce(&mut PatientRecord)) {
        self.record.update(change);
        if !self.persist {
            return;
        }
        let status = self
            .record
            .with_untracked(|r| record_store::save(r, self.save_status.get_untracked()));
        if status != self.save_status.get_untracked() {
            self.save_status.set(status);
        }
    }

    /// In waiting-room mode a patient's choice lasts for their session only: the stored language
    /// stays the tablet's, which the next session (and a reload) starts in.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if self.kiosk.with_untracked(Option::is_none) {
            record_store::save_lang(lang);
        }
    }

    /// The texts of the current language (tracked).
    pub fn t(&self) -> &'static Texts {
        self.lang.get().texts()
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
