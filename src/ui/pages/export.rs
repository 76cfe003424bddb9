//! `/export`: files for the clinician (FHIR), the backup file, and restoring a backup with a
//! preview and an explicit choice. Nothing on the device changes until the patient confirms.

use crate::domain::record::PatientRecord;
use crate::i18n::Texts;
use crate::interop::backup::MAX_BACKUP_BYTES;
use crate::interop::backup::{BackupError, read_backup_on, write_backup};
use crate::interop::csv::write_csv;
use crate::interop::fhir::write_bundle;
use crate::interop::qr::qr_svg;
use crate::interop::transfer::write_code;
use crate::store::browser::{FileReadError, download_text, read_chosen_file};
use crate::store::clock;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::pages::clinician::Summary;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// `rugplan-<what>-YYYY-MM-DD.json`: the date tells the patient which file is newest.
fn file_name(what: &str) -> String {
    format!("rugplan-{what}-{}.json", clock::today())
}

pub fn backup_error_text(t: &Texts, e: &BackupError) -> &'static str {
    match e {
        BackupError::TooLarge(_) => t.page().import_error_too_large,
        BackupError::NotABackup => t.page().import_error_not_backup,
        BackupError::NewerFormat(_) => t.page().import_error_newer,
        BackupError::Version(crate::interop::migrate::MigrateError::TooNew { .. }) => {
            t.page().import_error_newer
        }
        BackupError::ChecksumMismatch => t.page().import_error_damaged,
        BackupError::Inconsistent(crate::domain::record::RecordError::DuplicateId(_)) => {
            t.page().import_error_duplicate
        }
        BackupError::PlanFarFromToday(_)
        | BackupError::Inconsistent(crate::domain::record::RecordError::Plan(
            crate::domain::activity_plan::PlanError::DateOutOfRange,
        )) => t.page().import_error_dates,
        BackupError::Version(_) | BackupError::Invalid(_) | BackupError::Inconsistent(_) => {
            t.page().import_error_invalid
        }
    }
}

#[component]
pub fn ExportPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nav_export);
    let message = RwSignal::new(None::<String>);

    // `true` when the download started.
    let offer = move |what: &str, text: String| {
        let name = file_name(what);
        let t = state.t();
        let started = download_text(&name, "application/json", &text).is_ok();
        message.set(Some(if started {
            (t.export_downloaded)(&name)
        } else {
            t.export_download_failed.to_owned()
        }));
        started
    };
    let download_fhir = move |_| {
        let bundle = state
            .record
            .with_untracked(|r| write_bundle(r, clock::now(), state.t().nprs_question));
        offer("fhir", serde_json::to_string_pretty(&bundle).unwrap_or_default());
    };
    let download_csv = move |_| {
        let name = format!("rugplan-{}.csv", clock::today());
        let text = state.record.with_untracked(|r| write_csv(r, clock::today()));
        let t = state.t();
        message.set(Some(
            match download_text(&name, "text/csv;charset=utf-8", &text) {
                Ok(()) => (t.export_downloaded)(&name),
                Err(_) => t.export_download_failed.to_owned(),
            },
        ));
    };
    let download_backup = move |_| {
        let now = clock::now();
        let text = state.record.with_untracked(|r| write_backup(r, now));
        // The reminder counts from the last backup that really started downloading.
        if offer("backup", text) {
            state.update(|r| r.last_backup_at = Some(now));
        }
    };
    let empty = move || state.record.with(|r| r.nprs.is_empty() && r.qbpds.is_empty());

    view! {
        <h1 tabindex="-1">{tr(|t| t.nav_export)}</h1>
        <p class="lead">{tr(|t| t.export_intro)}</p>
        <Show when=empty>
            <p class="notice">{tr(|t| t.export_nothing_yet)}</p>
        </Show>
        <section class="card" aria-labelledby="export-clinician">
            <h2 id="export-clinician">{tr(|t| t.export_clinician_heading)}</h2>
            <p>{tr(|t| t.export_clinician_text)}</p>
            <button type="button" class="button button-primary" on:click=download_fhir>
                {tr(|t| t.export_fhir_button)}
            </button>
            <p>{tr(|t| t.export_csv_text)}</p>
            <button type="button" class="button" on:click=download_csv>
                {tr(|t| t.export_csv_button)}
            </button>
        </section>
        <Handover />
        <PrintOverview />
        <section class="card" aria-labelledby="export-backup">
            <h2 id="export-backup">{tr(|t| t.export_backup_heading)}</h2>
            <p>{tr(|t| t.export_backup_text)}</p>
            <button type="button" class="button button-primary" on:click=download_backup>
                {tr(|t| t.export_backup_button)}
            </button>
        </section>
        <p class="notice notice-ok" role="status" data-testid="export-message" hidden=move || message.get().is_none()>
            {move || message.get()}
        </p>
        <Restore />
    }
}

#[derive(Clone, PartialEq)]
enum RestoreState {
    Idle,
    Preview(Box<PatientRecord>),
    ConfirmReplace(Box<PatientRecord>),
    Failed(&'static str),
    Done(String),
}

#[component]
fn Restore() -> impl IntoView {
    let state = use_state();
    let step = RwSignal::new(RestoreState::Idle);

    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file(&ev, MAX_BACKUP_BYTES, move |text| {
            let t = state.t();
            step.set(match text {
                Err(FileReadError::TooLarge) => RestoreState::Failed(t.page().import_error_too_large),
                Err(FileReadError::Unreadable) => RestoreState::Failed(t.page().import_error_read),
                Ok(text) => match read_backup_on(&text, clock::today()) {
                    Ok(record) => RestoreState::Preview(Box::new(record)),
                    Err(e) => RestoreState::Failed(backup_error_text(t, &e)),
                },
            });
        });
    };

    let merge = move |incoming: &PatientRecord| {
        let mut count = Default::default();
        state.update(|r| count = r.merge(incoming));
        let count: crate::domain::record::MergeCount = count;
        step.set(RestoreState::Done((state.t().page().restore_merged)(
            count.nprs,
            count.qbpds,
        )));
    };
    let replace = move |incoming: PatientRecord| {
        state.update(|r| *r = incoming);
        step.set(RestoreState::Done(state.t().page().restore_replaced.to_owned()));
    };

    let body = move || match step.get() {
        RestoreState::Idle => ().into_any(),
        RestoreState::Failed(text) => view! { <p class="error" role="alert">{text}</p> }.into_any(),
        RestoreState::Done(text) => view! { <p class="notice notice-ok" role="status">{text}</p> }.into_any(),
        RestoreState::Preview(record) => {
            let t = state.t();
            let preview = (t.page().restore_preview)(record.nprs.len(), record.qbpds.len());
            let for_merge = record.clone();
            let for_replace = record.clone();
            view! {
                <div class="notice" role="status" data-testid="restore-preview">
                    <p>{preview}</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| merge(&for_merge)>
                            {t.page().restore_merge}
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| step.set(RestoreState::ConfirmReplace(for_replace.clone()))
                        >
                            {t.page().restore_replace}
                        </button>
                        <button type="button" class="button-quiet" on:click=move |_| step.set(RestoreState::Idle)>
                            {t.cancel}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
        RestoreState::ConfirmReplace(record) => {
            let t = state.t();
            view! {
                <div class="notice notice-warning" role="alert">
                    <p>{t.page().restore_replace_confirm}</p>
                    <div class="button-row">
                        <button type="button" class="button-danger" on:click=move |_| replace((*record).clone())>
                            {t.page().restore_replace}
                        </button>
                        <button type="button" class="button-quiet" on:click=move |_| step.set(RestoreState::Idle)>
                            {t.cancel}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <section class="card" aria-labelledby="restore-title">
            <h2 id="restore-title">{tr(|t| t.page().restore_heading)}</h2>
            <p>{tr(|t| t.page().restore_text)}</p>
            <label class="file-label">
                <span>{tr(|t| t.page().restore_choose_file)}</span>
                <input type="file" accept=".json,application/json" on:change=on_file data-testid="restore-file" />
            </label>
            <div aria-live="polite">{body}</div>
        </section>
    }
}

/// The QR hand-over: a link to the clinician view with the code in the fragment, which the
/// browser never sends to a server.
#[component]
fn Handover() -> impl IntoView {
    let state = use_state();
    let shown = RwSignal::new(false);
    let code = Memo::new(move |_| state.record.with(write_code));
    let link = move || {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        format!("{origin}/clinician#c={}", code.get())
    };
    view! {
        <section class="card" aria-labelledby="export-handover">
            <h2 id="export-handover">{tr(|t| t.page().handover_title)}</h2>
            <p>{tr(|t| t.page().handover_text)}</p>
            <Show
                when=move || shown.get()
                fallback=move || view! {
                    <button type="button" class="button" on:click=move |_| shown.set(true)>{tr(|t| t.page().handover_show)}</button>
                }
            >
                <div
                    class="qr"
                    role="img"
                    aria-label=tr(|t| t.page().handover_qr_label)
                    data-testid="handover-qr"
                    inner_html=move || qr_svg(&link()).unwrap_or_default()
                ></div>
                <p>{tr(|t| t.page().handover_code_label)}</p>
                <p class="code" data-testid="handover-code">{move || code.get()}</p>
            </Show>
        </section>
    }
}

/// The patient's own overview, printed on A4 (the print stylesheet hides everything else).
#[component]
fn PrintOverview() -> impl IntoView {
    let state = use_state();
    let shown = RwSignal::new(false);
    let print = move |_| {
        shown.set(true);
        // Print after the overview has rendered.
        request_animation_frame(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        });
    };
    view! {
        <section class="card no-print" aria-labelledby="export-print">
            <h2 id="export-print">{tr(|t| t.print_overview)}</h2>
            <p>{tr(|t| t.print_overview_text)}</p>
            <button type="button" class="button" on:click=print>{tr(|t| t.page().clin_print)}</button>
        </section>
        <Show when=move || shown.get()>
            <div class="print-overview" data-testid="print-overview">
                <Summary record=StoredValue::new(state.record.get_untracked()) />
            </div>
        </Show>
    }
}
