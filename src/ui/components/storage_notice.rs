//! Plain-language notices about how safely the record is stored on this device.

use crate::store::browser::download_text;
use crate::store::record_store::{self, SaveStatus, UNREADABLE_PREFIX};
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = use_state();
    let status_text = move || {
        let t = state.t();
        match state.save_status.get() {
            SaveStatus::Saved => None,
            SaveStatus::Unavailable => Some(t.storage_unavailable),
            SaveStatus::Full => Some(t.storage_full),
            SaveStatus::ProtectingOriginal => Some(t.storage_protect_original),
            SaveStatus::Outdated => Some(t.storage_outdated),
        }
    };
    let outdated = move || state.save_status.get() == SaveStatus::Outdated;
    let reload = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <div class="notices" aria-live="polite">
            {move || status_text().map(|text| view! { <p class="notice notice-warning" role="alert">{text}</p> })}
            <Show when=outdated>
                <p>
                    <button type="button" class="button button-primary" on:click=reload>{tr(|t| t.storage_reload)}</button>
                </p>
            </Show>
            <For each=move || state.unreadable.get() key=|k| k.clone() let:key>
                <UnreadableCopy key=key />
            </For>
        </div>
    }
}

#[component]
fn UnreadableCopy(key: String) -> impl IntoView {
    let state = use_state();
    let confirming = RwSignal::new(false);
    let key = StoredValue::new(key);
    let download = move |_| {
        let key = key.get_value();
        if let Some(text) = record_store::unreadable_text(&key) {
            let stamp: String = key
                .trim_start_matches(UNREADABLE_PREFIX)
                .chars()
                .take(10)
                .filter(|c| c.is_ascii_digit() || *c == '-')
                .collect();
            let _ = download_text(&format!("rugplan-unreadable-{stamp}.txt"), "text/plain", &text);
        }
    };
    let delete = move |_| {
        let key = key.get_value();
        if record_store::delete_unreadable(&key) {
            state.unreadable.update(|keys| keys.retain(|k| *k != key));
        }
    };
    view! {
        <section class="notice notice-warning" role="alert">
            <h2>{tr(|t| t.storage_corrupt_title)}</h2>
            <p>{tr(|t| t.storage_corrupt_body)}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=download>
                    {tr(|t| t.storage_corrupt_download)}
                </button>
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button-quiet" on:click=move |_| confirming.set(true)>
                                {tr(|t| t.storage_corrupt_delete)}
                            </button>
                        }
                    }
                >
                    <p>{tr(|t| t.storage_corrupt_delete_confirm)}</p>
                    <button type="button" class="button-danger" on:click=delete>
                        {tr(|t| t.yes_delete)}
                    </button>
                    <button type="button" class="button-quiet" on:click=move |_| confirming.set(false)>
                        {tr(|t| t.no_keep)}
                    </button>
                </Show>
            </div>
        </section>
    }
}
