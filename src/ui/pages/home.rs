//! `/`: today, what to do now.

use crate::domain::care_cues::{CareCue, care_cues};
use crate::domain::glance::{due, plan_streak};
use crate::domain::nprs::nprs_change;
use crate::domain::qbpds::QbpdsTotal;
use crate::domain::storage_risk::{StorageRisk, backup_reminder_days};
use crate::store::{clock, persist, storage_risk};
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.home_title);
    let today = clock::today();

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
    // Browsers may clear site data; a backup older than `backup_reminder_days` gets a reminder
    // (without nagging: only on the home screen, only when there is something to lose). Where
    // the browser may erase the data sooner (Safari's 7-day limit), the reminder comes sooner.
    let risk = RwSignal::new(storage_risk::risk_now());
    leptos::task::spawn_local(async move { risk.set(storage_risk::risk_checked().await) });
    let risk_advice = move || {
        let t = state.t();
        let items = match risk.get() {
            StorageRisk::Usual => return None,
            StorageRisk::SevenDays => view! {
                <p>{t.risk_seven_days}</p>
                <ul>
                    <li>{t.risk_home_screen}</li>
                    <li>{t.risk_weekly_backup}</li>
                </ul>
            }
            .into_any(),
            StorageRisk::PrivateWindow => view! { <p>{t.risk_private}</p> }.into_any(),
        };
        Some(view! {
            <section class="card" aria-labelledby="home-risk" data-testid="home-storage-risk">
                <h2 id="home-risk">{t.risk_title}</h2>
                {items}
            </section>
        })
    };
    let backup_status = move || {
        let t = state.t();
        state.record.with(|r| {
            (!r.is_empty()).then(|| {
                let (line, remind) = match r.last_backup_at {
                    None => (t.home_backup_never.to_owned(), true),
                    Some(at) => ((t.home_backup_last)(&t.date(at.date())), at.date().days_until(clock::today()) >= backup_reminder_days(risk.get())),
                };
                view! {
                    <section class="card" aria-labelledby="home-backup" data-testid="home-backup">
                        <h2 id="home-backup">{t.export_backup_heading}</h2>
                        <p>{t.home_device_only}" "{line}</p>
                        {remind.then(|| view! { <p class="notice notice-warning">{t.home_backup_reminder}</p> })}
                        <a class="button" href="/export">{t.home_backup_action}</a>
                        <Persist />
                    </section>
                }
            })
        })
    };
    // Suggestions only: what to discuss, never a verdict (NHG stepped care).
    let cues = move || {
        let t = state.t();
        let cues = state.record.with(|r| care_cues(r, today));
        (!cues.is_empty()).then(|| {
            let items = cues
                .into_iter()
                .map(|c| match c {
                    CareCue::ConsiderActivityPlan => t.cue_consider_plan,
                    CareCue::PlanNotBackToNormal => t.cue_plan_not_back,
                    CareCue::LongCourse { qbpds_measured: true } => t.cue_twelve_weeks,
                    CareCue::LongCourse {
                        qbpds_measured: false,
                    } => t.cue_twelve_weeks_unmeasured,
                })
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="home-cues" data-testid="home-cues">
                    <h2 id="home-cues">{t.cues_title}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    };
    let has_draft = move || state.record.with(|r| r.qbpds_draft.is_some());
    let glance = Memo::new(move |_| state.record.with(|r| due(r, today)));
    let plan_today = move || {
        let t = state.t();
        state.record.with(|r| match r.plan.current_revision(today) {
            None => view! {
                <p>{t.home_plan_none}</p>
                <a class="button" href="/plan">{t.plan_make}</a>
            }
            .into_any(),
            Some(rev) => {
                let items = rev
                    .activities
                    .iter()
                    .filter_map(|a| {
                        let quota = a.schedule().ok()?.quota_on(today)?;
                        let done = r
                            .plan
                            .logs
                            .iter()
                            .any(|l| l.activity_id == a.id && l.date == today);
                        Some((t.home_plan_item)(&a.name, &(t.unit_amount)(a.unit, quota), done))
                    })
                    .map(|s| view! { <li>{s}</li> })
                    .collect_view();
                let streak = plan_streak(&r.plan, today);
                view! {
                    <p>{t.plan_today_message}</p>
                    <ul data-testid="home-plan-today">{items}</ul>
                    {(streak >= 2).then(|| view! { <p data-testid="home-streak">{(t.home_streak)(streak)}</p> })}
                    <a class="button" href="/plan">{t.home_plan_open}</a>
                }
                .into_any()
            }
        })
    };

    view! {
        <h1 tabindex="-1">{tr(|t| t.home_title)}</h1>
        <p class="lead">{tr(|t| t.home_intro)}</p>
        <div class="cards">
            <section class="card" aria-labelledby="home-nprs">
                <h2 id="home-nprs">{tr(|t| t.home_nprs_title)}</h2>
                <p data-testid="home-nprs-status">{nprs_status}</p>
                {move || glance.get().nprs_days.map(|n| view! { <p class="hint" data-testid="home-nprs-due">{(state.t().home_due)(n)}</p> })}
                {move || {
                    let t = state.t();
                    state.record.with(|r| nprs_change(&r.nprs, r.episode_start)).map(|c| {
                        view! {
                            <p>{(t.change_nprs)(&c)}" "<a href="/progress">{t.home_progress_link}</a></p>
                        }
                    })
                }}
                <a class="button" href="/nprs">{tr(|t| t.home_nprs_action)}</a>
            </section>
            <section class="card" aria-labelledby="home-qbpds">
                <h2 id="home-qbpds">{tr(|t| t.home_qbpds_title)}</h2>
                <p data-testid="home-qbpds-status">{qbpds_status}</p>
                {move || glance.get().qbpds_days.map(|n| view! { <p class="hint" data-testid="home-qbpds-due">{(state.t().home_due)(n)}</p> })}
                <a class="button" href="/qbpds">
                    {move || if has_draft() { state.t().home_qbpds_continue } else { state.t().home_qbpds_start }}
                </a>
            </section>
            <section class="card" aria-labelledby="home-plan">
                <h2 id="home-plan">{tr(|t| t.home_plan_title)}</h2>
                {plan_today}
            </section>
        </div>
        {cues}
        {risk_advice}
        {backup_status}
        <p class="alarm-hint"><a href="/alarm">{tr(|t| t.home_alarm_hint)}</a></p>
    }
}

/// Asks for persistent storage, with a short explanation, unless the browser already keeps it.
#[component]
fn Persist() -> impl IntoView {
    let state = use_state();
    // None: not known yet or not supported; Some(true): kept.
    let persisted = RwSignal::new(None::<bool>);
    let answered = RwSignal::new(false);
    leptos::task::spawn_local(async move { persisted.set(persist::is_persisted().await) });
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            let granted = persist::request().await.unwrap_or(false);
            persisted.set(Some(granted));
            answered.set(true);
        })
    };
    move || {
        let t = state.t();
        match (persisted.get(), answered.get()) {
            (Some(true), true) => {
                view! { <p class="notice notice-ok" role="status">{t.persist_granted}</p> }.into_any()
            }
            (Some(false), true) => {
                view! { <p class="notice" role="status">{t.persist_refused}</p> }.into_any()
            }
            (Some(false), false) => view! {
                <p>{t.persist_ask}</p>
                <button type="button" class="button-quiet" on:click=ask>{t.persist_button}</button>
            }
            .into_any(),
            _ => ().into_any(),
        }
    }
}
