//! "A new version is ready": shown when the service worker has installed an update. The app
//! switches only when the patient presses the button (everything is already saved by then).

use crate::ui::components::text::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"rugplanWaitingWorker".into()).ok())
        .is_some_and(|v| !v.is_undefined() && !v.is_null())
}

fn apply_update() {
    if let Some(w) = web_sys::window()
        && let Ok(f) = js_sys::Reflect::get(&w, &"rugplanApplyUpdate".into())
        && let Some(f) = f.dyn_ref::<js_sys::Function>()
    {
        let _ = f.call0(&w);
    }
}

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = RwSignal::new(update_waiting());
    if let Some(w) = web_sys::window() {
        let on_ready = Closure::<dyn Fn()>::new(move || ready.set(true));
        let _ = w.add_event_listener_with_callback("rugplan-update-ready", on_ready.as_ref().unchecked_ref());
        // The listener lives as long as the page: the shell is never unmounted.
        on_ready.forget();
    }
    view! {
        <Show when=move || ready.get()>
            <div class="notice" role="status" data-testid="update-ready">
                <p>{tr(|t| t.update_ready)}</p>
                <button type="button" class="button button-primary" on:click=move |_| apply_update()>
                    {tr(|t| t.update_now)}
                </button>
            </div>
        </Show>
    }
}
