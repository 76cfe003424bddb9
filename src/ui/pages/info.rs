//! `/info` and `/info/:slug`: short patient-information pages (NHG), each with its sources.

use crate::i18n::content::{Block, content};
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::pages::not_found::NotFound;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn InfoIndex() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nav_info);
    let list = move || {
        content(state.lang.get())
            .info_pages
            .iter()
            .map(|p| {
                view! {
                    <li>
                        <a href=format!("/info/{}", p.slug)>{p.title}</a>
                        <p>{p.summary}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h1 tabindex="-1">{tr(|t| t.nav_info)}</h1>
        <p class="lead">{tr(|t| t.info_intro)}</p>
        <ul class="info-list card" data-testid="info-list">{list}</ul>
        <p><a class="alarm-link" href="/alarm">{tr(|t| t.home_alarm_hint)}</a></p>
    }
}

#[component]
pub fn InfoArticle(slug: String) -> impl IntoView {
    let state = use_state();
    let slug = StoredValue::new(slug);
    let slug = move || slug.get_value();
    Effect::new(move |_| {
        let page = content(state.lang.get()).info_page(&slug());
        if let (Some(page), Some(doc)) = (page, web_sys::window().and_then(|w| w.document())) {
            doc.set_title(&format!("{} · {}", page.title, state.t().app_name));
        }
    });
    move || match content(state.lang.get()).info_page(&slug()) {
        None => view! { <NotFound /> }.into_any(),
        Some(page) => {
            let blocks = page
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Heading(s) => view! { <h2>{*s}</h2> }.into_any(),
                    Block::Para(s) => view! { <p>{*s}</p> }.into_any(),
                    Block::Bullets(items) => {
                        view! { <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul> }
                            .into_any()
                    }
                })
                .collect_view();
            view! {
                <article class="info-article">
                    <h1 tabindex="-1">{page.title}</h1>
                    <p class="lead">{page.summary}</p>
                    <div class="card">{blocks}</div>
                    <p class="sources">
                        <strong>{tr(|t| t.info_sources)}": "</strong>
                        {page.sources.join("; ")}
                    </p>
                </article>
                <p><a href="/info">{tr(|t| t.info_all_pages)}</a></p>
            }
            .into_any()
        }
    }
}
