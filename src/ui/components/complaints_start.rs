//! The calm, optional question "since when do you have these back complaints?", asked once on
//! the pain page, with a way to change the answer and an explicit "I don't know". The stepped-care
//! cues count from it (`domain/complaints_start.rs`, NHG stappenplan).

use crate::domain::complaints_start::{ComplaintsStartError, MAX_YEARS_BACK, check_date};
use crate::domain::date::LocalDate;
use crate::store::clock;
use crate::ui::components::focus::focus_after_render;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Empty,
    Invalid(ComplaintsStartError),
}

#[component]
pub fn ComplaintsStartQuestion() -> impl IntoView {
    let state = use_state();
    let today = clock::today();
    let answer = Memo::new(move |_| state.record.with(|r| r.complaints_start));
    // Open when not answered yet, or when the patient chose to change the answer.
    let editing = RwSignal::new(false);
    let value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let min = today
        .add_days(-MAX_YEARS_BACK * 365)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let max = today.to_string();

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = value.get_untracked();
        let checked = match LocalDate::parse(typed.trim()) {
            _ if typed.trim().is_empty() => Err(Problem::Empty),
            Err(_) => Err(Problem::Empty),
            Ok(d) => check_date(d, clock::today()).map_err(Problem::Invalid),
        };
        match checked {
            Ok(date) => {
                state.update(|r| r.set_complaints_start(Some(date), clock::now()));
                problem.set(None);
                editing.set(false);
                // The form is replaced by the answer: keep keyboard focus there.
                focus_after_render("cs-answer");
            }
            Err(p) => problem.set(Some(p)),
        }
    };
    let unknown = move |_| {
        state.update(|r| r.set_complaints_start(None, clock::now()));
        problem.set(None);
        editing.set(false);
        focus_after_render("cs-answer");
    };
    let change = move |_| {
        value.set(
            answer
                .get_untracked()
                .and_then(|a| a.date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        );
        editing.set(true);
        focus_after_render("cs-date");
    };

    let error_text = move || {
        let t = state.t().page();
        problem.get().map(|p| match p {
            Problem::Empty => t.cs_error_empty,
            Problem::Invalid(ComplaintsStartError::InFuture) => t.cs_error_future,
            Problem::Invalid(ComplaintsStartError::TooLongAgo) => t.cs_error_old,
        })
    };

    view! {
        <section class="card" aria-labelledby="cs-title" data-testid="complaints-start">
            <h2 id="cs-title">{tr(|t| t.page().cs_title)}</h2>
            {move || {
                let t = state.t();
                match (answer.get(), editing.get()) {
                    (Some(a), false) => {
                        let line = match a.date {
                            Some(d) => (t.page().cs_answered)(&t.date(d)),
                            None => t.page().cs_answered_unknown.to_owned(),
                        };
                        view! {
                            <p id="cs-answer" tabindex="-1" data-testid="complaints-start-answer">{line}</p>
                            <button type="button" class="button-quiet" on:click=change>{t.page().cs_change}</button>
                        }
                            .into_any()
                    }
                    _ => view! {
                        <p class="hint">{t.page().cs_hint}</p>
                        <form on:submit=save novalidate>
                            <label class="field">
                                <span>{t.page().cs_label}</span>
                                <input
                                    type="date"
                                    id="cs-date"
                                    min=min.clone()
                                    max=max.clone()
                                    aria-describedby="cs-error"
                                    prop:value=move || value.get()
                                    on:input=move |ev| {
                                        value.set(event_target_value(&ev));
                                        problem.set(None);
                                    }
                                />
                            </label>
                            <p id="cs-error" class="error" role="alert">{error_text}</p>
                            <div class="button-row">
                                <button type="submit" class="button">{t.page().cs_save}</button>
                                <button type="button" class="button-quiet" on:click=unknown>{t.page().cs_unknown}</button>
                            </div>
                        </form>
                    }
                        .into_any(),
                }
            }}
        </section>
    }
}
