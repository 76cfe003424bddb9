//! `/progress`: pain, function and activities over time as small inline-SVG charts, each with a
//! text summary and the same data as a table (for screen readers, and for anyone who prefers it).

use crate::domain::change::Instrument;
use crate::domain::chart::{
    Frame, PlanDay, Point, improvement_line, nprs_points, plan_days, polyline, qbpds_points, series_change,
};
use crate::domain::date::LocalDate;
use crate::i18n::Texts;
use crate::store::clock;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

const PLAN_DAYS: i64 = 28;

#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nav_progress);
    let today = clock::today();
    let nprs = Memo::new(move |_| state.record.with(nprs_points));
    let qbpds = Memo::new(move |_| state.record.with(qbpds_points));
    let activities = Memo::new(move |_| {
        state.record.with(|r| {
            r.plan
                .current_revision(today)
                .map(|rev| {
                    rev.activities
                        .iter()
                        .map(|a| {
                            (
                                a.name.clone(),
                                a.unit,
                                plan_days(&r.plan, &a.id, today, PLAN_DAYS),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <h1 tabindex="-1">{tr(|t| t.nav_progress)}</h1>
        <p class="lead">{tr(|t| t.page().progress_intro)}</p>
        {move || {
            let t = state.t();
            view! {
                <LineChart id="nprs" title=t.page().progress_nprs_title points=nprs.get() y_max=10.0 step=2.0 today=today
                    instrument=Instrument::Nprs />
                <LineChart id="qbpds" title=t.page().progress_qbpds_title points=qbpds.get() y_max=100.0 step=20.0 today=today
                    instrument=Instrument::Qbpds />
            }
        }}
        {move || {
            let t = state.t();
            let list = activities.get();
            (!list.is_empty()).then(|| {
                let charts = list
                    .into_iter()
                    .map(|(name, unit, days)| view! { <PlanChart name=name days=days unit_amount=move |n| (t.unit_amount)(unit, n) /> })
                    .collect_view();
                view! {
                    <section class="card chart-card" aria-labelledby="progress-plan">
                        <h2 id="progress-plan">{t.page().progress_plan_title}</h2>
                        <p class="hint">{t.page().progress_plan_legend}</p>
                        {charts}
                    </section>
                }
            })
        }}
    }
}

fn fmt(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[component]
fn LineChart(
    id: &'static str,
    title: &'static str,
    points: Vec<Point>,
    y_max: f64,
    step: f64,
    today: LocalDate,
    instrument: Instrument,
) -> impl IntoView {
    let state = use_state();
    let t: &Texts = state.t();
    let heading = format!("progress-{id}");
    let labelled_by = heading.clone();
    let Some(first) = points.first().map(|p| p.value) else {
        return view! {
            <section class="card chart-card" aria-labelledby=labelled_by>
                <h2 id=heading>{title}</h2>
                <p>{t.page().progress_none}</p>
            </section>
        }
        .into_any();
    };
    let frame = Frame::new(&points, y_max, today);
    let base_y = frame.y(first);
    // The dotted line and the words above the chart come from the same rule (domain/change.rs).
    let target = improvement_line(instrument, &points);
    let target_y = target.map(|v| frame.y(v));
    // The same sentence and line under it as the NPRS and QBPDS pages.
    let (summary_text, details) = match series_change(instrument, &points) {
        Some(c) => {
            let sentence = match instrument {
                Instrument::Nprs => (t.change_nprs)(&c),
                Instrument::Qbpds => (t.change_qbpds)(&c),
            };
            (sentence, (t.change_details)(&c))
        }
        None => ((t.page().progress_single)(&fmt(first)), String::new()),
    };
    let details_id = format!("{id}-details");
    let (x0, x1) = (frame.left, frame.width - frame.right);
    let summary_id = format!("{id}-summary");
    let summary_for = summary_id.clone();
    let labelled = format!("{summary_id} {details_id}");
    let y_ticks = frame
        .y_ticks(step)
        .into_iter()
        .map(|(y, v)| {
            view! {
                <line class="grid" x1=x0 x2=x1 y1=y y2=y />
                <text class="tick" x=x0 - 4.0 y=y + 3.0 text-anchor="end">{fmt(v)}</text>
            }
        })
        .collect_view();
    let ticks = frame.x_ticks();
    let last = ticks.len().saturating_sub(1);
    let x_ticks = ticks
        .into_iter()
        .enumerate()
        .map(|(i, (x, d))| {
            // The outer labels are anchored inwards so they are not cut off at the edges.
            let anchor = if i == 0 { "start" } else if i == last { "end" } else { "middle" };
            view! { <text class="tick" x=x y=frame.height - 6.0 text-anchor=anchor>{format!("{}-{}", d.day(), d.month())}</text> }
        })
        .collect_view();
    let dots = points
        .iter()
        .map(|p| view! { <circle class="dot" cx=frame.x(p.date) cy=frame.y(p.value) r="2.5" /> })
        .collect_view();
    let rows = points
        .iter()
        .rev()
        .map(|p| view! { <tr><td>{t.date(p.date)}</td><td>{fmt(p.value)}</td></tr> })
        .collect_view();
    view! {
        <section class="card chart-card" aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            <p id=summary_for class="chart-summary" data-testid=format!("{id}-summary")>
                {summary_text}
            </p>
            <p id=details_id.clone() class="change-details" data-testid=details_id.clone()>{details}</p>
            <svg class="chart" viewBox=format!("0 0 {} {}", frame.width, frame.height) role="img"
                aria-labelledby=labelled data-testid=format!("{id}-chart")>
                {y_ticks}
                {x_ticks}
                <line class="baseline" x1=x0 x2=x1 y1=base_y y2=base_y />
                {target_y.map(|y| view! { <line class="target" x1=x0 x2=x1 y1=y y2=y data-testid=format!("{id}-target") data-value=target.map(fmt) /> })}
                <polyline class="series" points=polyline(&frame, &points) />
                {dots}
            </svg>
            <p class="hint">{(t.page().progress_legend)(target.map(|v| v as u32))}</p>
            <details>
                <summary>{t.page().progress_table}</summary>
                <table class="schedule" data-testid=format!("{id}-table")>
                    <thead><tr><th scope="col">{t.page().progress_date}</th><th scope="col">{t.page().progress_value}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </section>
    }
    .into_any()
}

#[component]
fn PlanChart(
    name: String,
    days: Vec<PlanDay>,
    unit_amount: impl Fn(u32) -> String + 'static,
) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let max = days
        .iter()
        .map(|d| d.quota.max(d.done.unwrap_or(0)))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let (w, h, pad) = (320.0, 120.0, 4.0);
    let slot = (w - 2.0 * pad) / days.len().max(1) as f64;
    let y = |v: u32| h - pad - (f64::from(v) / max) * (h - 2.0 * pad);
    let bars = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let x = pad + i as f64 * slot;
            let bw = (slot * 0.7).max(1.0);
            let planned =
                view! { <rect class="planned" x=x y=y(d.quota) width=bw height=h - pad - y(d.quota) /> };
            let done = d.done.map(|n| {
                let cls = if n >= d.quota { "done met" } else { "done" };
                view! { <rect class=cls x=x + bw * 0.2 y=y(n) width=bw * 0.6 height=h - pad - y(n) /> }
            });
            view! { {planned}{done} }
        })
        .collect_view();
    let rows = days
        .iter()
        .rev()
        .map(|d| {
            view! {
                <tr>
                    <td>{t.date(d.date)}</td>
                    <td>{unit_amount(d.quota)}</td>
                    <td>{d.done.map(&unit_amount).unwrap_or_else(|| t.page().progress_not_logged.to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>{name.clone()}</h3>
        <svg class="chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=format!("{name}: {}", t.page().progress_plan_legend)>
            {bars}
        </svg>
        <details>
            <summary>{t.page().progress_table}</summary>
            <table class="schedule" data-testid="plan-table">
                <thead><tr><th scope="col">{t.page().progress_date}</th><th scope="col">{t.page().progress_planned}</th><th scope="col">{t.page().progress_done}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
