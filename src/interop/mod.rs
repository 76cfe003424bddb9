//! Formats in and out of the app: the stored record and its migrations (more formats follow).

pub mod migrate;
pub mod stored;
