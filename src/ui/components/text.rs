//! Reactive UI text in the current language.
//!
//! `tr(|t| t.save)` gives a closure that re-reads the text when the language changes. Every
//! call returns the *same closure type*, so Leptos renders all static texts with one shared piece
//! of code instead of one per call site; that keeps the wasm download small.

use crate::i18n::Texts;
use crate::ui::state::use_state;

pub type TextOf = fn(&Texts) -> &'static str;

pub fn tr(pick: TextOf) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_state();
    move || pick(state.t())
}
