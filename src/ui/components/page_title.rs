//! Sets `document.title` for the current page and language.

use crate::i18n::Texts;
use crate::ui::state::use_state;
use leptos::prelude::*;

pub fn use_page_title(title: fn(&Texts) -> &'static str) {
    let state = use_state();
    Effect::new(move |_| {
        let t = state.t();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{} · {}", title(t), t.app_name));
        }
    });
}
