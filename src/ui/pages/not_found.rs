//! The friendly page for unknown paths.

use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(|t| t.not_found_title);
    view! {
        <h1 tabindex="-1">{tr(|t| t.not_found_title)}</h1>
        <p>{tr(|t| t.not_found_body)}</p>
        <p><a class="button" href="/">{tr(|t| t.not_found_home)}</a></p>
    }
}
