//! What the browser reports about keeping this site's data: the facts that
//! `domain::storage_risk` judges (Safari's 7-day limit, home screen, a private window).

use crate::domain::storage_risk::{
    BrowserFacts, StorageRisk, is_private_window_error, is_safari_engine, storage_risk,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The risk from what is known at once (no private-window check; see `private_window`).
pub fn risk_now() -> StorageRisk {
    risk(false)
}

fn risk(private: bool) -> StorageRisk {
    let Some(window) = web_sys::window() else {
        return StorageRisk::Usual;
    };
    let navigator = window.navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    // `navigator.standalone` exists on iOS only; the media query everywhere else.
    let ios_standalone = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let display_standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    storage_risk(BrowserFacts {
        user_agent: &user_agent,
        max_touch_points: u32::try_from(navigator.max_touch_points()).unwrap_or(0),
        standalone: ios_standalone || display_standalone,
        private,
    })
}

/// The full risk: on Safari's engine also asks whether this is a private window.
pub async fn risk_checked() -> StorageRisk {
    if on_safari_engine() && private_window().await {
        risk(true)
    } else {
        risk_now()
    }
}

fn on_safari_engine() -> bool {
    web_sys::window().is_some_and(|w| {
        let n = w.navigator();
        is_safari_engine(
            &n.user_agent().unwrap_or_default(),
            u32::try_from(n.max_touch_points()).unwrap_or(0),
        )
    })
}

/// Safari refuses the origin private file system in a private window (see
/// `is_private_window_error`). Any other outcome, or no such API, counts as "not private".
async fn private_window() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let storage = window.navigator().storage();
    let Ok(get_directory) = js_sys::Reflect::get(&storage, &JsValue::from_str("getDirectory")) else {
        return false;
    };
    let Ok(get_directory) = get_directory.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = get_directory.call0(&storage) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    match JsFuture::from(promise).await {
        Ok(_) => false,
        Err(e) => js_sys::Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .is_some_and(|m| is_private_window_error(&m)),
    }
}
