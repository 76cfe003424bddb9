//! `/alarm`: the alarm-sign self-check. Two tiers with their actions; calm wording; nothing is
//! stored, and it never blocks anything else in the app.

use crate::domain::alarm::{ALARM_SIGNS, AlarmAdvice, AlarmTier, alarm_advice};
use crate::i18n::content::content;
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AlarmPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nav_alarm);
    // Only in memory: a self-check is a moment, not a record.
    let ticked = RwSignal::new(Vec::<&'static str>::new());
    let advice = Memo::new(move |_| ticked.with(|t| alarm_advice(t.iter().copied())));

    let group = move |tier: AlarmTier| {
        let c = content(state.lang.get());
        let heading = match tier {
            AlarmTier::Emergency => c.alarm.emergency_heading,
            AlarmTier::Soon => c.alarm.soon_heading,
        };
        let boxes = ALARM_SIGNS
            .iter()
            .zip(c.alarm.signs.iter())
            .filter(|(sign, _)| sign.tier == tier)
            .map(|(sign, (_, text))| {
                let id = sign.id;
                view! {
                    <label class="check">
                        <input
                            type="checkbox"
                            name=id
                            prop:checked=move || ticked.with(|t| t.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ticked.update(|t| {
                                    t.retain(|x| *x != id);
                                    if on {
                                        t.push(id);
                                    }
                                });
                            }
                        />
                        <span>{*text}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="card">
                <legend class="question">{heading}</legend>
                <div class="checks">{boxes}</div>
            </fieldset>
        }
    };

    let result = move || {
        let a = &content(state.lang.get()).alarm;
        match advice.get() {
            AlarmAdvice::CallNow => view! {
                <div class="advice advice-urgent" data-testid="alarm-advice" data-advice="call-now">
                    <h3>{a.advice_call_now_title}</h3>
                    <p>{a.advice_call_now}</p>
                    <a class="button button-danger" href="tel:112">{tr(|t| t.page().alarm_call_112)}</a>
                </div>
            }
            .into_any(),
            AlarmAdvice::ContactGpSoon => view! {
                <div class="advice advice-soon" data-testid="alarm-advice" data-advice="soon">
                    <h3>{a.advice_soon_title}</h3>
                    <p>{a.advice_soon}</p>
                </div>
            }
            .into_any(),
            AlarmAdvice::NoSigns => view! {
                <div class="advice" data-testid="alarm-advice" data-advice="none">
                    <h3>{a.advice_none_title}</h3>
                    <p>{a.advice_none}</p>
                </div>
            }
            .into_any(),
        }
    };

    view! {
        <h1 tabindex="-1">{tr(|t| t.nav_alarm)}</h1>
        <p class="lead">{move || content(state.lang.get()).alarm.intro}</p>
        <p class="hint">{tr(|t| t.page().alarm_tick_hint)}</p>
        {move || group(AlarmTier::Emergency)}
        {move || group(AlarmTier::Soon)}
        <section class="card" aria-labelledby="alarm-result">
            <h2 id="alarm-result">{tr(|t| t.page().alarm_result_heading)}</h2>
            <div aria-live="polite">{result}</div>
            <p class="hint">{move || content(state.lang.get()).alarm.reassurance}</p>
        </section>
        <p class="sources">
            <strong>{tr(|t| t.info_sources)}": "</strong>
            {move || content(state.lang.get()).alarm.sources.join("; ")}
        </p>
    }
}
