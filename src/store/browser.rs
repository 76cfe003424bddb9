//! Small browser helpers: localStorage access that never panics, and file downloads.

use wasm_bindgen::JsCast;

/// localStorage, if the browser lets this page use it (private modes and policies may not).
///
/// Whether it does is probed once per page and remembered: probing on every call made a full
/// store look unavailable (the probe's own write fails when the store is full).
pub fn local_storage() -> Option<web_sys::Storage> {
    thread_local! {
        static USABLE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
    }
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let usable = USABLE.with(|u| {
        let known = u.get();
        let usable = known.unwrap_or_else(|| probe(&storage));
        u.set(Some(usable));
        usable
    });
    usable.then_some(storage)
}

/// Some browsers hand out a storage object that throws on every write. A write refused because
/// the store is full (it already holds data) still means the store is there: reading works and
/// the save reports "full".
fn probe(storage: &web_sys::Storage) -> bool {
    const PROBE: &str = "rugplan.probe";
    match storage.set_item(PROBE, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE);
            true
        }
        Err(e) => {
            let quota = e
                .dyn_into::<web_sys::DomException>()
                .is_ok_and(|e| e.name() == "QuotaExceededError");
            quota && storage.length().is_ok_and(|n| n > 0)
        }
    }
}

/// Every key in `storage` that starts with `prefix`, sorted.
pub fn keys_with_prefix(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    let len = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    crate::domain::sort::sort_by_key(&mut keys, |k| k.clone());
    keys
}

/// Offers `text` as a file download. Works on phones and tablets through a blob link. `Ok`
/// means the browser was asked to start the download (the link was clicked); every failure
/// before that is an `Err`, so callers record a backup only when it really started.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not make a link")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "could not make a link")?
        .dyn_into()
        .map_err(|_| "could not make a link")?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_rel("noopener");
    // Only a click on a link in the page starts the download; without one, say it did not.
    let body = document.body().ok_or("no page to click in")?;
    body.append_child(&anchor).map_err(|_| "could not make a link")?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    // Revoke later: some mobile browsers read the blob after the click returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileReadError {
    TooLarge,
    Unreadable,
}

/// Reads the file chosen in a file `<input>` as text and hands it to `done`. Files over
/// `max_bytes` are refused before they are read into memory. The input is cleared, so choosing
/// the same file again reads it again. Nothing happens when no file was chosen.
pub fn read_chosen_file(
    ev: &web_sys::Event,
    max_bytes: usize,
    done: impl FnOnce(Result<String, FileReadError>) + 'static,
) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > max_bytes as f64 {
        done(Err(FileReadError::TooLarge));
        return;
    }
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string());
        done(text.ok_or(FileReadError::Unreadable));
    });
}
