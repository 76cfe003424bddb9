//! A delete button that asks once more before it deletes.

use crate::ui::components::text::tr;
use leptos::prelude::*;

#[component]
pub fn ConfirmDelete(
    /// What is asked, e.g. "Do you want to delete this measurement?".
    question: Signal<&'static str>,
    /// Accessible name of the first button, naming what would be deleted.
    label: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button type="button" class="button-quiet" aria-label=label on:click=move |_| asking.set(true)>
                        {tr(|t| t.delete)}
                    </button>
                }
            }
        >
            <div class="confirm" role="group" aria-label=label>
                <p>{question}</p>
                <button type="button" class="button-danger" on:click=move |_| on_confirm.run(())>
                    {tr(|t| t.yes_delete)}
                </button>
                <button type="button" class="button-quiet" on:click=move |_| asking.set(false)>
                    {tr(|t| t.no_keep)}
                </button>
            </div>
        </Show>
    }
}

/// Deletes one measurement from the record, after asking once more.
#[component]
pub fn DeleteEntry(
    /// Accessible name naming the measurement, e.g. "Delete: 2 November 2026 at 09:05, 6 out of 10".
    label: Signal<String>,
    id: crate::domain::id::EntryId,
    /// The record operation, e.g. `PatientRecord::delete_nprs`.
    delete: fn(&mut crate::domain::record::PatientRecord, &crate::domain::id::EntryId) -> bool,
) -> impl IntoView {
    let state = crate::ui::state::use_state();
    let id = StoredValue::new(id);
    let on_confirm = Callback::new(move |_| {
        state.update(|r| {
            id.with_value(|id| delete(r, id));
        });
    });
    view! {
        <ConfirmDelete
            question=Signal::derive(crate::ui::components::text::tr(|t| t.delete_confirm_question))
            label=label
            on_confirm=on_confirm
        />
    }
}
