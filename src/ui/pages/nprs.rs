//! `/nprs`: the pain score (average over the last 24 hours, 0-10), its history and its change.

use crate::domain::id::EntryId;
use crate::domain::nprs::{NprsScore, nprs_change};
use crate::domain::record::PatientRecord;
use crate::store::clock;
use crate::ui::components::change_summary::ChangeSummary;
use crate::ui::components::complaints_start::ComplaintsStartQuestion;
use crate::ui::components::confirm_delete::DeleteEntry;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Scores from which the alarm self-check is offered (CONTENT.md §5), never forced.
const HIGH_PAIN: u8 = 9;

#[component]
pub fn NprsPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nprs_title);

    let selected = RwSignal::new(None::<NprsScore>);
    let saved = RwSignal::new(None::<NprsScore>);
    let error = RwSignal::new(false);

    let change = Signal::derive(move || state.record.with(|r| nprs_change(&r.nprs, r.episode_start)));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match selected.get_untracked() {
            None => error.set(true),
            Some(score) => {
                state.update(|r| r.add_nprs(clock::new_id(), clock::now(), score));
                selected.set(None);
                error.set(false);
                saved.set(Some(score));
            }
        }
    };

    let choices = NprsScore::all()
        .map(|score| {
            let n = score.value();
            let anchor = move || {
                let t = state.t();
                match n {
                    0 => format!(" ({})", t.nprs_anchor_low),
                    10 => format!(" ({})", t.nprs_anchor_high),
                    _ => String::new(),
                }
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="nprs"
                        value=n.to_string()
                        prop:checked=move || selected.get() == Some(score)
                        on:change=move |_| {
                            selected.set(Some(score));
                            error.set(false);
                            saved.set(None);
                        }
                    />
                    <span class="choice-number">{n}</span>
                    <span class="visually-hidden">{anchor}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <h1 tabindex="-1">{tr(|t| t.nprs_title)}</h1>
        <form class="card" on:submit=on_submit novalidate>
            <fieldset class="scale" aria-describedby="nprs-hint nprs-error">
                <legend class="question">{tr(|t| t.nprs_question)}</legend>
                <p id="nprs-hint" class="hint">{tr(|t| t.nprs_hint)}</p>
                <div class="choices choices-11">{choices}</div>
                <div class="anchors" aria-hidden="true">
                    <span>{move || format!("0 = {}", state.t().nprs_anchor_low)}</span>
                    <span>{move || format!("10 = {}", state.t().nprs_anchor_high)}</span>
                </div>
            </fieldset>
            <p id="nprs-error" class="error" role="alert">
                {move || error.get().then(|| state.t().nprs_choose_first)}
            </p>
            <button type="submit" class="button button-primary">{tr(|t| t.save)}</button>
        </form>
        <div aria-live="polite">
            {move || {
                saved
                    .get()
                    .map(|score| {
                        let t = state.t();
                        view! {
                            <p class="notice notice-ok" data-testid="nprs-saved">{(t.nprs_saved)(score.value())}</p>
                            {(score.value() >= HIGH_PAIN)
                                .then(|| {
                                    view! { <p class="notice"><a href="/alarm">{t.nprs_high_pain_alarm}</a></p> }
                                })}
                        }
                    })
            }}
        </div>
        <ChangeSummary change=change />
        <ComplaintsStartQuestion />
        <NprsHistory />
    }
}

#[component]
fn NprsHistory() -> impl IntoView {
    let state = use_state();
    let rows = move || {
        // The record keeps entries in time order (ties in the order given): newest first here.
        state
            .record
            .with(|r| r.nprs.iter().rev().cloned().collect::<Vec<_>>())
    };
    view! {
        <section class="card" aria-labelledby="nprs-history">
            <h2 id="nprs-history">{tr(|t| t.nprs_history_title)}</h2>
            <Show
                when=move || state.record.with(|r| !r.nprs.is_empty())
                fallback=move || view! { <p>{tr(|t| t.nprs_history_empty)}</p> }
            >
                <ul class="history" data-testid="nprs-history">
                    <For each=rows key=|e| e.id.clone() let:entry>
                        {
                            let id: EntryId = entry.id.clone();
                            let when = move || state.t().date_time(entry.recorded_at);
                            let score = move || (state.t().nprs_score_of_10)(entry.score.value());
                            let label = Signal::derive(move || {
                                format!("{}: {}, {}", state.t().delete, when(), score())
                            });
                            view! {
                                <li>
                                    <span class="history-when">{when}</span>
                                    <strong class="history-value">{score}</strong>
                                    <DeleteEntry label=label id=id delete=PatientRecord::delete_nprs />
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
