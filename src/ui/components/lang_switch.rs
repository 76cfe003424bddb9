//! The language switch: one button that names the other language in that language.

use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_state();
    let other = move || state.lang.get().other();
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || other().code()
            on:click=move |_| state.set_lang(other())
        >
            {move || other().texts().switch_to_this_language}
        </button>
    }
}
