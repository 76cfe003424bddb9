//! The friendly page for unknown paths.

use crate::ui::components::page_title::use_page_title;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.not_found_title);
    view! {
        <h1 tabindex="-1">{move || state.t().not_found_title}</h1>
        <p>{move || state.t().not_found_body}</p>
        <p><a class="button" href="/">{move || state.t().not_found_home}</a></p>
    }
}
