//! The Leptos user interface: the app shell, routes, pages and shared components.
//! It reads texts from `i18n`, rules from `domain`, and saves through `store`.

mod app;
pub mod components;
pub mod pages;
pub mod router;
pub mod state;

pub use app::App;

/// Entry point from `main`: mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    // The static "loading" text stays visible if the app fails to start, which the
    // end-to-end tests rely on to catch a broken build.
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        el.remove();
    }
    leptos::mount::mount_to_body(App);
}
