//! `/`: today, what to do now.

use crate::domain::qbpds::QbpdsTotal;
use crate::ui::components::page_title::use_page_title;
use crate::ui::state::use_state;
use crate::ui::components::text::tr;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.home_title);

    let nprs_status = move || {
        let t = state.t();
        state.record.with(|r| match r.latest_nprs() {
            None => t.home_nprs_never.to_owned(),
            Some(e) => (t.home_nprs_last)(&t.date_time(e.recorded_at), e.score.value()),
        })
    };
    let qbpds_status = move || {
        let t = state.t();
        state.record.with(|r| {
            if let Some(d) = &r.qbpds_draft {
                (t.home_qbpds_in_progress)(d.answers.answered())
            } else if let Some(e) = r.latest_qbpds() {
                let when = (t.home_qbpds_last)(&t.date_time(e.completed_at));
                match e.total() {
                    QbpdsTotal::Complete { value } => format!("{when} {}", (t.qbpds_total)(value)),
                    _ => when,
                }
            } else {
                t.home_qbpds_never.to_owned()
            }
        })
    };
    let has_draft = move || state.record.with(|r| r.qbpds_draft.is_some());

    view! {
        <h1 tabindex="-1">{tr(|t| t.home_title)}</h1>
        <p class="lead">{tr(|t| t.home_intro)}</p>
        <div class="cards">
            <section class="card" aria-labelledby="home-nprs">
                <h2 id="home-nprs">{tr(|t| t.home_nprs_title)}</h2>
                <p data-testid="home-nprs-status">{nprs_status}</p>
                <a class="button" href="/nprs">{tr(|t| t.home_nprs_action)}</a>
            </section>
            <section class="card" aria-labelledby="home-qbpds">
                <h2 id="home-qbpds">{tr(|t| t.home_qbpds_title)}</h2>
                <p data-testid="home-qbpds-status">{qbpds_status}</p>
                <a class="button" href="/qbpds">
                    {move || if has_draft() { state.t().home_qbpds_continue } else { state.t().home_qbpds_start }}
                </a>
            </section>
            <section class="card" aria-labelledby="home-plan">
                <h2 id="home-plan">{tr(|t| t.home_plan_title)}</h2>
                <p>{tr(|t| t.coming_soon)}</p>
            </section>
        </div>
        <p class="alarm-hint"><a href="/alarm">{tr(|t| t.home_alarm_hint)}</a></p>
    }
}
