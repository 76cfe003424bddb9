//! One module per route.

pub mod coming_soon;
pub mod home;
pub mod not_found;
pub mod nprs;
pub mod qbpds;
