//! Rules of the app in plain Rust: instruments, scoring, change against baseline, the record.
//! No browser code lives here, so all of it is tested with `cargo test` on the host.

pub mod activity_plan;
pub mod alarm;
pub mod care_cues;
pub mod change;
pub mod chart;
pub mod complaints_start;
pub mod date;
pub mod glance;
pub mod id;
pub mod kiosk;
pub mod nprs;
pub mod qbpds;
pub mod qbpds_text;
pub mod record;
pub mod sort;
pub mod storage_risk;
