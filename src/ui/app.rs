//! The app shell: header with language switch and alarm link, menu, notices, routes, footer.

use super::components::lang_switch::LangSwitch;
use super::components::storage_notice::StorageNotice;
use super::components::update_notice::UpdateNotice;
use super::pages::alarm::AlarmPage;
use super::pages::clinician::ClinicianPage;
use super::pages::export::ExportPage;
use super::pages::home::HomePage;
use super::pages::info::{InfoArticle, InfoIndex};
use super::pages::kiosk::KioskPage;
use super::pages::not_found::NotFound;
use super::pages::nprs::NprsPage;
use super::pages::plan::PlanPage;
use super::pages::progress::ProgressPage;
use super::pages::qbpds::QbpdsPage;
use super::router::provide_route;
use super::state::{AppState, use_state};
use crate::i18n::Texts;
use crate::ui::components::text::tr;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);

    // <html lang> follows the chosen language, for screen readers and hyphenation.
    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", code);
        }
    });

    view! {
        <Shell />
    }
}

/// Picks one text out of the current language's texts.
type TextOf = fn(&Texts) -> &'static str;

/// Menu entries: path and text.
const MENU: [(&str, TextOf); 7] = [
    ("/", |t| t.nav_home),
    ("/nprs", |t| t.nav_nprs),
    ("/qbpds", |t| t.nav_qbpds),
    ("/plan", |t| t.nav_plan),
    ("/progress", |t| t.nav_progress),
    ("/export", |t| t.nav_export),
    ("/info", |t| t.nav_info),
];

/// The page for a path. Paths are the stable entry points documented in the README.
fn page_for(path: &str) -> AnyView {
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    match path {
        "/" => view! { <HomePage /> }.into_any(),
        "/nprs" => view! { <NprsPage /> }.into_any(),
        "/qbpds" => view! { <QbpdsPage /> }.into_any(),
        "/plan" => view! { <PlanPage /> }.into_any(),
        "/progress" => view! { <ProgressPage /> }.into_any(),
        "/export" => view! { <ExportPage /> }.into_any(),
        "/clinician" => view! { <ClinicianPage /> }.into_any(),
        "/info" => view! { <InfoIndex /> }.into_any(),
        "/alarm" => view! { <AlarmPage /> }.into_any(),
        "/kiosk" => view! { <KioskPage /> }.into_any(),
        _ => match path.strip_prefix("/info/") {
            Some(slug) if !slug.contains('/') => view! { <InfoArticle slug=slug.to_owned() /> }.into_any(),
            _ => view! { <NotFound /> }.into_any(),
        },
    }
}

#[component]
fn Shell() -> impl IntoView {
    let state = use_state();
    let route = provide_route();
    let kiosk_on = Memo::new(move |_| state.kiosk.with(Option::is_some));

    // After a route change, move focus to the new page's heading so screen readers announce it.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _ = route.path.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        request_animation_frame(|| {
            if let Some(h1) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("main h1").ok().flatten())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = h1.focus();
            }
        });
    });

    let menu = MENU
        .iter()
        .map(|&(href, label)| {
            let current = move || (route.path.get() == href).then_some("page");
            view! { <li><a href=href aria-current=current>{move || label(state.t())}</a></li> }
        })
        .collect_view();

    view! {
        <a class="skip-link" href="#main">{tr(|t| t.skip_to_content)}</a>
        <header class="site-header">
            <div class="header-row">
                <a class="brand" href="/">
                    <span class="brand-name">{tr(|t| t.app_name)}</span>
                    <span class="brand-tagline">{tr(|t| t.app_tagline)}</span>
                </a>
                <div class="header-actions">
                    // A waiting-room session has its own alarm step; no way out of the kiosk.
                    <a class="alarm-link" href="/alarm" hidden=move || kiosk_on.get()>{tr(|t| t.nav_alarm)}</a>
                    <LangSwitch />
                </div>
            </div>
            <nav aria-label=tr(|t| t.nav_label) hidden=move || kiosk_on.get()>
                <ul class="menu">{menu}</ul>
            </nav>
        </header>
        <StorageNotice />
        <div class="notices"><UpdateNotice /></div>
        <main id="main" tabindex="-1">
            {move || {
                // In waiting-room mode every path shows the kiosk, and links inside a patient
                // session do not rebuild it.
                if kiosk_on.get() { view! { <KioskPage /> }.into_any() } else { page_for(&route.path.get()) }
            }}
        </main>
        <footer class="site-footer">
            <p>{tr(|t| t.footer_privacy)}</p>
        </footer>
    }
}
