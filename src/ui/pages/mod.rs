//! One module per route.

pub mod alarm;
pub mod clinician;
pub mod export;
pub mod home;
pub mod info;
pub mod kiosk;
pub mod not_found;
pub mod nprs;
pub mod plan;
pub mod plan_builder;
pub mod progress;
pub mod qbpds;
