//! `/alarm`: the alarm-sign self-check. Two tiers with their actions; calm wording; no verdict
//! before an answer; nothing is stored, and it never blocks anything else in the app. In a
//! waiting-room session the answer lives in that session (for the hand-over) and the advice
//! starts with "tell the assistant at the desk".

use crate::domain::alarm::{ALARM_SIGNS, AlarmAdvice, AlarmAnswer, AlarmTier};
use crate::i18n::content::{AlarmTexts, content};
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The alarm answer of a waiting-room session, provided by the kiosk: in memory only, gone with
/// the session at hand-over or reset.
#[derive(Clone, Copy)]
pub struct KioskAlarm(pub RwSignal<AlarmAnswer>);

/// The text of a sign.
pub fn sign_text(texts: &AlarmTexts, id: &str) -> &'static str {
    texts
        .signs
        .iter()
        .find(|(sign, _)| *sign == id)
        .map(|(_, text)| *text)
        .unwrap_or_default()
}

#[component]
pub fn AlarmPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.nav_alarm);
    let kiosk = use_context::<KioskAlarm>();
    // Outside the kiosk only in memory: a self-check is a moment, not a record.
    let answer = kiosk.map_or_else(|| RwSignal::new(AlarmAnswer::default()), |k| k.0);
    let in_kiosk = kiosk.is_some();
    let result = Memo::new(move |_| answer.with(AlarmAnswer::result));

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
                            prop:checked=move || answer.with(|a| a.is_ticked(id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                answer.update(|a| a.set_sign(id, on));
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

    let advice = move || {
        let a = &content(state.lang.get()).alarm;
        let r = result.get();
        let ticked = move || {
            view! {
                <ul class="alarm-ticked">
                    {r.signs.iter().map(|s| view! { <li>{sign_text(a, s.id)}</li> }).collect_view()}
                </ul>
            }
        };
        match r.advice {
            AlarmAdvice::CallNow { call_112_first } => view! {
                <div class="advice advice-urgent" data-testid="alarm-advice" data-advice="call-now">
                    <h3>{a.advice_call_now_title}</h3>
                    {in_kiosk.then(|| view! { <p class="advice-first" data-testid="alarm-desk"><strong>{a.kiosk_call_now}</strong></p> })}
                    {call_112_first.then(|| view! { <p><strong>{a.advice_call_112_first}</strong></p> })}
                    <p>{a.advice_call_now}</p>
                    <CallButtons texts=a call_112_first=call_112_first />
                </div>
            }
            .into_any(),
            AlarmAdvice::ContactGpSoon => view! {
                <div class="advice advice-soon" data-testid="alarm-advice" data-advice="soon">
                    <h3>{a.advice_soon_title}</h3>
                    {in_kiosk.then(|| view! { <p class="advice-first" data-testid="alarm-desk"><strong>{a.kiosk_soon}</strong></p> })}
                    <p>{a.advice_soon}</p>
                    {ticked()}
                    {r.reassure.then(|| view! { <p data-testid="alarm-reassurance">{a.reassurance}</p> })}
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
            AlarmAdvice::NotAnswered => view! {
                <div class="advice advice-open" data-testid="alarm-advice" data-advice="not-answered">
                    <h3>{a.advice_not_answered_title}</h3>
                    <p>{a.advice_not_answered}</p>
                </div>
            }
            .into_any(),
        }
    };

    let texts = move || &content(state.lang.get()).alarm;
    view! {
        <h1 tabindex="-1">{tr(|t| t.nav_alarm)}</h1>
        <p class="lead">{move || texts().intro}</p>
        <p class="hint">{tr(|t| t.page().alarm_tick_hint)}</p>
        {move || group(AlarmTier::Emergency)}
        {move || group(AlarmTier::Soon)}
        <div class="card">
            <label class="check">
                <input
                    type="checkbox"
                    name="none_of_these"
                    aria-describedby="alarm-none-hint"
                    prop:checked=move || answer.with(AlarmAnswer::none_of_these)
                    prop:disabled=move || answer.with(AlarmAnswer::any_ticked)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        answer.update(|a| a.set_none_of_these(on));
                    }
                />
                <span>{move || texts().none_of_these}</span>
            </label>
            <p id="alarm-none-hint" class="hint">{move || texts().none_of_these_hint}</p>
        </div>
        <section class="card" aria-labelledby="alarm-result">
            <h2 id="alarm-result">{tr(|t| t.page().alarm_result_heading)}</h2>
            <div aria-live="polite">{advice}</div>
            <p class="hint">{move || texts().not_a_diagnosis}</p>
        </section>
        <p class="sources">
            <strong>{tr(|t| t.info_sources)}": "</strong>
            {move || texts().sources.join("; ")}
        </p>
    }
}

/// The numbers that fit the call-now advice: 112, and 1733 for the Belgian GP on duty; the
/// Dutch huisartsenpost has no national number, so a sentence says where to find it.
#[component]
fn CallButtons(texts: &'static AlarmTexts, call_112_first: bool) -> impl IntoView {
    let b112 = view! { <a class="button button-danger" href="tel:112">{texts.call_112}</a> };
    let b1733 = view! { <a class="button" href="tel:1733">{texts.call_1733}</a> };
    let nl = view! { <p>{texts.call_nl_post}</p> };
    if call_112_first {
        view! { <div class="button-row call-buttons">{b112}{b1733}</div>{nl} }.into_any()
    } else {
        view! { {nl}<div class="button-row call-buttons">{b1733}{b112}</div> }.into_any()
    }
}
