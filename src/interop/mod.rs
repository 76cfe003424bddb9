//! Formats in and out of the app: the stored record and its migrations, the backup file, FHIR
//! R4, CSV, the hand-over code and its QR code. Pure Rust: every parser is tested on the host.

pub mod backup;
pub mod checksum;
pub mod csv;
pub mod examples;
pub mod fhir;
pub mod fhir_plan;
pub mod migrate;
pub mod qr;
pub mod stored;
pub mod sync;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub mod testdata;
pub mod transfer;
