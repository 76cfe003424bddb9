//! Moving keyboard and screen-reader focus when a step replaces the content under it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with `id` after the next paint (it must have `tabindex="-1"` or be
/// focusable). Used when the next question replaces the button that was just pressed, so focus
/// does not fall back to the top of the page.
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || focus_first(&format!("#{id}")));
}

/// Focuses the first element that matches the CSS `selector`, if there is one and it can take
/// focus (e.g. `main h1`, which has `tabindex="-1"`).
pub fn focus_first(selector: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
