//! `/clinician`: a GP or physiotherapist reads in a patient's backup or Rugplan FHIR file and
//! sees scores, change since the start, item answers, domain scores and the plan. What is read
//! in lives in this page's memory only, unless the clinician explicitly keeps it.

use super::plan::{ScheduleTable, StopRule};
use crate::domain::activity_plan::adherence;
use crate::domain::change::Change;
use crate::domain::nprs::nprs_change;
use crate::domain::qbpds::{QBPDS_ITEMS, QbpdsTotal, domain_scores, qbpds_change};
use crate::domain::qbpds_text::{qbpds_text, qbpds_text_by_version};
use crate::domain::record::PatientRecord;
use crate::i18n::Texts;
use crate::interop::backup::{BackupError, MAX_BACKUP_BYTES, read_backup_on};
use crate::interop::fhir::read_bundle;
use crate::interop::transfer::read_code;
use crate::store::browser::{FileReadError, read_chosen_file};
use crate::store::clock;
use crate::ui::components::change_summary::ChangeSummary;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Tells a backup from a FHIR bundle by content, not by file name.
fn read_any(t: &Texts, text: &str) -> Result<PatientRecord, &'static str> {
    if text.contains("\"rugplan-backup\"") {
        return read_backup_on(text, clock::today()).map_err(|e| match e {
            BackupError::Inconsistent(_) | BackupError::PlanFarFromToday(_) => {
                super::export::backup_error_text(t, &e)
            }
            _ => t.page().clin_error_unknown_file,
        });
    }
    if text.contains("\"resourceType\"") {
        return read_bundle(text).map_err(|_| t.page().clin_error_fhir);
    }
    Err(t.page().clin_error_unknown_file)
}

#[component]
pub fn ClinicianPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.page_clinician);
    let imported = RwSignal::new(None::<PatientRecord>);
    let error = RwSignal::new(None::<&'static str>);
    let kept = RwSignal::new(false);

    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file(&ev, MAX_BACKUP_BYTES, move |text| {
            let t = state.t();
            match text
                .map_err(|e| match e {
                    FileReadError::TooLarge => t.page().import_error_too_large,
                    FileReadError::Unreadable => t.page().import_error_read,
                })
                .and_then(|text| read_any(t, &text))
            {
                Ok(record) => {
                    imported.set(Some(record));
                    error.set(None);
                    kept.set(false);
                }
                Err(msg) => error.set(Some(msg)),
            }
        });
    };
    let code = RwSignal::new(String::new());
    let read = move |text: &str| match read_code(text) {
        Ok(record) => {
            imported.set(Some(record));
            error.set(None);
            kept.set(false);
        }
        Err(_) => error.set(Some(state.t().page().clin_code_error)),
    };
    // A scanned link carries the code after `#c=`: read it, then take it out of the address
    // bar and this tab's back/forward entry. What this cannot do: the browser's history list
    // (and history sync, if on) keeps the address as it was opened, code included, until someone
    // clears it. On a shared device, typing the code over is better (README, Security).
    if let Some(window) = web_sys::window()
        && let Ok(hash) = window.location().hash()
        && hash.starts_with("#c=")
    {
        read(&hash);
        if let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
    let keep = move |_| {
        if let Some(r) = imported.get_untracked() {
            state.update(|mine| {
                mine.merge(&r);
            });
            kept.set(true);
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <h1 tabindex="-1">{tr(|t| t.page_clinician)}</h1>
        <section class="card no-print">
            <p>{tr(|t| t.page().clin_intro)}</p>
            <label class="file-label">
                <span>{tr(|t| t.page().clin_choose_file)}</span>
                <input type="file" accept=".json,application/json,application/fhir+json" on:change=on_file data-testid="clinician-file" />
            </label>
            <label class="field">
                <span>{tr(|t| t.page().clin_code_label)}</span>
                <textarea
                    rows="2"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))
                    data-testid="clinician-code"
                ></textarea>
            </label>
            <button type="button" class="button" on:click=move |_| read(&code.get_untracked())>
                {tr(|t| t.page().clin_code_read)}
            </button>
            <p class="hint">{tr(|t| t.page().clin_not_stored)}</p>
            <p class="error" role="alert">{move || error.get()}</p>
        </section>
        {move || {
            imported
                .get()
                .map(|record| {
                    let record = StoredValue::new(record);
                    view! {
                        <div data-testid="clinician-summary">
                            <Summary record=record />
                            <div class="button-row no-print">
                                <button type="button" class="button button-primary" on:click=print>{tr(|t| t.page().clin_print)}</button>
                                <button type="button" class="button" on:click=keep>{tr(|t| t.page().clin_save)}</button>
                                <button type="button" class="button-quiet" on:click=move |_| imported.set(None)>{tr(|t| t.page().clin_close)}</button>
                            </div>
                            <Show when=move || kept.get()>
                                <p class="notice notice-ok" role="status">{tr(|t| t.page().clin_saved)}</p>
                            </Show>
                        </div>
                    }
                })
        }}
    }
}

/// The summary of a record: also the patient's printable overview on `/export`.
#[component]
pub fn Summary(record: StoredValue<PatientRecord>) -> impl IntoView {
    let state = use_state();
    let today = clock::today();
    let nprs = Signal::derive(move || record.with_value(|r| nprs_change(&r.nprs, r.episode_start)));
    let qbpds = Signal::derive(move || record.with_value(|r| qbpds_change(&r.qbpds, r.episode_start)));
    let line = move |first: Option<(String, String)>, last: Option<(String, String)>| {
        let t = state.t();
        match (first, last) {
            (Some((b, bd)), Some((l, ld))) => (t.page().clin_baseline_latest)(&b, &bd, &l, &ld),
            _ => t.page().clin_no_data.to_owned(),
        }
    };
    let nprs_line = move || {
        let t = state.t();
        record.with_value(|r| {
            let fmt = |e: &crate::domain::nprs::NprsEntry| {
                (e.score.value().to_string(), t.date(e.recorded_at.date()))
            };
            line(r.nprs.first().map(fmt), r.nprs.last().map(fmt))
        })
    };
    let qbpds_line = move || {
        let t = state.t();
        record.with_value(|r| {
            let fmt = |e: &crate::domain::qbpds::QbpdsEntry| {
                let total = match e.total() {
                    QbpdsTotal::Complete { value } => value.to_string(),
                    QbpdsTotal::Estimate { value, .. } => format!("~{value}"),
                    QbpdsTotal::NotScorable { .. } => "-".to_owned(),
                };
                (total, t.date(e.completed_at.date()))
            };
            line(r.qbpds.first().map(fmt), r.qbpds.last().map(fmt))
        })
    };
    let complaints_start = move || {
        let t = state.t();
        record.with_value(|r| {
            let answer = r.complaints_start;
            let date = answer.and_then(|a| a.date);
            let written = date.map(|d| t.date(d));
            let start = written
                .as_deref()
                .zip(date.map(|d| d.days_until(today).max(0) / 7));
            (t.page().clin_complaints_start)(start, answer.is_some())
        })
    };
    view! {
        <p class="lead" data-testid="clin-complaints-start">{complaints_start}</p>
        <section class="card" aria-labelledby="clin-nprs">
            <h2 id="clin-nprs">{tr(|t| t.page().clin_nprs_title)}</h2>
            <p data-testid="clin-nprs-line">{nprs_line}</p>
            <Changes change=nprs />
        </section>
        <section class="card" aria-labelledby="clin-qbpds">
            <h2 id="clin-qbpds">{tr(|t| t.page().clin_qbpds_title)}</h2>
            <p data-testid="clin-qbpds-line">{qbpds_line}</p>
            <Changes change=qbpds />
            <LatestQbpds record=record />
        </section>
        <section class="card" aria-labelledby="clin-plan">
            <h2 id="clin-plan">{tr(|t| t.page().clin_plan_title)}</h2>
            {move || {
                let t = state.t();
                record.with_value(|r| match r.plan.current_revision(today).cloned() {
                    None => view! { <p>{t.page().clin_plan_none}</p> }.into_any(),
                    Some(rev) => {
                        let adh = adherence(&r.plan, today).ok();
                        let lines = rev
                            .activities
                            .iter()
                            .map(|a| {
                                let c = adh
                                    .as_ref()
                                    .and_then(|x| x.activities.iter().find(|y| y.activity_id == a.id))
                                    .map(|y| y.counts)
                                    .unwrap_or_default();
                                view! {
                                    <p>
                                        <strong>{a.name.clone()}": "</strong>
                                        {(t.plan_adherence_line)(c.met_days, c.planned_days, c.logged_days, c.over_days)}
                                    </p>
                                    <ScheduleTable activity=a.clone() today=Some(today) />
                                }
                            })
                            .collect_view();
                        let mut revisions = r.plan.revisions.clone();
                        crate::domain::sort::sort_by_key(&mut revisions, |x| std::cmp::Reverse(x.created_at));
                        let history = revisions
                            .into_iter()
                            .map(|x| {
                                let line = (t.plan_revision_line)(&t.date_time(x.created_at), &t.date(x.valid_from));
                                view! { <li>{line}{x.note.map(|n| format!(" · {n}"))}</li> }
                            })
                            .collect_view();
                        view! {
                            {lines}
                            <StopRule />
                            <h3>{t.plan_revisions_title}</h3>
                            <ul class="history" data-testid="clin-revisions">{history}</ul>
                        }
                        .into_any()
                    }
                })
            }}
        </section>
    }
}

/// The clinician sees the patient's sentence with the numbers and the rule that applied.
#[component]
fn Changes(change: Signal<Option<Change>>) -> impl IntoView {
    view! { <ChangeSummary change=change clinician=true /> }
}

#[component]
fn LatestQbpds(record: StoredValue<PatientRecord>) -> impl IntoView {
    let state = use_state();
    move || {
        let t = state.t();
        record.with_value(|r| {
            let e = r.qbpds.last()?.clone();
            // A version this build lacks is shown as unknown: item numbers and answer codes
            // only, never another version's wording or validated flag (issue 15).
            let known = qbpds_text_by_version(&e.text_version);
            let names = known.or_else(|| qbpds_text(state.lang.get()))?;
            let rows = (0..QBPDS_ITEMS)
                .map(|i| {
                    let item = match known.and_then(|k| k.items.get(i)) {
                        Some(item) => format!("{}. {}", item.number, item.text),
                        None => format!("{} {}", t.page().clin_item, i + 1),
                    };
                    let answer = e
                        .answers
                        .get(i)
                        .map(|a| match known.and_then(|k| k.labels.get(usize::from(a.value()))) {
                            Some(label) => format!("{} ({label})", a.value()),
                            None => a.value().to_string(),
                        })
                        .unwrap_or_else(|| t.qbpds_not_answered.to_owned());
                    view! { <tr><td>{item}</td><td>{answer}</td></tr> }
                })
                .collect_view();
            let domains = domain_scores(&e.answers)
                .into_iter()
                .map(|d| {
                    view! { <tr><td>{names.domain_name(d.domain).to_owned()}</td><td>{format!("{} / {}", d.sum, d.max())}</td></tr> }
                })
                .collect_view();
            let version = match known {
                Some(k) => (t.page().clin_text_version)(&e.text_version, k.validated),
                None => (t.page().clin_text_unknown)(&e.text_version),
            };
            Some(view! {
                <p class="hint" data-testid="clin-text-version">{version}</p>
                <table class="schedule">
                    <caption>{(t.page().clin_items_title)(&t.date(e.completed_at.date()))}</caption>
                    <thead><tr><th scope="col">{t.page().clin_item}</th><th scope="col">{t.page().clin_answer}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <table class="schedule" data-testid="clin-domains">
                    <caption>{t.page().clin_domains_title}</caption>
                    <thead><tr><th scope="col">{t.page().clin_domain}</th><th scope="col">{t.page().clin_domain_score}</th></tr></thead>
                    <tbody>{domains}</tbody>
                </table>
            })
        })
    }
}
