//! `/qbpds`: the Quebec Back Pain Disability Scale, one item per screen, with review, resume,
//! result and history. Every answer is saved the moment it is given.

use crate::domain::id::EntryId;
use crate::domain::qbpds::{
    QBPDS_ITEMS, QBPDS_REVIEW_POSITION, QbpdsAnswer, qbpds_change, qbpds_changes, qbpds_total,
};
use crate::domain::qbpds_text::{QbpdsText, qbpds_text, qbpds_text_by_version};
use crate::domain::record::PatientRecord;
use crate::store::clock;
use crate::ui::components::change_summary::ChangeSummary;
use crate::ui::components::confirm_delete::DeleteEntry;
use crate::ui::components::focus::focus_after_render;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn QbpdsPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.qbpds_title);
    // The entry just finished in this visit, to show its result.
    let finished = RwSignal::new(None::<EntryId>);
    let position = Memo::new(move |_| state.record.with(|r| r.qbpds_draft.as_ref().map(|d| d.position)));
    // A questionnaire in progress keeps the item text it was started with (issue 14 item 5),
    // even when the patient switches language; an old draft without one uses the language.
    let draft_version = Memo::new(move |_| {
        state
            .record
            .with(|r| r.qbpds_draft.as_ref().and_then(|d| d.text_version.clone()))
    });
    let text = move || {
        draft_version
            .get()
            .and_then(|v| qbpds_text_by_version(&v))
            .or_else(|| qbpds_text(state.lang.get()))
    };

    view! {
        <h1 tabindex="-1">{tr(|t| t.qbpds_title)}</h1>
        {move || match text() {
            None => view! { <p class="error" role="alert">{state.t().qbpds_text_missing}</p> }.into_any(),
            Some(text) => {
                let other_language = (text.language != state.lang.get().code())
                    .then(|| view! { <p class="notice" data-testid="qbpds-text-kept">{state.t().qbpds_text_kept}</p> });
                match position.get() {
                    Some(p) if p < QBPDS_ITEMS => view! { {other_language}<ItemStep index=p text=text /> }.into_any(),
                    Some(_) => view! { {other_language}<Review text=text finished=finished /> }.into_any(),
                    None => {
                        match finished.get() {
                            Some(id) => view! { <QbpdsResult id=id /> }.into_any(),
                            None => view! { <Intro text=text /> }.into_any(),
                        }
                    }
                }
            }
        }}
        <Show when=move || position.get().is_none()>
            <QbpdsHistory />
        </Show>
    }
}

#[component]
fn Intro(text: &'static QbpdsText) -> impl IntoView {
    let state = use_state();
    let start = move |_| {
        state.update(|r| {
            r.start_qbpds(clock::new_id(), clock::now(), &text.text_version);
        })
    };
    view! {
        <section class="card">
            <p>{tr(|t| t.qbpds_intro)}</p>
            // The questionnaire's own instruction: answer every activity (CONTENT.md §2).
            {text.preamble.clone().map(|p| view! { <p data-testid="qbpds-preamble">{p}</p> })}
            <p class="hint">{text.instruction.clone()}</p>
            <UnvalidatedNote text=text />
            <button type="button" class="button button-primary" on:click=start>
                {tr(|t| t.qbpds_start)}
            </button>
        </section>
    }
}

#[component]
fn UnvalidatedNote(text: &'static QbpdsText) -> impl IntoView {
    (!text.validated).then(|| view! { <p class="hint">{tr(|t| t.qbpds_unvalidated)}</p> })
}

#[component]
fn ItemStep(index: usize, text: &'static QbpdsText) -> impl IntoView {
    let state = use_state();
    let answer = Memo::new(move |_| {
        state
            .record
            .with(|r| r.qbpds_draft.as_ref().and_then(|d| d.answers.get(index)))
    });
    let item = &text.items[index];
    let name = format!("qbpds-{}", index + 1);
    let options = QbpdsAnswer::all()
        .map(|a| {
            let label = text.labels[usize::from(a.value())].clone();
            view! {
                <label class="choice choice-wide">
                    <input
                        type="radio"
                        name=name.clone()
                        value=a.value().to_string()
                        prop:checked=move || answer.get() == Some(a)
                        on:change=move |_| state.update(|r| r.answer_qbpds(index, a))
                    />
                    <span class="choice-number">{a.value()}</span>
                    <span class="choice-label">{label}</span>
                </label>
            }
        })
        .collect_view();
    let go = move |to: usize| state.update(|r| r.move_qbpds(to));
    focus_after_render("qbpds-progress");
    view! {
        <section class="card qbpds-item">
            <p class="progress-text" id="qbpds-progress" tabindex="-1">
                {move || (state.t().qbpds_progress)(index + 1, QBPDS_ITEMS)}
            </p>
            <progress max=QBPDS_ITEMS value=index + 1 aria-labelledby="qbpds-progress"></progress>
            <fieldset>
                <legend>
                    <span class="hint">{text.instruction.clone()}</span>
                    <span class="question">{format!("{}. {}", item.number, item.text)}</span>
                </legend>
                <div class="choices choices-list">{options}</div>
            </fieldset>
            <p class="hint" aria-live="polite">
                {move || answer.get().map(|_| state.t().qbpds_saved_note)}
            </p>
            <div class="button-row">
                {(index > 0)
                    .then(|| {
                        view! {
                            <button type="button" class="button" on:click=move |_| go(index - 1)>
                                {tr(|t| t.qbpds_previous)}
                            </button>
                        }
                    })}
                <button type="button" class="button button-primary" on:click=move |_| go(index + 1)>
                    {tr(|t| t.qbpds_next)}
                </button>
                <button type="button" class="button-quiet" on:click=move |_| go(QBPDS_REVIEW_POSITION)>
                    {tr(|t| t.qbpds_to_review)}
                </button>
            </div>
        </section>
    }
}

#[component]
fn Review(text: &'static QbpdsText, finished: RwSignal<Option<EntryId>>) -> impl IntoView {
    let state = use_state();
    let answers = Memo::new(move |_| state.record.with(|r| r.qbpds_draft.as_ref().map(|d| d.answers)));
    let asking_skipped = RwSignal::new(false);
    let discarding = RwSignal::new(false);

    let finish = move || {
        let version = text.text_version.clone();
        let mut id = None;
        state.update(|r| id = r.finish_qbpds(clock::now(), &version));
        finished.set(id);
    };
    let on_finish = move |_| {
        let (missing, offered) = state.record.with_untracked(|r| {
            r.qbpds_draft
                .as_ref()
                .map(|d| (d.answers.missing(), d.skipped_offered))
                .unwrap_or_default()
        });
        if !missing.is_empty() && !offered {
            // Offer the skipped items once; the patient may still finish without them.
            state.update(|r| r.mark_qbpds_skipped_offered());
            asking_skipped.set(true);
        } else {
            finish();
        }
    };

    let rows = text
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let value = move || {
                let t = state.t();
                match answers.get().and_then(|a| a.get(i)) {
                    Some(a) => format!("{}: {}", a.value(), text.labels[usize::from(a.value())]),
                    None => t.qbpds_not_answered.to_owned(),
                }
            };
            let missing = move || answers.get().is_some_and(|a| a.get(i).is_none());
            view! {
                <li class:missing=missing>
                    <span class="review-item">{format!("{}. {}", item.number, item.text)}</span>
                    <strong class="review-answer">{value}</strong>
                    <button
                        type="button"
                        class="button-quiet"
                        on:click=move |_| state.update(|r| r.move_qbpds(i))
                    >
                        {move || (state.t().qbpds_change_answer)(i + 1)}
                    </button>
                </li>
            }
        })
        .collect_view();

    let total_text = move || {
        let t = state.t();
        answers.get().map(|a| t.qbpds_total_text(qbpds_total(&a)))
    };

    let skipped_prompt = move || {
        let missing = answers.get().map(|a| a.missing()).unwrap_or_default();
        let t = state.t();
        let buttons = missing
            .iter()
            .map(|&i| {
                view! {
                    <button type="button" class="button" on:click=move |_| state.update(|r| r.move_qbpds(i))>
                        {(t.qbpds_answer_item)(i + 1)}
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="notice" role="alert">
                <p>{(t.qbpds_skipped)(&missing)}</p>
                <div class="button-row">
                    {buttons}
                    <button type="button" class="button-quiet" on:click=move |_| finish()>
                        {t.qbpds_finish_anyway}
                    </button>
                </div>
            </div>
        }
    };

    focus_after_render("review-title");
    view! {
        <section class="card" aria-labelledby="review-title">
            <h2 id="review-title" tabindex="-1">{tr(|t| t.qbpds_review_title)}</h2>
            <p>{tr(|t| t.qbpds_review_intro)}</p>
            <p class="hint">{text.instruction.clone()}</p>
            <ol class="review" data-testid="qbpds-review">{rows}</ol>
            <p class="total" data-testid="qbpds-review-total">{total_text}</p>
            <Show when=move || asking_skipped.get() && answers.get().is_some_and(|a| a.answered() < QBPDS_ITEMS)>
                {skipped_prompt}
            </Show>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=on_finish>
                    {tr(|t| t.qbpds_finish)}
                </button>
                <Show
                    when=move || discarding.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button-quiet" on:click=move |_| discarding.set(true)>
                                {tr(|t| t.qbpds_discard)}
                            </button>
                        }
                    }
                >
                    <p>{tr(|t| t.qbpds_discard_confirm)}</p>
                    <button
                        type="button"
                        class="button-danger"
                        on:click=move |_| state.update(|r| r.discard_qbpds_draft())
                    >
                        {tr(|t| t.yes_delete)}
                    </button>
                    <button type="button" class="button-quiet" on:click=move |_| discarding.set(false)>
                        {tr(|t| t.no_keep)}
                    </button>
                </Show>
            </div>
            <UnvalidatedNote text=text />
        </section>
    }
}

#[component]
fn QbpdsResult(id: EntryId) -> impl IntoView {
    let state = use_state();
    let entry = move || {
        state
            .record
            .with(|r| r.qbpds.iter().find(|e| e.id == id).cloned())
    };
    let change = Signal::derive(move || state.record.with(|r| qbpds_change(&r.qbpds, r.episode_start)));
    focus_after_render("result-title");
    view! {
        <section class="card result" aria-labelledby="result-title" data-testid="qbpds-result">
            <h2 id="result-title" tabindex="-1">{tr(|t| t.qbpds_result_title)}</h2>
            {move || {
                let t = state.t();
                entry()
                    .map(|e| t.qbpds_total_text(e.total()))
                    .map(|s| view! { <p class="total">{s}</p> })
            }}
            <p>{tr(|t| t.qbpds_score_meaning)}</p>
        </section>
        <ChangeSummary change=change />
        <p><a class="button" href="/">{tr(|t| t.qbpds_back_home)}</a></p>
    }
}

#[component]
fn QbpdsHistory() -> impl IntoView {
    let state = use_state();
    let rows = move || {
        state.record.with(|r| {
            let changes = qbpds_changes(&r.qbpds, r.episode_start);
            // The record keeps entries in time order: newest first here.
            r.qbpds.iter().cloned().zip(changes).rev().collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="qbpds-history">
            <h2 id="qbpds-history">{tr(|t| t.qbpds_history_title)}</h2>
            <Show
                when=move || state.record.with(|r| !r.qbpds.is_empty())
                fallback=move || view! { <p>{tr(|t| t.qbpds_history_empty)}</p> }
            >
                <ul class="history" data-testid="qbpds-history">
                    <For each=rows key=|(e, c)| (e.id.clone(), c.as_ref().map(|c| c.difference)) let:row>
                        {
                            let (entry, change) = row;
                            let id = entry.id.clone();
                            let when = move || state.t().date_time(entry.completed_at);
                            let total = move || {
                                let t = state.t();
                                t.qbpds_total_text(entry.total())
                            };
                            let change_text = move || {
                                change.as_ref().map(|c| (state.t().qbpds_history_change)(c.difference))
                            };
                            let label = Signal::derive(move || format!("{}: {}", state.t().delete, when()));
                            view! {
                                <li>
                                    <span class="history-when">{when}</span>
                                    <strong class="history-value">{total}</strong>
                                    <span class="history-change">{change_text}</span>
                                    <DeleteEntry label=label id=id delete=PatientRecord::delete_qbpds />
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
