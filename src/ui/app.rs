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
use crate::domain::alarm::{ALARM_SIGNS, AlarmTier};
use crate::i18n::Texts;
use crate::i18n::content::alarm_texts;
use crate::ui::components::focus::focus_first;
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

/// The pages. Home and not-found are part of the first download; every other page is a lazy
/// page (see `lazy_page!`).
#[derive(Clone, PartialEq, Eq)]
enum Page {
    Home,
    Nprs,
    Qbpds,
    Plan,
    Progress,
    Export,
    Clinician,
    InfoIndex,
    InfoArticle(String),
    Alarm,
    Kiosk,
    NotFound,
}

/// The page for a path. Paths are the stable entry points documented in the README.
fn page_for(path: &str) -> Page {
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    match path {
        "/" => Page::Home,
        "/nprs" => Page::Nprs,
        "/qbpds" => Page::Qbpds,
        "/plan" => Page::Plan,
        "/progress" => Page::Progress,
        "/export" => Page::Export,
        "/clinician" => Page::Clinician,
        "/info" => Page::InfoIndex,
        "/alarm" => Page::Alarm,
        "/kiosk" => Page::Kiosk,
        _ => match path.strip_prefix("/info/") {
            Some(slug) if !slug.contains('/') => Page::InfoArticle(slug.to_owned()),
            _ => Page::NotFound,
        },
    }
}

/// Why a lazy page could not be shown: its part of the app did not download (offline before
/// the service worker had stored it, or a network error).
#[cfg(feature = "split")]
type LoadError = leptos::wasm_split::SplitLoaderError;
#[cfg(not(feature = "split"))]
type LoadError = std::convert::Infallible;

/// A page that is downloaded on first use. With the `split` feature (release builds), each one
/// becomes a split point: wasm-split-cli moves its code into its own wasm file, which the
/// generated async function fetches before it runs. Without the feature it is a plain function.
macro_rules! lazy_page {
    ($name:ident, $chunk:ident, ($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $name($($arg: $ty),*) -> Result<AnyView, LoadError> {
            Ok($view.into_any())
        }
    };
}

lazy_page!(nprs_page, page_nprs, () => view! { <NprsPage /> });
lazy_page!(qbpds_page, page_qbpds, () => view! { <QbpdsPage /> });
lazy_page!(plan_page, page_plan, () => view! { <PlanPage /> });
lazy_page!(progress_page, page_progress, () => view! { <ProgressPage /> });
lazy_page!(export_page, page_export, () => view! { <ExportPage /> });
lazy_page!(clinician_page, page_clinician, () => view! { <ClinicianPage /> });
lazy_page!(info_index_page, page_info, () => view! { <InfoIndex /> });
lazy_page!(info_article_page, page_info, (slug: String) => view! { <InfoArticle slug=slug /> });
lazy_page!(alarm_page, page_alarm, () => view! { <AlarmPage /> });
lazy_page!(kiosk_page, page_kiosk, () => view! { <KioskPage /> });

/// Awaits a split function (release build) or calls the plain one.
macro_rules! call_lazy {
    ($f:ident($($arg:expr),*)) => {{
        #[cfg(feature = "split")]
        let result = $f($($arg),*).await;
        #[cfg(not(feature = "split"))]
        let result = $f($($arg),*);
        result
    }};
}

async fn load_page(page: Page) -> Result<AnyView, LoadError> {
    match page {
        Page::Nprs => call_lazy!(nprs_page()),
        Page::Qbpds => call_lazy!(qbpds_page()),
        Page::Plan => call_lazy!(plan_page()),
        Page::Progress => call_lazy!(progress_page()),
        Page::Export => call_lazy!(export_page()),
        Page::Clinician => call_lazy!(clinician_page()),
        Page::InfoIndex => call_lazy!(info_index_page()),
        Page::InfoArticle(slug) => call_lazy!(info_article_page(slug)),
        Page::Alarm => call_lazy!(alarm_page()),
        Page::Kiosk => call_lazy!(kiosk_page()),
        Page::Home => Ok(view! { <HomePage /> }.into_any()),
        Page::NotFound => Ok(view! { <NotFound /> }.into_any()),
    }
}

/// Shown when a page's part of the app could not be downloaded. Nothing the patient entered is
/// affected: the record is on the device; trying again fetches the part once more.
#[component]
fn LoadFailed(page: Page) -> impl IntoView {
    let retrying = RwSignal::new(false);
    view! {
        {move || {
            if !retrying.get() {
                view! {
                    <h1 tabindex="-1">{tr(|t| t.load_failed_title)}</h1>
                    <p role="alert">{tr(|t| t.load_failed_body)}</p>
                    <p>
                        <button type="button" class="button button-primary" on:click=move |_| retrying.set(true)>
                            {tr(|t| t.load_failed_retry)}
                        </button>
                        " "
                        <a class="button" href="/">{tr(|t| t.not_found_home)}</a>
                    </p>
                    {(page == Page::Alarm).then(|| view! { <UrgentSigns /> })}
                }
                .into_any()
            } else {
                render_page(page.clone(), true, None)
            }
        }}
    }
}

/// When the alarm check itself cannot load, its most urgent part is still shown: the signs that
/// need a call at once and whom to call, with the Dutch and Belgian routes and the call links
/// (the same texts as on the alarm page). This puts the alarm texts (not the information pages:
/// see `alarm_texts`) into the first download.
#[component]
fn UrgentSigns() -> impl IntoView {
    let state = use_state();
    // Built as one HTML string from the app's own constant texts (escaped all the same): far less
    // code in the first download than a view per list item.
    let html = move || {
        let alarm = alarm_texts(state.lang.get());
        let mut html = format!("<h2>{}</h2><ul>", escape(alarm.emergency_heading));
        for (_, (_, text)) in ALARM_SIGNS
            .iter()
            .zip(alarm.signs.iter())
            .filter(|(sign, _)| sign.tier == AlarmTier::Emergency)
        {
            html.push_str(&format!("<li>{}</li>", escape(text)));
        }
        html.push_str(&format!(
            "</ul><h3>{}</h3><p>{}</p><p>{}</p><p>{}</p><p class=\"button-row\"><a class=\"button button-danger\" href=\"tel:112\">{}</a> <a class=\"button\" href=\"tel:1733\">{}</a></p>",
            escape(alarm.advice_call_now_title),
            escape(alarm.advice_call_112_first),
            escape(alarm.advice_call_now),
            escape(alarm.call_nl_post),
            escape(alarm.call_112),
            escape(alarm.call_1733)
        ));
        html
    };
    view! { <section class="card alarm-advice" data-testid="urgent-signs" inner_html=html></section> }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The view of a page: at once for the pages in the first download, after loading for the rest.
/// `focus` moves keyboard and screen-reader focus to the page heading once it is shown (not on
/// the first page of a visit, where the browser starts at the top). `busy` is set while the page
/// loads (`aria-busy` on `main`).
fn render_page(page: Page, focus: bool, busy: Option<RwSignal<bool>>) -> AnyView {
    if let Some(busy) = busy {
        busy.set(true);
    }
    let fut = send_wrapper::SendWrapper::new(async move {
        let view = match load_page(page.clone()).await {
            Ok(view) => view,
            Err(_) => view! { <LoadFailed page=page /> }.into_any(),
        };
        after_page_shown(focus, busy);
        view
    });
    Suspend::new(fut).into_any()
}

/// After the next paint, when the new page is on screen: focus its `h1` so screen readers
/// announce it, and clear `aria-busy`.
fn after_page_shown(focus: bool, busy: Option<RwSignal<bool>>) {
    request_animation_frame(move || {
        if let Some(busy) = busy {
            busy.set(false);
        }
        if focus {
            focus_first("main h1");
        }
    });
}

#[component]
fn Shell() -> impl IntoView {
    let state = use_state();
    let route = provide_route();
    let kiosk_on = Memo::new(move |_| state.kiosk.with(Option::is_some));

    // In waiting-room mode every path shows the kiosk, and links inside a patient session do
    // not rebuild it. The memo keeps a page from being rebuilt when nothing about it changed;
    // switching the kiosk mode on or off does rebuild it (the flag is part of the key).
    let page = Memo::new(move |_| {
        let kiosk = kiosk_on.get();
        (
            kiosk,
            if kiosk {
                Page::Kiosk
            } else {
                page_for(&route.path.get())
            },
        )
    });
    // After a route change, focus goes to the new page's heading (see `render_page`).
    let first = StoredValue::new(true);
    let busy = RwSignal::new(true);

    // On a phone the menu is a disclosure behind a button (style/main.css shows it always on
    // wider screens), so the header leaves the screen to the page. It closes on every route
    // change (a followed link, the back button) and with Escape, which gives focus back to the
    // button (WAI-ARIA disclosure pattern).
    let menu_open = RwSignal::new(false);
    let menu_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        route.path.track();
        menu_open.set(false);
    });
    let on_header_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(button) = menu_button.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    let menu = MENU
        .iter()
        .map(|&(href, label)| {
            let current = move || (route.path.get() == href).then_some("page");
            view! { <li><a href=href aria-current=current>{move || label(state.t())}</a></li> }
        })
        .collect_view();

    view! {
        <a class="skip-link" href="#main">{tr(|t| t.skip_to_content)}</a>
        <header class="site-header" on:keydown=on_header_key>
            <div class="header-row">
                <a class="brand" href="/">
                    <span class="brand-name">{tr(|t| t.app_name)}</span>
                    <span class="brand-tagline">{tr(|t| t.app_tagline)}</span>
                </a>
                <div class="header-actions">
                    // Also in a waiting-room session: there it opens the session's alarm step
                    // (the kiosk page follows the path), it does not leave the kiosk.
                    <a class="alarm-link" href="/alarm">{tr(|t| t.nav_alarm)}</a>
                    <LangSwitch />
                    <button
                        type="button"
                        class="menu-toggle"
                        node_ref=menu_button
                        aria-controls="site-nav"
                        aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                        hidden=move || kiosk_on.get()
                        on:click=move |_| menu_open.update(|open| *open = !*open)
                    >
                        {tr(|t| t.nav_menu_button)}
                    </button>
                </div>
            </div>
            <nav
                id="site-nav"
                aria-label=tr(|t| t.nav_label)
                class:open=move || menu_open.get()
                hidden=move || kiosk_on.get()
            >
                <ul class="menu">{menu}</ul>
            </nav>
        </header>
        // The owner's storage notices (unreadable copies, with download and delete) are not for
        // the patients of a waiting-room tablet.
        <Show when=move || !kiosk_on.get()><StorageNotice /></Show>
        <div class="notices"><UpdateNotice /></div>
        <main id="main" tabindex="-1" aria-busy=move || if busy.get() { "true" } else { "false" }>
            {move || {
                let (_, current) = page.get();
                let focus = !first.get_value();
                first.set_value(false);
                render_page(current, focus, Some(busy))
            }}
        </main>
        <footer class="site-footer">
            <p>{tr(|t| t.footer_privacy)}</p>
        </footer>
    }
}
