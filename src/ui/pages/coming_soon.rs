//! An honest placeholder for a route whose capability is not built yet.

use crate::i18n::Texts;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ComingSoon(title: fn(&Texts) -> &'static str) -> impl IntoView {
    let state = use_state();
    use_page_title(title);
    view! {
        <h1 tabindex="-1">{move || title(state.t())}</h1>
        <p class="coming-soon">{tr(|t| t.coming_soon)}</p>
        <p><a href="/">{tr(|t| t.not_found_home)}</a></p>
    }
}
