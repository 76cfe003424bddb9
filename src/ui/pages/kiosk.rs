//! `/kiosk`: waiting-room mode. Staff switch it on with a PIN; then patient after patient fills
//! in the chosen questionnaires in a session that lives only in memory, hands over the result
//! (QR code or "give the tablet back"), and the tablet starts over: after "done" or after a
//! period without touch, with a visible countdown first.

use super::alarm::{AlarmPage, KioskAlarm, sign_text};
use super::nprs::NprsPage;
use super::qbpds::QbpdsPage;
use crate::domain::alarm::{AlarmAdvice, AlarmAnswer};
use crate::domain::kiosk::{IDLE_MINUTES, KioskFlow, KioskSettings, KioskStep, PinCheck};
use crate::i18n::content::alarm_texts;
use crate::interop::qr::qr_svg;
use crate::interop::transfer::write_code;
use crate::store::{clock, kiosk_store};
use crate::ui::components::page_title::use_page_title;
use crate::ui::components::text::tr;
use crate::ui::router::{Route, navigate};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Seconds of warning before an idle reset.
const WARNING_SECONDS: i64 = 30;

fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[component]
pub fn KioskPage() -> impl IntoView {
    let state = use_state();
    use_page_title(|t| t.page_kiosk);
    // Only switching the mode on or off rebuilds the page; a PIN try must not end a session.
    let on = Memo::new(move |_| state.kiosk.with(Option::is_some));
    move || {
        if on.get() {
            view! { <KioskRunner /> }.into_any()
        } else {
            view! { <KioskSetup /> }.into_any()
        }
    }
}

#[component]
fn KioskSetup() -> impl IntoView {
    let state = use_state();
    let pin = RwSignal::new(String::new());
    let pin_again = RwSignal::new(String::new());
    let (nprs, qbpds, alarm) = (RwSignal::new(true), RwSignal::new(true), RwSignal::new(true));
    let idle = RwSignal::new(3u8);
    let error = RwSignal::new(None::<&'static str>);
    let refused = RwSignal::new(false);
    let has_record = move || state.record.with(|r| !r.is_empty());
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let choice = (nprs.get_untracked(), qbpds.get_untracked(), alarm.get_untracked());
        match KioskSettings::new(
            clock::random_bytes(),
            &pin.get_untracked(),
            &pin_again.get_untracked(),
            choice,
            idle.get_untracked(),
        ) {
            // Fail closed: the mode starts only when its setting is stored (and read back).
            // Started in memory only, a reload or a crash would open the normal app, with the
            // owner's data, export and restore, in front of the next patient.
            Ok(settings) => {
                error.set(None);
                if kiosk_store::save(&settings) {
                    state.kiosk.set(Some(settings));
                    navigate("/kiosk");
                } else {
                    refused.set(true);
                }
            }
            Err(e) => {
                refused.set(false);
                error.set(Some((state.t().page().kiosk_error)(&e)));
            }
        }
    };
    let check = |label: crate::ui::components::text::TextOf, value: RwSignal<bool>| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || value.get() on:change=move |ev| value.set(event_target_checked(&ev)) />
                <span>{tr(label)}</span>
            </label>
        }
    };
    view! {
        <h1 tabindex="-1">{tr(|t| t.page_kiosk)}</h1>
        <form class="card" on:submit=start novalidate autocomplete="off">
            <p>{tr(|t| t.page().kiosk_setup_intro)}</p>
            <Show when=has_record>
                <p class="notice notice-warning">{tr(|t| t.page().kiosk_record_warning)}</p>
            </Show>
            <label class="field">
                <span>{tr(|t| t.page().kiosk_pin)}</span>
                <PinInput value=pin />
            </label>
            <label class="field">
                <span>{tr(|t| t.page().kiosk_pin_again)}</span>
                <PinInput value=pin_again />
            </label>
            <fieldset class="baseline">
                <legend>{tr(|t| t.page().kiosk_choose)}</legend>
                <div class="checks">
                    {check(|t| t.page().kiosk_opt_nprs, nprs)}
                    {check(|t| t.page().kiosk_opt_qbpds, qbpds)}
                    {check(|t| t.page().kiosk_opt_alarm, alarm)}
                </div>
            </fieldset>
            <label class="field">
                <span>{tr(|t| t.page().kiosk_idle)}</span>
                <select prop:value=move || idle.get().to_string()
                    on:change=move |ev| idle.set(event_target_value(&ev).parse().unwrap_or(3))>
                    {[1u8, 2, 3, 5, 10].into_iter().filter(|m| IDLE_MINUTES.contains(m)).map(|m| view! { <option value=m.to_string()>{m}</option> }).collect_view()}
                </select>
            </label>
            <p class="error" role="alert">{move || error.get()}</p>
            <Show when=move || refused.get()>
                <p class="notice notice-warning" role="alert" data-testid="kiosk-refused">{tr(|t| t.page().kiosk_storage_failed)}</p>
            </Show>
            <button type="submit" class="button button-primary">{tr(|t| t.page().kiosk_start)}</button>
        </form>
    }
}

/// A staff PIN field. Not `type=password`: password managers offer to save (and later fill in)
/// password fields even with `autocomplete=off`, and a saved kiosk PIN on a shared tablet defeats
/// it. A text field with `autocomplete=one-time-code` is not offered for saving (at most a browser
/// suggests a code from a text message, which is harmless); the `data-*` attributes ask the common
/// password-manager extensions to leave it alone. It is shown as dots by CSS
/// (`-webkit-text-security`, class `pin-input`), so people in the waiting room cannot read it,
/// while it stays an ordinary labelled text box with a number keyboard for assistive technology
/// (a screen reader may speak the digits as they are typed, as with any text field). The value
/// lives in a signal only and is cleared after every try.
#[component]
fn PinInput(value: RwSignal<String>, #[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    view! {
        <input type="text" class="pin-input" inputmode="numeric" pattern="[0-9]*" autocomplete="one-time-code"
            maxlength="8" spellcheck="false" autocapitalize="off"
            data-lpignore="true" data-bwignore="true" data-form-type="other" data-testid=testid
            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
    }
}

#[component]
fn KioskRunner() -> impl IntoView {
    let state = use_state();
    let session_no = RwSignal::new(0u32);
    let last_touch = StoredValue::new(now_ms());
    let remaining = RwSignal::new(None::<i64>);
    let idle_seconds = move || {
        i64::from(
            state
                .kiosk
                .with_untracked(|k| k.as_ref().map_or(3, |k| k.idle_minutes)),
        ) * 60
    };

    // The tablet's language: a patient may switch for their session (not stored, see
    // `AppState::set_lang`); the next session starts in this one again.
    let home_lang = state.lang.get_untracked();
    let reset = move || {
        // Nothing of the previous patient stays: a new in-memory session, no URL state, the
        // tablet's language.
        if state.lang.get_untracked() != home_lang {
            state.lang.set(home_lang);
        }
        session_no.update(|n| *n += 1);
        remaining.set(None);
        last_touch.set_value(now_ms());
        if let Some(w) = web_sys::window() {
            if let Ok(Some(s)) = w.session_storage() {
                let _ = s.clear();
            }
            if let Ok(h) = w.history() {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/kiosk"));
            }
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    let touched = move || {
        last_touch.set_value(now_ms());
        if remaining.get_untracked().is_some() {
            remaining.set(None);
        }
    };
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| touched());
    let keys = window_event_listener(leptos::ev::keydown, move |_| touched());
    let timer = set_interval_with_handle(
        move || {
            let idle = ((now_ms() - last_touch.get_value()) / 1000.0) as i64;
            let limit = idle_seconds();
            if idle >= limit {
                reset();
            } else if idle >= limit - WARNING_SECONDS {
                remaining.set(Some(limit - idle));
            }
        },
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        pointer.remove();
        keys.remove();
        if let Some(t) = timer {
            t.clear();
        }
    });

    view! {
        <div class="kiosk" data-testid="kiosk">
            {move || {
                let _ = session_no.get();
                view! { <KioskSession on_done=Callback::new(move |_| reset()) /> }
            }}
            {move || {
                remaining
                    .get()
                    .map(|n| {
                        view! {
                            <div class="notice notice-warning idle-warning" role="alertdialog" aria-live="assertive" data-testid="idle-warning">
                                <p>{(state.t().page().kiosk_idle_warning)(n)}</p>
                                <button type="button" class="button button-primary" on:click=move |_| touched()>
                                    {tr(|t| t.page().kiosk_still_here)}
                                </button>
                            </div>
                        }
                    })
            }}
            <StaffExit />
        </div>
    }
}

#[component]
fn KioskSession(on_done: Callback<()>) -> impl IntoView {
    let outer = use_state();
    // Every component below reads this in-memory state instead of the device's record.
    let session = outer.session();
    provide_context(session);
    // The alarm answer of this patient, in memory only: a new session starts without it.
    let alarm = RwSignal::new(AlarmAnswer::default());
    provide_context(KioskAlarm(alarm));
    let flow = RwSignal::new(KioskFlow::new(outer.kiosk.get_untracked().as_ref()));
    let step = Memo::new(move |_| flow.with(KioskFlow::current));
    let scroll_top = || {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    let next = move || {
        let answered = alarm.with_untracked(|a| a.result().advice != AlarmAdvice::NotAnswered);
        flow.update(|f| f.next(answered));
        scroll_top();
    };
    // In waiting-room mode every path shows this page, so a link to `/alarm` (the header link,
    // the link after an NPRS of 9-10 or after a worse score) only changes the path: open the
    // alarm step here, and put the path back so nothing of the visit stays in the URL.
    if let Some(route) = use_context::<Route>() {
        Effect::new(move |_| {
            if route.path.get() == "/alarm" {
                flow.update(KioskFlow::open_alarm);
                if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/kiosk"));
                }
                route.path.set("/kiosk".into());
                scroll_top();
            }
        });
    }
    let next_button = move || view! { <p><button type="button" class="button button-primary" on:click=move |_| next()>{tr(|t| t.page().kiosk_next)}</button></p> };

    move || {
        match step.get() {
        KioskStep::Welcome => view! {
            <h1 tabindex="-1">{tr(|t| t.page().kiosk_welcome_title)}</h1>
            <p class="lead">{tr(|t| t.page().kiosk_welcome)}</p>
            <button type="button" class="button button-primary" on:click=move |_| next()>{tr(|t| t.page().kiosk_begin)}</button>
        }
        .into_any(),
        KioskStep::Nprs => view! { <NprsPage />{next_button()} }.into_any(),
        KioskStep::Qbpds => view! { <QbpdsPage />{next_button()} }.into_any(),
        KioskStep::AlarmOffer => view! {
            <h1 tabindex="-1">{tr(|t| t.nav_alarm)}</h1>
            <p class="lead">{tr(|t| t.page().kiosk_alarm_offer)}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| flow.update(KioskFlow::accept_alarm)>{tr(|t| t.page().kiosk_alarm_yes)}</button>
                <button type="button" class="button button-primary" on:click=move |_| next()>{tr(|t| t.page().kiosk_alarm_no)}</button>
            </div>
        }
        .into_any(),
        KioskStep::Alarm => view! { <AlarmPage />{next_button()} }.into_any(),
        // The code is shown on screen and as a QR code of a link for the clinician's device; the
        // tablet never opens that link itself. An opened link stays in that browser's history
        // list with the code (the clinician view can only clear the address bar), so on a shared
        // device typing the code over is better.
        KioskStep::Handover => {
            let code = session.record.with_untracked(write_code);
            let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
            let svg = qr_svg(&format!("{origin}/clinician#c={code}")).unwrap_or_default();
            view! {
                <h1 tabindex="-1">{tr(|t| t.page().kiosk_handover_title)}</h1>
                <HandoverAlarm answer=alarm />
                <p class="lead">{tr(|t| t.page().kiosk_handover_text)}</p>
                <div class="qr" role="img" aria-label=tr(|t| t.page().handover_qr_label) inner_html=svg data-testid="kiosk-qr"></div>
                <p data-testid="kiosk-code-label">{tr(|t| t.page().handover_code_label)}</p>
                <p class="code" data-testid="kiosk-code">{code}</p>
                <button type="button" class="button button-primary" on:click=move |_| on_done.run(())>{tr(|t| t.page().kiosk_done)}</button>
            }
            .into_any()
        }
    }
    }
}

/// What the alarm check gave, on the hand-over screen, so the assistant sees it: the tier and
/// the ticked signs, above the code.
#[component]
fn HandoverAlarm(answer: RwSignal<AlarmAnswer>) -> impl IntoView {
    let state = use_state();
    move || {
        let a = alarm_texts(state.lang.get());
        let result = answer.with(AlarmAnswer::result);
        let (class, tier, text) = match result.advice {
            AlarmAdvice::CallNow { .. } => ("advice advice-urgent", "call-now", a.handover_call_now),
            AlarmAdvice::ContactGpSoon => ("advice advice-soon", "soon", a.handover_soon),
            AlarmAdvice::NoSigns => ("hint", "none", a.handover_none),
            AlarmAdvice::NotAnswered => ("hint", "not-answered", a.handover_not_done),
        };
        let signs = (!result.signs.is_empty()).then(|| {
            view! {
                <p>{a.handover_ticked}</p>
                <ul>{result.signs.iter().map(|s| view! { <li>{sign_text(a, s.id)}</li> }).collect_view()}</ul>
            }
        });
        view! {
            <div class=class data-testid="kiosk-alarm" data-advice=tier>
                <p><strong>{text}</strong></p>
                {signs}
            </div>
        }
    }
}

/// Staff leave waiting-room mode with the PIN; wrong tries are limited.
#[component]
fn StaffExit() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut settings) = state.kiosk.get_untracked() else {
            return;
        };
        let result = settings.check_pin(&pin.get_untracked(), clock::now().unix_seconds());
        pin.set(String::new());
        let t = state.t();
        match result {
            PinCheck::Correct => {
                kiosk_store::clear();
                state.kiosk.set(None);
                navigate("/");
            }
            PinCheck::Wrong { tries_left } => {
                kiosk_store::save(&settings);
                state.kiosk.set(Some(settings));
                message.set(Some((t.page().kiosk_pin_wrong)(tries_left)));
            }
            PinCheck::Locked { seconds_left } => {
                kiosk_store::save(&settings);
                state.kiosk.set(Some(settings));
                message.set(Some((t.page().kiosk_pin_locked)(seconds_left)));
            }
        }
    };
    view! {
        <div class="staff">
            <Show
                when=move || open.get()
                fallback=move || view! { <button type="button" class="button-quiet" on:click=move |_| open.set(true)>{tr(|t| t.page().kiosk_staff)}</button> }
            >
                <form on:submit=submit autocomplete="off" class="card">
                    <label class="field">
                        <span>{tr(|t| t.page().kiosk_staff_pin)}</span>
                        <PinInput value=pin testid="staff-pin" />
                    </label>
                    <p class="error" role="alert">{move || message.get()}</p>
                    <div class="button-row">
                        <button type="submit" class="button">{tr(|t| t.page().kiosk_staff_exit)}</button>
                        <button type="button" class="button-quiet" on:click=move |_| open.set(false)>{tr(|t| t.cancel)}</button>
                    </div>
                </form>
            </Show>
        </div>
    }
}
