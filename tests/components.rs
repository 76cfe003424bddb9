//! Component tests in headless Chromium (wasm-bindgen-test): real DOM, real localStorage.
//! Run with `cargo test --target wasm32-unknown-unknown --test components` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rugplan::domain::record::PatientRecord;
use rugplan::ui::components::confirm_delete::ConfirmDelete;
use rugplan::ui::pages::nprs::NprsPage;
use rugplan::ui::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A fresh container for one test, so tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets the reactive system run its scheduled effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .unchecked_into();
    el.click();
}

fn fresh_storage() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

#[wasm_bindgen_test]
async fn nprs_page_is_one_radio_group_of_eleven_and_saves_an_entry() {
    fresh_storage();
    let root = container();
    let state = StoredValue::new(None::<AppState>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let s = AppState::load();
        state.set_value(Some(s));
        provide_context(s);
        view! { <NprsPage /> }
    });
    tick().await;

    let radios = root
        .query_selector_all("fieldset input[type=radio][name=nprs]")
        .unwrap();
    assert_eq!(radios.length(), 11, "one native radio per score, 0-10");
    let legend = root.query_selector("fieldset > legend").unwrap().unwrap();
    assert_eq!(
        legend.text_content().unwrap(),
        "Hoeveel pijn had u gemiddeld in de afgelopen 24 uur?"
    );

    click(&root, "input[value='4']");
    tick().await;
    click(&root, "button[type=submit]");
    tick().await;

    let s = state.get_value().unwrap();
    let scores: Vec<u8> = s
        .record
        .with_untracked(|r| r.nprs.iter().map(|e| e.score.value()).collect());
    assert_eq!(scores, vec![4]);
    let history = root
        .query_selector("[data-testid=nprs-history]")
        .unwrap()
        .unwrap();
    assert!(history.text_content().unwrap().contains("4 van 10"));
    // Saved to localStorage in the current schema.
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("rugplan.record")
        .unwrap();
    let decoded = rugplan::interop::stored::decode_record(&stored.unwrap()).unwrap();
    assert_eq!(decoded.nprs.len(), 1);
    drop(handle);
}

#[wasm_bindgen_test]
async fn confirm_delete_asks_before_deleting() {
    fresh_storage();
    let root = container();
    let confirmed = RwSignal::new(0);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::load());
        view! {
            <ConfirmDelete
                question=Signal::derive(|| "Sure?")
                label=Signal::derive(|| "Delete entry".to_string())
                on_confirm=Callback::new(move |_| confirmed.update(|n| *n += 1))
            />
        }
    });
    tick().await;
    assert!(root.text_content().unwrap().contains("Verwijderen"));
    click(&root, "button");
    tick().await;
    assert!(root.text_content().unwrap().contains("Sure?"));
    assert_eq!(
        confirmed.get_untracked(),
        0,
        "nothing is deleted before the second click"
    );
    click(&root, "button.button-danger");
    tick().await;
    assert_eq!(confirmed.get_untracked(), 1);
    drop(handle);
}

#[wasm_bindgen_test]
fn corrupt_storage_loads_an_empty_record_and_keeps_a_copy() {
    fresh_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("rugplan.record", "{oops").unwrap();
    let loaded = rugplan::store::record_store::load(rugplan::store::clock::now());
    assert_eq!(loaded.record, PatientRecord::default());
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(
        storage.get_item(&loaded.unreadable[0]).unwrap().as_deref(),
        Some("{oops")
    );
}
