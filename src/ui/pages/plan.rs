//! `/plan`: the personal time-contingent activity plan. Today's quota per activity with logging,
//! missed days, adherence, the computed schedule, agreements, and the plan's revisions.

use super::plan_builder::PlanBuilder;
use crate::domain::activity_plan::{
    Activity, ActivityAdherence, DayLog, PlanRevision, activity_adherence, adherence, parse_amount,
};
use crate::domain::date::LocalDate;
use crate::store::clock;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Missed days shown under an activity; older ones still count in the adherence figures.
const MISSED_SHOWN: usize = 14;

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nav_plan);
    let today = clock::today();
    let editing = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let current = Memo::new(move |_| state.record.with(|r| r.plan.current_revision(today).cloned()));
    let upcoming = Memo::new(move |_| {
        state.record.with(|r| {
            r.plan
                .revisions
                .iter()
                .filter(|rev| rev.valid_from > today)
                .map(|rev| rev.valid_from)
                .min()
        })
    });

    let on_done = Callback::new(move |was_saved: bool| {
        editing.set(false);
        saved.set(was_saved);
    });

    view! {
        <h1 tabindex="-1">{tr(|t| t.nav_plan)}</h1>
        {move || {
            if editing.get() {
                return view! { <PlanBuilder base=current.get_untracked() on_done=on_done /> }.into_any();
            }
            let t = state.t();
            let start_text = upcoming.get().map(|d| (t.plan_not_started)(&t.date(d)));
            let saved_note = saved.get().then(|| view! { <p class="notice notice-ok" role="status">{t.page().builder_saved}</p> });
            match current.get() {
                None => view! {
                    {saved_note}
                    {start_text.map(|s| view! { <p class="notice">{s}</p> })}
                    <p class="lead">{t.plan_intro}</p>
                    <WhyTimeContingent open=true />
                    <button type="button" class="button button-primary" on:click=move |_| editing.set(true)>
                        {if upcoming.get().is_some() { t.plan_change } else { t.plan_make }}
                    </button>
                }
                .into_any(),
                Some(revision) => {
                    let revision = StoredValue::new(revision);
                    view! {
                        {saved_note}
                        {start_text.map(|s| view! { <p class="notice">{s}</p> })}
                        <section class="card" aria-labelledby="plan-today">
                            <h2 id="plan-today">{t.plan_today_title}</h2>
                            <p class="time-contingent">{t.plan_today_message}</p>
                            {revision
                                .get_value()
                                .activities
                                .into_iter()
                                .map(|a| view! { <TodayActivity activity=a today=today /> })
                                .collect_view()}
                            {move || {
                                let t = state.t();
                                state
                                    .record
                                    .with(|r| adherence(&r.plan, today).ok())
                                    .filter(|a| a.activities.len() > 1)
                                    .map(|a| {
                                        let o = a.overall;
                                        view! {
                                            <p class="adherence-overall" data-testid="adherence-overall">
                                                {(t.plan_overall)(o.met_days, o.planned_days, o.logged_days)}
                                            </p>
                                        }
                                    })
                            }}
                            <StopRule />
                        </section>
                        <Milestones revision=revision.get_value() />
                        <section class="card" aria-labelledby="plan-schedule">
                            <h2 id="plan-schedule">{t.plan_schedule_title}</h2>
                            {revision
                                .get_value()
                                .activities
                                .into_iter()
                                .map(|a| view! { <ScheduleTable activity=a today=Some(today) /> })
                                .collect_view()}
                        </section>
                        <button type="button" class="button" on:click=move |_| editing.set(true)>
                            {t.plan_change}
                        </button>
                        <Revisions />
                        <WhyTimeContingent open=false />
                    }
                    .into_any()
                }
            }
        }}
    }
}

/// When to stop despite the plan: ordinary pain does not, new or worsening symptoms do
/// (CONTENT.md §4 7a; KNGF:L3476-3478 and the 24-hour rule KNGF:L3749-3757). Shown on the plan
/// page, in the plan builder and in the printed overview.
#[component]
pub fn StopRule() -> impl IntoView {
    let state = use_state();
    move || {
        let t = state.t();
        let (before, link, after) = crate::i18n::split_link(t.plan_stop_rule);
        view! {
            <div class="stop-rule" data-testid="stop-rule">
                <h3>{t.plan_stop_title}</h3>
                <p>{t.plan_stop_ordinary}</p>
                <p>{before}<a href="/alarm">{link}</a>{after}</p>
            </div>
        }
    }
}

/// Time-contingent versus pain-contingent, with the NHG example (CONTENT.md §4).
#[component]
fn WhyTimeContingent(open: bool) -> impl IntoView {
    let state = use_state();
    move || {
        let t = state.t();
        let pairs = t
            .plan_why_pairs
            .iter()
            .map(|(good, bad)| {
                view! {
                    <li>
                        <p><strong>{t.plan_why_do}": "</strong>"“"{*good}"”"</p>
                        <p class="hint"><strong>{t.plan_why_dont}": "</strong>"“"{*bad}"”"</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="card why" open=open>
                <summary>{t.plan_why_title}</summary>
                <p>{t.plan_why}</p>
                <ul class="why-pairs">{pairs}</ul>
                <p><a href="/info/build-up">{t.plan_read_more}</a></p>
            </details>
        }
    }
}

#[component]
fn TodayActivity(activity: Activity, today: LocalDate) -> impl IntoView {
    let state = use_state();
    let activity = StoredValue::new(activity);
    let adherence = Memo::new(move |_| {
        state
            .record
            .with(|r| activity.with_value(|a| activity_adherence(a, &r.plan.logs, today).ok()))
    });
    let day = RwSignal::new(today.to_string());
    let exact = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let id = activity.with_value(|a| a.id.to_string());
    let select_id = StoredValue::new(format!("day-{id}"));

    let log_done = move |done: u32| {
        let Ok(date) = LocalDate::parse(&day.get_untracked()) else {
            return;
        };
        let note_text = note.get_untracked().trim().to_owned();
        let entry = DayLog {
            id: clock::new_id(),
            activity_id: activity.with_value(|a| a.id.clone()),
            date,
            done,
            logged_at: clock::now(),
            pain_note: (!note_text.is_empty()).then_some(note_text),
        };
        state.update(|r| {
            r.plan.log(entry);
        });
        exact.set(String::new());
        note.set(String::new());
        error.set(None);
        day.set(today.to_string());
    };

    let quota_on_day = move || {
        let date = LocalDate::parse(&day.get()).ok()?;
        activity.with_value(|a| a.schedule().ok().and_then(|s| s.quota_on(date)))
    };
    let logged_on = move |date: LocalDate| {
        state.record.with(|r| {
            activity.with_value(|a| {
                r.plan
                    .logs
                    .iter()
                    .filter(|l| l.activity_id == a.id && l.date == date)
                    .max_by_key(|l| l.logged_at)
                    .map(|l| l.done)
            })
        })
    };

    view! {
        <div class="activity" data-testid=format!("today-{id}")>
            <h3>{activity.with_value(|a| a.name.clone())}</h3>
            {move || {
                let t = state.t();
                let unit = activity.with_value(|a| a.unit);
                match adherence.get().and_then(|a| a.current_quota) {
                    None => {
                        let start = activity.with_value(|a| a.start_date);
                        view! { <p>{(t.plan_not_started)(&t.date(start))}</p> }.into_any()
                    }
                    Some(q) => view! { <p class="quota" data-testid="quota">{(t.unit_amount)(unit, q)}</p> }.into_any(),
                }
            }}
            {move || {
                let t = state.t();
                let unit = activity.with_value(|a| a.unit);
                logged_on(today).map(|done| view! { <p class="notice notice-ok" data-testid="logged">{(t.plan_logged)(&(t.unit_amount)(unit, done))}</p> })
            }}
            <Show when=move || quota_on_day().is_some()>
                <div class="log-form">
                    {move || {
                        let t = state.t();
                        let missed: Vec<LocalDate> = adherence
                            .get()
                            .map(|a: ActivityAdherence| a.missed.into_iter().rev().filter(|d| *d != today).take(MISSED_SHOWN).collect())
                            .unwrap_or_default();
                        (!missed.is_empty()).then(|| {
                            let options = missed
                                .iter()
                                .map(|d| view! { <option value=d.to_string()>{t.date(*d)}</option> })
                                .collect_view();
                            let select_id = select_id.get_value();
                            view! {
                                <label for=select_id.clone()>{t.plan_log_day}</label>
                                <select id=select_id prop:value=move || day.get() on:change=move |ev| day.set(event_target_value(&ev))>
                                    <option value=today.to_string()>{t.plan_today_title}</option>
                                    {options}
                                </select>
                            }
                        })
                    }}
                    <button
                        type="button"
                        class="button button-primary"
                        on:click=move |_| {
                            if let Some(q) = quota_on_day() {
                                log_done(q);
                            }
                        }
                    >
                        {move || {
                            let t = state.t();
                            let unit = activity.with_value(|a| a.unit);
                            (t.plan_log_as_planned)(&(t.unit_amount)(unit, quota_on_day().unwrap_or_default()))
                        }}
                    </button>
                    <details class="exact">
                        <summary>{tr(|t| t.plan_log_exact)}</summary>
                        <label>
                            <span>{move || state.t().plan_log_exact}</span>
                            <input
                                type="text"
                                inputmode="numeric"
                                autocomplete="off"
                                prop:value=move || exact.get()
                                on:input=move |ev| exact.set(event_target_value(&ev))
                                aria-invalid=move || error.get().is_some().then_some("true")
                            />
                        </label>
                        <label>
                            <span>{tr(|t| t.plan_pain_note)}</span>
                            <textarea
                                maxlength="500"
                                autocomplete="off"
                                prop:value=move || note.get()
                                on:input=move |ev| note.set(event_target_value(&ev))
                            ></textarea>
                        </label>
                        <p class="hint">{tr(|t| t.plan_pain_note_hint)}</p>
                        <p class="error" role="alert">{move || error.get()}</p>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| match parse_amount(&exact.get_untracked()) {
                                Ok(n) => log_done(n),
                                Err(e) => error.set(Some((state.t().plan_error)(&e))),
                            }
                        >
                            {tr(|t| t.plan_log_save)}
                        </button>
                    </details>
                </div>
            </Show>
            {move || {
                let t = state.t();
                let unit = activity.with_value(|a| a.unit);
                adherence.get().map(|a| {
                    let missed: Vec<String> =
                        a.missed.iter().rev().filter(|d| **d != today).take(MISSED_SHOWN).map(|d| t.date(*d)).collect();
                    let step = a.current_step.map(|s| {
                        (t.plan_step_line)(s + 1, a.step_count, &(t.unit_amount)(unit, a.current_quota.unwrap_or_default()), &(t.unit_amount)(unit, a.goal))
                    });
                    view! {
                        <p class="adherence" data-testid="adherence">
                            {(t.plan_adherence_line)(a.counts.met_days, a.counts.planned_days, a.counts.logged_days, a.counts.over_days)}
                        </p>
                        {step.map(|s| view! { <p>{s}</p> })}
                        {(!missed.is_empty()).then(|| view! { <p class="missed" data-testid="missed">{(t.plan_missed)(&missed.join(", "))}</p> })}
                    }
                })
            }}
        </div>
    }
}

/// The computed schedule of one activity as a table; `today`'s step is marked.
#[component]
pub fn ScheduleTable(activity: Activity, today: Option<LocalDate>) -> impl IntoView {
    let state = use_state();
    let activity = StoredValue::new(activity);
    move || {
        let t = state.t();
        activity.with_value(|a| {
            let Ok(schedule) = a.schedule() else {
                return ().into_any();
            };
            let current = today.and_then(|d| schedule.current_step_index(d));
            let rows = schedule
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let is_current = current == Some(i);
                    view! {
                        <tr class:current=is_current aria-current=is_current.then_some("step")>
                            <td>{t.date(step.date)}</td>
                            <td>{(t.unit_amount)(a.unit, step.quota)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="schedule">
                    <caption>{a.name.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.plan_schedule_from}</th>
                            <th scope="col">{t.plan_schedule_amount}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    }
}

#[component]
fn Milestones(revision: PlanRevision) -> impl IntoView {
    let state = use_state();
    let m = revision.milestones;
    let note = revision.note;
    move || {
        let t = state.t();
        let items: Vec<String> = [
            m.back_to_work.map(|d| (t.plan_back_to_work)(&t.date(d))),
            m.control_visit.map(|d| (t.plan_control_visit)(&t.date(d))),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!items.is_empty() || note.is_some()).then(|| {
            view! {
                <section class="card" aria-labelledby="plan-milestones">
                    <h2 id="plan-milestones">{t.plan_milestones_title}</h2>
                    <ul>{items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    {note.clone().map(|n| view! { <p class="hint">{n}</p> })}
                </section>
            }
        })
    }
}

#[component]
fn Revisions() -> impl IntoView {
    let state = use_state();
    move || {
        let t = state.t();
        let mut revisions = state.record.with(|r| r.plan.revisions.clone());
        crate::domain::sort::sort_by_key(&mut revisions, |r| std::cmp::Reverse(r.created_at));
        (revisions.len() > 1).then(|| {
            let rows = revisions
                .into_iter()
                .map(|r| {
                    view! {
                        <li>
                            {(t.plan_revision_line)(&t.date_time(r.created_at), &t.date(r.valid_from))}
                            {r.note.map(|n| view! { <span class="hint">" · "{n}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="plan-revisions">
                    <h2 id="plan-revisions">{t.plan_revisions_title}</h2>
                    <ul class="history" data-testid="plan-revisions">{rows}</ul>
                </section>
            }
        })
    }
}
