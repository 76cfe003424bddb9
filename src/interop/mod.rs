//! Formats in and out of the app: the stored record and its migrations, the backup file,
//! checksums (more formats follow).

pub mod backup;
pub mod checksum;
pub mod csv;
pub mod examples;
pub mod fhir;
pub mod fhir_plan;
pub mod migrate;
pub mod stored;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub mod testdata;
