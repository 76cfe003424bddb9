//! Rugplan: NPRS, QBPDS and a time-contingent activity plan for people with low back pain.
//!
//! `domain`, `interop` and `i18n` are plain Rust and build everywhere; `store` and `ui` touch the
//! browser and exist only on wasm32 (see DESIGN.md: one direction of data).

pub mod domain;
pub mod i18n;
pub mod interop;

#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
