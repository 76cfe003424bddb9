//! Asking the browser to keep this site's data (`navigator.storage.persist()`), so it is not
//! cleared under storage pressure. Browsers decide; we only ask and report the answer.

use wasm_bindgen_futures::JsFuture;

async fn ask(persist: bool) -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = if persist {
        storage.persist().ok()?
    } else {
        storage.persisted().ok()?
    };
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the data is already kept persistently (`None`: the browser cannot say).
pub async fn is_persisted() -> Option<bool> {
    ask(false).await
}

/// Asks to keep the data; `Some(true)` when the browser agreed.
pub async fn request() -> Option<bool> {
    ask(true).await
}
