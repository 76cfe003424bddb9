//! Change against the baseline, in calm patient wording, with the numbers for the clinician.

use crate::domain::change::{Change, Instrument, Verdict};
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// `clinician`: show the numbers and the rule that applied (clinician view, printed overview)
/// instead of the patient's plain line (issue 14: no threshold jargon on patient screens).
#[component]
pub fn ChangeSummary(change: Signal<Option<Change>>, #[prop(optional)] clinician: bool) -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card change" aria-labelledby="change-title">
            <h2 id="change-title">{tr(|t| t.change_title)}</h2>
            {move || {
                let t = state.t();
                match change.get() {
                    None => view! { <p>{t.change_only_one}</p> }.into_any(),
                    Some(c) => {
                        let sentence = match c.instrument {
                            Instrument::Nprs => (t.change_nprs)(&c),
                            Instrument::Qbpds => (t.change_qbpds)(&c),
                        };
                        let details = if clinician {
                            (t.page().clin_change_details)(&c)
                        } else {
                            (t.change_details)(&c)
                        };
                        // Only a relevant worsening offers the alarm check (change.rs: NPRS +2,
                        // QBPDS +20 points), so NPRS 1 -> 2 does not.
                        let worse = c.verdict == Verdict::RelevantWorsening;
                        view! {
                            <p class="change-sentence" data-testid="change-sentence">{sentence}</p>
                            {(!details.is_empty()).then(|| view! { <p class="change-details" data-testid="change-details">{details}</p> })}
                            {worse.then(|| view! { <p><a href="/alarm">{t.change_worse_alarm}</a></p> })}
                        }
                            .into_any()
                    }
                }
            }}
        </section>
    }
}
