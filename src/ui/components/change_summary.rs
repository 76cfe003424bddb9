//! Change against the baseline, in calm patient wording, with the numbers for the clinician.

use crate::domain::change::{Change, Instrument, Verdict};
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ChangeSummary(change: Signal<Option<Change>>) -> impl IntoView {
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
                            Instrument::Nprs => (t.change_nprs)(c.verdict, c.baseline, c.latest),
                            Instrument::Qbpds => (t.change_qbpds)(c.verdict, c.baseline, c.latest),
                        };
                        let worse = c.verdict == Verdict::RelevantWorsening;
                        view! {
                            <p class="change-sentence">{sentence}</p>
                            <p class="change-details">{(t.change_details)(&c)}</p>
                            {worse.then(|| view! { <p><a href="/alarm">{t.change_worse_alarm}</a></p> })}
                        }
                            .into_any()
                    }
                }
            }}
        </section>
    }
}
