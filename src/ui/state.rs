//! App-wide reactive state: language, the record, and how safely it is stored.

use crate::domain::kiosk::KioskSettings;
use crate::domain::record::PatientRecord;
use crate::i18n::{Lang, Texts};
use crate::store::clock;
use crate::store::kiosk_store;
use crate::store::record_store::{self, Latest, SaveStatus};
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

    /// Follows what other pages store: on a `storage` event, and when this page is shown again
    /// (`pageshow` after the back/forward cache, which need not deliver storage events;
    /// `visibilitychange` when a tab comes to the front). Saving does not depend on these:
    /// `update` compares with the store before every write.
    fn follow_other_tabs(self) {
        let Some(window) = web_sys::window() else { return };
        let on_storage = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            // `None`: the whole store was cleared.
            if ev.key().is_none() || ev.key().as_deref() == Some(record_store::RECORD_KEY) {
                self.refresh();
            }
        });
        let on_show =
            Closure::<dyn Fn(web_sys::PageTransitionEvent)>::new(move |ev: web_sys::PageTransitionEvent| {
                if ev.persisted() {
                    self.refresh();
                }
            });
        let on_visible = Closure::<dyn Fn()>::new(move || {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                self.refresh();
            }
        });
        let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
        if let Some(document) = window.document() {
            let _ = document
                .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
        }
        // They live as long as the page, like the state itself.
        on_storage.forget();
        on_show.forget();
        on_visible.forget();
    }

    /// Shows what is stored now, if another page stored something since this page last looked.
    fn refresh(self) {
        match self.read_latest() {
            Ok(Some(record)) => {
                self.record.set(*record);
                self.set_status(SaveStatus::Saved);
            }
            Ok(None) => {}
            Err(status) => self.set_status(status),
        }
    }

    /// Asks the store what is stored now (`record_store::latest`), for `refresh` and `update`
    /// alike: `Ok(Some)`: another page stored this record, continue from it; `Ok(None)`: this
    /// page's record is the newest; `Err`: write nothing, for this reason. A damaged text that
    /// was just kept aside shows up in the list of unreadable copies.
    fn read_latest(&self) -> Result<Option<Box<PatientRecord>>, SaveStatus> {
        match record_store::latest(clock::now()) {
            Latest::Current => Ok(None),
            Latest::KeptDamaged => {
                self.unreadable.set(record_store::unreadable_keys());
                Ok(None)
            }
            Latest::Newer(record) => Ok(Some(record)),
            Latest::Blocked(status) => Err(status),
        }
    }

    fn set_status(&self, status: SaveStatus) {
        if status != self.save_status.get_untracked() {
            self.save_status.set(status);
        }
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
    /// stays in memory). If another page stored the record since this page last read or wrote
    /// it, the change is applied to that stored record instead, so neither page's change is
    /// lost; if that record is one this version cannot read, nothing is written.
    pub fn update(&self, change: impl FnOnce(&mut PatientRecord)) {
        if !self.persist {
            self.record.update(change);
            return;
        }
        let latest = self.read_latest();
        let blocked = latest.as_ref().err().copied();
        self.record.update(|r| {
            if let Ok(Some(newer)) = latest {
                *r = *newer;
            }
            change(r);
        });
        let status = blocked.unwrap_or_else(|| self.record.with_untracked(record_store::save));
        self.set_status(status);
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
