//! A small path router: the current path as a signal, `history.pushState` for in-app links,
//! and `popstate` for the back button.
//!
//! Rugplan has a dozen flat routes, so it does not use leptos_router: measured on the release
//! build, dropping it took the gzipped wasm from 223 KB to 180 KB (it brings URL parsing with
//! IDNA tables and the server-function machinery). Pages are chosen in `app.rs`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

#[derive(Clone, Copy)]
pub struct Route {
    /// `location.pathname`, without query or fragment.
    pub path: RwSignal<String>,
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// The in-app path of a click on a link, or `None` when the browser should handle it (other
/// origin, new tab, download, modifier keys, `tel:` and the like).
fn in_app_href(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let anchor = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if anchor.has_attribute("download") || anchor.get_attribute("target").is_some_and(|t| t != "_self") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    (href.starts_with('/') && !href.starts_with("//")).then_some(href)
}

/// Starts listening for link clicks and history changes; call once, in the app shell.
pub fn provide_route() -> Route {
    let route = Route {
        path: RwSignal::new(current_path()),
    };
    provide_context(route);
    let Some(window) = web_sys::window() else {
        return route;
    };
    // Both listeners live as long as the page: the shell is never unmounted.
    let on_pop = Closure::<dyn Fn()>::new(move || route.path.set(current_path()));
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();

    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some(href) = in_app_href(&ev) {
            ev.prevent_default();
            go(route, &href);
        }
    });
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    }
    on_click.forget();
    route
}

/// Goes to an in-app path (e.g. `/qbpds`), adding a history entry. For use inside components.
pub fn navigate(href: &str) {
    if let Some(route) = use_context::<Route>() {
        go(route, href);
    }
}

fn go(route: Route, href: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    route.path.set(current_path());
}
